#include "router/RouterOptions.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::RouterSource)
};

bool protocolFromName(const QString &name, RouterProtocol *protocol)
{
    for (const RouterProtocol candidate : {RouterProtocol::Upnp, RouterProtocol::NatPmp, RouterProtocol::Pcp}) {
        if (name == routerProtocolName(candidate)) {
            *protocol = candidate;
            return true;
        }
    }
    return false;
}

} // namespace

QString routerProtocolName(RouterProtocol protocol)
{
    switch (protocol) {
    case RouterProtocol::Upnp:
        return QStringLiteral("upnp");
    case RouterProtocol::NatPmp:
        return QStringLiteral("natpmp");
    case RouterProtocol::Pcp:
        return QStringLiteral("pcp");
    }
    return {};
}

QString routerProtocolTitle(RouterProtocol protocol)
{
    switch (protocol) {
    case RouterProtocol::Upnp:
        return QStringLiteral("UPnP");
    case RouterProtocol::NatPmp:
        return QStringLiteral("NAT-PMP");
    case RouterProtocol::Pcp:
        return QStringLiteral("PCP");
    }
    return {};
}

bool RouterOptions::isRouterSpec(const QString &spec)
{
    RouterProtocol ignored;
    return protocolFromName(spec.section(QLatin1Char('?'), 0, 0), &ignored);
}

QString RouterOptions::parse(const QString &spec, RouterOptions *options)
{
    RouterOptions parsed;
    const QString name = spec.section(QLatin1Char('?'), 0, 0);
    if (!protocolFromName(name, &parsed.protocol)) {
        return Text::tr("\"%1\" is not a router source (use upnp, natpmp or pcp)").arg(spec);
    }
    const qsizetype question = spec.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        const QString query = spec.mid(question + 1);
        if (query.isEmpty())
            return Text::tr("\"%1\" has a \"?\" but no options after it").arg(spec);
        const QUrlQuery items(query);
        for (const auto &[key, value] : items.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("timeout_ms")) {
                bool ok = false;
                const int milliseconds = value.toInt(&ok);
                if (!ok || milliseconds < kMinTimeoutMs || milliseconds > kMaxTimeoutMs) {
                    return Text::tr("timeout_ms in \"%1\" must be a whole number of milliseconds from %2 to %3")
                        .arg(spec)
                        .arg(kMinTimeoutMs)
                        .arg(kMaxTimeoutMs);
                }
                parsed.timeoutMs = milliseconds;
            } else if (key == QLatin1String("gateway")) {
                if (parsed.protocol == RouterProtocol::Upnp) {
                    return Text::tr("gateway in \"%1\": UPnP finds the router by discovery; the gateway option is for "
                                    "natpmp and pcp")
                        .arg(spec);
                }
                const QHostAddress gateway(value);
                if (gateway.isNull() || gateway.protocol() != QAbstractSocket::IPv4Protocol) {
                    return Text::tr("gateway in \"%1\" must be the router's IPv4 address, like 192.168.1.1")
                        .arg(spec);
                }
                parsed.gateway = gateway;
            } else {
                return Text::tr("\"%1\" has an unknown option \"%2\" (known: timeout_ms%3)")
                    .arg(spec, key,
                         parsed.protocol == RouterProtocol::Upnp ? QString() : QStringLiteral(", gateway"));
            }
        }
    }
    if (options)
        *options = parsed;
    return {};
}

QString RouterOptions::key() const
{
    return QStringLiteral("%1|%2|%3").arg(routerProtocolName(protocol)).arg(timeoutMs).arg(gateway.toString());
}

} // namespace homing
