#pragma once

#include <QString>

namespace homing::gui {

// Whether `homing` starts when the user logs in. One small interface; each
// platform has its file (Linux: an XDG autostart entry; Windows: the HKCU
// Run key; macOS: SMAppService, or a LaunchAgent before macOS 13).
enum class LoginItemState {
    Off,
    On,
    DisabledByUser,   // turned off outside Homing (Task Manager, Login Items): shown, not silently undone
    NeedsApproval,    // macOS: registered, waiting for the user in System Settings
};

LoginItemState loginItemState();

// Turns starting at login on (for `program`, the app's executable) or off.
// Returns an empty string on success, else what went wrong.
QString setLoginItem(bool enabled, const QString &program);

} // namespace homing::gui
