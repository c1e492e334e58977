#include "platform/SystemNotifications.h"

// On Windows, QSystemTrayIcon::showMessage is the platform's path: Qt calls
// Shell_NotifyIcon with NIF_INFO, which Windows 10 and 11 show as a toast and
// whose click arrives as messageClicked() (../shared/reference/platform.md
// §4.1). A WinRT toast would need an AUMID and a Start-menu shortcut that
// Homing's installer does not create yet.

namespace homing::gui {

SystemNotifications *SystemNotifications::create(QObject *parent)
{
    Q_UNUSED(parent);
    return nullptr;
}

} // namespace homing::gui
