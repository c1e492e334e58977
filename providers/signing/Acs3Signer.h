#pragma once

#include "signing/CanonicalRequest.h"

#include <QString>

namespace homing::providers {

// Alibaba Cloud's V3 signature, ACS3-HMAC-SHA256 (Alidns 2015-01-09 accepts
// it). ../shared/reference/providers.md §1.5.
struct Acs3Request {
    QByteArray method;       // "POST"
    QByteArray uri = "/";    // "/" for RPC-style APIs
    ByteArrayPairs query;    // the operation's parameters, raw
    ByteArrayPairs headers;  // every header sent; x-acs-*, host and content-type are signed
    QByteArray payloadHash;  // lowercase hex SHA-256 of the body, also sent as x-acs-content-sha256
};

CanonicalRequest acs3CanonicalRequest(const Acs3Request &request);
// The Authorization header's value (commas without spaces, as Alibaba writes it).
QByteArray acs3Authorization(const Acs3Request &request, const QString &accessKeyId, const QString &accessKeySecret);

} // namespace homing::providers
