// A Volcengine DNS job answered with fuzzed replies, one per request: pieces
// separated by "\n%%\n", each "STATUS\n" then the JSON envelope. The input's
// length picks the variant: the record's name (a name, the apex, a name under
// a multi-label zone), A or AAAA, its line, a record_id, a TTL, and an update
// or the read-only check. Every request is signed on the way (VolcengineSigner).
#include "FuzzSupport.h"
#include "VolcengineProvider.h"

#include "../testsupport/JobDriver.h"

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> replies = fuzz::pieces(fuzz::bytes(data, size));

    static const VolcengineProvider provider(QUrl(QStringLiteral("https://open.volcengineapi.com/")),
                                             QStringLiteral("AKLTFUZZKEYID"));
    static const QString names[] = {QStringLiteral("nas.example.com"), QStringLiteral("example.com"),
                                    QStringLiteral("a.b.example.com.cn")};
    static const QString lines[] = {QStringLiteral("default"), QStringLiteral("telecom"), QString()};
    const bool v6 = size % 2 == 1;
    QJsonObject settings;
    if (const QString line = lines[size % 3]; !line.isEmpty())
        settings.insert(QStringLiteral("line"), line);
    if (size % 5 == 0)
        settings.insert(QStringLiteral("record_id"), QStringLiteral("3170534137672596377"));
    const RecordSpec record{names[(size / 2) % 3], v6 ? QStringLiteral("AAAA") : QStringLiteral("A"),
                            int(size % 4) * 300, settings};
    const SecretValues secrets{{QStringLiteral("secret_access_key"), QStringLiteral("fuzz-secret")}};
    auto job = size % 7 == 0
        ? provider.createCheckJob(record, secrets)
        : provider.createUpdateJob(
              RecordTarget{record, QHostAddress(v6 ? QStringLiteral("2a00:1450::1") : QStringLiteral("81.2.69.160"))},
              secrets);
    qsizetype next = 0;
    (void)test::driveJob(*job, [&](const HttpRequest &) {
        // Past the last piece, every request gets the last one again.
        const QByteArray &piece = replies[qMin(next++, replies.size() - 1)];
        return fuzz::reply(fuzz::header(piece));
    });
    // The reply parser alone, on every piece.
    for (const QByteArray &piece : replies)
        (void)VolcengineProvider::parseReply(fuzz::reply(fuzz::header(piece)));
    return 0;
}
