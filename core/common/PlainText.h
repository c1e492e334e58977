#pragma once

#include <QString>

namespace homing {

// Text that came from outside (a provider's answer, a server's error) made
// safe to store and to print: control characters (terminal escapes, line
// breaks, NUL, line separators) and the invisible characters that reorder
// text on screen or hide between letters (bidi marks, zero-width spaces)
// become spaces, and the text is cut at `maximum` characters with an
// ellipsis, so one answer cannot fill a history entry or a terminal.
QString plainText(const QString &text, qsizetype maximum);

// The bound for one stored detail of a provider's answer.
inline constexpr qsizetype kMaximumDetailLength = 300;

// JSON text (as QJsonDocument writes it) with every character that
// plainText() would remove written as a \uXXXX escape instead: the same
// data for a program, nothing a terminal acts on. (QJsonDocument escapes
// only C0 controls.)
QString terminalSafeJson(const QString &json);

} // namespace homing
