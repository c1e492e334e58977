#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace homing {
struct Notification;
}

namespace homing::gui {

class SystemNotifications;

// How a notification the core decided on is shown: through the platform's
// own notifications where there is a better path than the tray's balloon
// (platform/SystemNotifications), else, or when that cannot show one, the
// tray icon's balloon.
class NotificationPresenter : public QObject
{
    Q_OBJECT

public:
    NotificationPresenter(QSystemTrayIcon *tray, QObject *parent = nullptr);

    void show(const Notification &notification);

Q_SIGNALS:
    // The user clicked one of Homing's notifications.
    void activated();

private:
    QSystemTrayIcon *m_tray;
    SystemNotifications *m_system; // null where the balloon is the platform's path
};

} // namespace homing::gui
