#pragma once

#include "result/UpdateResult.h"

namespace homing {

struct BackoffPolicy {
    int firstDelaySeconds = 60;
    int maximumDelaySeconds = 3600;
    double jitter = 0.2; // +/- this fraction, so that many clients do not retry in step
};

// Seconds to wait before retrying after the `failures`-th consecutive
// transient failure: exponential with jitter, capped, but never shorter than
// what the provider asked for (Retry-After) or the result's own minimum.
// `random01` is a number in [0, 1) (injected so tests are deterministic).
int backoffDelaySeconds(int failures, const UpdateResult &result, double random01,
                        const BackoffPolicy &policy = {});

} // namespace homing
