#pragma once

#include "dns/DnsMessage.h"
#include "dns/DnsTransport.h"
#include "dns/Tsig.h"

#include <optional>

namespace homing {

class Clock;

// A message for a DNS server, as a provider or the propagation check asks
// for it. With a key, the core signs it and checks the answer's signature.
struct DnsRequest {
    QString server; // an address or a host name
    quint16 port = 53;
    QByteArray message; // wire format, unsigned (DnsMessage::query, replaceRRset)
    std::optional<TsigKey> tsig;

    // "192.0.2.53:53", "[2001:db8::53]:5353": how messages name the server.
    QString where() const;
};

// What came back: an answer, or why there was none.
struct DnsAnswer {
    DnsTransportError error = DnsTransportError::None;
    QString errorText;
    std::optional<DnsMessage> message;
    // For signed requests: whether the answer is signed with the same key.
    std::optional<Tsig::Verdict> tsig;
    bool overTcp = false;
};

// Signs a request at the clock's time, sends it through the transport,
// checks the answer's signature and parses it.
class DnsClient
{
public:
    using Callback = std::function<void(const DnsAnswer &)>;

    DnsClient(DnsTransport &transport, const Clock &clock);
    void ask(const DnsRequest &request, const DnsTransportOptions &options, QObject *context, Callback done);

private:
    DnsTransport &m_transport;
    const Clock &m_clock;
};

} // namespace homing
