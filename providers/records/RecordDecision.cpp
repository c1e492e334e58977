#include "records/RecordDecision.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace homing::providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::RecordDecision)
};

} // namespace

ProviderStep decideRecord(const QList<ExistingRecord> &matches, const RecordTarget &target, const QString &zone,
                          const QString &managedId, bool checkOnly, const QString &line,
                          const std::function<ProviderStep()> &create,
                          const std::function<ProviderStep(qsizetype)> &update)
{
    if (checkOnly) {
        UpdateResult finding = describeCheckFinding(matches, target.record, zone, managedId);
        if (!line.isEmpty())
            finding.detail = Text::tr("%1 (ISP line %2)").arg(finding.detail, line);
        return ProviderStep::finish(finding);
    }
    const RecordChoice choice = RecordChoice::choose(matches, target, managedId);
    switch (choice.action) {
    case RecordChoice::Action::Refuse:
        return ProviderStep::finish(choice.refusal);
    case RecordChoice::Action::Keep:
        return ProviderStep::finish(choice.keepResult(target));
    case RecordChoice::Action::Create:
        return create();
    case RecordChoice::Action::Update:
        return update(choice.index);
    }
    return ProviderStep::finish(ResultKind::BadResponse);
}

UpdateResult resultAfterDuplicateRefusal(const QList<ExistingRecord> &found, const RecordTarget &target,
                                         const QString &managedId, const QString &line, const QString &service,
                                         const QString &refusal)
{
    QString holder;
    for (const auto &record : found) {
        if (QHostAddress(record.value) != target.address)
            continue;
        if (managedId.isEmpty() || record.id == managedId)
            return UpdateResult::make(ResultKind::NoChange,
                                      Text::tr("the record already holds %1").arg(target.address.toString()));
        holder = record.id;
    }
    if (!holder.isEmpty())
        return UpdateResult::make(
            ResultKind::ConfigError,
            Text::tr("another %1 record of %2 on the line %3 (id %4) already holds %5, so %6 refuses to give it to the "
                     "record %7 that record_id names: set record_id to %4, or delete one of them (%8)")
                .arg(target.record.type, target.record.name, line, holder, target.address.toString(), service,
                     managedId, refusal));
    return UpdateResult::make(ResultKind::ConfigError,
                              Text::tr("%1 says an %2 record of %3 on the line %4 with %5 exists but lists none: look "
                                       "for it in the %1 console (a paused record, or one of another type), then retry "
                                       "(%6)")
                                  .arg(service, target.record.type, target.record.name, line,
                                       target.address.toString(), refusal));
}

} // namespace homing::providers
