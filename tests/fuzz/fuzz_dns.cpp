// DNS answers from a server Homing updates or checks: each piece (separated
// by "\n%%\n") is an answer in wire format. Every piece goes through the
// parser and the TSIG check as it came; then an RFC 2136 job is driven with
// them, signed with the account's key over each request (so that the job
// reads them as a real server's answers) when the piece's length is odd.
// The input's length picks the variant: zone given or found, A or AAAA,
// update or check.
#include "FuzzSupport.h"
#include "Rfc2136Provider.h"

#include "../testsupport/JobDriver.h"
#include "dns/DnsMessage.h"
#include "dns/Tsig.h"

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> answers = fuzz::pieces(fuzz::bytes(data, size));
    static const TsigKey key{QStringLiteral("ddns-key"), TsigAlgorithm::HmacSha256, QByteArray(32, 'k')};
    const qint64 now = 1764158400;

    for (const QByteArray &answer : answers) {
        (void)DnsMessage::parse(answer);
        (void)Tsig::verify(answer, key, QByteArray(32, 'm'));
    }

    Rfc2136Provider::Settings settings;
    settings.server = QStringLiteral("192.0.2.53");
    settings.keyName = key.name;
    settings.zone = size % 2 == 0 ? QStringLiteral("example.test") : QString();
    const Rfc2136Provider provider(settings);
    const bool v6 = size % 4 >= 2;
    const RecordSpec record{QStringLiteral("nas.example.test"), v6 ? QStringLiteral("AAAA") : QStringLiteral("A"),
                            int(size % 3) * 60, {}};
    const SecretValues secrets{{QString::fromLatin1(Rfc2136Provider::kSecretKey),
                                QString::fromLatin1(key.secret.toBase64())}};
    const auto job = size % 5 == 0
        ? provider.createCheckJob(record, secrets)
        : provider.createUpdateJob(
              RecordTarget{record, QHostAddress(v6 ? QStringLiteral("2a00:1450::1") : QStringLiteral("81.2.69.160"))},
              secrets);
    qsizetype next = 0;
    (void)test::driveDnsJob(*job, [&](const DnsRequest &request) {
        QByteArray wire = answers.isEmpty() ? QByteArray() : answers[qMin(next++, answers.size() - 1)];
        DnsAnswer answer;
        const auto signedRequest = Tsig::sign(request.message, key, now);
        if (wire.size() % 2 == 1 && wire.size() >= 12 && signedRequest) {
            wire.replace(0, 2, request.message.left(2));
            if (const auto signedAnswer = Tsig::sign(wire, key, now, Tsig::kDefaultFudge, signedRequest->mac))
                wire = signedAnswer->message;
        }
        answer.message = DnsMessage::parse(wire);
        if (!answer.message || !answer.message->isResponse) {
            answer.message.reset();
            answer.error = DnsTransportError::Other;
            answer.errorText = QStringLiteral("not a DNS answer");
            return answer;
        }
        answer.tsig = Tsig::verify(wire, key, signedRequest ? signedRequest->mac : QByteArray());
        return answer;
    });
    return 0;
}
