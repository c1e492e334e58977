#include "interfaces/InterfaceScanner.h"
#include "interfaces/NetlinkMessages_linux.h"

#include <QCoreApplication>
#include <QHash>
#include <QtEndian>

#include <cerrno>
#include <cstring>

#include <ifaddrs.h>
#include <linux/if_addr.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <netpacket/packet.h>
#include <sys/socket.h>
#include <unistd.h>

// The netlink macros (NLMSG_*, RTA_*, IFA_*) are C casts by design.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wcast-align"

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::InterfaceScanner)
};

InterfaceAddressScope scopeOf(unsigned char scope)
{
    switch (scope) {
    case RT_SCOPE_UNIVERSE:
        return InterfaceAddressScope::Global;
    case RT_SCOPE_SITE:
        return InterfaceAddressScope::Site;
    case RT_SCOPE_LINK:
        return InterfaceAddressScope::Link;
    case RT_SCOPE_HOST:
        return InterfaceAddressScope::Host;
    default:
        return InterfaceAddressScope::Other;
    }
}

// IFA_F_* (full word from IFA_FLAGS, else ifa_flags) into the shared flags.
InterfaceAddressFlags normalisedFlags(quint32 raw, int family)
{
    InterfaceAddressFlags flags;
    // 0x01 means "secondary" for IPv4 and "temporary" for IPv6 (the same bit).
    if (raw & IFA_F_SECONDARY)
        flags |= family == AF_INET6 ? InterfaceAddressFlag::Temporary : InterfaceAddressFlag::Secondary;
    const std::pair<quint32, InterfaceAddressFlag> map[] = {
        {IFA_F_NODAD, InterfaceAddressFlag::NoDad},
        {IFA_F_OPTIMISTIC, InterfaceAddressFlag::Optimistic},
        {IFA_F_DADFAILED, InterfaceAddressFlag::DadFailed},
        {IFA_F_HOMEADDRESS, InterfaceAddressFlag::HomeAddress},
        {IFA_F_DEPRECATED, InterfaceAddressFlag::Deprecated},
        {IFA_F_TENTATIVE, InterfaceAddressFlag::Tentative},
        {IFA_F_PERMANENT, InterfaceAddressFlag::Permanent},
        {IFA_F_MANAGETEMPADDR, InterfaceAddressFlag::ManageTempAddr},
        {IFA_F_NOPREFIXROUTE, InterfaceAddressFlag::NoPrefixRoute},
        {IFA_F_STABLE_PRIVACY, InterfaceAddressFlag::StablePrivacy},
    };
    for (const auto &[bit, flag] : map) {
        if (raw & bit)
            flags |= flag;
    }
    return flags;
}

QHostAddress addressFrom(const void *data, size_t length, int family)
{
    if (family == AF_INET && length >= 4) {
        quint32 value = 0;
        std::memcpy(&value, data, 4);
        return QHostAddress(qFromBigEndian(value));
    }
    if (family == AF_INET6 && length >= 16)
        return QHostAddress(static_cast<const quint8 *>(data));
    return {};
}

InterfaceAddress parseNewAddress(const nlmsghdr *header)
{
    InterfaceAddress result;
    const auto *message = static_cast<const ifaddrmsg *>(NLMSG_DATA(header));
    result.prefixLength = message->ifa_prefixlen;
    result.scope = scopeOf(message->ifa_scope);
    result.interfaceIndex = int(message->ifa_index);
    quint32 raw = message->ifa_flags;
    QHostAddress local;
    QHostAddress address;
    int attributesLength = int(IFA_PAYLOAD(header));
    for (auto *attribute = IFA_RTA(message); RTA_OK(attribute, attributesLength);
         attribute = RTA_NEXT(attribute, attributesLength)) {
        const size_t length = RTA_PAYLOAD(attribute);
        switch (attribute->rta_type) {
        case IFA_ADDRESS:
            address = addressFrom(RTA_DATA(attribute), length, message->ifa_family);
            break;
        case IFA_LOCAL:
            local = addressFrom(RTA_DATA(attribute), length, message->ifa_family);
            break;
        case IFA_FLAGS: // the full word: it overrides ifa_flags
            if (length >= sizeof(quint32))
                std::memcpy(&raw, RTA_DATA(attribute), sizeof(quint32));
            break;
        case IFA_CACHEINFO:
            if (length >= sizeof(ifa_cacheinfo)) {
                ifa_cacheinfo info;
                std::memcpy(&info, RTA_DATA(attribute), sizeof info);
                result.preferredLifetime = interfaceAddressLifetime(info.ifa_prefered);
                result.validLifetime = interfaceAddressLifetime(info.ifa_valid);
            }
            break;
        case IFA_LABEL:
            if (length > 0)
                result.interfaceName = QString::fromUtf8(static_cast<const char *>(RTA_DATA(attribute)),
                                                         qstrnlen(static_cast<const char *>(RTA_DATA(attribute)), uint(length)));
            break;
        default:
            break;
        }
    }
    // On point-to-point links IFA_ADDRESS is the peer; IFA_LOCAL is ours.
    result.address = local.isNull() ? address : local;
    result.rawFlags = raw;
    result.flags = normalisedFlags(raw, message->ifa_family);
    return result;
}

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Names and hardware addresses by interface index (getifaddrs AF_PACKET entries).
void addNamesAndMacs(QList<InterfaceAddress> &addresses)
{
    QHash<int, QByteArray> macs;
    ifaddrs *list = nullptr;
    if (getifaddrs(&list) == 0) {
        for (ifaddrs *entry = list; entry; entry = entry->ifa_next) {
            if (!entry->ifa_addr || entry->ifa_addr->sa_family != AF_PACKET)
                continue;
            const auto *link = reinterpret_cast<const sockaddr_ll *>(entry->ifa_addr);
            if (link->sll_halen == 6)
                macs.insert(link->sll_ifindex, QByteArray(reinterpret_cast<const char *>(link->sll_addr), 6));
        }
        freeifaddrs(list);
    }
    for (auto &address : addresses) {
        char name[IF_NAMESIZE + 1] = {};
        if (if_indextoname(unsigned(address.interfaceIndex), name))
            address.interfaceName = QString::fromUtf8(name);
        address.mac = macs.value(address.interfaceIndex);
    }
}

} // namespace

InterfaceScanner::NetlinkBatch InterfaceScanner::parseNetlinkMessages(QByteArrayView buffer)
{
    NetlinkBatch batch;
    // NLMSG_* macros want an aligned header: copy into aligned storage.
    QByteArray aligned(buffer.data(), buffer.size());
    int length = int(aligned.size());
    for (auto *header = reinterpret_cast<const nlmsghdr *>(aligned.constData()); netlink::messageFits(header, length);
         header = netlink::nextMessage(header, length)) {
        if (header->nlmsg_type == NLMSG_DONE) {
            batch.done = true;
            break;
        }
        if (header->nlmsg_type == NLMSG_ERROR) {
            int error = 0;
            if (header->nlmsg_len >= NLMSG_LENGTH(sizeof(nlmsgerr)))
                error = -static_cast<const nlmsgerr *>(NLMSG_DATA(header))->error;
            if (error == 0) // an acknowledgement, not an error
                continue;
            batch.error = Text::tr("the kernel refused to list the addresses: %1").arg(systemError(error));
            batch.done = true;
            break;
        }
        if (header->nlmsg_type != RTM_NEWADDR || header->nlmsg_len < NLMSG_LENGTH(sizeof(ifaddrmsg)))
            continue;
        const auto *message = static_cast<const ifaddrmsg *>(NLMSG_DATA(header));
        if (message->ifa_family != AF_INET && message->ifa_family != AF_INET6)
            continue;
        InterfaceAddress address = parseNewAddress(header);
        if (!address.address.isNull())
            batch.addresses.append(address);
    }
    return batch;
}

InterfaceScan InterfaceScanner::scan() const
{
    InterfaceScan result;
    // A socket of its own, bound to no group, so that no event interleaves with the dump.
    FileDescriptor fd(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
    if (fd.get() < 0) {
        result.error = Text::tr("could not open a netlink socket to read the interface addresses: %1")
                           .arg(systemError(errno));
        return result;
    }
    timeval timeout{2, 0}; // a dump answers at once; never hang a detection on it
    ::setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);

    struct {
        nlmsghdr header;
        ifaddrmsg message;
    } request;
    std::memset(&request, 0, sizeof request);
    request.header.nlmsg_len = NLMSG_LENGTH(sizeof(ifaddrmsg));
    request.header.nlmsg_type = RTM_GETADDR;
    request.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    request.header.nlmsg_seq = 1;
    request.message.ifa_family = AF_UNSPEC;
    if (::send(fd.get(), &request, request.header.nlmsg_len, 0) < 0) {
        result.error = Text::tr("could not ask the kernel for the interface addresses: %1").arg(systemError(errno));
        return result;
    }

    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const ssize_t received = ::recv(fd.get(), buffer.data(), size_t(buffer.size()), 0);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            result.error = Text::tr("could not read the interface addresses from the kernel: %1").arg(systemError(errno));
            return result;
        }
        if (received == 0)
            break;
        NetlinkBatch batch = parseNetlinkMessages(QByteArrayView(buffer.constData(), received));
        result.addresses.append(batch.addresses);
        if (!batch.error.isEmpty()) {
            result.error = batch.error;
            return result;
        }
        if (batch.done)
            break;
    }
    addNamesAndMacs(result.addresses);
    return result;
}

} // namespace homing

#pragma GCC diagnostic pop
