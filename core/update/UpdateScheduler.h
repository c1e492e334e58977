#pragma once

#include "update/Updater.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace homing {

class Clock;

// Runs the updater's passes over time: one at start, then at the check
// interval, earlier when a failing record's retry is due, and whenever
// asked (homing-cli update, later the tray's "Update now"). One pass at a
// time; requests made during a pass run right after it.
class UpdateScheduler : public QObject
{
    Q_OBJECT

public:
    UpdateScheduler(Updater &updater, const Clock &clock, QObject *parent = nullptr);

    void start();
    void stop();
    void requestPass(const PassOptions &options, Updater::Callback done = {});
    // A pass the schedule asks for (at start, on the timer, after a reload, on
    // an address event or resume): none while the configuration says Homing
    // is paused. Automatic requests made while one waits are folded into it:
    // a pass reads the addresses when it starts, so one is enough.
    void requestAutomaticPass(PassTrigger trigger = PassTrigger::Timer);

private:
    void runNext();
    void passDone(const PassSummary &summary);
    void arm();

    struct Request {
        PassOptions options;
        Updater::Callback done;
        bool automatic = false;
    };

    Updater &m_updater;
    const Clock &m_clock;
    QTimer m_timer;
    QList<Request> m_queue;
    bool m_started = false;
};

} // namespace homing
