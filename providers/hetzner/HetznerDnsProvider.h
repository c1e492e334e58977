#pragma once

#include "provider/Provider.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace homing::providers {

// The older Hetzner DNS Console API (dns.hetzner.com/api/v1, Auth-API-Token),
// for zones not yet moved to Hetzner Console. Records have ids; a name and
// type may have several. Hetzner retires this API once zones have moved.
class HetznerDnsProvider final : public Provider
{
public:
    HetznerDnsProvider(QUrl apiBase, QString zoneId);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    struct Parsed {
        std::optional<UpdateResult> failure;
        QJsonObject object;
    };
    static Parsed parse(const HttpReply &reply);

    // The old API's lowest TTL: taken over from the Cloud API's 60, UNCONFIRMED
    // for this API (its documentation names no minimum).
    static constexpr int kMinimumTtl = 60;

private:
    QUrl m_apiBase;
    QString m_zoneId;
};

} // namespace homing::providers
