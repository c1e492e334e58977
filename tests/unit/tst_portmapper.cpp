#include "BuiltinProviders.h"
#include "MockClock.h"
#include "address/IpSourceFactory.h"
#include "config/ConfigLoader.h"
#include "notify/Notifier.h"
#include "provider/ProviderRegistry.h"
#include "router/PortMapper.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <map>
#include <memory>

using namespace homing;

namespace {

struct Removal {
    QString protocol;
    quint16 externalPort = 0;
    quint16 internalPort = 0;
};

// A router that answers at once, as told. Each add is recorded; scripted
// answers are used first, then it grants what was asked.
class FakeRouterClient final : public RouterClient
{
public:
    explicit FakeRouterClient(RouterProtocol protocol)
        : m_protocol(protocol)
    {
    }

    RouterProtocol protocol() const override { return m_protocol; }

    void externalAddress(QObject *, AddressCallback done) override
    {
        ++addressCalls;
        if (!reachable) {
            done({.address = QHostAddress(), .error = QStringLiteral("no router answered"), .notPublic = false,
                  .errorCode = 0, .noAnswer = silentPort});
            return;
        }
        m_local = lan;
        if (natPmpOnly) {
            done({.address = QHostAddress(), .error = QStringLiteral("this router speaks NAT-PMP, not PCP; use natpmp"),
                  .notPublic = false, .errorCode = 1, .noAnswer = false});
            return;
        }
        done({.address = wan, .error = QString(), .notPublic = false, .errorCode = 0, .noAnswer = false});
    }

    void addPortMapping(const PortMappingRequest &request, QObject *, MappingCallback done) override
    {
        adds.append(request);
        if (!reachable) {
            done({false, 0, 0, QStringLiteral("no router answered"), 0, silentPort});
            return;
        }
        if (hold) {
            held.append(done);
            return;
        }
        done(scripted.isEmpty() ? granted(request) : scripted.takeFirst());
    }

    void deletePortMapping(const QString &protocol, quint16 externalPort, quint16 internalPort, QObject *,
                           MappingCallback done) override
    {
        removals.append({protocol, externalPort, internalPort});
        if (hold) {
            held.append(done);
            return;
        }
        done({true, externalPort, 0, QString(), 0, false});
    }

    QHostAddress localAddress() const override { return m_local; }

    static PortMappingResult granted(const PortMappingRequest &request)
    {
        return {true, request.externalPort, request.leaseSeconds, QString(), 0, false};
    }
    static PortMappingResult refused(int code, const QString &reason) { return {false, 0, 0, reason, code, false}; }

    bool reachable = true;
    bool silentPort = false; // unreachable because nothing answered at all (PCP, NAT-PMP)
    bool natPmpOnly = false; // PCP's UNSUPP_VERSION: the router speaks NAT-PMP
    bool hold = false; // keep the answers for the test to give
    QHostAddress wan{QStringLiteral("11.22.33.44")};
    QHostAddress lan{QStringLiteral("192.168.77.10")};
    QList<PortMappingResult> scripted;
    QList<PortMappingRequest> adds;
    QList<Removal> removals;
    QList<MappingCallback> held;
    int addressCalls = 0;

private:
    RouterProtocol m_protocol;
    QHostAddress m_local;
};

PortMappingConfig mapping(quint16 external, quint16 internal, int lease = 3600, const QString &host = QStringLiteral("this"))
{
    PortMappingConfig config;
    config.protocol = QStringLiteral("tcp");
    config.externalPort = external;
    config.internalPort = internal;
    config.host = host;
    config.description = QStringLiteral("test");
    config.leaseSeconds = lease;
    return config;
}

// A PortMapper on the mock clock with a fake UPnP and a fake NAT-PMP router.
struct Rig {
    explicit Rig(RouterConfig config)
        : mapper(std::move(config), [this](RouterProtocol protocol) -> RouterClient * {
              // Made when the mapper first asks for it, as it was set up then.
              auto &client = clients[protocol];
              client = std::make_unique<FakeRouterClient>(protocol);
              (protocol == RouterProtocol::Upnp ? upnp : protocol == RouterProtocol::NatPmp ? natpmp : pcp) = client.get();
              client->reachable = protocol == RouterProtocol::Upnp ? upnpReachable : protocol == RouterProtocol::NatPmp ? natpmpReachable : pcpReachable;
              if (protocol == RouterProtocol::Pcp) {
                  client->silentPort = pcpSilent;
                  client->natPmpOnly = pcpNatPmpOnly;
              }
              client->scripted = protocol == RouterProtocol::Upnp ? upnpScript : QList<PortMappingResult>();
              return client.get();
          }, clock)
        , failed(&mapper, &PortMapper::mappingFailed)
        , changed(&mapper, &PortMapper::changed)
    {
    }

    static RouterConfig one(const PortMappingConfig &config, const QString &method = QStringLiteral("auto"))
    {
        RouterConfig router;
        router.portMappings = {config};
        router.method = method;
        return router;
    }

    const PortMappingStatus &first() const { return mapper.mappings().first(); }
    // Moves the clock and lets the mapper do what is due.
    void advance(qint64 seconds)
    {
        clock.advance(seconds);
        mapper.processDue();
    }

    bool upnpReachable = true;
    bool natpmpReachable = true;
    bool pcpReachable = false;
    bool pcpSilent = false;    // PCP unreachable because nothing answered at all
    bool pcpNatPmpOnly = false; // PCP answered UNSUPP_VERSION
    QList<PortMappingResult> upnpScript;
    FakeRouterClient *upnp = nullptr;
    FakeRouterClient *natpmp = nullptr;
    FakeRouterClient *pcp = nullptr;
    std::map<RouterProtocol, std::unique_ptr<FakeRouterClient>> clients;
    test::MockClock clock;
    PortMapper mapper;
    QSignalSpy failed;
    QSignalSpy changed;
};

// Raw strings stay out of the QObject class body: moc 6.4 misreads them.
const QByteArray kRouterConfig = R"({"version": 1, "accounts": [], "records": [],
    "router": {"method": "upnp", "remove_mappings_on_exit": true,
               "port_mappings": [{"protocol": "udp", "external": 51820, "lease_seconds": 120}]}})";
const QByteArray kRefusedRouterConfig = R"({"version": 1, "accounts": [], "records": [],
    "router": {"port_mappings": [{"external": 8443, "host": "203.0.113.9"}, {"external": 8443}]}})";

} // namespace

class TestPortMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mappingMade()
    {
        Rig rig(Rig::one(mapping(8443, 443)));
        QCOMPARE(rig.first().state, PortMappingState::Pending);
        QVERIFY(!rig.mapper.isStarted());
        rig.mapper.start();
        QVERIFY(rig.upnp);
        QCOMPARE(rig.upnp->adds.size(), 1);
        const PortMappingRequest &asked = rig.upnp->adds.first();
        QCOMPARE(asked.protocol, QStringLiteral("tcp"));
        QCOMPARE(asked.externalPort, quint16(8443));
        QCOMPARE(asked.internalPort, quint16(443));
        QCOMPARE(asked.internalHost, QHostAddress(QStringLiteral("192.168.77.10"))); // "this": the client's local address
        QCOMPARE(asked.leaseSeconds, 3600);
        QCOMPARE(asked.description, QStringLiteral("test"));
        QVERIFY2(!rig.natpmp, "NAT-PMP is not asked when UPnP works");

        const PortMappingStatus &made = rig.first();
        QCOMPARE(made.state, PortMappingState::Active);
        QCOMPARE(made.method, RouterProtocol::Upnp);
        QCOMPARE(made.expiresAt, rig.clock.now().addSecs(3600));
        QCOMPARE(made.externalAddress, QHostAddress(QStringLiteral("11.22.33.44")));
        QVERIFY(made.error.isEmpty());
        QCOMPARE(rig.failed.count(), 0);
        QVERIFY(rig.changed.count() >= 1);

        // The agreed shape of status --json.
        const QJsonObject json = rig.mapper.toJson().first().toObject();
        QCOMPARE(json.value("protocol").toString(), QStringLiteral("tcp"));
        QCOMPARE(json.value("external").toInt(), 8443);
        QCOMPARE(json.value("internal").toInt(), 443);
        QCOMPARE(json.value("host").toString(), QStringLiteral("192.168.77.10"));
        QCOMPARE(json.value("method").toString(), QStringLiteral("upnp"));
        QCOMPARE(json.value("state").toString(), QStringLiteral("active"));
        QVERIFY(json.value("error").isNull());
        QCOMPARE(json.value("expires_at").toString(), QStringLiteral("2026-01-01T13:00:00Z"));
        QCOMPARE(json.value("external_address").toString(), QStringLiteral("11.22.33.44"));

        const QStringList lines = describePortMappings(rig.mapper.toJson());
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("TCP 8443 → 192.168.77.10:443") && lines.first().contains("active via UPnP")
                     && lines.first().contains("11.22.33.44:8443"),
                 qPrintable(lines.first()));
    }

    void configuredMappingsBeforeAnyAnswer()
    {
        RouterConfig router = Rig::one(mapping(8443, 443));
        const QJsonObject json = configuredPortMappingsToJson(router).first().toObject();
        QCOMPARE(json.value("state").toString(), QStringLiteral("pending"));
        QCOMPARE(json.value("host").toString(), QStringLiteral("this"));
        QVERIFY(json.value("method").isNull());
        QVERIFY(json.value("expires_at").isNull());
        QVERIFY(json.value("external_address").isNull());
        QVERIFY(describePortMappings(configuredPortMappingsToJson(router)).first().contains("not made yet"));
    }

    void renewalAtHalfTheGrantedLease()
    {
        Rig rig(Rig::one(mapping(8443, 443, 3600)));
        rig.upnpScript = {{true, 8443, 600, QString(), 0}}; // the router grants less than asked
        rig.mapper.start();
        QCOMPARE(rig.first().expiresAt, rig.clock.now().addSecs(600));
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(300));
        rig.advance(299);
        QCOMPARE(rig.upnp->adds.size(), 1);
        rig.advance(1);
        QCOMPARE(rig.upnp->adds.size(), 2);
        QCOMPARE(rig.upnp->adds.last().leaseSeconds, 3600); // asks for the configured lease again
        QCOMPARE(rig.first().state, PortMappingState::Active);
        QCOMPARE(rig.first().expiresAt, rig.clock.now().addSecs(3600));
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(1800));
    }

    void renewalRetriedThenLapses()
    {
        Rig rig(Rig::one(mapping(8443, 443, 600), QStringLiteral("upnp")));
        rig.mapper.start();
        QCOMPARE(rig.first().state, PortMappingState::Active);
        rig.upnp->reachable = false;
        rig.advance(300); // the renewal at half the lease: no answer
        QCOMPARE(rig.upnp->adds.size(), 2);
        QCOMPARE(rig.first().state, PortMappingState::Active); // still held until the lease ends
        QVERIFY(rig.first().error.contains("no router answered"));
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(30));
        rig.advance(30);
        QCOMPARE(rig.upnp->adds.size(), 3);
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(60));
        rig.advance(60);
        rig.advance(120); // 510 s: 90 s left, so the next try comes at half of that
        QCOMPARE(rig.upnp->adds.size(), 5);
        QCOMPARE(rig.first().state, PortMappingState::Active);
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(45));
        QCOMPARE(rig.failed.count(), 0);
        rig.advance(45);
        rig.advance(22);
        rig.advance(11);
        rig.advance(6);
        rig.advance(5);
        QCOMPARE(rig.first().state, PortMappingState::Active); // 599 s
        rig.advance(5); // past 600 s: the lease has ended
        QCOMPARE(rig.first().state, PortMappingState::Failed);
        QVERIFY(!rig.first().expiresAt.isValid());
        QCOMPARE(rig.failed.count(), 1);
        // It comes back when the router does.
        rig.upnp->reachable = true;
        rig.advance(3600);
        QCOMPARE(rig.first().state, PortMappingState::Active);
        QVERIFY(rig.first().error.isEmpty());
    }

    void refusalReportedOnceWithTheReason()
    {
        Rig rig(Rig::one(mapping(80, 18080)));
        const auto refusal = FakeRouterClient::refused(718, QStringLiteral("ConflictInMappingEntry"));
        rig.upnpScript = {refusal, refusal, refusal, refusal};
        rig.mapper.start();
        QCOMPARE(rig.first().state, PortMappingState::Failed);
        QCOMPARE(rig.first().error, QStringLiteral("ConflictInMappingEntry"));
        QCOMPARE(rig.first().errorCode, 718);
        QCOMPARE(rig.first().method, RouterProtocol::Upnp);
        QVERIFY2(!rig.natpmp, "a router that said no is not asked again over NAT-PMP");
        QCOMPARE(rig.failed.count(), 1);
        const auto told = rig.failed.first().first().value<PortMappingStatus>();
        QCOMPARE(told.error, QStringLiteral("ConflictInMappingEntry"));

        const QList<Notification> notifications = notificationsForPortMapping(told);
        QCOMPARE(notifications.size(), 1);
        QCOMPARE(notifications.first().kind, Notification::Kind::PortMappingFailed);
        QVERIFY2(notifications.first().body.contains("ConflictInMappingEntry"), qPrintable(notifications.first().body));
        QVERIFY2(notifications.first().body.contains("by hand"), qPrintable(notifications.first().body));
        QVERIFY(notifications.first().title.contains("TCP 80"));

        const QJsonObject json = rig.mapper.toJson().first().toObject();
        QCOMPARE(json.value("state").toString(), QStringLiteral("failed"));
        QCOMPARE(json.value("error").toString(), QStringLiteral("ConflictInMappingEntry"));
        QVERIFY(json.value("expires_at").isNull());

        // Retried at a slowing pace, without telling again.
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(30));
        rig.advance(29);
        QCOMPARE(rig.upnp->adds.size(), 1);
        rig.advance(1);
        QCOMPARE(rig.upnp->adds.size(), 2);
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(60));
        rig.advance(60);
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(120));
        rig.advance(120);
        QCOMPARE(rig.upnp->adds.size(), 4);
        QCOMPARE(rig.failed.count(), 1);
        // The router accepts at last; a later refusal is news again.
        rig.advance(300);
        QCOMPARE(rig.first().state, PortMappingState::Active);
        QCOMPARE(rig.first().failures, 0);
        rig.upnp->scripted = {refusal};
        rig.advance(1800);
        QCOMPARE(rig.first().state, PortMappingState::Failed);
        QCOMPARE(rig.failed.count(), 2);
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(30)); // the backoff starts over
    }

    void negativeCodesAreNoAnswer()
    {
        // miniupnpc's own failures (UPNPCOMMAND_HTTP_ERROR, -3) are no answer
        // from the router: NAT-PMP is tried next.
        Rig rig(Rig::one(mapping(8443, 443)));
        rig.upnpScript = {FakeRouterClient::refused(-3, QStringLiteral("the router's UPnP service did not answer"))};
        rig.mapper.start();
        QCOMPARE(rig.upnp->adds.size(), 1);
        QVERIFY(rig.natpmp);
        QCOMPARE(rig.natpmp->adds.size(), 1);
        QCOMPARE(rig.first().method, RouterProtocol::NatPmp);
    }

    void retryDelaysGrowToAnHour()
    {
        QCOMPARE(PortMapper::retryDelaySeconds(1), 30);
        QCOMPARE(PortMapper::retryDelaySeconds(2), 60);
        QCOMPARE(PortMapper::retryDelaySeconds(7), 3600);
        QCOMPARE(PortMapper::retryDelaySeconds(50), 3600);
    }

    void autoFallsBackToNatPmp()
    {
        Rig rig(Rig::one(mapping(8443, 443)));
        rig.upnpReachable = false;
        rig.mapper.start();
        QCOMPARE(rig.upnp->adds.size(), 0); // no router found: nothing to send over UPnP
        QVERIFY(rig.natpmp);
        QCOMPARE(rig.natpmp->adds.size(), 1);
        QCOMPARE(rig.first().state, PortMappingState::Active);
        QCOMPARE(rig.first().method, RouterProtocol::NatPmp);
        // The renewal goes to NAT-PMP first, without UPnP's discovery.
        const int upnpAsked = rig.upnp->addressCalls;
        rig.advance(1800);
        QCOMPARE(rig.natpmp->adds.size(), 2);
        QCOMPARE(rig.upnp->addressCalls, upnpAsked);
    }

    void autoAsksPcpBeforeNatPmp()
    {
        Rig rig(Rig::one(mapping(8443, 443)));
        rig.upnpReachable = false;
        rig.pcpReachable = true;
        rig.mapper.start();
        QVERIFY(rig.pcp);
        QCOMPARE(rig.pcp->adds.size(), 1);
        QVERIFY(!rig.natpmp || rig.natpmp->addressCalls == 0);
        QCOMPARE(rig.first().state, PortMappingState::Active);
        QCOMPARE(rig.first().method, RouterProtocol::Pcp);
        QCOMPARE(rig.mapper.toJson().first().toObject().value("method").toString(), QStringLiteral("pcp"));
    }

    void silentPcpSkipsNatPmp()
    {
        // Both listen on the router's UDP 5351: no answer to PCP means
        // NAT-PMP would wait just as long for nothing.
        Rig rig(Rig::one(mapping(8443, 443)));
        rig.upnpReachable = false;
        rig.pcpSilent = true;
        rig.mapper.start();
        QVERIFY(!rig.natpmp || rig.natpmp->addressCalls == 0);
        QCOMPARE(rig.first().state, PortMappingState::Failed);
        QVERIFY2(rig.first().error.contains("PCP: no router answered") && rig.first().error.contains("5351"),
                 qPrintable(rig.first().error));
        // A PCP that is merely unreachable in other ways leaves NAT-PMP its turn.
        Rig other(Rig::one(mapping(8443, 443)));
        other.upnpReachable = false;
        other.mapper.start();
        QVERIFY(other.natpmp);
        QCOMPARE(other.first().method, RouterProtocol::NatPmp);
    }

    void silentNatPmpSkipsPcp()
    {
        // A NAT-PMP-only router made the mapping, so NAT-PMP is asked first at
        // the renewal; when it is silent then, PCP (same port) is not asked.
        Rig rig(Rig::one(mapping(8443, 443, 600)));
        rig.upnpReachable = false;
        rig.pcpReachable = true;
        rig.pcpNatPmpOnly = true;
        rig.mapper.start();
        QCOMPARE(rig.first().method, RouterProtocol::NatPmp);
        QCOMPARE(rig.pcp->addressCalls, 1);
        rig.natpmp->reachable = false;
        rig.natpmp->silentPort = true;
        rig.advance(300); // the renewal at half the lease
        QCOMPARE(rig.natpmp->adds.size(), 2);
        QCOMPARE(rig.pcp->addressCalls, 1);
        // Renewals that get no answer are retried before the lease ends.
        rig.advance(30);
        QCOMPARE(rig.pcp->addressCalls, 1);
        QVERIFY(rig.natpmp->adds.size() >= 3);
    }

    void natPmpOnlyRouterGoesStraightToNatPmp()
    {
        Rig rig(Rig::one(mapping(8443, 443)));
        rig.upnpReachable = false;
        rig.pcpReachable = true;
        rig.pcpNatPmpOnly = true;
        rig.mapper.start();
        QCOMPARE(rig.pcp->adds.size(), 0); // no mapping request after UNSUPP_VERSION
        QVERIFY(rig.natpmp);
        QCOMPARE(rig.natpmp->adds.size(), 1);
        QCOMPARE(rig.first().method, RouterProtocol::NatPmp);
        // With PCP alone, the user is told to use natpmp.
        Rig only(Rig::one(mapping(8443, 443), QStringLiteral("pcp")));
        only.pcpReachable = true;
        only.pcpNatPmpOnly = true;
        only.mapper.start();
        QCOMPARE(only.first().state, PortMappingState::Failed);
        QVERIFY2(only.first().error.contains("use natpmp"), qPrintable(only.first().error));
        QVERIFY(!only.natpmp);
    }

    void pcpMapsForAnotherHost()
    {
        Rig rig(Rig::one(mapping(8443, 443, 3600, QStringLiteral("192.168.77.20")), QStringLiteral("pcp")));
        rig.pcpReachable = true;
        rig.mapper.start();
        QCOMPARE(rig.pcp->adds.size(), 1);
        QCOMPARE(rig.pcp->adds.first().internalHost, QHostAddress(QStringLiteral("192.168.77.20")));
        QCOMPARE(rig.first().state, PortMappingState::Active);
    }

    void noRouterAnswers()
    {
        Rig rig(Rig::one(mapping(8443, 443)));
        rig.upnpReachable = false;
        rig.natpmpReachable = false;
        rig.mapper.start();
        QCOMPARE(rig.first().state, PortMappingState::Failed);
        QVERIFY(!rig.first().method);
        QVERIFY2(rig.first().error.contains("UPnP: no router answered") && rig.first().error.contains("NAT-PMP: no router answered"),
                 qPrintable(rig.first().error));
        QCOMPARE(rig.failed.count(), 1);
        const auto notifications = notificationsForPortMapping(rig.first());
        QVERIFY2(notifications.first().body.contains("Turn on UPnP, NAT-PMP or PCP"), qPrintable(notifications.first().body));
        rig.advance(30);
        QCOMPARE(rig.failed.count(), 1);
    }

    void protocolMissingFromTheBuild()
    {
        test::MockClock clock;
        PortMapper bare(Rig::one(mapping(8443, 443), QStringLiteral("pcp")), [](RouterProtocol) { return nullptr; },
                        clock);
        bare.start();
        QCOMPARE(bare.mappings().first().state, PortMappingState::Failed);
        QVERIFY2(bare.mappings().first().error.contains("PCP: not available"), qPrintable(bare.mappings().first().error));
    }

    void onlyPermanentLeases()
    {
        Rig rig(Rig::one(mapping(8443, 443, 3600)));
        rig.upnpScript = {FakeRouterClient::refused(725, QStringLiteral("OnlyPermanentLeasesSupported"))};
        rig.mapper.start();
        QCOMPARE(rig.upnp->adds.size(), 2);
        QCOMPARE(rig.upnp->adds[0].leaseSeconds, 3600);
        QCOMPARE(rig.upnp->adds[1].leaseSeconds, 0);
        QCOMPARE(rig.first().state, PortMappingState::Active);
        QVERIFY(!rig.first().expiresAt.isValid());
        QVERIFY(rig.mapper.toJson().first().toObject().value("expires_at").isNull());
        QCOMPARE(rig.failed.count(), 0);
        QVERIFY(describePortMappings(rig.mapper.toJson()).first().contains("permanent"));
        // Asked for again at the configured lease, permanent straight away.
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(3600));
        rig.advance(3600);
        QCOMPARE(rig.upnp->adds.size(), 3);
        QCOMPARE(rig.upnp->adds[2].leaseSeconds, 0);
    }

    void removedOnExitWhenAsked()
    {
        RouterConfig router = Rig::one(mapping(8443, 443));
        router.portMappings.append(mapping(51820, 51820));
        router.portMappings.last().protocol = QStringLiteral("udp");
        router.removeMappingsOnExit = true;
        Rig rig(router);
        rig.mapper.start();
        QCOMPARE(rig.upnp->adds.size(), 2);
        rig.upnp->hold = true;
        bool done = false;
        rig.mapper.stop([&done] { done = true; });
        QCOMPARE(rig.upnp->removals.size(), 2);
        QCOMPARE(rig.upnp->removals[0].protocol, QStringLiteral("tcp"));
        QCOMPARE(rig.upnp->removals[0].externalPort, quint16(8443));
        QCOMPARE(rig.upnp->removals[0].internalPort, quint16(443));
        QCOMPARE(rig.upnp->removals[1].protocol, QStringLiteral("udp"));
        QVERIFY2(!done, "the stop waits for the router's answers");
        rig.upnp->held.takeFirst()({true, 8443, 0, QString(), 0});
        QVERIFY(!done);
        rig.upnp->held.takeFirst()({true, 51820, 0, QString(), 0});
        QVERIFY(done);
        QCOMPARE(rig.mapper.mappings()[0].state, PortMappingState::Removed);
        QCOMPARE(rig.mapper.toJson()[1].toObject().value("state").toString(), QStringLiteral("removed"));
        // Nothing is renewed after the stop.
        rig.advance(7200);
        QCOMPARE(rig.upnp->adds.size(), 2);
    }

    void keptOnExitByDefault()
    {
        Rig rig(Rig::one(mapping(8443, 443)));
        rig.mapper.start();
        bool done = false;
        rig.mapper.stop([&done] { done = true; });
        QVERIFY(done);
        QVERIFY(rig.upnp->removals.isEmpty());
        QCOMPARE(rig.first().state, PortMappingState::Active); // until its lease ends
    }

    void removalWaitsForARequestStillOut()
    {
        RouterConfig router = Rig::one(mapping(8443, 443));
        router.removeMappingsOnExit = true;
        Rig rig(router);
        rig.mapper.start();
        rig.upnp->hold = true;
        rig.advance(1800); // a renewal goes out and is not answered yet
        QCOMPARE(rig.upnp->held.size(), 1);
        bool done = false;
        rig.mapper.stop([&done] { done = true; });
        QVERIFY(!done);
        QVERIFY(rig.upnp->removals.isEmpty());
        rig.upnp->held.takeFirst()({true, 8443, 3600, QString(), 0}); // renewed: now removed
        QCOMPARE(rig.upnp->removals.size(), 1);
        QVERIFY(!done);
        rig.upnp->held.takeFirst()({true, 8443, 0, QString(), 0});
        QVERIFY(done);
        QCOMPARE(rig.first().state, PortMappingState::Removed);
    }

    void askedAgainAfterAnAddressEvent()
    {
        Rig rig(Rig::one(mapping(8443, 443)));
        rig.mapper.start();
        QCOMPARE(rig.upnp->adds.size(), 1);
        rig.mapper.refresh();
        rig.mapper.refresh(); // a burst of events: one request
        QTRY_COMPARE(rig.upnp->adds.size(), 2);
        QTest::qWait(20);
        QCOMPARE(rig.upnp->adds.size(), 2);
        // This host has a new LAN address: the mapping follows it.
        rig.upnp->lan = QHostAddress(QStringLiteral("192.168.77.11"));
        rig.mapper.refresh();
        QTRY_COMPARE(rig.upnp->adds.size(), 3);
        QCOMPARE(rig.upnp->adds.last().internalHost, QHostAddress(QStringLiteral("192.168.77.11")));
        QCOMPARE(rig.first().host, QHostAddress(QStringLiteral("192.168.77.11")));
    }

    void refreshWhileARequestIsOut()
    {
        Rig rig(Rig::one(mapping(8443, 443)));
        rig.mapper.start();
        rig.upnp->hold = true;
        rig.advance(1800);
        QCOMPARE(rig.upnp->held.size(), 1);
        rig.mapper.refresh();
        rig.mapper.processDue();
        QCOMPARE(rig.upnp->adds.size(), 2); // not sent twice at once
        rig.upnp->hold = false;
        rig.upnp->held.takeFirst()({true, 8443, 3600, QString(), 0});
        QTRY_COMPARE(rig.upnp->adds.size(), 3); // and asked again when it is back
    }

    void routerWanChangeAsksForEveryMapping()
    {
        RouterConfig router = Rig::one(mapping(8443, 443, 3600));
        router.portMappings.append(mapping(2222, 22, 7200));
        Rig rig(router);
        rig.mapper.start();
        QCOMPARE(rig.upnp->adds.size(), 2);
        rig.upnp->wan = QHostAddress(QStringLiteral("11.22.33.55"));
        rig.advance(1800); // the first one's renewal sees the new WAN address
        QCOMPARE(rig.mapper.mappings()[0].externalAddress, QHostAddress(QStringLiteral("11.22.33.55")));
        // The second one is asked again at once, long before its renewal at 3600 s.
        QTRY_COMPARE(rig.upnp->adds.size(), 4);
        QCOMPARE(rig.upnp->adds[2].externalPort, quint16(8443));
        QCOMPARE(rig.upnp->adds[3].externalPort, quint16(2222));
        QCOMPARE(rig.mapper.mappings()[1].externalAddress, QHostAddress(QStringLiteral("11.22.33.55")));
    }

    void natPmpForwardsOnlyToThisHost()
    {
        Rig rig(Rig::one(mapping(8443, 443, 3600, QStringLiteral("192.168.77.20")), QStringLiteral("natpmp")));
        rig.mapper.start();
        QCOMPARE(rig.natpmp->adds.size(), 0);
        QCOMPARE(rig.first().state, PortMappingState::Failed);
        QVERIFY2(rig.first().error.contains("192.168.77.20") && rig.first().error.contains("upnp"), qPrintable(rig.first().error));
        // Over UPnP the router is asked to forward to the other host.
        Rig upnp(Rig::one(mapping(8443, 443, 3600, QStringLiteral("192.168.77.20"))));
        upnp.mapper.start();
        QCOMPARE(upnp.upnp->adds.first().internalHost, QHostAddress(QStringLiteral("192.168.77.20")));
        QCOMPARE(upnp.mapper.toJson().first().toObject().value("host").toString(), QStringLiteral("192.168.77.20"));
    }

    void anotherExternalPortIsShown()
    {
        Rig rig(Rig::one(mapping(8443, 443)));
        rig.upnpScript = {{true, 18443, 3600, QString(), 0, false}};
        rig.mapper.start();
        QCOMPARE(rig.first().state, PortMappingState::Active);
        QCOMPARE(rig.mapper.toJson().first().toObject().value("external").toInt(), 18443);
        QVERIFY2(rig.first().error.contains("18443") && rig.first().error.contains("8443"), qPrintable(rig.first().error));
    }

    void reloadKeepsRemovesAndAdds()
    {
        RouterConfig router = Rig::one(mapping(8443, 443));
        router.portMappings.append(mapping(2222, 22));
        Rig rig(router);
        rig.mapper.start();
        QCOMPARE(rig.upnp->adds.size(), 2);
        const QDateTime expires = rig.mapper.mappings()[0].expiresAt;
        rig.clock.advance(60);
        RouterConfig reloaded = Rig::one(mapping(8443, 443));
        reloaded.portMappings.append(mapping(5000, 5000));
        rig.mapper.setConfig(reloaded);
        QCOMPARE(rig.upnp->removals.size(), 1); // 2222 is no longer wanted
        QCOMPARE(rig.upnp->removals.first().externalPort, quint16(2222));
        QTRY_COMPARE(rig.upnp->adds.size(), 3);
        QCOMPARE(rig.upnp->adds.last().externalPort, quint16(5000));
        QCOMPARE(rig.mapper.mappings().size(), 2);
        QCOMPARE(rig.mapper.mappings()[0].expiresAt, expires); // unchanged: its lease goes on
        QCOMPARE(rig.mapper.mappings()[1].state, PortMappingState::Active);
    }

    void configFromTheFile()
    {
        ProviderRegistry registry;
        registerBuiltinProviders(registry);
        IpSourceFactory sources;
        const auto loaded = ConfigLoader(registry, sources).parse(kRouterConfig);
        QVERIFY(loaded.config);
        Rig rig(loaded.config->router);
        rig.mapper.start();
        QCOMPARE(rig.upnp->adds.size(), 1);
        QCOMPARE(rig.upnp->adds.first().protocol, QStringLiteral("udp"));
        QCOMPARE(rig.upnp->adds.first().internalPort, quint16(51820));
        QCOMPARE(rig.upnp->adds.first().leaseSeconds, 120);
        QCOMPARE(rig.mapper.nextDue(), rig.clock.now().addSecs(60));

        // And one the loader refuses never reaches the router.
        const auto refused = ConfigLoader(registry, sources).parse(kRefusedRouterConfig);
        QVERIFY(!refused.config);
        QStringList paths;
        for (const auto &issue : refused.issues) {
            if (issue.isError())
                paths.append(issue.path);
        }
        QCOMPARE(paths, QStringList{"router.port_mappings[0].host"});
    }
};

QTEST_GUILESS_MAIN(TestPortMapper)
#include "tst_portmapper.moc"
