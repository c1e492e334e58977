#pragma once

#include "signing/CanonicalRequest.h"

#include <QString>

namespace homing::providers {

// What a SigV4-shaped scheme calls itself: the algorithm name that opens the
// string to sign and the Authorization header, the prefix put before the
// secret for the date key, and the last element of the credential scope.
// AWS's values by default; Volcengine's "HMAC-SHA256" differs only in these
// (VolcengineSigner.h).
struct SigV4Scheme {
    QByteArray algorithm = "AWS4-HMAC-SHA256";
    QByteArray keyPrefix = "AWS4";
    QByteArray terminator = "aws4_request";
};

// AWS Signature Version 4 (AWS4-HMAC-SHA256), as Route 53 takes it (service
// "route53", region "us-east-1"). ../shared/reference/providers.md §7.6.
struct SigV4Request {
    QByteArray method;
    QByteArray path = "/";   // raw (UTF-8); normalised and encoded per segment here
    ByteArrayPairs query;    // raw names and values
    ByteArrayPairs headers;  // every header to sign, host and x-amz-date among them
    QByteArray payload;
    QByteArray amzDate;      // "20150830T123600Z", the X-Amz-Date header's value (X-Date for Volcengine)
    QByteArray region;
    QByteArray service;
    SigV4Scheme scheme;      // AWS unless a SigV4-shaped scheme says otherwise
};

// "/a/./b//../c/" -> "/a/c/", each segment RFC 3986-encoded; "/" when empty.
QByteArray sigV4CanonicalPath(const QByteArray &path);
QByteArray sigV4SigningKey(const QString &secretAccessKey, const QByteArray &date, const QByteArray &region,
                           const QByteArray &service, const SigV4Scheme &scheme = {});
CanonicalRequest sigV4CanonicalRequest(const SigV4Request &request);
QByteArray sigV4Authorization(const SigV4Request &request, const QString &accessKeyId, const QString &secretAccessKey);

} // namespace homing::providers
