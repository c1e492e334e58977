#include "signing/Tc3Signer.h"

#include <QDateTime>

namespace homing::providers {

namespace {

// The date of the credential scope: UTC (local time breaks the signature
// between 00:00 and 08:00 China time, as Tencent's documentation warns).
QByteArray utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")).toLatin1();
}

} // namespace

CanonicalRequest tc3CanonicalRequest(const Tc3Request &request)
{
    CanonicalRequest canonical;
    canonical.method = "POST";
    canonical.headers = {{"content-type", request.contentType.trimmed().toLower()}, {"host", request.host.trimmed().toLower()}};
    if (request.signAction)
        canonical.headers.append({"x-tc-action", request.action.trimmed().toLower()});
    canonical.payloadHash = sha256Hex(request.payload);
    return canonical;
}

QByteArray tc3Authorization(const Tc3Request &request, const QString &secretId, const QString &secretKey)
{
    const CanonicalRequest canonical = tc3CanonicalRequest(request);
    const QByteArray date = utcDate(request.timestamp);
    const QByteArray scope = date + '/' + request.service + "/tc3_request";
    const QByteArray stringToSign = "TC3-HMAC-SHA256\n" + QByteArray::number(request.timestamp) + '\n' + scope + '\n'
        + sha256Hex(canonical.text());
    const QByteArray secretDate = hmacSha256("TC3" + secretKey.toUtf8(), date);
    const QByteArray secretService = hmacSha256(secretDate, request.service);
    const QByteArray secretSigning = hmacSha256(secretService, "tc3_request");
    const QByteArray signature = hmacSha256(secretSigning, stringToSign).toHex();
    return "TC3-HMAC-SHA256 Credential=" + secretId.toUtf8() + '/' + scope + ", SignedHeaders=" + canonical.signedHeaders()
        + ", Signature=" + signature;
}

} // namespace homing::providers
