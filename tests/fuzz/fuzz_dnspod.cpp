// DNSPod update and check jobs answered with fuzzed replies, one per request:
// pieces separated by "\n%%\n", each "STATUS\n" then the body. The input's
// length picks the variant: API 3.0 (TC3) or the legacy ID,Token API, A or
// AAAA, a line, a TTL, a record_id, update or read-only check.
#include "DnspodProvider.h"
#include "DnspodTokenProvider.h"
#include "FuzzSupport.h"

#include "../testsupport/JobDriver.h"

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> replies = fuzz::pieces(fuzz::bytes(data, size));

    static const DnspodProvider api3(QUrl(QStringLiteral("https://dnspod.api.test")), QStringLiteral("AKIDfuzz"));
    static const DnspodTokenProvider legacy(QUrl(QStringLiteral("https://dnsapi.test")));
    const bool useLegacy = size % 2 == 0;
    const bool v6 = size % 4 >= 2;
    const bool check = size % 7 == 0;
    QJsonObject settings;
    if (size % 3 == 1)
        settings.insert(QStringLiteral("line"), QString::fromUtf8("\xe7\x94\xb5\xe4\xbf\xa1")); // 电信
    if (size % 5 == 0)
        settings.insert(QStringLiteral("record_id"), QStringLiteral("5001"));
    const QString name = size % 11 == 0 ? QStringLiteral("example.com") : QStringLiteral("a.b.example.com");
    const RecordTarget target{RecordSpec{name, v6 ? QStringLiteral("AAAA") : QStringLiteral("A"), int(size % 3) * 300,
                                         settings},
                              QHostAddress(v6 ? QStringLiteral("2a00:1450::1") : QStringLiteral("81.2.69.160"))};
    const Provider &provider = useLegacy ? static_cast<const Provider &>(legacy) : static_cast<const Provider &>(api3);
    const SecretValues secrets{{QStringLiteral("secret_key"), QStringLiteral("fuzz-key")},
                               {QStringLiteral("token"), QStringLiteral("12345,fuzztoken")}};
    auto job = check ? provider.createCheckJob(target.record, secrets) : provider.createUpdateJob(target, secrets);
    qsizetype next = 0;
    (void)test::driveJob(*job, [&](const HttpRequest &) {
        // Past the last piece, every request gets the last one again.
        const QByteArray &piece = replies[qMin(next++, replies.size() - 1)];
        return fuzz::reply(fuzz::header(piece));
    });
    // The reply parsers alone, on every piece.
    for (const QByteArray &piece : replies) {
        (void)DnspodProvider::parseReply(fuzz::reply(fuzz::header(piece)));
        (void)DnspodTokenProvider::parseReply(QStringLiteral("Record.Modify"), fuzz::reply(fuzz::header(piece)));
    }
    return 0;
}
