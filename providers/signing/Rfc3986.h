#pragma once

#include <QByteArray>
#include <QString>

namespace homing::providers {

// The one percent-encoding every signer uses: bytes outside RFC 3986's
// unreserved set (A-Z a-z 0-9 - _ . ~) become %XX with uppercase hex, so
// space is %20, '*' is %2A and '/' is %2F. QUrlQuery's defaults differ
// (they leave some sub-delimiters alone) and must never build a string
// that is signed.
QByteArray rfc3986Encode(const QByteArray &utf8);
inline QByteArray rfc3986Encode(const QString &text)
{
    return rfc3986Encode(text.toUtf8());
}

} // namespace homing::providers
