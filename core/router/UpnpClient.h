#pragma once

#include "router/BlockingRouterClient.h"

#include <memory>

namespace homing {

class Clock;

// The router over UPnP IGD, with miniupnpc. The Internet gateway is
// discovered once (SSDP, then its description) and kept; a failed discovery
// is remembered for a while (BlockingRouterClient) so later calls fail at
// once. miniupnpc blocks: every call runs in a worker thread, one at a time.
class UpnpClient final : public BlockingRouterClient
{
public:
    UpnpClient(const Clock &clock, int timeoutMs);

    RouterProtocol protocol() const override { return RouterProtocol::Upnp; }
    void externalAddress(QObject *context, AddressCallback done) override;
    void addPortMapping(const PortMappingRequest &request, QObject *context, MappingCallback done) override;
    void deletePortMapping(const QString &protocol, quint16 externalPort, quint16 internalPort, QObject *context,
                           MappingCallback done) override;

    struct State; // the discovered gateway, shared with the worker threads

private:
    template <typename Result>
    void run(QObject *context, std::function<Result(State &)> work, std::function<void(const Result &)> done);

    std::shared_ptr<State> m_state;
};

} // namespace homing
