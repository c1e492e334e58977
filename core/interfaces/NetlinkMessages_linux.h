#pragma once

#include <linux/netlink.h>

#include <type_traits>

namespace homing::netlink {

// NLMSG_OK and NLMSG_NEXT without their int/unsigned comparison, which clang
// rejects under -Wsign-compare: the same walk over a buffer of netlink
// messages (`length` is what is left of it).
inline bool messageFits(const nlmsghdr *header, int length)
{
    return length >= int(sizeof(nlmsghdr)) && header->nlmsg_len >= sizeof(nlmsghdr)
        && header->nlmsg_len <= unsigned(length);
}

template <typename Header>
Header *nextMessage(Header *header, int &length)
{
    const int step = int(NLMSG_ALIGN(header->nlmsg_len));
    length -= step;
    using Byte = std::conditional_t<std::is_const_v<Header>, const char, char>;
    return reinterpret_cast<Header *>(reinterpret_cast<Byte *>(header) + step);
}

} // namespace homing::netlink
