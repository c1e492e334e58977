#include "dns/DnsMessage.h"

#include "dns/LdnsPointers.h"

#include <QCoreApplication>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::DnsMessage)
};

QString fromLdnsString(char *text)
{
    const QString result = text ? QString::fromUtf8(text) : QString();
    free(text); // NOLINT: ldns allocates with malloc
    return result;
}

// Absolute, lower case, without the trailing dot: the form names take in
// Homing's configuration.
QString nameOf(const ldns_rdf *rdf)
{
    QString name = fromLdnsString(ldns_rdf2str(rdf)).toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

QString typeName(ldns_rr_type type)
{
    return fromLdnsString(ldns_rr_type2str(type));
}

DnsRecord recordOf(const ldns_rr *rr)
{
    DnsRecord record;
    record.name = nameOf(ldns_rr_owner(rr));
    record.type = typeName(ldns_rr_get_type(rr));
    record.ttl = ldns_rr_ttl(rr);
    QStringList fields;
    for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i)
        fields.append(fromLdnsString(ldns_rdf2str(ldns_rr_rdf(rr, i))));
    record.value = fields.join(QLatin1Char(' '));
    return record;
}

QList<DnsRecord> recordsOf(const ldns_rr_list *list)
{
    QList<DnsRecord> records;
    for (size_t i = 0; list && i < ldns_rr_list_rr_count(list); ++i)
        records.append(recordOf(ldns_rr_list_rr(list, i)));
    return records;
}

qint64 uint48At(const uint8_t *data)
{
    qint64 value = 0;
    for (int i = 0; i < 6; ++i)
        value = (value << 8) | data[i];
    return value;
}

std::optional<DnsTsigRecord> tsigOf(const ldns_rr *rr)
{
    // Algorithm, time signed, fudge, MAC, original id, error, other data.
    if (!rr || ldns_rr_rd_count(rr) < 7)
        return std::nullopt;
    DnsTsigRecord tsig;
    tsig.keyName = nameOf(ldns_rr_owner(rr));
    tsig.algorithm = nameOf(ldns_rr_rdf(rr, 0));
    const ldns_rdf *time = ldns_rr_rdf(rr, 1);
    if (ldns_rdf_size(time) == 6)
        tsig.timeSigned = uint48At(ldns_rdf_data(time));
    tsig.fudge = ldns_rdf2native_int16(ldns_rr_rdf(rr, 2));
    tsig.error = ldns_rdf2native_int16(ldns_rr_rdf(rr, 5));
    // Other data: a 16-bit length, then the server's 48-bit time after BADTIME.
    const ldns_rdf *other = ldns_rr_rdf(rr, 6);
    if (ldns_rdf_size(other) == 8)
        tsig.serverTime = uint48At(ldns_rdf_data(other) + 2);
    return tsig;
}

ldns_rdf *dnameFrom(const QString &name, QString *error)
{
    QByteArray text = name.toLatin1();
    if (!text.endsWith('.'))
        text.append('.');
    ldns_rdf *rdf = nullptr;
    if (name.isEmpty() || ldns_str2rdf_dname(&rdf, text.constData()) != LDNS_STATUS_OK || !rdf) {
        if (error)
            *error = Text::tr("\"%1\" is not a name DNS can carry").arg(name);
        return nullptr;
    }
    return rdf;
}

std::optional<QByteArray> toWire(const ldns_pkt *packet, QString *error)
{
    uint8_t *wire = nullptr;
    size_t size = 0;
    if (ldns_pkt2wire(&wire, packet, &size) != LDNS_STATUS_OK || !wire) {
        if (error)
            *error = Text::tr("the DNS message could not be written");
        return std::nullopt;
    }
    QByteArray bytes(reinterpret_cast<const char *>(wire), qsizetype(size));
    free(wire); // NOLINT: ldns allocates with malloc
    return bytes;
}

// RFC 8945 §5.1: a message carries at most one TSIG record, the last one.
// Checked before ldns reads a message, because ldns 1.8 loses (leaks) a TSIG
// record that another one follows.
bool tsigAtMostOnceAndLast(const QByteArray &wire)
{
    if (wire.size() < 12)
        return true; // ldns says what is wrong with it
    const auto *data = reinterpret_cast<const uint8_t *>(wire.constData());
    const int counts[4] = {LDNS_QDCOUNT(data), LDNS_ANCOUNT(data), LDNS_NSCOUNT(data), LDNS_ARCOUNT(data)};
    const ldns_pkt_section sections[4] = {LDNS_SECTION_QUESTION, LDNS_SECTION_ANSWER, LDNS_SECTION_AUTHORITY,
                                          LDNS_SECTION_ADDITIONAL};
    size_t position = 12;
    bool tsigSeen = false;
    for (int section = 0; section < 4; ++section) {
        for (int i = 0; i < counts[section]; ++i) {
            ldns_rr *rr = nullptr;
            if (ldns_wire2rr(&rr, data, size_t(wire.size()), &position, sections[section]) != LDNS_STATUS_OK)
                return true; // ldns stops at the same record, with nothing lost
            const bool tsig = ldns_rr_get_type(rr) == LDNS_RR_TYPE_TSIG;
            ldns_rr_free(rr);
            if (tsigSeen)
                return false; // a record after the TSIG record
            tsigSeen = tsig;
        }
    }
    return true;
}

} // namespace

QList<DnsRecord> DnsMessage::answersFor(const QString &name, const QString &type) const
{
    QString wanted = name.toLower();
    if (wanted.endsWith(QLatin1Char('.')))
        wanted.chop(1);
    QList<DnsRecord> found;
    for (const DnsRecord &record : answers) {
        if (record.name == wanted && record.type == type)
            found.append(record);
    }
    return found;
}

std::optional<QByteArray> DnsMessage::query(const QString &name, const QString &type, bool recursionDesired,
                                            QString *error)
{
    ldns_rdf *owner = dnameFrom(name, error);
    if (!owner)
        return std::nullopt;
    const ldns_rr_type rrType = ldns_get_rr_type_by_name(type.toLatin1().constData());
    // Takes the owner.
    const LdnsPacket packet(ldns_pkt_query_new(owner, rrType, LDNS_RR_CLASS_IN, recursionDesired ? LDNS_RD : 0));
    if (!packet)
        return std::nullopt;
    ldns_pkt_set_random_id(packet.get());
    return toWire(packet.get(), error);
}

std::optional<QByteArray> DnsMessage::replaceRRset(const QString &zone, const QString &name, const QString &type,
                                                   quint32 ttl, const QStringList &values, QString *error)
{
    ldns_rdf *zoneName = dnameFrom(zone, error);
    if (!zoneName)
        return std::nullopt;
    const LdnsRdf owner(dnameFrom(name, error));
    if (!owner) {
        ldns_rdf_deep_free(zoneName);
        return std::nullopt;
    }
    const ldns_rr_type rrType = ldns_get_rr_type_by_name(type.toLatin1().constData());
    const LdnsRrList updates(ldns_rr_list_new());
    // "Delete an RRset" (RFC 2136 §2.5.2): class ANY, TTL 0, no data.
    ldns_rr *deletion = ldns_rr_new();
    ldns_rr_set_owner(deletion, ldns_rdf_clone(owner.get()));
    ldns_rr_set_type(deletion, rrType);
    ldns_rr_set_class(deletion, LDNS_RR_CLASS_ANY);
    ldns_rr_set_ttl(deletion, 0);
    ldns_rr_list_push_rr(updates.get(), deletion);
    for (const QString &value : values) {
        ldns_rdf *data = ldns_rdf_new_frm_str(rrType == LDNS_RR_TYPE_AAAA ? LDNS_RDF_TYPE_AAAA : LDNS_RDF_TYPE_A,
                                              value.toLatin1().constData());
        if (!data) {
            ldns_rdf_deep_free(zoneName);
            if (error)
                *error = Text::tr("\"%1\" is not a value of a %2 record").arg(value, type);
            return std::nullopt;
        }
        ldns_rr *addition = ldns_rr_new();
        ldns_rr_set_owner(addition, ldns_rdf_clone(owner.get()));
        ldns_rr_set_type(addition, rrType);
        ldns_rr_set_class(addition, LDNS_RR_CLASS_IN);
        ldns_rr_set_ttl(addition, ttl);
        ldns_rr_push_rdf(addition, data);
        ldns_rr_list_push_rr(updates.get(), addition);
    }
    // Takes the zone name; copies the list.
    const LdnsPacket packet(ldns_update_pkt_new(zoneName, LDNS_RR_CLASS_IN, nullptr, updates.get(), nullptr));
    if (!packet)
        return std::nullopt;
    // nsupdate leaves RD clear: the bit means nothing in an UPDATE.
    ldns_pkt_set_rd(packet.get(), false);
    ldns_pkt_set_random_id(packet.get());
    return toWire(packet.get(), error);
}

std::optional<DnsMessage> DnsMessage::parse(const QByteArray &wire, QString *error)
{
    if (!tsigAtMostOnceAndLast(wire)) {
        if (error)
            *error = Text::tr("the answer is not a DNS message");
        return std::nullopt;
    }
    ldns_pkt *raw = nullptr;
    const ldns_status status = ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t *>(wire.constData()),
                                             size_t(wire.size()));
    // Owned whatever the status: ldns hands back the packet it read so far
    // with some errors (an additional section shorter than its count).
    const LdnsPacket packet(raw);
    if (status != LDNS_STATUS_OK || !raw) {
        if (error)
            *error = Text::tr("the answer is not a DNS message");
        return std::nullopt;
    }
    DnsMessage message;
    message.id = ldns_pkt_id(raw);
    message.opcode = int(ldns_pkt_get_opcode(raw));
    message.rcode = int(ldns_pkt_get_rcode(raw));
    message.isResponse = ldns_pkt_qr(raw);
    message.authoritative = ldns_pkt_aa(raw);
    message.truncated = ldns_pkt_tc(raw);
    message.answers = recordsOf(ldns_pkt_answer(raw));
    message.authority = recordsOf(ldns_pkt_authority(raw));
    message.additional = recordsOf(ldns_pkt_additional(raw));
    message.tsig = tsigOf(ldns_pkt_tsig(raw));
    return message;
}

quint16 DnsMessage::idOf(const QByteArray &wire)
{
    if (wire.size() < 2)
        return 0;
    return quint16((quint8(wire.at(0)) << 8) | quint8(wire.at(1)));
}

QString DnsMessage::rcodeName(int rcode)
{
    switch (rcode) {
    case dnsrcode::NoError: return QStringLiteral("NOERROR");
    case dnsrcode::FormErr: return QStringLiteral("FORMERR");
    case dnsrcode::ServFail: return QStringLiteral("SERVFAIL");
    case dnsrcode::NxDomain: return QStringLiteral("NXDOMAIN");
    case dnsrcode::NotImp: return QStringLiteral("NOTIMP");
    case dnsrcode::Refused: return QStringLiteral("REFUSED");
    case dnsrcode::YxDomain: return QStringLiteral("YXDOMAIN");
    case dnsrcode::YxRrSet: return QStringLiteral("YXRRSET");
    case dnsrcode::NxRrSet: return QStringLiteral("NXRRSET");
    case dnsrcode::NotAuth: return QStringLiteral("NOTAUTH");
    case dnsrcode::NotZone: return QStringLiteral("NOTZONE");
    default: return QStringLiteral("RCODE%1").arg(rcode);
    }
}

QString DnsMessage::tsigErrorName(int error)
{
    switch (error) {
    case 0: return QStringLiteral("NOERROR");
    case dnsrcode::BadSig: return QStringLiteral("BADSIG");
    case dnsrcode::BadKey: return QStringLiteral("BADKEY");
    case dnsrcode::BadTime: return QStringLiteral("BADTIME");
    case dnsrcode::BadTrunc: return QStringLiteral("BADTRUNC");
    default: return QStringLiteral("TSIG error %1").arg(error);
    }
}

} // namespace homing
