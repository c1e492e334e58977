#include "platform/PeerCredentials.h"

#include <windows.h>

#include <vector>

namespace homing {

namespace {

// The TOKEN_USER of a process's access token, or nothing when it cannot be
// read (another user's process usually cannot even be opened).
std::vector<BYTE> tokenUser(HANDLE process)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(process, TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    const bool read = size > 0 && GetTokenInformation(token, TokenUser, buffer.data(), size, &size);
    CloseHandle(token);
    return read ? buffer : std::vector<BYTE>{};
}

} // namespace

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
    return EqualSid(reinterpret_cast<const TOKEN_USER *>(theirs.data())->User.Sid,
                    reinterpret_cast<const TOKEN_USER *>(ours.data())->User.Sid)
        != FALSE;
}

} // namespace homing
