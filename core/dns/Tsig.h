#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace homing {

enum class TsigAlgorithm { HmacSha1, HmacSha224, HmacSha256, HmacSha384, HmacSha512 };

// A TSIG key as `tsig-keygen` prints it: a name, an algorithm and a secret.
struct TsigKey {
    QString name; // "ddns-key"
    TsigAlgorithm algorithm = TsigAlgorithm::HmacSha256;
    QByteArray secret; // the key itself, decoded from its base64
};

// Transaction signatures (RFC 8945) on DNS messages in wire format.
//
// ldns writes and reads the messages, but its TSIG code knows neither
// hmac-sha224 nor, through a typo in 1.8, hmac-sha384, and signs with the
// system clock; so the MAC is computed here with Qt's HMAC, at the time of
// Homing's own clock, and checked against known-answer vectors.
class Tsig
{
public:
    // "hmac-sha256", "HMAC-SHA256." → the algorithm; null when unknown or refused.
    static std::optional<TsigAlgorithm> algorithmFromName(const QString &name);
    // "hmac-sha256" (without the trailing dot it has on the wire).
    static QString algorithmName(TsigAlgorithm algorithm);

    struct Signed {
        QByteArray message; // with the TSIG record appended
        QByteArray mac;     // the MAC, which the answer's signature covers
    };
    // Signs `message` (an unsigned message) as sent at `timeSigned` (seconds
    // since the epoch). `requestMac`, `error` and `otherData` are for signing
    // an answer (RFC 8945 §4.3.1, §5.2.3): the tests' DNS servers use them.
    // Null when `message` is not a DNS message or the key name is not a name.
    static std::optional<Signed> sign(const QByteArray &message, const TsigKey &key, qint64 timeSigned,
                                      quint16 fudge = kDefaultFudge, const QByteArray &requestMac = {},
                                      quint16 error = 0, const QByteArray &otherData = {});

    enum class Verdict {
        Verified,  // signed with the key, over this answer to this request
        Unsigned,  // no TSIG record, or one without a MAC (how errors come back)
        OtherKey,  // signed with another key name or algorithm
        BadMac,    // the MAC does not match: altered, or another secret
    };
    // Checks the TSIG record of an answer to a request whose MAC was
    // `requestMac`. The time is not checked: the MAC binds the answer to this
    // request's fresh MAC, so an old answer replayed cannot match.
    static Verdict verify(const QByteArray &answer, const TsigKey &key, const QByteArray &requestMac);

    static constexpr quint16 kDefaultFudge = 300; // seconds, as RFC 8945 recommends
};

} // namespace homing
