#include "net/HttpMessage.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace homing {

namespace {

QByteArray findHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

std::optional<int> HttpReply::retryAfterSeconds(const QDateTime &now) const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    constexpr int kOneDay = 24 * 3600;
    if (ok)
        return seconds >= 0 ? std::optional<int>(std::min(seconds, kOneDay)) : std::nullopt;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    if (!value.endsWith(" GMT"))
        return std::nullopt;
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).chopped(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    const QDateTime utc(when.date(), when.time(), Qt::UTC);
    const qint64 delta = now.secsTo(utc);
    return static_cast<int>(std::clamp<qint64>(delta, 0, kOneDay));
}

} // namespace homing
