#include "LocalBackend.h"

#include "daemon/Daemon.h"

namespace homing::gui {

LocalBackend::LocalBackend(Daemon &daemon, QObject *parent)
    : UpdaterBackend(parent)
    , m_daemon(daemon)
{
    connect(&daemon, &Daemon::notify, this, &UpdaterBackend::notify);
    connect(&daemon, &Daemon::historyAppended, this, &UpdaterBackend::historyAppended);
    for (const auto signal : {&Daemon::passStarted, &Daemon::configReloaded})
        connect(&daemon, signal, this, &UpdaterBackend::statusChanged);
    connect(&daemon, &Daemon::passFinished, this, &UpdaterBackend::statusChanged);
    connect(&daemon, &Daemon::recordChanged, this, &UpdaterBackend::statusChanged);
    connect(&daemon, &Daemon::addressChanged, this, &UpdaterBackend::statusChanged);
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
