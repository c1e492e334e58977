#pragma once

#include "provider/Provider.h"

#include <QUrl>

namespace homing::providers {

// The HTTP API of a PowerDNS Authoritative server of the user's own
// (/api/v1, key in X-API-Key): read the zone's RRset of the name and type,
// and when it must change, PATCH that one RRset with changetype REPLACE, so
// that every other RRset of the name (TXT, MX, …) stays as it is.
class PowerDnsProvider final : public Provider
{
public:
    // `apiBase`: the server's URL with /api/v1; `zone`: normalized (no final
    // dot), empty to find the zone among the server's.
    PowerDnsProvider(QUrl apiBase, QString serverId, QString zone);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;
    // One write at a time: with the sqlite3 backend (the usual one at home), two
    // PATCHes at once make one fail with 500 "database is locked".
    int parallelLimit() const override { return 1; }

    // A reply that is not a success, in the taxonomy. `what` names what the
    // request was about ("the zone example.test. on server localhost") for a 404.
    static UpdateResult classifyFailure(const HttpReply &reply, const QString &what);

    // The TTL of a new RRset when the record sets none: PowerDNS's own
    // default-ttl, which pdnsutil add-record and RFC 2136 updates use too.
    static constexpr int kDefaultTtl = 3600;
    static constexpr int kMaximumTtl = 2147483647; // RFC 2181: 31 bits

private:
    QUrl m_apiBase;
    QString m_serverId;
    QString m_zone;
};

} // namespace homing::providers
