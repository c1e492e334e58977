#include "records/DnsName.h"

namespace homing::providers::dnsname {

QString normalized(const QString &name)
{
    QString result = name.trimmed().toLower();
    while (result.endsWith(QLatin1Char('.')))
        result.chop(1);
    return result;
}

QStringList zoneCandidates(const QString &fqdn)
{
    QStringList labels = normalized(fqdn).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (!labels.isEmpty() && labels.first() == QLatin1String("*"))
        labels.removeFirst();
    QStringList candidates;
    while (labels.size() >= 2) {
        candidates.append(labels.join(QLatin1Char('.')));
        labels.removeFirst();
    }
    return candidates;
}

bool isInZone(const QString &fqdn, const QString &zone)
{
    const QString name = normalized(fqdn);
    const QString suffix = normalized(zone);
    if (suffix.isEmpty())
        return false;
    return name == suffix || name.endsWith(QLatin1Char('.') + suffix);
}

QString longestZoneFor(const QString &fqdn, const QStringList &zones)
{
    QString best;
    for (const auto &zone : zones) {
        const QString candidate = normalized(zone);
        if (isInZone(fqdn, candidate) && candidate.size() > best.size())
            best = candidate;
    }
    return best;
}

QString relativeName(const QString &fqdn, const QString &zone, const QString &apex)
{
    const QString name = normalized(fqdn);
    const QString suffix = normalized(zone);
    if (name == suffix)
        return apex;
    if (!isInZone(name, suffix))
        return name;
    return name.left(name.size() - suffix.size() - 1);
}

} // namespace homing::providers::dnsname
