#include "signing/SigV4Signer.h"

#include "signing/Rfc3986.h"

namespace homing::providers {

QByteArray sigV4CanonicalPath(const QByteArray &path)
{
    QList<QByteArray> segments;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(rfc3986Encode(segment));
    }
    QByteArray canonical = '/' + segments.join('/');
    if (!segments.isEmpty() && path.endsWith('/'))
        canonical += '/';
    return canonical;
}

QByteArray sigV4SigningKey(const QString &secretAccessKey, const QByteArray &date, const QByteArray &region,
                           const QByteArray &service, const SigV4Scheme &scheme)
{
    const QByteArray dateKey = hmacSha256(scheme.keyPrefix + secretAccessKey.toUtf8(), date);
    const QByteArray regionKey = hmacSha256(dateKey, region);
    const QByteArray serviceKey = hmacSha256(regionKey, service);
    return hmacSha256(serviceKey, scheme.terminator);
}

CanonicalRequest sigV4CanonicalRequest(const SigV4Request &request)
{
    CanonicalRequest canonical;
    canonical.method = request.method;
    canonical.uri = sigV4CanonicalPath(request.path);
    canonical.query = request.query;
    canonical.sortRepeatedHeaderValues = false; // AWS keeps repeated values in the order sent
    for (const auto &[name, value] : request.headers)
        canonical.headers.append({name.trimmed().toLower(), value.simplified()});
    canonical.payloadHash = sha256Hex(request.payload);
    return canonical;
}

QByteArray sigV4Authorization(const SigV4Request &request, const QString &accessKeyId, const QString &secretAccessKey)
{
    const CanonicalRequest canonical = sigV4CanonicalRequest(request);
    const QByteArray date = request.amzDate.left(8);
    const SigV4Scheme &scheme = request.scheme;
    const QByteArray scope = date + '/' + request.region + '/' + request.service + '/' + scheme.terminator;
    const QByteArray stringToSign = scheme.algorithm + '\n' + request.amzDate + '\n' + scope + '\n' + sha256Hex(canonical.text());
    const QByteArray signature =
        hmacSha256(sigV4SigningKey(secretAccessKey, date, request.region, request.service, scheme), stringToSign).toHex();
    return scheme.algorithm + " Credential=" + accessKeyId.toUtf8() + '/' + scope + ", SignedHeaders="
        + canonical.signedHeaders() + ", Signature=" + signature;
}

} // namespace homing::providers
