#include "router/NatPmpClient.h"

#include "address/AddressClassifier.h"
#include "router/RouterErrorText.h"

#include <QCoreApplication>
#include <QtEndian>

#include <chrono>

#include <natpmp.h>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <sys/select.h>
#include <sys/socket.h>
#endif

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::RouterClient)
};

constexpr int kTimedOut = -1000; // ours, beside libnatpmp's negative codes

QHostAddress fromInAddr(quint32 networkOrder)
{
    return QHostAddress(qFromBigEndian(networkOrder));
}

} // namespace

// libnatpmp's state for one request, opened and closed in the worker.
struct NatPmpClient::Exchange {
    natpmp_t natpmp{};
    bool open = false;
    int timeoutMs = 0;
    QHostAddress gateway;
    QHostAddress local;
    bool noAnswer = false; // the router never answered: remembered as "no router"
    QString noAnswerText;

    ~Exchange()
    {
        if (open)
            closenatpmp(&natpmp);
    }

    // Opens the socket to the gateway; the empty string when it worked.
    QString start(const QHostAddress &forcedGateway)
    {
        const bool force = !forcedGateway.isNull();
        const int code = initnatpmp(&natpmp, force ? 1 : 0,
                                    force ? qToBigEndian<quint32>(forcedGateway.toIPv4Address()) : 0);
        if (code < 0) {
            noAnswer = true;
            return natPmpLibraryErrorText(code);
        }
        open = true;
        gateway = fromInAddr(natpmp.gateway);
        sockaddr_in address{};
        socklen_t length = sizeof address;
        // libnatpmp connects its UDP socket to the gateway: its local end is
        // this host's address towards the router.
        if (getsockname(natpmp.s, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            local = fromInAddr(address.sin_addr.s_addr);
        return {};
    }

    // Waits for the answer to the request just sent, resending on RFC
    // 6886's schedule (libnatpmp's), until the deadline.
    int answer(natpmpresp_t *response)
    {
        using namespace std::chrono;
        const auto deadline = steady_clock::now() + milliseconds(timeoutMs);
        for (;;) {
            const auto left = duration_cast<microseconds>(deadline - steady_clock::now());
            if (left.count() <= 0)
                return kTimedOut;
            timeval wait{};
            getnatpmprequesttimeout(&natpmp, &wait);
            const qint64 retryIn = qint64(wait.tv_sec) * 1000000 + wait.tv_usec;
            const qint64 sleep = std::clamp<qint64>(std::min<qint64>(retryIn, left.count()), 0, left.count());
            wait.tv_sec = static_cast<decltype(wait.tv_sec)>(sleep / 1000000);
            wait.tv_usec = static_cast<decltype(wait.tv_usec)>(sleep % 1000000);
            fd_set readable;
            FD_ZERO(&readable);
            FD_SET(natpmp.s, &readable);
            select(natpmp.s + 1, &readable, nullptr, nullptr, &wait);
            const int code = readnatpmpresponseorretry(&natpmp, response);
            if (code != NATPMP_TRYAGAIN)
                return code;
        }
    }

    // Sends a mapping request (lifetime 0 removes) and reads its answer.
    PortMappingResult mapPort(int protocol, quint16 internalPort, quint16 externalPort, quint32 lifetime)
    {
        PortMappingResult result;
        natpmpresp_t response{};
        int code = sendnewportmappingrequest(&natpmp, protocol, internalPort, externalPort, lifetime);
        if (code >= 0)
            code = answer(&response);
        if (code == kTimedOut || code == NATPMP_ERR_NOGATEWAYSUPPORT) {
            result.error = noRouter(code);
            return result;
        }
        if (code < 0) {
            result.errorCode = natPmpResultCodeFromLibrary(code);
            result.error = result.errorCode ? natPmpResultText(result.errorCode) : natPmpLibraryErrorText(code);
            return result;
        }
        result.ok = true;
        result.externalPort = response.pnu.newportmapping.mappedpublicport;
        result.leaseSeconds = static_cast<int>(response.pnu.newportmapping.lifetime);
        return result;
    }

    // The router never answered (timeout) or refused NAT-PMP outright (an
    // ICMP port unreachable: nothing listens on 5351): both mean "no NAT-PMP
    // router", remembered by the caller.
    QString noRouter(int code)
    {
        noAnswer = true;
        noAnswerText = code == kTimedOut
            ? timeoutText()
            : Text::tr("The router at %1 does not offer NAT-PMP (nothing answers on its port 5351). Switch NAT-PMP "
                       "on in the router, or use another source.")
                  .arg(gateway.toString());
        return noAnswerText;
    }

    QString timeoutText() const
    {
        return Text::tr("The router at %1 did not answer NAT-PMP within %2 ms. Switch NAT-PMP on in the router, or "
                        "use another source.")
            .arg(gateway.toString())
            .arg(timeoutMs);
    }
};

NatPmpClient::NatPmpClient(const Clock &clock, int timeoutMs, QHostAddress gateway)
    : BlockingRouterClient(clock), m_timeoutMs(timeoutMs), m_gateway(std::move(gateway))
{
}

// Opens libnatpmp's socket to the gateway, then does `work` through it.
template <typename Result>
void NatPmpClient::run(QObject *context, std::function<Result(Exchange &)> work,
                       std::function<void(const Result &)> done)
{
    runBlocking<Result>(
        context,
        [timeoutMs = m_timeoutMs, gateway = m_gateway, work = std::move(work)]() {
            Exchange exchange;
            exchange.timeoutMs = timeoutMs;
            Outcome<Result> outcome;
            const QString error = exchange.start(gateway);
            if (!error.isEmpty()) {
                outcome.noRouter = true;
                outcome.noRouterError = error;
                outcome.result = failure<Result>(error);
                return outcome;
            }
            outcome.result = work(exchange);
            outcome.noRouter = exchange.noAnswer;
            outcome.noRouterError = exchange.noAnswerText;
            outcome.localAddress = exchange.local;
            return outcome;
        },
        std::move(done));
}

void NatPmpClient::externalAddress(QObject *context, AddressCallback done)
{
    run<ExternalAddressResult>(
        context,
        [](Exchange &exchange) {
            ExternalAddressResult result;
            natpmpresp_t response{};
            int code = sendpublicaddressrequest(&exchange.natpmp);
            if (code >= 0)
                code = exchange.answer(&response);
            if (code == kTimedOut || code == NATPMP_ERR_NOGATEWAYSUPPORT) {
                result.error = exchange.noRouter(code);
                return result;
            }
            if (code < 0) {
                const int resultCode = natPmpResultCodeFromLibrary(code);
                result.notPublic = resultCode == 3;
                result.error = resultCode ? Text::tr("The router did not tell its WAN address over NAT-PMP: %1")
                                                .arg(natPmpResultText(resultCode))
                                          : natPmpLibraryErrorText(code);
                return result;
            }
            return externalAddressResult(fromInAddr(response.pnu.publicaddress.addr.s_addr));
        },
        std::move(done));
}

namespace {
int natPmpProtocol(const QString &protocol)
{
    return protocol.compare(QLatin1String("udp"), Qt::CaseInsensitive) == 0 ? NATPMP_PROTOCOL_UDP
                                                                             : NATPMP_PROTOCOL_TCP;
}

} // namespace

void NatPmpClient::addPortMapping(const PortMappingRequest &request, QObject *context, MappingCallback done)
{
    run<PortMappingResult>(
        context,
        [request](Exchange &exchange) {
            if (!request.internalHost.isNull() && !exchange.local.isNull()
                && !request.internalHost.isEqual(exchange.local, QHostAddress::TolerantConversion)) {
                PortMappingResult result;
                result.error = Text::tr("NAT-PMP maps ports only to the computer that asks (%1), not to %2; use upnp "
                                        "to map to another computer")
                                   .arg(exchange.local.toString(), request.internalHost.toString());
                return result;
            }
            const int lifetime = request.leaseSeconds > 0 ? request.leaseSeconds : kLongestLifetime;
            return exchange.mapPort(natPmpProtocol(request.protocol), request.internalPort, request.externalPort,
                                    static_cast<quint32>(lifetime));
        },
        std::move(done));
}

void NatPmpClient::deletePortMapping(const QString &protocol, quint16 externalPort, quint16 internalPort,
                                     QObject *context, MappingCallback done)
{
    run<PortMappingResult>(
        context,
        [protocol, externalPort, internalPort](Exchange &exchange) {
            // RFC 6886: lifetime 0 removes; the suggested external port must be 0.
            PortMappingResult result = exchange.mapPort(natPmpProtocol(protocol), internalPort, 0, 0);
            result.externalPort = externalPort;
            return result;
        },
        std::move(done));
}

} // namespace homing
