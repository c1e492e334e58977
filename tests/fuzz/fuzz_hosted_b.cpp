// The hosted providers of issue 8, part b, answered with fuzzed replies. The
// input's first line names the provider and the variant ("hetzner apex
// check", "cloudns", …; the first byte picks one when the line names none);
// then pieces separated by "\n%%\n", each "STATUS\n" then the body, answer
// the job's requests in order (past the last, the last again).
#include "ClouDnsProvider.h"
#include "DynuApiProvider.h"
#include "FuzzSupport.h"
#include "HetznerCloudProvider.h"
#include "HetznerDnsProvider.h"
#include "IonosProvider.h"
#include "NamecheapProvider.h"

#include "../testsupport/JobDriver.h"

#include <QJsonObject>

using namespace homing;
using namespace homing::providers;

namespace {

enum class Which { Namecheap, HetznerCloud, HetznerDns, ClouDns, Ionos, Dynu, Count };

Which pick(const QByteArray &line, const QByteArray &input)
{
    static const QList<std::pair<QByteArray, Which>> names{
        {"namecheap", Which::Namecheap}, {"hetzner_dns", Which::HetznerDns}, {"hetzner", Which::HetznerCloud},
        {"cloudns", Which::ClouDns},     {"ionos", Which::Ionos},            {"dynu", Which::Dynu}};
    for (const auto &name : names) {
        if (line.startsWith(name.first))
            return name.second;
    }
    return Which(static_cast<unsigned char>(input.isEmpty() ? 0 : input.at(0)) % int(Which::Count));
}

std::unique_ptr<Provider> make(Which which, bool zoneSetting)
{
    const QUrl base(QStringLiteral("https://api.test/v1"));
    switch (which) {
    case Which::Namecheap:
        return std::make_unique<NamecheapProvider>(QUrl(QStringLiteral("https://nc.test/update")), QStringLiteral("example.com"));
    case Which::HetznerCloud:
        return std::make_unique<HetznerCloudProvider>(base, zoneSetting ? QStringLiteral("example.com") : QString());
    case Which::HetznerDns:
        return std::make_unique<HetznerDnsProvider>(base, zoneSetting ? QStringLiteral("zoneA") : QString());
    case Which::ClouDns:
        return std::make_unique<ClouDnsProvider>(base, ClouDnsProvider::Identity::SubAuthId, QStringLiteral("1234"),
                                                 zoneSetting ? QStringLiteral("example.com") : QString());
    case Which::Ionos:
        return std::make_unique<IonosProvider>(base);
    case Which::Dynu:
    case Which::Count:
        break;
    }
    return std::make_unique<DynuApiProvider>(base);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray line = newline < 0 ? QByteArray() : input.left(newline);
    const QList<QByteArray> replies = fuzz::pieces(newline < 0 ? input : input.mid(newline + 1));

    const Which which = pick(line, input);
    const bool apex = line.contains("apex");
    const bool check = line.contains("check");
    const bool v6 = line.contains("v6") && which != Which::Namecheap;
    const auto provider = make(which, line.contains("zone"));
    const QJsonObject settings = line.contains("record_id") ? QJsonObject{{QStringLiteral("record_id"), QStringLiteral("7")}}
                                                            : QJsonObject{};
    const RecordSpec spec{apex ? QStringLiteral("example.com") : QStringLiteral("nas.b.example.com"),
                          v6 ? QStringLiteral("AAAA") : QStringLiteral("A"), int(size % 3) * 300, settings};
    const SecretValues secrets{{QStringLiteral("token"), QStringLiteral("fuzz-token")},
                               {QStringLiteral("password"), QStringLiteral("fuzz password")},
                               {QStringLiteral("api_key"), QStringLiteral("prefix.fuzz")}};
    std::unique_ptr<ProviderJob> job;
    if (check)
        job = provider->createCheckJob(spec, secrets);
    if (!job)
        job = provider->createUpdateJob(RecordTarget{spec, QHostAddress(v6 ? QStringLiteral("2a00:1450::1")
                                                                           : QStringLiteral("81.2.69.160"))},
                                        secrets);
    qsizetype next = 0;
    // JobRunner stops a job after 12 requests; the driver allows a few more
    // so that a job that never finishes shows up as a slow input.
    (void)test::driveJob(*job, [&](const HttpRequest &) {
        const QByteArray &piece = replies[qMin(next++, replies.size() - 1)];
        return fuzz::reply(fuzz::header(piece));
    });
    // The reply parsers alone, on every piece.
    for (const QByteArray &piece : replies) {
        const HttpReply reply = fuzz::reply(fuzz::header(piece));
        (void)NamecheapProvider::classifyReply(reply, QHostAddress(QStringLiteral("81.2.69.160")));
        (void)HetznerCloudProvider::parse(reply);
        (void)HetznerDnsProvider::parse(reply);
        (void)ClouDnsProvider::parse(reply, piece.size() % 2 == 0);
        (void)IonosProvider::parse(reply);
        (void)DynuApiProvider::parse(reply);
    }
    return 0;
}
