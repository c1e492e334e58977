#include "interfaces/OutboundRoute.h"

#include <QUdpSocket>

namespace homing {

QHostAddress outboundSourceAddress(AddressFamily family)
{
    // Documentation addresses: never contacted (nothing is sent), and routed
    // by the default route like any other global address.
    const QHostAddress probe(family == AddressFamily::IPv4 ? QStringLiteral("192.0.2.1") : QStringLiteral("2001:db8::1"));
    QUdpSocket socket;
    // With an address literal, a UDP connect completes (or fails: no route)
    // before connectToHost() returns.
    socket.connectToHost(probe, 9);
    if (socket.state() != QAbstractSocket::ConnectedState)
        return {};
    return socket.localAddress();
}

void findOutboundInterfaces(InterfaceScan *scan)
{
    const auto interfaceHolding = [scan](const QHostAddress &address) {
        if (address.isNull())
            return QString();
        for (const auto &entry : scan->addresses) {
            if (entry.address.isEqual(address, QHostAddress::StrictConversion))
                return entry.interfaceName;
        }
        return QString();
    };
    scan->outboundIpv4 = interfaceHolding(outboundSourceAddress(AddressFamily::IPv4));
    scan->outboundIpv6 = interfaceHolding(outboundSourceAddress(AddressFamily::IPv6));
}

} // namespace homing
