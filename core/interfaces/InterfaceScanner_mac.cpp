// macOS: getifaddrs for the addresses, netmasks and MACs (AF_LINK), and per
// IPv6 address the ioctls SIOCGIFAFLAG_IN6 (IN6_IFF_* flags) and
// SIOCGIFALIFETIME_IN6 (expiry times, absolute), as Chromium and configd do
// (platform.md §1.3). Written by the reference; not compiled or run here.
#include "interfaces/InterfaceScanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <ctime>

#include <sys/types.h>
#include <sys/socket.h>
#include <sys/ioctl.h>
#include <net/if.h>
#include <net/if_dl.h>
#include <netinet/in.h>
#include <netinet/in_var.h> // includes netinet6/in6_var.h: in6_ifreq, IN6_IFF_*, SIOCGIFAFLAG_IN6
#include <ifaddrs.h>
#include <unistd.h>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::InterfaceScanner)
};

int prefixLengthOf(const sockaddr *netmask)
{
    if (!netmask)
        return -1;
    const unsigned char *bytes = nullptr;
    size_t length = 0;
    if (netmask->sa_family == AF_INET6) {
        bytes = reinterpret_cast<const sockaddr_in6 *>(netmask)->sin6_addr.s6_addr;
        length = 16;
    } else {
        bytes = reinterpret_cast<const unsigned char *>(&reinterpret_cast<const sockaddr_in *>(netmask)->sin_addr);
        length = 4;
    }
    int bits = 0;
    for (size_t i = 0; i < length; ++i) {
        for (int bit = 7; bit >= 0; --bit) {
            if (!(bytes[i] & (1 << bit)))
                return bits;
            ++bits;
        }
    }
    return bits;
}

// Absolute expiry (0: infinite) into seconds left.
std::optional<qint64> remaining(time_t expiry, time_t now)
{
    if (expiry == 0)
        return std::nullopt;
    return expiry > now ? qint64(expiry - now) : qint64(0);
}

InterfaceAddressFlags normalisedFlags(int raw)
{
    InterfaceAddressFlags flags;
    const std::pair<int, InterfaceAddressFlag> map[] = {
        {IN6_IFF_ANYCAST, InterfaceAddressFlag::Anycast},
        {IN6_IFF_TENTATIVE, InterfaceAddressFlag::Tentative},
        {IN6_IFF_DUPLICATED, InterfaceAddressFlag::DadFailed},
        {IN6_IFF_DETACHED, InterfaceAddressFlag::Detached},
        {IN6_IFF_DEPRECATED, InterfaceAddressFlag::Deprecated},
        {IN6_IFF_NODAD, InterfaceAddressFlag::NoDad},
        {IN6_IFF_AUTOCONF, InterfaceAddressFlag::Autoconf},
        {IN6_IFF_TEMPORARY, InterfaceAddressFlag::Temporary},
        {IN6_IFF_DYNAMIC, InterfaceAddressFlag::Dhcp},
        {IN6_IFF_OPTIMISTIC, InterfaceAddressFlag::Optimistic},
        {IN6_IFF_SECURED, InterfaceAddressFlag::Secured},
    };
    for (const auto &[bit, flag] : map) {
        if (raw & bit)
            flags |= flag;
    }
    // Neither SLAAC nor DHCPv6 (IN6_IFF_NOTMANUAL): configured by hand.
    if (!(raw & (IN6_IFF_AUTOCONF | IN6_IFF_DYNAMIC)))
        flags |= InterfaceAddressFlag::Permanent;
    // The stable SLAAC address (CGA-generated, RFC 7217-like) is autoconf + secured.
    if ((raw & IN6_IFF_SECURED) && !(raw & IN6_IFF_TEMPORARY))
        flags |= InterfaceAddressFlag::StablePrivacy;
    return flags;
}

} // namespace

InterfaceScan InterfaceScanner::scan() const
{
    InterfaceScan result;
    ifaddrs *list = nullptr;
    if (getifaddrs(&list) != 0) {
        result.error = Text::tr("could not list the interface addresses (getifaddrs): %1")
                           .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    const int socket6 = ::socket(AF_INET6, SOCK_DGRAM, 0);
    QHash<QString, QByteArray> macs;
    for (ifaddrs *entry = list; entry; entry = entry->ifa_next) {
        if (!entry->ifa_addr || entry->ifa_addr->sa_family != AF_LINK)
            continue;
        const auto *link = reinterpret_cast<const sockaddr_dl *>(entry->ifa_addr);
        if (link->sdl_alen == 6)
            macs.insert(QString::fromUtf8(entry->ifa_name), QByteArray(LLADDR(link), 6));
    }
    const time_t now = std::time(nullptr);
    for (ifaddrs *entry = list; entry; entry = entry->ifa_next) {
        if (!entry->ifa_addr)
            continue;
        const int family = entry->ifa_addr->sa_family;
        if (family != AF_INET && family != AF_INET6)
            continue;
        InterfaceAddress address;
        address.interfaceName = QString::fromUtf8(entry->ifa_name);
        address.interfaceIndex = int(if_nametoindex(entry->ifa_name));
        address.mac = macs.value(address.interfaceName);
        address.prefixLength = prefixLengthOf(entry->ifa_netmask);
        if (family == AF_INET) {
            const auto *v4 = reinterpret_cast<const sockaddr_in *>(entry->ifa_addr);
            address.address = QHostAddress(qFromBigEndian(quint32(v4->sin_addr.s_addr)));
            address.flags = InterfaceAddressFlag::Permanent; // macOS has no per-address IPv4 flags
            address.scope = address.address.isLoopback() ? InterfaceAddressScope::Host : InterfaceAddressScope::Global;
            result.addresses.append(address);
            continue;
        }
        sockaddr_in6 v6;
        std::memcpy(&v6, entry->ifa_addr, sizeof v6);
        address.address = QHostAddress(v6.sin6_addr.s6_addr);
        if (IN6_IS_ADDR_LINKLOCAL(&v6.sin6_addr)) {
            // The KAME embedded scope ID in bytes 2-3 is not part of the address.
            v6.sin6_addr.s6_addr[2] = 0;
            v6.sin6_addr.s6_addr[3] = 0;
            address.address = QHostAddress(v6.sin6_addr.s6_addr);
            address.scope = InterfaceAddressScope::Link;
        } else if (IN6_IS_ADDR_LOOPBACK(&v6.sin6_addr)) {
            address.scope = InterfaceAddressScope::Host;
        }
        if (socket6 >= 0) {
            in6_ifreq request;
            std::memset(&request, 0, sizeof request);
            std::strncpy(request.ifr_name, entry->ifa_name, sizeof request.ifr_name - 1);
            // Pass the address exactly as getifaddrs returned it (embedded scope included).
            std::memcpy(&request.ifr_ifru.ifru_addr, entry->ifa_addr, sizeof(sockaddr_in6));
            if (::ioctl(socket6, SIOCGIFAFLAG_IN6, &request) == 0) {
                const int raw = request.ifr_ifru.ifru_flags6;
                address.rawFlags = quint32(raw);
                address.flags = normalisedFlags(raw);
            }
            std::memset(&request.ifr_ifru, 0, sizeof request.ifr_ifru);
            std::memcpy(&request.ifr_ifru.ifru_addr, entry->ifa_addr, sizeof(sockaddr_in6));
            if (::ioctl(socket6, SIOCGIFALIFETIME_IN6, &request) == 0) {
                const in6_addrlifetime lifetime = request.ifr_ifru.ifru_lifetime;
                address.preferredLifetime = remaining(lifetime.ia6t_preferred, now);
                address.validLifetime = remaining(lifetime.ia6t_expire, now);
            }
        }
        result.addresses.append(address);
    }
    if (socket6 >= 0)
        ::close(socket6);
    freeifaddrs(list);
    return result;
}

} // namespace homing
