// `endpoint` means one thing for every provider: a base URL (scheme, host,
// optional port and path prefix) under which the provider appends its own
// documented path.
#include "address/IpSourceFactory.h"
#include "BuiltinProviders.h"
#include "config/ConfigLoader.h"
#include "FakeHttpClient.h"
#include "JobDriver.h"
#include "provider/ProviderRegistry.h"

#include <QtTest>

using namespace homing;

class TestEndpoints : public QObject
{
    Q_OBJECT

    ProviderRegistry m_registry;

    // The URL, without its query, of the first request the provider makes.
    QString firstRequestUrl(const QString &id, const QJsonObject &settings, const QUrl &endpoint,
                            const RecordSpec &record)
    {
        QList<ConfigIssue> issues;
        auto provider = m_registry.find(id)->create(ProviderAccount{QStringLiteral("acct"), endpoint, settings}, issues);
        if (!provider)
            return QStringLiteral("(not created: %1)").arg(issues.value(0).toString());
        const SecretValues secrets{{"password", "pw"}, {"token", "tk"}, {"secret", "s"}};
        auto job = provider->createUpdateJob(RecordTarget{record, QHostAddress("81.2.69.160")}, secrets);
        const auto run = test::driveJob(*job, [](const HttpRequest &) { return test::FakeHttpClient::reply(500, ""); }, 1);
        return run.requests.isEmpty() ? QStringLiteral("(no request)")
                                      : run.requests.first().url.toString(QUrl::RemoveQuery);
    }

private Q_SLOTS:
    void initTestCase() { registerBuiltinProviders(m_registry); }

    void pathIsAppendedToTheBase_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("expected");

        const QJsonObject user{{"username", "u"}};
        const QJsonObject generic{{"username", "u"}, {"server", "members.dyndns.org"}};
        const QJsonObject cloudflare{{"zone_id", "0123456789abcdef0123456789abcdef"}};
        struct Provider {
            const char *id;
            QJsonObject settings;
            const char *name;
            const char *defaultUrl; // without an endpoint
            const char *path;       // what the provider appends to an endpoint
        };
        const QList<Provider> providers{
            {"dyndns2", generic, "a.example.net", "https://members.dyndns.org/nic/update", "/nic/update"},
            {"noip", user, "a.ddns.net", "https://dynupdate.no-ip.com/nic/update", "/nic/update"},
            {"dynu", user, "a.dynu.net", "https://api.dynu.com/nic/update", "/nic/update"},
            {"oray", user, "a.oray.net", "http://ddns.oray.com/ph/update", "/ph/update"},
            {"duckdns", {}, "a.duckdns.org", "https://www.duckdns.org/update", "/update"},
            {"cloudflare", cloudflare, "a.example.com",
             "https://api.cloudflare.com/client/v4/zones/0123456789abcdef0123456789abcdef/dns_records",
             "/zones/0123456789abcdef0123456789abcdef/dns_records"},
        };
        for (const auto &p : providers) {
            QTest::addRow("%s default", p.id) << p.id << p.settings << p.name << "" << p.defaultUrl;
            QTest::addRow("%s host", p.id) << p.id << p.settings << p.name << "https://ddns.example.net"
                                           << QStringLiteral("https://ddns.example.net") + p.path;
            QTest::addRow("%s host slash", p.id) << p.id << p.settings << p.name << "https://ddns.example.net/"
                                                 << QStringLiteral("https://ddns.example.net") + p.path;
            QTest::addRow("%s port and prefix", p.id) << p.id << p.settings << p.name << "http://127.0.0.1:8245/api/ddns/"
                                                      << QStringLiteral("http://127.0.0.1:8245/api/ddns") + p.path;
        }
    }

    void pathIsAppendedToTheBase()
    {
        QFETCH(QString, provider);
        QFETCH(QJsonObject, settings);
        QFETCH(QString, name);
        QFETCH(QString, endpoint);
        QFETCH(QString, expected);
        QCOMPARE(firstRequestUrl(provider, settings, QUrl(endpoint), RecordSpec{name, "A", 0, {}}), expected);
    }

    // The generic dyndns2 provider's own "server" setting still takes a host or a full update URL.
    void dyndns2ServerTakesHostOrUpdateUrl()
    {
        const RecordSpec record{"a.example.net", "A", 0, {}};
        QCOMPARE(firstRequestUrl("dyndns2", {{"username", "u"}, {"server", "dyn.example.net"}}, {}, record),
                 QStringLiteral("https://dyn.example.net/nic/update"));
        QCOMPARE(firstRequestUrl("dyndns2", {{"username", "u"}, {"server", "https://dyn.example.net/v3/update"}}, {}, record),
                 QStringLiteral("https://dyn.example.net/v3/update"));
    }

    // An endpoint written when it meant the whole update URL is pointed out.
    void anEndpointWithTheProviderPathIsReported_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("reported");
        QTest::newRow("noip whole URL") << "noip" << "https://dyn.example.net/nic/update" << true;
        QTest::newRow("noip whole URL, slash") << "noip" << "https://dyn.example.net/nic/update/" << true;
        QTest::newRow("noip base") << "noip" << "https://dyn.example.net/api" << false;
        QTest::newRow("oray whole URL") << "oray" << "http://ddns.example.net/ph/update" << true;
        QTest::newRow("duckdns whole URL") << "duckdns" << "https://duck.example.net/update" << true;
        QTest::newRow("duckdns base") << "duckdns" << "https://duck.example.net" << false;
    }

    void anEndpointWithTheProviderPathIsReported()
    {
        QFETCH(QString, provider);
        QFETCH(QString, endpoint);
        QFETCH(bool, reported);
        QList<ConfigIssue> issues;
        const auto created = m_registry.find(provider)->create(
            ProviderAccount{QStringLiteral("acct"), QUrl(endpoint), QJsonObject{{"username", "u"}}}, issues);
        QVERIFY(created); // a warning: the account still works as configured
        QCOMPARE(issues.size(), reported ? 1 : 0);
        if (reported) {
            QCOMPARE(issues.first().path, QStringLiteral("endpoint"));
            QVERIFY(!issues.first().isError());
            QVERIFY2(issues.first().message.contains("remove"), qPrintable(issues.first().message));
        }
        // Sent where the whole URL pointed before, never to the path twice.
        QString base = endpoint;
        while (base.endsWith('/'))
            base.chop(1);
        const QString path = provider == "oray" ? "/ph/update" : provider == "duckdns" ? "/update" : "/nic/update";
        if (base.endsWith(path))
            base.chop(path.size());
        const QString sentTo = firstRequestUrl(provider, {{"username", "u"}}, QUrl(endpoint),
                                               RecordSpec{provider == "duckdns" ? "a.duckdns.org" : "a.example.net", "A", 0, {}});
        QCOMPARE(sentTo, base + path);
    }

    void loaderAcceptsOnlyBaseUrls_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("host") << "https://ddns.example.net" << true;
        QTest::newRow("port and path") << "https://ddns.example.net:8443/prefix" << true;
        QTest::newRow("query") << "https://ddns.example.net/nic/update?system=dyndns" << false;
        QTest::newRow("fragment") << "https://ddns.example.net/#x" << false;
        QTest::newRow("user info") << "https://user:pw@ddns.example.net" << false;
        QTest::newRow("ftp") << "ftp://ddns.example.net" << false;
    }

    void loaderAcceptsOnlyBaseUrls()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, accepted);
        IpSourceFactory sources;
        ConfigLoader loader(m_registry, sources);
        const QByteArray json = QStringLiteral(R"({"version": 1, "accounts": [{"id": "a", "provider": "noip",
            "endpoint": "%1", "settings": {"username": "u"}, "secrets": {"password": "env:X"}}], "records": []})")
                                    .arg(endpoint)
                                    .toUtf8();
        const auto result = loader.parse(json);
        bool endpointError = false;
        for (const auto &issue : result.issues)
            endpointError |= issue.isError() && issue.path == QLatin1String("accounts[0].endpoint");
        QCOMPARE(!endpointError, accepted);
        // Never repeat what may be a password.
        for (const auto &issue : result.issues)
            QVERIFY(!issue.toString().contains(QLatin1String("pw@")));
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
