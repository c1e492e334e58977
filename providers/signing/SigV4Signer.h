#pragma once

#include "signing/CanonicalRequest.h"

#include <QString>

namespace homing::providers {

// AWS Signature Version 4 (AWS4-HMAC-SHA256), as Route 53 takes it (service
// "route53", region "us-east-1"). ../shared/reference/providers.md §7.6.
struct SigV4Request {
    QByteArray method;
    QByteArray path = "/";   // raw (UTF-8); normalised and encoded per segment here
    ByteArrayPairs query;    // raw names and values
    ByteArrayPairs headers;  // every header to sign, host and x-amz-date among them
    QByteArray payload;
    QByteArray amzDate;      // "20150830T123600Z", the X-Amz-Date header's value
    QByteArray region;
    QByteArray service;
};

// "/a/./b//../c/" -> "/a/c/", each segment RFC 3986-encoded; "/" when empty.
QByteArray sigV4CanonicalPath(const QByteArray &path);
QByteArray sigV4SigningKey(const QString &secretAccessKey, const QByteArray &date, const QByteArray &region,
                           const QByteArray &service);
CanonicalRequest sigV4CanonicalRequest(const SigV4Request &request);
QByteArray sigV4Authorization(const SigV4Request &request, const QString &accessKeyId, const QString &secretAccessKey);

} // namespace homing::providers
