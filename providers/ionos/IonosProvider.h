#pragma once

#include "provider/Provider.h"

#include <QJsonDocument>
#include <QUrl>

#include <optional>

namespace homing::providers {

// IONOS's hosting DNS API (api.hosting.ionos.com/dns, not IONOS Cloud DNS),
// with an API key "prefix.secret" in X-API-Key. Record names are full names;
// the apex is the zone's own name.
class IonosProvider final : public Provider
{
public:
    explicit IonosProvider(QUrl apiBase);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    struct Parsed {
        std::optional<UpdateResult> failure;
        QJsonDocument document;
    };
    static Parsed parse(const HttpReply &reply);

    static constexpr int kMinimumTtl = 60;
    static constexpr int kMaximumTtl = 86400;

private:
    QUrl m_apiBase;
};

} // namespace homing::providers
