#include "router/RouterClients.h"

#include "router/NatPmpClient.h"
#include "router/PcpClient.h"
#include "router/UpnpClient.h"

namespace homing {

RouterClients::RouterClients(const Clock *clock)
    : m_clock(clock ? *clock : m_systemClock)
{
}

RouterClients::~RouterClients() = default;

RouterClient *RouterClients::client(const RouterOptions &options)
{
    const QString key = options.key();
    auto found = m_clients.find(key);
    if (found != m_clients.end())
        return found->second.get();
    std::unique_ptr<RouterClient> made;
    switch (options.protocol) {
    case RouterProtocol::Upnp:
        made = std::make_unique<UpnpClient>(m_clock, options.timeoutMs);
        break;
    case RouterProtocol::NatPmp:
        made = std::make_unique<NatPmpClient>(m_clock, options.timeoutMs, options.gateway);
        break;
    case RouterProtocol::Pcp:
        made = std::make_unique<PcpClient>(m_clock, options.timeoutMs, options.gateway);
        break;
    }
    if (!made)
        return nullptr;
    return m_clients.emplace(key, std::move(made)).first->second.get();
}

void RouterClients::forgetFailedDiscovery()
{
    for (auto &[key, client] : m_clients) {
        if (auto *upnp = dynamic_cast<UpnpClient *>(client.get()))
            upnp->forgetFailedDiscovery();
        else if (auto *natpmp = dynamic_cast<NatPmpClient *>(client.get()))
            natpmp->forgetFailedDiscovery();
        else if (auto *pcp = dynamic_cast<PcpClient *>(client.get()))
            pcp->forgetFailedDiscovery();
    }
}

} // namespace homing
