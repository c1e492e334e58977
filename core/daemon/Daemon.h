#pragma once

#include "config/ConfigLoader.h"
#include "daemon/ControlProtocol.h"
#include "events/ChangeDebouncer.h"
#include "notify/Notifier.h"
#include "update/UpdateScheduler.h"

#include <QObject>
#include <QTimer>

#include <chrono>

#include <functional>
#include <memory>

namespace homing {

class AddressWatcher;
class Clock;
class ControlServer;
class ResumeWatcher;
class HistoryStore;
class PortMapper;
class StateStore;

// What a Daemon drives: a Runtime's parts in the programs, fakes in tests.
struct DaemonParts {
    Updater &updater;
    PropagationMonitor &propagation;
    StateStore &state;
    HistoryStore &history;
    const Clock &clock;
    // What tells the daemon to look before the check interval; either may be
    // absent (polling alone). Tests pass watchers they never start.
    AddressWatcher *addressWatcher = nullptr;
    ResumeWatcher *resumeWatcher = nullptr;
    PortMapper *portMapper = nullptr; // the router's port mappings; none in some tests
};

// How long the daemon lets things settle before a pass an event asked for.
struct EventTiming {
    std::chrono::milliseconds quiet{300};       // a burst is over after this much silence
    std::chrono::milliseconds cap{1000};        // ...or this long after it began, whatever comes
    std::chrono::milliseconds afterResume{3000}; // links and DHCP come back a moment after wake
};

// The updater at work for one data directory, in whichever process holds
// its InstanceLock (`homing-cli run`, or the tray app when no daemon runs):
// passes on a schedule and on request, the notifications worth giving, and
// the control socket through which homing-cli and attached windows command
// it and follow it.
class Daemon : public QObject
{
    Q_OBJECT

public:
    // Reads config.json again, for "reload" and SIGHUP.
    using ConfigReader = std::function<ConfigLoadResult()>;

    Daemon(DaemonParts parts, QString socketName, control::Role role, ConfigReader readConfig,
           QObject *parent = nullptr, EventTiming timing = {});
    ~Daemon() override;

    // Listens on the control socket and starts the schedule. A socket that
    // cannot be opened is reported in `listenError`; the updater runs anyway.
    void start(QString *listenError);
    // Stops the schedule and leaves state.json whole.
    void stop();

    void requestPass(const PassOptions &options, Updater::Callback done = {});
    // Applies config.json as it is now; keeps the running configuration and
    // returns the problems when it has errors.
    ConfigLoadResult reload();

    QJsonObject status() const;
    QList<HistoryEntry> history(int limit) const;
    const Config &config() const;

Q_SIGNALS:
    void notify(const homing::Notification &notification);
    void passStarted();
    void passFinished(const homing::PassSummary &summary);
    void recordChanged(const homing::RecordOutcome &outcome);
    void addressChanged(homing::AddressFamily family, const QString &oldAddress, const QString &newAddress);
    void historyAppended(const homing::HistoryEntry &entry);
    void configReloaded();
    // A port mapping's state changed.
    void portMappingsChanged();
    // Another `homing` was started: the tray app brings its window forward.
    void showRequested();

private:
    void handle(const QJsonObject &request, const std::function<void(const QJsonObject &)> &reply);
    // Starts the timer for the next propagation check that is due.
    void scheduleVerification();
    void verifyDue();
    // Asks for an update of each record a check decided to set back.
    void correctDrift(const QList<VerifyOutcome> &outcomes);
    void watchEvents();
    // Stops the port mapper, waiting briefly while it removes the mappings.
    void stopPortMapper();

    DaemonParts m_parts;
    control::Role m_role;
    ConfigReader m_readConfig;
    Notifier m_notifier;
    UpdateScheduler m_scheduler;
    QTimer m_verifyTimer;
    EventTiming m_timing;
    ChangeDebouncer m_addressEvents;
    QTimer m_resumeTimer;
    bool m_started = false; // events count only between start() and stop()
    std::unique_ptr<ControlServer> m_server;
};

// Issues as JSON for a "reload" reply: [{"path", "message", "severity"}].
QJsonArray issuesToJson(const QList<ConfigIssue> &issues);

} // namespace homing

Q_DECLARE_METATYPE(homing::HistoryEntry)
