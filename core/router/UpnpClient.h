#pragma once

#include "router/BlockingRouterClient.h"

#include <QString>

#include <functional>
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
    // `knownLocation`: the gateway's description URL found in an earlier
    // run; tried before a discovery, which waits the whole timeout.
    // `locationFound` is told (on the caller's thread) each gateway found by
    // a discovery, to be kept for the next run.
    UpnpClient(const Clock &clock, int timeoutMs, const QString &knownLocation = {},
               std::function<void(const QString &)> locationFound = {});

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
    std::function<void(const QString &)> m_locationFound;
};

} // namespace homing
