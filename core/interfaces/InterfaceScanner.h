#pragma once

#include "interfaces/InterfaceAddress.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace homing {

// Everything the host's interfaces hold, or why it could not be read.
struct InterfaceScan {
    QList<InterfaceAddress> addresses;
    QString error; // plain words; empty on success
    // The interfaces this host's default routes leave by (OutboundRoute);
    // empty when there is no such route or it is unknown.
    QString outboundIpv4;
    QString outboundIpv6;
};

// Reads every address of every interface with its flags and lifetimes:
// rtnetlink on Linux, the IP Helper API on Windows, getifaddrs + ioctl on
// macOS (one file per platform; see platform.md §1).
class InterfaceScanner
{
public:
    InterfaceScan scan() const;

#if defined(Q_OS_LINUX)
    // One buffer of an RTM_GETADDR dump reply (one recv()): the RTM_NEWADDR
    // messages in it become addresses (index only: names and MACs are added
    // by scan()). `done` turns true on NLMSG_DONE; a NLMSG_ERROR gives `error`.
    struct NetlinkBatch {
        QList<InterfaceAddress> addresses;
        bool done = false;
        QString error;
    };
    static NetlinkBatch parseNetlinkMessages(QByteArrayView buffer);
#endif
};

} // namespace homing
