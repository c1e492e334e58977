#pragma once

#include "address/IpSource.h"
#include "router/RouterOptions.h"

namespace homing {

class RouterClient;

// The router as an address source ("upnp", "natpmp", with options): asks
// the router for its WAN address. A router with no public WAN address (it
// refuses, or gives a private or shared 100.64.0.0/10 one) gives no address,
// sets wanNotPublic and says so; what to do about carrier-grade NAT is the
// detection policy's decision, not this source's. IPv4 only: the router's
// external address is an IPv4 address in UPnP IGD and NAT-PMP.
class RouterSource final : public IpSource
{
public:
    // `client` belongs to RouterClients and outlives the source.
    RouterSource(QString spec, RouterOptions options, RouterClient *client);

    QString spec() const override { return m_spec; }
    SourceKind kind() const override { return SourceKind::Router; }
    void query(AddressFamily family, QObject *context, Callback done) override;

    // Empty when `spec` is a usable router source.
    static QString validate(const QString &spec);

private:
    QString m_spec;
    RouterOptions m_options;
    RouterClient *m_client;
};

} // namespace homing
