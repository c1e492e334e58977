#pragma once

#include "provider/Provider.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace homing::providers {

// Tencent Cloud DNSPod, API 3.0 (2021-03-23) signed with TC3-HMAC-SHA256:
// find the zone among the account's domains (longest match), list the
// record by name, type and ISP line, create it when missing, modify it in
// place (keeping its line, TTL, weight, status and remark) when different.
class DnspodProvider final : public Provider
{
public:
    DnspodProvider(QUrl apiBase, QString secretId);
    // Validates the account's settings; null (with issues) when they cannot work.
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    // DNSPod's record rules (TTL range, the free plan's minimum, a named
    // line), the same for the API 3.0 and the legacy token provider.
    static QList<ConfigIssue> validateDnspodRecord(const RecordSpec &record);
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    // An API 3.0 answer: the "Response" object, or the failure it stands for.
    // `errorCode` is Response.Error.Code when there is one.
    struct Reply {
        std::optional<UpdateResult> failure;
        QString errorCode;
        QJsonObject response;
    };
    static Reply parseReply(const HttpReply &reply);
    // What an Error.Code means, before any stage-specific reading of it.
    static ResultKind kindForCode(const QString &code);

    static constexpr const char *kDefaultLine = "\xe9\xbb\x98\xe8\xae\xa4"; // 默认
    static constexpr const char *kVersion = "2021-03-23";

private:
    QUrl m_apiBase;
    QString m_secretId;
};

} // namespace homing::providers
