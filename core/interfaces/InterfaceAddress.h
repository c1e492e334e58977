#pragma once

#include <QByteArray>
#include <QFlags>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace homing {

// What the operating system says about one address, normalised across
// Linux (IFA_F_*), Windows (prefix/suffix origin, DAD state) and macOS
// (IN6_IFF_*). Only what a platform reports is set; the raw word is kept.
enum class InterfaceAddressFlag : quint32 {
    Temporary = 1u << 0,      // RFC 4941/8981 privacy address (Linux: IFA_F_TEMPORARY on IPv6)
    Deprecated = 1u << 1,     // preferred lifetime over
    Tentative = 1u << 2,      // duplicate address detection running
    DadFailed = 1u << 3,      // duplicate address detected
    Permanent = 1u << 4,      // configured by hand / static (Linux IFA_F_PERMANENT, Windows manual)
    ManageTempAddr = 1u << 5, // the kernel makes temporary addresses from this one's prefix
    StablePrivacy = 1u << 6,  // RFC 7217 stable IID (Linux flag; Windows random non-temporary; macOS secured)
    NoDad = 1u << 7,
    Optimistic = 1u << 8,     // optimistic DAD (RFC 4429): not yet confirmed
    Dhcp = 1u << 9,           // from DHCP / DHCPv6 (Windows origin, macOS IN6_IFF_DYNAMIC)
    Autoconf = 1u << 10,      // from router advertisements (SLAAC)
    Secured = 1u << 11,       // macOS IN6_IFF_SECURED (cryptographically generated stable IID)
    NoPrefixRoute = 1u << 12,
    Secondary = 1u << 13,     // IPv4 secondary (Linux IFA_F_SECONDARY, same bit as temporary)
    SkipAsSource = 1u << 14,  // Windows SkipAsSource
    DnsEligible = 1u << 15,   // Windows IP_ADAPTER_ADDRESS_DNS_ELIGIBLE
    HomeAddress = 1u << 16,   // Mobile IPv6
    Anycast = 1u << 17,
    Detached = 1u << 18,      // macOS IN6_IFF_DETACHED
};
Q_DECLARE_FLAGS(InterfaceAddressFlags, InterfaceAddressFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(InterfaceAddressFlags)

// The reach the system gives an address (Linux ifa_scope), independent of
// what AddressClassifier says about the address itself.
enum class InterfaceAddressScope { Global, Site, Link, Host, Other };

// One address of one interface.
struct InterfaceAddress {
    QHostAddress address;
    int prefixLength = -1;
    InterfaceAddressFlags flags;
    quint32 rawFlags = 0; // the platform's own flag word (IFA_FLAGS, IN6_IFF_*, Windows origins packed)
    InterfaceAddressScope scope = InterfaceAddressScope::Global;
    std::optional<qint64> preferredLifetime; // seconds left; none: infinite
    std::optional<qint64> validLifetime;     // seconds left; none: infinite
    QString interfaceName;
    int interfaceIndex = 0;
    QByteArray mac; // 6 bytes when the interface has one (EUI-64 recognition)
};

// Lower-case names of the set flags, in the order of InterfaceAddressFlag
// ("temporary", "deprecated", "tentative", "dadfailed", "permanent", "mngtmpaddr", ...).
QStringList interfaceAddressFlagNames(InterfaceAddressFlags flags);

// A lifetime as rtnetlink (ifa_cacheinfo) and IP Helper give it: seconds
// left, all ones for infinite (none).
std::optional<qint64> interfaceAddressLifetime(quint32 seconds);

} // namespace homing
