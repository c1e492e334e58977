#pragma once

#include "address/IpSource.h"
#include "net/HttpClient.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace homing {

class RouterClients;

// What sources may use to do their work.
struct IpSourceEnvironment {
    HttpClient *http = nullptr;
    TransportOptions transport; // User-Agent, timeout, extra CAs for echo services
};

// Turns the strings of ip.<family>.sources into sources. Each kind of source
// is recognised by its prefix ("https://", later "interface:", "upnp", ...),
// so new kinds are added here without touching the detector or the config.
class IpSourceFactory
{
public:
    struct Kind {
        QString name;
        std::function<bool(const QString &spec)> matches;
        std::function<QString(const QString &spec)> validate; // empty string: valid
        std::function<std::unique_ptr<IpSource>(const QString &spec, const IpSourceEnvironment &)> create;
    };

    IpSourceFactory(); // knows http(s) echo services
    void addKind(Kind kind);

    // Empty when `spec` is a usable source; otherwise what is wrong with it.
    QString validate(const QString &spec) const;
    std::unique_ptr<IpSource> create(const QString &spec, const IpSourceEnvironment &environment) const;
    // The router clients router sources use (and the port mapper may):
    // kept for the factory's life; forgetFailedDiscovery() on address events.
    RouterClients &routers() const;

private:
    const Kind *kindFor(const QString &spec) const;
    QList<Kind> m_kinds;
    std::shared_ptr<RouterClients> m_routers;
};

} // namespace homing
