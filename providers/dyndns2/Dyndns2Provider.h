#pragma once

#include "provider/Provider.h"

#include <QString>
#include <QUrl>

namespace homing::providers {

// How one dyndns2 service differs from the protocol's defaults.
struct Dyndns2Preset {
    QString updateUrl;          // empty for the generic provider: the "server" setting gives it
    QString ipv6Parameter = QStringLiteral("myip"); // Dynu takes IPv6 in "myipv6"
    QString skipValue;          // Dynu: "no" leaves the other family's record alone
    bool supportsIpv6 = true;   // Oray updates A records only
};

// The dyndns2 protocol: GET <update URL>?hostname=<name>&myip=<address> with
// HTTP Basic authentication, answered by a code per host.
class Dyndns2Provider final : public Provider
{
public:
    Dyndns2Provider(QUrl updateUrl, QString username, Dyndns2Preset preset);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;

    // The request for one host (exposed for tests).
    HttpRequest buildRequest(const RecordTarget &target, const QString &password) const;
    // Accepts "members.dyndns.org" as well as a full URL.
    static QUrl updateUrlFromServer(const QString &server);

private:
    QUrl m_updateUrl;
    QString m_username;
    Dyndns2Preset m_preset;
};

} // namespace homing::providers
