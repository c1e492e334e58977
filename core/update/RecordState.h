#pragma once

#include "propagation/ServedAnswer.h"
#include "result/ResultKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace homing {

// The condition of one record, as shown to the user.
enum class RecordCondition {
    InSync,  // the provider serves the detected address
    Pending, // an update is due and not yet attempted
    Failing, // transient failure: retrying with backoff
    Blocked, // fatal failure: nothing is sent until the user acts
};

QString recordConditionKey(RecordCondition condition);
std::optional<RecordCondition> recordConditionFromKey(const QString &key);

// What Homing remembers about one record across restarts.
struct RecordState {
    RecordCondition condition = RecordCondition::Pending;
    QString confirmedValue;        // the value the provider last confirmed
    bool confirmedUncertain = false; // an attempt's outcome is unknown (timeout): the provider may hold another value
    QDateTime lastSuccess;         // when the provider last confirmed a value
    QDateTime lastAttempt;
    std::optional<ResultKind> lastResult;
    QString lastDetail;            // the provider's own words about the last failure, redacted
    int consecutiveFailures = 0;
    QDateTime nextAttempt;         // backoff: nothing is sent before this (unless forced)
    QString blockedFingerprint;    // the account/record/secret fingerprint when it became blocked
    QString lastRefusedValue;      // last detected value refused (e.g. not public), to record it in history once

    // What the zone's authoritative servers serve (propagation/).
    std::optional<bool> live;       // all of them serve confirmedValue; unset until checked
    QDateTime lastVerified;         // the last check that got answers
    QDateTime liveSince;
    QList<ServedAnswer> served;     // their answers at the last check
    QDateTime cachesExpireAt;       // when resolvers' caches will have let the old value go
    QString verifyProblem;          // why the last check could not ask them
    QString driftValue;             // served, but set by someone else
    QDateTime driftSince;
    QDateTime lastDriftCorrection;  // drift is corrected at most once a day unless "always correct"

    // Takes what a propagation check found (the fields above) from `other`.
    void takePropagationFrom(const RecordState &other);

    // What went wrong, in the reader's language; empty while in sync.
    QString lastError() const;

    QJsonObject toJson() const;
    static RecordState fromJson(const QJsonObject &object);
};

} // namespace homing
