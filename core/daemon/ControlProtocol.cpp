#include "daemon/ControlProtocol.h"

#include "result/ResultKind.h"

#include <QJsonValue>

namespace homing::control {

QString roleKey(Role role)
{
    return role == Role::App ? QStringLiteral("app") : QStringLiteral("daemon");
}

QJsonObject outcomeToJson(const RecordOutcome &outcome)
{
    QJsonObject object{
        {QStringLiteral("key"), outcome.key},
        {QStringLiteral("account"), outcome.account},
        {QStringLiteral("name"), outcome.name},
        {QStringLiteral("type"), outcome.type},
        {QStringLiteral("value"), outcome.value},
        {QStringLiteral("before"), outcome.before.toJson()},
        {QStringLiteral("after"), outcome.after.toJson()},
    };
    if (outcome.result) {
        object.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("kind"), resultKindKey(outcome.result->kind)},
                                                            {QStringLiteral("detail"), outcome.result->detail}});
    }
    return object;
}

std::optional<RecordOutcome> outcomeFromJson(const QJsonObject &object)
{
    RecordOutcome outcome;
    outcome.key = object.value(QStringLiteral("key")).toString();
    outcome.account = object.value(QStringLiteral("account")).toString();
    outcome.name = object.value(QStringLiteral("name")).toString();
    outcome.type = object.value(QStringLiteral("type")).toString();
    outcome.value = object.value(QStringLiteral("value")).toString();
    if (outcome.key.isEmpty() || !object.value(QStringLiteral("before")).isObject()
        || !object.value(QStringLiteral("after")).isObject()) {
        return std::nullopt;
    }
    outcome.before = RecordState::fromJson(object.value(QStringLiteral("before")).toObject());
    outcome.after = RecordState::fromJson(object.value(QStringLiteral("after")).toObject());
    const QJsonObject result = object.value(QStringLiteral("result")).toObject();
    if (const auto kind = resultKindFromKey(result.value(QStringLiteral("kind")).toString()))
        outcome.result = UpdateResult::make(*kind, result.value(QStringLiteral("detail")).toString());
    return outcome;
}

QJsonObject recordEvent(const RecordOutcome &outcome)
{
    return {{QStringLiteral("event"), QStringLiteral("record")}, {QStringLiteral("outcome"), outcomeToJson(outcome)}};
}

QJsonObject addressEvent(AddressFamily family, const QString &oldAddress, const QString &newAddress)
{
    return {{QStringLiteral("event"), QStringLiteral("address")},
            {QStringLiteral("family"), addressFamilyKey(family)},
            {QStringLiteral("old"), oldAddress.isEmpty() ? QJsonValue() : QJsonValue(oldAddress)},
            {QStringLiteral("new"), newAddress}};
}

QJsonObject historyEvent(const HistoryEntry &entry)
{
    return {{QStringLiteral("event"), QStringLiteral("history")}, {QStringLiteral("entry"), entry.toJson()}};
}

QJsonObject simpleEvent(const QString &name)
{
    return {{QStringLiteral("event"), name}};
}

} // namespace homing::control
