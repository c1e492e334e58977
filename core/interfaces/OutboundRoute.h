#pragma once

#include "address/AddressFamily.h"
#include "interfaces/InterfaceScanner.h"

#include <QHostAddress>

namespace homing {

// The source address the system would give a packet to the Internet: a UDP
// socket connected to a global address, which sends nothing (connect() on
// UDP only consults the routing table). Null when there is no route. The
// same calls on every platform, so no platform files.
QHostAddress outboundSourceAddress(AddressFamily family);

// Fills `scan`'s outbound interfaces: the interface that holds each family's
// outbound source address.
void findOutboundInterfaces(InterfaceScan *scan);

} // namespace homing
