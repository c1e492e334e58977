#pragma once

#include <QByteArray>
#include <QReadWriteLock>
#include <QStringList>
#include <QString>
#include <QUrl>

namespace homing {

// Replaces every known secret value (and its URL-encoded and Base64 forms,
// however a URL library chose to escape it) with a marker. Every log line, history entry and error message that could
// contain provider text passes through one.
class Redactor
{
public:
    static constexpr QStringView kMarker = u"[redacted]";

    void addSecret(const QString &secret);
    QString redact(QString text) const;
    QByteArray redact(const QByteArray &text) const;

private:
    void addForm(const QString &form);

    QString replaceForms(QString text) const;

    // Log lines may come from Qt's own threads while a pass adds secrets.
    mutable QReadWriteLock m_lock;
    QStringList m_secrets;
    QStringList m_forms; // longest first, so a form containing another is replaced whole
};

// Removes the parts of a URL that commonly carry credentials (user info, the
// path, the query), for messages that name an endpoint: "https://host/…".
QString describeEndpoint(const QUrl &url);

} // namespace homing
