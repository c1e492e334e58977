#include "storage/AtomicFile.h"

#include "platform/FilePrivacy.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace homing {

QString writeFileAtomically(const QString &path, const QByteArray &data)
{
    // A link planted in place of the file would make the replacement land on,
    // and the permissions change apply to, a file of someone else's choosing.
    if (QFileInfo(path).isSymLink())
        return QStringLiteral("%1 is a symbolic link; Homing does not write through links in its data directory").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(data) != data.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    // QSaveFile flushes and fsyncs before the rename.
    if (!file.commit())
        return file.errorString();
    restrictToOwner(path);
    return {};
}

QString ensurePrivateDirectory(const QString &path)
{
    // The directory itself is created private whatever the umask (a desktop
    // session's 002 would otherwise make it group-writable, and refused).
    const QFileInfo info(path);
    if (!info.exists()
        && (!QDir().mkpath(info.absolutePath())
            || !QDir().mkdir(info.absoluteFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))) {
        return QStringLiteral("cannot create the directory %1").arg(path);
    }
    // An existing directory that others could write to is refused, not fixed:
    // files may already have been planted in it.
    if (const QString problem = privateDirectoryProblem(path); !problem.isEmpty())
        return problem;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace homing
