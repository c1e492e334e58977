#pragma once

#include "address/AddressDetector.h"
#include "config/Config.h"
#include "result/UpdateResult.h"
#include "storage/HistoryStore.h"
#include "update/RecordState.h"

#include <QDateTime>
#include <optional>

namespace homing {

// What to do with one record in this pass.
enum class PlanDecision {
    InSync,          // the provider already has the detected value: send nothing
    WaitBackoff,     // a retry is due later
    Blocked,         // a fatal error latched; nothing is sent until the user acts
    NoAddress,       // detection accepted no address of this family
    NotPublic,       // the detected address must not be published
    Send,            // send an update
};

struct PlanInput {
    const RecordConfig *record = nullptr;
    RecordState state;
    const DetectionResult *detection = nullptr; // null: the family was not detected
    QDateTime now;
    bool force = false;
    int keepAliveDays = 0;
    // For a blocked record: the fingerprint of its account, record and secrets
    // now. Without one (the secret cannot be read) the block holds.
    std::optional<QString> fingerprint;
};

struct RecordPlan {
    PlanDecision decision = PlanDecision::InSync;
    QHostAddress address; // the value to send
    QString reason;       // why it is sent ("address changed", "keep-alive", ...)
    RecordState state;    // the record's state after planning
    std::optional<HistoryEntry> history; // something worth recording without a request
};

// Decides, without any I/O, what to do with a record. A record whose
// provider already confirmed the detected value is never sent again, except
// for a provider's keep-alive or when the user forces it.
RecordPlan planRecord(const PlanInput &input);

// Whether a failed attempt may still have changed the record at the provider
// (the answer was lost, garbled or a server error came after the write).
bool mayHaveBeenApplied(ResultKind kind);

// The record's state after a provider answered. `before` is the state the
// attempt was planned from.
RecordState applyResult(const RecordState &before, const UpdateResult &result, const QString &value,
                        const QDateTime &now, const QString &fingerprint, int backoffSeconds);

// "Summary (provider detail)" in plain words, for last_error and history.
QString describeFailure(const UpdateResult &result);

} // namespace homing
