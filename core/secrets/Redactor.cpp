#include "secrets/Redactor.h"

#include "storage/JsonText.h"

#include <QUrl>

#include <algorithm>

namespace homing {

void Redactor::addSecret(const QString &secret)
{
    // Very short values would redact ordinary words; secrets are never that short
    // in practice, and such a secret is still kept out of files by design.
    if (secret.size() < 4)
        return;
    QWriteLocker lock(&m_lock);
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
    addForm(secret);
    addForm(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    addForm(QString::fromLatin1(secret.toUtf8().toBase64()));
    // As it appears when a service quotes a JSON or HTML body back.
    addForm(jsonEscaped(secret));
    addForm(secret.toHtmlEscaped());
    QString plusForm = QString::fromLatin1(QUrl::toPercentEncoding(secret, " "));
    plusForm.replace(QLatin1Char(' '), QLatin1Char('+'));
    addForm(plusForm);
}

void Redactor::addForm(const QString &form)
{
    if (m_forms.contains(form))
        return;
    const auto position = std::find_if(m_forms.begin(), m_forms.end(),
                                       [&](const QString &other) { return other.size() < form.size(); });
    m_forms.insert(position, form);
}

QString Redactor::replaceForms(QString text) const
{
    for (const auto &form : m_forms)
        text.replace(form, kMarker.toString(), Qt::CaseSensitive);
    return text;
}

QString Redactor::redact(QString text) const
{
    QReadLocker lock(&m_lock);
    if (m_forms.isEmpty() || text.isEmpty())
        return text;
    text = replaceForms(text);
    // URL libraries differ in what they escape ("@", "/", "+" for space...):
    // also look at the decoded reading, and use it if it still holds a secret.
    if (text.contains(QLatin1Char('%')) || text.contains(QLatin1Char('+'))) {
        QString spaced = text;
        spaced.replace(QLatin1Char('+'), QLatin1Char(' '));
        for (const QString &candidate : {text, spaced}) {
            const QString decoded = QUrl::fromPercentEncoding(candidate.toUtf8());
            const bool leaks = std::any_of(m_secrets.cbegin(), m_secrets.cend(),
                                           [&](const QString &secret) { return decoded.contains(secret); });
            if (leaks)
                return replaceForms(decoded);
        }
    }
    return text;
}

QByteArray Redactor::redact(const QByteArray &text) const
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

QString describeEndpoint(const QUrl &url)
{
    // Webhook URLs hold tokens in the path as often as in the query.
    const bool hasPath = !url.path().isEmpty() && url.path() != QLatin1String("/");
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
               .toDisplayString()
        + (hasPath ? QStringLiteral("/\u2026") : QString());
}

} // namespace homing
