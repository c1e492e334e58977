#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace homing {

struct DnsTransportOptions {
    int timeoutMs = 10000; // for the whole exchange, every try included
    int udpTries = 3;      // UDP sends of the same message within the timeout
};

// Why an exchange got no answer.
enum class DnsTransportError {
    None,
    Timeout,
    ConnectionFailed, // refused (nothing listens), unreachable, the server's name not found
    Other,
};

struct DnsReply {
    DnsTransportError error = DnsTransportError::None;
    QString errorText;
    QByteArray message; // the answer in wire format
    bool overTcp = false;
};

// DNS on the network as the core sees it: one message out, its answer back.
// The real one is UdpTcpDnsTransport; tests substitute a fake that answers
// from a script, as they do for HTTP.
class DnsTransport
{
public:
    using Callback = std::function<void(const DnsReply &)>;

    virtual ~DnsTransport() = default;
    // Sends `message` to `server` (an address or a host name) at `port` and
    // calls `done` exactly once from the event loop with the answer whose id
    // matches, unless `context` is destroyed first.
    virtual void exchange(const QString &server, quint16 port, const QByteArray &message,
                          const DnsTransportOptions &options, QObject *context, Callback done) = 0;
};

} // namespace homing
