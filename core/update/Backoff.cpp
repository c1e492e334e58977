#include "update/Backoff.h"

#include <algorithm>
#include <cmath>

namespace homing {

int backoffDelaySeconds(int failures, const UpdateResult &result, double random01, const BackoffPolicy &policy)
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const double base = std::min<double>(policy.maximumDelaySeconds, policy.firstDelaySeconds * std::pow(2.0, exponent));
    const double jittered = base * (1.0 + policy.jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0));
    int delay = std::max(1, static_cast<int>(std::lround(jittered)));
    delay = std::min(delay, policy.maximumDelaySeconds);
    delay = std::max(delay, result.minimumRetryDelaySeconds);
    if (result.retryAfterSeconds)
        delay = std::max(delay, *result.retryAfterSeconds);
    return delay;
}

} // namespace homing
