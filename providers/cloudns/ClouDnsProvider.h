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
    // One job at a time: ClouDNS allows 20 requests a second per IP address
    // (dnscontrol keeps to 10) and a job sends up to 9 in quick succession;
    // several jobs at once would run into the block, whose wording is not
    // documented and so may not be recognised as a rate limit.
    int parallelLimit() const override { return 1; }

    struct Parsed {
        std::optional<UpdateResult> failure;
        QJsonDocument document;
    };
    // `writing`: an add-record/mod-record answer. A Failed text Homing does not
    // know is fatal only when it is plainly about what was sent (TTL, host,
    // record, invalid); otherwise (a throttle worded differently, an outage)
    // it is BadResponse, tried again later.
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
