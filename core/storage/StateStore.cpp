#include "storage/StateStore.h"

#include "storage/AtomicFile.h"
#include "common/Logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace homing {

StateStore::StateStore(QString path)
    : m_path(std::move(path))
{
}

QString StateStore::load()
{
    m_records.clear();
    m_detections.clear();
    m_lastAccepted.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        // Writes are atomic, so this file was damaged from outside. Keep it
        // for the user to inspect, and start from nothing.
        const QString aside = m_path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
        QFile::rename(m_path, aside);
        return QStringLiteral("%1 could not be read (%2); it was moved to %3 and Homing starts afresh")
            .arg(m_path, error.errorString(), aside);
    }
    const QJsonObject root = document.object();
    const QJsonObject records = root.value(QStringLiteral("records")).toObject();
    for (auto it = records.begin(); it != records.end(); ++it)
        m_records.insert(it.key(), RecordState::fromJson(it.value().toObject()));
    const QJsonObject detection = root.value(QStringLiteral("detection")).toObject();
    for (const auto family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        const QJsonValue value = detection.value(addressFamilyKey(family));
        if (value.isObject())
            m_detections.insert(family, detectionFromJson(family, value.toObject()));
        const QString last = root.value(QStringLiteral("last_addresses")).toObject().value(addressFamilyKey(family)).toString();
        if (!last.isEmpty())
            m_lastAccepted.insert(family, last);
    }
    m_fingerprintKey = QByteArray::fromHex(root.value(QStringLiteral("fingerprint_key")).toString().toLatin1());
    return {};
}

QString StateStore::save() const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    if (!m_fingerprintKey.isEmpty())
        root.insert(QStringLiteral("fingerprint_key"), QString::fromLatin1(m_fingerprintKey.toHex()));
    QJsonObject detection;
    for (auto it = m_detections.cbegin(); it != m_detections.cend(); ++it)
        detection.insert(addressFamilyKey(it.key()), detectionToJson(it.value()));
    root.insert(QStringLiteral("detection"), detection);
    QJsonObject lastAddresses;
    for (auto it = m_lastAccepted.cbegin(); it != m_lastAccepted.cend(); ++it)
        lastAddresses.insert(addressFamilyKey(it.key()), it.value());
    root.insert(QStringLiteral("last_addresses"), lastAddresses);
    QJsonObject records;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it)
        records.insert(it.key(), it.value().toJson());
    root.insert(QStringLiteral("records"), records);
    const QString error = writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!error.isEmpty())
        qCWarning(lcState).noquote() << "cannot write" << m_path << ":" << error;
    return error;
}

void StateStore::retainRecords(const QStringList &keys)
{
    for (auto it = m_records.begin(); it != m_records.end();) {
        if (keys.contains(it.key()))
            ++it;
        else
            it = m_records.erase(it);
    }
}

std::optional<DetectionResult> StateStore::detection(AddressFamily family) const
{
    const auto it = m_detections.constFind(family);
    if (it == m_detections.cend())
        return std::nullopt;
    return *it;
}

void StateStore::setDetection(const DetectionResult &result)
{
    m_detections.insert(result.family, result);
}

QByteArray StateStore::fingerprintKey()
{
    if (m_fingerprintKey.size() != 32) {
        m_fingerprintKey.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_fingerprintKey.data()), 8);
    }
    return m_fingerprintKey;
}

} // namespace homing
