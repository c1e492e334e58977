#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace homing {

// One line of the update history.
struct HistoryEntry {
    QDateTime time;
    QString account;
    QString record; // empty for a change of detected address
    QString type;   // "A" or "AAAA"
    QString oldValue;
    QString newValue;
    QString result; // a ResultKind key, "address_changed", or "address_not_public"
    QString detail; // plain words, redacted

    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &object);
};

// history.jsonl in the data directory: every attempt that reached a provider
// and every change of detected address, oldest first. Bounded: past `limit`
// entries the oldest roll off. Each append rewrites the file atomically; a
// file with unreadable lines is copied aside first, so nothing else is lost.
class HistoryStore
{
public:
    HistoryStore(QString path, int limit);

    // Appends and saves. Returns an empty string on success.
    QString append(const HistoryEntry &entry);
    // Newest last; at most `limit` entries (all when limit <= 0).
    QList<HistoryEntry> entries(int limit = 0) const;
    void setLimit(int limit) { m_limit = limit; }

private:
    void loadOnce() const;

    QString m_path;
    int m_limit;
    mutable bool m_loaded = false;
    mutable bool m_damaged = false; // lines could not be read: keep the file before rewriting it
    mutable QList<HistoryEntry> m_entries;
};

} // namespace homing
