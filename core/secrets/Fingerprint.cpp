#include "secrets/Fingerprint.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPasswordDigestor>

#include <algorithm>

namespace homing {

QByteArray secretsDigest(const SecretValues &secrets, const QByteArray &salt)
{
    QStringList fields = secrets.keys();
    std::sort(fields.begin(), fields.end());
    QByteArray material;
    for (const auto &field : fields) {
        material += field.toUtf8() + '\0' + secrets.value(field).toUtf8() + '\0';
    }
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, material, salt, kSecretDigestIterations, 32);
}

QString recordFingerprint(const AccountConfig &account, const RecordConfig &record, const QByteArray &secretsDigest)
{
    QJsonObject references;
    for (auto it = account.secrets.cbegin(); it != account.secrets.cend(); ++it)
        references.insert(it.key(), it.value().toString());
    const QJsonObject description{
        {QStringLiteral("provider"), account.provider},
        {QStringLiteral("endpoint"), account.endpoint.toString()},
        {QStringLiteral("ca_file"), account.caFile},
        {QStringLiteral("allow_insecure_http"), account.allowInsecureHttp},
        {QStringLiteral("proxy"), account.proxy},
        {QStringLiteral("settings"), account.settings},
        {QStringLiteral("secrets"), references},
        {QStringLiteral("name"), record.spec.name},
        {QStringLiteral("type"), record.spec.type},
        {QStringLiteral("ttl"), record.spec.ttl},
        {QStringLiteral("record_settings"), record.spec.settings},
        {QStringLiteral("allow_private"), record.allowPrivate},
    };
    // QJsonDocument sorts object keys, so equal descriptions serialise equally.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QJsonDocument(description).toJson(QJsonDocument::Compact));
    hash.addData(secretsDigest);
    return QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace homing
