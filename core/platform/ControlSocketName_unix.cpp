#include "platform/ControlSocketName.h"

#include "platform/FilePrivacy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace homing {

QString controlSocketName(const QString &canonicalDataDir)
{
    // Inside the data directory, which only its owner can enter, no other
    // user can put a socket of their own in its place.
    const QString inDataDir = QDir(canonicalDataDir).filePath(QStringLiteral("homing.sock"));
    constexpr qsizetype kMaximumPath = 100; // sun_path is 108 bytes on Linux, 104 on macOS
    if (inDataDir.toLocal8Bit().size() < kMaximumPath)
        return inDataDir;
    // Too long for a socket address: a short name in a private directory,
    // never one another user could create first. The per-user runtime
    // directory if the session has one, else a directory Homing makes for
    // this user in the temporary directory (and refuses if someone else made
    // it, or can write to it).
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(canonicalDataDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && privateDirectoryProblem(runtime).isEmpty())
        return QDir(runtime).filePath(QStringLiteral("homing-%1.sock").arg(hash));
    const QString fallback = QDir(QDir::tempPath()).filePath(QStringLiteral("homing-%1").arg(::geteuid()));
    struct stat link {};
    if (::lstat(QFile::encodeName(fallback).constData(), &link) != 0)
        ::mkdir(QFile::encodeName(fallback).constData(), S_IRWXU); // 0700, whatever the umask adds
    if (::lstat(QFile::encodeName(fallback).constData(), &link) != 0 || !S_ISDIR(link.st_mode)
        || link.st_uid != ::geteuid() || (link.st_mode & (S_IRWXG | S_IRWXO)))
        return {};
    return QDir(fallback).filePath(QStringLiteral("%1.sock").arg(hash));
}

} // namespace homing
