#include "signing/Acs3Signer.h"

namespace homing::providers {

CanonicalRequest acs3CanonicalRequest(const Acs3Request &request)
{
    CanonicalRequest canonical;
    canonical.method = request.method;
    canonical.uri = request.uri.isEmpty() ? QByteArray("/") : request.uri;
    canonical.query = request.query;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.trimmed().toLower();
        if (lower.startsWith("x-acs-") || lower == "host" || lower == "content-type")
            canonical.headers.append({lower, value.trimmed()});
    }
    canonical.payloadHash = request.payloadHash;
    return canonical;
}

QByteArray acs3Authorization(const Acs3Request &request, const QString &accessKeyId, const QString &accessKeySecret)
{
    const CanonicalRequest canonical = acs3CanonicalRequest(request);
    const QByteArray stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonical.text());
    // The key is the secret itself (V2's "&" suffix is not part of V3).
    const QByteArray signature = hmacSha256(accessKeySecret.toUtf8(), stringToSign).toHex();
    return "ACS3-HMAC-SHA256 Credential=" + accessKeyId.toUtf8() + ",SignedHeaders=" + canonical.signedHeaders()
        + ",Signature=" + signature;
}

} // namespace homing::providers
