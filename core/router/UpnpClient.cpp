#include "router/UpnpClient.h"

#include "address/AddressClassifier.h"
#include "router/RouterErrorText.h"

#include <QCoreApplication>

#include <miniupnpc/miniupnpc.h>
#include <miniupnpc/upnpcommands.h>
#include <miniupnpc/upnperrors.h>

#include <cstring>
#include <mutex>
#include <string>
#include <utility>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::RouterClient)
};

constexpr int kNoSuchEntry = 714;
constexpr int kOnlyPermanentLeases = 725;

QByteArray upnpProtocol(const QString &protocol)
{
    return protocol.toUpper().toLatin1();
}

} // namespace

struct UpnpClient::State {
    std::mutex mutex; // one call at a time: they share the gateway below
    int timeoutMs = 2000;
    std::string knownLocation; // tried once, before the first discovery
    std::mutex foundMutex;     // not `mutex`: the caller's thread must not wait for a discovery
    QString foundLocation;     // found by a discovery, not yet handed on
    bool haveGateway = false;
    UPNPUrls urls{};
    IGDdatas data{};
    char lanAddress[64] = {};

    ~State()
    {
        if (haveGateway)
            FreeUPNPUrls(&urls);
    }

    void forgetGateway()
    {
        if (haveGateway)
            FreeUPNPUrls(&urls);
        haveGateway = false;
        std::memset(&urls, 0, sizeof urls);
    }

    // Finds the Internet gateway unless known; the empty string when found.
    QString discover()
    {
        if (haveGateway)
            return {};
        // The gateway of an earlier run, asked directly: its description
        // answers in milliseconds where a discovery waits its whole timeout.
        // A router that restarted on another port, or another network,
        // fails here and is discovered below.
        if (const std::string location = std::exchange(knownLocation, {}); !location.empty()) {
            if (UPNP_GetIGDFromUrl(location.c_str(), &urls, &data, lanAddress, sizeof lanAddress) == 1) {
                if (urls.controlURL && urls.controlURL[0] && data.first.servicetype[0]) {
                    haveGateway = true;
                    return {};
                }
                FreeUPNPUrls(&urls);
            }
            std::memset(&urls, 0, sizeof urls);
        }
        int error = 0;
        // One search for the Internet gateway: upnpDiscover() searches four
        // device types one after another, each waiting the whole delay, so a
        // network without a router would take four times the timeout. An IGD
        // v2 answers a search for v1 too (UPnP Device Architecture 1.1, 1.3.2).
        UPNPDev *devices = upnpDiscoverDevice("urn:schemas-upnp-org:device:InternetGatewayDevice:1", timeoutMs,
                                              nullptr, nullptr, UPNP_LOCAL_PORT_ANY, 0, 2, &error);
        if (!devices) {
            return Text::tr("No UPnP router answered within %1 ms. Switch UPnP on in the router, or use another "
                            "source.")
                .arg(timeoutMs);
        }
        std::memset(&urls, 0, sizeof urls);
        std::memset(&data, 0, sizeof data);
        const int status = UPNP_GetValidIGD(devices, &urls, &data, lanAddress, sizeof lanAddress);
        freeUPNPDevlist(devices);
        if (status == 1 || status == 2) { // 2: the gateway says it is not connected; it may still map
            haveGateway = true;
            const std::lock_guard lock(foundMutex);
            foundLocation = QString::fromUtf8(urls.rootdescURL);
            return {};
        }
        if (status != 0)
            FreeUPNPUrls(&urls);
        std::memset(&urls, 0, sizeof urls);
        return Text::tr("UPnP devices answered, but none is an Internet gateway (router). Switch UPnP IGD on in the "
                        "router, or use another source.");
    }
};

UpnpClient::UpnpClient(const Clock &clock, int timeoutMs, const QString &knownLocation,
                       std::function<void(const QString &)> locationFound)
    : BlockingRouterClient(clock), m_state(std::make_shared<State>()), m_locationFound(std::move(locationFound))
{
    m_state->timeoutMs = timeoutMs;
    m_state->knownLocation = knownLocation.toStdString();
}

// Discovers the gateway unless known, then does `work` through it; one call
// at a time, as they share the gateway.
template <typename Result>
void UpnpClient::run(QObject *context, std::function<Result(State &)> work,
                     std::function<void(const Result &)> done)
{
    runBlocking<Result>(
        context,
        [state = m_state, work = std::move(work)]() {
            const std::lock_guard lock(state->mutex);
            Outcome<Result> outcome;
            outcome.noRouterError = state->discover();
            if (!outcome.noRouterError.isEmpty()) {
                outcome.noRouter = true;
                outcome.result = failure<Result>(outcome.noRouterError);
                return outcome;
            }
            outcome.result = work(*state);
            outcome.localAddress = QHostAddress(QString::fromLatin1(state->lanAddress));
            return outcome;
        },
        [state = m_state, found = m_locationFound, done = std::move(done)](const Result &result) {
            QString location;
            {
                const std::lock_guard lock(state->foundMutex);
                location = std::exchange(state->foundLocation, {});
            }
            if (found && !location.isEmpty())
                found(location);
            done(result);
        });
}

// A call through a known gateway that fails over HTTP may mean the router
// restarted or moved: discover once more and try again.
template <typename Call>
static int callWithRediscovery(UpnpClient::State &state, Call call)
{
    int code = call();
    if (code == UPNPCOMMAND_HTTP_ERROR) {
        state.forgetGateway();
        if (state.discover().isEmpty())
            code = call();
    }
    return code;
}

void UpnpClient::externalAddress(QObject *context, AddressCallback done)
{
    run<ExternalAddressResult>(
        context,
        [](State &state) {
            ExternalAddressResult result;
            char address[64] = {};
            const int code = callWithRediscovery(state, [&] {
                std::memset(address, 0, sizeof address);
                return UPNP_GetExternalIPAddress(state.urls.controlURL, state.data.first.servicetype, address);
            });
            if (code != UPNPCOMMAND_SUCCESS) {
                result.error = Text::tr("The router did not tell its WAN address over UPnP: %1").arg(upnpErrorText(code));
                return result;
            }
            const QString text = QString::fromLatin1(address).trimmed();
            const QHostAddress external(text);
            if (text.isEmpty() || external.isNull() || external == QHostAddress(QHostAddress::AnyIPv4)) {
                result.notPublic = true;
                result.error = Text::tr("The router has no public WAN address (UPnP gave none): it is behind another "
                                        "NAT, often the provider's carrier-grade NAT.");
                return result;
            }
            return externalAddressResult(external);
        },
        std::move(done));
}

void UpnpClient::addPortMapping(const PortMappingRequest &request, QObject *context, MappingCallback done)
{
    run<PortMappingResult>(
        context,
        [request](State &state) {
            PortMappingResult result;
            const QByteArray externalPort = QByteArray::number(request.externalPort);
            const QByteArray internalPort = QByteArray::number(request.internalPort);
            const QByteArray host = request.internalHost.isNull() ? QByteArray(state.lanAddress)
                                                                  : request.internalHost.toString().toLatin1();
            const QByteArray description =
                (request.description.isEmpty() ? QStringLiteral("Homing") : request.description).toUtf8();
            const QByteArray protocol = upnpProtocol(request.protocol);
            int lease = request.leaseSeconds;
            auto add = [&] {
                const QByteArray leaseText = QByteArray::number(lease);
                return UPNP_AddPortMapping(state.urls.controlURL, state.data.first.servicetype, externalPort.constData(),
                                           internalPort.constData(), host.constData(), description.constData(),
                                           protocol.constData(), nullptr, leaseText.constData());
            };
            int code = callWithRediscovery(state, add);
            if (code == kOnlyPermanentLeases && lease != 0) {
                lease = 0; // the router keeps it until removed; the mapper removes it
                code = add();
            }
            result.errorCode = code;
            if (code != UPNPCOMMAND_SUCCESS) {
                result.error = upnpErrorText(code);
                return result;
            }
            result.ok = true;
            result.externalPort = request.externalPort;
            result.leaseSeconds = lease;
            // What the router actually granted: some shorten the lease.
            char client[64] = {}, port[16] = {}, desc[96] = {}, enabled[8] = {}, duration[24] = {};
            if (UPNP_GetSpecificPortMappingEntry(state.urls.controlURL, state.data.first.servicetype,
                                                 externalPort.constData(), protocol.constData(), nullptr, client, port,
                                                 desc, enabled, duration)
                == UPNPCOMMAND_SUCCESS) {
                bool ok = false;
                const int granted = QByteArray(duration).toInt(&ok);
                if (ok && granted >= 0)
                    result.leaseSeconds = granted;
            }
            return result;
        },
        std::move(done));
}

void UpnpClient::deletePortMapping(const QString &protocol, quint16 externalPort, quint16 /*internalPort*/,
                                   QObject *context, MappingCallback done)
{
    run<PortMappingResult>(
        context,
        [protocol, externalPort](State &state) {
            PortMappingResult result;
            const QByteArray port = QByteArray::number(externalPort);
            const QByteArray upnp = upnpProtocol(protocol);
            const int code = callWithRediscovery(state, [&] {
                return UPNP_DeletePortMapping(state.urls.controlURL, state.data.first.servicetype, port.constData(),
                                              upnp.constData(), nullptr);
            });
            result.externalPort = externalPort;
            result.errorCode = code;
            // 714: there is no such mapping; it is gone, which is what was asked.
            result.ok = code == UPNPCOMMAND_SUCCESS || code == kNoSuchEntry;
            if (!result.ok)
                result.error = upnpErrorText(code);
            return result;
        },
        std::move(done));
}

} // namespace homing
