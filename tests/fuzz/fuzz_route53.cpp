// A Route 53 update (or check) job answered with fuzzed replies, one per
// request: pieces separated by "\n%%\n", each "STATUS\n" then the XML body.
// The input's length picks the variant: hosted zone ID given or looked up,
// A or AAAA, a set identifier or none, a TTL or none, update or check.
#include "FuzzSupport.h"
#include "Route53Provider.h"

#include "../testsupport/JobDriver.h"

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> replies = fuzz::pieces(fuzz::bytes(data, size));

    static const Route53Provider withZone(QUrl(QStringLiteral("https://route53.test")), QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                                          QStringLiteral("Z148QEXAMPLE8V"));
    static const Route53Provider lookingUp(QUrl(QStringLiteral("https://route53.test")), QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                                           QString());
    const bool zoneGiven = size % 2 == 0;
    const bool v6 = size % 4 >= 2;
    QJsonObject settings;
    if (size % 5 == 0)
        settings.insert(QStringLiteral("set_identifier"), QStringLiteral("home"));
    const RecordSpec record{size % 7 == 0 ? QStringLiteral("*.a.b.example.com") : QStringLiteral("nas.example.com"),
                            v6 ? QStringLiteral("AAAA") : QStringLiteral("A"), int(size % 3) * 60, settings};
    const RecordTarget target{record, QHostAddress(v6 ? QStringLiteral("2a00:1450::1") : QStringLiteral("81.2.69.160"))};
    const SecretValues secrets{{QStringLiteral("secret_access_key"), QStringLiteral("fuzz-secret")}};
    const Route53Provider &provider = zoneGiven ? withZone : lookingUp;
    auto job = size % 11 == 0 ? provider.createCheckJob(size % 3 == 0 ? RecordSpec{} : record, secrets)
                              : provider.createUpdateJob(target, secrets);
    qsizetype next = 0;
    (void)test::driveJob(*job, [&](const HttpRequest &) {
        // Past the last piece, every request gets the last one again.
        const QByteArray &piece = replies[qMin(next++, replies.size() - 1)];
        return fuzz::reply(fuzz::header(piece));
    });
    // The reply parser and the name decoder alone, on every piece.
    for (const QByteArray &piece : replies) {
        (void)Route53Provider::parseReply(fuzz::reply(fuzz::header(piece)));
        (void)Route53Provider::decodeName(QString::fromUtf8(piece.left(300)));
    }
    return 0;
}
