#include "secrets/Redactor.h"

#include "storage/JsonText.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace homing {

namespace {

// Readings of a text under the escapings a service may apply when it quotes
// a request back: each returns the text unchanged when it has nothing to decode.
QString percentDecoded(const QString &text)
{
    return text.contains(QLatin1Char('%')) ? QUrl::fromPercentEncoding(text.toUtf8()) : text;
}

QString formDecoded(const QString &text)
{
    if (!text.contains(QLatin1Char('+')))
        return text;
    QString spaced = text;
    spaced.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(spaced.toUtf8());
}

// JSON string escapes: \/ \" \\ \n \t \r \b \f and \uXXXX (surrogate pairs too).
QString jsonDecoded(const QString &text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            result.append(c);
            continue;
        }
        const QChar next = text.at(i + 1);
        bool ok = false;
        const ushort code = next == QLatin1Char('u') && i + 5 < text.size() ? text.mid(i + 2, 4).toUShort(&ok, 16) : 0;
        if (ok) {
            result.append(QChar(code));
            i += 5;
            continue;
        }
        switch (next.unicode()) {
        case '/': case '"': case '\\': result.append(next); break;
        case 'n': result.append(QLatin1Char('\n')); break;
        case 't': result.append(QLatin1Char('\t')); break;
        case 'r': result.append(QLatin1Char('\r')); break;
        case 'b': result.append(QLatin1Char('\b')); break;
        case 'f': result.append(QLatin1Char('\f')); break;
        default: result.append(c); result.append(next); break;
        }
        ++i;
    }
    return result;
}

// The text with every space, line break and no-break space taken out: a
// secret a service wrapped over two lines, or spaced differently.
QString withoutWhitespace(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result.size() == text.size() ? text : result;
}

char32_t namedReference(const QString &name)
{
    static const QHash<QString, char32_t> names{
        {QStringLiteral("sol"), '/'},    {QStringLiteral("plus"), '+'},   {QStringLiteral("equals"), '='},
        {QStringLiteral("quest"), '?'},  {QStringLiteral("num"), '#'},    {QStringLiteral("percnt"), '%'},
        {QStringLiteral("colon"), ':'},  {QStringLiteral("semi"), ';'},   {QStringLiteral("commat"), '@'},
        {QStringLiteral("excl"), '!'},   {QStringLiteral("dollar"), '$'}, {QStringLiteral("lpar"), '('},
        {QStringLiteral("rpar"), ')'},   {QStringLiteral("ast"), '*'},    {QStringLiteral("comma"), ','},
        {QStringLiteral("period"), '.'}, {QStringLiteral("lowbar"), '_'}, {QStringLiteral("hyphen"), '-'},
        {QStringLiteral("bsol"), '\\'}, {QStringLiteral("nbsp"), 0xa0},
    };
    return names.value(name, 0);
}

// HTML character references: numeric ones (the ";" may be missing), and the
// named ones for the characters that URL and JSON escaping also touch.
QString htmlDecoded(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression reference(QStringLiteral(
        "&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|sol|plus|equals|quest|num|percnt|colon|semi|commat"
        "|excl|dollar|lpar|rpar|ast|comma|period|lowbar|hyphen|bsol|nbsp);?"));
    QString result;
    qsizetype last = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result.append(QStringView(text).mid(last, match.capturedStart() - last));
        const QString name = match.captured(1);
        char32_t code = 0;
        if (name == QLatin1String("amp")) code = '&';
        else if (name == QLatin1String("lt")) code = '<';
        else if (name == QLatin1String("gt")) code = '>';
        else if (name == QLatin1String("quot")) code = '"';
        else if (name == QLatin1String("apos")) code = '\'';
        else if (name.at(0) != QLatin1Char('#')) code = namedReference(name);
        else if (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X')) code = name.mid(2).toUInt(nullptr, 16);
        else code = name.mid(1).toUInt();
        result.append(code > 0 && code <= 0x10ffff ? QString::fromUcs4(&code, 1) : match.captured(0));
        last = match.capturedEnd();
    }
    result.append(QStringView(text).mid(last));
    return result;
}

} // namespace

void Redactor::addSecret(const QString &secret)
{
    // Any length: a short secret is still a secret (its marker may then
    // replace ordinary letters too, which is the lesser harm).
    if (secret.isEmpty())
        return;
    QWriteLocker lock(&m_lock);
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
    addForm(secret);
    addForm(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    addForm(QString::fromLatin1(secret.toUtf8().toBase64()));
    addForm(QString::fromLatin1(secret.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    addForm(QString::fromLatin1(secret.toUtf8().toHex())); // matched in any case, so upper-case hex too
    // As it appears when a service quotes a JSON or HTML body back.
    addForm(jsonEscaped(secret));
    addForm(secret.toHtmlEscaped());
    QString plusForm = QString::fromLatin1(QUrl::toPercentEncoding(secret, " "));
    plusForm.replace(QLatin1Char(' '), QLatin1Char('+'));
    addForm(plusForm);
    // As it appears in a message whose whitespace was collapsed, or in the
    // reading of a text without any whitespace (a secret broken over lines).
    addForm(secret.simplified());
    addForm(withoutWhitespace(secret));
}

void Redactor::addForm(const QString &form)
{
    if (form.isEmpty() || m_forms.contains(form))
        return;
    const auto position = std::find_if(m_forms.begin(), m_forms.end(),
                                       [&](const QString &other) { return other.size() < form.size(); });
    m_forms.insert(position, form);
}

QString Redactor::replaceForms(QString text) const
{
    // In any case: services upper-case what they quote often enough.
    for (const auto &form : m_forms)
        text.replace(form, kMarker.toString(), Qt::CaseInsensitive);
    return text;
}

QString Redactor::redact(QString text) const
{
    QReadLocker lock(&m_lock);
    if (m_forms.isEmpty() || text.isEmpty())
        return text;
    text = replaceForms(text);
    // Libraries differ in what they escape ("@", "/", "+" for space, "\\/",
    // "\\u0041", "&#47;"...), and escapings nest (JSON inside a URL): also
    // look at the decoded readings of the text, two deep, and use one that
    // still holds a secret.
    const auto holdsSecret = [this](const QString &reading) {
        return std::any_of(m_forms.cbegin(), m_forms.cend(),
                           [&](const QString &form) { return reading.contains(form, Qt::CaseInsensitive); });
    };
    using Decoder = QString (*)(const QString &);
    const Decoder decoders[] = {&percentDecoded, &formDecoded, &jsonDecoded, &htmlDecoded, &withoutWhitespace};
    for (int found = 0; found < 3; ++found) {
        QStringList readings;
        for (const Decoder decode : decoders) {
            const QString reading = decode(text);
            if (reading == text)
                continue;
            readings.append(reading);
            for (const Decoder again : decoders) {
                const QString deeper = again(reading);
                if (deeper != reading)
                    readings.append(deeper);
            }
        }
        const auto leaking = std::find_if(readings.cbegin(), readings.cend(), holdsSecret);
        if (leaking == readings.cend())
            break;
        text = replaceForms(*leaking);
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
