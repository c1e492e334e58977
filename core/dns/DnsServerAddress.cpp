#include "dns/DnsServerAddress.h"

#include "dns/DnsClient.h"

#include <QHostAddress>

namespace homing {

std::optional<DnsServerAddress> DnsServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    DnsServerAddress address;
    QString portText;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        address.host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return std::nullopt;
            portText = rest.mid(1);
        }
        if (QHostAddress(address.host).protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
    } else if (trimmed.count(QLatin1Char(':')) > 1) {
        address.host = trimmed; // a bare IPv6 address
        if (QHostAddress(address.host).isNull())
            return std::nullopt;
    } else {
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        address.host = colon < 0 ? trimmed : trimmed.left(colon);
        if (colon >= 0)
            portText = trimmed.mid(colon + 1);
        if (address.host.isEmpty() || address.host.contains(QLatin1Char(' ')))
            return std::nullopt;
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return std::nullopt;
        address.port = quint16(port);
    }
    return address;
}

QString DnsServerAddress::toString() const
{
    return DnsRequest{host, port, {}, {}}.where();
}

} // namespace homing
