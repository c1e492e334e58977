#include "BuiltinProviders.h"
#include "CustomUrlProvider.h"
#include "FakeHttpClient.h"
#include "net/RequestPolicy.h"
#include "provider/ProviderRegistry.h"

#include <QJsonDocument>
#include <QtTest>

using namespace homing;
using namespace homing::providers;
using homing::test::FakeHttpClient;

Q_DECLARE_METATYPE(homing::ResultKind)

class TestCustomUrl : public QObject
{
    Q_OBJECT

    ProviderRegistry m_registry;

    std::unique_ptr<Provider> make(const QJsonObject &settings, QList<ConfigIssue> *issues = nullptr)
    {
        QList<ConfigIssue> local;
        QJsonObject filled = settings;
        if (!filled.contains("method"))
            filled.insert("method", "GET");
        return m_registry.find("custom")->create(ProviderAccount{"w", {}, filled}, issues ? *issues : local);
    }

    static RecordTarget target(const char *address = "2a00:1450::1", const char *type = "AAAA")
    {
        return RecordTarget{RecordSpec{"nas.example.com", type, 300, {}}, QHostAddress(address)};
    }

private Q_SLOTS:
    void initTestCase() { registerBuiltinProviders(m_registry); }

    void urlPlaceholdersAreEncoded()
    {
        auto provider = make({{"url", "https://hook.test/u?h={name}&a={ip}&t={type}&ttl={ttl}&k={secret}"}});
        QVERIFY(provider);
        const HttpRequest request = static_cast<CustomUrlProvider *>(provider.get())->buildRequest(target(), "a&b=c d");
        QCOMPARE(request.url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://hook.test/u?h=nas.example.com&a=2a00%3A1450%3A%3A1&t=AAAA&ttl=300&k=a%26b%3Dc%20d"));
        QVERIFY(request.carriesCredential);
    }

    void jsonBodyIsEscaped()
    {
        auto provider = make({{"url", "https://hook.test/u"}, {"method", "POST"},
                              {"headers", QJsonObject{{"Authorization", "Bearer {secret}"}}},
                              {"body", R"({"host":"{name}","addr":"{ip}","key":"{secret}"})"}});
        QVERIFY(provider);
        const HttpRequest request = static_cast<CustomUrlProvider *>(provider.get())->buildRequest(target("81.2.69.160", "A"), "q\"uote\\");
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer q\"uote\\"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("host").toString(), QStringLiteral("nas.example.com"));
        QCOMPARE(body.value("addr").toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(body.value("key").toString(), QStringLiteral("q\"uote\\"));
    }

    void formBodyIsPercentEncoded()
    {
        auto provider = make({{"url", "https://hook.test/u"}, {"method", "POST"},
                              {"content_type", "application/x-www-form-urlencoded"}, {"body", "ip={ip}&key={secret}"}});
        const HttpRequest request = static_cast<CustomUrlProvider *>(provider.get())->buildRequest(target(), "a b&c");
        QCOMPARE(request.body, QByteArray("ip=2a00%3A1450%3A%3A1&key=a%20b%26c"));
    }

    // Webhook URLs hold their token in the path as often as in the query:
    // nothing a custom request carries goes over plain HTTP to another host
    // unless the account allows it.
    void everyRequestCountsAsCarryingACredential_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<bool>("sent");
        QTest::newRow("token in the path") << "http://hooks.example.net/T0KEN/update" << false << false;
        QTest::newRow("bare url on the lan") << "http://192.168.1.1/update" << false << false;
        QTest::newRow("allowed by the account") << "http://hooks.example.net/T0KEN/update" << true << true;
        QTest::newRow("loopback") << "http://127.0.0.1:8080/T0KEN/update" << false << true;
        QTest::newRow("https") << "https://hooks.example.net/T0KEN/update" << false << true;
    }

    void everyRequestCountsAsCarryingACredential()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowInsecure);
        QFETCH(bool, sent);
        auto provider = make({{"url", url}});
        const HttpRequest request = static_cast<CustomUrlProvider *>(provider.get())->buildRequest(target(), QString());
        QVERIFY(request.carriesCredential);
        QCOMPARE(refusalReason(request, allowInsecure).isEmpty(), sent);
    }

    void replies_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("200") << QString() << 200 << QByteArray("whatever") << ResultKind::Ok;
        QTest::newRow("204") << QString() << 204 << QByteArray() << ResultKind::Ok;
        QTest::newRow("pattern match") << "^(good|nochg)" << 200 << QByteArray("good 1.2.3.4") << ResultKind::Ok;
        QTest::newRow("pattern mismatch") << "^(good|nochg)" << 200 << QByteArray("error: bad key") << ResultKind::BadResponse;
        QTest::newRow("401") << QString() << 401 << QByteArray("no") << ResultKind::AuthFailed;
        QTest::newRow("404") << QString() << 404 << QByteArray("no such hook") << ResultKind::ConfigError;
        QTest::newRow("429") << QString() << 429 << QByteArray() << ResultKind::RateLimited;
        QTest::newRow("500") << QString() << 500 << QByteArray() << ResultKind::ServerError;
    }

    void replies()
    {
        QFETCH(QString, pattern);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        auto provider = make({{"url", "https://hook.test/u"}, {"success_pattern", pattern}});
        QVERIFY(provider);
        auto job = provider->createUpdateJob(target(), {});
        QVERIFY(!job->start().finished);
        const ProviderStep step = job->handleReply(FakeHttpClient::reply(status, body));
        QVERIFY(step.finished);
        QCOMPARE(step.result().kind, kind);
    }

    void validation()
    {
        QList<ConfigIssue> issues;
        QVERIFY(!make({{"url", "https://hook.test/{nope}"}}, &issues));
        QCOMPARE(issues.first().path, QStringLiteral("settings.url"));
        issues.clear();
        QVERIFY(!make({{"url", "not a url {ip}"}}, &issues));
        issues.clear();
        QVERIFY(!make({{"url", "https://hook.test/"}, {"headers", QJsonObject{{"X-Key", "{secrets}"}}}}, &issues));
        QCOMPARE(issues.first().path, QStringLiteral("settings.headers.X-Key"));
    }
};

QTEST_GUILESS_MAIN(TestCustomUrl)
#include "tst_customurl.moc"
