#include "jsonrest/JsonRest.h"

#include "provider/ProviderSupport.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

namespace homing::providers::jsonrest {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::JsonRest)
};

constexpr int kLongestWaitSeconds = 86400; // as long as the core honours a Retry-After

} // namespace

HttpRequest request(const QByteArray &method, const QUrl &url, const QByteArray &authorization, const QJsonValue &body)
{
    return requestWith(method, url, CredentialHeader{"Authorization", authorization}, body);
}

HttpRequest requestWith(const QByteArray &method, const QUrl &url, const CredentialHeader &credential, const QJsonValue &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.setHeader("Accept", "application/json");
    if (!credential.value.isEmpty())
        request.setHeader(credential.name, credential.value);
    if (body.isObject() || body.isArray()) {
        request.setHeader("Content-Type", "application/json");
        request.body = (body.isObject() ? QJsonDocument(body.toObject()) : QJsonDocument(body.toArray()))
                           .toJson(QJsonDocument::Compact);
    }
    request.carriesCredential = true;
    return request;
}

Json parse(const QByteArray &body)
{
    Json json;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return json;
    json.parsed = true;
    json.value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return json;
}

QString idText(const QJsonValue &id)
{
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

bool isSuccess(const HttpReply &reply)
{
    return reply.status >= 200 && reply.status < 300;
}

QString statusDetail(const HttpReply &reply, const QString &text)
{
    const QString said = text.isEmpty() ? oneLine(reply.body) : text;
    if (said.isEmpty())
        return Text::tr("HTTP status %1").arg(reply.status);
    return Text::tr("HTTP status %1, %2").arg(reply.status).arg(said);
}

std::optional<QUrl> nextLink(const HttpReply &reply)
{
    static const QRegularExpression link(QStringLiteral("<([^>]*)>\\s*((?:;[^,<]*)*)"));
    static const QRegularExpression next(QStringLiteral("rel\\s*=\\s*\"?([^\";]*)\"?"));
    const QString header = QString::fromLatin1(reply.header("Link"));
    for (auto it = link.globalMatch(header); it.hasNext();) {
        const auto match = it.next();
        const auto rel = next.match(match.captured(2));
        if (rel.hasMatch() && rel.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("next")))
            return QUrl(match.captured(1));
    }
    return std::nullopt;
}

QUrl withQueryOf(const QUrl &url, const QUrl &next)
{
    QUrl result = url;
    result.setQuery(QUrlQuery(next));
    return result;
}

UpdateResult zonesFinding(const QStringList &zones, const QString &advice)
{
    if (zones.isEmpty())
        return UpdateResult::make(ResultKind::NoSuchHost, Text::tr("the credentials work but show no domain: %1").arg(advice));
    // An account with hundreds of domains: name a few, count them all.
    constexpr qsizetype kNamed = 10;
    QString names = zones.mid(0, kNamed).join(QStringLiteral(", "));
    if (zones.size() > kNamed)
        names += QStringLiteral(", ") + QChar(0x2026);
    return UpdateResult::make(ResultKind::Ok, Text::tr("the credentials work; they reach %1 domain(s): %2")
                                                  .arg(zones.size())
                                                  .arg(names));
}

UpdateResult created()
{
    return UpdateResult::make(ResultKind::Ok, Text::tr("record created"));
}

UpdateResult changed(const QString &from)
{
    return UpdateResult::make(ResultKind::Ok, Text::tr("record changed from %1").arg(from));
}

std::optional<int> secondsUntil(const HttpReply &reply, qint64 epoch)
{
    // An IMF-fixdate, e.g. "Thu, 26 Nov 2026 08:00:00 GMT" (RFC 9110).
    const QByteArray date = reply.header("Date").trimmed();
    if (!date.endsWith(" GMT"))
        return std::nullopt;
    const QDateTime sent = QLocale::c().toDateTime(QString::fromLatin1(date).chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!sent.isValid())
        return std::nullopt;
    const qint64 seconds = epoch - QDateTime(sent.date(), sent.time(), Qt::UTC).toSecsSinceEpoch();
    return static_cast<int>(std::clamp<qint64>(seconds, 1, kLongestWaitSeconds));
}

UpdateResult changedMeanwhile(const UpdateResult &failure)
{
    return UpdateResult::make(ResultKind::ServerError,
                              Text::tr("%1; the record changed between Homing's read and its write: Homing looks again "
                                       "next time")
                                  .arg(failure.detail));
}

UpdateResult rateLimited(const QString &detail, std::optional<int> seconds)
{
    UpdateResult result = UpdateResult::make(ResultKind::RateLimited, detail);
    if (seconds && *seconds > 0)
        result.retryAfterSeconds = qMin(*seconds, kLongestWaitSeconds);
    return result;
}

UpdateResult unexplainedFailure(const HttpReply &reply, const Json &json, const QString &detail)
{
    if (reply.status >= 500)
        return UpdateResult::make(ResultKind::ServerError, detail);
    if (json.parsed && reply.status >= 400 && reply.status < 500)
        return UpdateResult::make(ResultKind::ConfigError, detail);
    return UpdateResult::make(ResultKind::BadResponse, detail);
}

} // namespace homing::providers::jsonrest
