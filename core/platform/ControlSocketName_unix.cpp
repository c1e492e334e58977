#include "platform/ControlSocketName.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace homing {

QString controlSocketName(const QString &canonicalDataDir)
{
    // Inside the data directory, which only its owner can enter, no other
    // user can put a socket of their own in its place.
    const QString inDataDir = QDir(canonicalDataDir).filePath(QStringLiteral("homing.sock"));
    constexpr qsizetype kMaximumPath = 100; // sun_path is 108 bytes on Linux, 104 on macOS
    if (inDataDir.toLocal8Bit().size() < kMaximumPath)
        return inDataDir;
    // Too long for a socket address: a short name in the per-user runtime
    // directory (also private), or the temporary directory as a last resort.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(canonicalDataDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(QStringLiteral("homing-%1.sock").arg(hash));
    return QStringLiteral("homing-%1").arg(hash);
}

} // namespace homing
