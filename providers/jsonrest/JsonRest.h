#pragma once

#include "net/HttpMessage.h"
#include "result/UpdateResult.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Small pieces the token-based JSON providers share. Each provider keeps its
// own job, its own error mapping and its own words; only what is really the
// same lives here.
namespace homing::providers::jsonrest {

// A request to a JSON API that carries a credential: Accept JSON, the
// authorization header when given, and `body` (compact JSON) when it is an
// object or an array.
HttpRequest request(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                    const QJsonValue &body = QJsonValue(QJsonValue::Undefined));

// The same with the credential in a header of the provider's own (API-Key,
// X-API-Key, Auth-API-Token, or Authorization).
struct CredentialHeader {
    QByteArray name;
    QByteArray value;
};
HttpRequest requestWith(const QByteArray &method, const QUrl &url, const CredentialHeader &credential,
                        const QJsonValue &body = QJsonValue(QJsonValue::Undefined));

// A reply's body as JSON; `parsed` is false for anything else (an HTML error
// page, an empty body).
struct Json {
    bool parsed = false;
    QJsonValue value;
    QJsonObject object() const { return value.toObject(); }
    QJsonArray array() const { return value.toArray(); }
};
Json parse(const QByteArray &body);

bool isSuccess(const HttpReply &reply);

// An id that an API sends as a number or as a string, as text ("12").
QString idText(const QJsonValue &id);

// "HTTP status 403, <text>" (or "HTTP status 403" without a text), where
// `text` is what the provider said, or the body in one line when it said
// nothing readable.
QString statusDetail(const HttpReply &reply, const QString &text = {});

// The target of a Link header's rel="next" (RFC 8288), when there is one.
std::optional<QUrl> nextLink(const HttpReply &reply);

// `url` with the query of `next` (a provider's link to its next page): the
// host and path stay the account's own, so a link never sends the
// credential elsewhere.
QUrl withQueryOf(const QUrl &url, const QUrl &next);

// The check's finding when the account has no record named yet: the zones
// the credentials can see (Ok), or none (NoSuchHost, with `advice`).
UpdateResult zonesFinding(const QStringList &zones, const QString &advice);

// A write's Ok: "record created", "record changed from <old value>".
UpdateResult created();
UpdateResult changed(const QString &from);

// A write refused because the record changed after Homing read it: deleted
// meanwhile (404, not found) or created meanwhile (409, already exists). Not
// the configuration's fault: ServerError with `failure`'s detail, so that the
// next pass reads again instead of blocking the record.
UpdateResult changedMeanwhile(const UpdateResult &failure);

// Seconds from the reply until the Unix time `epoch` (a rate limit's reset),
// measured against the reply's own Date header so that this computer's clock
// plays no part; nullopt without a usable Date. At least 1, at most a day.
std::optional<int> secondsUntil(const HttpReply &reply, qint64 epoch);

// What an error reply that no rule of the provider's explained comes to: a
// 5xx is the provider's problem (ServerError, retried); a 4xx with a JSON
// body is the API refusing what was sent (ConfigError); anything else is
// not understood (BadResponse).
UpdateResult unexplainedFailure(const HttpReply &reply, const Json &json, const QString &detail);

// A RateLimited result that waits `seconds` when the provider said how long.
UpdateResult rateLimited(const QString &detail, std::optional<int> seconds = std::nullopt);

} // namespace homing::providers::jsonrest
