#pragma once

#include "dns/DnsTransport.h"

namespace homing {

// DNS over UDP, with TCP when the answer comes back truncated or the message
// is too large for a plain UDP datagram (RFC 1035 §4.2, RFC 7766). Each
// exchange has its own socket and a random source port; only an answer from
// the server asked, with the id of the message, is taken.
class UdpTcpDnsTransport final : public DnsTransport
{
public:
    void exchange(const QString &server, quint16 port, const QByteArray &message, const DnsTransportOptions &options,
                  QObject *context, Callback done) override;

    static constexpr int kMaximumUdpMessage = 512; // without EDNS
};

} // namespace homing
