#include "InstanceLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace homing {

InstanceLock::InstanceLock(const QString &dataDir)
    : m_lock(std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("homing.lock"))))
{
    // Staleness is decided by whether the recorded process still lives, not by age.
    m_lock->setStaleLockTime(0);
    // Socket paths are limited to about 100 bytes: name the socket after a
    // hash of the data directory instead of placing it there.
    // The canonical path, so that every spelling of the directory (a symlink,
    // "..") finds the same socket as it finds the same lock.
    const QFileInfo info(dataDir);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    m_socketName = QStringLiteral("homing-")
        + QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
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
