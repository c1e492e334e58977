#include "events/ResumeWatcher.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>

// logind (platform.md §2.1): PrepareForSleep(false) on the system bus is the
// resume. No system bus (a container, a minimal server) is not an error:
// Homing then learns of the new addresses from rtnetlink and the poll.

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::ResumeWatcher)
};

const QString kLogindService = QStringLiteral("org.freedesktop.login1");

} // namespace

// Receives the D-Bus signal: QtDBus delivers to a slot by name.
class ResumeWatcherLogind : public QObject
{
    Q_OBJECT

public:
    explicit ResumeWatcherLogind(ResumeWatcher *watcher)
        : m_watcher(watcher)
    {
    }

public Q_SLOTS:
    void onPrepareForSleep(bool starting)
    {
        if (!starting)
            Q_EMIT m_watcher->resumed();
    }

private:
    ResumeWatcher *m_watcher;
};

struct ResumeWatcher::Platform {
    ResumeWatcherLogind receiver;
    explicit Platform(ResumeWatcher *watcher)
        : receiver(watcher)
    {
    }
};

ResumeWatcher::ResumeWatcher(QObject *parent)
    : QObject(parent)
{
}

ResumeWatcher::~ResumeWatcher()
{
    if (m_platform) {
        QDBusConnection::systemBus().disconnect(kLogindService, QStringLiteral("/org/freedesktop/login1"),
                                                QStringLiteral("org.freedesktop.login1.Manager"),
                                                QStringLiteral("PrepareForSleep"), &m_platform->receiver,
                                                SLOT(onPrepareForSleep(bool)));
    }
}

bool ResumeWatcher::isActive() const
{
    return m_platform != nullptr;
}

bool ResumeWatcher::start()
{
    if (m_platform)
        return true;
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        m_error = Text::tr("no system D-Bus here, so Homing does not hear of resume from sleep; "
                           "address changes and the check interval still apply");
        return false;
    }
    auto platform = std::make_unique<Platform>(this);
    // A signal match is accepted even while logind is not running; it fires
    // once logind starts, so the subscription does not depend on the order.
    if (!bus.connect(kLogindService, QStringLiteral("/org/freedesktop/login1"),
                     QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
                     &platform->receiver, SLOT(onPrepareForSleep(bool)))) {
        m_error = Text::tr("cannot subscribe to logind's sleep signal (%1); "
                           "address changes and the check interval still apply")
                      .arg(bus.lastError().message());
        return false;
    }
    m_platform = std::move(platform);
    m_error.clear();
    qCDebug(lcDaemon) << "watching logind for resume from sleep";
    return true;
}

} // namespace homing

#include "ResumeWatcher_linux.moc"
