#pragma once

#include "router/FailedDiscoveryCache.h"
#include "router/PcpMessage.h"
#include "router/RouterClient.h"

#include <QObject>

#include <map>
#include <memory>

namespace homing {

class Clock;

// The router over PCP (RFC 6887), with packets of our own (PcpMessage.h)
// on an asynchronous QUdpSocket in the caller's thread: nothing blocks, so
// no worker thread. The router is the default gateway (RFC 6887 §8.1)
// unless one is given. Requests are resent on §8.1.1's doubling schedule
// until `timeoutMs`; a router that never answers (or answers only NAT-PMP)
// is remembered for a while (FailedDiscoveryCache).
class PcpClient final : public RouterClient
{
public:
    PcpClient(const Clock &clock, int timeoutMs, QHostAddress gateway = {});
    ~PcpClient() override;

    RouterProtocol protocol() const override { return RouterProtocol::Pcp; }
    // PCP has no "tell me your address" request: see the .cpp for how.
    void externalAddress(QObject *context, AddressCallback done) override;
    // A host other than this one is asked for with the THIRD_PARTY option
    // (the router must allow it: miniupnpd's pcp_allow_thirdparty).
    void addPortMapping(const PortMappingRequest &request, QObject *context, MappingCallback done) override;
    // PCP removes by internal port and the nonce that made the mapping
    // (§15): the one kept from addPortMapping. A mapping made before this
    // process started cannot be removed; it ends with its lifetime.
    void deletePortMapping(const QString &protocol, quint16 externalPort, quint16 internalPort, QObject *context,
                           MappingCallback done) override;
    QHostAddress localAddress() const override;

    void forgetFailedDiscovery();

    // The lifetime asked for when the caller asks for a permanent mapping:
    // PCP has none (lifetime 0 removes); two hours, as for NAT-PMP.
    static constexpr int kLongestLifetime = 7200;
    // The external address is read from the answer to a deletion of a
    // mapping of the discard port that does not exist, or else from a short
    // mapping of it (RFC 6887 §11.6), removed at once: see the .cpp.
    static constexpr quint16 kProbePort = 9;
    static constexpr quint32 kProbeLifetime = 60;

    // One request and its answer, as the exchange ended.
    struct Outcome {
        enum class Status { Answered, Silent, Refused, NoGateway, SocketError };
        Status status = Status::Silent;
        pcp::MapResponse response;
        QString error; // for SocketError: the socket's words
        QHostAddress gateway;
        QHostAddress local; // this host's address towards the router, once the socket knew it
    };

private:
    struct Session;
    class Exchange;

    // Sends `request` (its client address filled in once the socket knows
    // it; THIRD_PARTY added when `forHost` is not this host) and hands the
    // outcome to `done` on `context`'s thread, never synchronously.
    void exchange(pcp::MapRequest request, QHostAddress forHost, QObject *context,
                  std::function<void(const Outcome &)> done);
    // The session learns from an outcome: the failure to remember, this
    // host's address, the router's epoch.
    static void learn(Session &session, const Outcome &outcome, const QString &failure);
    static QString silenceText(const Outcome &outcome, int timeoutMs);
    void probeExternalAddress(QObject *context, AddressCallback done, bool withMapping);
    // The failure remembered a moment ago, answered at once.
    bool answeredFromCache(QObject *context, const std::function<void(const Outcome &, const QString &)> &done);

    int m_timeoutMs;
    QHostAddress m_gateway;
    std::shared_ptr<Session> m_session;
    // Lives as long as this client: the context of the removal of the
    // external-address probe, which nobody waits for.
    std::unique_ptr<QObject> m_background;
};

} // namespace homing
