#include "update/UpdateScheduler.h"
#include "UpdaterRig.h"

#include <QUrlQuery>
#include <QtTest>

using namespace homing;
using homing::test::FakeHttpClient;

namespace {

const QString kCanary = QStringLiteral("CANARY-7f3a-SECRET-d41d8cd9");
const QString kDynBase = QStringLiteral("https://dyn.test"); // the account's endpoint
const QString kDyn = kDynBase + QStringLiteral("/nic/update");

// A raw string with "//" inside a class body confuses moc 6.4, so the
// template lives at namespace scope.
const char *kConfigTemplate = R"({"version": 1, "check_interval": 300,
            "ip": {"ipv4": {"sources": ["https://echo1.test/", "https://echo2.test/"]}},
            "accounts": [{"id": "home", "provider": "%1", "endpoint": "%2", "settings": {"username": "u"},
                          "secrets": {"password": "keychain"} %3}],
            "records": [{"account": "home", "name": "nas.example.com", "type": "A" %4}]})";

// An updater on one account and one record, with a dyndns2 server that
// answers as `dyndnsAnswer` says.
struct Fixture : test::UpdaterRig {
    QString echoAddress = QStringLiteral("81.2.69.160");
    QString dyndnsAnswer = QStringLiteral("good");

    explicit Fixture(const QString &accountExtra = QString(), const QString &recordExtra = QString(),
                     const QString &provider = QStringLiteral("noip"))
    {
        keychain.write("home", "password", kCanary, nullptr, [](const SecretStoreResult &) {});
        http.on("https://echo", [this](const HttpRequest &) { return FakeHttpClient::reply(200, echoAddress.toUtf8() + "\n"); });
        http.on(kDyn, [this](const HttpRequest &request) {
            const QString answer = dyndnsAnswer == "good" || dyndnsAnswer == "nochg"
                ? dyndnsAnswer + " " + QUrlQuery(request.url).queryItemValue("myip")
                : dyndnsAnswer;
            return FakeHttpClient::reply(200, answer.toUtf8());
        });
        loadConfig(QString::fromLatin1(kConfigTemplate).arg(provider, kDynBase, accountExtra, recordExtra).toUtf8());
        restart();
    }

    int updates() const { return http.count(kDyn); }
    RecordState record() const { return state->record("home/nas.example.com/A"); }
};

} // namespace

class TestUpdater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstUpdateThenNothing()
    {
        Fixture f;
        PassSummary summary = f.pass();
        QCOMPARE(summary.exitCode(), 0);
        QCOMPARE(f.updates(), 1);
        QCOMPARE(f.record().condition, RecordCondition::InSync);
        QCOMPARE(f.record().confirmedValue, QStringLiteral("81.2.69.160"));
        const QUrlQuery query(f.http.sent().last().request.url);
        QCOMPARE(query.queryItemValue("hostname"), QStringLiteral("nas.example.com"));
        QCOMPARE(query.queryItemValue("myip"), QStringLiteral("81.2.69.160"));

        summary = f.pass();
        QCOMPARE(summary.exitCode(), 0);
        QCOMPARE(f.updates(), 1); // nothing changed: nothing sent
        QCOMPARE(summary.records.first().decision, PlanDecision::InSync);

        f.restart();
        f.pass();
        QCOMPARE(f.updates(), 1); // not after a restart either

        const auto entries = f.history->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].result, QStringLiteral("address_changed"));
        QCOMPARE(entries[0].newValue, QStringLiteral("81.2.69.160"));
        QCOMPARE(entries[1].result, QStringLiteral("ok"));
        QCOMPARE(entries[1].record, QStringLiteral("nas.example.com"));
    }

    void addressChange()
    {
        Fixture f;
        f.pass();
        f.echoAddress = "81.2.69.161";
        f.clock.advance(300);
        QCOMPARE(f.pass().exitCode(), 0);
        QCOMPARE(f.updates(), 2);
        QCOMPARE(QUrlQuery(f.http.sent().last().request.url).queryItemValue("myip"), QStringLiteral("81.2.69.161"));
        const auto entries = f.history->entries();
        QCOMPARE(entries.last().oldValue, QStringLiteral("81.2.69.160"));
        QCOMPARE(entries.last().newValue, QStringLiteral("81.2.69.161"));
    }

    void fatalCodeBlocksAcrossRestarts()
    {
        Fixture f;
        f.dyndnsAnswer = "badauth";
        PassSummary summary = f.pass();
        QCOMPARE(summary.exitCode(), 1);
        QCOMPARE(f.updates(), 1);
        QCOMPARE(f.record().condition, RecordCondition::Blocked);
        QCOMPARE(*f.record().lastResult, ResultKind::AuthFailed);

        f.clock.advance(24 * 3600);
        QCOMPARE(f.pass().exitCode(), 1);
        QCOMPARE(f.updates(), 1);

        f.restart();
        f.clock.advance(24 * 3600);
        f.pass();
        QCOMPARE(f.updates(), 1); // the latch survives a restart

        // The user stores the right password: the block is released.
        f.dyndnsAnswer = "good";
        f.keychain.write("home", "password", "the-right-one", nullptr, [](const SecretStoreResult &) {});
        QCOMPARE(f.pass().exitCode(), 0);
        QCOMPARE(f.updates(), 2);
        QCOMPARE(f.record().condition, RecordCondition::InSync);
    }

    void configChangeReleasesTheBlock()
    {
        Fixture f;
        f.dyndnsAnswer = "nohost";
        f.pass();
        QCOMPARE(f.record().condition, RecordCondition::Blocked);
        f.config.accounts[0].settings["username"] = "corrected";
        f.updater->setConfig(f.config);
        f.dyndnsAnswer = "good";
        f.pass();
        QCOMPARE(f.updates(), 2);
        QCOMPARE(f.record().condition, RecordCondition::InSync);
    }

    void forceRetriesABlockedRecord()
    {
        Fixture f;
        f.dyndnsAnswer = "abuse";
        f.pass();
        f.pass();
        QCOMPARE(f.updates(), 1);
        f.pass(true);
        QCOMPARE(f.updates(), 2);
    }

    void backoffTimeline()
    {
        Fixture f;
        f.http.on(kDyn, 503, "busy");
        f.pass();
        QCOMPARE(f.updates(), 1);
        QCOMPARE(f.record().condition, RecordCondition::Failing);
        QCOMPARE(f.record().nextAttempt, f.clock.now().addSecs(60));
        QCOMPARE(f.updater->nextPassDue(), f.clock.now().addSecs(60));

        f.pass();
        f.clock.advance(59);
        f.pass();
        QCOMPARE(f.updates(), 1); // waiting

        f.clock.advance(2);
        f.pass();
        QCOMPARE(f.updates(), 2);
        QCOMPARE(f.record().consecutiveFailures, 2);
        QCOMPARE(f.record().nextAttempt, f.clock.now().addSecs(120));

        f.restart(); // the wait survives a restart
        f.pass();
        QCOMPARE(f.updates(), 2);

        f.clock.advance(121);
        f.http.on(kDyn, [](const HttpRequest &request) {
            return FakeHttpClient::reply(200, "good " + QUrlQuery(request.url).queryItemValue("myip").toUtf8());
        });
        QCOMPARE(f.pass().exitCode(), 0);
        QCOMPARE(f.record().condition, RecordCondition::InSync);
        QCOMPARE(f.record().consecutiveFailures, 0);
    }

    void timeoutIsTransientAndUncertain()
    {
        Fixture f;
        f.http.on(kDyn, [](const HttpRequest &) { return FakeHttpClient::failure(TransportError::Timeout); });
        f.pass();
        QCOMPARE(f.record().condition, RecordCondition::Failing);
        QCOMPARE(*f.record().lastResult, ResultKind::NetworkError);
        QVERIFY(f.record().confirmedUncertain);
    }

    void retryAfterIsHonoured()
    {
        Fixture f;
        f.http.on(kDyn, [](const HttpRequest &) { return FakeHttpClient::reply(429, "slow down", {{"Retry-After", "7200"}}); });
        f.pass();
        QCOMPARE(*f.record().lastResult, ResultKind::RateLimited);
        QCOMPARE(f.record().nextAttempt, f.clock.now().addSecs(7200));
    }

    void dyndns911WaitsHalfAnHour()
    {
        Fixture f;
        f.dyndnsAnswer = "911";
        f.pass();
        QCOMPARE(f.record().nextAttempt, f.clock.now().addSecs(1800));
    }

    void keepAlive()
    {
        Fixture f; // No-IP: 25 days
        f.pass();
        f.clock.advance(24 * 24 * 3600);
        f.pass();
        QCOMPARE(f.updates(), 1);
        f.clock.advance(24 * 3600 + 1);
        f.dyndnsAnswer = "nochg";
        QCOMPARE(f.pass().exitCode(), 0);
        QCOMPARE(f.updates(), 2);
        QCOMPARE(f.record().lastSuccess, f.clock.now());
    }

    void notPublicIsNeverSent()
    {
        Fixture f;
        f.echoAddress = "100.64.1.2";
        QCOMPARE(f.pass().exitCode(), 1);
        f.pass();
        QCOMPARE(f.updates(), 0);
        QCOMPARE(f.record().condition, RecordCondition::Failing);
        QCOMPARE(*f.record().lastResult, ResultKind::AddressNotPublic);
        int refusals = 0;
        for (const auto &entry : f.history->entries())
            refusals += entry.result == "address_not_public" ? 1 : 0;
        QCOMPARE(refusals, 1);
    }

    void privateAllowedWhenAsked()
    {
        Fixture f(QString(), QStringLiteral(R"(, "allow_private": true)"));
        f.echoAddress = "192.168.1.5";
        QCOMPARE(f.pass().exitCode(), 0);
        QCOMPARE(f.updates(), 1);
    }

    void sourcesThatDisagreeMoveNothing()
    {
        Fixture f;
        f.http.on("https://echo2", 200, "6.6.6.6");
        QCOMPARE(f.pass().exitCode(), 1);
        QCOMPARE(f.updates(), 0);
        QVERIFY(!f.state->detection(AddressFamily::IPv4)->accepted());
    }

    void lockedKeychainSendsNothing()
    {
        Fixture f;
        f.keychain.setUnavailable(true);
        QCOMPARE(f.pass().exitCode(), 1);
        QCOMPARE(f.updates(), 0);
        QCOMPARE(*f.record().lastResult, ResultKind::SecretUnavailable);
        f.keychain.setUnavailable(false);
        QCOMPARE(f.pass().exitCode(), 0);
        QCOMPARE(f.updates(), 1);
    }

    void inSyncRecordsDoNotTouchTheKeychain()
    {
        Fixture f;
        f.pass();
        const int reads = f.keychain.reads();
        f.pass();
        QCOMPARE(f.keychain.reads(), reads);
    }

    void plainHttpIsRefusedBeforeSending()
    {
        Fixture f;
        f.config.accounts[0].endpoint = QUrl("http://dyn.test");
        f.updater->setConfig(f.config);
        QCOMPARE(f.pass().exitCode(), 1);
        QCOMPARE(f.http.count("http://dyn.test"), 0);
        QCOMPARE(f.record().condition, RecordCondition::Blocked);
        QVERIFY(f.record().lastError().contains("plain HTTP"));

        f.config.accounts[0].allowInsecureHttp = true;
        f.updater->setConfig(f.config);
        f.http.on("http://dyn.test", 200, "good 81.2.69.160");
        QCOMPARE(f.pass().exitCode(), 0);
        QCOMPARE(f.http.count("http://dyn.test"), 1);
    }

    void secretsNeverReachStateOrHistory()
    {
        Fixture f;
        // A provider that repeats the credential back in its error text.
        f.http.on(kDyn, [](const HttpRequest &) {
            return FakeHttpClient::reply(200, "unexpected: password=" + kCanary.toUtf8() + " / "
                                                  + QUrl::toPercentEncoding(kCanary));
        });
        f.pass();
        QVERIFY(!f.record().lastError().isEmpty());
        for (const QString &name : {QStringLiteral("state.json"), QStringLiteral("history.jsonl")}) {
            QFile file(f.dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(kCanary.toUtf8()), qPrintable(name));
            QVERIFY2(content.contains("[redacted]"), qPrintable(name + ": " + content));
        }
    }

    void userAgentOnEveryRequest()
    {
        Fixture f;
        f.pass();
        QVERIFY(f.http.sent().size() >= 3);
        for (const auto &sent : f.http.sent())
            QCOMPARE(sent.options.userAgent, QByteArray("Homing/test (unit)"));
    }

    void credentialsNeverFollowRedirects()
    {
        Fixture f;
        f.http.on(kDyn, [](const HttpRequest &) {
            return FakeHttpClient::reply(302, {}, {{"Location", "https://elsewhere.test/?token=x"}});
        });
        f.pass();
        QCOMPARE(f.updates(), 1);
        QCOMPARE(f.http.count("https://elsewhere"), 0);
        QCOMPARE(*f.record().lastResult, ResultKind::BadResponse);
        QVERIFY(f.record().lastError().contains("elsewhere.test"));
        QVERIFY2(!f.record().lastError().contains("token=x"), "the query of a redirect target is not repeated");
    }

    void schedulerQueuesRequests()
    {
        Fixture f;
        UpdateScheduler scheduler(*f.updater, f.clock);
        int finished = 0;
        scheduler.requestPass({}, [&](const PassSummary &) { ++finished; });
        scheduler.requestPass(PassOptions{true, {}, {}}, [&](const PassSummary &) { ++finished; });
        QTRY_COMPARE(finished, 2);
        QCOMPARE(f.updates(), 2); // the second was forced
    }

    void noPassStormWhenARetryCannotBeMade()
    {
        Fixture f;
        f.http.on(kDyn, 503, "busy");
        f.pass();
        QCOMPARE(f.updater->nextPassDue(), f.clock.now().addSecs(60));
        // The retry comes due, but the sources now disagree: nothing can be sent.
        f.clock.advance(61);
        f.http.on("https://echo2", 200, "6.6.6.6");
        f.pass();
        QCOMPARE(f.record().condition, RecordCondition::Failing);
        QVERIFY(f.record().nextAttempt < f.clock.now());
        QCOMPARE(f.updater->nextPassDue(), f.clock.now().addSecs(300));
    }

    void nextPassAfterSuccessIsTheInterval()
    {
        Fixture f;
        f.pass();
        QCOMPARE(f.updater->nextPassDue(), f.clock.now().addSecs(300));
    }
};

QTEST_GUILESS_MAIN(TestUpdater)
#include "tst_updater.moc"
