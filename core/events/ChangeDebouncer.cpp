#include "events/ChangeDebouncer.h"

#include "common/Clock.h"

#include <algorithm>

namespace homing {

ChangeDebouncer::ChangeDebouncer(const Clock &clock, std::chrono::milliseconds quiet, std::chrono::milliseconds cap,
                                 QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_quiet(quiet)
    , m_cap(cap)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a few hundred milliseconds, not a coarse second
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_burstStart = QDateTime();
        Q_EMIT settled();
    });
}

void ChangeDebouncer::notice()
{
    const QDateTime now = m_clock.now();
    if (!m_burstStart.isValid() || !m_timer.isActive())
        m_burstStart = now;
    // What is left of the cap; a clock set back counts as a fresh start.
    const qint64 elapsed = std::max<qint64>(0, m_burstStart.msecsTo(now));
    const qint64 left = std::max<qint64>(0, qint64(m_cap.count()) - elapsed);
    m_timer.start(std::chrono::milliseconds(std::min<qint64>(m_quiet.count(), left)));
}

void ChangeDebouncer::cancel()
{
    m_timer.stop();
    m_burstStart = QDateTime();
}

} // namespace homing
