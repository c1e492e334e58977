#pragma once

#include "address/AddressDetector.h"
#include "update/RecordState.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>

#include <optional>

namespace homing {

// state.json in the data directory: what each record's provider last
// confirmed, failures and the blocked latch, the last detection of each
// family.
//
// Changes are made durable in O(changes), not O(records): commit() appends
// them to a journal beside state.json (state.json.journal, one JSON object a
// line, written with one write call and flushed), and compact() folds
// everything into state.json atomically and empties the journal. load()
// reads state.json and replays the journal, so a process killed at any
// moment leaves exactly what it had committed; a line torn by a power loss
// at the end of the journal is ignored.
class StateStore
{
public:
    explicit StateStore(QString path);
    ~StateStore();

    // Reads state.json and replays the journal; writes nothing. A missing file
    // is an empty state; an unreadable one is moved aside (never deleted) and
    // reported.
    QString load();
    // Appends what changed since the last commit to the journal. Returns an
    // empty string on success.
    QString commit();
    // The same, and on the disk before it returns: for the mark that guards a
    // request, which a power loss must not take back either.
    QString commitDurably();
    // Writes the whole state to state.json and empties the journal. Refused
    // while state.json exists but could not be read: it would be overwritten.
    QString compact();

    RecordState record(const QString &key) const { return m_records.value(key); }
    bool hasRecord(const QString &key) const { return m_records.contains(key); }
    void setRecord(const QString &key, const RecordState &state);
    // Drops state of records no longer in the configuration.
    void retainRecords(const QSet<QString> &keys);

    // The last detection of a family, whether or not it accepted an address.
    std::optional<DetectionResult> detection(AddressFamily family) const;
    void setDetection(const DetectionResult &result);
    // The last address detection accepted: changes are measured against it,
    // so a failed detection in between does not count as a change.
    QString lastAcceptedAddress(AddressFamily family) const { return m_lastAccepted.value(family); }
    void setLastAcceptedAddress(AddressFamily family, const QString &address);

    // A random key, made once per data directory, for fingerprints of secrets:
    // it lets Homing notice that a secret changed without storing anything
    // from which the secret could be guessed.
    QByteArray fingerprintKey();

    const QString &path() const { return m_path; }
    const QString &journalPath() const { return m_journalPath; }

private:
    void applyJournalLine(const QJsonObject &line);
    QJsonObject detectionsToJson() const;
    QJsonObject lastAddressesToJson() const;

    QString m_path;
    QString m_journalPath;
    std::unique_ptr<QFile> m_journal; // open for appending between commits
    QSet<QString> m_changedRecords;   // set or removed since the last commit
    bool m_changedOther = false;      // detections, last addresses, the fingerprint key
    bool m_unreadable = false;        // state.json exists but the last load() could not read it
    QHash<QString, RecordState> m_records;
    QMap<AddressFamily, DetectionResult> m_detections;
    QMap<AddressFamily, QString> m_lastAccepted;
    QByteArray m_fingerprintKey;
};

} // namespace homing
