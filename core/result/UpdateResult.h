#pragma once

#include "result/ResultKind.h"

#include <QString>
#include <optional>

namespace homing {

// What one update attempt came to, as a provider classified it.
struct UpdateResult {
    ResultKind kind = ResultKind::BadResponse;
    QString detail;                        // the provider's own words (redacted before anyone sees them)
    std::optional<int> retryAfterSeconds;  // the provider asked for this pause
    int minimumRetryDelaySeconds = 0;      // e.g. 30 minutes after a dyndns2 911
    // One answer came for several records without saying which one it is
    // about (a single "nohost" for a list of hosts, DuckDNS's "KO"): the core
    // sends the record again on its own instead of taking the answer as its.
    bool ambiguous = false;

    static UpdateResult make(ResultKind kind, const QString &detail = {}) { return {kind, detail, std::nullopt, 0, false}; }
};

} // namespace homing
