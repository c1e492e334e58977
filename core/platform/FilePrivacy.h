#pragma once

#include <QString>

namespace homing {

// True when only the file's owner can read it. Used to refuse secret files
// that other users could read. Implemented per platform.
bool isReadableByOwnerOnly(const QString &path);

// Restricts a file Homing wrote (state, history, log) to its owner.
void restrictToOwner(const QString &path);

} // namespace homing
