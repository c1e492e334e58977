#pragma once

#include "signing/CanonicalRequest.h"

#include <QString>

namespace homing::providers {

// Tencent Cloud API 3.0's TC3-HMAC-SHA256, for POST requests with a JSON
// body (what DNSPod's API takes). ../shared/reference/providers.md §2.4.
struct Tc3Request {
    QByteArray host;     // "dnspod.tencentcloudapi.com"
    QByteArray service;  // "dnspod"
    QByteArray action;   // "ModifyRecord": signed as the x-tc-action header
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray payload;  // the exact bytes sent
    qint64 timestamp = 0; // seconds since the epoch: X-TC-Timestamp, and the UTC date of the scope
    bool signAction = true; // the current documentation signs x-tc-action; older examples do not
};

// Names and values lower-cased, as TC3 wants them.
CanonicalRequest tc3CanonicalRequest(const Tc3Request &request);
// The Authorization header's value.
QByteArray tc3Authorization(const Tc3Request &request, const QString &secretId, const QString &secretKey);

} // namespace homing::providers
