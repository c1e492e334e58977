#pragma once

#include <QString>
#include <QStringList>

// Record names as DNS APIs want them. Names are ASCII (punycode) FQDNs in
// lower case without the final dot, as RecordSpec holds them.
namespace homing::providers::dnsname {

// The zones that could hold `fqdn`, longest first, down to two labels:
// "a.b.example.com.cn" -> a.b.example.com.cn, b.example.com.cn, example.com.cn,
// com.cn. A leading "*" label is never a zone.
QStringList zoneCandidates(const QString &fqdn);

// Whether `fqdn` is `zone` or under it (case-insensitive, whole labels).
bool isInZone(const QString &fqdn, const QString &zone);

// Of the zones an account owns, the longest that holds `fqdn` (a delegated
// sub-zone wins over its parent); empty when none does. Zone names may end
// with a dot and be in any case.
QString longestZoneFor(const QString &fqdn, const QStringList &zones);

// `fqdn` relative to `zone`: "nas" for nas.example.com in example.com,
// "a.b" for a.b.example.com, and `apex` ("@" by default) for the zone itself.
QString relativeName(const QString &fqdn, const QString &zone, const QString &apex = QStringLiteral("@"));

// "example.com." -> "example.com", lower case.
QString normalized(const QString &name);

} // namespace homing::providers::dnsname
