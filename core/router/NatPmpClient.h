#pragma once

#include "router/BlockingRouterClient.h"

namespace homing {

class Clock;

// The router over NAT-PMP (RFC 6886), with libnatpmp. The router is the
// default gateway (libnatpmp reads it from the system on Linux, Windows and
// macOS) unless one is given. Requests are retried on RFC 6886's schedule
// (250 ms, doubling) until `timeoutMs`; a router that never answers is
// remembered for a while (BlockingRouterClient). Each call runs in a worker
// thread: libnatpmp's socket is waited on with select().
class NatPmpClient final : public BlockingRouterClient
{
public:
    NatPmpClient(const Clock &clock, int timeoutMs, QHostAddress gateway = {});

    RouterProtocol protocol() const override { return RouterProtocol::NatPmp; }
    void externalAddress(QObject *context, AddressCallback done) override;
    void addPortMapping(const PortMappingRequest &request, QObject *context, MappingCallback done) override;
    // NAT-PMP removes by internal port: `internalPort` is what counts.
    void deletePortMapping(const QString &protocol, quint16 externalPort, quint16 internalPort, QObject *context,
                           MappingCallback done) override;

    // The lifetime asked for when the caller asks for a permanent mapping:
    // NAT-PMP has none (lifetime 0 removes), RFC 6886 recommends two hours.
    static constexpr int kLongestLifetime = 7200;

private:
    struct Exchange; // one request and its answer, in the worker

    template <typename Result>
    void run(QObject *context, std::function<Result(Exchange &)> work, std::function<void(const Result &)> done);

    int m_timeoutMs;
    QHostAddress m_gateway;
};

} // namespace homing
