#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace homing {

class Clock;

// Folds a burst of notifications into one: settled() comes once the
// notifications have stopped for `quiet`, but no later than `cap` after the
// first of the burst, so that a steady storm still gets acted on.
class ChangeDebouncer : public QObject
{
    Q_OBJECT

public:
    ChangeDebouncer(const Clock &clock, std::chrono::milliseconds quiet, std::chrono::milliseconds cap,
                    QObject *parent = nullptr);

    void notice();
    void cancel();
    bool isPending() const { return m_timer.isActive(); }
    // The wait the last notice() set.
    std::chrono::milliseconds delay() const { return m_timer.intervalAsDuration(); }

Q_SIGNALS:
    void settled();

private:
    const Clock &m_clock;
    std::chrono::milliseconds m_quiet;
    std::chrono::milliseconds m_cap;
    QDateTime m_burstStart; // invalid: no burst under way
    QTimer m_timer;
};

} // namespace homing
