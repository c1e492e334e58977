#pragma once

#include "address/AddressFamily.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>

namespace homing {

// One source's answer to "what is my address?".
struct SourceAnswer {
    QString source;
    QHostAddress address; // null when the source failed
    QString error;        // why it failed, in plain words
};

// Something that can tell this host's address: an echo service today; a
// network interface, the router (UPnP, NAT-PMP) or a command later.
class IpSource
{
public:
    using Callback = std::function<void(const SourceAnswer &)>;

    virtual ~IpSource() = default;
    virtual QString spec() const = 0; // as written in config.json
    // Calls `done` exactly once, unless `context` is destroyed first.
    virtual void query(AddressFamily family, QObject *context, Callback done) = 0;
};

} // namespace homing
