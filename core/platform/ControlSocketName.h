#pragma once

#include <QString>

namespace homing {

// Where the process that holds a data directory listens for commands.
// `canonicalDataDir` is the directory's canonical path, so that every
// spelling of it finds the same endpoint. Always a place only this user can
// create; empty when there is none (then nobody listens, and commands run in
// the process that asks). Implemented per platform.
QString controlSocketName(const QString &canonicalDataDir);

} // namespace homing
