// Replies to the custom-URL (webhook) provider: "STATUS\n" then the body. The
// input's length picks one of the success patterns users typically set.
#include "BuiltinProviders.h"
#include "CustomUrlProvider.h"
#include "FuzzSupport.h"
#include "provider/ProviderRegistry.h"

#include "../testsupport/JobDriver.h"

#include <cstdlib>

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const QList<QRegularExpression> patterns{
        QRegularExpression(),
        QRegularExpression(QStringLiteral("^(good|nochg)")),
        QRegularExpression(QStringLiteral("\"success\"\\s*:\\s*true")),
        QRegularExpression(QStringLiteral("OK|updated"), QRegularExpression::CaseInsensitiveOption),
    };
    const HttpReply answer = fuzz::reply(fuzz::header(fuzz::bytes(data, size)));
    const QRegularExpression &pattern = patterns[qsizetype(size % patterns.size())];
    (void)CustomUrlProvider::classifyReply(answer, pattern);

    // The whole job, as configured in a config.json.
    static ProviderRegistry *registry = [] {
        auto *made = new ProviderRegistry;
        registerBuiltinProviders(*made);
        return made;
    }();
    static std::unique_ptr<Provider> provider = [] {
        QList<ConfigIssue> issues;
        return registry->find(QStringLiteral("custom"))
            ->create(ProviderAccount{QStringLiteral("hook"), {},
                                     QJsonObject{{QStringLiteral("url"), QStringLiteral("https://hook.test/u?h={name}&a={ip}")},
                                                 {QStringLiteral("method"), QStringLiteral("POST")},
                                                 {QStringLiteral("body"), QStringLiteral("{\"ip\":\"{ip}\",\"k\":\"{secret}\"}")},
                                                 {QStringLiteral("success_pattern"), QStringLiteral("\"ok\"\\s*:\\s*true")}}},
                     issues);
    }();
    if (!provider)
        std::abort();
    const RecordTarget target{RecordSpec{QStringLiteral("nas.example.com"), QStringLiteral("A"), 300, {}},
                              QHostAddress(QStringLiteral("81.2.69.160"))};
    auto job = provider->createUpdateJob(target, {{QStringLiteral("secret"), QStringLiteral("fuzz-secret")}});
    (void)test::driveJob(*job, [&](const HttpRequest &) { return answer; });
    return 0;
}
