// What tells Homing to look again: the real rtnetlink watcher in a network
// namespace of the test's own, the debounce of bursts on a mock clock, and the
// daemon turning events into passes (fake watchers emitted by hand).

#include "daemon/Daemon.h"
#include "events/AddressWatcher.h"
#include "events/ChangeDebouncer.h"
#include "events/ResumeWatcher.h"
#include "storage/HistoryStore.h"
#include "UpdaterRig.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QUrlQuery>
#include <QtTest>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sched.h>

using namespace homing;
using homing::test::FakeHttpClient;
using namespace std::chrono_literals;

namespace {

const QString kDynBase = QStringLiteral("https://dyn.test");
const QString kDyn = kDynBase + QStringLiteral("/nic/update");

const char *kConfig = R"({"version": 1, "check_interval": 300 %1,
            "ip": {"ipv4": {"sources": ["https://echo1.test/"]}},
            "accounts": [{"id": "home", "provider": "noip", "endpoint": "https://dyn.test", "settings": {"username": "u"},
                          "secrets": {"password": "keychain"}}],
            "records": [{"account": "home", "name": "nas.example.com", "type": "A"}]})";

// Runs `ip` with these arguments; the test fails if it does not succeed.
bool ip(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("ip"), arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << "ip" << arguments << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

// A daemon over the rig, with watchers that are never started: the test
// emits their signals itself.
struct DaemonFixture : test::UpdaterRig {
    QString echoAddress = QStringLiteral("81.2.69.160");
    AddressWatcher addresses;
    ResumeWatcher resume;
    std::unique_ptr<Daemon> daemon;
    int started = 0;

    explicit DaemonFixture(const QString &topLevel = QString(), EventTiming timing = {})
    {
        keychain.write("home", "password", "pw", nullptr, [](const SecretStoreResult &) {});
        http.on("https://echo", [this](const HttpRequest &) { return FakeHttpClient::reply(200, echoAddress.toUtf8() + "\n"); });
        http.on(kDyn, [](const HttpRequest &request) {
            return FakeHttpClient::reply(200, "good " + QUrlQuery(request.url).queryItemValue("myip").toUtf8());
        });
        loadConfig(QString::fromLatin1(kConfig).arg(topLevel).toUtf8());
        restart();
        static int serial = 0;
        const QString socket = QStringLiteral("homing-tst-events-%1-%2").arg(QCoreApplication::applicationPid()).arg(++serial);
        daemon = std::make_unique<Daemon>(DaemonParts{*updater, *propagation, *state, *history, clock, &addresses, &resume},
                                          socket, control::Role::Daemon, [] { return ConfigLoadResult{}; }, nullptr, timing);
        QObject::connect(daemon.get(), &Daemon::passStarted, [this] { ++started; });
    }

    // Starts the daemon and waits for its first pass to finish.
    void startAndSettle()
    {
        QString error;
        daemon->start(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_COMPARE(started, 1);
        QTRY_VERIFY(!updater->isRunning());
    }

    int echoRequests() const { return http.count("https://echo"); }
    int updates() const { return http.count(kDyn); }
    RecordState record() const { return state->record("home/nas.example.com/A"); }
};

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

    bool m_ownNamespace = false;

private Q_SLOTS:
    void initTestCase()
    {
        // A network namespace of our own (this thread, and the `ip` it starts):
        // addresses added here touch nothing else. ctest runs inside
        // `unshare -n` (as root, or with --map-root-user), where this is allowed.
        if (::unshare(CLONE_NEWNET) == 0) {
            m_ownNamespace = ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")});
        } else {
            qWarning("cannot make a network namespace (%s): the rtnetlink cases are skipped", std::strerror(errno));
        }
    }

    // -- the real watcher -------------------------------------------------------------------------

    void linuxWatcherSeesAddressChanges_data()
    {
        QTest::addColumn<QStringList>("add");
        QTest::addColumn<QStringList>("remove");
        QTest::newRow("IPv4 on lo") << QStringList{"addr", "add", "127.0.0.9/8", "dev", "lo"}
                                    << QStringList{"addr", "del", "127.0.0.9/8", "dev", "lo"};
        QTest::newRow("IPv6 global on lo") << QStringList{"-6", "addr", "add", "2001:db8::9/64", "dev", "lo", "nodad"}
                                           << QStringList{"-6", "addr", "del", "2001:db8::9/64", "dev", "lo"};
    }

    void linuxWatcherSeesAddressChanges()
    {
        if (!m_ownNamespace)
            QSKIP("no network namespace of our own");
        QFETCH(QStringList, add);
        QFETCH(QStringList, remove);
        AddressWatcher watcher;
        QVERIFY2(watcher.start(), qPrintable(watcher.errorString()));
        QVERIFY(watcher.isActive());
        QSignalSpy spy(&watcher, &AddressWatcher::addressesChanged);

        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(ip(add));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 1000);
        QVERIFY2(elapsed.elapsed() < 1000, "an added address must be reported within a second");

        spy.clear();
        elapsed.restart();
        QVERIFY(ip(remove));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 1000);
        QVERIFY2(elapsed.elapsed() < 1000, "a removed address must be reported within a second");
    }

    // Link-local addresses are never published: their churn is not a reason to look.
    void linuxWatcherIgnoresLinkLocal()
    {
        if (!m_ownNamespace)
            QSKIP("no network namespace of our own");
        AddressWatcher watcher;
        QVERIFY(watcher.start());
        QSignalSpy spy(&watcher, &AddressWatcher::addressesChanged);
        QVERIFY(ip({"-6", "addr", "add", "fe80::99/64", "dev", "lo", "nodad"}));
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
        // ...while the same kind of change to a global address is seen (the watcher works).
        QVERIFY(ip({"-6", "addr", "add", "2001:db8::99/64", "dev", "lo", "nodad"}));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 1000);
        QVERIFY(ip({"-6", "addr", "del", "fe80::99/64", "dev", "lo"}));
        QVERIFY(ip({"-6", "addr", "del", "2001:db8::99/64", "dev", "lo"}));
    }

    // Two hundred changes in one go (a renumbering, a VPN coming up) are read
    // in one wake-up and reported; so is their removal.
    void linuxWatcherReadsABatch()
    {
        if (!m_ownNamespace)
            QSKIP("no network namespace of our own");
        AddressWatcher watcher;
        QVERIFY(watcher.start());
        QSignalSpy spy(&watcher, &AddressWatcher::addressesChanged);
        // Many changes while the event loop does not read: `ip -batch` makes them in one go.
        QTemporaryFile batch;
        QVERIFY(batch.open());
        for (int i = 1; i <= 200; ++i)
            batch.write(QStringLiteral("addr add 10.9.%1.%2/32 dev lo\n").arg(i / 250).arg(i % 250 + 1).toUtf8());
        batch.flush();
        QVERIFY(ip({"-batch", batch.fileName()}));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 1000);
        QVERIFY(ip({"addr", "flush", "dev", "lo", "to", "10.9.0.0/16"}));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 2, 1000);
    }

    // -- the debounce ---------------------------------------------------------------------------

    void debounceFoldsABurst()
    {
        test::MockClock clock;
        ChangeDebouncer debouncer(clock, 300ms, 1000ms);
        QSignalSpy settled(&debouncer, &ChangeDebouncer::settled);
        for (int i = 0; i < 10; ++i)
            debouncer.notice();
        QVERIFY(debouncer.isPending());
        QCOMPARE(debouncer.delay(), 300ms);
        QTRY_COMPARE(settled.count(), 1);
        QTest::qWait(400);
        QCOMPARE(settled.count(), 1);
        QVERIFY(!debouncer.isPending());
    }

    // Each notice restarts the quiet wait, but never past the cap from the
    // first of the burst: a steady storm is acted on within about a second.
    void debounceHasACap()
    {
        test::MockClock clock;
        ChangeDebouncer debouncer(clock, 300ms, 1000ms);
        QSignalSpy settled(&debouncer, &ChangeDebouncer::settled);
        const QDateTime start = clock.now();
        debouncer.notice();
        QCOMPARE(debouncer.delay(), 300ms);
        clock.set(start.addMSecs(250));
        debouncer.notice();
        QCOMPARE(debouncer.delay(), 300ms);
        clock.set(start.addMSecs(800));
        debouncer.notice();
        QCOMPARE(debouncer.delay(), 200ms);
        clock.set(start.addMSecs(1100));
        debouncer.notice();
        QCOMPARE(debouncer.delay(), 0ms);
        QTRY_COMPARE(settled.count(), 1);
        // The next burst starts afresh.
        clock.set(start.addMSecs(1200));
        debouncer.notice();
        QCOMPARE(debouncer.delay(), 300ms);
        QTRY_COMPARE(settled.count(), 2);
    }

    void debounceCancel()
    {
        test::MockClock clock;
        ChangeDebouncer debouncer(clock, 50ms, 1000ms);
        QSignalSpy settled(&debouncer, &ChangeDebouncer::settled);
        debouncer.notice();
        debouncer.cancel();
        QTest::qWait(150);
        QCOMPARE(settled.count(), 0);
    }

    // -- the daemon -----------------------------------------------------------------------------

    // A burst of ten events gives one pass, which publishes the new address
    // and says in the history that an event led to it.
    void burstGivesOnePass()
    {
        DaemonFixture f;
        f.startAndSettle();
        QCOMPARE(f.updates(), 1);
        f.echoAddress = QStringLiteral("81.2.69.161");
        for (int i = 0; i < 10; ++i)
            Q_EMIT f.addresses.addressesChanged();
        QTRY_COMPARE(f.started, 2);
        QTRY_COMPARE(f.updates(), 2);
        QTest::qWait(500);
        QCOMPARE(f.started, 2);
        QCOMPARE(f.echoRequests(), 2);
        QCOMPARE(f.record().confirmedValue, QStringLiteral("81.2.69.161"));
        const auto entries = f.history->entries();
        const auto changed = std::find_if(entries.crbegin(), entries.crend(), [](const HistoryEntry &entry) {
            return entry.result == QLatin1String("address_changed");
        });
        QVERIFY(changed != entries.crend());
        QCOMPARE(changed->newValue, QStringLiteral("81.2.69.161"));
        QVERIFY2(changed->detail.contains("reported an address change"), qPrintable(changed->detail));
    }

    // Events during a pass give exactly one more pass after it.
    void eventsDuringAPassAreCoalesced()
    {
        DaemonFixture f({}, EventTiming{20ms, 100ms, 3000ms});
        f.startAndSettle();
        f.http.setHolding(true);
        f.echoAddress = QStringLiteral("81.2.69.162");
        Q_EMIT f.addresses.addressesChanged();
        QTRY_COMPARE(f.started, 2);
        QTRY_COMPARE(f.http.heldCount(), 1); // the pass waits for its echo answer
        for (int i = 0; i < 5; ++i) {
            Q_EMIT f.addresses.addressesChanged();
            QTest::qWait(40); // each settles while the pass still runs
        }
        f.http.setHolding(false);
        while (f.http.heldCount() > 0)
            f.http.release(0);
        QTRY_COMPARE(f.started, 3);
        QTRY_VERIFY(!f.updater->isRunning());
        QTest::qWait(200);
        QCOMPARE(f.started, 3);
    }

    void resumeWaitsThenPasses()
    {
        DaemonFixture f({}, EventTiming{300ms, 1000ms, 200ms});
        f.startAndSettle();
        f.echoAddress = QStringLiteral("81.2.69.163");
        QElapsedTimer elapsed;
        elapsed.start();
        Q_EMIT f.resume.resumed();
        QTRY_COMPARE(f.started, 2);
        QVERIFY2(elapsed.elapsed() >= 190, "a pass after resume waits for the network to come back");
        QTRY_COMPARE(f.updates(), 2);
        const auto entries = f.history->entries();
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const HistoryEntry &entry) {
            return entry.result == QLatin1String("address_changed") && entry.detail.contains("woke from sleep");
        }));
    }

    void eventsOffInTheConfiguration()
    {
        DaemonFixture f(QStringLiteral(R"(, "watch_addresses": false)"), EventTiming{20ms, 100ms, 3000ms});
        f.startAndSettle();
        for (int i = 0; i < 3; ++i)
            Q_EMIT f.addresses.addressesChanged();
        QTest::qWait(300);
        QCOMPARE(f.started, 1);
    }

    void nothingAfterStop()
    {
        DaemonFixture f({}, EventTiming{20ms, 100ms, 20ms});
        f.startAndSettle();
        f.daemon->stop();
        Q_EMIT f.addresses.addressesChanged();
        Q_EMIT f.resume.resumed();
        QTest::qWait(200);
        QCOMPARE(f.started, 1);
    }

    // The history entry names the trigger only when the address changed; the
    // timer's passes say "at the check interval".
    void timerPassSaysSo()
    {
        QCOMPARE(passTriggerKey(PassTrigger::AddressEvent), QStringLiteral("address_event"));
        QCOMPARE(passTriggerKey(PassTrigger::Resume), QStringLiteral("resume"));
        QCOMPARE(passTriggerKey(PassTrigger::Timer), QStringLiteral("timer"));
        QVERIFY(passTriggerDescription(PassTrigger::Timer).contains("check interval"));
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
