#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>

namespace homing {

// How Homing talks to the home router.
enum class RouterProtocol { Upnp, NatPmp, Pcp };

// What the router says its own WAN (external) address is.
struct ExternalAddressResult {
    QHostAddress address; // null when the router gave none
    QString error;        // why there is none, in plain words
    // The router has no public WAN address: it refused to give one (miniupnpd
    // does for reserved ranges; NAT-PMP result 3), or gave a private or shared
    // 100.64.0.0/10 one. Carrier-grade or double NAT.
    bool notPublic = false;
    int errorCode = 0; // the router's own code when it answered no (PCP result code)
    // Nothing answered on the protocol's port (or no gateway): NAT-PMP and
    // PCP share UDP 5351, so silence on one means silence on the other.
    bool noAnswer = false;
};

struct PortMappingRequest {
    QString protocol = QStringLiteral("tcp"); // "tcp" or "udp"
    quint16 externalPort = 0;
    quint16 internalPort = 0;
    QHostAddress internalHost; // the LAN host the router forwards to
    QString description;
    int leaseSeconds = 3600; // asked for; 0 asks for a permanent mapping (UPnP only)
};

struct PortMappingResult {
    bool ok = false;
    quint16 externalPort = 0; // granted (NAT-PMP and PCP may give another port)
    int leaseSeconds = 0;     // granted; 0: until removed
    QString error;            // the router's reason, in plain words
    int errorCode = 0;        // UPnP error code, NAT-PMP/PCP result code
    bool noAnswer = false;    // as in ExternalAddressResult
};

// One conversation with the router over one protocol. Every call is
// asynchronous: `done` runs on the caller's thread exactly once, unless
// `context` is destroyed first. Implementations may block in a worker thread
// (miniupnpc does), never in the caller's.
class RouterClient
{
public:
    using AddressCallback = std::function<void(const ExternalAddressResult &)>;
    using MappingCallback = std::function<void(const PortMappingResult &)>;

    virtual ~RouterClient() = default;
    virtual RouterProtocol protocol() const = 0;

    virtual void externalAddress(QObject *context, AddressCallback done) = 0;
    virtual void addPortMapping(const PortMappingRequest &request, QObject *context, MappingCallback done) = 0;
    // Removes the mapping of `externalPort`; `done` gets ok = true when it is gone.
    virtual void deletePortMapping(const QString &protocol, quint16 externalPort, quint16 internalPort,
                                   QObject *context, MappingCallback done) = 0;
    // This host's address as the router sees it (the LAN address the
    // discovery went out from); null before the first successful call.
    virtual QHostAddress localAddress() const = 0;
};

} // namespace homing
