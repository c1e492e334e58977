#include "signing/VolcengineSigner.h"

namespace homing::providers {

namespace {

// The headers signed, in the spelling they are sent with.
ByteArrayPairs signedHeaders(const VolcengineRequest &request)
{
    ByteArrayPairs headers;
    if (request.signHost)
        headers.append({"Host", request.host});
    if (!request.contentType.isEmpty())
        headers.append({"Content-Type", request.contentType});
    headers.append({"X-Date", request.xDate});
    headers.append({"X-Content-Sha256", sha256Hex(request.payload)});
    return headers;
}

} // namespace

SigV4Scheme volcengineScheme()
{
    return SigV4Scheme{"HMAC-SHA256", QByteArray(), "request"};
}

QByteArray volcengineDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

SigV4Request volcengineSigV4Request(const VolcengineRequest &request)
{
    SigV4Request sigV4;
    sigV4.method = request.method;
    sigV4.path = request.path;
    sigV4.query = request.query;
    sigV4.headers = signedHeaders(request);
    sigV4.payload = request.payload;
    sigV4.amzDate = request.xDate;
    sigV4.region = request.region;
    sigV4.service = request.service;
    sigV4.scheme = volcengineScheme();
    return sigV4;
}

QByteArray volcengineAuthorization(const VolcengineRequest &request, const QString &accessKeyId,
                                   const QString &secretAccessKey)
{
    return sigV4Authorization(volcengineSigV4Request(request), accessKeyId, secretAccessKey);
}

ByteArrayPairs volcengineHeaders(const VolcengineRequest &request, const QString &accessKeyId,
                                 const QString &secretAccessKey)
{
    ByteArrayPairs headers = signedHeaders(request);
    headers.append({"Authorization", volcengineAuthorization(request, accessKeyId, secretAccessKey)});
    return headers;
}

} // namespace homing::providers
