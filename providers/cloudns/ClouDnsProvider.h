#pragma once

#include "provider/Provider.h"

#include <QJsonDocument>
#include <QUrl>

#include <optional>

namespace homing::providers {

// ClouDNS's HTTP API (api.cloudns.net/dns/*.json): an API user (auth-id) or
// sub-user (sub-auth-id, sub-auth-user) and its password, sent as form fields
// of a POST. Failures come back as HTTP 200 with {"status":"Failed"}.
class ClouDnsProvider final : public Provider
{
public:
    enum class Identity { AuthId, SubAuthId, SubAuthUser };

    ClouDnsProvider(QUrl apiBase, Identity identity, QString id, QString zone);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    struct Parsed {
        std::optional<UpdateResult> failure;
        QJsonDocument document;
    };
    // `writing`: a Failed answer Homing does not know is about what it sent.
    static Parsed parse(const HttpReply &reply, bool writing);

    // The TTLs ClouDNS offers (its add-record documentation); plans may allow fewer.
    static const QList<int> &allowedTtls();

private:
    QUrl m_apiBase;
    Identity m_identity;
    QString m_id;
    QString m_zone;
};

} // namespace homing::providers
