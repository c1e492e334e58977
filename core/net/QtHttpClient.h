#pragma once

#include "net/HttpClient.h"

#include <QHash>

class QNetworkAccessManager;

namespace homing {

// HttpClient over QNetworkAccessManager: verified TLS (extra CAs only add
// trust), no ignored certificate errors, bounded bodies. QNetworkAccessManager
// pools connections per host and ignores a later request's different TLS
// trust or proxy, so each distinct profile (proxy + extra CAs) gets its own.
class QtHttpClient final : public HttpClient
{
public:
    // `network` serves requests with the system proxy and system trust; it
    // may be injected (for example by the tray app, to share one manager).
    explicit QtHttpClient(QNetworkAccessManager *network = nullptr);
    ~QtHttpClient() override;

    void send(const HttpRequest &request, const TransportOptions &options, QObject *context,
              Callback done) override;

private:
    QNetworkAccessManager *managerFor(const TransportOptions &options);

    QNetworkAccessManager *m_default;
    bool m_ownsDefault;
    QHash<QString, QNetworkAccessManager *> m_profiles;
};

} // namespace homing
