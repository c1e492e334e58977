#pragma once

#include "provider/Provider.h"

#include <QUrl>

namespace homing::providers {

// DuckDNS: GET /update?domains=<sub-name>[,<sub-name>...]&token=<token>
// &ip=|ipv6=<address>&verbose=true, answered "OK"/"KO" once for all the
// domains (verbose adds the addresses and UPDATED or NOCHANGE).
class DuckDnsProvider final : public Provider
{
public:
    explicit DuckDnsProvider(QUrl updateUrl);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createBatchUpdateJob(const QList<RecordTarget> &targets,
                                                      const SecretValues &secrets) const override;
    // The spec takes a comma-separated list of domains and sets no limit; a
    // free account has five.
    int batchLimit() const override { return 20; }
    // One request carries every domain of the account.
    int parallelLimit() const override { return 1; }

    HttpRequest buildRequest(const QList<RecordTarget> &targets, const QString &token) const;
    static UpdateResult classifyReply(const HttpReply &reply, const QHostAddress &sent);
    // "myhome.duckdns.org" -> "myhome"; empty when the name is not under duckdns.org.
    static QString subName(const QString &name);

private:
    QUrl m_updateUrl;
};

} // namespace homing::providers
