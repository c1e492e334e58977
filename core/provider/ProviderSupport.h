#pragma once

#include "net/HttpMessage.h"
#include "provider/Provider.h"
#include "result/UpdateResult.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// Small helpers shared by providers: they keep request building and reply
// classification uniform without the core knowing any provider.
namespace homing::providers {

// A job of one request whose reply decides the result: the shape of the
// dyndns2 family, DuckDNS and webhooks.
class SingleRequestJob final : public ProviderJob
{
public:
    using Classifier = std::function<UpdateResult(const HttpReply &)>;

    SingleRequestJob(HttpRequest request, Classifier classify);
    ProviderStep start() override;
    ProviderStep handleReply(const HttpReply &reply) override;

private:
    HttpRequest m_request;
    Classifier m_classify;
};

// "Basic base64(user:password)".
QByteArray basicAuthorization(const QString &user, const QString &password);

// The generic meaning of an HTTP status, for statuses whose meaning does not
// depend on the provider: 401/403 auth, 429 rate limit, 5xx server error.
std::optional<ResultKind> classifyHttpStatus(int status);

// A provider's answer reduced to one readable line for details: whitespace
// collapsed, at most `maximum` characters.
QString oneLine(const QByteArray &body, int maximum = 200);

// The endpoint to use: the account's override, or the provider's default.
QUrl endpointOr(const QUrl &accountEndpoint, const QString &fallback);

// Joins a base URL and a path ("https://api/x" + "/zones" -> "https://api/x/zones").
QUrl appendPath(const QUrl &base, const QString &path);

} // namespace homing::providers
