#include "address/Ipv6Suffix.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cstring>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::Ipv6Suffix)
};

using Mac = std::array<quint8, 6>;

bool sameBits(const Q_IPV6ADDR &a, const Q_IPV6ADDR &b)
{
    return std::memcmp(a.c, b.c, sizeof a.c) == 0;
}

bool isZero(const Q_IPV6ADDR &bits)
{
    return sameBits(bits, Q_IPV6ADDR{});
}

// Whether any of the first `prefixLength` bits of `bits` is set.
bool overlapsPrefix(const Q_IPV6ADDR &bits, int prefixLength)
{
    return !isZero(combineIpv6(bits, prefixLength, Q_IPV6ADDR{}));
}

QString prefixLengthError(int prefixLength)
{
    return Text::tr("the prefix length must be between %1 and %2, not %3")
        .arg(Ipv6Suffix::kMinimumPrefixLength)
        .arg(Ipv6Suffix::kMaximumPrefixLength)
        .arg(prefixLength);
}

std::optional<Mac> parseMac(const QString &text)
{
    // Colons or dashes between six bytes (one or two digits each, as some
    // tools print them), or Cisco's three dotted groups of four digits.
    static const QRegularExpression separated(QStringLiteral(
        "^([0-9a-f]{1,2})([:-])([0-9a-f]{1,2})\\2([0-9a-f]{1,2})\\2([0-9a-f]{1,2})\\2([0-9a-f]{1,2})\\2([0-9a-f]{1,2})$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dotted(QStringLiteral("^([0-9a-f]{4})\\.([0-9a-f]{4})\\.([0-9a-f]{4})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    Mac mac{};
    if (const auto match = separated.match(trimmed); match.hasMatch()) {
        const int groups[] = {1, 3, 4, 5, 6, 7};
        for (int i = 0; i < 6; ++i)
            mac[i] = quint8(match.captured(groups[i]).toUInt(nullptr, 16));
        return mac;
    }
    if (const auto match = dotted.match(trimmed); match.hasMatch()) {
        for (int i = 0; i < 3; ++i) {
            const uint group = match.captured(i + 1).toUInt(nullptr, 16);
            mac[2 * i] = quint8(group >> 8);
            mac[2 * i + 1] = quint8(group & 0xff);
        }
        return mac;
    }
    return std::nullopt;
}

} // namespace

bool operator==(const Ipv6Suffix &a, const Ipv6Suffix &b)
{
    return sameBits(a.bits, b.bits) && a.prefixLength == b.prefixLength && a.fromMac == b.fromMac;
}

Q_IPV6ADDR combineIpv6(const Q_IPV6ADDR &prefix, int prefixLength, const Q_IPV6ADDR &suffix)
{
    Q_IPV6ADDR result{};
    const int length = std::clamp(prefixLength, 0, 128);
    for (int byte = 0; byte < 16; ++byte) {
        const int prefixBits = std::clamp(length - byte * 8, 0, 8); // of this byte, from the prefix
        const quint8 prefixMask = quint8(0xff00 >> prefixBits);
        result[byte] = quint8((prefix[byte] & prefixMask) | (suffix[byte] & ~prefixMask));
    }
    return result;
}

QHostAddress Ipv6Suffix::combineWith(const QHostAddress &prefixSource) const
{
    if (prefixSource.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    return QHostAddress(combineIpv6(prefixSource.toIPv6Address(), prefixLength, bits));
}

QString Ipv6Suffix::toString() const
{
    return QHostAddress(bits).toString();
}

bool isValidIpv6PrefixLength(int prefixLength)
{
    return prefixLength >= Ipv6Suffix::kMinimumPrefixLength && prefixLength <= Ipv6Suffix::kMaximumPrefixLength;
}

Ipv6SuffixParse parseIpv6Suffix(const QString &text, int prefixLength)
{
    if (!isValidIpv6PrefixLength(prefixLength))
        return {std::nullopt, prefixLengthError(prefixLength)};
    const QString trimmed = text.trimmed();
    QHostAddress address;
    if (trimmed.contains(QLatin1Char('%')) || !address.setAddress(trimmed)
        || address.protocol() != QAbstractSocket::IPv6Protocol) {
        return {std::nullopt, Text::tr("\"%1\" is not an IPv6 suffix; write the host's own part like an IPv6 "
                                       "address, for example \"::1234\" or \"::211:22ff:fe33:4455\"")
                                  .arg(trimmed)};
    }
    Ipv6Suffix suffix;
    suffix.bits = address.toIPv6Address();
    suffix.prefixLength = prefixLength;
    if (overlapsPrefix(suffix.bits, prefixLength)) {
        return {std::nullopt,
                Text::tr("%1 does not fit after a /%2 prefix: its first %2 bits must be zero, as they come from "
                         "the prefix; use a shorter suffix or a longer prefix length")
                    .arg(address.toString())
                    .arg(prefixLength)};
    }
    if (isZero(suffix.bits)) {
        return {std::nullopt, Text::tr("the suffix is all zeros, which is the network's own address (its routers' "
                                       "anycast address), not a host; write the host's part, for example \"::1234\"")};
    }
    return {suffix, {}};
}

Ipv6SuffixParse ipv6SuffixFromMac(const QString &mac, int prefixLength)
{
    if (!isValidIpv6PrefixLength(prefixLength))
        return {std::nullopt, prefixLengthError(prefixLength)};
    const auto bytes = parseMac(mac);
    if (!bytes) {
        return {std::nullopt, Text::tr("\"%1\" is not a MAC address; write six bytes in hexadecimal, for example "
                                       "\"00:11:22:33:44:55\", \"00-11-22-33-44-55\" or \"0011.2233.4455\"")
                                  .arg(mac.trimmed())};
    }
    if ((*bytes)[0] & 0x01) {
        return {std::nullopt, Text::tr("%1 is a multicast (group) MAC address, which no device has as its own; "
                                       "copy the device's own MAC address (its first byte is an even number)")
                                  .arg(mac.trimmed())};
    }
    if (*bytes == Mac{}) {
        return {std::nullopt, Text::tr("%1 is all zeros, which is not a device's MAC address; copy the device's "
                                       "own MAC address")
                                  .arg(mac.trimmed())};
    }
    if (prefixLength > 64) {
        return {std::nullopt, Text::tr("an interface ID from a MAC address is 64 bits long and needs a prefix "
                                       "length of 64 or less, not %1")
                                  .arg(prefixLength)};
    }
    // Modified EUI-64: ff:fe in the middle, the universal/local bit flipped.
    Ipv6Suffix suffix;
    suffix.prefixLength = prefixLength;
    suffix.fromMac = true;
    const Mac &m = *bytes;
    const quint8 interfaceId[8] = {quint8(m[0] ^ 0x02), m[1], m[2], 0xff, 0xfe, m[3], m[4], m[5]};
    std::memcpy(&suffix.bits.c[8], interfaceId, sizeof interfaceId);
    return {suffix, {}};
}

} // namespace homing
