#pragma once

#include "address/AddressFamily.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace homing {

// One address a source considered, with why it was or was not taken: what
// `homing-cli ip --json` and the window show, so a rule can be seen at work.
struct AddressCandidate {
    QHostAddress address;
    QString interfaceName;
    int prefixLength = -1;
    QStringList flags;           // "temporary", "deprecated", "tentative", "dadfailed", "permanent", ...
    QString suffixKind;          // "static", "eui64", "stable-privacy", "temporary", "dhcpv6", "other"
    qint64 preferredLifetime = -1; // seconds left; -1: infinite
    qint64 validLifetime = -1;     // seconds left; -1: infinite
    bool chosen = false;
    QString reason;              // plain words: why chosen, or why skipped
};

// One source's answer to "what is my address?".
struct SourceAnswer {
    SourceAnswer() = default;
    SourceAnswer(QString source_, QHostAddress address_, QString error_ = {})
        : source(std::move(source_)), address(std::move(address_)), error(std::move(error_))
    {
    }

    QString source;
    QHostAddress address; // null when the source failed
    QString error;        // why it failed, in plain words
    // What the source looked at (interface sources list every address).
    QList<AddressCandidate> candidates;
    // A router source: the router has no public WAN address (it said so, or
    // gave a private or shared 100.64.0.0/10 one): carrier-grade or double NAT.
    bool wanNotPublic = false;
};

// Where an answer comes from, for the detection policy: a router's answer is
// local and cheap, an echo service is a third party asked as little as needed.
enum class SourceKind { Echo, Interface, Router };

// Something that can tell this host's address: an echo service today; a
// network interface, the router (UPnP, NAT-PMP) or a command later.
class IpSource
{
public:
    using Callback = std::function<void(const SourceAnswer &)>;

    virtual ~IpSource() = default;
    virtual QString spec() const = 0; // as written in config.json
    virtual SourceKind kind() const = 0;
    // Calls `done` exactly once, unless `context` is destroyed first.
    virtual void query(AddressFamily family, QObject *context, Callback done) = 0;
};

} // namespace homing
