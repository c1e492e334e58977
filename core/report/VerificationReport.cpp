#include "report/VerificationReport.h"

#include "storage/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::VerificationReport)
};

QJsonArray answersToJson(const QList<ServedAnswer> &answers)
{
    QJsonArray array;
    for (const ServedAnswer &answer : answers)
        array.append(answer.toJson());
    return array;
}

QString describeAnswer(const QJsonObject &answer)
{
    QString server = answer.value(QStringLiteral("server")).toString();
    if (answer.contains(QStringLiteral("nameserver")))
        server = QStringLiteral("%1 (%2)").arg(answer.value(QStringLiteral("nameserver")).toString(), server);
    if (answer.contains(QStringLiteral("error")))
        return Text::tr("%1: no answer: %2").arg(server, answer.value(QStringLiteral("error")).toString());
    QStringList values;
    for (const auto &value : answer.value(QStringLiteral("values")).toArray())
        values.append(value.toString());
    if (values.isEmpty())
        return Text::tr("%1: no such record").arg(server);
    return Text::tr("%1: %2 (TTL %3)").arg(server, values.join(QStringLiteral(", "))).arg(answer.value(QStringLiteral("ttl")).toInteger());
}

} // namespace

QJsonObject verificationToJson(const QList<VerifyOutcome> &outcomes)
{
    QJsonArray records;
    bool allLive = !outcomes.isEmpty();
    for (const VerifyOutcome &outcome : outcomes) {
        const bool live = outcome.report.problem.isEmpty() && outcome.report.allServe(outcome.expected);
        allLive = allLive && live;
        QJsonObject record{
            {QStringLiteral("key"), outcome.key},
            {QStringLiteral("name"), outcome.name},
            {QStringLiteral("type"), outcome.type},
            {QStringLiteral("account"), outcome.account},
            {QStringLiteral("expected"), outcome.expected},
            {QStringLiteral("live"), live},
            {QStringLiteral("served"), answersToJson(outcome.report.authoritative)},
            {QStringLiteral("resolvers"), answersToJson(outcome.report.resolvers)},
            {QStringLiteral("caches_expire_at"), isoUtcOrNull(outcome.after.cachesExpireAt)},
        };
        if (!outcome.report.problem.isEmpty())
            record.insert(QStringLiteral("problem"), outcome.report.problem);
        if (!outcome.after.driftValue.isEmpty())
            record.insert(QStringLiteral("drift"), QJsonObject{{QStringLiteral("value"), outcome.after.driftValue},
                                                               {QStringLiteral("correcting"), outcome.correcting}});
        records.append(record);
    }
    return {{QStringLiteral("records"), records}, {QStringLiteral("exit_code"), allLive ? 0 : 1}};
}

QStringList describeVerification(const QJsonObject &verification)
{
    QStringList lines;
    const QJsonArray records = verification.value(QStringLiteral("records")).toArray();
    if (records.isEmpty())
        lines.append(Text::tr("No record has a value Homing set yet, so there is nothing to verify."));
    for (const auto &value : records) {
        const QJsonObject record = value.toObject();
        const QString name = QStringLiteral("%1 %2").arg(record.value(QStringLiteral("name")).toString(),
                                                       record.value(QStringLiteral("type")).toString());
        const QString expected = record.value(QStringLiteral("expected")).toString();
        if (record.contains(QStringLiteral("problem"))) {
            lines.append(Text::tr("%1: not verified: %2").arg(name, record.value(QStringLiteral("problem")).toString()));
            continue;
        }
        lines.append(record.value(QStringLiteral("live")).toBool()
                         ? Text::tr("%1: live: every authoritative server serves %2").arg(name, expected)
                         : Text::tr("%1: not live: not every authoritative server serves %2").arg(name, expected));
        for (const auto &answer : record.value(QStringLiteral("served")).toArray())
            lines.append(QStringLiteral("    ") + describeAnswer(answer.toObject()));
        for (const auto &answer : record.value(QStringLiteral("resolvers")).toArray())
            lines.append(QStringLiteral("    ") + Text::tr("resolver %1").arg(describeAnswer(answer.toObject())));
        if (record.value(QStringLiteral("caches_expire_at")).isString())
            lines.append(QStringLiteral("    ") + Text::tr("caches let the old value go by %1")
                                                  .arg(record.value(QStringLiteral("caches_expire_at")).toString()));
        if (record.value(QStringLiteral("drift")).isObject()) {
            const QJsonObject drift = record.value(QStringLiteral("drift")).toObject();
            lines.append(QStringLiteral("    ")
                         + (drift.value(QStringLiteral("correcting")).toBool()
                                ? Text::tr("changed by someone else to %1; the next update sets it back")
                                : Text::tr("changed by someone else to %1; Homing already set it back today and "
                                           "leaves it for now"))
                               .arg(drift.value(QStringLiteral("value")).toString()));
        }
    }
    return lines;
}

} // namespace homing
