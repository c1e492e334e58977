#pragma once

#include <QHostAddress>
#include <QString>

namespace homing {

// Where an address can be reached from. Only Public addresses are published
// unless a record explicitly allows private ones.
enum class AddressScope {
    Public,
    Unspecified,   // 0.0.0.0, ::
    Loopback,      // 127/8, ::1
    Private,       // RFC 1918
    SharedCgnat,   // 100.64.0.0/10: carrier-grade NAT (RFC 6598)
    LinkLocal,     // 169.254/16, fe80::/10
    UniqueLocal,   // fc00::/7
    Documentation, // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20
    Benchmarking,  // 198.18/15, 2001:2::/48
    Multicast,     // 224/4, ff00::/8
    Reserved,      // anything else IANA marks not globally reachable
};

struct AddressClassification {
    AddressScope scope = AddressScope::Unspecified;
    bool isPublic() const { return scope == AddressScope::Public; }
    // Plain words for status and history ("private network address (RFC 1918)").
    QString description() const;
};

AddressClassification classifyAddress(const QHostAddress &address);

} // namespace homing
