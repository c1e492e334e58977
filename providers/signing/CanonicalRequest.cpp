#include "signing/CanonicalRequest.h"

#include "signing/Rfc3986.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <map>

namespace homing::providers {

namespace {

// name -> its values: the shape both lists are written from.
std::map<QByteArray, QList<QByteArray>> grouped(const ByteArrayPairs &pairs, bool sortValues)
{
    std::map<QByteArray, QList<QByteArray>> groups;
    for (const auto &pair : pairs)
        groups[pair.first].append(pair.second);
    if (sortValues) {
        for (auto &entry : groups)
            std::sort(entry.second.begin(), entry.second.end());
    }
    return groups;
}

} // namespace

QByteArray CanonicalRequest::canonicalQuery() const
{
    ByteArrayPairs encoded;
    encoded.reserve(query.size());
    for (const auto &pair : query)
        encoded.append({rfc3986Encode(pair.first), rfc3986Encode(pair.second)});
    std::sort(encoded.begin(), encoded.end());
    QList<QByteArray> parts;
    for (const auto &pair : std::as_const(encoded))
        parts.append(pair.first + '=' + pair.second);
    return parts.join('&');
}

QByteArray CanonicalRequest::canonicalHeaders() const
{
    QByteArray text;
    for (const auto &[name, values] : grouped(headers, sortRepeatedHeaderValues))
        text += name + ':' + values.join(',') + '\n';
    return text;
}

QByteArray CanonicalRequest::signedHeaders() const
{
    QList<QByteArray> names;
    for (const auto &entry : grouped(headers, false))
        names.append(entry.first);
    return names.join(';');
}

QByteArray CanonicalRequest::text() const
{
    return method + '\n' + uri + '\n' + canonicalQuery() + '\n' + canonicalHeaders() + '\n' + signedHeaders() + '\n'
        + payloadHash;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace homing::providers
