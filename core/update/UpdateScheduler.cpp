#include "update/UpdateScheduler.h"

#include "common/Clock.h"
#include "common/Logging.h"

#include <algorithm>

namespace homing {

UpdateScheduler::UpdateScheduler(Updater &updater, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_updater(updater)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer); // second precision is plenty; fewer wake-ups
    connect(&m_timer, &QTimer::timeout, this, [this] { requestAutomaticPass(PassTrigger::Timer); });
}

void UpdateScheduler::start()
{
    m_started = true;
    requestAutomaticPass(PassTrigger::Start);
}

void UpdateScheduler::requestAutomaticPass(PassTrigger trigger)
{
    // Paused: nothing runs by itself; the user's own requests still do.
    if (m_updater.config().paused) {
        m_timer.stop();
        return;
    }
    for (const Request &waiting : std::as_const(m_queue)) {
        if (waiting.automatic) {
            qCDebug(lcDaemon) << "pass already waiting; folded in:" << passTriggerKey(trigger);
            return;
        }
    }
    PassOptions options;
    options.trigger = trigger;
    m_queue.append(Request{options, {}, true});
    if (!m_updater.isRunning())
        runNext();
}

void UpdateScheduler::stop()
{
    m_started = false;
    m_timer.stop();
}

void UpdateScheduler::requestPass(const PassOptions &options, Updater::Callback done)
{
    m_queue.append(Request{options, std::move(done), false});
    if (!m_updater.isRunning())
        runNext();
}

void UpdateScheduler::runNext()
{
    if (m_queue.isEmpty() || m_updater.isRunning())
        return;
    m_timer.stop();
    const Request request = m_queue.takeFirst();
    qCInfo(lcDaemon).noquote() << tr("pass started: %1").arg(passTriggerDescription(request.options.trigger));
    m_updater.runPass(request.options, [this, done = request.done](const PassSummary &summary) {
        if (done)
            done(summary);
        passDone(summary);
    });
}

void UpdateScheduler::passDone(const PassSummary &)
{
    if (!m_queue.isEmpty()) {
        // Let the finished pass unwind before the next starts.
        QMetaObject::invokeMethod(this, &UpdateScheduler::runNext, Qt::QueuedConnection);
        return;
    }
    arm();
}

void UpdateScheduler::arm()
{
    if (!m_started || m_updater.config().paused)
        return;
    // check_interval may be up to a week; QTimer takes up to about 24 days.
    const qint64 delayMs = std::clamp<qint64>(m_clock.now().msecsTo(m_updater.nextPassDue()), 1000, qint64(8) * 24 * 3600 * 1000);
    qCDebug(lcDaemon) << "next pass in" << delayMs / 1000 << "s";
    m_timer.start(std::chrono::milliseconds(delayMs));
}

} // namespace homing
