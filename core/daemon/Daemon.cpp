#include "daemon/Daemon.h"

#include "common/Clock.h"
#include "common/HomingVersion.h"
#include "common/Logging.h"
#include "daemon/ControlChannel.h"
#include "events/AddressWatcher.h"
#include "events/ResumeWatcher.h"
#include "report/StatusReport.h"
#include "report/VerificationReport.h"
#include "router/PortMapper.h"
#include "storage/HistoryStore.h"
#include "storage/StateStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::Daemon)
};

// More history than a window shows at once is not sent in one answer.
constexpr int kMaximumHistoryAnswer = 100000;
// How long a stop waits for the router to remove the port mappings.
constexpr int kPortMappingRemovalWaitMs = 5000;

} // namespace

QJsonArray issuesToJson(const QList<ConfigIssue> &issues)
{
    QJsonArray array;
    for (const auto &issue : issues) {
        array.append(QJsonObject{{QStringLiteral("path"), issue.path},
                                 {QStringLiteral("message"), issue.message},
                                 {QStringLiteral("severity"), issue.isError() ? QStringLiteral("error")
                                                                              : QStringLiteral("warning")}});
    }
    return array;
}

Daemon::Daemon(DaemonParts parts, QString socketName, control::Role role, ConfigReader readConfig, QObject *parent,
               EventTiming timing)
    : QObject(parent)
    , m_parts(parts)
    , m_role(role)
    , m_readConfig(std::move(readConfig))
    , m_notifier(&parts.updater, &parts.propagation)
    , m_scheduler(parts.updater, parts.clock)
    , m_timing(timing)
    , m_addressEvents(parts.clock, timing.quiet, timing.cap)
    , m_server(std::make_unique<ControlServer>(
          std::move(socketName), [this](const QJsonObject &request, const ControlServer::Reply &reply) {
              handle(request, reply);
          }))
{
    Updater &updater = parts.updater;
    connect(&m_notifier, &Notifier::notify, this, &Daemon::notify);
    connect(&updater, &Updater::passStarted, this, [this] {
        m_server->broadcast(control::simpleEvent(QStringLiteral("pass_started")));
        Q_EMIT passStarted();
    });
    connect(&updater, &Updater::passFinished, this, [this](const PassSummary &summary) {
        m_server->broadcast(control::simpleEvent(QStringLiteral("pass_finished")));
        Q_EMIT passFinished(summary);
        // Records just updated are due for a check at once.
        scheduleVerification();
    });
    m_verifyTimer.setSingleShot(true);
    connect(&m_verifyTimer, &QTimer::timeout, this, &Daemon::verifyDue);
    connect(&parts.propagation, &PropagationMonitor::recordVerified, this, [this](const VerifyOutcome &outcome) {
        // Shown like any change of a record's state.
        RecordOutcome changed;
        changed.key = outcome.key;
        changed.account = outcome.account;
        changed.name = outcome.name;
        changed.type = outcome.type;
        changed.before = outcome.before;
        changed.after = outcome.after;
        changed.value = outcome.after.confirmedValue;
        if (changed.before.toJson() != changed.after.toJson()) {
            m_server->broadcast(control::recordEvent(changed));
            Q_EMIT recordChanged(changed);
        }
    });
    connect(&updater, &Updater::recordChanged, this, [this](const RecordOutcome &outcome) {
        m_server->broadcast(control::recordEvent(outcome));
        Q_EMIT recordChanged(outcome);
    });
    connect(&updater, &Updater::addressChanged, this,
            [this](AddressFamily family, const QString &oldAddress, const QString &newAddress) {
        m_server->broadcast(control::addressEvent(family, oldAddress, newAddress));
        Q_EMIT addressChanged(family, oldAddress, newAddress);
    });
    if (PortMapper *mapper = parts.portMapper) {
        m_notifier.watch(mapper);
        connect(mapper, &PortMapper::changed, this, [this] {
            m_server->broadcast(control::simpleEvent(QStringLiteral("port_mappings")));
            Q_EMIT portMappingsChanged();
        });
        // A new public IPv4 address: the router's WAN side changed, so the
        // mappings are asked for again.
        connect(&updater, &Updater::addressChanged, mapper, [mapper](AddressFamily family) {
            if (family == AddressFamily::IPv4)
                mapper->refresh();
        });
    }
    parts.history.setAppendObserver([this](const HistoryEntry &entry) {
        m_server->broadcast(control::historyEvent(entry));
        Q_EMIT historyAppended(entry);
    });
    watchEvents();
}

void Daemon::watchEvents()
{
    connect(&m_addressEvents, &ChangeDebouncer::settled, this, [this] {
        m_scheduler.requestAutomaticPass(PassTrigger::AddressEvent);
        // This host's LAN address or the router's WAN side may have moved.
        if (m_parts.portMapper)
            m_parts.portMapper->refresh();
    });
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this] { m_scheduler.requestAutomaticPass(PassTrigger::Resume); });
    if (AddressWatcher *watcher = m_parts.addressWatcher) {
        connect(watcher, &AddressWatcher::addressesChanged, this, [this] {
            // Off in the configuration (the poll-only benchmark, say): only the timer runs passes.
            if (m_started && config().watchAddresses)
                m_addressEvents.notice();
        });
    }
    if (ResumeWatcher *watcher = m_parts.resumeWatcher) {
        connect(watcher, &ResumeWatcher::resumed, this, [this] {
            if (!m_started)
                return;
            qCInfo(lcDaemon).noquote() << Text::tr("the computer woke from sleep; checking the addresses in a moment");
            m_resumeTimer.start(m_timing.afterResume);
        });
    }
}

Daemon::~Daemon()
{
    m_parts.history.setAppendObserver({});
}

void Daemon::start(QString *listenError)
{
    QString error;
    if (!m_server->listen(&error) && listenError)
        *listenError = error;
    m_started = true;
    m_scheduler.start();
    scheduleVerification();
    if (m_parts.portMapper)
        m_parts.portMapper->start();
}

void Daemon::stop()
{
    m_started = false;
    m_scheduler.stop();
    m_verifyTimer.stop();
    m_addressEvents.cancel();
    m_resumeTimer.stop();
    stopPortMapper();
    // A clean stop leaves state.json whole; records still in flight keep the
    // uncertain mark they got before sending.
    m_parts.state.compact();
}

void Daemon::stopPortMapper()
{
    if (!m_parts.portMapper || !m_parts.portMapper->isStarted())
        return;
    // Removing the mappings (remove_mappings_on_exit) needs the router's
    // answers; wait for them briefly, not forever.
    auto loop = std::make_shared<QEventLoop>();
    auto finished = std::make_shared<bool>(false);
    m_parts.portMapper->stop([loop, finished] {
        *finished = true;
        loop->quit();
    });
    if (*finished)
        return;
    QTimer::singleShot(kPortMappingRemovalWaitMs, loop.get(), &QEventLoop::quit);
    loop->exec();
}

void Daemon::requestPass(const PassOptions &options, Updater::Callback done)
{
    m_scheduler.requestPass(options, std::move(done));
}

ConfigLoadResult Daemon::reload()
{
    ConfigLoadResult result = m_readConfig();
    if (!result.config) {
        qCWarning(lcConfig).noquote() << Text::tr("the configuration has errors; keeping the previous one");
        return result;
    }
    m_parts.updater.setConfig(*result.config);
    if (m_parts.portMapper)
        m_parts.portMapper->setConfig(result.config->router);
    qCInfo(lcConfig).noquote() << Text::tr("configuration reloaded");
    m_server->broadcast(control::simpleEvent(QStringLiteral("config")));
    Q_EMIT configReloaded();
    m_scheduler.requestAutomaticPass(PassTrigger::Reload);
    return result;
}

void Daemon::scheduleVerification()
{
    const QDateTime due = m_parts.propagation.nextDue(config());
    if (!due.isValid()) {
        m_verifyTimer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_parts.clock.now().msecsTo(due), 0, 24 * 3600 * 1000);
    m_verifyTimer.start(int(wait));
}

void Daemon::verifyDue()
{
    if (m_parts.updater.config().paused) {
        m_verifyTimer.start(60 * 1000);
        return;
    }
    // One at a time, and not while a pass writes the same records.
    if (m_parts.propagation.isRunning() || m_parts.updater.isRunning()) {
        m_verifyTimer.start(5 * 1000);
        return;
    }
    VerifyOptions options;
    options.onlyDue = true;
    m_parts.propagation.verify(config(), options, [this](const QList<VerifyOutcome> &outcomes) {
        correctDrift(outcomes);
        scheduleVerification();
    });
}

void Daemon::correctDrift(const QList<VerifyOutcome> &outcomes)
{
    for (const VerifyOutcome &outcome : outcomes) {
        // A record someone else changed is set back by an update of that record.
        if (outcome.correcting) {
            PassOptions pass;
            pass.recordKey = outcome.key;
            m_scheduler.requestPass(pass);
        }
    }
}

QJsonObject Daemon::status() const
{
    QJsonObject status = buildStatus(m_parts.updater.config(), m_parts.state);
    status.insert(QStringLiteral("running"), m_parts.updater.isRunning());
    status.insert(QStringLiteral("check_interval"), m_parts.updater.config().checkIntervalSeconds);
    if (m_parts.portMapper)
        status.insert(QStringLiteral("port_mappings"), m_parts.portMapper->toJson());
    return status;
}

QList<HistoryEntry> Daemon::history(int limit) const
{
    return m_parts.history.entries(limit);
}

const Config &Daemon::config() const
{
    return m_parts.updater.config();
}

void Daemon::handle(const QJsonObject &request, const std::function<void(const QJsonObject &)> &reply)
{
    const QString command = request.value(QStringLiteral("command")).toString();
    const QJsonValue ok = true;
    if (command == QLatin1String("ping")) {
        reply({{QStringLiteral("ok"), ok},
               {QStringLiteral("pid"), QCoreApplication::applicationPid()},
               {QStringLiteral("version"), QLatin1String(HOMING_VERSION)},
               {QStringLiteral("protocol"), control::kProtocolVersion},
               {QStringLiteral("role"), control::roleKey(m_role)}});
    } else if (command == QLatin1String("status")) {
        reply({{QStringLiteral("ok"), ok}, {QStringLiteral("status"), status()}});
    } else if (command == QLatin1String("update")) {
        PassOptions options;
        options.force = request.value(QStringLiteral("force")).toBool();
        options.recordName = request.value(QStringLiteral("record")).toString();
        options.recordKey = request.value(QStringLiteral("key")).toString();
        switch (RecordSelector(options).problem(config())) {
        case RecordSelector::Problem::None:
            break;
        case RecordSelector::Problem::NoSuchRecord:
            reply({{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("no such record")}});
            return;
        case RecordSelector::Problem::AllPaused:
            reply({{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("the record is paused; resume it first")}});
            return;
        }
        m_scheduler.requestPass(options, [reply](const PassSummary &summary) {
            QJsonObject answer = summary.toJson();
            answer.insert(QStringLiteral("ok"), true);
            reply(answer);
        });
    } else if (command == QLatin1String("verify")) {
        VerifyOptions options;
        options.recordName = request.value(QStringLiteral("record")).toString();
        m_parts.propagation.verify(config(), options, [this, reply](const QList<VerifyOutcome> &outcomes) {
            correctDrift(outcomes);
            QJsonObject answer = verificationToJson(outcomes);
            answer.insert(QStringLiteral("ok"), true);
            reply(answer);
        });
    } else if (command == QLatin1String("history")) {
        const QJsonValue limitValue = request.value(QStringLiteral("limit"));
        const double wanted = limitValue.isUndefined() ? kMaximumHistoryAnswer : limitValue.toDouble(-1);
        if (wanted < 1 || wanted != std::floor(wanted)) {
            reply({{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("limit must be a positive whole number")}});
            return;
        }
        const int limit = int(std::min<double>(wanted, kMaximumHistoryAnswer));
        QJsonArray entries;
        for (const auto &entry : history(limit))
            entries.append(entry.toJson());
        reply({{QStringLiteral("ok"), ok}, {QStringLiteral("entries"), entries}});
    } else if (command == QLatin1String("reload")) {
        const ConfigLoadResult result = reload();
        reply({{QStringLiteral("ok"), result.config.has_value()}, {QStringLiteral("issues"), issuesToJson(result.issues)}});
    } else if (command == QLatin1String("show")) {
        if (m_role != control::Role::App) {
            reply({{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("no window: this is homing-cli run")}});
            return;
        }
        Q_EMIT showRequested();
        reply({{QStringLiteral("ok"), ok}});
    } else {
        reply({{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("unknown command")}});
    }
}

} // namespace homing
