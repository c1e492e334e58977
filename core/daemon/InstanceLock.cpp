#include "daemon/InstanceLock.h"

#include "platform/ControlSocketName.h"

#include <QDir>
#include <QFileInfo>

namespace homing {

InstanceLock::InstanceLock(const QString &dataDir)
    : m_lock(std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("homing.lock"))))
{
    // Staleness is decided by whether the recorded process still lives, not by age.
    m_lock->setStaleLockTime(0);
    // The canonical path, so that every spelling of the directory (a symlink,
    // "..") finds the same socket as it finds the same lock.
    const QFileInfo info(dataDir);
    m_socketName = controlSocketName(info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath());
}

InstanceLock::~InstanceLock() = default;

bool InstanceLock::tryAcquire(int timeoutMs)
{
    return m_lock->tryLock(timeoutMs);
}

qint64 InstanceLock::holderPid() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return m_lock->getLockInfo(&pid, &host, &application) ? pid : 0;
}

} // namespace homing
