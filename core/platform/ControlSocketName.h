#pragma once

#include <QString>

namespace homing {

// Where the process that holds a data directory listens for commands.
// `canonicalDataDir` is the directory's canonical path, so that every
// spelling of it finds the same endpoint. Implemented per platform.
QString controlSocketName(const QString &canonicalDataDir);

} // namespace homing
