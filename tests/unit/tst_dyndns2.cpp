#include "BuiltinProviders.h"
#include "Dyndns2Provider.h"
#include "Dyndns2ReplyClassifier.h"
#include "FakeHttpClient.h"
#include "JobDriver.h"
#include "provider/ProviderRegistry.h"

#include <QUrlQuery>
#include <QtTest>

using namespace homing;
using namespace homing::providers;

Q_DECLARE_METATYPE(homing::ResultKind)

class TestDyndns2 : public QObject
{
    Q_OBJECT

    ProviderRegistry m_registry;

    std::unique_ptr<Provider> make(const QString &id, QJsonObject settings, QUrl endpoint = {})
    {
        QList<ConfigIssue> issues;
        auto provider = m_registry.find(id)->create(ProviderAccount{"acct", endpoint, settings}, issues);
        return provider;
    }

private Q_SLOTS:
    void initTestCase() { registerBuiltinProviders(m_registry); }

    void line_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<int>("minimumDelay");
        QTest::newRow("good") << "good 81.2.69.160" << ResultKind::Ok << 0;
        QTest::newRow("good without ip") << "good" << ResultKind::Ok << 0;
        QTest::newRow("good dual stack") << "good 81.2.69.160,2a00:1450::1" << ResultKind::Ok << 0;
        QTest::newRow("good other ip") << "good 81.2.69.99" << ResultKind::BadResponse << 0;
        QTest::newRow("good 127.0.0.1 is a block") << "good 127.0.0.1" << ResultKind::Abuse << 0;
        QTest::newRow("nochg") << "nochg 81.2.69.160" << ResultKind::NoChange << 0;
        QTest::newRow("nochg bare") << "nochg" << ResultKind::NoChange << 0;
        QTest::newRow("OK") << "OK" << ResultKind::Ok << 0;
        QTest::newRow("badauth") << "badauth" << ResultKind::AuthFailed << 0;
        QTest::newRow("!yours") << "!yours" << ResultKind::AuthFailed << 0;
        QTest::newRow("nohost") << "nohost" << ResultKind::NoSuchHost << 0;
        QTest::newRow("notfqdn") << "notfqdn" << ResultKind::NoSuchHost << 0;
        QTest::newRow("!active") << "!active" << ResultKind::NoSuchHost << 0;
        QTest::newRow("abuse") << "abuse" << ResultKind::Abuse << 0;
        QTest::newRow("badagent") << "badagent" << ResultKind::ConfigError << 0;
        QTest::newRow("!donator") << "!donator" << ResultKind::ConfigError << 0;
        QTest::newRow("numhost") << "numhost" << ResultKind::ConfigError << 0;
        QTest::newRow("badsys") << "badsys" << ResultKind::ConfigError << 0;
        QTest::newRow("911") << "911" << ResultKind::ServerError << 1800;
        QTest::newRow("dnserr") << "dnserr" << ResultKind::ServerError << 1800;
        QTest::newRow("servererror") << "servererror" << ResultKind::ServerError << 600;
        QTest::newRow("empty") << "" << ResultKind::BadResponse << 0;
        QTest::newRow("html") << "<html>oops</html>" << ResultKind::BadResponse << 0;
    }

    void line()
    {
        QFETCH(QString, line);
        QFETCH(ResultKind, kind);
        QFETCH(int, minimumDelay);
        const UpdateResult result = classifyDyndns2Line(line, QHostAddress("81.2.69.160"));
        QCOMPARE(result.kind, kind);
        QCOMPARE(result.minimumRetryDelaySeconds, minimumDelay);
        QVERIFY(!result.detail.isEmpty());
    }

    void fatalCodesAreFatal()
    {
        for (const char *code : {"badauth", "nohost", "notfqdn", "abuse", "badagent", "!donator", "numhost", "!yours"})
            QVERIFY2(isFatal(classifyDyndns2Line(code, QHostAddress("81.2.69.160")).kind), code);
        for (const char *code : {"911", "dnserr", "servererror"})
            QVERIFY2(!isFatal(classifyDyndns2Line(code, QHostAddress("81.2.69.160")).kind), code);
    }

    void multiHost()
    {
        const QHostAddress sent("81.2.69.160");
        auto results = classifyDyndns2Reply(200, "good 81.2.69.160\nnohost\n", 2, sent);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].kind, ResultKind::Ok);
        QCOMPARE(results[1].kind, ResultKind::NoSuchHost);
        QVERIFY(!results[0].ambiguous && !results[1].ambiguous); // each line is its host's
        results = classifyDyndns2Reply(200, "good 81.2.69.160\n", 1, sent);
        QCOMPARE(results.first().kind, ResultKind::Ok);
        QVERIFY(!results.first().ambiguous);
    }

    // One line for several hosts stands for all of them only when its code is
    // about the account or the request; otherwise nobody can tell whose it is.
    void oneLineForSeveralHosts_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<bool>("ambiguous");
        QTest::newRow("badauth") << QByteArray("badauth") << 200 << ResultKind::AuthFailed << false;
        QTest::newRow("badauth 401") << QByteArray("badauth") << 401 << ResultKind::AuthFailed << false;
        QTest::newRow("401 without body") << QByteArray() << 401 << ResultKind::AuthFailed << false;
        QTest::newRow("badagent") << QByteArray("badagent") << 200 << ResultKind::ConfigError << false;
        QTest::newRow("!donator") << QByteArray("!donator") << 200 << ResultKind::ConfigError << false;
        QTest::newRow("911") << QByteArray("911") << 200 << ResultKind::ServerError << false;
        QTest::newRow("dnserr") << QByteArray("dnserr") << 200 << ResultKind::ServerError << false;
        QTest::newRow("500") << QByteArray("oops") << 500 << ResultKind::ServerError << false;
        QTest::newRow("nohost") << QByteArray("nohost") << 200 << ResultKind::NoSuchHost << true;
        QTest::newRow("notfqdn") << QByteArray("notfqdn") << 200 << ResultKind::NoSuchHost << true;
        QTest::newRow("!yours") << QByteArray("!yours") << 200 << ResultKind::AuthFailed << true;
        QTest::newRow("abuse") << QByteArray("abuse") << 200 << ResultKind::Abuse << true;
        QTest::newRow("numhost") << QByteArray("numhost") << 200 << ResultKind::ConfigError << true;
        QTest::newRow("good") << QByteArray("good 81.2.69.160") << 200 << ResultKind::Ok << true;
        QTest::newRow("nochg") << QByteArray("nochg 81.2.69.160") << 200 << ResultKind::NoChange << true;
        QTest::newRow("two lines for three hosts") << QByteArray("good 81.2.69.160\r\nnochg 81.2.69.160\r\n") << 200
                                                   << ResultKind::BadResponse << true;
        QTest::newRow("four lines for three hosts") << QByteArray("good\ngood\ngood\ngood\n") << 200
                                                    << ResultKind::BadResponse << true;
    }

    void oneLineForSeveralHosts()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(ResultKind, kind);
        QFETCH(bool, ambiguous);
        const auto results = classifyDyndns2Reply(status, body, 3, QHostAddress("81.2.69.160"));
        QCOMPARE(results.size(), 3);
        for (const auto &result : results) {
            QCOMPARE(result.kind, kind);
            QCOMPARE(result.ambiguous, ambiguous);
        }
        // For one host, the one line is its own.
        QVERIFY(!classifyDyndns2Reply(status, body.split('\n').first(), 1, QHostAddress("81.2.69.160")).first().ambiguous);
    }

    void httpStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("401 empty") << 401 << QByteArray() << ResultKind::AuthFailed;
        QTest::newRow("401 badauth") << 401 << QByteArray("badauth") << ResultKind::AuthFailed;
        QTest::newRow("403 abuse body") << 403 << QByteArray("abuse") << ResultKind::Abuse;
        QTest::newRow("429") << 429 << QByteArray("slow down") << ResultKind::RateLimited;
        QTest::newRow("500") << 500 << QByteArray("oops") << ResultKind::ServerError;
        QTest::newRow("503 911") << 503 << QByteArray("911") << ResultKind::ServerError;
        QTest::newRow("404") << 404 << QByteArray("not found") << ResultKind::ConfigError;
        QTest::newRow("418") << 418 << QByteArray("teapot") << ResultKind::BadResponse;
    }

    void httpStatuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        QCOMPARE(classifyDyndns2Reply(status, body, 1, QHostAddress("81.2.69.160")).first().kind, kind);
    }

    void requestShape()
    {
        auto provider = make("dyndns2", {{"server", "members.dyndns.org"}, {"username", "username"}});
        QVERIFY(provider);
        auto *dyndns = static_cast<Dyndns2Provider *>(provider.get());
        const HttpRequest request = dyndns->buildRequest(
            RecordTarget{RecordSpec{"test.dyndns.org", "A", 0, {}}, QHostAddress("192.0.2.1")}, "password");
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://members.dyndns.org/nic/update?hostname=test.dyndns.org&myip=192.0.2.1"));
        // Known answer from the protocol reference (providers.md 5.4).
        QCOMPARE(request.header("Authorization"), QByteArray("Basic dXNlcm5hbWU6cGFzc3dvcmQ="));
        QVERIFY(request.carriesCredential);
    }

    void passwordWithColonAndAt()
    {
        auto provider = make("dyndns2", {{"server", "https://h.test/nic/update"}, {"username", "user@example.com"}});
        const HttpRequest request = static_cast<Dyndns2Provider *>(provider.get())->buildRequest(
            RecordTarget{RecordSpec{"a.example.com", "A", 0, {}}, QHostAddress("81.2.69.160")}, "p@ss:w0rd");
        QCOMPARE(request.header("Authorization"), QByteArray("Basic dXNlckBleGFtcGxlLmNvbTpwQHNzOncwcmQ="));
    }

    void ipv6GoesInMyipLiterally()
    {
        auto provider = make("noip", {{"username", "u"}});
        const HttpRequest request = static_cast<Dyndns2Provider *>(provider.get())->buildRequest(
            RecordTarget{RecordSpec{"a.ddns.net", "AAAA", 0, {}}, QHostAddress("2a00:1450:4001:81c::200e")}, "p");
        QCOMPARE(request.url.host(), QStringLiteral("dynupdate.no-ip.com"));
        const QString query = request.url.query(QUrl::FullyEncoded);
        QVERIFY2(query.contains("myip=2a00:1450:4001:81c::200e"), qPrintable(query));
    }

    void dynuSkipsTheOtherFamily()
    {
        auto provider = make("dynu", {{"username", "u"}});
        auto *dynu = static_cast<Dyndns2Provider *>(provider.get());
        QUrlQuery v4(dynu->buildRequest(RecordTarget{RecordSpec{"a.dynu.net", "A", 0, {}}, QHostAddress("81.2.69.160")}, "p").url);
        QCOMPARE(v4.queryItemValue("myip"), QStringLiteral("81.2.69.160"));
        QCOMPARE(v4.queryItemValue("myipv6"), QStringLiteral("no"));
        QUrlQuery v6(dynu->buildRequest(RecordTarget{RecordSpec{"a.dynu.net", "AAAA", 0, {}}, QHostAddress("2a00:1450::1")}, "p").url);
        QCOMPARE(v6.queryItemValue("myipv6"), QStringLiteral("2a00:1450::1"));
        QCOMPARE(v6.queryItemValue("myip"), QStringLiteral("no"));
    }

    void orayIsPlainHttpAndIpv4Only()
    {
        auto provider = make("oray", {{"username", "u"}});
        auto *oray = static_cast<Dyndns2Provider *>(provider.get());
        const HttpRequest request = oray->buildRequest(RecordTarget{RecordSpec{"a.oray.net", "A", 0, {}}, QHostAddress("81.2.69.160")}, "p");
        QCOMPARE(request.url.toString(QUrl::RemoveQuery), QStringLiteral("http://ddns.oray.com/ph/update"));
        QVERIFY(request.carriesCredential); // so the wire policy refuses it unless allow_insecure_http
        const auto issues = oray->validateRecord(RecordSpec{"a.oray.net", "AAAA", 0, {}});
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().isError());
    }

    void jobClassifiesTheReply()
    {
        auto provider = make("noip", {{"username", "u"}});
        const RecordTarget target{RecordSpec{"a.ddns.net", "A", 0, {}}, QHostAddress("81.2.69.160")};
        auto job = provider->createUpdateJob(target, {{"password", "pw"}});
        const auto run = test::driveJob(*job, [](const HttpRequest &) { return test::FakeHttpClient::reply(200, "nochg 81.2.69.160"); });
        QCOMPARE(run.requests.size(), 1);
        QCOMPARE(run.result.kind, ResultKind::NoChange);
    }

    void noipKeepsHostsAlive()
    {
        QCOMPARE(m_registry.find("noip")->keepAliveDays, 25);
        QCOMPARE(m_registry.find("dyndns2")->keepAliveDays, 0);
    }
};

QTEST_GUILESS_MAIN(TestDyndns2)
#include "tst_dyndns2.moc"
