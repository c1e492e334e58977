#pragma once

#include "provider/Provider.h"

#include <QUrl>

namespace homing::providers {

// DigitalOcean's API v2 domain records with a personal access token: find the
// domain among the account's domains, list the records of the name and type
// (paged), create the record or change the one Homing manages by its id.
class DigitalOceanProvider final : public Provider
{
public:
    explicit DigitalOceanProvider(QUrl apiBase);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    // A reply that is not a success, in the taxonomy.
    static UpdateResult classifyFailure(const HttpReply &reply);

    static constexpr int kMinimumTtl = 30;
    static constexpr int kMaximumTtl = 604800;

private:
    QUrl m_apiBase;
};

} // namespace homing::providers
