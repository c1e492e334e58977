#pragma once

#include "provider/Provider.h"
#include "signing/CanonicalRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace homing::providers {

// Alibaba Cloud DNS (Alidns, API 2015-01-09) with a RAM user's AccessKey,
// signed with ACS3-HMAC-SHA256: find the account's domain that holds the
// name (longest match), list the record of the name, type and ISP line,
// add it when missing, update it in place when different. Records of other
// lines, names and types are never read into the decision nor changed.
class AlidnsProvider final : public Provider
{
public:
    // Where each signed request takes its time and nonce from: the system
    // clock and a random UUID, unless a test fixes them.
    struct SigningSources {
        std::function<QDateTime()> clock;
        std::function<QByteArray()> nonce;
    };

    AlidnsProvider(QUrl apiBase, QString accessKeyId);
    // Validates the account's settings; null (with issues) when they cannot work.
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;

    void setSigningSources(SigningSources sources) { m_signing = std::move(sources); }

    // One RPC call as the official V3 SDK sends it (@alicloud/openapi-client
    // doRequest, style RPC): POST to "/" with the parameters in the query and
    // an empty body; host, x-acs-action, x-acs-version, x-acs-date,
    // x-acs-signature-nonce and x-acs-content-sha256 signed.
    static HttpRequest signedRequest(const QUrl &apiBase, const QByteArray &action, const ByteArrayPairs &parameters,
                                     const QString &accessKeyId, const QString &accessKeySecret, const QDateTime &now,
                                     const QByteArray &nonce);

    // A reply of `action`: the JSON object on success, or the classified
    // failure (with the service's Code, for callers that treat one specially).
    struct Reply {
        std::optional<UpdateResult> failure;
        QString code;
        QJsonObject root;
    };
    static Reply parseReply(const QByteArray &action, const HttpReply &reply, const QDateTime &now);

    // The record setting "line" as the API spells it ("default" when unset).
    static QString lineOf(const RecordSpec &record);

private:
    QUrl m_apiBase;
    QString m_accessKeyId;
    SigningSources m_signing;
};

} // namespace homing::providers
