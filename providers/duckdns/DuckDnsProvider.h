#pragma once

#include "provider/Provider.h"

#include <QUrl>

namespace homing::providers {

// DuckDNS: GET /update?domains=<sub-name>&token=<token>&ip=|ipv6=<address>
// &verbose=true, answered "OK"/"KO" (verbose adds the addresses and
// UPDATED or NOCHANGE).
class DuckDnsProvider final : public Provider
{
public:
    explicit DuckDnsProvider(QUrl updateUrl);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;

    HttpRequest buildRequest(const RecordTarget &target, const QString &token) const;
    static UpdateResult classifyReply(const HttpReply &reply, const QHostAddress &sent);
    // "myhome.duckdns.org" -> "myhome"; empty when the name is not under duckdns.org.
    static QString subName(const QString &name);

private:
    QUrl m_updateUrl;
};

} // namespace homing::providers
