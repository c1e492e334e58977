#pragma once

#include "signing/SigV4Signer.h"

#include <QDateTime>
#include <QString>

namespace homing::providers {

// Volcengine's OpenAPI signature ("HMAC-SHA256"), as @volcengine/openapi's
// lib/base/sign.js computes it: SigV4's canonical request, string to sign and
// key derivation, with the algorithm named "HMAC-SHA256", no prefix before the
// secret and the scope ending in "request". The SDK takes its query names
// sorted and RFC 3986-encoded, header values trimmed with inner whitespace
// runs collapsed, and the X-Content-Sha256 header as the payload hash.
// ../shared/reference/providers.md §8.9.
struct VolcengineRequest {
    QByteArray method = "POST";
    QByteArray path = "/";    // "/" for every OpenAPI action (the SDK signs its pathname as it is)
    QByteArray host;          // the Host header exactly as sent ("open.volcengineapi.com", or "127.0.0.1:8443")
    ByteArrayPairs query;     // Action, Version and the action's parameters, raw
    QByteArray contentType;   // sent and signed when not empty
    QByteArray payload;       // the exact body
    QByteArray xDate;         // "20201103T104027Z": the X-Date header, its first 8 characters the scope's date
    QByteArray region = "cn-north-1";
    QByteArray service = "DNS";
    // The documentation's examples sign host (and content-type); the Node SDK
    // signs neither. The gateway checks whatever SignedHeaders names.
    bool signHost = true;
};

// The SigV4 scheme under Volcengine's names.
SigV4Scheme volcengineScheme();
// "yyyyMMdd'T'HHmmss'Z'" of a UTC time.
QByteArray volcengineDate(const QDateTime &utc);
// The request as SigV4 signs it: every header signed, X-Date and
// X-Content-Sha256 among them.
SigV4Request volcengineSigV4Request(const VolcengineRequest &request);
QByteArray volcengineAuthorization(const VolcengineRequest &request, const QString &accessKeyId,
                                   const QString &secretAccessKey);
// The headers to send, Authorization last: Host (when signed), Content-Type
// (when set), X-Date, X-Content-Sha256.
ByteArrayPairs volcengineHeaders(const VolcengineRequest &request, const QString &accessKeyId,
                                 const QString &secretAccessKey);

} // namespace homing::providers
