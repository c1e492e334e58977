#include "platform/FilePrivacy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

// Qt 6.4 reads NTFS ACLs into QFileInfo::permissions() only while this
// counter is non-zero (Qt 6.6 wraps it in QNtfsPermissionCheckGuard).
Q_CORE_EXPORT extern int qt_ntfs_permission_lookup;

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::FilePrivacy)
};

} // namespace

bool isReadableByOwnerOnly(const QString &path)
{
    ++qt_ntfs_permission_lookup;
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    --qt_ntfs_permission_lookup;
    return !(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

void restrictToOwner(const QString &path)
{
    // Files under the user's profile are private to the user by default on
    // Windows; setPermissions would only toggle the read-only attribute.
    Q_UNUSED(path);
}

bool openPrivately(QFile &file, QIODevice::OpenMode mode)
{
    // The profile's inherited ACL already keeps the file to its user (see
    // restrictToOwner); Qt would otherwise map Unix bits to a new ACL.
    return file.open(mode);
}

TrustedFileContent readTrustedFile(const QString &path, TrustedFileUse use, qint64 maximumBytes)
{
    // Qt's view of NTFS permissions knows the owner, the primary group and
    // Everyone only; that is what is checked here.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, Text::tr("%1 cannot be opened: %2").arg(path, file.errorString())};
    }
    if (use == TrustedFileUse::Secret && !isReadableByOwnerOnly(path)) {
        return {{}, Text::tr("the secret file %1 can be read by other users; Homing refuses to use it "
                                                "until only its owner can (chmod 600 %1)")
                        .arg(path)};
    }
    return {file.read(maximumBytes), {}};
}

QString privateDirectoryProblem(const QString &path)
{
    // Directories under the user's profile inherit an ACL that keeps them to
    // the user; Homing's default data directory lives there.
    Q_UNUSED(path);
    return {};
}

} // namespace homing
