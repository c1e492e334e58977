#pragma once

#include "provider/Provider.h"

#include <QUrl>

namespace homing::providers {

// deSEC's REST API (desec.io, dedyn.io) with a token: ask deSEC which of the
// account's domains holds the name (owns_qname), read the RRset of the
// subname and type, and write it when it holds the one value Homing manages,
// within the domain's minimum TTL.
class DesecProvider final : public Provider
{
public:
    explicit DesecProvider(QUrl apiBase);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;
    // deSEC counts requests per account (writes: 2 a second, 15 a minute per domain).
    int parallelLimit() const override { return 1; }

    // A reply that is not a success, in the taxonomy.
    static UpdateResult classifyFailure(const HttpReply &reply);

    static constexpr int kLowestMinimumTtl = 60;     // dedyn.io names; other domains have 3600
    static constexpr int kDefaultMinimumTtl = 3600;  // a domain's minimum_ttl unless deSEC lowered it
    static constexpr int kMaximumTtl = 604800;

private:
    QUrl m_apiBase;
};

} // namespace homing::providers
