#pragma once

#include "provider/Provider.h"

#include <QUrl>

namespace homing::providers {

// GoDaddy's Domains API v1 with a production key ("sso-key KEY:SECRET"): find
// the domain among the account's domains, read the record set of the name
// and type, and replace it when it is the one record Homing manages.
class GoDaddyProvider final : public Provider
{
public:
    GoDaddyProvider(QUrl apiBase, QString apiKey);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;
    // 60 requests a minute per endpoint: two jobs at a time stay well within.
    int parallelLimit() const override { return 2; }

    // A reply that is not a success, in the taxonomy.
    static UpdateResult classifyFailure(const HttpReply &reply);

    static constexpr int kMinimumTtl = 600;
    static constexpr int kMaximumTtl = 604800;

private:
    QUrl m_apiBase;
    QString m_apiKey;
};

} // namespace homing::providers
