#include "net/QtHttpClient.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace homing {

namespace {

QString profileKey(const TransportOptions &options)
{
    QString key;
    if (options.proxy) {
        key = QStringLiteral("%1|%2|%3").arg(int(options.proxy->type())).arg(options.proxy->hostName()).arg(options.proxy->port());
    }
    QStringList digests;
    for (const auto &certificate : options.extraCaCertificates)
        digests.append(QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()));
    digests.sort();
    return key + QLatin1Char('#') + digests.join(QLatin1Char(','));
}

TransportError classifyNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return TransportError::None;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        return TransportError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportError::Tls;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return TransportError::ConnectionFailed;
    default:
        return TransportError::Other;
    }
}

} // namespace

QtHttpClient::QtHttpClient(QNetworkAccessManager *network)
    : m_default(network ? network : new QNetworkAccessManager)
    , m_ownsDefault(network == nullptr)
{
}

QtHttpClient::~QtHttpClient()
{
    qDeleteAll(m_profiles);
    if (m_ownsDefault)
        delete m_default;
}

QNetworkAccessManager *QtHttpClient::managerFor(const TransportOptions &options)
{
    if (!options.proxy && options.extraCaCertificates.isEmpty())
        return m_default;
    auto *&manager = m_profiles[profileKey(options)];
    if (!manager) {
        manager = new QNetworkAccessManager;
        if (options.proxy)
            manager->setProxy(*options.proxy);
    }
    return manager;
}

void QtHttpClient::send(const HttpRequest &request, const TransportOptions &options,
                        QObject *context, Callback done)
{
    QNetworkRequest qrequest(request.url);
    for (const auto &[name, value] : request.headers)
        qrequest.setRawHeader(name, value);
    if (!options.userAgent.isEmpty() && request.header("User-Agent").isEmpty())
        qrequest.setHeader(QNetworkRequest::UserAgentHeader, options.userAgent);
    qrequest.setTransferTimeout(options.timeoutMs);
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          options.followRedirects && !request.carriesCredential
                              ? QNetworkRequest::NoLessSafeRedirectPolicy
                              : QNetworkRequest::ManualRedirectPolicy);
    // Credentials go only where the request says; never to a cache or cookie jar.
    qrequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qrequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    qrequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    qrequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (request.url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!options.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(options.extraCaCertificates);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        qrequest.setSslConfiguration(ssl);
    }

    QNetworkReply *reply = managerFor(options)->sendCustomRequest(qrequest, request.method, request.body);
    struct Progress {
        bool tooLarge = false;
        bool pastDeadline = false;
        QStringList sslErrors;
    };
    auto progress = std::make_shared<Progress>();
    const qint64 maxBytes = options.maxBodyBytes;

    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [progress](const QList<QSslError> &errors) {
        for (const auto &error : errors)
            progress->sslErrors.append(error.errorString());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, progress, maxBytes](qint64 received, qint64) {
        if (received > maxBytes && !progress->tooLarge) {
            progress->tooLarge = true;
            reply->abort();
        }
    });
    // setTransferTimeout only notices silence; a server trickling bytes would
    // keep the request alive for ever. The deadline bounds the whole request.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply, progress] {
        progress->pastDeadline = true;
        reply->abort();
    });
    deadline->start(options.timeoutMs);

    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [reply, progress, guard, hasContext = context != nullptr, done = std::move(done)] {
        reply->deleteLater();
        if (hasContext && !guard)
            return;
        HttpReply result;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const TransportError transport = classifyNetworkError(reply->error());
        // HTTP-level errors (404, 500, ...) classify as Other: they are answers.
        const bool answered = status.isValid()
            && (transport == TransportError::None || transport == TransportError::Other);
        if (progress->tooLarge) {
            result.error = TransportError::TooLarge;
            result.errorText = QStringLiteral("the answer was larger than Homing accepts");
        } else if (progress->pastDeadline) {
            result.error = TransportError::Timeout;
            result.errorText = QStringLiteral("no complete answer in time");
        } else if (answered) {
            result.status = status.toInt();
            result.headers = reply->rawHeaderPairs();
            result.body = reply->readAll();
        } else if (!progress->sslErrors.isEmpty()) {
            result.error = TransportError::Tls;
            result.errorText = progress->sslErrors.join(QStringLiteral("; "));
        } else {
            result.error = transport == TransportError::None ? TransportError::Other : transport;
            result.errorText = reply->errorString();
        }
        done(result);
    });
    if (context) {
        // Abandon the request when its owner goes away.
        QObject::connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    }
}

} // namespace homing
