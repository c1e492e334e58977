// Windows: GetAdaptersAddresses gives each adapter's friendly name, MAC and
// unicast addresses with their prefix/suffix origin, DAD state, lifetimes
// and the DNS_ELIGIBLE flag; GetUnicastIpAddressTable adds SkipAsSource
// (platform.md §1.2). Written to compile here (mingw); not run on Windows yet.
#include "interfaces/InterfaceScanner.h"

#include <QCoreApplication>
#include <QHash>

#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#include <netioapi.h>

#include <cstring>
#include <vector>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::InterfaceScanner)
};

QHostAddress addressFrom(const SOCKADDR *socketAddress)
{
    if (!socketAddress)
        return {};
    if (socketAddress->sa_family == AF_INET) {
        sockaddr_in v4;
        std::memcpy(&v4, socketAddress, sizeof v4);
        return QHostAddress(ntohl(v4.sin_addr.s_addr));
    }
    if (socketAddress->sa_family == AF_INET6) {
        sockaddr_in6 v6;
        std::memcpy(&v6, socketAddress, sizeof v6);
        return QHostAddress(v6.sin6_addr.s6_addr);
    }
    return {};
}

QString addressKey(quint64 luid, const QHostAddress &address)
{
    return QString::number(luid) + QLatin1Char('/') + address.toString();
}

// Address+interface keys of the addresses Windows will not use as a source.
QHash<QString, bool> skipAsSourceAddresses()
{
    QHash<QString, bool> result;
    PMIB_UNICASTIPADDRESS_TABLE table = nullptr;
    if (GetUnicastIpAddressTable(AF_UNSPEC, &table) != NO_ERROR || !table)
        return result;
    for (ULONG i = 0; i < table->NumEntries; ++i) {
        const MIB_UNICASTIPADDRESS_ROW &row = table->Table[i]; // indexed: the table may hold padding
        if (!row.SkipAsSource)
            continue;
        SOCKADDR_INET address = row.Address;
        const QHostAddress host = address.si_family == AF_INET6
            ? QHostAddress(address.Ipv6.sin6_addr.s6_addr)
            : QHostAddress(ntohl(address.Ipv4.sin_addr.s_addr));
        result.insert(addressKey(row.InterfaceLuid.Value, host), true);
    }
    FreeMibTable(table);
    return result;
}

// Prefix/suffix origin, DAD state and DNS_ELIGIBLE into the shared flags.
InterfaceAddressFlags normalisedFlags(const IP_ADAPTER_UNICAST_ADDRESS_LH &unicast, bool ipv6)
{
    InterfaceAddressFlags flags;
    const NL_PREFIX_ORIGIN prefixOrigin = unicast.PrefixOrigin;
    const NL_SUFFIX_ORIGIN suffixOrigin = unicast.SuffixOrigin;
    if (prefixOrigin == IpPrefixOriginManual && suffixOrigin == IpSuffixOriginManual)
        flags |= InterfaceAddressFlag::Permanent;
    if (prefixOrigin == IpPrefixOriginDhcp || suffixOrigin == IpSuffixOriginDhcp)
        flags |= InterfaceAddressFlag::Dhcp;
    if (prefixOrigin == IpPrefixOriginRouterAdvertisement)
        flags |= InterfaceAddressFlag::Autoconf;
    const bool dnsEligible = (unicast.Flags & IP_ADAPTER_ADDRESS_DNS_ELIGIBLE) != 0;
    if (dnsEligible)
        flags |= InterfaceAddressFlag::DnsEligible;
    if (ipv6 && prefixOrigin == IpPrefixOriginRouterAdvertisement && suffixOrigin == IpSuffixOriginRandom) {
        // Chromium calls every RA + random-suffix address temporary, but with
        // RandomizeIdentifiers (the default) the stable address has a random
        // suffix too; the stable one is DNS_ELIGIBLE, temporary ones are not
        // (platform.md §1.2; unverified on a real machine).
        flags |= dnsEligible ? InterfaceAddressFlag::StablePrivacy : InterfaceAddressFlag::Temporary;
    }
    switch (unicast.DadState) {
    case IpDadStateTentative:
    case IpDadStateInvalid:
        flags |= InterfaceAddressFlag::Tentative;
        break;
    case IpDadStateDuplicate:
        flags |= InterfaceAddressFlag::DadFailed;
        break;
    case IpDadStateDeprecated:
        flags |= InterfaceAddressFlag::Deprecated;
        break;
    case IpDadStatePreferred:
        break;
    }
    if (unicast.PreferredLifetime == 0)
        flags |= InterfaceAddressFlag::Deprecated;
    return flags;
}

} // namespace

InterfaceScan InterfaceScanner::scan() const
{
    InterfaceScan result;
    const ULONG requestFlags = GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_DNS_SERVER;
    ULONG size = 15 * 1024; // the size the documentation recommends
    std::vector<unsigned char> buffer;
    ULONG status = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 3 && status == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(size);
        status = GetAdaptersAddresses(AF_UNSPEC, requestFlags, nullptr,
                                      reinterpret_cast<PIP_ADAPTER_ADDRESSES>(buffer.data()), &size);
    }
    if (status == ERROR_NO_DATA)
        return result;
    if (status != NO_ERROR) {
        result.error = Text::tr("Windows could not list the network adapters' addresses (GetAdaptersAddresses error %1)")
                           .arg(status);
        return result;
    }
    const QHash<QString, bool> skipAsSource = skipAsSourceAddresses();
    for (auto *adapter = reinterpret_cast<PIP_ADAPTER_ADDRESSES>(buffer.data()); adapter; adapter = adapter->Next) {
        if (adapter->OperStatus != IfOperStatusUp)
            continue;
        const QString name = QString::fromWCharArray(adapter->FriendlyName);
        const QByteArray mac = adapter->PhysicalAddressLength == 6
            ? QByteArray(reinterpret_cast<const char *>(adapter->PhysicalAddress), 6)
            : QByteArray();
        for (auto *unicast = adapter->FirstUnicastAddress; unicast; unicast = unicast->Next) {
            InterfaceAddress address;
            address.address = addressFrom(unicast->Address.lpSockaddr);
            if (address.address.isNull())
                continue;
            const bool ipv6 = address.address.protocol() == QAbstractSocket::IPv6Protocol;
            address.prefixLength = unicast->OnLinkPrefixLength;
            address.flags = normalisedFlags(*unicast, ipv6);
            if (skipAsSource.contains(addressKey(adapter->Luid.Value, address.address)))
                address.flags |= InterfaceAddressFlag::SkipAsSource;
            // The platform's own word: prefix origin, suffix origin, DAD state, adapter flags.
            address.rawFlags = quint32(unicast->PrefixOrigin & 0xff) | quint32(unicast->SuffixOrigin & 0xff) << 8
                | quint32(unicast->DadState & 0xff) << 16 | quint32(unicast->Flags & 0xff) << 24;
            address.scope = address.address.isLinkLocal() ? InterfaceAddressScope::Link
                : address.address.isLoopback()            ? InterfaceAddressScope::Host
                                                          : InterfaceAddressScope::Global;
            address.preferredLifetime = interfaceAddressLifetime(unicast->PreferredLifetime);
            address.validLifetime = interfaceAddressLifetime(unicast->ValidLifetime);
            address.interfaceName = name;
            address.interfaceIndex = int(ipv6 ? adapter->Ipv6IfIndex : adapter->IfIndex);
            address.mac = mac;
            result.addresses.append(address);
        }
    }
    return result;
}

} // namespace homing
