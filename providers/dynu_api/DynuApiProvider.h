#pragma once

#include "provider/Provider.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace homing::providers {

// Dynu's API v2 (api.dynu.com/v2) with an API key in the API-Key header. A
// Dynu "domain" (example.com, or a host such as myhome.dynu.net) carries the
// address of its own name; names under it are DNS records with ids.
class DynuApiProvider final : public Provider
{
public:
    explicit DynuApiProvider(QUrl apiBase);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;
    // One job at a time: the apex A and AAAA addresses are two fields of one
    // domain object, written whole by POST /dns/{id}; two jobs at once would
    // each send back the other's old address.
    int parallelLimit() const override { return 1; }

    struct Parsed {
        std::optional<UpdateResult> failure;
        QJsonObject object;
    };
    // Dynu reports some failures as HTTP 200 with {"exception":{…}}.
    static Parsed parse(const HttpReply &reply);

    static constexpr int kMinimumTtl = 30;
    static constexpr int kMaximumTtl = 86400;

private:
    QUrl m_apiBase;
};

} // namespace homing::providers
