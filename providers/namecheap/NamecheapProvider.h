#pragma once

#include "provider/Provider.h"

#include <QUrl>

namespace homing::providers {

// Namecheap's dynamic DNS: one GET per host with the domain's Dynamic DNS
// password, answered with a small XML document. IPv4 only; the record must
// already exist in Advanced DNS as an "A + Dynamic DNS" record. There is no
// way to read a record, so there is no read-only check.
class NamecheapProvider final : public Provider
{
public:
    NamecheapProvider(QUrl updateUrl, QString domain);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    // Namecheap counts rapid requests against the domain: one at a time.
    int parallelLimit() const override { return 1; }

    // "@" for the domain itself, the labels in front of it otherwise.
    QString hostFor(const QString &name) const;
    HttpRequest buildRequest(const RecordTarget &target, const QString &password) const;
    static UpdateResult classifyReply(const HttpReply &reply, const QHostAddress &sent);

private:
    QUrl m_updateUrl;
    QString m_domain;
};

} // namespace homing::providers
