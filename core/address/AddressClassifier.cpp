#include "address/AddressClassifier.h"

#include <QCoreApplication>

#include <array>

namespace homing {

namespace {

struct Range {
    const char *network;
    int prefixLength;
    AddressScope scope;
};

// IANA IPv4/IPv6 Special-Purpose Address Registries: the blocks that are not
// globally reachable. Where blocks nest, the more specific one comes first.
constexpr std::array kRanges{
    Range{"0.0.0.0", 8, AddressScope::Unspecified},
    Range{"10.0.0.0", 8, AddressScope::Private},
    Range{"100.64.0.0", 10, AddressScope::SharedCgnat},
    Range{"127.0.0.0", 8, AddressScope::Loopback},
    Range{"169.254.0.0", 16, AddressScope::LinkLocal},
    Range{"172.16.0.0", 12, AddressScope::Private},
    Range{"192.0.0.0", 24, AddressScope::Reserved},
    Range{"192.0.2.0", 24, AddressScope::Documentation},
    Range{"192.88.99.0", 24, AddressScope::Reserved},
    Range{"192.168.0.0", 16, AddressScope::Private},
    Range{"198.18.0.0", 15, AddressScope::Benchmarking},
    Range{"198.51.100.0", 24, AddressScope::Documentation},
    Range{"203.0.113.0", 24, AddressScope::Documentation},
    Range{"224.0.0.0", 4, AddressScope::Multicast},
    Range{"240.0.0.0", 4, AddressScope::Reserved},
    Range{"::", 128, AddressScope::Unspecified},
    Range{"::1", 128, AddressScope::Loopback},
    Range{"::ffff:0:0", 96, AddressScope::Reserved},  // IPv4-mapped
    Range{"64:ff9b:1::", 48, AddressScope::Reserved}, // local-use NAT64
    Range{"100::", 64, AddressScope::Reserved},       // discard-only
    Range{"2001::", 32, AddressScope::Reserved},      // Teredo
    Range{"2001:2::", 48, AddressScope::Benchmarking},
    Range{"2001:10::", 28, AddressScope::Reserved},   // ORCHID
    Range{"2001:db8::", 32, AddressScope::Documentation},
    Range{"2002::", 16, AddressScope::Reserved},      // 6to4
    Range{"3fff::", 20, AddressScope::Documentation},
    Range{"5f00::", 16, AddressScope::Reserved},      // SRv6 SIDs
    Range{"fc00::", 7, AddressScope::UniqueLocal},
    Range{"fe80::", 10, AddressScope::LinkLocal},
    Range{"fec0::", 10, AddressScope::Reserved},      // deprecated site-local
    Range{"ff00::", 8, AddressScope::Multicast},
};

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::AddressClassifier)
};

} // namespace

AddressClassification classifyAddress(const QHostAddress &address)
{
    if (address.isNull())
        return {AddressScope::Unspecified};
    const auto protocol = address.protocol();
    for (const auto &range : kRanges) {
        const QHostAddress network(QString::fromLatin1(range.network));
        if (network.protocol() == protocol && address.isInSubnet(network, range.prefixLength))
            return {range.scope};
    }
    // Only 2000::/3 is global unicast space; the rest of IPv6 is special-purpose.
    if (protocol == QAbstractSocket::IPv6Protocol && (address.toIPv6Address()[0] & 0xE0) != 0x20)
        return {AddressScope::Reserved};
    return {AddressScope::Public};
}

QString AddressClassification::description() const
{
    switch (scope) {
    case AddressScope::Public:
        return Text::tr("public address");
    case AddressScope::Unspecified:
        return Text::tr("unspecified address");
    case AddressScope::Loopback:
        return Text::tr("loopback address (this computer only)");
    case AddressScope::Private:
        return Text::tr("private network address (RFC 1918)");
    case AddressScope::SharedCgnat:
        return Text::tr("carrier-grade NAT address (100.64.0.0/10): the provider shares one public "
                  "address among many customers");
    case AddressScope::LinkLocal:
        return Text::tr("link-local address (this network segment only)");
    case AddressScope::UniqueLocal:
        return Text::tr("unique local IPv6 address (fc00::/7, private)");
    case AddressScope::Documentation:
        return Text::tr("documentation address (reserved for examples)");
    case AddressScope::Benchmarking:
        return Text::tr("benchmarking address (reserved)");
    case AddressScope::Multicast:
        return Text::tr("multicast address");
    case AddressScope::Reserved:
        return Text::tr("reserved or special-purpose address");
    }
    return {};
}

} // namespace homing
