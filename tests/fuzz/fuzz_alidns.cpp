// An Alibaba Cloud DNS update (or check) job answered with fuzzed replies, one
// per request: pieces separated by "\n%%\n", each "STATUS\n" then the JSON
// body. The input's length picks the variant: A or AAAA, a line, a TTL, a
// record_id, the apex, a check instead of an update.
#include "AlidnsProvider.h"
#include "FuzzSupport.h"

#include "../testsupport/JobDriver.h"

#include <QDateTime>

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> replies = fuzz::pieces(fuzz::bytes(data, size));

    static const AlidnsProvider &provider = *[] {
        auto *fixed = new AlidnsProvider(QUrl(QStringLiteral("https://alidns.test")), QStringLiteral("LTAI5tFuzzKeyId"));
        // A fixed time and nonce: runs repeat exactly.
        fixed->setSigningSources({[] { return QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC); },
                                  [] { return QByteArray("3156853299f313e23d1673dc12e1703d"); }});
        return fixed;
    }();
    const bool v6 = size % 2 == 0;
    static const char *const lines[] = {"default", "telecom", "unicom", "oversea"};
    QJsonObject settings{{QStringLiteral("line"), QString::fromLatin1(lines[size % 4])}};
    if (size % 5 == 0)
        settings.insert(QStringLiteral("record_id"), QStringLiteral("9999985"));
    const QString name = size % 7 == 0 ? QStringLiteral("example.com.cn") : QStringLiteral("nas.b.example.com.cn");
    const RecordTarget target{RecordSpec{name, v6 ? QStringLiteral("AAAA") : QStringLiteral("A"), int(size % 3) * 600,
                                         settings},
                              QHostAddress(v6 ? QStringLiteral("2a00:1450::1") : QStringLiteral("81.2.69.160"))};
    const SecretValues secrets{{QStringLiteral("access_key_secret"), QStringLiteral("fuzz-secret")}};
    auto job = size % 11 == 0 ? provider.createCheckJob(target.record, secrets) : provider.createUpdateJob(target, secrets);
    qsizetype next = 0;
    (void)test::driveJob(*job, [&](const HttpRequest &) {
        // Past the last piece, every request gets the last one again.
        const QByteArray &piece = replies[qMin(next++, replies.size() - 1)];
        return fuzz::reply(fuzz::header(piece));
    });
    // The reply parser alone, on every piece, with the piece's body also as the
    // throttle headers the gateway sends.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray &piece : replies) {
        HttpReply answer = fuzz::reply(fuzz::header(piece));
        (void)AlidnsProvider::parseReply("DescribeDomains", answer, now);
        const QByteArray firstLine = answer.body.left(answer.body.indexOf('\n'));
        answer.headers.append({QByteArray("X-RateLimit-User-API"), firstLine});
        answer.headers.append({QByteArray("X-RateLimit-User"), firstLine});
        answer.headers.append({QByteArray("Retry-After"), firstLine});
        (void)AlidnsProvider::parseReply("UpdateDomainRecord", answer, now);
    }
    return 0;
}
