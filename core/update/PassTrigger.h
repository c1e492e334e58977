#pragma once

#include <QString>

namespace homing {

// Why a pass ran: the log and the history say it, so that a user can tell a
// change caught by an OS event from one found by the poll.
enum class PassTrigger {
    Request,      // someone asked (homing-cli update, "Update now", a drift to correct)
    Start,        // the daemon started
    Timer,        // the check interval (or a retry) came due
    Reload,       // the configuration was reloaded
    AddressEvent, // the operating system said the addresses changed
    Resume,       // the computer woke from sleep
};

// "request", "start", "timer", "reload", "address_event", "resume".
QString passTriggerKey(PassTrigger trigger);
// Plain words for the log and history: "checked after the system reported an address change".
QString passTriggerDescription(PassTrigger trigger);

} // namespace homing
