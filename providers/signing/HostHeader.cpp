#include "signing/HostHeader.h"

namespace homing::providers {

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = QUrl::toAce(url.host()).toLower();
    if (host.isEmpty())
        host = url.host(QUrl::FullyEncoded).toLatin1().toLower();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace homing::providers
