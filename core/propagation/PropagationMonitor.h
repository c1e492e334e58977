#pragma once

#include "config/Config.h"
#include "propagation/PropagationCheck.h"
#include "storage/HistoryStore.h"
#include "update/RecordState.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace homing {

class StateStore;

// What one check of a record found, and what Homing does about it.
struct VerifyOutcome {
    QString key;
    QString account;
    QString name;
    QString type;
    QString expected; // the value Homing set
    PropagationReport report;
    RecordState before;
    RecordState after;
    bool driftFound = false; // a new value someone else set
    bool correcting = false; // Homing sets the record back at the next pass

    bool live() const { return after.live.value_or(false); }
};

// The decision after a check, apart from any I/O, so that it can be tested
// with a mock clock: live or not, drift or not, and whether drift is corrected
// now (always, or at most once a day).
struct VerifyDecision {
    RecordState state;
    QList<HistoryEntry> history;
    bool driftFound = false;
    bool correcting = false;
};
VerifyDecision decideAfterCheck(const RecordConfig &record, const RecordState &before, const PropagationReport &report,
                                const QString &currentAddress, const QDateTime &now);

// Whether propagation checks are on and anything can be asked about the
// record: resolvers to find its name servers, or name servers of its account.
bool checkable(const Config &config, const RecordConfig &record);

// When a record is next due for a check: soon and then less often after an
// update until it is live; then once per TTL, never more than once a minute.
QDateTime nextCheckDue(const RecordConfig &record, const RecordState &state);

struct VerifyOptions {
    QString recordName; // only records of this name (empty: all)
    bool onlyDue = false; // only records whose check is due (the schedule)
};

// Checks whether records are served as Homing set them, and records the
// answer in state and history; reports drift.
class PropagationMonitor : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QList<VerifyOutcome> &)>;

    PropagationMonitor(DnsTransport &dns, const Clock &clock, StateStore &state, HistoryStore &history,
                       QObject *parent = nullptr);

    // Checks the selected records that have a value Homing set. The address
    // Homing last detected is not drift when a record serves it.
    void verify(const Config &config, const VerifyOptions &options, Callback done);
    bool isRunning() const { return m_running; }
    // The earliest check due among the records; invalid when none is.
    QDateTime nextDue(const Config &config) const;

Q_SIGNALS:
    void recordVerified(const homing::VerifyOutcome &outcome);

private:
    // nextCheckDue, and not before a minute after a check that could not ask.
    QDateTime dueFor(const RecordConfig &record, const RecordState &state) const;

    DnsTransport &m_dns;
    const Clock &m_clock;
    StateStore &m_state;
    HistoryStore &m_history;
    bool m_running = false;
    // When a check of a record last failed to ask the servers (report.problem).
    // Such a check leaves last_verified alone, so without this the record
    // would be due again at once, and a daemon would check without pause.
    QHash<QString, QDateTime> m_unansweredAt;
};

} // namespace homing

Q_DECLARE_METATYPE(homing::VerifyOutcome)
