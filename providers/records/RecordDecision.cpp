#include "records/RecordDecision.h"

#include <QCoreApplication>

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

} // namespace homing::providers
