#include "LocalBackend.h"

#include "daemon/Daemon.h"

namespace homing::gui {

LocalBackend::LocalBackend(Daemon &daemon, QObject *parent)
    : UpdaterBackend(parent)
    , m_daemon(daemon)
{
    connect(&daemon, &Daemon::notify, this, &UpdaterBackend::notify);
    connect(&daemon, &Daemon::historyAppended, this, &UpdaterBackend::historyAppended);
    connect(&daemon, &Daemon::passStarted, this, &LocalBackend::statusMayHaveChanged);
    connect(&daemon, &Daemon::passFinished, this, &LocalBackend::statusMayHaveChanged);
    connect(&daemon, &Daemon::recordChanged, this, &LocalBackend::statusMayHaveChanged);
    connect(&daemon, &Daemon::addressChanged, this, &LocalBackend::statusMayHaveChanged);
    connect(&daemon, &Daemon::configReloaded, this, &LocalBackend::statusMayHaveChanged);
    connect(&daemon, &Daemon::portMappingsChanged, this, &LocalBackend::statusMayHaveChanged);
}

void LocalBackend::refreshStatus()
{
    // status() builds it afresh from the daemon when asked.
    Q_EMIT statusChanged();
}

QJsonObject LocalBackend::status() const
{
    return m_daemon.status();
}

QList<HistoryEntry> LocalBackend::history() const
{
    return m_daemon.history(0);
}

void LocalBackend::updateNow(const QString &recordKey)
{
    PassOptions options;
    options.recordKey = recordKey;
    options.force = !recordKey.isEmpty();
    m_daemon.requestPass(options);
}

void LocalBackend::reload()
{
    m_daemon.reload();
}

} // namespace homing::gui
