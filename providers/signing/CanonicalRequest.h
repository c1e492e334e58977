#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace homing::providers {

using ByteArrayPairs = QList<QPair<QByteArray, QByteArray>>;

// The canonical request the AWS-style signatures (ACS3, TC3, SigV4, Huawei,
// Volcengine) hash:
//   METHOD \n URI \n QUERY \n name:value\n... \n SIGNED;HEADERS \n PAYLOAD-HASH
// Each signer decides which headers it signs and how their values are
// normalised; this puts them in the shared shape.
struct CanonicalRequest {
    QByteArray method;
    QByteArray uri = "/";       // already encoded as the scheme wants
    ByteArrayPairs query;       // raw names and values, encoded and sorted here
    ByteArrayPairs headers;     // names lower case, values as the scheme normalised them
    QByteArray payloadHash;     // lowercase hex SHA-256 of the exact body
    // Several values of one header: sorted (Alibaba) or in the order sent (AWS).
    bool sortRepeatedHeaderValues = true;

    // "a=1&b=2": each name and value RFC 3986-encoded, sorted by encoded name
    // then value, an empty value written as "name=".
    QByteArray canonicalQuery() const;
    // Sorted by name; several values of one name joined with ",".
    QByteArray canonicalHeaders() const;
    QByteArray signedHeaders() const;
    QByteArray text() const;
};

QByteArray sha256Hex(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

} // namespace homing::providers
