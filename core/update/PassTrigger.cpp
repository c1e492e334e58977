#include "update/PassTrigger.h"

#include <QCoreApplication>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::PassTrigger)
};

} // namespace

QString passTriggerKey(PassTrigger trigger)
{
    switch (trigger) {
    case PassTrigger::Request:
        return QStringLiteral("request");
    case PassTrigger::Start:
        return QStringLiteral("start");
    case PassTrigger::Timer:
        return QStringLiteral("timer");
    case PassTrigger::Reload:
        return QStringLiteral("reload");
    case PassTrigger::AddressEvent:
        return QStringLiteral("address_event");
    case PassTrigger::Resume:
        return QStringLiteral("resume");
    }
    return QStringLiteral("request");
}

QString passTriggerDescription(PassTrigger trigger)
{
    switch (trigger) {
    case PassTrigger::Request:
        return Text::tr("checked on request");
    case PassTrigger::Start:
        return Text::tr("checked at start");
    case PassTrigger::Timer:
        return Text::tr("checked at the check interval");
    case PassTrigger::Reload:
        return Text::tr("checked after the configuration was reloaded");
    case PassTrigger::AddressEvent:
        return Text::tr("checked after the system reported an address change");
    case PassTrigger::Resume:
        return Text::tr("checked after the computer woke from sleep");
    }
    return Text::tr("checked on request");
}

} // namespace homing
