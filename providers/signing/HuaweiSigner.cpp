#include "signing/HuaweiSigner.h"

#include "signing/Rfc3986.h"

namespace homing::providers {

QByteArray huaweiSdkDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray huaweiCanonicalUri(const QByteArray &path)
{
    // As the SDKs do: every segment encoded, empty ones kept (no normalisation).
    QList<QByteArray> segments;
    for (const QByteArray &segment : path.split('/'))
        segments.append(rfc3986Encode(segment));
    QByteArray uri = segments.join('/');
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

CanonicalRequest huaweiCanonicalRequest(const HuaweiRequest &request)
{
    CanonicalRequest canonical;
    canonical.method = request.method;
    canonical.uri = huaweiCanonicalUri(request.path);
    canonical.query = request.query;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.trimmed().toLower();
        if (lower != "x-sdk-date" && lower != "authorization")
            canonical.headers.append({lower, value.trimmed()});
    }
    canonical.headers.append({"x-sdk-date", request.sdkDate});
    canonical.payloadHash = sha256Hex(request.payload);
    return canonical;
}

QByteArray huaweiStringToSign(const HuaweiRequest &request)
{
    return "SDK-HMAC-SHA256\n" + request.sdkDate + '\n' + sha256Hex(huaweiCanonicalRequest(request).text());
}

QByteArray huaweiAuthorization(const HuaweiRequest &request, const QString &accessKeyId, const QString &secretAccessKey)
{
    // One formula: the string the known-answer tests check is the one signed.
    const QByteArray signature = hmacSha256(secretAccessKey.toUtf8(), huaweiStringToSign(request)).toHex();
    return "SDK-HMAC-SHA256 Access=" + accessKeyId.toUtf8() + ", SignedHeaders="
        + huaweiCanonicalRequest(request).signedHeaders()
        + ", Signature=" + signature;
}

} // namespace homing::providers
