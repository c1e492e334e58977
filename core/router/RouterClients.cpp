#include "router/RouterClients.h"

#include "router/NatPmpClient.h"
#include "router/PcpClient.h"
#include "router/UpnpClient.h"
#include "storage/AtomicFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace homing {

namespace {

const QLatin1String kUpnpLocation("upnp_location");

QString rememberedUpnpLocation(const QString &filePath)
{
    QFile file(filePath);
    if (filePath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QString location = QJsonDocument::fromJson(file.read(64 * 1024)).object().value(kUpnpLocation).toString();
    // A router's description is plain HTTP on the LAN; anything else is not ours.
    const QUrl url(location);
    return url.isValid() && url.scheme() == QLatin1String("http") ? location : QString();
}

void rememberUpnpLocation(const QString &filePath, const QString &location)
{
    if (filePath.isEmpty() || location == rememberedUpnpLocation(filePath))
        return;
    // A failure loses only a faster start next time.
    writeFileAtomically(filePath, QJsonDocument(QJsonObject{{kUpnpLocation, location}}).toJson());
}

} // namespace

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
        made = std::make_unique<UpnpClient>(m_clock, options.timeoutMs, rememberedUpnpLocation(m_memoryFile),
                                            [file = m_memoryFile](const QString &location) {
                                                rememberUpnpLocation(file, location);
                                            });
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
        if (auto *blocking = dynamic_cast<BlockingRouterClient *>(client.get()))
            blocking->forgetFailedDiscovery();
        else if (auto *pcp = dynamic_cast<PcpClient *>(client.get()))
            pcp->forgetFailedDiscovery();
    }
}

void RouterClients::rememberIn(const QString &filePath)
{
    m_memoryFile = filePath;
}

} // namespace homing
