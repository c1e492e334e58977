#pragma once

#include "router/FailedDiscoveryCache.h"
#include "router/RouterClient.h"

#include <memory>

namespace homing {

class Clock;

// The router over UPnP IGD, with miniupnpc. The Internet gateway is
// discovered once (SSDP, then its description) and kept; a failed discovery
// is remembered for a while (FailedDiscoveryCache) so later calls fail at
// once. miniupnpc blocks: every call runs in a worker thread, one at a time.
class UpnpClient final : public RouterClient
{
public:
    UpnpClient(const Clock &clock, int timeoutMs);
    ~UpnpClient() override;

    RouterProtocol protocol() const override { return RouterProtocol::Upnp; }
    void externalAddress(QObject *context, AddressCallback done) override;
    void addPortMapping(const PortMappingRequest &request, QObject *context, MappingCallback done) override;
    void deletePortMapping(const QString &protocol, quint16 externalPort, quint16 internalPort, QObject *context,
                           MappingCallback done) override;
    QHostAddress localAddress() const override;

    // Ask the network again next time (an address or network change).
    void forgetFailedDiscovery();

    struct State; // the discovered gateway, shared with the worker threads

private:
    template <typename Result>
    void run(QObject *context, std::function<Result(State &)> work,
             std::function<void(const Result &)> done, std::function<Result(const QString &)> failed);

    // What the caller's thread keeps; a call finishing after the client is
    // gone still reaches its caller, and updates nothing.
    struct Session {
        explicit Session(const Clock &clock) : failures(clock) {}
        FailedDiscoveryCache failures;
        QHostAddress localAddress;
    };

    std::shared_ptr<State> m_state;
    std::shared_ptr<Session> m_session;
};

} // namespace homing
