#include "platform/SystemNotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSet>
#include <QVariantMap>

// Follows ../shared/reference/platform.md §4.2 (Desktop Notifications 1.2).

namespace homing::gui {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kDesktopEntry = QStringLiteral("io.github.homing.Homing");

class DBusNotifications final : public SystemNotifications
{
    Q_OBJECT

public:
    explicit DBusNotifications(QObject *parent)
        : SystemNotifications(parent)
    {
        QDBusConnection::sessionBus().connect(kService, kPath, kService, QStringLiteral("ActionInvoked"), this,
                                              SLOT(actionInvoked(uint,QString)));
    }

    bool show(const QString &title, const QString &body, bool urgent, const QString &openLabel) override
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(kService))
            return false;
        QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
        const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1))},
                                {QStringLiteral("desktop-entry"), kDesktopEntry}};
        // "default" is the action of a click on the notification itself.
        call << QStringLiteral("Homing") << uint(0) << kDesktopEntry << title << body
             << QStringList{QStringLiteral("default"), openLabel} << hints << int(-1);
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
            const QDBusPendingReply<uint> reply = *finished;
            if (reply.isValid())
                m_shown.insert(reply.value());
            finished->deleteLater();
        });
        return true;
    }

private Q_SLOTS:
    // The server sends this for every application's notifications: only ours count.
    void actionInvoked(uint id, const QString &action)
    {
        Q_UNUSED(action);
        if (m_shown.contains(id))
            Q_EMIT activated();
    }

private:
    QSet<uint> m_shown; // ids the server gave Homing's notifications
};

} // namespace

SystemNotifications *SystemNotifications::create(QObject *parent)
{
    return new DBusNotifications(parent);
}

} // namespace homing::gui

#include "SystemNotifications_linux.moc"
