// DuckDNS replies: "STATUS\n" then the body ("200\nOK\n1.2.3.4\n\nUPDATED").
#include "DuckDnsProvider.h"
#include "FuzzSupport.h"

#include "../testsupport/JobDriver.h"

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const HttpReply answer = fuzz::reply(fuzz::header(fuzz::bytes(data, size)));
    static const QHostAddress v4(QStringLiteral("81.2.69.160"));
    static const QHostAddress v6(QStringLiteral("2a00:1450::1"));
    (void)DuckDnsProvider::classifyReply(answer, v4);
    (void)DuckDnsProvider::classifyReply(answer, v6);

    // The same answer to a batch of two domains, as the updater sends them.
    static const DuckDnsProvider provider(QUrl(QStringLiteral("https://www.duckdns.org/update")));
    const QList<RecordTarget> targets{
        RecordTarget{RecordSpec{QStringLiteral("home.duckdns.org"), QStringLiteral("A"), 0, {}}, v4},
        RecordTarget{RecordSpec{QStringLiteral("nas.duckdns.org"), QStringLiteral("A"), 0, {}}, v4},
    };
    auto job = provider.createBatchUpdateJob(targets, {{QStringLiteral("token"), QStringLiteral("fuzz-token")}});
    (void)test::driveJob(*job, [&](const HttpRequest &) { return answer; });
    return 0;
}
