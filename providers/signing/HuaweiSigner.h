#pragma once

#include "signing/CanonicalRequest.h"

#include <QDateTime>
#include <QString>

namespace homing::providers {

// Huawei Cloud's AK/SK signature for its API gateway, SDK-HMAC-SHA256
// (../shared/reference/providers.md §3.4): the AWS-style canonical request
// with a URI that always ends in "/", a string to sign of
//   SDK-HMAC-SHA256 \n X-Sdk-Date \n hex(sha256(canonical request))
// and the secret key itself as the HMAC key (no derivation).
struct HuaweiRequest {
    QByteArray method;
    QByteArray path = "/";   // raw (UTF-8), as sent; encoded per segment when signed
    ByteArrayPairs query;    // raw names and values
    ByteArrayPairs headers;  // every header to sign besides x-sdk-date (host, content-type, ...)
    QByteArray payload;      // the exact body bytes
    QByteArray sdkDate;      // "20191115T033655Z": the X-Sdk-Date header, signed and in the string to sign
};

// "20191115T033655Z" for `time` in UTC, whatever the local zone.
QByteArray huaweiSdkDate(const QDateTime &time);
// "/v1/a b/vpcs" -> "/v1/a%20b/vpcs/": each segment RFC 3986-encoded, "/" appended.
QByteArray huaweiCanonicalUri(const QByteArray &path);
// Header names lower case, values trimmed; x-sdk-date added from `sdkDate`.
CanonicalRequest huaweiCanonicalRequest(const HuaweiRequest &request);
QByteArray huaweiStringToSign(const HuaweiRequest &request);
// The Authorization header's value:
// "SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>".
QByteArray huaweiAuthorization(const HuaweiRequest &request, const QString &accessKeyId, const QString &secretAccessKey);

} // namespace homing::providers
