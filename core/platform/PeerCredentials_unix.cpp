#include "platform/PeerCredentials.h"

#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

namespace homing {

bool peerIsSameUser(qintptr socketDescriptor, PeerRole peer)
{
    Q_UNUSED(peer); // the kernel records the credentials of either end
    if (socketDescriptor < 0)
        return false;
#if defined(Q_OS_LINUX)
    struct ucred credentials {};
    socklen_t length = sizeof(credentials);
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return false;
    return credentials.uid == ::geteuid();
#else
    uid_t user = 0;
    gid_t group = 0;
    if (::getpeereid(int(socketDescriptor), &user, &group) != 0)
        return false;
    return user == ::geteuid();
#endif
}

} // namespace homing
