#pragma once

#include <QDateTime>

namespace homing {

// Time as the core sees it. Tests substitute a clock they move by hand, so
// backoff and scheduling are tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace homing
