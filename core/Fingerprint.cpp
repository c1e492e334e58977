#include "Fingerprint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace homing {

QString recordFingerprint(const AccountConfig &account, const RecordConfig &record, const SecretValues &secrets,
                          const QByteArray &key)
{
    QJsonObject references;
    for (auto it = account.secrets.cbegin(); it != account.secrets.cend(); ++it)
        references.insert(it.key(), it.value().toString());
    QJsonObject description{
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
    QStringList fields = secrets.keys();
    std::sort(fields.begin(), fields.end());
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    for (const auto &field : fields) {
        mac.addData(field.toUtf8());
        mac.addData(QByteArray(1, '\0'));
        mac.addData(secrets.value(field).toUtf8());
        mac.addData(QByteArray(1, '\0'));
    }
    // QJsonDocument sorts object keys, so equal descriptions serialise equally.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QJsonDocument(description).toJson(QJsonDocument::Compact));
    hash.addData(mac.result());
    return QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace homing
