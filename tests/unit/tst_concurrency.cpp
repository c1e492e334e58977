// How a pass spends requests: accounts side by side, a provider's parallel
// limit within one account, records that take the same address in one
// request, answers in any order, and a shutdown mid-pass.
#include "UpdaterRig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QtTest>

using namespace homing;
using homing::test::FakeHttpClient;

namespace {

const QString kAddress = QStringLiteral("81.2.69.160");

QJsonObject webhookAccount(const QString &id)
{
    return {{"id", id},
            {"provider", "custom"},
            {"settings", QJsonObject{{"url", QStringLiteral("https://%1.test/update?host={name}&ip={ip}").arg(id)},
                                     {"method", "GET"},
                                     {"success_pattern", "ok"}}}};
}

QJsonObject noipAccount(const QString &id)
{
    return {{"id", id},
            {"provider", "noip"},
            {"endpoint", QStringLiteral("https://%1.test").arg(id)},
            {"settings", QJsonObject{{"username", "u"}}},
            {"secrets", QJsonObject{{"password", "keychain"}}}};
}

QJsonObject record(const QString &account, const QString &name, const QString &type = QStringLiteral("A"))
{
    return {{"account", account}, {"name", name}, {"type", type}};
}

struct Fixture : test::UpdaterRig {
    Fixture(const QJsonArray &accounts, const QJsonArray &records, bool ipv6 = false)
    {
        for (const auto &account : accounts)
            keychain.write(account.toObject().value("id").toString(), "password", "pw", nullptr, [](const SecretStoreResult &) {});
        http.on("https://echo.test/v4", 200, kAddress.toUtf8());
        http.on("https://echo.test/v6", 200, "2a00:1450::1");
        QJsonObject ip{{"ipv4", QJsonObject{{"sources", QJsonArray{"https://echo.test/v4"}}}}};
        if (ipv6)
            ip.insert("ipv6", QJsonObject{{"enabled", true}, {"sources", QJsonArray{"https://echo.test/v6"}}});
        const QJsonObject root{{"version", 1}, {"ip", ip}, {"accounts", accounts}, {"records", records}};
        historyLimit = 1000;
        loadConfig(QJsonDocument(root).toJson());
        restart();
    }

    // Starts a pass whose requests to providers wait until released; the
    // detection's own requests are answered.
    void startHeld(bool &done, PassSummary &summary)
    {
        http.setHolding(true);
        startPass(done, summary);
        for (int i = 0; i < 100 && http.heldCount() < 1; ++i)
            QTest::qWait(5);
        QCOMPARE(http.heldCount(), qsizetype(1));
        QVERIFY(http.heldRequest(0).url.host() == QLatin1String("echo.test"));
        http.release(0);
    }

    // Waits until `count` requests to providers are held (echo requests are answered at once).
    bool waitForHeld(qsizetype count)
    {
        QTest::qWait(0);
        for (int i = 0; i < 100 && http.heldCount() < count; ++i)
            QTest::qWait(5);
        QTest::qWait(20); // and no more come
        return http.heldCount() == count;
    }

    RecordState stateOf(const QString &account, const QString &name, const QString &type = QStringLiteral("A")) const
    {
        return state->record(QStringLiteral("%1/%2/%3").arg(account, name, type));
    }
};

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountsRunSideBySide()
    {
        Fixture f({webhookAccount("one"), webhookAccount("two"), webhookAccount("three")},
                  {record("one", "a.example.net"), record("two", "b.example.net"), record("three", "c.example.net")});
        f.http.on("https://one.test", 200, "ok");
        f.http.on("https://two.test", 200, "ok");
        f.http.on("https://three.test", 200, "ok");
        bool done = false;
        PassSummary summary;
        f.startHeld(done, summary);
        QVERIFY2(f.waitForHeld(3), qPrintable(QString::number(f.http.heldCount())));
        // Answer in reverse order: the summary still lists records in configuration order.
        for (qsizetype i = f.http.heldCount() - 1; i >= 0; --i)
            f.http.release(i);
        QTRY_VERIFY(done);
        QCOMPARE(summary.exitCode(), 0);
        QCOMPARE(summary.records.size(), 3);
        QCOMPARE(summary.records.at(0).name, QStringLiteral("a.example.net"));
        QCOMPARE(summary.records.at(1).name, QStringLiteral("b.example.net"));
        QCOMPARE(summary.records.at(2).name, QStringLiteral("c.example.net"));
        QVERIFY(!QFile::exists(f.state->journalPath())); // folded into state.json at the end
    }

    void oneAccountHonoursTheProviderLimit()
    {
        QJsonArray records;
        for (int i = 0; i < 6; ++i)
            records.append(record("hook", QStringLiteral("h%1.example.net").arg(i)));
        Fixture f({webhookAccount("hook")}, records);
        f.http.on("https://hook.test", 200, "ok");
        bool done = false;
        PassSummary summary;
        f.startHeld(done, summary);
        QVERIFY(f.waitForHeld(4)); // custom: four at once
        // Requests go out in configuration order.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(QUrlQuery(f.http.heldRequest(i).url).queryItemValue("host"), QStringLiteral("h%1.example.net").arg(i));
        // While they are out, each record is marked uncertain, durably.
        StateStore reader(f.state->path());
        QVERIFY(reader.load().isEmpty());
        QVERIFY(reader.record("hook/h0.example.net/A").confirmedUncertain);
        QVERIFY(reader.record("hook/h3.example.net/A").confirmedUncertain);
        QVERIFY(!reader.hasRecord("hook/h4.example.net/A") || !reader.record("hook/h4.example.net/A").confirmedUncertain);

        f.http.release(2);
        QVERIFY(f.waitForHeld(4)); // one answered, the next one sent
        QCOMPARE(QUrlQuery(f.http.heldRequest(3).url).queryItemValue("host"), QStringLiteral("h4.example.net"));
        while (f.http.heldCount() > 0) {
            f.http.release(0);
            QTest::qWait(5);
        }
        QTRY_VERIFY(done);
        QCOMPARE(summary.exitCode(), 0);
        QCOMPARE(f.http.count("https://hook.test"), 6);
    }

    // dyndns2: 25 records that take the same address go in two requests
    // (20 + 5), one at a time, and each host's line is classified on its own.
    void dyndns2RecordsShareARequest()
    {
        QJsonArray records;
        for (int i = 0; i < 25; ++i)
            records.append(record("dyn", QStringLiteral("h%1.ddns.net").arg(i, 2, 10, QLatin1Char('0'))));
        Fixture f({noipAccount("dyn")}, records);
        f.http.on("https://dyn.test/nic/update", [](const HttpRequest &request) {
            QStringList lines;
            for (const auto &host : QUrlQuery(request.url).queryItemValue("hostname").split(','))
                lines.append(host == "h07.ddns.net" ? QStringLiteral("nohost") : QStringLiteral("good 81.2.69.160"));
            return FakeHttpClient::reply(200, lines.join('\n').toUtf8());
        });
        bool done = false;
        PassSummary summary;
        f.startHeld(done, summary);
        QVERIFY(f.waitForHeld(1)); // one request at a time for this family of services
        const QUrlQuery first(f.http.heldRequest(0).url);
        QCOMPARE(first.queryItemValue("hostname").split(',').size(), 20);
        QVERIFY(f.http.heldRequest(0).url.toString(QUrl::FullyEncoded).contains("hostname=h00.ddns.net,h01.ddns.net,"));
        QCOMPARE(first.queryItemValue("myip"), kAddress);
        f.http.release(0);
        QVERIFY(f.waitForHeld(1));
        QCOMPARE(QUrlQuery(f.http.heldRequest(0).url).queryItemValue("hostname"),
                 QStringLiteral("h20.ddns.net,h21.ddns.net,h22.ddns.net,h23.ddns.net,h24.ddns.net"));
        f.http.release(0);
        QTRY_VERIFY(done);
        QCOMPARE(f.http.count("https://dyn.test"), 2);
        QCOMPARE(f.stateOf("dyn", "h07.ddns.net").condition, RecordCondition::Blocked);
        QCOMPARE(*f.stateOf("dyn", "h07.ddns.net").lastResult, ResultKind::NoSuchHost);
        QCOMPARE(f.stateOf("dyn", "h06.ddns.net").condition, RecordCondition::InSync);
        QCOMPARE(f.stateOf("dyn", "h24.ddns.net").condition, RecordCondition::InSync);
        QCOMPARE(f.stateOf("dyn", "h24.ddns.net").confirmedValue, kAddress);
        QCOMPARE(f.history->entries().size(), 26); // the address change and one line per record
    }

    // A single "nohost" for a list of hosts does not say whose it is: each
    // host is asked again on its own, and only the one at fault is blocked.
    void anAnswerForSeveralHostsThatNamesNoneIsAskedAgainAlone()
    {
        Fixture f({noipAccount("dyn")}, {record("dyn", "h0.ddns.net"), record("dyn", "h1.ddns.net"), record("dyn", "h2.ddns.net")});
        f.http.on("https://dyn.test/nic/update", [](const HttpRequest &request) {
            const QString hosts = QUrlQuery(request.url).queryItemValue("hostname");
            if (hosts.contains(',') || hosts == "h1.ddns.net")
                return FakeHttpClient::reply(200, "nohost");
            return FakeHttpClient::reply(200, "good 81.2.69.160");
        });
        const PassSummary summary = f.pass();
        QCOMPARE(summary.exitCode(), 1);
        QStringList requests;
        for (const auto &sent : f.http.sent()) {
            if (sent.request.url.host() == "dyn.test")
                requests.append(QUrlQuery(sent.request.url).queryItemValue("hostname"));
        }
        QCOMPARE(requests, (QStringList{"h0.ddns.net,h1.ddns.net,h2.ddns.net", "h0.ddns.net", "h1.ddns.net", "h2.ddns.net"}));
        QCOMPARE(f.stateOf("dyn", "h0.ddns.net").condition, RecordCondition::InSync);
        QCOMPARE(f.stateOf("dyn", "h1.ddns.net").condition, RecordCondition::Blocked);
        QCOMPARE(f.stateOf("dyn", "h2.ddns.net").condition, RecordCondition::InSync);
        QCOMPARE(f.history->entries().size(), 4); // the address change and each record's own answer
        // The blocked one stays alone: nothing more is sent.
        f.http.clear();
        QCOMPARE(f.pass().exitCode(), 1);
        QCOMPARE(f.http.count("https://dyn.test"), 0);
    }

    // DuckDNS says "KO" for a request when the token or any one domain is
    // wrong: the domains are asked again one by one.
    void duckdnsKoForSeveralDomainsIsAskedAgainAlone()
    {
        QJsonObject duck{{"id", "duck"}, {"provider", "duckdns"}, {"endpoint", "https://duck.test"},
                         {"secrets", QJsonObject{{"token", "keychain"}}}};
        Fixture f({duck}, {record("duck", "home.duckdns.org"), record("duck", "typo.duckdns.org")});
        f.keychain.write("duck", "token", "tk", nullptr, [](const SecretStoreResult &) {});
        f.http.on("https://duck.test/update", [](const HttpRequest &request) {
            if (QUrlQuery(request.url).queryItemValue("domains").contains("typo"))
                return FakeHttpClient::reply(200, "KO");
            return FakeHttpClient::reply(200, "OK\n81.2.69.160\n\nUPDATED");
        });
        const PassSummary summary = f.pass();
        QCOMPARE(summary.exitCode(), 1);
        QCOMPARE(f.http.count("https://duck.test"), 3);
        QCOMPARE(f.stateOf("duck", "home.duckdns.org").condition, RecordCondition::InSync);
        QCOMPARE(f.stateOf("duck", "typo.duckdns.org").condition, RecordCondition::Blocked);
    }

    // A and AAAA records take different addresses: never in one request.
    void differentAddressesGoApart()
    {
        Fixture f({noipAccount("dyn")},
                  {record("dyn", "a.ddns.net"), record("dyn", "a.ddns.net", "AAAA"), record("dyn", "b.ddns.net"),
                   record("dyn", "b.ddns.net", "AAAA")},
                  true);
        f.http.on("https://dyn.test/nic/update", [](const HttpRequest &request) {
            const QUrlQuery query(request.url);
            const QString address = query.hasQueryItem("myipv6") ? query.queryItemValue("myipv6") : query.queryItemValue("myip");
            QStringList lines;
            for (qsizetype i = 0; i < query.queryItemValue("hostname").split(',').size(); ++i)
                lines.append("good " + address);
            return FakeHttpClient::reply(200, lines.join('\n').toUtf8());
        });
        bool done = false;
        PassSummary summary;
        f.startPass(done, summary);
        QTRY_VERIFY(done);
        QCOMPARE(summary.exitCode(), 0);
        QStringList requests;
        for (const auto &sent : f.http.sent()) {
            if (sent.request.url.host() == "dyn.test")
                requests.append(QUrlQuery(sent.request.url).queryItemValue("hostname"));
        }
        QCOMPARE(requests, (QStringList{"a.ddns.net,b.ddns.net", "a.ddns.net,b.ddns.net"}));
        QCOMPARE(f.stateOf("dyn", "b.ddns.net", "AAAA").confirmedValue, QStringLiteral("2a00:1450::1"));
    }

    // Stopping in the middle of a pass leaves every record in flight marked
    // uncertain for the next run, which sends them again.
    void shutdownMidPassLeavesInFlightRecordsUncertain()
    {
        Fixture f({webhookAccount("one"), webhookAccount("two")},
                  {record("one", "a.example.net"), record("two", "b.example.net")});
        f.http.on("https://one.test", 200, "ok");
        f.http.on("https://two.test", 200, "ok");
        bool done = false;
        PassSummary summary;
        f.startHeld(done, summary);
        QVERIFY(f.waitForHeld(2));
        f.http.release(0); // a.example.net answered
        QTest::qWait(20);
        f.updater.reset(); // the process stops: b.example.net is still out
        QVERIFY(!done);

        StateStore reader(f.state->path());
        QVERIFY(reader.load().isEmpty());
        QCOMPARE(reader.record("one/a.example.net/A").condition, RecordCondition::InSync);
        QVERIFY(!reader.record("one/a.example.net/A").confirmedUncertain);
        QVERIFY(reader.record("two/b.example.net/A").confirmedUncertain);

        f.http.setHolding(false);
        f.restart();
        f.http.clear();
        bool again = false;
        f.startPass(again, summary);
        QTRY_VERIFY(again);
        QCOMPARE(f.http.count("https://one.test"), 0);
        QCOMPARE(f.http.count("https://two.test"), 1);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
