#include "router/PcpClient.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "router/DefaultGateway.h"
#include "router/RouterErrorText.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

#include <climits>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::RouterClient)
};

using Status = PcpClient::Outcome::Status;

// The router's answer was not PCP version 2: in plain words, and what to do.
QString wrongVersionText(const pcp::MapResponse &response)
{
    if (response.kind == pcp::MapResponse::Kind::NatPmpOnly)
        return Text::tr("this router speaks NAT-PMP, not PCP; use natpmp");
    if (response.kind == pcp::MapResponse::Kind::OtherVersion && response.version != pcp::kVersion)
        return Text::tr("this router speaks PCP version %1, not version 2 (RFC 6887); use natpmp").arg(response.version);
    return pcpResultText(pcp::UnsupportedVersion);
}

bool isWrongVersion(const pcp::MapResponse &response)
{
    return response.kind != pcp::MapResponse::Kind::Answer || response.resultCode == pcp::UnsupportedVersion;
}

} // namespace

struct PcpClient::Session {
    explicit Session(const Clock &clock_) : clock(clock_), failures(clock_) {}
    const Clock &clock;
    PcpClient *owner = nullptr; // null once the client is gone (answers may come later)
    FailedDiscoveryCache failures;
    int failureCode = 0; // the remembered failure: 1 for "not PCP", 0 for silence
    QHostAddress localAddress;
    // The nonce (and THIRD_PARTY host) of each mapping made, by protocol and
    // internal port: renewals and the removal must repeat them (§11.2, §15).
    struct Made {
        pcp::Nonce nonce{};
        QHostAddress thirdParty;
    };
    std::map<std::pair<quint8, quint16>, Made> made;
    bool epochSeen = false;
    quint32 epoch = 0;
    QDateTime epochAt;

    void noteEpoch(quint32 now, const QHostAddress &gateway)
    {
        const QDateTime at = clock.now();
        if (epochSeen && pcp::epochSaysStateLost(epoch, now, epochAt.secsTo(at))) {
            // §8.5: its mappings are gone; the port mapper renews at half the
            // lease and after every address change, which brings them back.
            qCInfo(lcNetwork).noquote()
                << Text::tr("the router at %1 lost its PCP mappings (it restarted)").arg(gateway.toString());
        }
        epochSeen = true;
        epoch = now;
        epochAt = at;
    }
};

// One request on its own UDP socket, resent until answered or out of time.
// Not a Q_OBJECT: lambdas are enough, and it needs no moc.
class PcpClient::Exchange : public QObject
{
public:
    using Done = std::function<void(const Outcome &)>;

    Exchange(pcp::MapRequest request, QHostAddress forHost, QHostAddress gateway, int timeoutMs, QObject *context,
             Done done)
        : m_request(std::move(request))
        , m_forHost(std::move(forHost))
        , m_timeoutMs(timeoutMs)
        , m_context(context)
        , m_done(std::move(done))
    {
        m_outcome.gateway = std::move(gateway);
        // Context gone: nobody to tell; stop at once.
        connect(context, &QObject::destroyed, this, [this] { stop(); });
        connect(&m_socket, &QUdpSocket::connected, this, [this] { sendFirst(); });
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] { readAnswers(); });
        connect(&m_socket, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::ConnectionRefusedError) {
                // An ICMP port unreachable: nothing listens on port 5351.
                finish(Status::Refused);
            } else {
                m_outcome.error = m_socket.errorString();
                finish(Status::SocketError);
            }
        });
        m_resend.setSingleShot(true);
        connect(&m_resend, &QTimer::timeout, this, [this] { resend(); });
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] { finish(Status::Silent); });
    }

    void start()
    {
        m_deadline.start(m_timeoutMs);
        // Connected, so that only the router's port 5351 is heard (§8.3:
        // answers from elsewhere are dropped) and its ICMP errors reach us.
        m_socket.connectToHost(m_outcome.gateway, pcp::kServerPort);
    }

private:
    void sendFirst()
    {
        m_local = m_socket.localAddress();
        bool isIPv4 = false;
        const quint32 ipv4 = m_local.toIPv4Address(&isIPv4);
        if (isIPv4)
            m_local = QHostAddress(ipv4);
        // The client address must be the request's source address, or the
        // router answers ADDRESS_MISMATCH (§8.1).
        m_request.clientAddress = m_local;
        if (!m_forHost.isNull() && !m_forHost.isEqual(m_local, QHostAddress::TolerantConversion))
            m_request.thirdParty = m_forHost;
        m_bytes = pcp::buildMapRequest(m_request);
        resend();
    }

    void resend()
    {
        if (m_socket.write(m_bytes) < 0) {
            // A refused earlier send shows here on some systems.
            if (m_socket.error() == QAbstractSocket::ConnectionRefusedError) {
                finish(Status::Refused);
                return;
            }
        }
        m_lastDelayMs = pcp::retransmitDelayMs(m_lastDelayMs, m_timeoutMs,
                                               QRandomGenerator::global()->bounded(0.2) - 0.1);
        m_resend.start(m_lastDelayMs);
    }

    void readAnswers()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket.receiveDatagram();
            if (!datagram.isValid())
                continue;
            pcp::MapResponse response;
            QString ignored;
            if (!pcp::parseMapResponse(datagram.data(), m_request, &response, &ignored)) {
                qCDebug(lcNetwork).noquote() << "PCP: ignored a packet from the router:" << ignored;
                continue;
            }
            m_outcome.response = response;
            finish(Status::Answered);
            return;
        }
    }

    void finish(Status status)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_outcome.status = status;
        m_resend.stop();
        m_deadline.stop();
        m_socket.abort();
        m_outcome.local = m_local;
        if (m_context) {
            // The caller's thread is this one; queued so that `done` never
            // runs inside a socket signal.
            QMetaObject::invokeMethod(
                m_context.data(), [done = std::move(m_done), outcome = m_outcome] { done(outcome); },
                Qt::QueuedConnection);
        }
        deleteLater();
    }

    void stop()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_resend.stop();
        m_deadline.stop();
        m_socket.abort();
        deleteLater();
    }

    pcp::MapRequest m_request;
    QHostAddress m_forHost;
    int m_timeoutMs;
    QPointer<QObject> m_context;
    Done m_done;
    QUdpSocket m_socket{this};
    QTimer m_resend{this};
    QTimer m_deadline{this};
    QByteArray m_bytes;
    QHostAddress m_local;
    int m_lastDelayMs = 0;
    bool m_finished = false;
    Outcome m_outcome;
};

PcpClient::PcpClient(const Clock &clock, int timeoutMs, QHostAddress gateway)
    : m_timeoutMs(timeoutMs)
    , m_gateway(std::move(gateway))
    , m_session(std::make_shared<Session>(clock))
    , m_background(std::make_unique<QObject>())
{
    m_session->owner = this;
}

PcpClient::~PcpClient()
{
    m_session->owner = nullptr;
}

QHostAddress PcpClient::localAddress() const
{
    return m_session->localAddress;
}

void PcpClient::forgetFailedDiscovery()
{
    m_session->failures.forget();
    m_session->failureCode = 0;
}

void PcpClient::exchange(pcp::MapRequest request, QHostAddress forHost, QObject *context,
                         std::function<void(const Outcome &)> done)
{
    QHostAddress gateway = m_gateway;
    if (gateway.isNull()) {
        // Asked each time: the default route follows the network.
        gateway = defaultIPv4Gateway();
        if (gateway.isNull()) {
            Outcome outcome;
            outcome.status = Status::NoGateway;
            QMetaObject::invokeMethod(context, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
            return;
        }
    }
    auto *exchange = new Exchange(std::move(request), std::move(forHost), gateway, m_timeoutMs, context, std::move(done));
    exchange->start();
}

void PcpClient::learn(Session &session, const Outcome &outcome, const QString &failure)
{
    if (!outcome.local.isNull())
        session.localAddress = outcome.local;
    if (outcome.status == Status::Answered && !isWrongVersion(outcome.response)) {
        session.failures.forget();
        session.failureCode = 0;
        session.noteEpoch(outcome.response.epoch, outcome.gateway);
    } else if (!failure.isEmpty()) {
        // Silence, nothing listening, no gateway, or a router without PCP:
        // each means "no PCP here" for a while.
        session.failures.remember(failure);
        session.failureCode = outcome.status == Status::Answered ? int(pcp::UnsupportedVersion) : 0;
    }
}

QString PcpClient::silenceText(const Outcome &outcome, int timeoutMs)
{
    switch (outcome.status) {
    case Status::NoGateway:
        return Text::tr("No default gateway was found to ask over PCP; give the router with pcp?gateway=ADDRESS.");
    case Status::Refused:
        return Text::tr("The router at %1 does not offer PCP (nothing answers on its port 5351). Switch PCP or "
                        "NAT-PMP on in the router, or use another source.")
            .arg(outcome.gateway.toString());
    case Status::SocketError:
        return Text::tr("PCP could not reach the router at %1: %2").arg(outcome.gateway.toString(), outcome.error);
    case Status::Silent:
    case Status::Answered:
        break;
    }
    return Text::tr("The router at %1 did not answer PCP within %2 ms. Switch PCP or NAT-PMP on in the router, or "
                    "use another source.")
        .arg(outcome.gateway.toString())
        .arg(timeoutMs);
}

bool PcpClient::answeredFromCache(QObject *context, const std::function<void(const Outcome &, const QString &)> &done)
{
    const auto failure = m_session->failures.recentFailure();
    if (!failure)
        return false;
    Outcome outcome;
    if (m_session->failureCode == pcp::UnsupportedVersion) {
        outcome.status = Status::Answered;
        outcome.response.kind = pcp::MapResponse::Kind::NatPmpOnly;
        outcome.response.resultCode = pcp::UnsupportedVersion;
    } else {
        outcome.status = Status::Silent;
    }
    QMetaObject::invokeMethod(context, [done, outcome, text = *failure] { done(outcome, text); }, Qt::QueuedConnection);
    return true;
}

// PCP has no opcode for "what is your external address" (NAT-PMP's opcode
// 0 has no PCP counterpart); every MAP answer carries the Assigned External
// IP Address. The least intrusive MAP is a deletion (lifetime 0) of the
// discard port with a fresh nonce: it creates nothing, and it cannot remove
// anyone's mapping, since a deletion needs the nonce that made it (§15).
// miniupnpd (pcpserver.c, as in 2.3.1) fills in its WAN address for every
// MAP it validates, this one included (then answers NO_RESOURCES: nothing
// to delete), and also when its WAN address is reserved. A server that
// leaves the address empty gets RFC 6887 §11.6's way next: a 60 s mapping
// of the discard port, deleted at once. (§11.6's way is not the first try:
// miniupnpd's usual rules forbid port 9, and it then walks all 65535
// external ports, logging each refusal, for longer than timeout_ms.)
void PcpClient::externalAddress(QObject *context, AddressCallback done)
{
    probeExternalAddress(context, std::move(done), false);
}

void PcpClient::probeExternalAddress(QObject *context, AddressCallback done, bool withMapping)
{
    pcp::MapRequest probe;
    probe.nonce = pcp::randomNonce();
    probe.protocol = pcp::kProtocolTcp;
    probe.internalPort = kProbePort;
    probe.lifetime = withMapping ? kProbeLifetime : 0;
    auto finish = [session = std::weak_ptr<Session>(m_session), timeoutMs = m_timeoutMs, probe, withMapping, context,
                   done](const Outcome &outcome, const QString &cached) {
        const auto alive = session.lock();
        ExternalAddressResult result;
        if (!cached.isEmpty() || outcome.status != Status::Answered) {
            result.error = cached.isEmpty() ? silenceText(outcome, timeoutMs) : cached;
            result.noAnswer = outcome.status != Status::Answered;
            result.errorCode = outcome.status == Status::Answered ? int(pcp::UnsupportedVersion) : 0;
            if (cached.isEmpty() && alive)
                learn(*alive, outcome, result.error);
            done(result);
            return;
        }
        const pcp::MapResponse &response = outcome.response;
        if (isWrongVersion(response)) {
            result.error = wrongVersionText(response);
            result.errorCode = pcp::UnsupportedVersion;
            if (alive)
                learn(*alive, outcome, result.error);
            done(result);
            return;
        }
        PcpClient *client = alive ? alive->owner : nullptr;
        if (alive)
            learn(*alive, outcome, {});
        if (withMapping && response.resultCode == pcp::Success && client) {
            // Only the address was wanted: the probe goes at once.
            pcp::MapRequest removal = probe;
            removal.lifetime = 0;
            client->exchange(removal, {}, client->m_background.get(), [](const Outcome &) {});
        }
        if (!response.externalAddress.isNull() && response.resultCode != pcp::NetworkFailure) {
            // The router's WAN address, even in a refusal: see above.
            done(externalAddressResult(response.externalAddress));
            return;
        }
        if (!withMapping && response.resultCode != pcp::NetworkFailure && client) {
            client->probeExternalAddress(context, done, true);
            return;
        }
        result.errorCode = response.resultCode;
        result.notPublic = response.resultCode == pcp::NetworkFailure;
        result.error = response.resultCode == pcp::Success
            ? Text::tr("The router answered PCP without its WAN address.")
            : Text::tr("The router did not tell its WAN address over PCP: %1").arg(pcpResultText(response.resultCode));
        done(result);
    };
    if (answeredFromCache(context, finish))
        return;
    exchange(probe, {}, context, [finish](const Outcome &outcome) { finish(outcome, {}); });
}

namespace {

// A refused or unanswered mapping request as PortMappingResult says it.
PortMappingResult mappingFailure(const PcpClient::Outcome &outcome, const QString &silence)
{
    PortMappingResult result;
    if (outcome.status != PcpClient::Outcome::Status::Answered) {
        result.error = silence;
        result.noAnswer = true;
    } else if (isWrongVersion(outcome.response)) {
        result.error = silence.isEmpty() ? wrongVersionText(outcome.response) : silence;
        result.errorCode = pcp::UnsupportedVersion;
    } else {
        result.errorCode = outcome.response.resultCode;
        result.error = pcpResultText(outcome.response.resultCode);
    }
    return result;
}

} // namespace

void PcpClient::addPortMapping(const PortMappingRequest &request, QObject *context, MappingCallback done)
{
    pcp::MapRequest map;
    map.protocol = pcp::protocolNumber(request.protocol);
    map.internalPort = request.internalPort;
    map.suggestedExternalPort = request.externalPort;
    map.lifetime = quint32(request.leaseSeconds > 0 ? request.leaseSeconds : kLongestLifetime);
    // A renewal repeats the nonce that made the mapping (§11.2).
    const auto key = std::make_pair(map.protocol, map.internalPort);
    const auto made = m_session->made.find(key);
    map.nonce = made != m_session->made.end() ? made->second.nonce : pcp::randomNonce();
    auto finish = [session = std::weak_ptr<Session>(m_session), timeoutMs = m_timeoutMs, map, key,
                   host = request.internalHost, done](const Outcome &outcome, const QString &cached) {
        const auto alive = session.lock();
        if (!cached.isEmpty()) {
            done(mappingFailure(outcome, cached));
            return;
        }
        const bool ok = outcome.status == Status::Answered && !isWrongVersion(outcome.response)
                     && outcome.response.resultCode == pcp::Success;
        if (!ok) {
            const PortMappingResult result = mappingFailure(
                outcome, outcome.status == Status::Answered ? QString() : silenceText(outcome, timeoutMs));
            if (alive)
                learn(*alive, outcome, outcome.status == Status::Answered && !isWrongVersion(outcome.response)
                                           ? QString()
                                           : result.error);
            done(result);
            return;
        }
        if (alive) {
            learn(*alive, outcome, {});
            const bool thirdParty = !host.isNull() && !host.isEqual(outcome.local, QHostAddress::TolerantConversion);
            alive->made[key] = Session::Made{.nonce = map.nonce, .thirdParty = thirdParty ? host : QHostAddress()};
        }
        PortMappingResult result;
        result.ok = true;
        result.externalPort = outcome.response.externalPort;
        result.leaseSeconds = int(std::min<quint32>(outcome.response.lifetime, quint32(INT_MAX)));
        done(result);
    };
    if (answeredFromCache(context, finish))
        return;
    exchange(map, request.internalHost, context, [finish](const Outcome &outcome) { finish(outcome, {}); });
}

void PcpClient::deletePortMapping(const QString &protocol, quint16 externalPort, quint16 internalPort,
                                  QObject *context, MappingCallback done)
{
    pcp::MapRequest map;
    map.protocol = pcp::protocolNumber(protocol);
    map.internalPort = internalPort;
    map.suggestedExternalPort = externalPort;
    map.lifetime = 0; // §15: lifetime 0 deletes
    const auto key = std::make_pair(map.protocol, map.internalPort);
    QHostAddress forHost;
    if (const auto made = m_session->made.find(key); made != m_session->made.end()) {
        map.nonce = made->second.nonce;
        forHost = made->second.thirdParty;
    } else {
        // Not made by this process: the router will refuse unless the
        // mapping is already gone (NOT_AUTHORIZED: another nonce).
        map.nonce = pcp::randomNonce();
    }
    auto finish = [session = std::weak_ptr<Session>(m_session), timeoutMs = m_timeoutMs, key, externalPort,
                   done](const Outcome &outcome, const QString &cached) {
        const auto alive = session.lock();
        PortMappingResult result;
        if (!cached.isEmpty()) {
            result = mappingFailure(outcome, cached);
        } else if (outcome.status == Status::Answered && !isWrongVersion(outcome.response)
                   && outcome.response.resultCode == pcp::Success) {
            result.ok = true;
            if (alive) {
                learn(*alive, outcome, {});
                alive->made.erase(key);
            }
        } else {
            result = mappingFailure(outcome,
                                    outcome.status == Status::Answered ? QString() : silenceText(outcome, timeoutMs));
            if (alive && (outcome.status != Status::Answered || isWrongVersion(outcome.response)))
                learn(*alive, outcome, result.error);
        }
        result.externalPort = externalPort;
        done(result);
    };
    if (answeredFromCache(context, finish))
        return;
    exchange(map, forHost, context, [finish](const Outcome &outcome) { finish(outcome, {}); });
}

} // namespace homing
