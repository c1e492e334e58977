#include "NotificationPresenter.h"

#include "notify/Notifier.h"
#include "platform/SystemNotifications.h"

#include <QSystemTrayIcon>

namespace homing::gui {

namespace {

bool isUrgent(const Notification &notification)
{
    return notification.kind == Notification::Kind::RecordBlocked
        || notification.kind == Notification::Kind::AddressNotPublic
        // A record that points elsewhere may be sending the user's traffic to an attacker.
        || notification.kind == Notification::Kind::RecordDrifted;
}

} // namespace

NotificationPresenter::NotificationPresenter(QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
    , m_system(SystemNotifications::create(this))
{
    if (m_system)
        connect(m_system, &SystemNotifications::activated, this, &NotificationPresenter::activated);
    connect(tray, &QSystemTrayIcon::messageClicked, this, &NotificationPresenter::activated);
}

void NotificationPresenter::show(const Notification &notification)
{
    const bool urgent = isUrgent(notification);
    if (m_system && m_system->show(notification.title, notification.body, urgent, tr("Open Homing")))
        return;
    m_tray->showMessage(notification.title, notification.body,
                        urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace homing::gui
