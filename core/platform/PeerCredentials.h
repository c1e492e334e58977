#pragma once

#include <QtGlobal>

namespace homing {

// Whether the process at the other end of a connected local socket runs as
// this process's user. The control channel checks it on both ends, so that
// neither a command nor an answer comes from another user. Implemented per
// platform.
bool peerIsSameUser(qintptr socketDescriptor);

} // namespace homing
