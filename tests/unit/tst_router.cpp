// The router clients' pieces that need no router: UPnP and NAT-PMP error
// codes in plain words, router source specs, the failed-discovery cache, and
// NatPmpClient against a NAT-PMP router faked on 127.0.0.1 (RFC 6886 packets
// built here byte by byte), which proves the retries, the result codes, the
// not-public verdicts and that a router that never answers is asked again
// only after the cache expires or is forgotten.
#include "MockClock.h"
#include "WaitForCallback.h"

#include "address/IpSource.h"
#include "address/IpSourceFactory.h"
#include "router/FailedDiscoveryCache.h"
#include "router/NatPmpClient.h"
#include "router/RouterClients.h"
#include "router/RouterErrorText.h"
#include "router/RouterOptions.h"
#include "router/RouterSource.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

#include <optional>

using namespace homing;

namespace {

// A NAT-PMP router on 127.0.0.1:5351 that answers as told, or not at all.
class FakeNatPmpRouter : public QObject
{
public:
    bool start()
    {
        if (!m_socket.bind(QHostAddress::LocalHost, 5351))
            return false;
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] { answer(); });
        return true;
    }

    bool silent = false;
    quint16 resultCode = 0;
    QHostAddress publicAddress{QStringLiteral("11.22.33.44")};
    quint16 grantedPort = 0; // 0: the one asked for
    quint32 grantedLifetime = 0; // 0: the one asked for
    QList<QByteArray> requests;

private:
    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket.receiveDatagram();
            const QByteArray request = datagram.data();
            requests.append(request);
            if (silent || request.size() < 2)
                continue;
            const quint8 opcode = static_cast<quint8>(request.at(1));
            QByteArray reply(opcode == 0 ? 12 : 16, '\0');
            reply[0] = 0;
            reply[1] = static_cast<char>(128 + opcode);
            qToBigEndian<quint16>(resultCode, reply.data() + 2);
            qToBigEndian<quint32>(1234, reply.data() + 4); // seconds since start of epoch
            if (opcode == 0) {
                qToBigEndian<quint32>(publicAddress.toIPv4Address(), reply.data() + 8);
            } else if (request.size() >= 12) {
                const quint16 privatePort = qFromBigEndian<quint16>(request.constData() + 4);
                const quint16 publicPort = qFromBigEndian<quint16>(request.constData() + 6);
                const quint32 lifetime = qFromBigEndian<quint32>(request.constData() + 8);
                qToBigEndian<quint16>(privatePort, reply.data() + 8);
                qToBigEndian<quint16>(grantedPort ? grantedPort : publicPort, reply.data() + 10);
                qToBigEndian<quint32>(lifetime && grantedLifetime ? grantedLifetime : lifetime, reply.data() + 12);
            }
            m_socket.writeDatagram(reply, datagram.senderAddress(), datagram.senderPort());
        }
    }

    QUdpSocket m_socket;
};

template <typename Result, typename Call>
std::optional<Result> wait(Call call)
{
    return test::waitForCallback<Result>(std::move(call));
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upnpErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("conflict") << 718 << "already mapped to another computer";
        QTest::newRow("permanent only") << 725 << "only permanent port mappings";
        QTest::newRow("not authorised") << 606 << "does not allow this computer";
        QTest::newRow("action failed") << 501 << "firewall";
        QTest::newRow("no such entry") << 714 << "no such port mapping";
        QTest::newRow("no room") << 728 << "no room";
        QTest::newRow("http error") << -3 << "could not be reached";
        QTest::newRow("unknown") << 799 << "UPnP error 799";
    }
    void upnpErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, expected);
        QVERIFY2(upnpErrorText(code).contains(expected), qPrintable(upnpErrorText(code)));
    }

    void natPmpCodes_data()
    {
        QTest::addColumn<int>("library");
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("expected");
        QTest::newRow("version") << -14 << 1 << "version";
        QTest::newRow("not authorized") << -51 << 2 << "not authorized";
        QTest::newRow("network failure") << -52 << 3 << "no public WAN address";
        QTest::newRow("out of resources") << -53 << 4 << "out of resources";
        QTest::newRow("opcode") << -15 << 5 << "unsupported opcode";
        QTest::newRow("no gateway is not a result") << -3 << 0 << "";
    }
    void natPmpCodes()
    {
        QFETCH(int, library);
        QFETCH(int, result);
        QFETCH(QString, expected);
        QCOMPARE(natPmpResultCodeFromLibrary(library), result);
        if (result)
            QVERIFY2(natPmpResultText(result).contains(expected), qPrintable(natPmpResultText(result)));
        else
            QVERIFY(natPmpLibraryErrorText(library).contains(QLatin1String("gateway")));
    }

    void pcpCodes()
    {
        // RFC 6887 §7.4's numbers: network failure is 7, address mismatch 12.
        QVERIFY(pcpResultText(7).contains(QLatin1String("no public WAN address")));
        QVERIFY(pcpResultText(12).contains(QLatin1String("another NAT")));
        QVERIFY(!pcpResultText(8).contains(QLatin1String("no public WAN address")));
        QVERIFY(pcpResultText(42).contains(QLatin1String("42")));
    }

    void specs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("error"); // a fragment; empty: valid
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("gateway");
        QTest::newRow("upnp") << "upnp" << "" << 2000 << "";
        QTest::newRow("natpmp") << "natpmp" << "" << 2000 << "";
        QTest::newRow("upnp timeout") << "upnp?timeout_ms=500" << "" << 500 << "";
        QTest::newRow("natpmp gateway") << "natpmp?gateway=192.168.77.1&timeout_ms=1500" << "" << 1500
                                        << "192.168.77.1";
        QTest::newRow("timeout too short") << "upnp?timeout_ms=10" << "from 100 to 10000" << 0 << "";
        QTest::newRow("timeout not a number") << "natpmp?timeout_ms=soon" << "whole number" << 0 << "";
        QTest::newRow("gateway on upnp") << "upnp?gateway=192.168.1.1" << "for natpmp and pcp" << 0 << "";
        QTest::newRow("gateway not an address") << "natpmp?gateway=router.lan" << "IPv4 address" << 0 << "";
        QTest::newRow("gateway IPv6") << "natpmp?gateway=fe80::1" << "IPv4 address" << 0 << "";
        QTest::newRow("unknown option") << "natpmp?port=5351" << "unknown option \"port\"" << 0 << "";
        QTest::newRow("empty options") << "upnp?" << "no options" << 0 << "";
        QTest::newRow("pcp") << "pcp" << "" << 2000 << "";
        QTest::newRow("pcp gateway") << "pcp?gateway=192.168.77.1&timeout_ms=800" << "" << 800 << "192.168.77.1";
        QTest::newRow("pcp gateway IPv6") << "pcp?gateway=fe80::1" << "IPv4 address" << 0 << "";
    }
    void specs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, error);
        QFETCH(int, timeoutMs);
        QFETCH(QString, gateway);
        QVERIFY(RouterOptions::isRouterSpec(spec));
        const QString problem = RouterSource::validate(spec);
        if (error.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            RouterOptions options;
            QVERIFY(RouterOptions::parse(spec, &options).isEmpty());
            QCOMPARE(options.timeoutMs, timeoutMs);
            QCOMPARE(options.gateway.toString(), gateway);
        } else {
            QVERIFY2(problem.contains(error), qPrintable(problem));
        }
        // The factory knows the kind and says the same.
        IpSourceFactory factory;
        QCOMPARE(factory.validate(spec), problem);
    }

    void notRouterSpecs()
    {
        for (const char *spec : {"upnpx", "nat-pmp", "https://upnp", "interface:upnp", ""})
            QVERIFY2(!RouterOptions::isRouterSpec(QString::fromLatin1(spec)), spec);
    }

    void routerSourceIsIpv4Only()
    {
        IpSourceFactory factory;
        auto source = factory.create(QStringLiteral("natpmp?gateway=127.0.0.1&timeout_ms=100"), {});
        QVERIFY(source);
        QCOMPARE(source->kind(), SourceKind::Router);
        QObject context;
        const auto answer = wait<SourceAnswer>(
            [&](auto done) { source->query(AddressFamily::IPv6, &context, done); });
        QVERIFY(answer);
        QVERIFY(answer->address.isNull());
        QVERIFY2(answer->error.contains(QLatin1String("ip.ipv4.sources")), qPrintable(answer->error));
    }

    void failedDiscoveryCache()
    {
        test::MockClock clock;
        FailedDiscoveryCache cache(clock, 600);
        QVERIFY(!cache.recentFailure());
        cache.remember(QStringLiteral("no router"));
        QCOMPARE(cache.recentFailure().value_or(QString()), QStringLiteral("no router"));
        clock.advance(599);
        QVERIFY(cache.recentFailure());
        clock.advance(1);
        QVERIFY(!cache.recentFailure());
        cache.remember(QStringLiteral("again"));
        cache.forget();
        QVERIFY(!cache.recentFailure());
        cache.remember(QStringLiteral("clock set back"));
        clock.advance(-10);
        QVERIFY(!cache.recentFailure());
    }

    void natPmpExternalAddress_data()
    {
        QTest::addColumn<int>("resultCode");
        QTest::addColumn<QString>("routerAddress");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("notPublic");
        QTest::addColumn<QString>("error");
        QTest::newRow("public") << 0 << "11.22.33.44" << "11.22.33.44" << false << "";
        QTest::newRow("carrier-grade nat address") << 0 << "100.64.3.4" << "100.64.3.4" << true << "not public";
        QTest::newRow("private: double nat") << 0 << "192.168.1.20" << "192.168.1.20" << true << "not public";
        QTest::newRow("result 3: no public address") << 3 << "0.0.0.0" << "" << true << "no public WAN address";
        QTest::newRow("result 2: refused") << 2 << "0.0.0.0" << "" << false << "not authorized";
    }
    void natPmpExternalAddress()
    {
        QFETCH(int, resultCode);
        QFETCH(QString, routerAddress);
        QFETCH(QString, address);
        QFETCH(bool, notPublic);
        QFETCH(QString, error);
        FakeNatPmpRouter router;
        if (!router.start())
            QSKIP("127.0.0.1:5351 is taken on this machine");
        router.resultCode = static_cast<quint16>(resultCode);
        router.publicAddress = QHostAddress(routerAddress);
        test::MockClock clock;
        NatPmpClient client(clock, 1000, QHostAddress::LocalHost);
        QObject context;
        const auto result = wait<ExternalAddressResult>([&](auto done) { client.externalAddress(&context, done); });
        QVERIFY(result);
        QCOMPARE(result->address.isNull() ? QString() : result->address.toString(), address);
        QCOMPARE(result->notPublic, notPublic);
        QVERIFY2(result->error.contains(error), qPrintable(result->error));
        QCOMPARE(client.localAddress(), QHostAddress(QHostAddress::LocalHost));
        // The request on the wire: version 0, opcode 0.
        QCOMPARE(router.requests.value(0), QByteArray("\0\0", 2));
    }

    void natPmpMappings()
    {
        FakeNatPmpRouter router;
        if (!router.start())
            QSKIP("127.0.0.1:5351 is taken on this machine");
        router.grantedPort = 18081;
        router.grantedLifetime = 1800;
        test::MockClock clock;
        NatPmpClient client(clock, 1000, QHostAddress::LocalHost);
        QObject context;
        PortMappingRequest request;
        request.protocol = QStringLiteral("udp");
        request.externalPort = 18080;
        request.internalPort = 8080;
        request.leaseSeconds = 3600;
        auto added = wait<PortMappingResult>([&](auto done) { client.addPortMapping(request, &context, done); });
        QVERIFY(added && added->ok);
        QCOMPARE(added->externalPort, quint16(18081)); // what the router granted, not what was asked
        QCOMPARE(added->leaseSeconds, 1800);
        // RFC 6886 3.3: version 0, opcode 1 (UDP), reserved, private 8080, public 18080, lifetime 3600.
        QCOMPARE(router.requests.last().toHex(), QByteArray("000100001f9046a000000e10"));

        // A permanent mapping does not exist in NAT-PMP: the longest lifetime is asked for instead of 0 (which removes).
        request.protocol = QStringLiteral("tcp");
        request.leaseSeconds = 0;
        router.grantedLifetime = 0;
        added = wait<PortMappingResult>([&](auto done) { client.addPortMapping(request, &context, done); });
        QVERIFY(added && added->ok);
        QCOMPARE(added->leaseSeconds, NatPmpClient::kLongestLifetime);
        QCOMPARE(static_cast<quint8>(router.requests.last().at(1)), quint8(2));

        // Removal: lifetime 0 and suggested external port 0, by internal port.
        const auto removed = wait<PortMappingResult>(
            [&](auto done) { client.deletePortMapping(QStringLiteral("tcp"), 18081, 8080, &context, done); });
        QVERIFY(removed && removed->ok);
        QCOMPARE(router.requests.last().toHex(), QByteArray("000200001f90000000000000"));

        // Another computer cannot be the target.
        request.internalHost = QHostAddress(QStringLiteral("192.168.77.20"));
        added = wait<PortMappingResult>([&](auto done) { client.addPortMapping(request, &context, done); });
        QVERIFY(added && !added->ok);
        QVERIFY2(added->error.contains(QLatin1String("only to the computer that asks")), qPrintable(added->error));

        // The router's refusal, in words and with its code.
        request.internalHost = QHostAddress();
        router.resultCode = 4;
        added = wait<PortMappingResult>([&](auto done) { client.addPortMapping(request, &context, done); });
        QVERIFY(added && !added->ok);
        QCOMPARE(added->errorCode, 4);
        QVERIFY2(added->error.contains(QLatin1String("out of resources")), qPrintable(added->error));
    }

    void silentRouterIsRemembered()
    {
        FakeNatPmpRouter router;
        if (!router.start())
            QSKIP("127.0.0.1:5351 is taken on this machine");
        router.silent = true;
        test::MockClock clock;
        RouterClients clients(&clock);
        RouterOptions options;
        QVERIFY(RouterOptions::parse(QStringLiteral("natpmp?gateway=127.0.0.1&timeout_ms=600"), &options).isEmpty());
        RouterClient *client = clients.client(options);
        QVERIFY(client);
        QCOMPARE(clients.client(options), client); // one per options: the cache is shared
        QObject context;

        QElapsedTimer timer;
        timer.start();
        auto result = wait<ExternalAddressResult>([&](auto done) { client->externalAddress(&context, done); });
        QVERIFY(result);
        QVERIFY(timer.elapsed() >= 550);
        QVERIFY2(result->error.contains(QLatin1String("did not answer NAT-PMP within 600 ms")), qPrintable(result->error));
        QVERIFY(!result->notPublic);
        // Retried on RFC 6886's schedule (250 ms, then 500 ms): two or three sends in 600 ms.
        const auto sent = router.requests.size();
        QVERIFY2(sent >= 2 && sent <= 3, qPrintable(QString::number(sent)));

        // Asked again at once: the remembered failure, nothing sent.
        timer.restart();
        result = wait<ExternalAddressResult>([&](auto done) { client->externalAddress(&context, done); });
        QVERIFY(timer.elapsed() < 200);
        QVERIFY(result->error.contains(QLatin1String("did not answer NAT-PMP")));
        QCOMPARE(router.requests.size(), sent);

        // Ten minutes later the router is asked again; it now answers.
        clock.advance(FailedDiscoveryCache::kDefaultHoldSeconds);
        router.silent = false;
        result = wait<ExternalAddressResult>([&](auto done) { client->externalAddress(&context, done); });
        QCOMPARE(result->address, QHostAddress(QStringLiteral("11.22.33.44")));
        QVERIFY(router.requests.size() > sent);

        // A failure, then an address event: forgotten, asked again at once.
        router.silent = true;
        result = wait<ExternalAddressResult>([&](auto done) { client->externalAddress(&context, done); });
        QVERIFY(result->address.isNull());
        const auto afterSecondFailure = router.requests.size();
        clients.forgetFailedDiscovery();
        router.silent = false;
        result = wait<ExternalAddressResult>([&](auto done) { client->externalAddress(&context, done); });
        QCOMPARE(result->address, QHostAddress(QStringLiteral("11.22.33.44")));
        QVERIFY(router.requests.size() > afterSecondFailure);
    }

    void refusingRouterIsRememberedAtOnce()
    {
        {
            QUdpSocket probe; // nothing may listen on the port, or this is not the case under test
            if (!probe.bind(QHostAddress::LocalHost, 5351))
                QSKIP("127.0.0.1:5351 is taken on this machine");
        }
        test::MockClock clock;
        NatPmpClient client(clock, 2000, QHostAddress::LocalHost);
        QObject context;
        QElapsedTimer timer;
        timer.start();
        // Nothing on the port: ICMP port unreachable, a refusal well before the timeout.
        auto result = wait<ExternalAddressResult>([&](auto done) { client.externalAddress(&context, done); });
        QVERIFY(result);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result->error.contains(QLatin1String("127.0.0.1 does not offer NAT-PMP")), qPrintable(result->error));
        FakeNatPmpRouter router;
        QVERIFY(router.start());
        result = wait<ExternalAddressResult>([&](auto done) { client.externalAddress(&context, done); });
        QVERIFY(result->error.contains(QLatin1String("does not offer NAT-PMP")));
        QVERIFY2(router.requests.isEmpty(), "a refusal is remembered like a silence");
        client.forgetFailedDiscovery();
        result = wait<ExternalAddressResult>([&](auto done) { client.externalAddress(&context, done); });
        QCOMPARE(result->address, QHostAddress(QStringLiteral("11.22.33.44")));
    }

    void callbackDroppedWithItsContext()
    {
        FakeNatPmpRouter router;
        if (!router.start())
            QSKIP("127.0.0.1:5351 is taken on this machine");
        test::MockClock clock;
        NatPmpClient client(clock, 1000, QHostAddress::LocalHost);
        bool called = false;
        {
            QObject context;
            client.externalAddress(&context, [&called](const ExternalAddressResult &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
        QVERIFY(!router.requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
