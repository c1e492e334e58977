#pragma once

#include "route53/XmlElement.h"

#include "provider/Provider.h"

#include <QUrl>

#include <optional>

namespace homing::providers {

// AWS Route 53 with an IAM access key, signed with SigV4 (service "route53",
// region "us-east-1"): find the hosted zone (ListHostedZonesByName, the
// longest public zone that holds the name, unless a hosted zone ID is set),
// read the record set (ListResourceRecordSets by name and type), and write
// it with one UPSERT (ChangeResourceRecordSets). A record set holds several
// values: Homing changes a set of one value, keeps a set that already holds
// the address, and refuses a set of several values none of which is the
// address. Routing-policy sets (weighted, latency, failover…) are left alone
// unless the record's set_identifier names one.
class Route53Provider final : public Provider
{
public:
    Route53Provider(QUrl apiBase, QString accessKeyId, QString hostedZoneId);
    // Validates the account's settings; null (with issues) when they cannot work.
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;
    // Route 53 allows five requests a second per account: one job at a time.
    int parallelLimit() const override { return 1; }

    // Success: the answer's root element. Failure: the classified result
    // (Route 53's <ErrorResponse>, or an answer that is not XML).
    struct Reply {
        std::optional<UpdateResult> failure;
        XmlElement root;
    };
    static Reply parseReply(const HttpReply &reply);

    // A name as Route 53 lists it ("\052.example.com.") as Homing writes
    // names ("*.example.com"): octal escapes decoded, lower case, no final dot.
    static QString decodeName(const QString &listed);

    // "Z148QEXAMPLE8V" from "Z148QEXAMPLE8V" or "/hostedzone/Z148QEXAMPLE8V";
    // empty when it is not a hosted zone ID.
    static QString hostedZoneIdFrom(const QString &text);

private:
    QUrl m_apiBase;
    QString m_accessKeyId;
    QString m_hostedZoneId;
};

} // namespace homing::providers
