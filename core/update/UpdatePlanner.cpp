#include "update/UpdatePlanner.h"

#include "address/AddressClassifier.h"

#include <QCoreApplication>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::UpdatePlanner)
};

bool keepAliveDue(const PlanInput &input)
{
    if (input.keepAliveDays <= 0)
        return false;
    return !input.state.lastSuccess.isValid() || input.state.lastSuccess.daysTo(input.now) >= input.keepAliveDays;
}

} // namespace

QString describeFailure(const UpdateResult &result)
{
    return describeResult(result.kind, result.detail);
}

RecordPlan planRecord(const PlanInput &input)
{
    RecordPlan plan;
    plan.state = input.state;
    RecordState &state = plan.state;
    const RecordConfig &record = *input.record;

    if (state.condition == RecordCondition::Blocked && !input.force) {
        if (!input.fingerprint || *input.fingerprint == state.blockedFingerprint) {
            plan.decision = PlanDecision::Blocked;
            return plan;
        }
        // The account, the record or a secret changed: the user acted.
        state.condition = RecordCondition::Pending;
        state.consecutiveFailures = 0;
        state.nextAttempt = {};
        state.blockedFingerprint.clear();
        plan.reason = Text::tr("the configuration or a secret changed since it was blocked");
    }

    if (!input.detection || !input.detection->accepted()) {
        plan.decision = PlanDecision::NoAddress;
        return plan;
    }
    // Another LAN host's record takes this host's prefix and its own suffix:
    // a new prefix moves it, a new interface ID of this host does not.
    const QHostAddress address = record.targetAddress(input.detection->address);
    if (address.isNull()) {
        plan.decision = PlanDecision::NoAddress;
        return plan;
    }
    const QString value = address.toString();
    plan.address = address;

    const AddressClassification classification = classifyAddress(address);
    if (!classification.isPublic() && !record.allowPrivate) {
        plan.decision = PlanDecision::NotPublic;
        const UpdateResult refusal = UpdateResult::make(
            ResultKind::AddressNotPublic,
            Text::tr("%1 is a %2; it is not published unless the record sets \"allow_private\": true")
                .arg(value, classification.description()));
        // A forced pass must not turn a blocked record into a failing one:
        // only a provider's answer (or a change by the user) lifts a block.
        if (state.condition != RecordCondition::Blocked) {
            state.condition = RecordCondition::Failing;
            state.lastResult = refusal.kind;
            state.lastDetail = refusal.detail;
        }
        if (state.lastRefusedValue != value) {
            state.lastRefusedValue = value;
            plan.history = HistoryEntry{input.now, record.account, record.spec.name, record.spec.type,
                                        state.confirmedValue, value, resultKindKey(refusal.kind), refusal.detail};
        }
        return plan;
    }
    state.lastRefusedValue.clear();

    const bool confirmed = state.confirmedValue == value && !state.confirmedUncertain;
    const bool keepAlive = confirmed && keepAliveDue(input);
    if (confirmed && !keepAlive && !input.force) {
        plan.decision = PlanDecision::InSync;
        if (state.condition != RecordCondition::InSync) {
            // The address came back to what the provider already has.
            state.condition = RecordCondition::InSync;
            state.lastDetail.clear();
            state.consecutiveFailures = 0;
            state.nextAttempt = {};
        }
        return plan;
    }

    if (!input.force && state.condition == RecordCondition::Failing && state.nextAttempt.isValid()
        && input.now < state.nextAttempt) {
        plan.decision = PlanDecision::WaitBackoff;
        return plan;
    }

    plan.decision = PlanDecision::Send;
    if (input.force)
        plan.reason = Text::tr("forced by the user");
    else if (plan.reason.isEmpty()) {
        if (state.confirmedValue.isEmpty())
            plan.reason = Text::tr("first update");
        else if (keepAlive)
            plan.reason = Text::tr("keep-alive: the provider expires hosts that are not refreshed");
        else if (!state.driftValue.isEmpty() && state.confirmedUncertain)
            plan.reason = Text::tr("someone else changed the record");
        else if (confirmed)
            plan.reason = Text::tr("the outcome of the last attempt is unknown");
        else if (record.ipv6Suffix)
            plan.reason = Text::tr("the IPv6 prefix changed");
        else
            plan.reason = Text::tr("address changed");
    }
    if (state.condition == RecordCondition::InSync)
        state.condition = RecordCondition::Pending;
    return plan;
}

RecordState applyResult(const RecordState &before, const UpdateResult &result, const QString &value,
                        const QDateTime &now, const QString &fingerprint, int backoffSeconds)
{
    RecordState state = before;
    state.lastAttempt = now;
    state.lastResult = result.kind;
    if (isSuccess(result.kind)) {
        state.condition = RecordCondition::InSync;
        state.confirmedValue = value;
        state.confirmedUncertain = false;
        state.lastSuccess = now;
        state.lastDetail.clear();
        state.consecutiveFailures = 0;
        state.nextAttempt = {};
        state.blockedFingerprint.clear();
        if (result.kind == ResultKind::Ok || value != before.confirmedValue) {
            // A new value: whether it is served is for the next propagation check to say.
            state.live = false;
            state.liveSince = {};
            state.cachesExpireAt = {};
            state.driftValue.clear();
            state.driftSince = {};
        }
        return state;
    }
    state.lastDetail = result.detail;
    ++state.consecutiveFailures;
    state.confirmedUncertain = before.confirmedUncertain || mayHaveBeenApplied(result.kind);
    if (isFatal(result.kind)) {
        state.condition = RecordCondition::Blocked;
        state.blockedFingerprint = fingerprint;
        state.nextAttempt = {};
        return state;
    }
    state.condition = RecordCondition::Failing;
    state.nextAttempt = now.addSecs(backoffSeconds);
    return state;
}

bool mayHaveBeenApplied(ResultKind kind)
{
    switch (kind) {
    case ResultKind::NetworkError: // the answer may have been lost after the write
    case ResultKind::ServerError:
    case ResultKind::BadResponse:  // an answer Homing does not understand proves nothing
        return true;
    default:
        return false;
    }
}

} // namespace homing
