#pragma once

#include "provider/Provider.h"

#include <QJsonDocument>
#include <QUrl>

#include <optional>

namespace homing::providers {

// Cloudflare API v4 with an API token: find the zone from the record name,
// find the record by name and type, create it when missing, change it when
// different, and leave it alone when it already holds the address.
class CloudflareProvider final : public Provider
{
public:
    CloudflareProvider(QUrl apiBase, QString zoneId);
    // Validates the account's settings; null (with issues) when they cannot work.
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    // Success: the parsed envelope. Failure: the classified result.
    struct Envelope {
        std::optional<UpdateResult> failure;
        QJsonDocument document;
    };
    static Envelope parseEnvelope(const HttpReply &reply);

private:
    QUrl m_apiBase;
    QString m_zoneId;
};

} // namespace homing::providers
