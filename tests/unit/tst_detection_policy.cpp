#include "address/AddressDetector.h"
#include "address/DetectionPolicy.h"
#include "notify/Notifier.h"
#include "storage/StateStore.h"

#include "MockClock.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace homing;
using homing::test::MockClock;

namespace {

// A source that answers at once with what the test set, and counts how often it was asked.
class FakeSource final : public IpSource
{
public:
    FakeSource(QString spec, SourceKind kind, std::shared_ptr<int> asked)
        : m_spec(std::move(spec))
        , m_kind(kind)
        , m_asked(std::move(asked))
    {
    }

    void answer(const QString &address, bool wanNotPublic = false)
    {
        m_address = QHostAddress(address);
        m_wanNotPublic = wanNotPublic;
    }

    QString spec() const override { return m_spec; }
    SourceKind kind() const override { return m_kind; }
    void query(AddressFamily, QObject *, Callback done) override
    {
        ++*m_asked;
        SourceAnswer answer(m_spec, m_address, m_address.isNull() ? QStringLiteral("no answer in time") : QString());
        answer.wanNotPublic = m_wanNotPublic;
        done(answer);
    }

private:
    QString m_spec;
    SourceKind m_kind;
    std::shared_ptr<int> m_asked;
    QHostAddress m_address;
    bool m_wanNotPublic = false;
};

const QString kRouterPublic = QStringLiteral("81.2.69.160");
const QString kEchoPublic = QStringLiteral("81.2.69.200");

// One family's sources as a test sets them up, detected the way the updater
// does: each detection gets the previous one from state.json.
struct Rig {
    MockClock clock;
    QTemporaryDir dir;
    AddressFamily family = AddressFamily::IPv4;
    double crossCheckHours = 24;
    bool publishBehindCgnat = false;
    int minAgree = 2;
    std::shared_ptr<int> localAsked = std::make_shared<int>(0);
    std::shared_ptr<int> echoAsked = std::make_shared<int>(0);
    // What each source answers; a null string: no answer.
    QString router = kRouterPublic;
    bool wanNotPublic = false;
    QString interfaceAddress;
    bool withRouter = true;
    bool withInterface = false;
    QStringList echo{kRouterPublic, kRouterPublic, kRouterPublic};

    QString statePath() const { return dir.filePath(QStringLiteral("state.json")); }

    std::optional<DetectionResult> previous()
    {
        StateStore state(statePath());
        state.load();
        return state.detection(family);
    }

    DetectionResult detect()
    {
        AddressDetector::Sources sources;
        if (withRouter) {
            auto source = std::make_unique<FakeSource>(QStringLiteral("upnp"), SourceKind::Router, localAsked);
            source->answer(router, wanNotPublic);
            sources.push_back(std::move(source));
        }
        if (withInterface) {
            auto source = std::make_unique<FakeSource>(QStringLiteral("interface:*"), SourceKind::Interface, localAsked);
            source->answer(interfaceAddress);
            sources.push_back(std::move(source));
        }
        for (qsizetype i = 0; i < echo.size(); ++i) {
            auto source = std::make_unique<FakeSource>(QStringLiteral("https://echo%1.test/").arg(i), SourceKind::Echo,
                                                       echoAsked);
            source->answer(echo.at(i));
            sources.push_back(std::move(source));
        }
        AddressDetector detector(family, std::move(sources), minAgree, clock);
        detector.setPolicy(crossCheckHours, publishBehindCgnat, previous());
        std::optional<DetectionResult> result;
        QObject context;
        detector.detect(&context, [&result](const DetectionResult &detected) { result = detected; });
        if (!result)
            qFatal("the detector did not answer");
        // As the updater does: the detection goes to state.json, and the next
        // detection reads it from a freshly loaded store (a restart).
        StateStore state(statePath());
        state.load();
        state.setDetection(*result);
        state.compact();
        return *result;
    }

    int echoRequestsDuring(const std::function<void()> &step)
    {
        const int before = *echoAsked;
        step();
        return *echoAsked - before;
    }
};

} // namespace

class TestDetectionPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A router with a public WAN address: the echo services confirm it once,
    // then are not asked again while it stays the same.
    void routerPublicNoEcho()
    {
        Rig rig;
        DetectionResult first;
        QCOMPARE(rig.echoRequestsDuring([&] { first = rig.detect(); }), 3); // never cross-checked yet
        QCOMPARE(first.address, QHostAddress(kRouterPublic));
        QVERIFY(!first.nat.detected);
        for (int i = 0; i < 12; ++i) {
            rig.clock.advance(300);
            DetectionResult next;
            QCOMPARE(rig.echoRequestsDuring([&] { next = rig.detect(); }), 0);
            QCOMPARE(next.address, QHostAddress(kRouterPublic));
            QVERIFY(next.error.isEmpty());
        }
        QCOMPARE(*rig.localAsked, 13);
    }

    void routerChangedAsksEchoOnce()
    {
        Rig rig;
        rig.detect();
        rig.clock.advance(300);
        rig.router = QStringLiteral("81.2.69.161");
        rig.echo = {rig.router, rig.router, rig.router};
        DetectionResult changed;
        QCOMPARE(rig.echoRequestsDuring([&] { changed = rig.detect(); }), 3);
        QCOMPARE(changed.address, QHostAddress(rig.router));
        rig.clock.advance(300);
        QCOMPARE(rig.echoRequestsDuring([&] { rig.detect(); }), 0);
    }

    // The time of the last cross-check survives a restart (each detection
    // here reads it back from state.json), so a restart does not re-ask.
    void crossCheckDueAfterHours_data()
    {
        QTest::addColumn<double>("hours");
        QTest::newRow("default day") << 24.0;
        QTest::newRow("six hours") << 6.0;
    }

    void crossCheckDueAfterHours()
    {
        QFETCH(double, hours);
        Rig rig;
        rig.crossCheckHours = hours;
        rig.detect();
        const qint64 interval = qint64(hours * 3600);
        rig.clock.advance(interval - 300);
        QCOMPARE(rig.echoRequestsDuring([&] { rig.detect(); }), 0);
        rig.clock.advance(300);
        DetectionResult due;
        QCOMPARE(rig.echoRequestsDuring([&] { due = rig.detect(); }), 3);
        QCOMPARE(due.echoCheckedAt, rig.clock.now());
        rig.clock.advance(300);
        QCOMPARE(rig.echoRequestsDuring([&] { rig.detect(); }), 0);
    }

    // The router's public address is not the one the echo services see:
    // another NAT stands in between, and nothing is accepted.
    void routerEchoDisagreeIsDoubleNat()
    {
        Rig rig;
        rig.echo = {kEchoPublic, kEchoPublic, kEchoPublic};
        const DetectionResult result = rig.detect();
        QVERIFY(!result.accepted());
        QVERIFY(result.nat.detected);
        QVERIFY(result.nat.kind == NatFinding::Kind::DoubleNat);
        QCOMPARE(result.nat.routerAddress, QHostAddress(kRouterPublic));
        QCOMPARE(result.nat.publicAddress, QHostAddress(kEchoPublic));
        QVERIFY2(result.error.contains(QStringLiteral("double NAT")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("publish_behind_cgnat")), qPrintable(result.error));
        // It stands at the next checks without asking again, until a cross-check is due.
        rig.clock.advance(300);
        DetectionResult next;
        QCOMPARE(rig.echoRequestsDuring([&] { next = rig.detect(); }), 0);
        QVERIFY(!next.accepted());
        QVERIFY(next.nat.detected);
        QCOMPARE(next.nat.since, result.nat.since);
        // The echo services now see the router's address: the double NAT is gone.
        rig.clock.advance(24 * 3600);
        rig.echo = {kRouterPublic, kRouterPublic, kRouterPublic};
        const DetectionResult cleared = rig.detect();
        QVERIFY(!cleared.nat.detected);
        QCOMPARE(cleared.address, QHostAddress(kRouterPublic));
    }

    void wanNotPublicIsCarrierGradeNat_data()
    {
        QTest::addColumn<QString>("router");
        QTest::addColumn<bool>("wanNotPublic");
        QTest::addColumn<int>("kind");
        QTest::newRow("router says so") << QString() << true << int(NatFinding::Kind::CarrierGrade);
        QTest::newRow("shared 100.64/10") << QStringLiteral("100.64.3.4") << false << int(NatFinding::Kind::CarrierGrade);
        QTest::newRow("private WAN") << QStringLiteral("10.1.2.3") << false << int(NatFinding::Kind::DoubleNat);
    }

    void wanNotPublicIsCarrierGradeNat()
    {
        QFETCH(QString, router);
        QFETCH(bool, wanNotPublic);
        QFETCH(int, kind);
        Rig rig;
        rig.router = router;
        rig.wanNotPublic = wanNotPublic;
        rig.echo = {kEchoPublic, kEchoPublic, kEchoPublic};
        DetectionResult result;
        QCOMPARE(rig.echoRequestsDuring([&] { result = rig.detect(); }), 3); // to learn the public address
        QVERIFY(!result.accepted());
        QVERIFY(result.nat.detected);
        QCOMPARE(int(result.nat.kind), kind);
        QCOMPARE(result.nat.publicAddress, QHostAddress(kEchoPublic));
        QCOMPARE(result.nat.routerAddress, QHostAddress(router));
        QVERIFY(!result.nat.publishing);
        QVERIFY2(result.error.contains(QStringLiteral("not published")), qPrintable(result.error));
        if (kind == int(NatFinding::Kind::CarrierGrade))
            QVERIFY(result.error.contains(QStringLiteral("shares one public IPv4 among many customers")));
        // Known now: the echo services are not asked at every check.
        rig.clock.advance(300);
        QCOMPARE(rig.echoRequestsDuring([&] { rig.detect(); }), 0);
        QVERIFY(rig.previous()->nat.detected);
        QCOMPARE(rig.previous()->nat.publicAddress, QHostAddress(kEchoPublic));
    }

    // A router that had a public address and now says it has none: asked
    // once to learn the public address, then known.
    void routerTurnsCarrierGrade()
    {
        Rig rig;
        rig.detect();
        rig.clock.advance(300);
        rig.router = QString();
        rig.wanNotPublic = true;
        rig.echo = {kEchoPublic, kEchoPublic, kEchoPublic};
        DetectionResult turned;
        QCOMPARE(rig.echoRequestsDuring([&] { turned = rig.detect(); }), 3);
        QVERIFY(turned.nat.detected);
        QVERIFY(!turned.accepted());
        rig.clock.advance(300);
        QCOMPARE(rig.echoRequestsDuring([&] { rig.detect(); }), 0);
    }

    void publishBehindCgnatPublishesEchoConsensus()
    {
        Rig rig;
        rig.router = QStringLiteral("100.64.3.4");
        rig.publishBehindCgnat = true;
        rig.echo = {kEchoPublic, kEchoPublic, QStringLiteral("81.2.69.9")};
        const DetectionResult result = rig.detect();
        QCOMPARE(result.address, QHostAddress(kEchoPublic));
        QVERIFY(result.nat.detected);
        QVERIFY(result.nat.publishing);
        // Behind the provider's NAT only the echo services see the published
        // address: asked at every check.
        rig.clock.advance(300);
        QCOMPARE(rig.echoRequestsDuring([&] { rig.detect(); }), 3);
        // Without consensus nothing is accepted.
        rig.echo = {kEchoPublic, QStringLiteral("81.2.69.9"), QString()};
        rig.clock.advance(300);
        const DetectionResult split = rig.detect();
        QVERIFY(!split.accepted());
        QVERIFY(split.error.contains(QStringLiteral("disagree")));
    }

    // An interface's global IPv6 address is the host's own: no echo service.
    void interfaceOnlyIpv6NoEcho()
    {
        Rig rig;
        rig.family = AddressFamily::IPv6;
        rig.withRouter = false;
        rig.withInterface = true;
        rig.interfaceAddress = QStringLiteral("2a00:1450:4001:80b::1");
        rig.echo = {QStringLiteral("2a00:1450:4001:80b::99"), QStringLiteral("2a00:1450:4001:80b::99")};
        for (int i = 0; i < 3; ++i) {
            DetectionResult result;
            QCOMPARE(rig.echoRequestsDuring([&] { result = rig.detect(); }), 0);
            QCOMPARE(result.address, QHostAddress(rig.interfaceAddress));
            QVERIFY(!result.nat.detected);
            rig.clock.advance(25 * 3600);
        }
    }

    // No local source answered (or only a private interface address): the
    // echo services decide exactly as without local sources.
    void noLocalAnswerEchoConsensusUnchanged_data()
    {
        QTest::addColumn<QStringList>("echo");
        QTest::addColumn<int>("minAgree");
        QTest::addColumn<QString>("interfaceAddress");
        QTest::newRow("agree") << QStringList{kEchoPublic, kEchoPublic, QString()} << 2 << QString();
        QTest::newRow("too few") << QStringList{kEchoPublic, QString(), QString()} << 2 << QString();
        QTest::newRow("disagree") << QStringList{kEchoPublic, QStringLiteral("81.2.69.9"), QString()} << 1 << QString();
        QTest::newRow("none") << QStringList{QString(), QString(), QString()} << 1 << QString();
        QTest::newRow("private interface") << QStringList{kEchoPublic, kEchoPublic, kEchoPublic} << 3
                                           << QStringLiteral("192.168.1.20");
    }

    void noLocalAnswerEchoConsensusUnchanged()
    {
        QFETCH(QStringList, echo);
        QFETCH(int, minAgree);
        QFETCH(QString, interfaceAddress);
        Rig rig;
        rig.router = QString();
        rig.withInterface = !interfaceAddress.isEmpty();
        rig.interfaceAddress = interfaceAddress;
        rig.echo = echo;
        rig.minAgree = minAgree;
        DetectionResult result;
        QCOMPARE(rig.echoRequestsDuring([&] { result = rig.detect(); }), int(echo.size()));
        QList<SourceAnswer> echoAnswers;
        for (qsizetype i = 0; i < echo.size(); ++i)
            echoAnswers.append(SourceAnswer(QStringLiteral("https://echo%1.test/").arg(i), QHostAddress(echo.at(i))));
        const DetectionResult expected = decideByConsensus(AddressFamily::IPv4, echoAnswers, minAgree);
        QCOMPARE(result.address, expected.address);
        QCOMPARE(result.error, expected.error);
        QVERIFY(!result.nat.detected);
    }

    // Without local sources nothing changes: every echo service at every check.
    void noLocalSourcesAskEveryTime()
    {
        Rig rig;
        rig.withRouter = false;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rig.echoRequestsDuring([&] { rig.detect(); }), 3);
            rig.clock.advance(300);
        }
    }

    // min_agree counts echo services and is capped at how many are listed.
    void minAgreeCappedAtEchoServices()
    {
        Rig rig;
        rig.echo = {kEchoPublic};
        rig.minAgree = 2;
        const DetectionResult result = rig.detect();
        QVERIFY(result.nat.detected); // one echo service is enough to contradict the router
        QCOMPARE(result.nat.publicAddress, QHostAddress(kEchoPublic));
    }

    // A cross-check that cannot decide does not hold the router's answer back;
    // the next check tries again.
    void inconclusiveCrossCheckAcceptsRouter()
    {
        Rig rig;
        rig.echo = {QString(), QString(), QString()};
        const DetectionResult result = rig.detect();
        QCOMPARE(result.address, QHostAddress(kRouterPublic));
        QVERIFY(!result.echoCheckedAt.isValid());
        rig.clock.advance(300);
        QCOMPARE(rig.echoRequestsDuring([&] { rig.detect(); }), 3);
    }

    // A router that does not answer once does not lift a carrier-grade NAT found before.
    void natStandsWhileRouterSilent()
    {
        Rig rig;
        rig.router = QStringLiteral("100.64.3.4");
        rig.echo = {kEchoPublic, kEchoPublic, kEchoPublic};
        rig.detect();
        rig.router = QString();
        rig.clock.advance(300);
        const DetectionResult result = rig.detect();
        QVERIFY(!result.accepted());
        QVERIFY(result.nat.detected);
    }

    void statusShapeAndNotifications()
    {
        NatFinding finding;
        finding.detected = true;
        finding.kind = NatFinding::Kind::CarrierGrade;
        finding.routerAddress = QHostAddress(QStringLiteral("100.64.3.4"));
        finding.publicAddress = QHostAddress(kEchoPublic);
        finding.since = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        const QJsonObject json = natFindingToJson(finding).toObject();
        QCOMPARE(json.value("kind").toString(), QStringLiteral("carrier_grade"));
        QCOMPARE(json.value("router_address").toString(), QStringLiteral("100.64.3.4"));
        QCOMPARE(json.value("public_address").toString(), kEchoPublic);
        QCOMPARE(json.value("since").toString(), QStringLiteral("2026-11-26T10:00:00Z"));
        QCOMPARE(json.value("publishing").toBool(), false);
        QVERIFY(json.value("message").toString().contains("use IPv6, ask your provider for a public address, or use a tunnel such as frp"));
        QVERIFY(natFindingToJson(NatFinding{}).isNull());
        const NatFinding back = natFindingFromJson(json);
        QCOMPARE(back.routerAddress, finding.routerAddress);
        QCOMPARE(back.since, finding.since);

        const NatFinding none;
        const auto found = notificationsForNat(none, finding);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().kind == Notification::Kind::CarrierGradeNat);
        QVERIFY(found.first().body.contains("shares one public IPv4 among many customers"));
        QVERIFY(notificationsForNat(finding, finding).isEmpty()); // once, not at every check
        QCOMPARE(notificationsForNat(finding, none).size(), 1);
        NatFinding doubleNat = finding;
        doubleNat.kind = NatFinding::Kind::DoubleNat;
        doubleNat.routerAddress = QHostAddress(kRouterPublic);
        QVERIFY(notificationsForNat(none, doubleNat).first().body.contains("double NAT"));
    }
};

QTEST_GUILESS_MAIN(TestDetectionPolicy)
#include "tst_detection_policy.moc"
