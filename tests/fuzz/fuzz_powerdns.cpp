// A PowerDNS update or check job answered with fuzzed replies, one per
// request: pieces separated by "\n%%\n", each "STATUS\n" then the body (the
// server, the zone list, the zone with its RRsets, the PATCH's answer).
// The input's length picks the variant: zone given or looked up, A or AAAA,
// update or check, with or without a record name.
#include "FuzzSupport.h"
#include "PowerDnsProvider.h"

#include "../testsupport/JobDriver.h"

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> replies = fuzz::pieces(fuzz::bytes(data, size));

    static const QUrl apiBase(QStringLiteral("http://127.0.0.1:8081/api/v1"));
    static const PowerDnsProvider withZone(apiBase, QStringLiteral("localhost"), QStringLiteral("example.test"));
    static const PowerDnsProvider lookingUp(apiBase, QStringLiteral("localhost"), QString());
    const bool zoneGiven = size % 2 == 0;
    const bool v6 = size % 4 >= 2;
    const bool check = size % 5 == 0;
    const bool apex = size % 7 == 0;
    const RecordSpec record{apex ? QStringLiteral("example.test") : QStringLiteral("nas.home.example.test"),
                            v6 ? QStringLiteral("AAAA") : QStringLiteral("A"), int(size % 3) * 60, {}};
    const PowerDnsProvider &provider = zoneGiven ? withZone : lookingUp;
    const SecretValues secrets{{QStringLiteral("api_key"), QStringLiteral("fuzz-key")}};
    std::unique_ptr<ProviderJob> job;
    if (check)
        job = provider.createCheckJob(size % 3 == 0 ? RecordSpec{} : record, secrets);
    else
        job = provider.createUpdateJob(
            RecordTarget{record, QHostAddress(v6 ? QStringLiteral("2a00:1450::1") : QStringLiteral("81.2.69.160"))}, secrets);
    qsizetype next = 0;
    (void)test::driveJob(*job, [&](const HttpRequest &) {
        // Past the last piece, every request gets the last one again.
        const QByteArray &piece = replies[qMin(next++, replies.size() - 1)];
        return fuzz::reply(fuzz::header(piece));
    });
    // The error mapping alone, on every piece.
    for (const QByteArray &piece : replies)
        (void)PowerDnsProvider::classifyFailure(fuzz::reply(fuzz::header(piece)), QStringLiteral("the zone"));
    return 0;
}
