#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace homing {

// ISO 8601 in UTC ("2026-11-23T21:07:31Z"); empty for an invalid time.
QString toIsoUtc(const QDateTime &time);
// The reverse; an invalid QDateTime for anything that is not such a time.
QDateTime fromIsoUtc(const QJsonValue &value);
// JSON null for an invalid time, the ISO string otherwise.
QJsonValue isoUtcOrNull(const QDateTime &time);

// `text` as it appears inside a JSON string, without the quotes.
QString jsonEscaped(const QString &text);

} // namespace homing
