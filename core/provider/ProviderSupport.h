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
// dyndns2 family, DuckDNS and webhooks. A request for several records
// classifies the reply into one result per record (or one for all).
class SingleRequestJob final : public ProviderJob
{
public:
    using Classifier = std::function<UpdateResult(const HttpReply &)>;
    using BatchClassifier = std::function<QList<UpdateResult>(const HttpReply &)>;

    SingleRequestJob(HttpRequest request, Classifier classify);
    SingleRequestJob(HttpRequest request, BatchClassifier classify);
    ProviderStep start() override;
    ProviderStep handleReply(const HttpReply &reply) override;

private:
    HttpRequest m_request;
    BatchClassifier m_classify;
};

// "Basic base64(user:password)".
QByteArray basicAuthorization(const QString &user, const QString &password);

// The generic meaning of an HTTP status, for statuses whose meaning does not
// depend on the provider: 401/403 auth, 429 rate limit, 5xx server error.
std::optional<ResultKind> classifyHttpStatus(int status);

// A provider's answer reduced to one readable line for details: whitespace
// collapsed, at most `maximum` characters.
QString oneLine(const QByteArray &body, int maximum = 200);

// Where a provider sends: its documented `path` under a base URL, which is
// the account's `endpoint` when set and the provider's own base otherwise.
// `endpoint` therefore means the same for every provider. An endpoint that
// already ends with `path` (written when it meant the whole update URL) is
// taken without it, and reported in `issues`.
QUrl endpointUrl(const QUrl &accountEndpoint, const QString &defaultBase, const QString &path,
                 QList<ConfigIssue> &issues);

// Joins a base URL and a path ("https://api/x" + "/zones" -> "https://api/x/zones").
QUrl appendPath(const QUrl &base, const QString &path);

} // namespace homing::providers
