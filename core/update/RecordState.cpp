#include "update/RecordState.h"

#include "storage/JsonText.h"

#include <QJsonArray>

namespace homing {

namespace {

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QString recordConditionKey(RecordCondition condition)
{
    switch (condition) {
    case RecordCondition::InSync:
        return QStringLiteral("in_sync");
    case RecordCondition::Pending:
        return QStringLiteral("pending");
    case RecordCondition::Failing:
        return QStringLiteral("failing");
    case RecordCondition::Blocked:
        return QStringLiteral("blocked");
    }
    return QStringLiteral("pending");
}

std::optional<RecordCondition> recordConditionFromKey(const QString &key)
{
    for (const auto condition : {RecordCondition::InSync, RecordCondition::Pending, RecordCondition::Failing,
                                 RecordCondition::Blocked}) {
        if (recordConditionKey(condition) == key)
            return condition;
    }
    return std::nullopt;
}

void RecordState::takePropagationFrom(const RecordState &other)
{
    live = other.live;
    lastVerified = other.lastVerified;
    liveSince = other.liveSince;
    served = other.served;
    cachesExpireAt = other.cachesExpireAt;
    verifyProblem = other.verifyProblem;
    driftValue = other.driftValue;
    driftSince = other.driftSince;
    lastDriftCorrection = other.lastDriftCorrection;
}

QString RecordState::lastError() const
{
    if (condition == RecordCondition::InSync || !lastResult || isSuccess(*lastResult))
        return {};
    return describeResult(*lastResult, lastDetail);
}

QJsonObject RecordState::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("state"), recordConditionKey(condition));
    insertIfSet(object, QStringLiteral("value"), confirmedValue);
    if (confirmedUncertain)
        object.insert(QStringLiteral("value_uncertain"), true);
    insertIfSet(object, QStringLiteral("last_success"), toIsoUtc(lastSuccess));
    insertIfSet(object, QStringLiteral("last_attempt"), toIsoUtc(lastAttempt));
    if (lastResult)
        object.insert(QStringLiteral("last_result"), resultKindKey(*lastResult));
    insertIfSet(object, QStringLiteral("last_detail"), lastDetail);
    if (consecutiveFailures > 0)
        object.insert(QStringLiteral("failures"), consecutiveFailures);
    insertIfSet(object, QStringLiteral("next_attempt"), toIsoUtc(nextAttempt));
    insertIfSet(object, QStringLiteral("blocked_fingerprint"), blockedFingerprint);
    insertIfSet(object, QStringLiteral("last_refused"), lastRefusedValue);
    if (live)
        object.insert(QStringLiteral("live"), *live);
    insertIfSet(object, QStringLiteral("last_verified"), toIsoUtc(lastVerified));
    insertIfSet(object, QStringLiteral("live_since"), toIsoUtc(liveSince));
    if (!served.isEmpty()) {
        QJsonArray answers;
        for (const ServedAnswer &answer : served)
            answers.append(answer.toJson());
        object.insert(QStringLiteral("served"), answers);
    }
    insertIfSet(object, QStringLiteral("caches_expire_at"), toIsoUtc(cachesExpireAt));
    insertIfSet(object, QStringLiteral("verify_problem"), verifyProblem);
    insertIfSet(object, QStringLiteral("drift_value"), driftValue);
    insertIfSet(object, QStringLiteral("drift_since"), toIsoUtc(driftSince));
    insertIfSet(object, QStringLiteral("last_drift_correction"), toIsoUtc(lastDriftCorrection));
    return object;
}

RecordState RecordState::fromJson(const QJsonObject &object)
{
    RecordState state;
    state.condition = recordConditionFromKey(object.value(QStringLiteral("state")).toString()).value_or(RecordCondition::Pending);
    state.confirmedValue = object.value(QStringLiteral("value")).toString();
    state.confirmedUncertain = object.value(QStringLiteral("value_uncertain")).toBool();
    state.lastSuccess = fromIsoUtc(object.value(QStringLiteral("last_success")));
    state.lastAttempt = fromIsoUtc(object.value(QStringLiteral("last_attempt")));
    state.lastResult = resultKindFromKey(object.value(QStringLiteral("last_result")).toString());
    state.lastDetail = object.value(QStringLiteral("last_detail")).toString();
    state.consecutiveFailures = object.value(QStringLiteral("failures")).toInt();
    state.nextAttempt = fromIsoUtc(object.value(QStringLiteral("next_attempt")));
    state.blockedFingerprint = object.value(QStringLiteral("blocked_fingerprint")).toString();
    state.lastRefusedValue = object.value(QStringLiteral("last_refused")).toString();
    if (object.value(QStringLiteral("live")).isBool())
        state.live = object.value(QStringLiteral("live")).toBool();
    state.lastVerified = fromIsoUtc(object.value(QStringLiteral("last_verified")));
    state.liveSince = fromIsoUtc(object.value(QStringLiteral("live_since")));
    for (const auto &answer : object.value(QStringLiteral("served")).toArray())
        state.served.append(ServedAnswer::fromJson(answer.toObject()));
    state.cachesExpireAt = fromIsoUtc(object.value(QStringLiteral("caches_expire_at")));
    state.verifyProblem = object.value(QStringLiteral("verify_problem")).toString();
    state.driftValue = object.value(QStringLiteral("drift_value")).toString();
    state.driftSince = fromIsoUtc(object.value(QStringLiteral("drift_since")));
    state.lastDriftCorrection = fromIsoUtc(object.value(QStringLiteral("last_drift_correction")));
    // A blocked record without a fingerprint could never be released by a
    // config change; keep it blocked until forced, which is the safe side.
    return state;
}

} // namespace homing
