#include "platform/PeerCredentials.h"
#include "platform/ProcessUser_win.h"

#include <windows.h>

#include <vector>

namespace homing {

bool peerIsSameUser(qintptr socketDescriptor, PeerRole peer)
{
    // QLocalSocket's descriptor on Windows is the named pipe's handle.
    const auto pipe = reinterpret_cast<HANDLE>(socketDescriptor);
    ULONG processId = 0;
    const BOOL known = peer == PeerRole::Server ? GetNamedPipeServerProcessId(pipe, &processId)
                                                : GetNamedPipeClientProcessId(pipe, &processId);
    if (!known)
        return false;
    const HANDLE other = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, processId);
    if (!other)
        return false;
    const std::vector<BYTE> theirs = tokenUser(other);
    CloseHandle(other);
    const std::vector<BYTE> ours = tokenUser(GetCurrentProcess());
    if (theirs.empty() || ours.empty())
        return false;
    return EqualSid(userSid(theirs), userSid(ours)) != FALSE;
}

} // namespace homing
