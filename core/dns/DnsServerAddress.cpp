#include "dns/DnsServerAddress.h"

#include "dns/DnsClient.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace homing {

namespace {

// Digits only: QString::toInt would also take "+53" and " 53".
std::optional<quint16> portFrom(const QString &text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

// A dotted-quad IPv4 address, or a host name: labels of letters, digits,
// hyphens (and underscores, which some servers' names carry), 1 to 63
// characters each. Anything else would only fail later, at every check, as a
// name that cannot be looked up.
bool isHost(const QString &host)
{
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    if (numeric.match(host).hasMatch()) {
        const QHostAddress address(host);
        return address.protocol() == QAbstractSocket::IPv4Protocol && host.count(QLatin1Char('.')) == 3;
    }
    QString name = QString::fromLatin1(QUrl::toAce(host));
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    const QStringList labels = name.split(QLatin1Char('.'));
    return std::all_of(labels.cbegin(), labels.cend(),
                       [](const QString &part) { return label.match(part).hasMatch(); });
}

} // namespace

std::optional<DnsServerAddress> DnsServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    DnsServerAddress address;
    std::optional<QString> portText;
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
        if (QHostAddress(address.host).protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
    } else {
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        address.host = colon < 0 ? trimmed : trimmed.left(colon);
        if (colon >= 0)
            portText = trimmed.mid(colon + 1);
        if (!isHost(address.host))
            return std::nullopt;
    }
    if (portText) {
        const auto port = portFrom(*portText);
        if (!port)
            return std::nullopt;
        address.port = *port;
    }
    return address;
}

QString DnsServerAddress::toString() const
{
    return DnsRequest{host, port, {}, {}}.where();
}

} // namespace homing
