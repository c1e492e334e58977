#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

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
// entries the oldest roll off. An append writes one line at the end of the
// file; once the file holds half as many lines again as it keeps, it is
// rewritten atomically with the newest `limit`, so an append costs O(1)
// however long the history. A file with unreadable lines is copied aside
// before it is first rewritten, so nothing else is lost.
class HistoryStore
{
public:
    HistoryStore(QString path, int limit);
    ~HistoryStore();

    // Appends and saves. Returns an empty string on success.
    QString append(const HistoryEntry &entry);
    // Newest last; at most `limit` entries (all when limit <= 0).
    QList<HistoryEntry> entries(int limit = 0) const;
    void setLimit(int limit) { m_limit = limit; }
    // Called with each entry appended, after it is saved (the daemon sends
    // it on to attached windows).
    void setAppendObserver(std::function<void(const HistoryEntry &)> observer) { m_observer = std::move(observer); }

private:
    QString store(const HistoryEntry &entry);
    void loadOnce() const;
    QString rewrite();
    void trimToLimit() const;

    QString m_path;
    int m_limit;
    mutable bool m_loaded = false;
    mutable bool m_damaged = false; // lines could not be read: keep the file before rewriting it
    mutable qsizetype m_fileLines = 0; // lines in the file, including those past the limit
    mutable bool m_unterminated = false; // the file's last line has no newline (a crash cut it short)
    mutable QList<HistoryEntry> m_entries;
    std::unique_ptr<QFile> m_appender; // open for appending between appends
    std::function<void(const HistoryEntry &)> m_observer;
};

} // namespace homing
