#include "common/PlainText.h"

#include <algorithm>

namespace homing {

namespace {

bool isUnsafe(char32_t c)
{
    // C0 and C1 controls and DEL: escape sequences, line breaks, NUL.
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // Line and paragraph separators: line breaks by another name.
    if (c == 0x2028 || c == 0x2029)
        return true;
    // Invisible characters that make two texts look alike (zero-width space,
    // joiners, word joiner, byte order mark).
    if ((c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff)
        return true;
    // Marks and overrides that change the order in which text is shown.
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString plainText(const QString &text, qsizetype maximum)
{
    QString result;
    result.reserve(std::min(text.size(), maximum + 1));
    qsizetype characters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (characters >= maximum) {
            result.append(QChar(0x2026));
            break;
        }
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(++i));
        } else if (c.isSurrogate()) {
            result.append(QChar(QChar::ReplacementCharacter)); // half of a pair, on its own
        } else {
            result.append(isUnsafe(c.unicode()) ? QChar(QLatin1Char(' ')) : c);
        }
        ++characters;
    }
    return result;
}

QString terminalSafeJson(const QString &json)
{
    QString result;
    result.reserve(json.size());
    for (const QChar c : json) {
        if (isUnsafe(c.unicode()) && c != QLatin1Char('\n'))
            result.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        else
            result.append(c);
    }
    return result;
}

} // namespace homing
