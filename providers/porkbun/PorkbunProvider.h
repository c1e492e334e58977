#pragma once

#include "provider/Provider.h"

#include <QUrl>

namespace homing::providers {

// Porkbun's API v3: every call a POST whose JSON body carries the API key and
// secret. Find the domain among the account's domains, read the records of
// the name and type, create the record or edit the one Homing manages.
class PorkbunProvider final : public Provider
{
public:
    PorkbunProvider(QUrl apiBase, QString apiKey);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;
    // Porkbun answers 503 when a key sends more than about one request a second.
    int parallelLimit() const override { return 1; }

    // Whether a reply is Porkbun's {"status":"SUCCESS",…}; the failure in the taxonomy when not.
    static std::optional<UpdateResult> failureOf(const HttpReply &reply);

    static constexpr int kMinimumTtl = 600;
    static constexpr int kMaximumTtl = 604800;

private:
    QUrl m_apiBase;
    QString m_apiKey;
};

} // namespace homing::providers
