#pragma once

#include <QFile>
#include <QString>

namespace homing {

// True when only the file's owner can read it. Used to refuse secret files
// that other users could read. Implemented per platform.
bool isReadableByOwnerOnly(const QString &path);

// Restricts a file Homing wrote (state, history, log) to its owner.
void restrictToOwner(const QString &path);

// Opens `file`; a file that does not exist yet is created readable and
// writable by its owner only, with no moment in which others could open it.
bool openPrivately(QFile &file, QIODevice::OpenMode mode);

} // namespace homing
