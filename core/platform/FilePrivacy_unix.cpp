#include "platform/FilePrivacy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
    int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC;
    if (mode & QIODevice::Append)
        flags |= O_APPEND;
    if (mode & QIODevice::Truncate)
        flags |= O_TRUNC;
    const int descriptor = ::open(QFile::encodeName(file.fileName()).constData(), flags, S_IRUSR | S_IWUSR);
    if (descriptor < 0) {
        file.setFileName(file.fileName()); // leaves the file closed
        return false;
    }
    return file.open(descriptor, mode | QIODevice::WriteOnly, QFileDevice::AutoCloseHandle);
}

QString privateDirectoryProblem(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QCoreApplication::translate("homing::FilePrivacy", "the directory %1 cannot be read").arg(path);
    if (!S_ISDIR(info.st_mode))
        return QCoreApplication::translate("homing::FilePrivacy", "%1 is not a directory").arg(path);
    if (info.st_uid != ::geteuid()) {
        return QCoreApplication::translate("homing::FilePrivacy",
                                           "the directory %1 belongs to another user, who could change Homing's "
                                           "files in it; use a directory of your own (--data-dir)")
            .arg(path);
    }
    if (info.st_mode & (S_IWGRP | S_IWOTH)) {
        return QCoreApplication::translate("homing::FilePrivacy",
                                           "other users can write to the directory %1 and could plant files in it; "
                                           "make it private with chmod 700 %1, or use another directory")
            .arg(path);
    }
    return {};
}

} // namespace homing
