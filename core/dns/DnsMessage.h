#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace homing {

// One resource record as Homing reads it: names in ASCII (punycode), lower
// case, without the trailing dot; the value in presentation format.
struct DnsRecord {
    QString name;
    QString type; // "A", "AAAA", "SOA", "NS", …
    quint32 ttl = 0;
    QString value; // "192.0.2.1", "ns1.example.test.", an SOA's seven fields
};

// The TSIG record of a received message (RFC 8945 §4.2).
struct DnsTsigRecord {
    QString keyName;
    QString algorithm;     // "hmac-sha256", without the trailing dot
    quint16 error = 0;     // 16 BADSIG, 17 BADKEY, 18 BADTIME, 22 BADTRUNC
    qint64 timeSigned = 0; // seconds since the epoch, by the signer's clock
    quint16 fudge = 0;
    // A BADTIME answer carries the server's own time in "other data".
    std::optional<qint64> serverTime;
};

// A DNS message, parsed and built with ldns: the core sends and receives the
// wire format; providers and the propagation check read these fields.
struct DnsMessage {
    quint16 id = 0;
    int opcode = 0; // 0 QUERY, 5 UPDATE
    int rcode = 0;  // 0 NOERROR … 10 NOTZONE (the header's four bits)
    bool isResponse = false;
    bool authoritative = false;
    bool truncated = false;
    QList<DnsRecord> answers;
    QList<DnsRecord> authority;
    QList<DnsRecord> additional;
    std::optional<DnsTsigRecord> tsig;

    // The answers of this name and type (CNAMEs are not followed).
    QList<DnsRecord> answersFor(const QString &name, const QString &type) const;

    // A query for `name` (absolute, with or without the trailing dot) and
    // `type`, with a random id. Null with `error` set when the name cannot be
    // written in DNS (a label over 63 bytes, a name over 255).
    static std::optional<QByteArray> query(const QString &name, const QString &type, bool recursionDesired,
                                           QString *error = nullptr);
    // An RFC 2136 UPDATE of `zone` that replaces the name's RRset of `type`
    // with `values` (presentation format) at `ttl`, in one message: delete the
    // RRset, then add each value, as `nsupdate` does with "update delete" and
    // "update add". With no values it only deletes.
    static std::optional<QByteArray> replaceRRset(const QString &zone, const QString &name, const QString &type,
                                                  quint32 ttl, const QStringList &values, QString *error = nullptr);
    // Null when the bytes are not a DNS message.
    static std::optional<DnsMessage> parse(const QByteArray &wire, QString *error = nullptr);

    // The id of a wire-format message (its first two bytes).
    static quint16 idOf(const QByteArray &wire);

    // "NOERROR", "SERVFAIL", "NOTAUTH", … for the header's rcode.
    static QString rcodeName(int rcode);
    // "BADSIG", "BADKEY", "BADTIME", … for a TSIG error.
    static QString tsigErrorName(int error);
};

// Response codes of RFC 1035, 2136 and 8945 that Homing names.
namespace dnsrcode {
constexpr int NoError = 0;
constexpr int FormErr = 1;
constexpr int ServFail = 2;
constexpr int NxDomain = 3;
constexpr int NotImp = 4;
constexpr int Refused = 5;
constexpr int YxDomain = 6;
constexpr int YxRrSet = 7;
constexpr int NxRrSet = 8;
constexpr int NotAuth = 9;
constexpr int NotZone = 10;
constexpr int BadSig = 16;
constexpr int BadKey = 17;
constexpr int BadTime = 18;
constexpr int BadTrunc = 22;
} // namespace dnsrcode

} // namespace homing
