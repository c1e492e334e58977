#include "config/Config.h"

namespace homing {

QString RecordConfig::key() const
{
    return QStringLiteral("%1/%2/%3").arg(account, spec.name, spec.type);
}

AddressFamily RecordConfig::family() const
{
    return familyForRecordType(spec.type).value_or(AddressFamily::IPv4);
}

QHostAddress RecordConfig::targetAddress(const QHostAddress &detected) const
{
    return ipv6Suffix ? ipv6Suffix->combineWith(detected) : detected;
}

const AccountConfig *Config::account(const QString &id) const
{
    for (const auto &account : accounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

QString normaliseHostName(const QString &name)
{
    QString trimmed = name.trimmed().toLower();
    if (trimmed.endsWith(QLatin1Char('.')))
        trimmed.chop(1);
    return QString::fromLatin1(QUrl::toAce(trimmed));
}

QList<DnsServerAddress> defaultResolvers()
{
    // AliDNS and DNSPod's public DNS first, then Cloudflare's and Google's.
    return {{QStringLiteral("223.5.5.5"), 53}, {QStringLiteral("119.29.29.29"), 53}, {QStringLiteral("1.1.1.1"), 53},
            {QStringLiteral("8.8.8.8"), 53}};
}

QStringList defaultIpSources(AddressFamily family)
{
    // Services inside mainland China first, then international ones, so that
    // min_agree can be met from either side of the border. All single-family
    // hosts except myip.ipip.net, whose text answer is parsed by family.
    // IPv4: the router first (UPnP, NAT-PMP), which is cheap and local; the
    // echo services then only cross-check it now and then (DetectionPolicy).
    if (family == AddressFamily::IPv4) {
        return {
            QStringLiteral("upnp"),
            QStringLiteral("natpmp"),
            QStringLiteral("https://4.ipw.cn"),
            QStringLiteral("https://myip.ipip.net"),
            QStringLiteral("https://ddns.oray.com/checkip"),
            QStringLiteral("https://ip.3322.net"),
            QStringLiteral("https://api.ipify.org"),
            QStringLiteral("https://v4.ident.me"),
            QStringLiteral("https://ipv4.icanhazip.com"),
        };
    }
    // IPv6: this host's own stable address first (interface:*, by the
    // documented rules, on the interface of the default route). An echo
    // service sees whichever address the system sends from, which is the
    // temporary privacy address on most desktops; the echo services decide
    // only when no interface has a usable global address.
    return {
        QStringLiteral("interface:*"),
        QStringLiteral("https://6.ipw.cn"),
        QStringLiteral("https://speed.neu6.edu.cn/getIP.php"),
        QStringLiteral("https://api6.ipify.org"),
        QStringLiteral("https://v6.ident.me"),
        QStringLiteral("https://ipv6.icanhazip.com"),
    };
}

} // namespace homing
