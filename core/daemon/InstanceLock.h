#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace homing {

// One updater per data directory. The process that updates (homing-cli run,
// later the tray app) holds this lock; a lock left by a killed process is
// recognised as stale and taken over.
class InstanceLock
{
public:
    explicit InstanceLock(const QString &dataDir);
    ~InstanceLock();

    // Waits up to `timeoutMs` for the lock. False when another live process holds it.
    bool tryAcquire(int timeoutMs = 0);
    // The process holding the lock (0 when unknown).
    qint64 holderPid() const;
    // The local socket on which the holder listens for commands.
    QString socketName() const { return m_socketName; }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_socketName;
};

} // namespace homing
