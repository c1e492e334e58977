#pragma once

#include "HttpClient.h"

#include <QHash>

class QNetworkAccessManager;

namespace homing {

// HttpClient over QNetworkAccessManager: verified TLS (extra CAs only add
// trust), no ignored certificate errors, bounded bodies, per-proxy managers.
class QtHttpClient final : public HttpClient
{
public:
    // `network` is used for requests without a proxy of their own; it may be
    // injected (for example by the tray app, to share one manager).
    explicit QtHttpClient(QNetworkAccessManager *network = nullptr);
    ~QtHttpClient() override;

    void send(const HttpRequest &request, const TransportOptions &options, QObject *context,
              Callback done) override;

private:
    QNetworkAccessManager *managerFor(const TransportOptions &options);

    QNetworkAccessManager *m_default;
    bool m_ownsDefault;
    QHash<QString, QNetworkAccessManager *> m_proxied;
};

} // namespace homing
