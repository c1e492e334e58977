#include "platform/FilePrivacy.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::FilePrivacy)
};

} // namespace

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

TrustedFileContent readTrustedFile(const QString &path, TrustedFileUse use, qint64 maximumBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, Text::tr("%1 cannot be opened: %2").arg(path, file.errorString())};
    struct stat info {};
    if (::fstat(file.handle(), &info) != 0 || !S_ISREG(info.st_mode))
        return {{}, Text::tr("%1 is not a regular file").arg(path)};
    if (info.st_uid != ::geteuid() && info.st_uid != 0) {
        return {{}, Text::tr("%1 belongs to another user, who could change what Homing trusts in it; it must belong to you "
                       "or to root")
                        .arg(path)};
    }
    if (info.st_mode & (S_IWGRP | S_IWOTH))
        return {{}, Text::tr("other users can change %1; make it writable by its owner only (chmod go-w %1)").arg(path)};
    if (use == TrustedFileUse::Secret && (info.st_mode & (S_IRGRP | S_IROTH))) {
        return {{}, Text::tr("the secret file %1 can be read by other users; Homing refuses to use it until only its owner "
                       "can (chmod 600 %1)")
                        .arg(path)};
    }
    return {file.read(maximumBytes), {}};
}

QString privateDirectoryProblem(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return Text::tr("the directory %1 cannot be read").arg(path);
    if (!S_ISDIR(info.st_mode))
        return Text::tr("%1 is not a directory").arg(path);
    if (info.st_uid != ::geteuid()) {
        return Text::tr("the directory %1 belongs to another user, who could change Homing's "
                                           "files in it; use a directory of your own (--data-dir)")
            .arg(path);
    }
    if (info.st_mode & (S_IWGRP | S_IWOTH)) {
        return Text::tr("other users can write to the directory %1 and could plant files in it; "
                                           "make it private with chmod 700 %1, or use another directory")
            .arg(path);
    }
    return {};
}

} // namespace homing
