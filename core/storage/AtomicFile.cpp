#include "storage/AtomicFile.h"

#include "platform/FilePrivacy.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace homing {

QString writeFileAtomically(const QString &path, const QByteArray &data)
{
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
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path))
        return QStringLiteral("cannot create the directory %1").arg(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace homing
