#include "platform/FileDurability.h"

#include <unistd.h>

namespace homing {

bool syncToDisk(QFileDevice &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_MACOS
    return ::fsync(file.handle()) == 0; // macOS has no fdatasync
#else
    return ::fdatasync(file.handle()) == 0;
#endif
}

} // namespace homing
