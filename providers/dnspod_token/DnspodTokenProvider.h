#pragma once

#include "provider/Provider.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace homing::providers {

// The legacy DNSPod API (dnsapi.cn, form POSTs) with the "ID,Token" login
// token that DNSPod accounts created before Tencent Cloud's API 3.0 hold:
// Domain.List, Record.List by name, type and ISP line, Record.Create,
// Record.Modify (keeping the record's line, TTL, weight and status).
class DnspodTokenProvider final : public Provider
{
public:
    explicit DnspodTokenProvider(QUrl apiBase);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;
    // Failed logins ban the account for an hour: one request at a time.
    int parallelLimit() const override { return 1; }

    // A legacy answer: the whole object when status.code is "1", otherwise
    // the failure it stands for. `code` is status.code as DNSPod wrote it.
    struct Reply {
        std::optional<UpdateResult> failure;
        QString code;
        QJsonObject root;
    };
    // `action` ("Record.Modify"): some codes mean different things per action.
    static Reply parseReply(const QString &action, const HttpReply &reply);

    // "ID,Token": the numeric ID and the token, or nothing when the secret
    // is not written that way.
    static std::optional<QPair<QString, QString>> splitToken(const QString &secret);

private:
    QUrl m_apiBase;
};

} // namespace homing::providers
