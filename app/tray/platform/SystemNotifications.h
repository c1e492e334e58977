#pragma once

#include <QObject>
#include <QString>

namespace homing::gui {

// The platform's own notifications, where Qt's tray balloon
// (QSystemTrayIcon::showMessage) falls short: on Linux the freedesktop
// notification server over D-Bus, which the balloon reaches only through a
// StatusNotifierItem host; on macOS UNUserNotificationCenter, where Qt still
// uses NSUserNotificationCenter (deprecated since macOS 11). On Windows the
// balloon is the platform's path (Windows 10 and 11 show it as a toast), so
// there is none. One file per platform; CMake picks it.
class SystemNotifications : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Null where the tray's balloon is the platform's path.
    static SystemNotifications *create(QObject *parent);

    // False when it cannot show one now (no notification server, not
    // allowed by the user): the caller shows the tray's balloon instead.
    // `openLabel` names the action that opens the window, where actions exist.
    virtual bool show(const QString &title, const QString &body, bool urgent, const QString &openLabel) = 0;

Q_SIGNALS:
    // The user clicked one of Homing's notifications.
    void activated();
};

} // namespace homing::gui
