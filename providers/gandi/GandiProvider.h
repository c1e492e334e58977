#pragma once

#include "provider/Provider.h"

#include <QUrl>

namespace homing::providers {

// Gandi LiveDNS (API v5) with a personal access token: find the domain among
// the LiveDNS domains the token reaches, read the record set (rrset) of the
// name and type, and write it when it holds the one value Homing manages.
class GandiProvider final : public Provider
{
public:
    explicit GandiProvider(QUrl apiBase);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    // A reply that is not a success, in the taxonomy.
    static UpdateResult classifyFailure(const HttpReply &reply);

    static constexpr int kMinimumTtl = 300;
    static constexpr int kMaximumTtl = 2592000;

private:
    QUrl m_apiBase;
};

} // namespace homing::providers
