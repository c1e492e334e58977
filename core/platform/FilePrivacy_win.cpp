#include "platform/FilePrivacy.h"
#include "platform/ProcessUser_win.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <windows.h>

#include <aclapi.h>

#include <algorithm>
#include <vector>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::FilePrivacy)
};

// Principals that may hold a file Homing trusts: the user, and those who
// could change anything on the machine anyway (the Windows "root").
bool isTrustedPrincipal(PSID sid, PSID user)
{
    return EqualSid(sid, user) || IsWellKnownSid(sid, WinLocalSystemSid) || IsWellKnownSid(sid, WinBuiltinAdministratorsSid);
}

// Rights that let someone change what a file holds, or replace it, or hand
// themselves those rights; and rights that let someone read it. For a
// directory FILE_WRITE_DATA and FILE_APPEND_DATA are "add a file" and "add a
// subdirectory".
constexpr ACCESS_MASK kChangeRights = FILE_WRITE_DATA | FILE_APPEND_DATA | FILE_DELETE_CHILD | DELETE | WRITE_DAC
    | WRITE_OWNER | GENERIC_WRITE | GENERIC_ALL;
constexpr ACCESS_MASK kReadRights = FILE_READ_DATA | GENERIC_READ | GENERIC_ALL;

enum class Access { Owned, OthersMayChange, OthersMayRead, ForeignOwner, Unknown };

// Who else may change (or, with `checkReading`, read) the opened object,
// from its owner and its DACL. Deny entries are not credited: a grant to
// someone else counts even if a deny entry might shadow it, which can only
// make Homing stricter than needed. With `inheritedByFiles`, a directory's
// entries that only files created in it inherit count too: Homing's files
// take their rights from the data directory.
Access accessOf(HANDLE handle, bool checkReading, bool inheritedByFiles = false)
{
    const std::vector<BYTE> user = tokenUser(GetCurrentProcess());
    if (user.empty())
        return Access::Unknown;
    const PSID currentUser = userSid(user);
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (GetSecurityInfo(handle, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner,
                        nullptr, &dacl, nullptr, &descriptor)
        != ERROR_SUCCESS) {
        return Access::Unknown;
    }
    Access access = Access::Owned;
    if (!owner || !isTrustedPrincipal(owner, currentUser)) {
        access = Access::ForeignOwner;
    } else if (!dacl) {
        access = Access::OthersMayChange; // a NULL DACL grants everyone everything
    } else {
        for (DWORD index = 0; index < dacl->AceCount && access == Access::Owned; ++index) {
            void *entry = nullptr;
            if (!GetAce(dacl, index, &entry)) {
                access = Access::Unknown;
                break;
            }
            const auto *header = static_cast<const ACE_HEADER *>(entry);
            if (header->AceType != ACCESS_ALLOWED_ACE_TYPE)
                continue;
            if ((header->AceFlags & INHERIT_ONLY_ACE) && !(inheritedByFiles && (header->AceFlags & OBJECT_INHERIT_ACE)))
                continue;
            const auto *allowed = static_cast<const ACCESS_ALLOWED_ACE *>(entry);
            const PSID grantee = const_cast<DWORD *>(&allowed->SidStart);
            if (isTrustedPrincipal(grantee, currentUser))
                continue;
            if (allowed->Mask & kChangeRights)
                access = Access::OthersMayChange;
            else if (checkReading && (allowed->Mask & kReadRights))
                access = Access::OthersMayRead;
        }
    }
    LocalFree(descriptor);
    return access;
}

std::wstring nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

} // namespace

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
    // The checks and the read go through one handle, so the file checked is
    // the file read even if its name is pointed elsewhere in between.
    const HANDLE handle = CreateFileW(nativePath(path).c_str(), GENERIC_READ | READ_CONTROL, FILE_SHARE_READ, nullptr,
                                      OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return {{}, Text::tr("%1 cannot be opened: %2").arg(path, qt_error_string(int(GetLastError())))};
    TrustedFileContent content;
    BY_HANDLE_FILE_INFORMATION information {};
    if (GetFileType(handle) != FILE_TYPE_DISK || !GetFileInformationByHandle(handle, &information)
        || (information.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)) {
        content.problem = Text::tr("%1 is not a regular file").arg(path);
    } else {
        switch (accessOf(handle, use == TrustedFileUse::Secret)) {
        case Access::Owned:
            break;
        case Access::ForeignOwner:
            content.problem = Text::tr("%1 belongs to another user, who could change what Homing trusts in it; it must "
                                       "belong to you or to the Administrators")
                                  .arg(path);
            break;
        case Access::OthersMayChange:
            content.problem = Text::tr("other users can change %1; in its Properties, Security, remove every entry "
                                       "that lets another user modify it")
                                  .arg(path);
            break;
        case Access::OthersMayRead:
            content.problem = Text::tr("the secret file %1 can be read by other users; Homing refuses to use it until "
                                       "only you can (its Properties, Security)")
                                  .arg(path);
            break;
        case Access::Unknown:
            content.problem = Text::tr("the permissions of %1 cannot be read").arg(path);
            break;
        }
    }
    if (content.problem.isEmpty()) {
        // Whoever may add or delete files in the directory may replace this one.
        const QString directory = QFileInfo(path).absolutePath();
        const HANDLE parent = CreateFileW(nativePath(directory).c_str(), READ_CONTROL,
                                          FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                          FILE_FLAG_BACKUP_SEMANTICS, nullptr);
        const Access directoryAccess = parent == INVALID_HANDLE_VALUE ? Access::Unknown : accessOf(parent, false);
        if (parent != INVALID_HANDLE_VALUE)
            CloseHandle(parent);
        if (directoryAccess != Access::Owned) {
            content.problem = Text::tr("other users can replace %1, because they can write to its directory %2; keep it "
                                       "in a directory only you can change")
                                  .arg(path, directory);
        }
    }
    if (content.problem.isEmpty()) {
        std::vector<char> buffer(64 * 1024);
        while (content.data.size() < maximumBytes) {
            DWORD read = 0;
            const DWORD wanted = DWORD(std::min<qint64>(qint64(buffer.size()), maximumBytes - content.data.size()));
            if (!ReadFile(handle, buffer.data(), wanted, &read, nullptr)) {
                content = {{}, Text::tr("%1 cannot be read: %2").arg(path, qt_error_string(int(GetLastError())))};
                break;
            }
            if (read == 0)
                break;
            content.data.append(buffer.data(), qsizetype(read));
        }
    }
    CloseHandle(handle);
    return content;
}

QString privateDirectoryProblem(const QString &path)
{
    // FILE_FLAG_BACKUP_SEMANTICS opens a directory; READ_CONTROL reads its
    // owner and DACL. Directories under the user's profile pass: their
    // inherited ACL grants only the user, SYSTEM and the Administrators.
    const HANDLE handle = CreateFileW(nativePath(path).c_str(), READ_CONTROL | FILE_READ_ATTRIBUTES,
                                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                      FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return Text::tr("the directory %1 cannot be read").arg(path);
    QString problem;
    BY_HANDLE_FILE_INFORMATION information {};
    if (!GetFileInformationByHandle(handle, &information) || !(information.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)) {
        problem = Text::tr("%1 is not a directory").arg(path);
    } else {
        switch (accessOf(handle, true, true)) {
        case Access::Owned:
            break;
        case Access::OthersMayRead:
            problem = Text::tr("other users could read the files Homing keeps in the directory %1; use a directory "
                               "under your user profile (--data-dir)")
                          .arg(path);
            break;
        case Access::ForeignOwner:
            problem = Text::tr("the directory %1 belongs to another user, who could change Homing's files in it; use a "
                               "directory of your own (--data-dir)")
                          .arg(path);
            break;
        case Access::OthersMayChange:
            problem = Text::tr("other users can write to the directory %1 and could plant files in it; use a directory "
                               "under your user profile (--data-dir)")
                          .arg(path);
            break;
        case Access::Unknown:
            problem = Text::tr("the permissions of the directory %1 cannot be read").arg(path);
            break;
        }
    }
    CloseHandle(handle);
    return problem;
}

} // namespace homing
