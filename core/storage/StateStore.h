#pragma once

#include "address/AddressDetector.h"
#include "update/RecordState.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

namespace homing {

// state.json in the data directory: what each record's provider last
// confirmed, failures and the blocked latch, the last detection of each
// family. Written atomically after every change.
class StateStore
{
public:
    explicit StateStore(QString path);

    // Reads the file. A missing file is an empty state; an unreadable one is
    // moved aside (never deleted) and reported.
    QString load();
    QString save() const;

    RecordState record(const QString &key) const { return m_records.value(key); }
    bool hasRecord(const QString &key) const { return m_records.contains(key); }
    void setRecord(const QString &key, const RecordState &state) { m_records.insert(key, state); }
    // Drops state of records no longer in the configuration.
    void retainRecords(const QStringList &keys);

    // The last detection of a family, whether or not it accepted an address.
    std::optional<DetectionResult> detection(AddressFamily family) const;
    void setDetection(const DetectionResult &result);
    // The last address detection accepted: changes are measured against it,
    // so a failed detection in between does not count as a change.
    QString lastAcceptedAddress(AddressFamily family) const { return m_lastAccepted.value(family); }
    void setLastAcceptedAddress(AddressFamily family, const QString &address) { m_lastAccepted.insert(family, address); }

    // A random key, made once per data directory, for fingerprints of secrets:
    // it lets Homing notice that a secret changed without storing anything
    // from which the secret could be guessed.
    QByteArray fingerprintKey();

    const QString &path() const { return m_path; }

private:
    QString m_path;
    QHash<QString, RecordState> m_records;
    QMap<AddressFamily, DetectionResult> m_detections;
    QMap<AddressFamily, QString> m_lastAccepted;
    QByteArray m_fingerprintKey;
};

} // namespace homing
