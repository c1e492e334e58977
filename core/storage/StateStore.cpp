#include "storage/StateStore.h"

#include "common/Logging.h"
#include "platform/FileDurability.h"
#include "platform/FilePrivacy.h"
#include "storage/AtomicFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace homing {

namespace {

const QString kRecord = QStringLiteral("record");
const QString kState = QStringLiteral("state");
const QString kRemoved = QStringLiteral("removed");
const QString kDetection = QStringLiteral("detection");
const QString kLastAddresses = QStringLiteral("last_addresses");
const QString kFingerprintKey = QStringLiteral("fingerprint_key");

QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

StateStore::StateStore(QString path)
    : m_path(std::move(path))
    , m_journalPath(m_path + QStringLiteral(".journal"))
{
}

StateStore::~StateStore() = default;

QString StateStore::load()
{
    m_records.clear();
    m_detections.clear();
    m_lastAccepted.clear();
    m_fingerprintKey.clear();
    m_changedRecords.clear();
    m_changedOther = false;
    m_journal.reset();
    m_unreadable = false;
    QString warning;
    QFile file(m_path);
    if (file.exists() && !file.open(QIODevice::ReadOnly)) {
        m_unreadable = true;
        return file.errorString();
    }
    if (file.isOpen()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        file.close();
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            // Writes are atomic, so this file was damaged from outside. Keep it
            // for the user to inspect, and start from nothing.
            const QString aside = m_path + QStringLiteral(".damaged-")
                + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
            QFile::rename(m_path, aside);
            warning = QStringLiteral("%1 could not be read (%2); it was moved to %3 and Homing starts afresh")
                          .arg(m_path, error.errorString(), aside);
        } else {
            const QJsonObject root = document.object();
            const QJsonObject records = root.value(QStringLiteral("records")).toObject();
            for (auto it = records.begin(); it != records.end(); ++it)
                m_records.insert(it.key(), RecordState::fromJson(it.value().toObject()));
            applyJournalLine({{kDetection, root.value(kDetection)},
                              {kLastAddresses, root.value(kLastAddresses)},
                              {kFingerprintKey, root.value(kFingerprintKey)}});
        }
    }
    // The journal holds what was committed after state.json was last written.
    QFile journal(m_journalPath);
    if (journal.open(QIODevice::ReadOnly)) {
        while (!journal.atEnd()) {
            const QByteArray line = journal.readLine();
            const QJsonDocument entry = QJsonDocument::fromJson(line);
            if (entry.isObject())
                applyJournalLine(entry.object());
            else if (!journal.atEnd() || line.endsWith('\n'))
                qCWarning(lcState).noquote() << m_journalPath << "has a line that cannot be read; it was skipped";
            // else: the last line was torn by a crash before it was complete; it was never committed.
        }
    }
    return warning;
}

void StateStore::applyJournalLine(const QJsonObject &line)
{
    if (line.contains(kRecord))
        m_records.insert(line.value(kRecord).toString(), RecordState::fromJson(line.value(kState).toObject()));
    if (line.contains(kRemoved))
        m_records.remove(line.value(kRemoved).toString());
    const QJsonObject detection = line.value(kDetection).toObject();
    const QJsonObject lastAddresses = line.value(kLastAddresses).toObject();
    for (const auto family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        const QJsonValue value = detection.value(addressFamilyKey(family));
        if (value.isObject())
            m_detections.insert(family, detectionFromJson(family, value.toObject()));
        const QString last = lastAddresses.value(addressFamilyKey(family)).toString();
        if (!last.isEmpty())
            m_lastAccepted.insert(family, last);
    }
    const QByteArray key = QByteArray::fromHex(line.value(kFingerprintKey).toString().toLatin1());
    if (!key.isEmpty())
        m_fingerprintKey = key;
}

QJsonObject StateStore::detectionsToJson() const
{
    QJsonObject detection;
    for (auto it = m_detections.cbegin(); it != m_detections.cend(); ++it)
        detection.insert(addressFamilyKey(it.key()), detectionToJson(it.value()));
    return detection;
}

QJsonObject StateStore::lastAddressesToJson() const
{
    QJsonObject lastAddresses;
    for (auto it = m_lastAccepted.cbegin(); it != m_lastAccepted.cend(); ++it)
        lastAddresses.insert(addressFamilyKey(it.key()), it.value());
    return lastAddresses;
}

QString StateStore::commit()
{
    if (m_changedRecords.isEmpty() && !m_changedOther)
        return {};
    QByteArray lines;
    for (const QString &key : std::as_const(m_changedRecords)) {
        const auto it = m_records.constFind(key);
        if (it == m_records.cend())
            lines += jsonLine({{kRemoved, key}});
        else
            lines += jsonLine({{kRecord, key}, {kState, it->toJson()}});
    }
    if (m_changedOther) {
        QJsonObject other{{kDetection, detectionsToJson()}, {kLastAddresses, lastAddressesToJson()}};
        if (!m_fingerprintKey.isEmpty())
            other.insert(kFingerprintKey, QString::fromLatin1(m_fingerprintKey.toHex()));
        lines += jsonLine(other);
    }
    if (!m_journal) {
        // A line left unfinished by a crash or a failed write must not swallow the next one.
        QFile existing(m_journalPath);
        if (existing.open(QIODevice::ReadOnly) && existing.size() > 0 && existing.seek(existing.size() - 1)
            && existing.read(1) != "\n") {
            lines.prepend('\n');
        }
        m_journal = std::make_unique<QFile>(m_journalPath);
        if (!openPrivately(*m_journal, QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            const QString error = m_journal->errorString();
            m_journal.reset();
            qCWarning(lcState).noquote() << "cannot write" << m_journalPath << ":" << error;
            return error;
        }
    }
    // Unbuffered: one write call, in the kernel before the request it guards is sent.
    if (m_journal->write(lines) != lines.size()) {
        const QString error = m_journal->errorString();
        m_journal.reset();
        qCWarning(lcState).noquote() << "cannot write" << m_journalPath << ":" << error;
        return error;
    }
    m_changedRecords.clear();
    m_changedOther = false;
    return {};
}

QString StateStore::commitDurably()
{
    const QString error = commit();
    if (!error.isEmpty() || !m_journal)
        return error;
    if (!syncToDisk(*m_journal)) {
        qCWarning(lcState).noquote() << "cannot flush" << m_journalPath << "to the disk:" << m_journal->errorString();
        return m_journal->errorString();
    }
    return {};
}

QString StateStore::compact()
{
    if (m_unreadable) {
        // What it holds is unknown: keep it, and keep the journal.
        commit();
        return QStringLiteral("%1 could not be read, so it is not overwritten").arg(m_path);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    if (!m_fingerprintKey.isEmpty())
        root.insert(kFingerprintKey, QString::fromLatin1(m_fingerprintKey.toHex()));
    root.insert(kDetection, detectionsToJson());
    root.insert(kLastAddresses, lastAddressesToJson());
    QJsonObject records;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it)
        records.insert(it.key(), it.value().toJson());
    root.insert(QStringLiteral("records"), records);
    const QString error = writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!error.isEmpty()) {
        qCWarning(lcState).noquote() << "cannot write" << m_path << ":" << error;
        // Keep the journal: it still holds what state.json lacks.
        commit();
        return error;
    }
    // state.json holds everything now. A crash before the journal is removed
    // only replays changes that are already in it.
    m_changedRecords.clear();
    m_changedOther = false;
    m_journal.reset();
    QFile::remove(m_journalPath);
    return {};
}

void StateStore::setRecord(const QString &key, const RecordState &state)
{
    m_records.insert(key, state);
    m_changedRecords.insert(key);
}

void StateStore::setLastAcceptedAddress(AddressFamily family, const QString &address)
{
    m_lastAccepted.insert(family, address);
    m_changedOther = true;
}

void StateStore::retainRecords(const QSet<QString> &keys)
{
    for (auto it = m_records.begin(); it != m_records.end();) {
        if (keys.contains(it.key())) {
            ++it;
        } else {
            m_changedRecords.insert(it.key());
            it = m_records.erase(it);
        }
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
    m_changedOther = true;
}

QByteArray StateStore::fingerprintKey()
{
    if (m_fingerprintKey.size() != 32) {
        m_fingerprintKey.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_fingerprintKey.data()), 8);
        m_changedOther = true;
    }
    return m_fingerprintKey;
}

} // namespace homing
