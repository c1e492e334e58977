#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QSystemTrayIcon;

namespace homing {
struct Notification;
}

namespace homing::gui {

// How a notification the core decided on is shown. On Linux it goes to the
// desktop's notification server (org.freedesktop.Notifications over D-Bus),
// which QSystemTrayIcon reaches only through a StatusNotifierItem host;
// without a server, the tray icon's own balloon.
class NotificationPresenter : public QObject
{
    Q_OBJECT

public:
    NotificationPresenter(QSystemTrayIcon *tray, QObject *parent = nullptr);

    void show(const Notification &notification);

Q_SIGNALS:
    // The user clicked one of Homing's notifications.
    void activated();

private Q_SLOTS:
    // The server's signal, for every application's notifications.
    void actionInvoked(uint id, const QString &action);

private:
    QSystemTrayIcon *m_tray;
    QSet<uint> m_shown; // ids the server gave Homing's notifications
};

} // namespace homing::gui
