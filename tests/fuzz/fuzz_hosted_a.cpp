// The token-based hosted providers (GoDaddy, Porkbun, Gandi LiveDNS, deSEC,
// DigitalOcean) answered with fuzzed replies. The input's first line names
// the provider ("godaddy", "porkbun", "gandi", "desec", "digitalocean"; any
// other text picks one by its length); the rest are the replies, one per
// request, separated by "\n%%\n", each "STATUS\n" then the body. A body line
// "Link: <…>" or "Retry-After: …" before an empty line becomes a header.
// The input's length picks the variant: A or AAAA, apex or not, a TTL, a
// record_id, update or check.
#include "DesecProvider.h"
#include "DigitalOceanProvider.h"
#include "FuzzSupport.h"
#include "GandiProvider.h"
#include "GoDaddyProvider.h"
#include "PorkbunProvider.h"

#include "../testsupport/JobDriver.h"

#include <array>

using namespace homing;
using namespace homing::providers;

namespace {

const QUrl kBase(QStringLiteral("https://api.test/base"));

// A few headers the providers read, given as the body's first lines.
HttpReply replyOf(const QByteArray &piece)
{
    fuzz::Header parsed = fuzz::header(piece);
    HttpReply reply = fuzz::reply(parsed);
    QByteArray body = reply.body;
    while (true) {
        const qsizetype newline = body.indexOf('\n');
        if (newline < 0)
            break;
        const QByteArray line = body.left(newline);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon).trimmed().toLower() : QByteArray();
        if (name != "link" && name != "retry-after" && name != "ratelimit-reset")
            break;
        reply.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        body = body.mid(newline + 1);
    }
    reply.body = body;
    return reply;
}

struct Subject {
    const char *id;
    const Provider *provider;
    SecretValues secrets;
    UpdateResult (*classify)(const HttpReply &);
};

UpdateResult porkbunClassify(const HttpReply &reply)
{
    return PorkbunProvider::failureOf(reply).value_or(UpdateResult::make(ResultKind::Ok));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray name = newline < 0 ? input : input.left(newline);
    const QList<QByteArray> replies = fuzz::pieces(newline < 0 ? QByteArray() : input.mid(newline + 1));

    static const GoDaddyProvider godaddy(kBase, QStringLiteral("key"));
    static const PorkbunProvider porkbun(kBase, QStringLiteral("pk1_key"));
    static const GandiProvider gandi(kBase);
    static const DesecProvider desec(kBase);
    static const DigitalOceanProvider digitalocean(kBase);
    static const std::array<Subject, 5> subjects{{
        {"godaddy", &godaddy, {{QStringLiteral("api_secret"), QStringLiteral("secret")}}, &GoDaddyProvider::classifyFailure},
        {"porkbun", &porkbun, {{QStringLiteral("secret_api_key"), QStringLiteral("sk1_secret")}}, &porkbunClassify},
        {"gandi", &gandi, {{QStringLiteral("token"), QStringLiteral("pat")}}, &GandiProvider::classifyFailure},
        {"desec", &desec, {{QStringLiteral("token"), QStringLiteral("tok")}}, &DesecProvider::classifyFailure},
        {"digitalocean", &digitalocean, {{QStringLiteral("token"), QStringLiteral("dop")}}, &DigitalOceanProvider::classifyFailure},
    }};
    const Subject *subject = &subjects[size_t(name.size()) % subjects.size()];
    for (const auto &candidate : subjects) {
        if (name == candidate.id)
            subject = &candidate;
    }

    const bool v6 = size % 2 == 1;
    const bool apex = size % 3 == 0;
    QJsonObject settings;
    if (size % 5 == 0)
        settings.insert(QStringLiteral("record_id"), QStringLiteral("7"));
    const RecordSpec record{apex ? QStringLiteral("example.com") : QStringLiteral("nas.b.example.com"),
                            v6 ? QStringLiteral("AAAA") : QStringLiteral("A"), int(size % 4) * 600, settings};
    const RecordTarget target{record, QHostAddress(v6 ? QStringLiteral("2a00:1450::1") : QStringLiteral("81.2.69.160"))};
    auto job = size % 7 == 0 ? subject->provider->createCheckJob(record, subject->secrets)
                             : subject->provider->createUpdateJob(target, subject->secrets);
    qsizetype next = 0;
    (void)test::driveJob(*job, [&](const HttpRequest &) {
        // Past the last piece, every request gets the last one again.
        return replyOf(replies[qMin(next++, replies.size() - 1)]);
    });
    // The error classification alone, on every piece.
    for (const QByteArray &piece : replies)
        (void)subject->classify(replyOf(piece));
    return 0;
}
