#pragma once

#include <QFileDevice>

namespace homing {

// Asks the operating system to put what was written to `file` on the disk
// before returning, so that a power loss cannot lose it. Implemented per
// platform. Returns false when the system reports an error.
bool syncToDisk(QFileDevice &file);

} // namespace homing
