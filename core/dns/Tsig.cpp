#include "dns/Tsig.h"

#include "dns/LdnsPointers.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace homing {

namespace {

constexpr quint16 kTypeTsig = 250;
constexpr quint16 kClassAny = 255;
constexpr int kHeaderSize = 12;
constexpr int kArcountOffset = 10;

QCryptographicHash::Algorithm hashOf(TsigAlgorithm algorithm)
{
    switch (algorithm) {
    case TsigAlgorithm::HmacSha1: return QCryptographicHash::Sha1;
    case TsigAlgorithm::HmacSha224: return QCryptographicHash::Sha224;
    case TsigAlgorithm::HmacSha256: return QCryptographicHash::Sha256;
    case TsigAlgorithm::HmacSha384: return QCryptographicHash::Sha384;
    case TsigAlgorithm::HmacSha512: return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha256;
}

void appendUint16(QByteArray &bytes, quint16 value)
{
    bytes.append(char(value >> 8));
    bytes.append(char(value & 0xff));
}

void appendUint32(QByteArray &bytes, quint32 value)
{
    appendUint16(bytes, quint16(value >> 16));
    appendUint16(bytes, quint16(value & 0xffff));
}

void appendUint48(QByteArray &bytes, qint64 value)
{
    for (int shift = 40; shift >= 0; shift -= 8)
        bytes.append(char((value >> shift) & 0xff));
}

quint16 uint16At(const QByteArray &bytes, qsizetype offset)
{
    return quint16((quint8(bytes.at(offset)) << 8) | quint8(bytes.at(offset + 1)));
}

// A name in canonical wire form: lower case, uncompressed. Empty when it is not a name.
QByteArray canonicalName(const QString &name)
{
    QByteArray text = name.toLower().toLatin1();
    if (!text.endsWith('.'))
        text.append('.');
    ldns_rdf *raw = nullptr;
    if (ldns_str2rdf_dname(&raw, text.constData()) != LDNS_STATUS_OK || !raw)
        return {};
    const LdnsRdf rdf(raw);
    return QByteArray(reinterpret_cast<const char *>(ldns_rdf_data(raw)), qsizetype(ldns_rdf_size(raw)));
}

// The TSIG variables of RFC 8945 §4.3.3, which the MAC covers after the message.
QByteArray tsigVariables(const QByteArray &keyName, const QByteArray &algorithmName, qint64 timeSigned,
                         quint16 fudge, quint16 error, const QByteArray &otherData)
{
    QByteArray variables = keyName;
    appendUint16(variables, kClassAny);
    appendUint32(variables, 0); // TTL
    variables.append(algorithmName);
    appendUint48(variables, timeSigned);
    appendUint16(variables, fudge);
    appendUint16(variables, error);
    appendUint16(variables, quint16(otherData.size()));
    variables.append(otherData);
    return variables;
}

QByteArray mac(const TsigKey &key, const QByteArray &requestMac, const QByteArray &message, const QByteArray &variables)
{
    QMessageAuthenticationCode code(hashOf(key.algorithm), key.secret);
    if (!requestMac.isEmpty()) {
        QByteArray size;
        appendUint16(size, quint16(requestMac.size()));
        code.addData(size);
        code.addData(requestMac);
    }
    code.addData(message);
    code.addData(variables);
    return code.result();
}

// Where the last record of the additional section begins: the TSIG record
// must be that one. -1 when the message cannot be walked.
qsizetype lastRecordOffset(const QByteArray &wire)
{
    if (wire.size() < kHeaderSize)
        return -1;
    const auto *data = reinterpret_cast<const uint8_t *>(wire.constData());
    const int counts[4] = {uint16At(wire, 4), uint16At(wire, 6), uint16At(wire, 8), uint16At(wire, 10)};
    if (counts[3] == 0)
        return -1;
    const ldns_pkt_section sections[4] = {LDNS_SECTION_QUESTION, LDNS_SECTION_ANSWER, LDNS_SECTION_AUTHORITY,
                                          LDNS_SECTION_ADDITIONAL};
    size_t position = kHeaderSize;
    for (int section = 0; section < 4; ++section) {
        const int records = section == 3 ? counts[3] - 1 : counts[section];
        for (int i = 0; i < records; ++i) {
            ldns_rr *rr = nullptr;
            if (ldns_wire2rr(&rr, data, size_t(wire.size()), &position, sections[section]) != LDNS_STATUS_OK)
                return -1;
            ldns_rr_free(rr);
        }
    }
    return qsizetype(position);
}

// Reads a name at `offset` that must not be compressed (the algorithm name,
// RFC 8945 §4.2), lower case.
std::optional<QByteArray> nameAt(const QByteArray &wire, qsizetype &offset)
{
    const qsizetype start = offset;
    while (offset < wire.size()) {
        const int length = quint8(wire.at(offset));
        if (length == 0) {
            ++offset;
            return wire.mid(start, offset - start).toLower();
        }
        if (length > 63)
            return std::nullopt; // compressed or invalid
        offset += 1 + length;
    }
    return std::nullopt;
}

// Reads an owner name at `offset`, lower case, in canonical (uncompressed)
// form: the key name is the TSIG record's owner, which a server may compress
// against a name earlier in the message (RFC 3597 §4).
std::optional<QByteArray> ownerNameAt(const QByteArray &wire, qsizetype &offset)
{
    ldns_rdf *raw = nullptr;
    size_t position = size_t(offset);
    if (ldns_wire2dname(&raw, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size()), &position)
            != LDNS_STATUS_OK
        || !raw)
        return std::nullopt;
    const LdnsRdf rdf(raw);
    offset = qsizetype(position);
    return QByteArray(reinterpret_cast<const char *>(ldns_rdf_data(raw)), qsizetype(ldns_rdf_size(raw))).toLower();
}

} // namespace

std::optional<TsigAlgorithm> Tsig::algorithmFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    for (const TsigAlgorithm algorithm : {TsigAlgorithm::HmacSha1, TsigAlgorithm::HmacSha224, TsigAlgorithm::HmacSha256,
                                          TsigAlgorithm::HmacSha384, TsigAlgorithm::HmacSha512}) {
        if (algorithmName(algorithm) == key)
            return algorithm;
    }
    return std::nullopt;
}

QString Tsig::algorithmName(TsigAlgorithm algorithm)
{
    switch (algorithm) {
    case TsigAlgorithm::HmacSha1: return QStringLiteral("hmac-sha1");
    case TsigAlgorithm::HmacSha224: return QStringLiteral("hmac-sha224");
    case TsigAlgorithm::HmacSha256: return QStringLiteral("hmac-sha256");
    case TsigAlgorithm::HmacSha384: return QStringLiteral("hmac-sha384");
    case TsigAlgorithm::HmacSha512: return QStringLiteral("hmac-sha512");
    }
    return {};
}

std::optional<Tsig::Signed> Tsig::sign(const QByteArray &message, const TsigKey &key, qint64 timeSigned, quint16 fudge,
                                       const QByteArray &requestMac, quint16 error, const QByteArray &otherData)
{
    const QByteArray keyName = canonicalName(key.name);
    const QByteArray algorithm = canonicalName(algorithmName(key.algorithm));
    if (message.size() < kHeaderSize || keyName.isEmpty() || algorithm.isEmpty())
        return std::nullopt;
    const QByteArray code = mac(key, requestMac, message,
                                tsigVariables(keyName, algorithm, timeSigned, fudge, error, otherData));
    QByteArray rdata = algorithm;
    appendUint48(rdata, timeSigned);
    appendUint16(rdata, fudge);
    appendUint16(rdata, quint16(code.size()));
    rdata.append(code);
    rdata.append(message.left(2)); // original id
    appendUint16(rdata, error);
    appendUint16(rdata, quint16(otherData.size()));
    rdata.append(otherData);

    Signed result{message, code};
    result.message.append(keyName);
    appendUint16(result.message, kTypeTsig);
    appendUint16(result.message, kClassAny);
    appendUint32(result.message, 0);
    appendUint16(result.message, quint16(rdata.size()));
    result.message.append(rdata);
    const quint16 additional = uint16At(message, kArcountOffset) + 1;
    result.message[kArcountOffset] = char(additional >> 8);
    result.message[kArcountOffset + 1] = char(additional & 0xff);
    return result;
}

Tsig::Verdict Tsig::verify(const QByteArray &answer, const TsigKey &key, const QByteArray &requestMac)
{
    const qsizetype tsigStart = lastRecordOffset(answer);
    if (tsigStart < 0)
        return Verdict::Unsigned;
    qsizetype offset = tsigStart;
    const auto keyName = ownerNameAt(answer, offset);
    if (!keyName || offset + 10 > answer.size() || uint16At(answer, offset) != kTypeTsig)
        return Verdict::Unsigned;
    const qsizetype rdataStart = offset + 10;
    const qsizetype rdataEnd = rdataStart + uint16At(answer, offset + 8);
    if (rdataEnd > answer.size())
        return Verdict::Unsigned;
    offset = rdataStart;
    const auto algorithm = nameAt(answer, offset);
    if (!algorithm || offset + 10 > rdataEnd)
        return Verdict::Unsigned;
    qint64 timeSigned = 0;
    for (int i = 0; i < 6; ++i)
        timeSigned = (timeSigned << 8) | quint8(answer.at(offset + i));
    const quint16 fudge = uint16At(answer, offset + 6);
    const quint16 macSize = uint16At(answer, offset + 8);
    offset += 10;
    if (offset + macSize + 6 > rdataEnd)
        return Verdict::Unsigned;
    const QByteArray answerMac = answer.mid(offset, macSize);
    offset += macSize;
    const QByteArray originalId = answer.mid(offset, 2);
    const quint16 error = uint16At(answer, offset + 2);
    const quint16 otherSize = uint16At(answer, offset + 4);
    offset += 6;
    if (offset + otherSize > rdataEnd)
        return Verdict::Unsigned;
    const QByteArray otherData = answer.mid(offset, otherSize);
    if (answerMac.isEmpty())
        return Verdict::Unsigned;
    if (*keyName != canonicalName(key.name) || *algorithm != canonicalName(algorithmName(key.algorithm)))
        return Verdict::OtherKey;

    // The message as it was before signing: without the TSIG record, with
    // ARCOUNT one less and the original id.
    QByteArray unsigned_ = answer.left(tsigStart);
    const quint16 additional = uint16At(answer, kArcountOffset) - 1;
    unsigned_[kArcountOffset] = char(additional >> 8);
    unsigned_[kArcountOffset + 1] = char(additional & 0xff);
    unsigned_.replace(0, 2, originalId);
    const QByteArray expected = mac(key, requestMac, unsigned_,
                                    tsigVariables(*keyName, *algorithm, timeSigned, fudge, error, otherData));
    // Compared in constant time: the MAC is a secret until it matches.
    if (expected.size() != answerMac.size())
        return Verdict::BadMac;
    int difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= expected.at(i) ^ answerMac.at(i);
    return difference == 0 ? Verdict::Verified : Verdict::BadMac;
}

} // namespace homing
