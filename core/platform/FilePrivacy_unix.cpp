#include "platform/FilePrivacy.h"

#include <QFile>
#include <QFileInfo>

namespace homing {

bool isReadableByOwnerOnly(const QString &path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return !(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

void restrictToOwner(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool openPrivately(QFile &file, QIODevice::OpenMode mode)
{
    return file.open(mode, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace homing
