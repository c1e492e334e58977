#pragma once

#include "provider/Provider.h"

#include <QString>
#include <QUrl>

namespace homing::providers {

// How one dyndns2 service differs from the protocol's defaults.
struct Dyndns2Preset {
    QString baseUrl;            // empty for the generic provider: the "server" setting gives it
    QString updatePath = QStringLiteral("/nic/update"); // appended to the base URL (or the account's endpoint)
    QString ipv6Parameter = QStringLiteral("myip"); // Dynu takes IPv6 in "myipv6"
    QString skipValue;          // Dynu: "no" leaves the other family's record alone
    bool supportsIpv6 = true;   // Oray updates A records only
    // Hosts one request may carry as a comma-separated hostname list. Dyn
    // documents 20; services with no documented list get one host a request.
    int batchLimit = 20;
};

// The dyndns2 protocol: GET <update URL>?hostname=<name>&myip=<address> with
// HTTP Basic authentication, answered by a code per host.
class Dyndns2Provider final : public Provider
{
public:
    Dyndns2Provider(QUrl updateUrl, QString username, Dyndns2Preset preset);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createBatchUpdateJob(const QList<RecordTarget> &targets,
                                                      const SecretValues &secrets) const override;
    int batchLimit() const override { return m_preset.batchLimit; }
    // These services count rapid requests from one account as abuse; a list
    // of hosts in one request is how the protocol updates many at once.
    int parallelLimit() const override { return 1; }

    // The request for hosts that take the same address (exposed for tests).
    HttpRequest buildRequest(const QList<RecordTarget> &targets, const QString &password) const;
    HttpRequest buildRequest(const RecordTarget &target, const QString &password) const
    {
        return buildRequest(QList<RecordTarget>{target}, password);
    }
    // Accepts "members.dyndns.org" as well as a full URL.
    static QUrl updateUrlFromServer(const QString &server);

private:
    QUrl m_updateUrl;
    QString m_username;
    Dyndns2Preset m_preset;
};

} // namespace homing::providers
