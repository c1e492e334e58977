#pragma once

#include <windows.h>

#include <vector>

namespace homing {

// The TOKEN_USER of a process's access token (its user's SID), in a buffer
// that owns it; empty when it cannot be read (another user's process usually
// cannot even be opened). Windows only.
std::vector<BYTE> tokenUser(HANDLE process);

inline PSID userSid(const std::vector<BYTE> &token)
{
    return reinterpret_cast<const TOKEN_USER *>(token.data())->User.Sid;
}

} // namespace homing
