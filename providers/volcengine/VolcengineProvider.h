#pragma once

#include "provider/Provider.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace homing::providers {

// Volcengine DNS (火山引擎云解析 DNS, OpenAPI 2018-08-01, service "DNS" in
// region cn-north-1) with an IAM user's access key: find the zone among the
// account's (the longest that holds the name), list the name's records of
// the type, keep to the record's line, create it when missing and change its
// value in place when different. Every request is signed (VolcengineSigner).
class VolcengineProvider final : public Provider
{
public:
    VolcengineProvider(QUrl apiBase, QString accessKeyId);
    // Validates the account's settings; null (with issues) when they cannot work.
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    // An answer: its Result on success; otherwise the classified failure and
    // the ResponseMetadata.Error.Code it carried (empty when none).
    struct Reply {
        std::optional<UpdateResult> failure;
        QString errorCode;
        QJsonObject result;
    };
    static Reply parseReply(const HttpReply &reply);

private:
    QUrl m_apiBase;
    QString m_accessKeyId;
};

} // namespace homing::providers
