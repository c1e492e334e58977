#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace homing {

// The fixed interface ID of another host on the LAN (a NAS, a camera): its
// address is this host's current IPv6 prefix followed by these bits, so a
// new prefix from the provider moves it together with this host.
struct Ipv6Suffix {
    static constexpr int kDefaultPrefixLength = 64;
    static constexpr int kMinimumPrefixLength = 1;
    static constexpr int kMaximumPrefixLength = 127;

    Q_IPV6ADDR bits{};                        // only the last 128 - prefixLength bits may be set
    int prefixLength = kDefaultPrefixLength;  // how many leading bits come from this host's address
    bool fromMac = false;                     // EUI-64, derived from a MAC address

    // The first prefixLength bits of `prefixSource` followed by the suffix;
    // a null address when `prefixSource` is not an IPv6 address.
    QHostAddress combineWith(const QHostAddress &prefixSource) const;
    // The suffix as an IPv6 address text ("::1234", "::211:22ff:fe33:4455").
    QString toString() const;

    friend bool operator==(const Ipv6Suffix &, const Ipv6Suffix &);
};

// A suffix or the reason it is not one, in plain words.
struct Ipv6SuffixParse {
    std::optional<Ipv6Suffix> suffix;
    QString error;
};

bool isValidIpv6PrefixLength(int prefixLength);

// "::1234" (any IPv6 text whose bits fit after the prefix).
Ipv6SuffixParse parseIpv6Suffix(const QString &text, int prefixLength = Ipv6Suffix::kDefaultPrefixLength);
// The modified EUI-64 interface ID of a MAC address (RFC 4291 appendix A):
// "00:11:22:33:44:55", "00-11-22-33-44-55" or "0011.2233.4455".
Ipv6SuffixParse ipv6SuffixFromMac(const QString &mac, int prefixLength = Ipv6Suffix::kDefaultPrefixLength);

// The first prefixLength bits of `prefix`, then the rest of `suffix`; the
// bits need not end on a byte boundary (a /56, /60 or /61 prefix).
Q_IPV6ADDR combineIpv6(const Q_IPV6ADDR &prefix, int prefixLength, const Q_IPV6ADDR &suffix);

} // namespace homing
