#include "platform/FilePrivacy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

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
    // O_NONBLOCK: a FIFO put in the file's place must not hang the open.
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return {{}, Text::tr("%1 cannot be opened: %2").arg(path, qt_error_string(errno))};
    QFile file;
    file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    struct stat info {};
    if (::fstat(descriptor, &info) != 0 || !S_ISREG(info.st_mode))
        return {{}, Text::tr("%1 is not a regular file").arg(path)};
    ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) & ~O_NONBLOCK);
    if (info.st_uid != ::geteuid() && info.st_uid != 0) {
        return {{}, Text::tr("%1 belongs to another user, who could change what Homing trusts in it; it must belong to you "
                       "or to root")
                        .arg(path)};
    }
    if (info.st_mode & (S_IWGRP | S_IWOTH))
        return {{}, Text::tr("other users can change %1; make it writable by its owner only (chmod go-w %1)").arg(path)};
    // Whoever may write to the directory may put another file in its place
    // (unless the sticky bit keeps others from replacing the owner's files):
    // the directory of the name, and of the file a link leads to.
    QStringList directories{QFileInfo(path).absolutePath()};
    if (const QString target = QFileInfo(path).canonicalFilePath(); !target.isEmpty())
        directories.append(QFileInfo(target).absolutePath());
    for (const QString &directory : std::as_const(directories)) {
        struct stat directoryInfo {};
        if (::stat(QFile::encodeName(directory).constData(), &directoryInfo) != 0)
            return {{}, Text::tr("the directory %1 cannot be read").arg(directory)};
        if ((directoryInfo.st_uid != ::geteuid() && directoryInfo.st_uid != 0)
            || ((directoryInfo.st_mode & (S_IWGRP | S_IWOTH)) && !(directoryInfo.st_mode & S_ISVTX))) {
            return {{}, Text::tr("other users can replace %1, because they can write to its directory %2; keep it in a "
                                 "directory only you can change")
                            .arg(path, directory)};
        }
    }
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
