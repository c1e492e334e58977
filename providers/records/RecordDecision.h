#pragma once

#include "records/RecordChoice.h"

#include <functional>

namespace homing::providers {

// The step a record-API job takes once it holds the matches of its record
// (name, type and, where the provider has them, ISP line), so that every
// provider decides alike: in a check, describeCheckFinding's finding, naming
// `line` when it is not empty; in an update, RecordChoice's refusal or Keep,
// or the write `create()` or `update(index of the match)` builds.
ProviderStep decideRecord(const QList<ExistingRecord> &matches, const RecordTarget &target, const QString &zone,
                          const QString &managedId, bool checkOnly, const QString &line,
                          const std::function<ProviderStep()> &create,
                          const std::function<ProviderStep(qsizetype)> &update);

// After a write was refused because "the record already exists" (Alidns
// DomainRecordDuplicate, DNSPod DomainRecordExist or legacy 104) and the
// matches were listed again: NoChange only when the record Homing manages
// holds the address. Another record holding it is the user's to sort out,
// never a silent success: the managed one would keep its old value.
// `service` names the provider in the words, `refusal` is its answer.
UpdateResult resultAfterDuplicateRefusal(const QList<ExistingRecord> &found, const RecordTarget &target,
                                         const QString &managedId, const QString &line, const QString &service,
                                         const QString &refusal);

} // namespace homing::providers
