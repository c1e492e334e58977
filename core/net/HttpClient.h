#pragma once

#include "net/HttpMessage.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>

#include <functional>
#include <optional>

namespace homing {

struct TransportOptions {
    QByteArray userAgent;
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's
    std::optional<QNetworkProxy> proxy;         // unset: the system proxy
    int timeoutMs = 20000;
    qint64 maxBodyBytes = 1024 * 1024;
    bool followRedirects = false; // never for requests that carry a credential
};

// The network as the core sees it. The real implementation is QtHttpClient;
// tests substitute a fake that answers from a script.
class HttpClient
{
public:
    using Callback = std::function<void(const HttpReply &)>;

    virtual ~HttpClient() = default;
    // Sends `request` and calls `done` exactly once from the event loop, unless
    // `context` is destroyed first, in which case the request is abandoned.
    virtual void send(const HttpRequest &request, const TransportOptions &options,
                      QObject *context, Callback done) = 0;
};

} // namespace homing
