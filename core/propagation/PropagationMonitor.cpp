#include "propagation/PropagationMonitor.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/StateStore.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <memory>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::PropagationMonitor)
};

constexpr qint64 kDriftCorrectionGap = 24 * 3600;
constexpr qint64 kMinimumCheckGap = 60;
constexpr qint64 kDefaultTtl = 300;
constexpr qint64 kCatchUpTime = 3600;

qint64 servedTtl(const RecordConfig &record, const RecordState &state)
{
    if (record.spec.ttl > 0)
        return record.spec.ttl;
    for (const ServedAnswer &answer : state.served) {
        if (answer.answered() && answer.ttl > 0)
            return answer.ttl;
    }
    return kDefaultTtl;
}

QString servers(const QList<ServedAnswer> &answers)
{
    QStringList names;
    for (const ServedAnswer &answer : answers)
        names.append(answer.nameserver.isEmpty() ? answer.server : answer.nameserver);
    return names.join(QStringLiteral(", "));
}

QString secondsText(qint64 seconds)
{
    return Text::tr("%n second(s)", nullptr, int(std::max<qint64>(0, seconds)));
}

} // namespace

bool checkable(const Config &config, const RecordConfig &record)
{
    const AccountConfig *account = config.account(record.account);
    return config.propagation.enabled && !record.paused
        && (!config.propagation.resolvers.isEmpty() || (account && !account->nameservers.isEmpty()));
}

VerifyDecision decideAfterCheck(const RecordConfig &record, const RecordState &before, const PropagationReport &report,
                                const QString &currentAddress, const QDateTime &now)
{
    VerifyDecision decision;
    RecordState &state = decision.state;
    state = before;
    const QString expected = before.confirmedValue;
    auto note = [&](const QString &result, const QString &oldValue, const QString &newValue, const QString &detail) {
        decision.history.append(
            HistoryEntry{now, record.account, record.spec.name, record.spec.type, oldValue, newValue, result, detail});
    };
    // A check that could not ask is a check all the same: the next one waits as long.
    state.lastVerified = now;
    if (!report.problem.isEmpty()) {
        state.verifyProblem = report.problem;
        return decision;
    }
    state.verifyProblem.clear();
    state.served = report.authoritative;
    const bool live = report.allServe(expected);
    state.live = live;
    if (live && !before.live.value_or(false))
        state.liveSince = now;
    // "Live" is news after an update (which sets live to false); a record
    // never checked before (state older than these checks) has no update to
    // measure from.
    if (live && before.live == false) {
        const qint64 after = before.lastSuccess.isValid() ? before.lastSuccess.secsTo(now) : 0;
        note(QStringLiteral("live"), QString(), expected,
             Text::tr("served by all %n authoritative server(s) (%1), %2 after the update", nullptr,
                      int(report.authoritative.size()))
                 .arg(servers(report.authoritative), secondsText(after)));
    }
    if (!live)
        state.liveSince = {};

    // Resolvers that still hold another value will let it go when its TTL runs out.
    QDateTime expiry;
    bool unknown = report.resolvers.isEmpty();
    for (const ServedAnswer &answer : report.resolvers) {
        if (!answer.answered()) {
            unknown = true;
            continue;
        }
        if (answer.values != QStringList{QHostAddress(expected).toString()}) {
            const QDateTime at = now.addSecs(answer.ttl);
            if (!expiry.isValid() || at > expiry)
                expiry = at;
        }
    }
    if (unknown && before.lastSuccess.isValid()) {
        // From the TTL: a cache that took the old value just before the update keeps it that long.
        const QDateTime estimate = before.lastSuccess.addSecs(servedTtl(record, state));
        if (estimate > now && (!expiry.isValid() || estimate > expiry))
            expiry = estimate;
    }
    state.cachesExpireAt = expiry;

    // Drift: a value neither Homing's nor the address Homing detects now.
    QStringList others = report.otherValues(expected);
    if (!currentAddress.isEmpty())
        others.removeAll(QHostAddress(currentAddress).toString());
    // Until the update has been served everywhere, the old value on a server
    // that has not caught up is no drift; an hour is long enough to catch up.
    // Drift already found stays found: the check that found it made the
    // record "not live", which must not turn it into catching up again.
    const bool settled = before.live.value_or(false) || !before.driftValue.isEmpty() || !before.lastSuccess.isValid()
        || before.lastSuccess.secsTo(now) > kCatchUpTime;
    const bool onlyExpected = others.isEmpty() || expected.isEmpty();
    // While the provider may hold another value than Homing's (an attempt
    // in flight or lost, or a correction not sent yet), another value proves
    // nothing new: drift stays as it was known.
    if (!onlyExpected && before.confirmedUncertain)
        return decision;
    if (onlyExpected || !settled) {
        state.driftValue.clear();
        state.driftSince = {};
        return decision;
    }
    const QString value = others.join(QStringLiteral(", "));
    const bool newDrift = value != before.driftValue;
    if (newDrift) {
        state.driftValue = value;
        state.driftSince = now;
        decision.driftFound = true;
    }
    const bool mayCorrect = record.alwaysCorrect || !before.lastDriftCorrection.isValid()
        || before.lastDriftCorrection.secsTo(now) >= kDriftCorrectionGap;
    const QString what = Text::tr("%1 now points to %2, which Homing did not set").arg(record.spec.name, value);
    if (mayCorrect) {
        decision.correcting = true;
        state.lastDriftCorrection = now;
        // The planner sends when the provider may hold another value. The
        // value Homing set stays what later checks expect: were it replaced by
        // the drift value, a check before the update would call that "live".
        state.confirmedUncertain = true;
        state.condition = RecordCondition::Pending;
        note(QStringLiteral("drift"), expected, value,
             record.alwaysCorrect
                 ? Text::tr("%1; Homing sets it back to %2 (the record is set to always correct)").arg(what, expected)
                 : Text::tr("%1; Homing sets it back to %2, and does so at most once a day unless the record is "
                            "set to always correct")
                       .arg(what, expected));
    } else if (newDrift) {
        note(QStringLiteral("drift"), expected, value,
             Text::tr("%1; Homing already set it back today and leaves it until %2; set the record to always "
                      "correct to override changes every time")
                 .arg(what, before.lastDriftCorrection.addSecs(kDriftCorrectionGap).toString(Qt::ISODate)));
    }
    return decision;
}

QDateTime nextCheckDue(const RecordConfig &record, const RecordState &state)
{
    if (state.confirmedValue.isEmpty() || state.condition == RecordCondition::Blocked)
        return {};
    if (!state.lastVerified.isValid())
        return state.lastSuccess.isValid() ? state.lastSuccess : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    if (!state.live.value_or(false) && state.lastSuccess.isValid()) {
        // Soon after the update, then less and less often: half the time since it, from 2 s to 5 min.
        const qint64 since = std::max<qint64>(0, state.lastSuccess.secsTo(state.lastVerified));
        return state.lastVerified.addSecs(std::clamp<qint64>(since / 2, 2, 300));
    }
    return state.lastVerified.addSecs(std::max(kMinimumCheckGap, servedTtl(record, state)));
}

PropagationMonitor::PropagationMonitor(DnsTransport &dns, const Clock &clock, StateStore &state, HistoryStore &history,
                                       QObject *parent)
    : QObject(parent)
    , m_dns(dns)
    , m_clock(clock)
    , m_state(state)
    , m_history(history)
{
    qRegisterMetaType<VerifyOutcome>();
}

QDateTime PropagationMonitor::dueFor(const RecordConfig &record, const RecordState &state) const
{
    const QDateTime due = nextCheckDue(record, state);
    const QDateTime unanswered = m_unansweredAt.value(record.key());
    if (!due.isValid() || !unanswered.isValid())
        return due;
    return std::max(due, unanswered.addSecs(kMinimumCheckGap));
}

QDateTime PropagationMonitor::nextDue(const Config &config) const
{
    if (!config.propagation.enabled)
        return {};
    QDateTime earliest;
    for (const RecordConfig &record : config.records) {
        if (!checkable(config, record))
            continue;
        const QDateTime due = dueFor(record, m_state.record(record.key()));
        if (due.isValid() && (!earliest.isValid() || due < earliest))
            earliest = due;
    }
    return earliest;
}

void PropagationMonitor::verify(const Config &config, const VerifyOptions &options, Callback done)
{
    struct Verification {
        QList<VerifyOutcome> outcomes;
        qsizetype pending = 0;
        Callback done;
    };
    auto verification = std::make_shared<Verification>();
    verification->done = std::move(done);
    const QString name = options.recordName.isEmpty() ? QString() : normaliseHostName(options.recordName);
    const QDateTime now = m_clock.now();
    QList<const RecordConfig *> records;
    for (const RecordConfig &record : config.records) {
        if (!name.isEmpty() && record.spec.name != name)
            continue;
        const RecordState state = m_state.record(record.key());
        if (state.confirmedValue.isEmpty() || !checkable(config, record))
            continue;
        if (options.onlyDue) {
            const QDateTime due = dueFor(record, state);
            if (!due.isValid() || due > now)
                continue;
        }
        records.append(&record);
    }
    verification->outcomes.resize(records.size());
    verification->pending = records.size();
    if (records.isEmpty() || !config.propagation.enabled) {
        verification->outcomes.clear();
        QMetaObject::invokeMethod(
            this, [verification] { verification->done({}); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    const PropagationCheck check(m_dns, m_clock);
    // The records of one zone share the lookup of its name servers.
    const auto nameServers = std::make_shared<NameServerCache>();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RecordConfig record = *records.at(i);
        const AccountConfig *account = config.account(record.account);
        PropagationQuery query;
        query.name = record.spec.name;
        query.type = record.spec.type;
        query.nameservers = account ? account->nameservers : QList<DnsServerAddress>{};
        query.resolvers = config.propagation.resolvers;
        query.options.timeoutMs = config.requestTimeoutSeconds * 1000;
        query.nameServers = nameServers;
        check.run(query, this, [this, verification, record, i](const PropagationReport &report) {
            const RecordState before = m_state.record(record.key());
            const QString detected = m_state.lastAcceptedAddress(record.family());
            // What the record would publish now (another LAN host: this prefix plus its suffix).
            const QString current = detected.isEmpty() ? QString()
                                                       : record.targetAddress(QHostAddress(detected)).toString();
            const VerifyDecision decision = decideAfterCheck(record, before, report, current, m_clock.now());
            if (report.problem.isEmpty())
                m_unansweredAt.remove(record.key());
            else
                m_unansweredAt.insert(record.key(), m_clock.now());
            for (const HistoryEntry &entry : decision.history)
                m_history.append(entry);
            m_state.setRecord(record.key(), decision.state);
            VerifyOutcome outcome{record.key(), record.account, record.spec.name, record.spec.type,
                                  before.confirmedValue, report, before, decision.state, decision.driftFound,
                                  decision.correcting};
            if (!report.problem.isEmpty())
                qCInfo(lcUpdate).noquote() << Text::tr("%1 %2: not verified: %3").arg(record.spec.name, record.spec.type,
                                                                                   report.problem);
            else if (decision.driftFound)
                qCWarning(lcUpdate).noquote() << record.spec.name << record.spec.type << ":"
                                              << decision.history.value(0).detail;
            Q_EMIT recordVerified(outcome);
            verification->outcomes[i] = std::move(outcome);
            if (--verification->pending == 0) {
                m_state.commit();
                m_running = false;
                verification->done(verification->outcomes);
            }
        });
    }
}

} // namespace homing
