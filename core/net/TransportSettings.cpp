#include "net/TransportSettings.h"

#include "common/Logging.h"
#include "platform/FilePrivacy.h"

#include <QUrl>

namespace homing {

TransportOptions transportOptionsFor(const QByteArray &userAgent, int timeoutSeconds, const QString &caFile,
                                     const QString &proxy)
{
    TransportOptions options;
    options.userAgent = userAgent;
    options.timeoutMs = timeoutSeconds * 1000;
    if (!caFile.isEmpty()) {
        // Checked again as it is read: the file may have changed since the configuration was loaded.
        const TrustedFileContent content = readTrustedFile(caFile, TrustedFileUse::Certificates, kMaximumCaFileBytes);
        if (content.problem.isEmpty())
            options.extraCaCertificates = QSslCertificate::fromData(content.data, QSsl::Pem);
        else
            qCWarning(lcNetwork).noquote() << content.problem; // without it, verification fails safe
    }
    if (proxy == QLatin1String("none")) {
        options.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    } else if (!proxy.isEmpty()) {
        const QUrl url(proxy);
        const auto type = url.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
        options.proxy = QNetworkProxy(type, url.host(), quint16(url.port()));
    }
    return options;
}

} // namespace homing
