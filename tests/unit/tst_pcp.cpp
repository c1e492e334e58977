// PCP (RFC 6887): the MAP request byte by byte, the checks every answer
// passes before it is believed, the retransmission and epoch rules, and
// PcpClient against a PCP router faked on 127.3.5.1:5351 (not 127.0.0.1,
// where tst_router's NAT-PMP fake listens when the two run side by side).
#include "MockClock.h"
#include "WaitForCallback.h"

#include "router/PcpClient.h"
#include "router/PcpMessage.h"
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

const QHostAddress kFakeRouter(QStringLiteral("127.3.5.1"));

pcp::Nonce countingNonce()
{
    pcp::Nonce nonce{};
    for (size_t i = 0; i < nonce.size(); ++i)
        nonce[i] = quint8(i + 1);
    return nonce;
}

pcp::MapRequest knownRequest()
{
    pcp::MapRequest request;
    request.nonce = countingNonce();
    request.protocol = pcp::kProtocolTcp;
    request.internalPort = 443;
    request.suggestedExternalPort = 8443;
    request.lifetime = 3600;
    request.clientAddress = QHostAddress(QStringLiteral("192.168.1.10"));
    return request;
}

// A MAP response as a PCP server builds it for `request`.
QByteArray response(const pcp::MapRequest &request, quint8 result, quint16 externalPort, const QHostAddress &external,
                    quint32 lifetime = 3600, quint32 epoch = 1000)
{
    QByteArray bytes(pcp::kMapMessageSize, '\0');
    bytes[0] = char(pcp::kVersion);
    bytes[1] = char(pcp::kOpcodeMap | pcp::kResponseBit);
    bytes[3] = char(result);
    qToBigEndian<quint32>(lifetime, bytes.data() + 4);
    qToBigEndian<quint32>(epoch, bytes.data() + 8);
    for (int i = 0; i < 12; ++i)
        bytes[24 + i] = char(request.nonce[size_t(i)]);
    bytes[36] = char(request.protocol);
    qToBigEndian<quint16>(request.internalPort, bytes.data() + 40);
    qToBigEndian<quint16>(externalPort, bytes.data() + 42);
    bytes[54] = char(0xff);
    bytes[55] = char(0xff);
    qToBigEndian<quint32>(external.isNull() ? 0 : external.toIPv4Address(), bytes.data() + 56);
    return bytes;
}

// A PCP router on 127.3.5.1:5351 that answers as told, or not at all.
class FakePcpRouter : public QObject
{
public:
    enum class Mode { Answer, Silent, NatPmpOnly, DecoyFirst };

    bool start()
    {
        if (!m_socket.bind(kFakeRouter, pcp::kServerPort))
            return false;
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] { answer(); });
        return true;
    }

    Mode mode = Mode::Answer;
    quint8 resultCode = 0;
    QHostAddress external{QStringLiteral("11.22.33.44")};
    quint16 grantedPort = 0;     // 0: the one suggested (or the internal one)
    quint32 grantedLifetime = 0; // 0: the one asked for
    quint32 epoch = 1000;
    bool addressOnDeletion = true; // miniupnpd's way; false: a server that leaves it empty
    QList<QByteArray> requests;

    // The fields of request n.
    quint32 lifetimeOf(int n) const { return qFromBigEndian<quint32>(requests.at(n).constData() + 4); }
    QByteArray nonceOf(int n) const { return requests.at(n).mid(24, 12); }
    quint16 internalPortOf(int n) const { return qFromBigEndian<quint16>(requests.at(n).constData() + 40); }

private:
    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket.receiveDatagram();
            const QByteArray bytes = datagram.data();
            requests.append(bytes);
            if (mode == Mode::Silent || bytes.size() < pcp::kMapMessageSize)
                continue;
            if (mode == Mode::NatPmpOnly) {
                // RFC 6886 §3.5: version 0, opcode + 128, result 1, epoch.
                QByteArray reply(8, '\0');
                reply[1] = char(0x80 | quint8(bytes[1]));
                qToBigEndian<quint16>(1, reply.data() + 2);
                qToBigEndian<quint32>(epoch, reply.data() + 4);
                m_socket.writeDatagram(reply, datagram.senderAddress(), datagram.senderPort());
                continue;
            }
            pcp::MapRequest request;
            for (int i = 0; i < 12; ++i)
                request.nonce[size_t(i)] = quint8(bytes[24 + i]);
            request.protocol = quint8(bytes[36]);
            request.internalPort = qFromBigEndian<quint16>(bytes.constData() + 40);
            const quint16 suggested = qFromBigEndian<quint16>(bytes.constData() + 42);
            const quint32 lifetime = qFromBigEndian<quint32>(bytes.constData() + 4);
            if (mode == Mode::DecoyFirst) {
                // An answer to someone else's request first: another nonce.
                pcp::MapRequest other = request;
                other.nonce[0] ^= 0xff;
                m_socket.writeDatagram(response(other, 0, 9999, QHostAddress(QStringLiteral("6.6.6.6"))),
                                       datagram.senderAddress(), datagram.senderPort());
            }
            const quint16 port = grantedPort ? grantedPort : (suggested ? suggested : request.internalPort);
            const bool withAddress = lifetime != 0 || addressOnDeletion;
            m_socket.writeDatagram(response(request, resultCode, port, withAddress ? external : QHostAddress(),
                                            lifetime && grantedLifetime ? grantedLifetime : lifetime, epoch),
                                   datagram.senderAddress(), datagram.senderPort());
        }
    }

    QUdpSocket m_socket;
};

// The fake router and a PcpClient that asks it, each call waited for.
struct Rig {
    explicit Rig(int timeoutMs = 2000, const QHostAddress &gateway = kFakeRouter) : client(clock, timeoutMs, gateway) {}

    std::optional<ExternalAddressResult> address()
    {
        return test::waitForCallback<ExternalAddressResult>(
            [this](auto done) { client.externalAddress(&context, done); });
    }
    std::optional<PortMappingResult> add(const PortMappingRequest &request)
    {
        return test::waitForCallback<PortMappingResult>(
            [&](auto done) { client.addPortMapping(request, &context, done); });
    }
    std::optional<PortMappingResult> remove(quint16 external, quint16 internal)
    {
        return test::waitForCallback<PortMappingResult>([&](auto done) {
            client.deletePortMapping(QStringLiteral("tcp"), external, internal, &context, done);
        });
    }

    FakePcpRouter router;
    test::MockClock clock;
    PcpClient client;
    QObject context;
};

PortMappingRequest mappingRequest(quint16 external, quint16 internal, int lease = 3600)
{
    PortMappingRequest request;
    request.protocol = QStringLiteral("tcp");
    request.externalPort = external;
    request.internalPort = internal;
    request.leaseSeconds = lease;
    return request;
}

} // namespace

class TestPcp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapRequestBytes()
    {
        const QByteArray expected = QByteArray::fromHex(
            // version 2, opcode MAP (R = 0), reserved, lifetime 3600
            "02010000"
            "00000e10"
            // client address ::ffff:192.168.1.10
            "00000000000000000000ffffc0a8010a"
            // nonce 1..12, protocol TCP, reserved
            "0102030405060708090a0b0c"
            "06000000"
            // internal port 443, suggested external port 8443
            "01bb20fb"
            // suggested external address: any, ::ffff:0.0.0.0
            "00000000000000000000ffff00000000");
        QCOMPARE(pcp::buildMapRequest(knownRequest()).toHex(), expected.toHex());
        QCOMPARE(expected.size(), pcp::kMapMessageSize);
    }

    void mapRequestForAnotherHost()
    {
        pcp::MapRequest request = knownRequest();
        request.protocol = pcp::kProtocolUdp;
        request.lifetime = 0;
        request.thirdParty = QHostAddress(QStringLiteral("192.168.1.20"));
        const QByteArray bytes = pcp::buildMapRequest(request);
        QCOMPARE(bytes.size(), 80);
        QCOMPARE(bytes.mid(4, 4).toHex(), QByteArray("00000000")); // lifetime 0 deletes
        QCOMPARE(quint8(bytes[36]), quint8(17));
        // THIRD_PARTY: code 1, reserved, length 16, ::ffff:192.168.1.20
        QCOMPARE(bytes.mid(60).toHex(), QByteArray("0100001000000000000000000000ffffc0a80114"));
    }

    void protocolNumbers()
    {
        QCOMPARE(pcp::protocolNumber(QStringLiteral("tcp")), pcp::kProtocolTcp);
        QCOMPARE(pcp::protocolNumber(QStringLiteral("UDP")), pcp::kProtocolUdp);
        QVERIFY(pcp::randomNonce() != pcp::randomNonce());
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("external");
        QTest::addColumn<QString>("ignoredBecause");

        const pcp::MapRequest request = knownRequest();
        const QHostAddress wan(QStringLiteral("203.0.113.7"));
        const int answer = int(pcp::MapResponse::Kind::Answer);
        QTest::newRow("success") << response(request, 0, 8443, wan) << true << answer << 0 << "203.0.113.7" << "";
        QTest::newRow("not authorized") << response(request, 2, 0, {}) << true << answer << 2 << "" << "";
        QTest::newRow("network failure") << response(request, 7, 0, {}) << true << answer << 7 << "" << "";
        QTest::newRow("no resources, address told")
            << response(request, 8, 8443, QHostAddress(QStringLiteral("100.64.1.2"))) << true << answer << 8
            << "100.64.1.2" << "";
        QTest::newRow("cannot provide external") << response(request, 11, 0, {}) << true << answer << 11 << "" << "";
        QTest::newRow("address mismatch") << response(request, 12, 0, {}) << true << answer << 12 << "" << "";

        pcp::MapRequest other = request;
        other.nonce[11] = 0x42;
        QTest::newRow("another nonce") << response(other, 0, 8443, wan) << false << 0 << 0 << "" << "nonce";
        other = request;
        other.internalPort = 80;
        QTest::newRow("another internal port") << response(other, 0, 8443, wan) << false << 0 << 0 << ""
                                               << "internal port";
        other = request;
        other.protocol = pcp::kProtocolUdp;
        QTest::newRow("another protocol") << response(other, 0, 8443, wan) << false << 0 << 0 << "" << "protocol";

        QTest::newRow("short") << response(request, 0, 8443, wan).left(20) << false << 0 << 0 << "" << "shorter";
        QTest::newRow("header only") << response(request, 0, 8443, wan).left(24) << false << 0 << 0 << ""
                                     << "shorter than a MAP";
        QTest::newRow("not a multiple of 4") << response(request, 0, 8443, wan) + QByteArray(2, '\0') << false << 0
                                             << 0 << "" << "length";
        QByteArray requestBit = response(request, 0, 8443, wan);
        requestBit[1] = char(pcp::kOpcodeMap);
        QTest::newRow("R bit clear") << requestBit << false << 0 << 0 << "" << "R bit";
        QByteArray peer = response(request, 0, 8443, wan);
        peer[1] = char(0x82);
        QTest::newRow("PEER, not MAP") << peer << false << 0 << 0 << "" << "opcode 2";
        QByteArray version3 = response(request, 0, 8443, wan);
        version3[0] = 3;
        QTest::newRow("version 3 success") << version3 << false << 0 << 0 << "" << "version 3";

        QTest::newRow("NAT-PMP version 0") << QByteArray::fromHex("0081000100000bb8") << true
                                           << int(pcp::MapResponse::Kind::NatPmpOnly) << 1 << "" << "";
        QByteArray version1 = response(request, 1, 0, {}).left(24);
        version1[0] = 1;
        QTest::newRow("PCP version 1 server") << version1 << true << int(pcp::MapResponse::Kind::OtherVersion) << 1
                                              << "" << "";
    }
    void parse()
    {
        QFETCH(QByteArray, datagram);
        QFETCH(bool, accepted);
        QFETCH(int, kind);
        QFETCH(int, result);
        QFETCH(QString, external);
        QFETCH(QString, ignoredBecause);
        pcp::MapResponse parsed;
        QString ignored;
        QCOMPARE(pcp::parseMapResponse(datagram, knownRequest(), &parsed, &ignored), accepted);
        if (!accepted) {
            QVERIFY2(ignored.contains(ignoredBecause), qPrintable(ignored));
            return;
        }
        QCOMPARE(int(parsed.kind), kind);
        QCOMPARE(int(parsed.resultCode), result);
        QCOMPARE(parsed.externalAddress.toString(), external);
    }

    void parseFields()
    {
        const QByteArray bytes = response(knownRequest(), 0, 18443, QHostAddress(QStringLiteral("203.0.113.7")), 1800,
                                          77);
        pcp::MapResponse parsed;
        QVERIFY(pcp::parseMapResponse(bytes, knownRequest(), &parsed));
        QCOMPARE(parsed.externalPort, quint16(18443));
        QCOMPARE(parsed.lifetime, quint32(1800));
        QCOMPARE(parsed.epoch, quint32(77));
        QCOMPARE(parsed.internalPort, quint16(443));
        QCOMPARE(parsed.externalAddress.protocol(), QAbstractSocket::IPv4Protocol);
    }

    void resultTexts_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("version") << 1 << "try natpmp";
        QTest::newRow("not authorized") << 2 << "not authorized";
        QTest::newRow("unsupported option") << 5 << "THIRD_PARTY";
        QTest::newRow("network failure") << 7 << "no public WAN address";
        QTest::newRow("no resources") << 8 << "no resources";
        QTest::newRow("quota") << 10 << "quota";
        QTest::newRow("cannot provide") << 11 << "external address or port";
        QTest::newRow("address mismatch") << 12 << "another NAT";
        QTest::newRow("peers") << 13 << "remote peers";
        QTest::newRow("unknown") << 42 << "42";
    }
    void resultTexts()
    {
        QFETCH(int, code);
        QFETCH(QString, expected);
        QVERIFY2(pcpResultText(code).contains(expected), qPrintable(pcpResultText(code)));
        if (code >= 1 && code <= 13)
            QVERIFY2(code == 1 || pcpResultText(code).contains(QStringLiteral("result %1").arg(code)),
                     qPrintable(pcpResultText(code)));
    }

    void retransmissions()
    {
        // 2 s budget: sends at 0, ~286 ms, ~857 ms, ~2 s (cut off there).
        QCOMPARE(pcp::retransmitDelayMs(0, 2000, 0), 286);
        QCOMPARE(pcp::retransmitDelayMs(286, 2000, 0), 572);
        QCOMPARE(pcp::retransmitDelayMs(0, 2000, 0.1), 314);
        QCOMPARE(pcp::retransmitDelayMs(0, 2000, -0.5), 257); // jitter is clamped to ±10 %
        // The RFC's initial 3 s is the ceiling of the first wait.
        QCOMPARE(pcp::retransmitDelayMs(0, 60000, 0), 3000);
        // ... and 1024 s the ceiling of any.
        QCOMPARE(pcp::retransmitDelayMs(900000, 60000, 0), 1024000);
    }

    void epochs_data()
    {
        QTest::addColumn<quint32>("previous");
        QTest::addColumn<quint32>("now");
        QTest::addColumn<qint64>("clientSeconds");
        QTest::addColumn<bool>("lost");
        QTest::newRow("steady") << quint32(1000) << quint32(1600) << qint64(600) << false;
        QTest::newRow("a little drift") << quint32(1000) << quint32(1603) << qint64(600) << false;
        QTest::newRow("went back") << quint32(1000) << quint32(20) << qint64(600) << true;
        QTest::newRow("same second") << quint32(1000) << quint32(999) << qint64(0) << false;
        QTest::newRow("restarted and ran a while") << quint32(100000) << quint32(100100) << qint64(600) << true;
        QTest::newRow("server ran fast") << quint32(1000) << quint32(2000) << qint64(600) << true;
    }
    void epochs()
    {
        QFETCH(quint32, previous);
        QFETCH(quint32, now);
        QFETCH(qint64, clientSeconds);
        QFETCH(bool, lost);
        QCOMPARE(pcp::epochSaysStateLost(previous, now, clientSeconds), lost);
    }

    void externalAddressFromADeletion()
    {
        Rig rig;
        QVERIFY(rig.router.start());
        const auto result = rig.address();
        QVERIFY(result);
        QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
        QCOMPARE(result->address, QHostAddress(QStringLiteral("11.22.33.44")));
        QVERIFY(!result->notPublic);
        QVERIFY(!rig.client.localAddress().isNull());
        // One request, which maps nothing: a deletion (lifetime 0) of the
        // discard port, under a fresh nonce that can delete nothing either.
        QTest::qWait(50);
        QCOMPARE(rig.router.requests.size(), 1);
        QCOMPARE(rig.router.internalPortOf(0), quint16(9));
        QCOMPARE(rig.router.lifetimeOf(0), quint32(0));
        // The client address in the request is this host's source address.
        QCOMPARE(rig.router.requests.at(0).mid(8, 16).right(4).toHex(),
                 QByteArray::number(rig.client.localAddress().toIPv4Address(), 16).rightJustified(8, '0'));
    }

    void externalAddressFromAShortMapping()
    {
        // A server that leaves the address out of a deletion's answer: RFC
        // 6887 §11.6's short mapping of the discard port, removed at once.
        Rig rig;
        QVERIFY(rig.router.start());
        rig.router.addressOnDeletion = false;
        const auto result = rig.address();
        QVERIFY(result);
        QCOMPARE(result->address, QHostAddress(QStringLiteral("11.22.33.44")));
        QTRY_COMPARE(rig.router.requests.size(), 3);
        QCOMPARE(rig.router.lifetimeOf(0), quint32(0));
        QCOMPARE(rig.router.lifetimeOf(1), quint32(60));
        QCOMPARE(rig.router.internalPortOf(1), quint16(9));
        QCOMPARE(rig.router.lifetimeOf(2), quint32(0));
        QCOMPARE(rig.router.nonceOf(2), rig.router.nonceOf(1)); // removed with the nonce that made it
        QVERIFY(rig.router.nonceOf(1) != rig.router.nonceOf(0));
    }

    void externalAddressVerdicts_data()
    {
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("external");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("notPublic");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("requests");
        QTest::newRow("public") << 0 << "80.81.82.83" << "80.81.82.83" << false << "" << 1;
        // miniupnpd: nothing to delete (result 8), but the address is told;
        // a reserved one too.
        QTest::newRow("shared, refused") << 8 << "100.64.1.2" << "100.64.1.2" << true << "100.64.1.2" << 1;
        QTest::newRow("private") << 0 << "10.1.2.3" << "10.1.2.3" << true << "not public" << 1;
        QTest::newRow("network failure") << 7 << "" << "" << true << "no public WAN address" << 1;
        // No address in the deletion's answer nor in the short mapping's.
        QTest::newRow("not authorized, no address") << 2 << "" << "" << false << "not authorized" << 2;
    }
    void externalAddressVerdicts()
    {
        QFETCH(int, result);
        QFETCH(QString, external);
        QFETCH(QString, address);
        QFETCH(bool, notPublic);
        QFETCH(QString, error);
        QFETCH(int, requests);
        Rig rig;
        QVERIFY(rig.router.start());
        rig.router.resultCode = quint8(result);
        rig.router.external = external.isEmpty() ? QHostAddress() : QHostAddress(external);
        const auto answer = rig.address();
        QVERIFY(answer);
        QCOMPARE(answer->address.isNull() ? QString() : answer->address.toString(), address);
        QCOMPARE(answer->notPublic, notPublic);
        QVERIFY(!answer->noAnswer);
        QVERIFY2(error.isEmpty() ? answer->error.isEmpty() : answer->error.contains(error), qPrintable(answer->error));
        QTest::qWait(50);
        QCOMPARE(rig.router.requests.size(), requests);
        QCOMPARE(answer->errorCode, external.isEmpty() ? result : 0);
    }

    void natPmpOnlyRouter()
    {
        Rig rig;
        QVERIFY(rig.router.start());
        rig.router.mode = FakePcpRouter::Mode::NatPmpOnly;
        const auto first = rig.address();
        QVERIFY(first);
        QCOMPARE(first->error, QStringLiteral("this router speaks NAT-PMP, not PCP; use natpmp"));
        QCOMPARE(first->errorCode, 1);
        QVERIFY(!first->noAnswer);
        QCOMPARE(rig.router.requests.size(), 1);
        // Remembered: a mapping request gets the same answer without asking.
        const auto mapped = rig.add(mappingRequest(8443, 443));
        QVERIFY(mapped);
        QVERIFY(!mapped->ok);
        QCOMPARE(mapped->errorCode, 1);
        QVERIFY2(mapped->error.contains("use natpmp"), qPrintable(mapped->error));
        QCOMPARE(rig.router.requests.size(), 1);
        rig.client.forgetFailedDiscovery();
        QVERIFY(rig.address());
        QCOMPARE(rig.router.requests.size(), 2);
    }

    void otherNoncesAreIgnored()
    {
        Rig rig;
        QVERIFY(rig.router.start());
        rig.router.mode = FakePcpRouter::Mode::DecoyFirst;
        const auto result = rig.address();
        QVERIFY(result);
        QCOMPARE(result->address, QHostAddress(QStringLiteral("11.22.33.44"))); // not the decoy's 6.6.6.6
    }

    void silentRouterIsRemembered()
    {
        Rig rig(700);
        QVERIFY(rig.router.start());
        rig.router.mode = FakePcpRouter::Mode::Silent;
        QElapsedTimer took;
        took.start();
        const auto result = rig.address();
        QVERIFY(result);
        QVERIFY(took.elapsed() >= 650);
        QVERIFY(result->noAnswer);
        QVERIFY2(result->error.contains("did not answer PCP within 700 ms"), qPrintable(result->error));
        // Resent on the doubling schedule: at 0, ~100, ~300 and ~700 ms.
        QVERIFY2(rig.router.requests.size() >= 3, qPrintable(QString::number(rig.router.requests.size())));
        QCOMPARE(rig.router.requests.first(), rig.router.requests.last()); // the same request, the same nonce
        const qsizetype sent = rig.router.requests.size();
        // Remembered: the next call answers at once, without a packet.
        took.restart();
        const auto again = rig.add(mappingRequest(8443, 443));
        QVERIFY(again);
        QVERIFY(again->noAnswer);
        QVERIFY(took.elapsed() < 300);
        QCOMPARE(rig.router.requests.size(), sent);
        // Until the hold ends.
        rig.clock.advance(601);
        rig.router.mode = FakePcpRouter::Mode::Answer;
        const auto later = rig.address();
        QVERIFY(later);
        QCOMPARE(later->address, QHostAddress(QStringLiteral("11.22.33.44")));
    }

    void nothingListens()
    {
        // 127.3.5.2: no fake there. Loopback answers with ICMP port
        // unreachable, which is "no PCP router" just like silence.
        Rig rig(700, QHostAddress(QStringLiteral("127.3.5.2")));
        const auto result = rig.address();
        QVERIFY(result);
        QVERIFY(result->noAnswer);
        QVERIFY(result->address.isNull());
        QVERIFY2(result->error.contains("127.3.5.2"), qPrintable(result->error));
    }

    void mappingGrantedRenewedRemoved()
    {
        Rig rig;
        QVERIFY(rig.router.start());
        rig.router.grantedPort = 18443;
        rig.router.grantedLifetime = 1800;
        const auto made = rig.add(mappingRequest(8443, 443, 3600));
        QVERIFY(made);
        QVERIFY2(made->ok, qPrintable(made->error));
        QCOMPARE(made->externalPort, quint16(18443)); // another port than asked for, as granted
        QCOMPARE(made->leaseSeconds, 1800);           // the granted lifetime, not the asked one
        QCOMPARE(rig.router.requests.size(), 1);
        QCOMPARE(rig.router.lifetimeOf(0), quint32(3600));
        QCOMPARE(rig.router.requests.at(0).size(), 60); // for this host: no THIRD_PARTY option
        // The renewal repeats the nonce (RFC 6887 §11.2) ...
        const auto renewed = rig.add(mappingRequest(8443, 443, 3600));
        QVERIFY(renewed && renewed->ok);
        QCOMPARE(rig.router.nonceOf(1), rig.router.nonceOf(0));
        // ... and so does the removal, with lifetime 0.
        const auto removed = rig.remove(18443, 443);
        QVERIFY(removed && removed->ok);
        QCOMPARE(removed->externalPort, quint16(18443));
        QCOMPARE(rig.router.lifetimeOf(2), quint32(0));
        QCOMPARE(rig.router.nonceOf(2), rig.router.nonceOf(0));
        // A new mapping of the same port afterwards gets a new nonce.
        QVERIFY(rig.add(mappingRequest(8443, 443, 3600)));
        QVERIFY(rig.router.nonceOf(3) != rig.router.nonceOf(0));
    }

    void mappingRefused()
    {
        Rig rig;
        QVERIFY(rig.router.start());
        rig.router.resultCode = pcp::NotAuthorized;
        const auto refused = rig.add(mappingRequest(8443, 443));
        QVERIFY(refused);
        QVERIFY(!refused->ok);
        QVERIFY(!refused->noAnswer);
        QCOMPARE(refused->errorCode, 2);
        QCOMPARE(refused->error, pcpResultText(2));
        // A refusal is an answer: the router is asked again next time.
        rig.router.resultCode = 0;
        const auto granted = rig.add(mappingRequest(8443, 443));
        QVERIFY(granted && granted->ok);
        QCOMPARE(rig.router.requests.size(), 2);
    }

    void mappingForAnotherHost()
    {
        Rig rig;
        QVERIFY(rig.router.start());
        PortMappingRequest request = mappingRequest(8443, 443);
        request.internalHost = QHostAddress(QStringLiteral("192.168.77.20"));
        QVERIFY(rig.add(request));
        QCOMPARE(rig.router.requests.at(0).size(), 80);
        QCOMPARE(rig.router.requests.at(0).mid(76).toHex(), QByteArray("c0a84d14"));
        // Removed with the same THIRD_PARTY host.
        QVERIFY(rig.remove(8443, 443));
        QCOMPARE(rig.router.requests.at(1).size(), 80);
        QCOMPARE(rig.router.requests.at(1).mid(76).toHex(), QByteArray("c0a84d14"));
    }

    void routerClientsMakeAndForget()
    {
        Rig rig;
        QVERIFY(rig.router.start());
        rig.router.mode = FakePcpRouter::Mode::Silent;
        RouterClients clients(&rig.clock);
        RouterOptions options;
        QVERIFY(RouterOptions::parse(QStringLiteral("pcp?gateway=127.3.5.1&timeout_ms=300"), &options).isEmpty());
        RouterClient *client = clients.client(options);
        QVERIFY(client);
        QCOMPARE(client->protocol(), RouterProtocol::Pcp);
        const auto ask = [&] {
            return test::waitForCallback<ExternalAddressResult>(
                [&](auto done) { client->externalAddress(&rig.context, done); });
        };
        QVERIFY(ask());
        const qsizetype sent = rig.router.requests.size();
        QVERIFY(sent > 0);
        QVERIFY(ask());
        QCOMPARE(rig.router.requests.size(), sent); // remembered
        // An address or network change: worth asking again.
        clients.forgetFailedDiscovery();
        QVERIFY(ask());
        QVERIFY(rig.router.requests.size() > sent);
    }

    void routerSourceReportsCarrierGradeNat()
    {
        Rig rig;
        QVERIFY(rig.router.start());
        rig.router.resultCode = pcp::NoResources; // what miniupnpd answers with a reserved WAN
        rig.router.external = QHostAddress(QStringLiteral("100.64.1.2"));
        const QString spec = QStringLiteral("pcp?gateway=127.3.5.1");
        RouterOptions options;
        QVERIFY(RouterOptions::parse(spec, &options).isEmpty());
        RouterSource source(spec, options, &rig.client);
        const auto answer = test::waitForCallback<SourceAnswer>(
            [&](auto done) { source.query(AddressFamily::IPv4, &rig.context, done); });
        QVERIFY(answer);
        QVERIFY(answer->address.isNull());
        QVERIFY(answer->wanNotPublic);
        QCOMPARE(answer->candidates.size(), 1);
        QCOMPARE(answer->candidates.first().address, QHostAddress(QStringLiteral("100.64.1.2")));
        QVERIFY2(answer->error.contains("100.64.1.2"), qPrintable(answer->error));
    }

    void contextGoneMeansNoCallback()
    {
        Rig rig(300);
        QVERIFY(rig.router.start());
        rig.router.mode = FakePcpRouter::Mode::Silent;
        bool called = false;
        {
            QObject context;
            rig.client.externalAddress(&context, [&called](const ExternalAddressResult &) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestPcp)
#include "tst_pcp.moc"
