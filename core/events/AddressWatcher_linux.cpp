#include "events/AddressWatcher.h"

#include "common/Logging.h"
#include "interfaces/NetlinkMessages_linux.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// rtnetlink (platform.md §1.1): a socket bound to the link and address groups;
// every RTM_NEWADDR / RTM_DELADDR / RTM_NEWLINK / RTM_DELLINK says "look again".

namespace homing {

// The kernel's NLMSG_* / RTA_* / IFA_* macros are C: old-style casts.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wcast-align"
#pragma GCC diagnostic ignored "-Wsign-compare"

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::AddressWatcher)
};

// An address that is never published, whatever happens to it: IPv6
// link-local (fe80::/10) and IPv4 link-local (169.254/16). Loopback is not
// skipped: it is how the tests make changes without touching a real link.
bool isLinkLocalOnly(const nlmsghdr *header)
{
    if (header->nlmsg_len < NLMSG_LENGTH(sizeof(ifaddrmsg)))
        return false;
    const auto *message = static_cast<const ifaddrmsg *>(NLMSG_DATA(header));
    int length = int(IFA_PAYLOAD(header));
    // The address is IFA_LOCAL when present, else IFA_ADDRESS (platform.md §1.1).
    const unsigned char *address = nullptr;
    std::size_t addressLength = 0;
    bool haveLocal = false;
    for (auto *attribute = IFA_RTA(message); RTA_OK(attribute, length); attribute = RTA_NEXT(attribute, length)) {
        const bool isLocal = attribute->rta_type == IFA_LOCAL;
        if (isLocal || (attribute->rta_type == IFA_ADDRESS && !haveLocal)) {
            address = static_cast<const unsigned char *>(RTA_DATA(attribute));
            addressLength = RTA_PAYLOAD(attribute);
            haveLocal = haveLocal || isLocal;
        }
    }
    if (!address)
        return false; // unsure: signal
    if (message->ifa_family == AF_INET6 && addressLength == 16)
        return address[0] == 0xfe && (address[1] & 0xc0) == 0x80;
    if (message->ifa_family == AF_INET && addressLength == 4)
        return address[0] == 169 && address[1] == 254;
    return false;
}

// A wireless extension event (a scan finished, say) arrives as RTM_NEWLINK
// carrying IFLA_WIRELESS; it is not a change of link or address.
bool isWirelessEvent(const nlmsghdr *header)
{
    if (header->nlmsg_type != RTM_NEWLINK || header->nlmsg_len < NLMSG_LENGTH(sizeof(ifinfomsg)))
        return false;
    const auto *message = static_cast<const ifinfomsg *>(NLMSG_DATA(header));
    int length = int(IFLA_PAYLOAD(header));
    for (auto *attribute = IFLA_RTA(message); RTA_OK(attribute, length); attribute = RTA_NEXT(attribute, length)) {
        if (attribute->rta_type == IFLA_WIRELESS)
            return true;
    }
    return false;
}

} // namespace

struct AddressWatcher::Platform {
    int fd = -1;
    std::unique_ptr<QSocketNotifier> notifier;

    ~Platform()
    {
        notifier.reset();
        if (fd >= 0)
            ::close(fd);
    }

    // Reads every message waiting; true when any of them may matter.
    bool drain()
    {
        bool changed = false;
        alignas(nlmsghdr) char buffer[32 * 1024];
        for (;;) {
            const ssize_t received = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (received < 0) {
                if (errno == EINTR)
                    continue;
                // The kernel dropped messages for want of room: something
                // changed, we cannot know what.
                if (errno == ENOBUFS) {
                    changed = true;
                    continue;
                }
                break; // EAGAIN: all read
            }
            if (received == 0)
                break;
            int length = int(received);
            for (auto *header = reinterpret_cast<nlmsghdr *>(buffer); netlink::messageFits(header, length);
                 header = netlink::nextMessage(header, length)) {
                switch (header->nlmsg_type) {
                case RTM_NEWADDR:
                case RTM_DELADDR:
                    if (!isLinkLocalOnly(header))
                        changed = true;
                    break;
                case RTM_NEWLINK:
                case RTM_DELLINK:
                    if (!isWirelessEvent(header))
                        changed = true;
                    break;
                case NLMSG_OVERRUN:
                    changed = true;
                    break;
                default:
                    break;
                }
            }
        }
        return changed;
    }
};

#pragma GCC diagnostic pop

AddressWatcher::AddressWatcher(QObject *parent)
    : QObject(parent)
{
}

AddressWatcher::~AddressWatcher() = default;

bool AddressWatcher::isActive() const
{
    return m_platform != nullptr;
}

bool AddressWatcher::start()
{
    if (m_platform)
        return true;
    auto platform = std::make_unique<Platform>();
    platform->fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_ROUTE);
    if (platform->fd < 0) {
        m_error = Text::tr("cannot watch for address changes (netlink socket: %1); Homing checks at the check interval instead")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Room for a renumbering's burst; an overflow is still caught (ENOBUFS).
    const int bufferBytes = 256 * 1024;
    ::setsockopt(platform->fd, SOL_SOCKET, SO_RCVBUF, &bufferBytes, sizeof bufferBytes);
    sockaddr_nl address{};
    address.nl_family = AF_NETLINK;
    address.nl_groups = RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR;
    if (::bind(platform->fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        m_error = Text::tr("cannot watch for address changes (netlink bind: %1); Homing checks at the check interval instead")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    platform->notifier = std::make_unique<QSocketNotifier>(platform->fd, QSocketNotifier::Read);
    Platform *raw = platform.get();
    connect(platform->notifier.get(), &QSocketNotifier::activated, this, [this, raw] {
        if (raw->drain())
            Q_EMIT addressesChanged();
    });
    m_platform = std::move(platform);
    m_error.clear();
    qCDebug(lcDaemon) << "watching rtnetlink for address and link changes";
    return true;
}

} // namespace homing
