#pragma once

#include "provider/Provider.h"

#include <QUrl>

#include <optional>

namespace homing::providers {

// Huawei Cloud DNS (云解析服务 DNS) with an IAM access key, every request
// signed with SDK-HMAC-SHA256: find the longest public zone of the account
// that holds the name (a private zone of the same name is never used), list
// the record sets of the name, type and ISP line, create the set when there
// is none, change its value when it differs. Record sets of other lines,
// names and types are never touched, and a set of several values is never
// cut down to one. ../shared/reference/providers.md §3.
class HuaweiCloudProvider final : public Provider
{
public:
    static constexpr const char *kGlobalEndpoint = "https://dns.myhuaweicloud.com";
    static constexpr const char *kDefaultLine = "default_view";

    HuaweiCloudProvider(QUrl apiBase, QString accessKeyId, QString projectId = {});
    // Validates the account's settings; null (with issues) when they cannot work.
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    // The failure an answer stands for (the DNS service's {"code","message"}
    // or the API gateway's {"error_code","error_msg"}); nothing for a 2xx.
    static std::optional<UpdateResult> classifyFailure(const HttpReply &reply);
    // The record's ISP line: its "line" setting, the default line when unset.
    static QString lineOf(const RecordSpec &record);

private:
    QUrl m_apiBase;
    QString m_accessKeyId;
    QString m_projectId;
};

} // namespace homing::providers
