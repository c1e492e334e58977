#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace homing {

// Restricts a file Homing wrote (state, history, log) to its owner.
void restrictToOwner(const QString &path);

// Opens `file` for writing without following a symbolic link (a planted
// link would make Homing write to, and restrict, a file of its choosing). A
// file that does not exist yet is created readable and writable by its owner
// only, with no moment in which others could open it.
bool openPrivately(QFile &file, QIODevice::OpenMode mode);

// What a file the user points Homing at is trusted for. Each must be a
// regular file of this user (or root) that nobody else can change or
// replace; a secret must also be unreadable by others.
// config.json is one too: whoever can change it can send the secrets elsewhere.
enum class TrustedFileUse { Configuration, Certificates, Secret };

// A bundle of certificates larger than this is not a ca_file.
inline constexpr qint64 kMaximumCaFileBytes = 4 * 1024 * 1024;
// Nor is a configuration (5,000 records take about 1 MB).
inline constexpr qint64 kMaximumConfigFileBytes = 32 * 1024 * 1024;

struct TrustedFileContent {
    QByteArray data;
    QString problem; // plain words, empty when the file was read
};

// Opens `path` and checks the opened file itself, not its name (which could
// be swapped in between), then reads at most `maximumBytes` of it.
TrustedFileContent readTrustedFile(const QString &path, TrustedFileUse use, qint64 maximumBytes);

// Why the directory at `path` cannot hold Homing's private files, or an
// empty string: it must belong to this user and be writable by nobody else,
// or another user could plant or replace files in it. Never changes it.
QString privateDirectoryProblem(const QString &path);

} // namespace homing
