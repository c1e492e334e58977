#include "address/AddressExtractor.h"

#include <QRegularExpression>

namespace homing {

namespace {

bool isAddressChar(char c, AddressFamily family)
{
    if (c >= '0' && c <= '9')
        return true;
    if (c == '.')
        return true;
    if (family == AddressFamily::IPv6)
        return c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    return false;
}

bool isWordChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

} // namespace

QHostAddress extractAddress(const QByteArray &body, AddressFamily family)
{
    const auto wanted = socketProtocol(family);
    // Scan maximal runs of characters that can form an address of this family.
    // A run glued to other word characters ("v1.2.3.4x") is part of something
    // else and is skipped.
    qsizetype i = 0;
    const qsizetype n = body.size();
    while (i < n) {
        if (!isAddressChar(body[i], family)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isAddressChar(body[end], family))
            ++end;
        const bool gluedBefore = i > 0 && isWordChar(body[i - 1]);
        const bool gluedAfter = end < n && isWordChar(body[end]);
        if (!gluedBefore && !gluedAfter) {
            QByteArray token = body.mid(i, end - i);
            // Trailing punctuation such as a sentence's full stop.
            while (token.endsWith('.'))
                token.chop(1);
            const bool plausible = family == AddressFamily::IPv4 ? token.count('.') == 3
                                                                  : token.count(':') >= 2;
            if (plausible) {
                QHostAddress address;
                if (address.setAddress(QString::fromLatin1(token)) && address.protocol() == wanted
                    && !(family == AddressFamily::IPv6 && address == QHostAddress(QHostAddress::AnyIPv6))) {
                    return address;
                }
            }
        }
        i = end;
    }
    return {};
}

} // namespace homing
