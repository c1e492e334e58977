#include "router/PcpMessage.h"

#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace homing::pcp {

namespace {

// An IPv4 address as PCP carries it: IPv4-mapped IPv6 (§5); a null one is
// ::ffff:0.0.0.0, "any" (§11.1).
void putAddress(QByteArray &bytes, int at, const QHostAddress &address)
{
    Q_IPV6ADDR mapped{};
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        mapped = address.toIPv6Address();
    } else {
        mapped[10] = 0xff;
        mapped[11] = 0xff;
        qToBigEndian<quint32>(address.isNull() ? 0 : address.toIPv4Address(), &mapped[12]);
    }
    for (int i = 0; i < 16; ++i)
        bytes[at + i] = char(mapped[i]);
}

QHostAddress takeAddress(const QByteArray &bytes, int at)
{
    Q_IPV6ADDR raw{};
    for (int i = 0; i < 16; ++i)
        raw[i] = quint8(bytes[at + i]);
    const QHostAddress address(raw);
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    if (isIPv4)
        return ipv4 ? QHostAddress(ipv4) : QHostAddress();
    return address.isNull() || address == QHostAddress::AnyIPv6 ? QHostAddress() : address;
}

quint8 byteAt(const QByteArray &bytes, int at)
{
    return quint8(bytes[at]);
}

quint16 u16At(const QByteArray &bytes, int at)
{
    return qFromBigEndian<quint16>(bytes.constData() + at);
}

quint32 u32At(const QByteArray &bytes, int at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

void putU16(QByteArray &bytes, int at, quint16 value)
{
    qToBigEndian<quint16>(value, bytes.data() + at);
}

void putU32(QByteArray &bytes, int at, quint32 value)
{
    qToBigEndian<quint32>(value, bytes.data() + at);
}

} // namespace

Nonce randomNonce()
{
    Nonce nonce{};
    // The nonce guards mappings against off-path spoofing (§11.1): from the
    // system's cryptographic source.
    for (auto &byte : nonce)
        byte = quint8(QRandomGenerator::system()->bounded(256));
    return nonce;
}

quint8 protocolNumber(const QString &protocol)
{
    return protocol.compare(QLatin1String("udp"), Qt::CaseInsensitive) == 0 ? kProtocolUdp : kProtocolTcp;
}

QByteArray buildMapRequest(const MapRequest &request)
{
    const bool thirdParty = !request.thirdParty.isNull();
    QByteArray bytes(kMapMessageSize + (thirdParty ? 20 : 0), '\0');
    // Common request header (§7.1).
    bytes[0] = char(kVersion);
    bytes[1] = char(kOpcodeMap); // R bit 0: a request
    putU32(bytes, 4, request.lifetime);
    putAddress(bytes, 8, request.clientAddress);
    // MAP request (§11.1).
    for (int i = 0; i < 12; ++i)
        bytes[24 + i] = char(request.nonce[size_t(i)]);
    bytes[36] = char(request.protocol);
    putU16(bytes, 40, request.internalPort);
    putU16(bytes, 42, request.suggestedExternalPort);
    putAddress(bytes, 44, request.suggestedExternalAddress);
    if (thirdParty) {
        // THIRD_PARTY option (§13.1): code, reserved, length 16, the address.
        bytes[60] = char(kOptionThirdParty);
        putU16(bytes, 62, 16);
        putAddress(bytes, 64, request.thirdParty);
    }
    return bytes;
}

bool parseMapResponse(const QByteArray &datagram, const MapRequest &request, MapResponse *response,
                      QString *ignored)
{
    auto ignore = [ignored](const QString &why) {
        if (ignored)
            *ignored = why;
        return false;
    };
    MapResponse parsed;
    // A NAT-PMP router answers a version it does not know with its own
    // version 0 and result 1 (RFC 6886 §3.5, RFC 6887 §9): 8 bytes of
    // version, opcode + 128, result (16 bits) and epoch.
    if (datagram.size() >= 4 && byteAt(datagram, 0) == 0) {
        if ((byteAt(datagram, 1) & kResponseBit) == 0)
            return ignore(QStringLiteral("a NAT-PMP request, not a response"));
        parsed.kind = MapResponse::Kind::NatPmpOnly;
        parsed.version = 0;
        parsed.resultCode = UnsupportedVersion;
        if (datagram.size() >= 8)
            parsed.epoch = u32At(datagram, 4);
        *response = parsed;
        return true;
    }
    if (datagram.size() < kHeaderSize)
        return ignore(QStringLiteral("shorter than a PCP header (%1 bytes)").arg(datagram.size()));
    if (datagram.size() > kMaxMessageSize || datagram.size() % 4 != 0)
        return ignore(QStringLiteral("not a PCP message length (%1 bytes)").arg(datagram.size()));
    parsed.version = byteAt(datagram, 0);
    if ((byteAt(datagram, 1) & kResponseBit) == 0)
        return ignore(QStringLiteral("a request, not a response (R bit clear)"));
    if ((byteAt(datagram, 1) & ~kResponseBit) != kOpcodeMap)
        return ignore(QStringLiteral("a response to opcode %1, not MAP").arg(byteAt(datagram, 1) & ~kResponseBit));
    parsed.resultCode = byteAt(datagram, 3);
    parsed.lifetime = u32At(datagram, 4);
    parsed.epoch = u32At(datagram, 8);
    if (parsed.version != kVersion) {
        // Only an UNSUPP_VERSION answer may carry another version: the
        // server's highest one (§9). Its opcode data cannot be trusted to
        // follow version 2's layout, so the nonce is not checked.
        if (parsed.resultCode != UnsupportedVersion)
            return ignore(QStringLiteral("PCP version %1, not 2").arg(parsed.version));
        parsed.kind = MapResponse::Kind::OtherVersion;
        *response = parsed;
        return true;
    }
    if (datagram.size() < kMapMessageSize)
        return ignore(QStringLiteral("shorter than a MAP response (%1 bytes)").arg(datagram.size()));
    for (int i = 0; i < 12; ++i) {
        if (byteAt(datagram, 24 + i) != request.nonce[size_t(i)])
            return ignore(QStringLiteral("another mapping nonce"));
    }
    parsed.protocol = byteAt(datagram, 36);
    parsed.internalPort = u16At(datagram, 40);
    if (parsed.protocol != request.protocol || parsed.internalPort != request.internalPort)
        return ignore(QStringLiteral("another protocol or internal port"));
    parsed.externalPort = u16At(datagram, 42);
    parsed.externalAddress = takeAddress(datagram, 44);
    if (parsed.resultCode == UnsupportedVersion)
        parsed.kind = MapResponse::Kind::OtherVersion;
    *response = parsed;
    return true;
}

int retransmitDelayMs(int previousMs, int timeoutMs, double jitter)
{
    constexpr double kInitialMs = 3000;     // IRT
    constexpr double kMaximumMs = 1024000;  // MRT
    const double initial = std::min(kInitialMs, std::max(1.0, timeoutMs / 7.0));
    const double base = previousMs <= 0 ? initial : std::min(2.0 * previousMs, kMaximumMs);
    return std::max(1, int(std::lround((1.0 + std::clamp(jitter, -0.1, 0.1)) * base)));
}

bool epochSaysStateLost(quint32 previousEpoch, quint32 epoch, qint64 clientSecondsBetween)
{
    // §8.5: the server's clock went back by more than a second, or the two
    // clocks advanced by amounts that differ by more than 2 s + 1/16.
    if (qint64(epoch) < qint64(previousEpoch) - 1)
        return true;
    const qint64 serverDelta = qint64(epoch) - qint64(previousEpoch);
    const qint64 clientDelta = std::max<qint64>(0, clientSecondsBetween);
    return clientDelta + 2 < serverDelta - serverDelta / 16 || serverDelta + 2 < clientDelta - clientDelta / 16;
}

} // namespace homing::pcp
