#include "router/FailedDiscoveryCache.h"

#include "common/Clock.h"

namespace homing {

FailedDiscoveryCache::FailedDiscoveryCache(const Clock &clock, int holdSeconds)
    : m_clock(clock), m_holdSeconds(holdSeconds)
{
}

void FailedDiscoveryCache::remember(const QString &error)
{
    m_failedAt = m_clock.now();
    m_error = error;
}

std::optional<QString> FailedDiscoveryCache::recentFailure() const
{
    if (!m_failedAt.isValid())
        return std::nullopt;
    const qint64 age = m_failedAt.secsTo(m_clock.now());
    // A clock set back counts as stale too: better one more discovery than a stuck failure.
    if (age < 0 || age >= m_holdSeconds)
        return std::nullopt;
    return m_error;
}

void FailedDiscoveryCache::forget()
{
    m_failedAt = {};
    m_error.clear();
}

} // namespace homing
