#pragma once

#include "provider/Provider.h"
#include "result/UpdateResult.h"

#include <QList>
#include <QString>

namespace homing::providers {

// A record a DNS API listed for the record's exact name and type (and, where
// the provider has ISP lines, its line): the provider filters, this decides.
struct ExistingRecord {
    QString id;
    QString value; // as the provider wrote it
    int ttl = 0;   // 0 when the provider did not say
};

// Whether the provider has the record setting record_id (recordIdField()):
// the conflict advice names it only where it can be set.
enum class RecordIdSetting { Offered, NotOffered };

// Which record Homing changes, if any. Homing manages exactly one record per
// name, type (and line): it never deletes, and when several match and none
// holds the address (a round-robin set someone built) it does not guess.
struct RecordChoice {
    enum class Action {
        Create, // none exists: add it
        Update, // change matches[index] in place
        Keep,   // matches[index] already holds the address (and the TTL asked for)
        Refuse, // several and none holds it, or the managed id is not there: `refusal`
    };
    Action action = Action::Refuse;
    qsizetype index = -1;
    UpdateResult refusal;

    // `managedId`: the record setting record_id, empty when not set. With it,
    // only that record is looked at. A target TTL of 0 keeps whatever TTL a record has.
    // `recordId`: NotOffered for a provider without the record_id setting.
    static RecordChoice choose(const QList<ExistingRecord> &matches, const RecordTarget &target, const QString &managedId = {},
                               RecordIdSetting recordId = RecordIdSetting::Offered);

    // Keep's result: NoChange, "the record already holds …".
    UpdateResult keepResult(const RecordTarget &target) const;
};

// A read-only check's finding once the zone and the matches are known: Ok
// with what an update would do, or the refusal an update would meet.
UpdateResult describeCheckFinding(const QList<ExistingRecord> &matches, const RecordSpec &record, const QString &zone,
                                  const QString &managedId = {}, RecordIdSetting recordId = RecordIdSetting::Offered);

} // namespace homing::providers
