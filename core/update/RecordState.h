#pragma once

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

    // What went wrong, in the reader's language; empty while in sync.
    QString lastError() const;

    QJsonObject toJson() const;
    static RecordState fromJson(const QJsonObject &object);
};

} // namespace homing
