#pragma once

#include <QString>

#include <optional>

namespace homing {

// A DNS server as configured: "192.0.2.53", "192.0.2.53:5353",
// "[2001:db8::53]:53", "ns1.example.com".
struct DnsServerAddress {
    QString host;
    quint16 port = 53;

    static std::optional<DnsServerAddress> parse(const QString &text);
    QString toString() const;
};

} // namespace homing
