// A Cloudflare update job answered with fuzzed replies, one per request:
// pieces separated by "\n%%\n", each "STATUS\n" then the JSON envelope.
// The input's length picks the variant: zone id given or looked up, A or AAAA.
#include "CloudflareProvider.h"
#include "FuzzSupport.h"

#include "../testsupport/JobDriver.h"

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> replies = fuzz::pieces(fuzz::bytes(data, size));

    static const CloudflareProvider withZone(QUrl(QStringLiteral("https://api.test/client/v4")),
                                             QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353"));
    static const CloudflareProvider lookingUp(QUrl(QStringLiteral("https://api.test/client/v4")), QString());
    const bool zoneGiven = size % 2 == 0;
    const bool v6 = size % 4 >= 2;
    const RecordTarget target{RecordSpec{QStringLiteral("nas.example.com"), v6 ? QStringLiteral("AAAA") : QStringLiteral("A"),
                                         int(size % 3) * 60, QJsonObject{{QStringLiteral("proxied"), size % 5 == 0}}},
                              QHostAddress(v6 ? QStringLiteral("2a00:1450::1") : QStringLiteral("81.2.69.160"))};
    auto job = (zoneGiven ? withZone : lookingUp).createUpdateJob(target, {{QStringLiteral("token"), QStringLiteral("fuzz-token")}});
    qsizetype next = 0;
    (void)test::driveJob(*job, [&](const HttpRequest &) {
        // Past the last piece, every request gets the last one again.
        const QByteArray &piece = replies[qMin(next++, replies.size() - 1)];
        return fuzz::reply(fuzz::header(piece));
    });
    // The envelope parser alone, on every piece.
    for (const QByteArray &piece : replies)
        (void)CloudflareProvider::parseEnvelope(fuzz::reply(fuzz::header(piece)));
    return 0;
}
