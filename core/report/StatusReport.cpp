#include "report/StatusReport.h"

#include "config/Config.h"
#include "propagation/PropagationMonitor.h"
#include "router/PortMapper.h"
#include "storage/JsonText.h"
#include "storage/StateStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::StatusReport)
};

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject familyStatus(const Config &config, const StateStore &state, AddressFamily family)
{
    const auto detection = state.detection(family);
    DetectionResult empty;
    empty.family = family;
    QJsonObject object = detectionToJson(detection.value_or(empty));
    object.insert(QStringLiteral("enabled"), config.ip.family(family).enabled);
    return object;
}

QJsonArray servedToJson(const QList<ServedAnswer> &served)
{
    QJsonArray answers;
    for (const ServedAnswer &answer : served)
        answers.append(answer.toJson());
    return answers;
}

// "cgnat": what the last IPv4 detection found (IPv6 has no NAT to find);
// null when this host is not behind carrier-grade or double NAT.
QJsonValue natStatus(const StateStore &state)
{
    const auto detection = state.detection(AddressFamily::IPv4);
    return natFindingToJson(detection ? detection->nat : NatFinding{});
}

// The address the record publishes now: the detected one, or for another
// host on the LAN this host's prefix plus its suffix; null when none is known.
QJsonValue targetOf(const RecordConfig &record, const StateStore &state)
{
    const auto detection = state.detection(record.family());
    if (!detection || !detection->accepted())
        return QJsonValue();
    const QHostAddress target = record.targetAddress(detection->address);
    return target.isNull() ? QJsonValue() : QJsonValue(target.toString());
}

QJsonValue lanHostOf(const RecordConfig &record)
{
    if (!record.ipv6Suffix)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("suffix"), record.ipv6Suffix->toString()},
                       {QStringLiteral("prefix_length"), record.ipv6Suffix->prefixLength},
                       {QStringLiteral("from_mac"), record.ipv6Suffix->fromMac}};
}

} // namespace

QJsonObject buildStatus(const Config &config, const StateStore &state)
{
    QJsonArray records;
    for (const auto &record : config.records) {
        const RecordState recordState = state.record(record.key());
        const AccountConfig *account = config.account(record.account);
        records.append(QJsonObject{
            {QStringLiteral("key"), record.key()},
            {QStringLiteral("name"), record.spec.name},
            {QStringLiteral("type"), record.spec.type},
            {QStringLiteral("account"), record.account},
            {QStringLiteral("provider"), account ? account->provider : QString()},
            {QStringLiteral("state"), recordConditionKey(recordState.condition)},
            {QStringLiteral("paused"), record.paused},
            {QStringLiteral("value"), stringOrNull(recordState.confirmedValue)},
            {QStringLiteral("target"), targetOf(record, state)},
            {QStringLiteral("lan_host"), lanHostOf(record)},
            {QStringLiteral("last_success"), isoUtcOrNull(recordState.lastSuccess)},
            {QStringLiteral("last_attempt"), isoUtcOrNull(recordState.lastAttempt)},
            {QStringLiteral("last_result"), recordState.lastResult ? QJsonValue(resultKindKey(*recordState.lastResult)) : QJsonValue()},
            {QStringLiteral("last_error"), stringOrNull(recordState.lastError())},
            {QStringLiteral("last_detail"), stringOrNull(recordState.lastDetail)},
            {QStringLiteral("advice"), recordState.condition == RecordCondition::InSync || !recordState.lastResult
                                           ? QJsonValue()
                                           : stringOrNull(resultKindAdvice(*recordState.lastResult))},
            {QStringLiteral("next_attempt"), isoUtcOrNull(recordState.nextAttempt)},
            // Unknown (null) while no check can run for it: off, or nothing to ask.
            {QStringLiteral("live"), recordState.live && checkable(config, record) ? QJsonValue(*recordState.live)
                                                                                    : QJsonValue()},
            {QStringLiteral("served"), servedToJson(recordState.served)},
            {QStringLiteral("last_verified"), isoUtcOrNull(recordState.lastVerified)},
            {QStringLiteral("verify_problem"), stringOrNull(recordState.verifyProblem)},
            {QStringLiteral("caches_expire_at"), isoUtcOrNull(recordState.cachesExpireAt)},
            {QStringLiteral("drift"), recordState.driftValue.isEmpty()
                                          ? QJsonValue()
                                          : QJsonValue(QJsonObject{{QStringLiteral("value"), recordState.driftValue},
                                                                   {QStringLiteral("since"), isoUtcOrNull(recordState.driftSince)}})},
            {QStringLiteral("always_correct"), record.alwaysCorrect},
        });
    }
    return QJsonObject{
        {QStringLiteral("ipv4"), familyStatus(config, state, AddressFamily::IPv4)},
        {QStringLiteral("ipv6"), familyStatus(config, state, AddressFamily::IPv6)},
        {QStringLiteral("records"), records},
        {QStringLiteral("paused"), config.paused},
        {QStringLiteral("cgnat"), natStatus(state)},
        {QStringLiteral("propagation"), QJsonObject{{QStringLiteral("enabled"), config.propagation.enabled}}},
        // As configured; a running Homing replaces them with what the router answered.
        {QStringLiteral("port_mappings"), configuredPortMappingsToJson(config.router)},
    };
}

QStringList describeStatus(const QJsonObject &status)
{
    QStringList lines;
    for (const auto &[key, label] : {std::pair{QStringLiteral("ipv4"), QStringLiteral("IPv4")},
                                     std::pair{QStringLiteral("ipv6"), QStringLiteral("IPv6")}}) {
        const QJsonObject family = status.value(key).toObject();
        if (!family.value(QStringLiteral("enabled")).toBool())
            continue;
        const QString checked = family.value(QStringLiteral("checked_at")).toString();
        if (checked.isEmpty())
            lines.append(Text::tr("%1: not detected yet").arg(label));
        else if (family.value(QStringLiteral("address")).isString())
            lines.append(Text::tr("%1: %2 (checked %3)").arg(label, family.value(QStringLiteral("address")).toString(), checked));
        else
            lines.append(Text::tr("%1: no address accepted at %2: %3")
                             .arg(label, checked, family.value(QStringLiteral("error")).toString()));
    }
    if (const QJsonObject nat = status.value(QStringLiteral("cgnat")).toObject(); nat.value(QStringLiteral("detected")).toBool()) {
        const QString kind = nat.value(QStringLiteral("kind")).toString() == QLatin1String("double_nat")
                                 ? Text::tr("Double NAT")
                                 : Text::tr("Carrier-grade NAT");
        lines.append(Text::tr("%1 (since %2): %3").arg(kind, nat.value(QStringLiteral("since")).toString(),
                                                        nat.value(QStringLiteral("message")).toString()));
        lines.append(nat.value(QStringLiteral("publishing")).toBool()
                         ? Text::tr("  The public address %1 is published anyway (publish_behind_cgnat).")
                               .arg(nat.value(QStringLiteral("public_address")).toString())
                         : Text::tr("  No IPv4 address is published."));
    }
    if (status.value(QStringLiteral("paused")).toBool())
        lines.append(Text::tr("Paused: no update runs by itself until Homing is resumed."));
    const QJsonArray records = status.value(QStringLiteral("records")).toArray();
    if (records.isEmpty())
        lines.append(Text::tr("No records are configured."));
    for (const auto &value : records) {
        const QJsonObject record = value.toObject();
        QString line = QStringLiteral("%1 %2 [%3] %4").arg(record.value(QStringLiteral("name")).toString(),
                                                           record.value(QStringLiteral("type")).toString(),
                                                           record.value(QStringLiteral("account")).toString(),
                                                           record.value(QStringLiteral("paused")).toBool()
                                                               ? Text::tr("paused")
                                                               : record.value(QStringLiteral("state")).toString());
        if (record.value(QStringLiteral("value")).isString())
            line += QStringLiteral(" ") + record.value(QStringLiteral("value")).toString();
        if (record.value(QStringLiteral("last_error")).isString())
            line += QStringLiteral("\n    ") + record.value(QStringLiteral("last_error")).toString();
        if (record.value(QStringLiteral("advice")).isString())
            line += QStringLiteral("\n    ") + record.value(QStringLiteral("advice")).toString();
        if (record.value(QStringLiteral("live")).isBool()) {
            line += QStringLiteral("\n    ");
            line += record.value(QStringLiteral("live")).toBool()
                        ? Text::tr("live: every authoritative server serves it")
                        : Text::tr("not live yet: not every authoritative server serves it");
        }
        if (record.value(QStringLiteral("caches_expire_at")).isString())
            line += QStringLiteral("\n    ") + Text::tr("resolvers' caches let the old value go by %1")
                                                  .arg(record.value(QStringLiteral("caches_expire_at")).toString());
        if (record.value(QStringLiteral("drift")).isObject())
            line += QStringLiteral("\n    ") + Text::tr("changed by someone else: it now points to %1 (since %2)")
                                                  .arg(record.value(QStringLiteral("drift")).toObject().value(QStringLiteral("value")).toString(),
                                                       record.value(QStringLiteral("drift")).toObject().value(QStringLiteral("since")).toString());
        if (record.value(QStringLiteral("next_attempt")).isString())
            line += QStringLiteral("\n    ") + Text::tr("next attempt: %1").arg(record.value(QStringLiteral("next_attempt")).toString());
        lines.append(line);
    }
    lines.append(describePortMappings(status.value(QStringLiteral("port_mappings")).toArray()));
    return lines;
}

} // namespace homing
