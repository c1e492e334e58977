#include "report/PassSummary.h"

#include "storage/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::PassSummary)
};

QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString describeRecord(const RecordOutcome &outcome)
{
    const RecordState &after = outcome.after;
    const QString advice = after.lastResult ? resultKindAdvice(*after.lastResult) : QString();
    auto withAdvice = [&](const QString &text) { return advice.isEmpty() ? text : text + QStringLiteral(" ") + advice; };
    switch (outcome.decision) {
    case PlanDecision::Send:
        if (outcome.result && outcome.result->kind == ResultKind::Ok) {
            if (outcome.before.confirmedValue.isEmpty() || outcome.before.confirmedValue == outcome.value)
                return Text::tr("updated to %1 (%2)").arg(outcome.value, outcome.reason);
            return Text::tr("updated from %1 to %2 (%3)").arg(outcome.before.confirmedValue, outcome.value, outcome.reason);
        }
        if (outcome.result && outcome.result->kind == ResultKind::NoChange)
            return Text::tr("%1 confirmed: the provider already had it").arg(outcome.value);
        if (after.condition == RecordCondition::Blocked)
            return withAdvice(Text::tr("blocked: %1.").arg(after.lastError()));
        if (after.nextAttempt.isValid())
            return Text::tr("failed: %1. Next attempt at %2.").arg(after.lastError(), localTime(after.nextAttempt));
        return withAdvice(Text::tr("not updated: %1.").arg(after.lastError()));
    case PlanDecision::InSync:
        return Text::tr("in sync (%1)").arg(after.confirmedValue);
    case PlanDecision::WaitBackoff:
        return Text::tr("waiting until %1 before retrying, after: %2").arg(localTime(after.nextAttempt), after.lastError());
    case PlanDecision::Blocked:
        return withAdvice(Text::tr("blocked: %1.").arg(after.lastError()));
    case PlanDecision::NoAddress:
        return Text::tr("not checked: no address of this family was detected");
    case PlanDecision::NotPublic:
        return withAdvice(Text::tr("not updated: %1.").arg(after.lastError()));
    }
    return {};
}

QString decisionKey(PlanDecision decision)
{
    switch (decision) {
    case PlanDecision::InSync:
        return QStringLiteral("in_sync");
    case PlanDecision::WaitBackoff:
        return QStringLiteral("wait_backoff");
    case PlanDecision::Blocked:
        return QStringLiteral("blocked");
    case PlanDecision::NoAddress:
        return QStringLiteral("no_address");
    case PlanDecision::NotPublic:
        return QStringLiteral("not_public");
    case PlanDecision::Send:
        return QStringLiteral("sent");
    }
    return {};
}

} // namespace

int PassSummary::exitCode() const
{
    for (const auto &outcome : records) {
        if (outcome.decision == PlanDecision::NoAddress || outcome.after.condition != RecordCondition::InSync)
            return 1;
    }
    return 0;
}

QStringList PassSummary::describe() const
{
    QStringList lines;
    for (const auto &detection : detections) {
        const QString family = detection.family == AddressFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
        if (detection.accepted()) {
            lines.append(Text::tr("%1 address: %2 (%3 of %4 sources agree)")
                             .arg(family, detection.address.toString())
                             .arg(detection.agreeingSources())
                             .arg(detection.answers.size()));
        } else {
            lines.append(Text::tr("%1 address: none accepted: %2").arg(family, detection.error));
        }
    }
    for (const auto &outcome : records)
        lines.append(QStringLiteral("%1 %2: %3").arg(outcome.name, outcome.type, describeRecord(outcome)));
    return lines;
}

QJsonObject PassSummary::toJson() const
{
    QJsonArray recordArray;
    for (const auto &outcome : records) {
        recordArray.append(QJsonObject{
            {QStringLiteral("name"), outcome.name},
            {QStringLiteral("type"), outcome.type},
            {QStringLiteral("account"), outcome.account},
            {QStringLiteral("action"), decisionKey(outcome.decision)},
            {QStringLiteral("result"), outcome.result ? QJsonValue(resultKindKey(outcome.result->kind)) : QJsonValue()},
            {QStringLiteral("state"), recordConditionKey(outcome.after.condition)},
            {QStringLiteral("value"), outcome.after.confirmedValue.isEmpty() ? QJsonValue() : QJsonValue(outcome.after.confirmedValue)},
            {QStringLiteral("last_error"), outcome.after.lastError().isEmpty() ? QJsonValue() : QJsonValue(outcome.after.lastError())},
            {QStringLiteral("next_attempt"), isoUtcOrNull(outcome.after.nextAttempt)},
        });
    }
    return QJsonObject{
        {QStringLiteral("exit_code"), exitCode()},
        {QStringLiteral("lines"), QJsonArray::fromStringList(describe())},
        {QStringLiteral("records"), recordArray},
    };
}

} // namespace homing
