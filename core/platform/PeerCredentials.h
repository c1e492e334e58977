#pragma once

#include <QtGlobal>

namespace homing {

// Which end of the connection the other process is.
enum class PeerRole { Server, Client };

// Whether the process at the other end of a connected local socket (a Unix
// socket, or on Windows a named pipe handle) runs as this process's user.
// The control channel checks it on both ends, so that neither a command nor
// an answer comes from another user. Implemented per platform.
bool peerIsSameUser(qintptr socketDescriptor, PeerRole peer);

} // namespace homing
