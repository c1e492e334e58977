#include "update/Updater.h"

#include "address/AddressClassifier.h"
#include "address/IpSourceFactory.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/PlainText.h"
#include "net/TransportSettings.h"
#include "provider/JobRunner.h"
#include "provider/ProviderRegistry.h"
#include "secrets/Fingerprint.h"
#include "secrets/Redactor.h"
#include "secrets/SecretResolver.h"
#include "storage/HistoryStore.h"
#include "storage/StateStore.h"
#include "update/Backoff.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>
#include <vector>

namespace homing {

namespace {

TransportOptions transportOptions(const Config &config, const QByteArray &userAgent, const QString &caFile,
                                  const QString &proxy)
{
    return transportOptionsFor(userAgent, config.requestTimeoutSeconds, caFile, proxy);
}

DnsTransportOptions dnsTransportOptions(const Config &config)
{
    DnsTransportOptions options;
    options.timeoutMs = config.requestTimeoutSeconds * 1000;
    return options;
}

QSet<QString> recordKeys(const Config &config)
{
    QSet<QString> keys;
    keys.reserve(config.records.size());
    for (const auto &record : config.records)
        keys.insert(record.key());
    return keys;
}

} // namespace

RecordSelector::RecordSelector(const PassOptions &options)
    : m_name(options.recordName.isEmpty() ? QString() : normaliseHostName(options.recordName))
    , m_key(options.recordKey)
{
}

bool RecordSelector::names(const RecordConfig &record) const
{
    return (m_name.isEmpty() || record.spec.name == m_name) && (m_key.isEmpty() || record.key() == m_key);
}

RecordSelector::Problem RecordSelector::problem(const Config &config) const
{
    if (m_name.isEmpty() && m_key.isEmpty())
        return Problem::None;
    bool named = false;
    for (const auto &record : config.records) {
        if (updates(record))
            return Problem::None;
        named = named || names(record);
    }
    return named ? Problem::AllPaused : Problem::NoSuchRecord;
}

// One detection-and-update pass. It works on a copy of the configuration and
// providers, so a reload in the middle cannot mix two configurations.
//
// Accounts run side by side; within one account up to the provider's
// parallelLimit() jobs are in flight, taken in configuration order, and
// records that take the same address share a request up to the provider's
// batchLimit(). Every record costs O(1) in state and history: changes are
// committed to the state journal, and state.json is rewritten once, at the end.
class Updater::Pass : public std::enable_shared_from_this<Pass>
{
public:
    Pass(Updater *updater, const PassOptions &options, Callback done)
        : m_updater(updater)
        , m_deps(updater->m_deps)
        , m_config(updater->m_config)
        , m_providers(updater->m_providers)
        , m_options(options)
        , m_done(std::move(done))
    {
        // A paused record is left out of the pass altogether: not planned,
        // not sent, its state as it was.
        const RecordSelector selector(options);
        for (const auto &record : std::as_const(m_config.records)) {
            if (selector.updates(record))
                m_records.append(record);
        }
        m_outcomes.resize(m_records.size());
        for (const auto &account : std::as_const(m_config.accounts))
            m_accountsById.insert(account.id, &account);
    }

    void start()
    {
        QList<AddressFamily> families;
        for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
            if (!m_config.ip.family(family).enabled)
                continue;
            const bool needed = std::any_of(m_records.cbegin(), m_records.cend(),
                                            [family](const RecordConfig &record) { return record.family() == family; });
            // With no records at all, Homing still watches the addresses.
            if (needed || m_config.records.isEmpty())
                families.append(family);
        }
        m_updater->detectFamilies(m_config, families, [self = shared_from_this()](const QList<DetectionResult> &results) {
            for (const auto &result : results)
                self->detected(result);
            self->m_deps.state.commit();
            self->startAccounts();
        });
    }

private:
    // A record of this pass, by its index in m_records.
    struct Planned {
        qsizetype index = 0;
        PlanInput input;
        RecordPlan plan;
    };

    // The records of one account, and the jobs they need.
    struct AccountWork {
        const AccountConfig *account = nullptr;
        QList<qsizetype> records; // indices into m_records, in configuration order
        QList<QList<Planned>> jobs; // each job: records that share one request
        qsizetype nextJob = 0;
        int inFlight = 0;
        int parallelLimit = 1;
        bool finished = false;
        // Built once per pass: it reads and checks the account's ca_file.
        TransportOptions transport;
    };

    void detected(const DetectionResult &result)
    {
        m_detections.insert(result.family, result);
        m_summary.detections.append(result);
        StateStore &state = m_deps.state;
        const NatFinding natBefore = state.detection(result.family).value_or(DetectionResult{}).nat;
        state.setDetection(result);
        noteNatChange(result, natBefore);
        if (!result.accepted())
            return;
        const QString previous = state.lastAcceptedAddress(result.family);
        const QString current = result.address.toString();
        if (previous == current)
            return;
        qCInfo(lcDetect).noquote() << Updater::tr("%1 address changed: %2 -> %3")
                                          .arg(addressFamilyKey(result.family),
                                               previous.isEmpty() ? QStringLiteral("(none)") : previous, current);
        m_deps.history.append(HistoryEntry{result.checkedAt, QString(), QString(), recordTypeForFamily(result.family),
                                           previous, current, QStringLiteral("address_changed"),
                                           Updater::tr("%1 of %2 sources agree; %3")
                                               .arg(result.agreeingSources())
                                               .arg(result.answers.size())
                                               .arg(classifyAddress(result.address).description())
                                               + QStringLiteral("; ") + passTriggerDescription(m_options.trigger)});
        state.setLastAcceptedAddress(result.family, current);
        Q_EMIT m_updater->addressChanged(result.family, previous, current);
    }

    // One history entry and one signal when carrier-grade or double NAT is
    // first found, and when it is gone; nothing while it persists.
    void noteNatChange(const DetectionResult &result, const NatFinding &before)
    {
        const NatFinding &after = result.nat;
        if (before.detected == after.detected)
            return;
        const NatFinding &finding = after.detected ? after : before;
        const auto text = [](const QHostAddress &address) { return address.isNull() ? QString() : address.toString(); };
        m_deps.history.append(HistoryEntry{
            result.checkedAt, QString(), QString(), recordTypeForFamily(result.family), text(finding.routerAddress),
            text(finding.publicAddress),
            after.detected ? QStringLiteral("nat_detected") : QStringLiteral("nat_cleared"),
            after.detected ? after.message()
                           : Updater::tr("The router's address is public again; an A record can reach this host.")});
        qCWarning(lcDetect).noquote() << addressFamilyKey(result.family)
                                      << (after.detected ? after.message() : QStringLiteral("NAT cleared"));
        Q_EMIT m_updater->natChanged(result.family, before, after);
    }

    void startAccounts()
    {
        QHash<QString, qsizetype> workIndex;
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const QString &id = m_records.at(i).account;
            auto it = workIndex.constFind(id);
            if (it == workIndex.cend()) {
                it = workIndex.insert(id, m_work.size());
                AccountWork work;
                work.account = m_accountsById.value(id); // the loader guarantees it
                m_work.append(work);
            }
            m_work[*it].records.append(i);
        }
        m_accountsLeft = m_work.size();
        if (m_work.isEmpty()) {
            finish();
            return;
        }
        for (qsizetype i = 0; i < m_work.size(); ++i)
            planAccount(i);
    }

    PlanInput planInputFor(const RecordConfig &record) const
    {
        PlanInput input;
        input.record = &record;
        input.state = m_deps.state.record(record.key());
        const auto detection = m_detections.constFind(record.family());
        input.detection = detection == m_detections.cend() ? nullptr : &detection.value();
        input.now = m_deps.clock.now();
        input.force = m_options.force;
        const AccountConfig *account = m_accountsById.value(record.account);
        const ProviderDescriptor *descriptor = account ? m_deps.providers.find(account->provider) : nullptr;
        input.keepAliveDays = descriptor ? descriptor->keepAliveDays : 0;
        return input;
    }

    bool isBlocked(const PlanInput &input) const
    {
        return input.state.condition == RecordCondition::Blocked && !m_options.force;
    }

    // Plans every record of an account. The secrets are read (once) only when
    // a record is to be sent, or is blocked: whether a block still holds
    // depends on them.
    void planAccount(qsizetype workIndex)
    {
        const AccountWork &work = m_work.at(workIndex);
        QList<Planned> planned;
        bool needSecrets = false;
        for (const qsizetype index : work.records) {
            Planned item{index, planInputFor(m_records.at(index)), {}};
            needSecrets = needSecrets || isBlocked(item.input) || planRecord(item.input).decision == PlanDecision::Send;
            planned.append(std::move(item));
        }
        if (!needSecrets) {
            decideAccount(workIndex, std::move(planned), SecretResolution{});
            return;
        }
        withSecrets(*work.account, [self = shared_from_this(), workIndex, planned](const SecretResolution &secrets) mutable {
            self->decideAccount(workIndex, std::move(planned), secrets);
        });
    }

    void decideAccount(qsizetype workIndex, QList<Planned> planned, const SecretResolution &secrets)
    {
        AccountWork &work = m_work[workIndex];
        const AccountConfig &account = *work.account;
        const auto found = m_providers.find(account.id);
        const Provider *provider = found == m_providers.end() ? nullptr : found->second.get();
        QList<Planned> sends;
        for (Planned &item : planned) {
            const RecordConfig &record = m_records.at(item.index);
            if (isBlocked(item.input) && secrets.ok)
                item.input.fingerprint = fingerprint(account, record, secrets);
            item.plan = planRecord(item.input);
            if (item.plan.decision != PlanDecision::Send)
                finishRecord(item.index, item.input.state, item.plan, std::nullopt);
            else if (!secrets.ok)
                secretsUnavailable(item.index, item.input.state, item.plan, secrets);
            else if (!provider)
                accountUnusable(item, account, secrets);
            else
                sends.append(item);
        }
        m_deps.state.commit();
        if (provider) {
            if (!sends.isEmpty())
                work.transport = transportOptions(m_config, m_deps.userAgent, account.caFile, account.proxy);
            work.parallelLimit = std::max(1, provider->parallelLimit());
            work.jobs = groupIntoJobs(sends, std::max(1, provider->batchLimit()));
            m_secrets.insert(account.id, secrets);
        }
        pump(workIndex);
    }

    // Records that take the same address share a job, up to `batchLimit`
    // records each; jobs keep the order of their first record.
    static QList<QList<Planned>> groupIntoJobs(const QList<Planned> &sends, int batchLimit)
    {
        QList<QList<Planned>> jobs;
        QHash<QString, qsizetype> open; // address -> the job still taking records
        for (const Planned &item : sends) {
            const QString address = item.plan.address.toString();
            const auto it = open.constFind(address);
            if (batchLimit > 1 && it != open.cend() && jobs.at(*it).size() < batchLimit) {
                jobs[*it].append(item);
                continue;
            }
            open.insert(address, jobs.size());
            jobs.append(QList<Planned>{item});
        }
        return jobs;
    }

    // Starts jobs while the account has room, and notices when it is done.
    void pump(qsizetype workIndex)
    {
        AccountWork &work = m_work[workIndex];
        while (work.inFlight < work.parallelLimit && work.nextJob < work.jobs.size()) {
            ++work.inFlight;
            send(workIndex, work.nextJob++);
        }
        if (work.inFlight == 0 && work.nextJob >= work.jobs.size() && !work.finished) {
            work.finished = true;
            if (--m_accountsLeft == 0)
                finish();
        }
    }

    // Computed only where it matters (a blocked record, a fatal answer): the
    // secrets' digest is deliberately slow, so it is made once per account.
    QString fingerprint(const AccountConfig &account, const RecordConfig &record, const SecretResolution &secrets)
    {
        auto digest = m_digests.find(account.id);
        if (digest == m_digests.end())
            digest = m_digests.insert(account.id, secretsDigest(secrets.values, m_deps.state.fingerprintKey()));
        return recordFingerprint(account, record, *digest);
    }

    void secretsUnavailable(qsizetype index, const RecordState &before, RecordPlan plan, const SecretResolution &secrets)
    {
        const RecordConfig &record = m_records.at(index);
        // The keychain's own words, bounded and plain like a provider's.
        const UpdateResult failure = UpdateResult::make(ResultKind::SecretUnavailable,
                                                        plainText(secrets.error, kMaximumDetailLength));
        if (before.condition == RecordCondition::Blocked) {
            // A forced attempt that could not even start leaves the block, and its reason, as they were.
            plan.decision = PlanDecision::Blocked;
            plan.state = before;
        } else {
            plan.state.condition = RecordCondition::Failing;
            plan.state.lastResult = failure.kind;
            plan.state.lastDetail = failure.detail;
        }
        qCWarning(lcSecrets).noquote() << record.spec.name << record.spec.type << ":" << describeFailure(failure);
        finishRecord(index, before, plan, failure);
    }

    // The provider could not be built for the account: nothing reached a
    // provider, so no history; the record is blocked like any config error.
    void accountUnusable(const Planned &item, const AccountConfig &account, const SecretResolution &secrets)
    {
        const RecordConfig &record = m_records.at(item.index);
        const UpdateResult failure = UpdateResult::make(ResultKind::ConfigError,
                                                        Updater::tr("the account could not be set up"));
        RecordPlan blocked = item.plan;
        blocked.state = applyResult(item.plan.state, failure, item.plan.address.toString(), m_deps.clock.now(),
                                    fingerprint(account, record, secrets), 0);
        finishRecord(item.index, item.input.state, blocked, failure);
    }

    void withSecrets(const AccountConfig &account, std::function<void(const SecretResolution &)> done)
    {
        m_deps.secrets.resolve(account, m_updater, [self = shared_from_this(), done = std::move(done)](
                                                       const SecretResolution &resolution) {
            for (const auto &value : resolution.values)
                self->m_deps.redactor.addSecret(value);
            done(resolution);
        });
    }

    void send(qsizetype workIndex, qsizetype jobIndex)
    {
        const AccountWork &work = m_work.at(workIndex);
        const AccountConfig &account = *work.account;
        const QList<Planned> &job = work.jobs.at(jobIndex);
        const SecretResolution &secrets = m_secrets[account.id];
        // Until the provider answers, nobody knows what it holds: should this
        // process end now, the next one must not take the old value as certain.
        QList<RecordTarget> targets;
        QStringList names;
        for (const Planned &item : job) {
            const RecordConfig &record = m_records.at(item.index);
            RecordState sending = item.plan.state;
            sending.confirmedUncertain = true;
            m_deps.state.setRecord(record.key(), sending);
            targets.append(RecordTarget{record.spec, item.plan.address});
            names.append(record.spec.name);
        }
        // A failure to record is logged by the store; the update still goes
        // out, since a stale record would cost the user more than the risk
        // that a crash in this very moment forgets the attempt.
        m_deps.state.commitDurably();

        const Planned &first = job.first();
        const QString value = first.plan.address.toString();
        qCInfo(lcUpdate).noquote() << Updater::tr("%1 %2: sending %3 (%4)")
                                          .arg(names.join(QStringLiteral(", ")), m_records.at(first.index).spec.type,
                                               value, first.plan.reason);
        const Provider &provider = *m_providers.at(account.id);
        auto providerJob = targets.size() == 1 ? provider.createUpdateJob(targets.first(), secrets.values)
                                               : provider.createBatchUpdateJob(targets, secrets.values);
        const JobContext context{work.transport, account.allowInsecureHttp, &m_deps.redactor,
                                 dnsTransportOptions(m_config)};
        JobRunner runner(m_deps.http, m_deps.dns, m_deps.clock);
        runner.run(std::move(providerJob), targets.size(), context, m_updater,
                   [self = shared_from_this(), workIndex, jobIndex](const QList<UpdateResult> &results) {
            self->answered(workIndex, jobIndex, results);
        });
    }

    void answered(qsizetype workIndex, qsizetype jobIndex, const QList<UpdateResult> &results)
    {
        AccountWork &work = m_work[workIndex];
        const QList<Planned> job = work.jobs.at(jobIndex); // a copy: jobs may be added below
        for (qsizetype i = 0; i < job.size(); ++i) {
            if (results.at(i).ambiguous && job.size() > 1) {
                // The answer did not say whether it is this record's: ask for it alone,
                // so that one bad record cannot block, or confirm, the others.
                const RecordConfig &record = m_records.at(job.at(i).index);
                qCInfo(lcUpdate).noquote() << Updater::tr("%1 %2: the answer for several records did not say which "
                                                          "one it was about; sending this one on its own")
                                                  .arg(record.spec.name, record.spec.type);
                work.jobs.append(QList<Planned>{job.at(i)});
                continue;
            }
            recordAnswered(*work.account, job.at(i), results.at(i));
        }
        m_deps.state.commit();
        --work.inFlight;
        // From the event loop: a job refused before sending answers at once,
        // and a long run of those must not nest calls.
        QMetaObject::invokeMethod(
            m_updater, [self = shared_from_this(), workIndex] { self->pump(workIndex); }, Qt::QueuedConnection);
    }

    void recordAnswered(const AccountConfig &account, const Planned &item, UpdateResult result)
    {
        const RecordConfig &record = m_records.at(item.index);
        const RecordPlan &plan = item.plan;
        const QString value = plan.address.toString();
        Redactor &redactor = m_deps.redactor;
        result.detail = redactor.redact(result.detail);
        const QDateTime now = m_deps.clock.now();
        const int delay = backoffDelaySeconds(plan.state.consecutiveFailures + 1, result, m_deps.random());
        RecordPlan finished = plan;
        const QString blockedBy = isFatal(result.kind) ? fingerprint(account, record, m_secrets[account.id]) : QString();
        finished.state = applyResult(plan.state, result, value, now, blockedBy, delay);
        QString detail = isSuccess(result.kind) ? plan.reason : describeFailure(result);
        if (isSuccess(result.kind) && !result.detail.isEmpty())
            detail += QStringLiteral(": ") + result.detail;
        m_deps.history.append(HistoryEntry{now, record.account, record.spec.name, record.spec.type,
                                           item.input.state.confirmedValue, value, resultKindKey(result.kind),
                                           redactor.redact(detail)});
        if (isSuccess(result.kind))
            qCInfo(lcUpdate).noquote() << Updater::tr("%1 %2: %3 (%4)").arg(record.spec.name, record.spec.type, value,
                                                                           resultKindSummary(result.kind));
        else
            qCWarning(lcUpdate).noquote() << Updater::tr("%1 %2: %3").arg(record.spec.name, record.spec.type,
                                                                        finished.state.lastError());
        finishRecord(item.index, item.input.state, finished, result);
    }

    // Records the outcome; the caller commits the state.
    void finishRecord(qsizetype index, const RecordState &before, const RecordPlan &plan,
                      const std::optional<UpdateResult> &result)
    {
        const RecordConfig &record = m_records.at(index);
        if (plan.history)
            m_deps.history.append(*plan.history);
        RecordOutcome outcome;
        outcome.key = record.key();
        outcome.account = record.account;
        outcome.name = record.spec.name;
        outcome.type = record.spec.type;
        outcome.decision = plan.decision;
        outcome.result = result;
        outcome.before = before;
        outcome.after = plan.state;
        outcome.value = plan.address.isNull() ? QString() : plan.address.toString();
        outcome.reason = plan.reason;
        // Compared with what is stored, which may be the mark made before sending.
        const bool stored = m_deps.state.hasRecord(outcome.key);
        if (stored) {
            // A propagation check that ran during the pass keeps what it found,
            // unless this pass set a new value (which resets it).
            const RecordState current = m_deps.state.record(outcome.key);
            const bool newValue = outcome.after.confirmedValue != before.confirmedValue || outcome.after.live != before.live;
            if (current.lastVerified > before.lastVerified && !newValue)
                outcome.after.takePropagationFrom(current);
        }
        if (!stored || m_deps.state.record(outcome.key).toJson() != outcome.after.toJson())
            m_deps.state.setRecord(outcome.key, outcome.after);
        if (!stored || before.toJson() != outcome.after.toJson())
            Q_EMIT m_updater->recordChanged(outcome);
        m_outcomes[index] = std::move(outcome);
    }

    void finish()
    {
        // In configuration order, whatever order the answers came in.
        for (auto &outcome : m_outcomes) {
            if (outcome)
                m_summary.records.append(std::move(*outcome));
        }
        // A configuration loaded during the pass may have dropped records.
        m_deps.state.retainRecords(recordKeys(m_updater->m_config));
        m_deps.state.compact();
        m_updater->m_running = false;
        Q_EMIT m_updater->passFinished(m_summary);
        if (m_done)
            m_done(m_summary);
    }

    Updater *m_updater;
    UpdaterDependencies &m_deps;
    const Config m_config;
    const std::map<QString, std::shared_ptr<Provider>> m_providers;
    const PassOptions m_options;
    Callback m_done;
    QList<RecordConfig> m_records;
    QHash<QString, const AccountConfig *> m_accountsById;
    QList<AccountWork> m_work;
    qsizetype m_accountsLeft = 0;
    std::vector<std::optional<RecordOutcome>> m_outcomes; // by index in m_records
    QMap<AddressFamily, DetectionResult> m_detections;
    QHash<QString, SecretResolution> m_secrets;
    QHash<QString, QByteArray> m_digests;
    PassSummary m_summary;
};

Updater::Updater(UpdaterDependencies dependencies, Config config, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(dependencies))
    , m_config(std::move(config))
{
    qRegisterMetaType<RecordOutcome>();
    qRegisterMetaType<PassSummary>();
    rebuildProviders();
}

Updater::~Updater() = default;

void Updater::setConfig(Config config)
{
    m_config = std::move(config);
    rebuildProviders();
    if (!m_running)
        m_deps.state.retainRecords(recordKeys(m_config));
    m_deps.history.setLimit(m_config.historyLimit);
}

void Updater::rebuildProviders()
{
    m_providers.clear();
    for (const auto &account : std::as_const(m_config.accounts)) {
        const ProviderDescriptor *descriptor = m_deps.providers.find(account.provider);
        if (!descriptor)
            continue;
        QList<ConfigIssue> issues;
        std::shared_ptr<Provider> provider = descriptor->create(
            ProviderAccount{account.id, account.endpoint, account.settings}, issues);
        for (const auto &issue : issues)
            qCWarning(lcConfig).noquote() << account.id << issue.toString();
        m_providers.emplace(account.id, std::move(provider));
    }
}

void Updater::detectFamilies(const Config &config, const QList<AddressFamily> &families,
                             std::function<void(const QList<DetectionResult> &)> done)
{
    struct Detection {
        std::vector<std::unique_ptr<AddressDetector>> detectors; // kept alive until every answer is in
        QList<DetectionResult> results;
        qsizetype pending = 0;
        std::function<void(const QList<DetectionResult> &)> done;
    };
    auto detection = std::make_shared<Detection>();
    detection->done = std::move(done);
    detection->pending = families.size();
    if (families.isEmpty()) {
        detection->done({});
        return;
    }
    const IpSourceEnvironment environment{&m_deps.http,
                                          transportOptions(config, m_deps.userAgent, config.ip.caFile, config.ip.proxy),
                                          {}};
    for (const AddressFamily family : families) {
        const IpFamilyConfig &settings = config.ip.family(family);
        std::vector<std::unique_ptr<IpSource>> sources;
        for (const auto &spec : settings.sources) {
            if (auto source = m_deps.sources.create(spec, environment))
                sources.push_back(std::move(source));
        }
        auto detector = std::make_unique<AddressDetector>(family, std::move(sources), settings.minAgree, m_deps.clock);
        detector->setPolicy(settings.crossCheckHours, settings.publishBehindCgnat, m_deps.state.detection(family));
        detection->detectors.push_back(std::move(detector));
    }
    for (auto &detector : detection->detectors) {
        detector->detect(this, [detection](const DetectionResult &result) {
            detection->results.append(result);
            if (--detection->pending > 0)
                return;
            std::sort(detection->results.begin(), detection->results.end(),
                      [](const DetectionResult &a, const DetectionResult &b) { return a.family < b.family; });
            detection->done(detection->results);
        });
    }
}

void Updater::runPass(const PassOptions &options, Callback done)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_lastPassStart = m_deps.clock.now();
    Q_EMIT passStarted();
    auto pass = std::make_shared<Pass>(this, options, std::move(done));
    pass->start();
}

void Updater::detect(std::function<void(const QList<DetectionResult> &)> done)
{
    QList<AddressFamily> families;
    for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        if (m_config.ip.family(family).enabled)
            families.append(family);
    }
    detectFamilies(m_config, families, std::move(done));
}

QDateTime Updater::nextPassDue() const
{
    if (!m_lastPassStart.isValid())
        return m_deps.clock.now();
    QDateTime due = m_lastPassStart.addSecs(m_config.checkIntervalSeconds);
    // Passes never come closer together than the floor, whatever a retry asks.
    const QDateTime earliest = m_lastPassStart.addSecs(Config::kMinimumCheckInterval);
    for (const auto &record : std::as_const(m_config.records)) {
        const RecordState state = m_deps.state.record(record.key());
        // A retry that was already due when the last pass started could not be
        // made then (no address, address not public, secret unavailable): the
        // next regular check is soon enough for it.
        if (state.condition == RecordCondition::Failing && state.nextAttempt > m_lastPassStart && state.nextAttempt < due)
            due = std::max(state.nextAttempt, earliest);
    }
    return due;
}

} // namespace homing
