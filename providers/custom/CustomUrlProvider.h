#pragma once

#include "provider/Provider.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>

namespace homing::providers {

// A user-supplied URL (webhook) with placeholders: {ip}, {name}, {type},
// {ttl} and {secret}. Success is a 2xx status, and, when a pattern is set,
// a body that matches it.
class CustomUrlProvider final : public Provider
{
public:
    struct Template {
        QString url;
        QByteArray method = "GET";
        QList<QPair<QString, QString>> headers;
        QString body;
        QString contentType;
        QRegularExpression successPattern; // empty pattern: any 2xx succeeds
    };

    explicit CustomUrlProvider(Template requestTemplate);
    // Validates the account's settings; null (with issues) when they cannot work.
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;

    HttpRequest buildRequest(const RecordTarget &target, const QString &secret) const;
    // Success is a 2xx status and, when a pattern is set, a matching body.
    static UpdateResult classifyReply(const HttpReply &reply, const QRegularExpression &successPattern);
    // Placeholders used in `text` that Homing does not know (for validation).
    static QStringList unknownPlaceholders(const QString &text);
    bool usesSecret() const;
    // Parts of the template that look like a token written in literally (a
    // webhook's path, an API key header): redacted like secrets.
    static QStringList literalTokens(const Template &requestTemplate);

private:
    Template m_template;
    QStringList m_literalTokens;
};

} // namespace homing::providers
