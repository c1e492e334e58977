#include "NotificationPresenter.h"

#include "notify/Notifier.h"

#include <QSystemTrayIcon>

#if defined(HOMING_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>
#endif

namespace homing::gui {

namespace {

constexpr auto kService = "org.freedesktop.Notifications";

bool isUrgent(const Notification &notification)
{
    return notification.kind == Notification::Kind::RecordBlocked
        || notification.kind == Notification::Kind::AddressNotPublic;
}

} // namespace

NotificationPresenter::NotificationPresenter(QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
{
#if defined(HOMING_HAVE_DBUS)
    QDBusConnection::sessionBus().connect(QLatin1String(kService), QStringLiteral("/org/freedesktop/Notifications"),
                                          QLatin1String(kService), QStringLiteral("ActionInvoked"), this,
                                          SLOT(actionInvoked(uint,QString)));
#endif
    connect(tray, &QSystemTrayIcon::messageClicked, this, &NotificationPresenter::activated);
}

void NotificationPresenter::actionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action); // "default": the notification itself was clicked
    if (m_shown.contains(id))
        Q_EMIT activated();
}

void NotificationPresenter::show(const Notification &notification)
{
#if defined(HOMING_HAVE_DBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(QLatin1String(kService))) {
        QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kService),
                                                           QStringLiteral("/org/freedesktop/Notifications"),
                                                           QLatin1String(kService), QStringLiteral("Notify"));
        const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(isUrgent(notification) ? 2 : 1))},
                                {QStringLiteral("desktop-entry"), QStringLiteral("io.github.homing.Homing")}};
        call << QStringLiteral("Homing") << uint(0) << QStringLiteral("io.github.homing.Homing") << notification.title
             << notification.body << QStringList{QStringLiteral("default"), tr("Open Homing")} << hints << int(-1);
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
            const QDBusPendingReply<uint> reply = *finished;
            if (reply.isValid())
                m_shown.insert(reply.value());
            finished->deleteLater();
        });
        return;
    }
#endif
    m_tray->showMessage(notification.title, notification.body,
                        isUrgent(notification) ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace homing::gui
