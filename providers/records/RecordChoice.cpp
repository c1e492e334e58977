#include "records/RecordChoice.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace homing::providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::RecordChoice)
};

bool holds(const ExistingRecord &record, const QHostAddress &address)
{
    return QHostAddress(record.value) == address;
}

bool ttlIsRight(const ExistingRecord &record, int wantedTtl)
{
    return wantedTtl <= 0 || record.ttl <= 0 || record.ttl == wantedTtl;
}

UpdateResult missingManaged(const RecordSpec &record, const QString &managedId)
{
    return UpdateResult::make(ResultKind::NoSuchHost,
                              Text::tr("no %1 record of %2 has the id %3 that the record's record_id names: correct "
                                       "record_id, or clear it to let Homing find the record by name")
                                  .arg(record.type, record.name, managedId));
}

UpdateResult conflict(const QList<ExistingRecord> &matches, const RecordSpec &record, RecordIdSetting recordId)
{
    QStringList values;
    for (const auto &match : matches)
        values.append(match.value);
    const QString text = recordId == RecordIdSetting::Offered
                             ? Text::tr("%1 %2 records exist for %3 (%4); Homing manages exactly one: set the record's "
                                        "record_id to the one to manage, or delete the others")
                             : Text::tr("%1 %2 records exist for %3 (%4); Homing manages exactly one and does not guess "
                                        "which: delete the others");
    return UpdateResult::make(ResultKind::ConfigError,
                              text.arg(matches.size()).arg(record.type, record.name, values.join(QStringLiteral(", "))));
}

qsizetype indexOfId(const QList<ExistingRecord> &matches, const QString &id)
{
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (matches.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

RecordChoice RecordChoice::choose(const QList<ExistingRecord> &matches, const RecordTarget &target, const QString &managedId,
                                  RecordIdSetting recordId)
{
    RecordChoice choice;
    const int wantedTtl = target.record.ttl;
    if (!managedId.isEmpty()) {
        choice.index = indexOfId(matches, managedId);
        if (choice.index < 0) {
            choice.refusal = missingManaged(target.record, managedId);
            return choice;
        }
        const ExistingRecord &managed = matches.at(choice.index);
        choice.action = holds(managed, target.address) && ttlIsRight(managed, wantedTtl) ? Action::Keep : Action::Update;
        return choice;
    }
    if (matches.isEmpty()) {
        choice.action = Action::Create;
        return choice;
    }
    // One of several already holding the address is the one Homing manages.
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (holds(matches.at(i), target.address)) {
            choice.index = i;
            choice.action = ttlIsRight(matches.at(i), wantedTtl) || matches.size() > 1 ? Action::Keep : Action::Update;
            return choice;
        }
    }
    if (matches.size() > 1) {
        choice.refusal = conflict(matches, target.record, recordId);
        return choice;
    }
    choice.index = 0;
    choice.action = Action::Update;
    return choice;
}

UpdateResult RecordChoice::keepResult(const RecordTarget &target) const
{
    return UpdateResult::make(ResultKind::NoChange, Text::tr("the record already holds %1").arg(target.address.toString()));
}

UpdateResult describeCheckFinding(const QList<ExistingRecord> &matches, const RecordSpec &record, const QString &zone,
                                  const QString &managedId, RecordIdSetting recordId)
{
    if (!managedId.isEmpty()) {
        const qsizetype index = indexOfId(matches, managedId);
        if (index < 0)
            return missingManaged(record, managedId);
        return UpdateResult::make(ResultKind::Ok, Text::tr("the credentials work and the zone %1 is found; the %2 record "
                                                           "of %3 with id %4 holds %5 now")
                                                      .arg(zone, record.type, record.name, managedId, matches.at(index).value));
    }
    if (matches.size() > 1)
        return conflict(matches, record, recordId);
    if (matches.isEmpty())
        return UpdateResult::make(ResultKind::Ok, Text::tr("the credentials work and the zone %1 is found; %2 has no %3 "
                                                           "record yet, so the first update creates it")
                                                      .arg(zone, record.name, record.type));
    return UpdateResult::make(ResultKind::Ok, Text::tr("the credentials work and the zone %1 is found; the %2 record of "
                                                       "%3 holds %4 now")
                                                  .arg(zone, record.type, record.name, matches.first().value));
}

} // namespace homing::providers
