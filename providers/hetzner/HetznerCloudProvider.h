#pragma once

#include "provider/Provider.h"

#include <QJsonDocument>
#include <QUrl>

#include <optional>

namespace homing::providers {

// The Hetzner Cloud API's DNS (Hetzner Console > DNS): zones hold RRSets,
// one per name and type, each with one or more values. Homing finds the zone
// (the longest the project holds), reads the RRSet, and creates it, replaces
// its value with the set_records action, or leaves it alone.
class HetznerCloudProvider final : public Provider
{
public:
    HetznerCloudProvider(QUrl apiBase, QString zone);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    // A reply reduced to its JSON object, or the failure it stands for
    // ({"error":{"code","message","details"}} and the HTTP status).
    struct Parsed {
        std::optional<UpdateResult> failure;
        QJsonObject object;
    };
    static Parsed parse(const HttpReply &reply);

    static constexpr int kMinimumTtl = 60;
    static constexpr int kMaximumTtl = 2147483647;

private:
    QUrl m_apiBase;
    QString m_zone; // the account's zone setting: an ID or a name, or empty
};

} // namespace homing::providers
