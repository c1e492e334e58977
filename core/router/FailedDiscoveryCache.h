#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace homing {

class Clock;

// Remembers that no router answered, so that a host without one (or with
// UPnP switched off) does not wait for a discovery at every detection: the
// failure is answered at once until it is `holdSeconds` old or forgotten (an
// address or network change makes a router worth asking again).
class FailedDiscoveryCache
{
public:
    static constexpr int kDefaultHoldSeconds = 600;

    explicit FailedDiscoveryCache(const Clock &clock, int holdSeconds = kDefaultHoldSeconds);

    void remember(const QString &error);
    // The remembered error while it is fresh.
    std::optional<QString> recentFailure() const;
    void forget();

private:
    const Clock &m_clock;
    int m_holdSeconds;
    QDateTime m_failedAt;
    QString m_error;
};

} // namespace homing
