#include "BuiltinProviders.h"
#include "DuckDnsProvider.h"
#include "FakeHttpClient.h"
#include "JobDriver.h"
#include "provider/ProviderRegistry.h"

#include <QUrlQuery>
#include <QtTest>

using namespace homing;
using namespace homing::providers;
using homing::test::FakeHttpClient;

Q_DECLARE_METATYPE(homing::ResultKind)

class TestDuckDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subName()
    {
        QCOMPARE(DuckDnsProvider::subName("myhome.duckdns.org"), QStringLiteral("myhome"));
        QCOMPARE(DuckDnsProvider::subName("www.myhome.duckdns.org"), QStringLiteral("myhome"));
        QCOMPARE(DuckDnsProvider::subName("myhome.example.org"), QString());
        QCOMPARE(DuckDnsProvider::subName("duckdns.org"), QString());
    }

    void request()
    {
        const DuckDnsProvider provider(QUrl("https://www.duckdns.org/update"));
        const HttpRequest v4 = provider.buildRequest({RecordTarget{RecordSpec{"myhome.duckdns.org", "A", 0, {}}, QHostAddress("81.2.69.160")}}, "tok-en");
        const QUrlQuery query(v4.url);
        QCOMPARE(query.queryItemValue("domains"), QStringLiteral("myhome"));
        QCOMPARE(query.queryItemValue("token"), QStringLiteral("tok-en"));
        QCOMPARE(query.queryItemValue("ip"), QStringLiteral("81.2.69.160"));
        QVERIFY(!query.hasQueryItem("ipv6"));
        QCOMPARE(query.queryItemValue("verbose"), QStringLiteral("true"));
        QVERIFY(v4.carriesCredential);
        const HttpRequest v6 = provider.buildRequest({RecordTarget{RecordSpec{"myhome.duckdns.org", "AAAA", 0, {}}, QHostAddress("2a00:1450::1")}}, "t");
        QCOMPARE(QUrlQuery(v6.url).queryItemValue("ipv6"), QStringLiteral("2a00:1450::1"));
        QVERIFY(!QUrlQuery(v6.url).hasQueryItem("ip"));
        // A "+" in the token must not reach the server as a space.
        const HttpRequest plus = provider.buildRequest({RecordTarget{RecordSpec{"myhome.duckdns.org", "A", 0, {}}, QHostAddress("81.2.69.160")}}, "a+b c");
        QVERIFY2(plus.url.toEncoded().contains("token=a%2Bb%20c&"), plus.url.toEncoded().constData());
    }

    void replies_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("updated") << "81.2.69.160" << 200 << QByteArray("OK\n81.2.69.160\n\nUPDATED") << ResultKind::Ok;
        QTest::newRow("nochange") << "81.2.69.160" << 200 << QByteArray("OK\n81.2.69.160\n\nNOCHANGE") << ResultKind::NoChange;
        QTest::newRow("plain OK") << "81.2.69.160" << 200 << QByteArray("OK") << ResultKind::Ok;
        QTest::newRow("v6 updated") << "2a00:1450::1" << 200 << QByteArray("OK\n81.2.69.160\n2a00:1450::1\nUPDATED") << ResultKind::Ok;
        QTest::newRow("other address echoed") << "81.2.69.160" << 200 << QByteArray("OK\n81.2.69.99\n\nUPDATED") << ResultKind::BadResponse;
        QTest::newRow("KO") << "81.2.69.160" << 200 << QByteArray("KO") << ResultKind::AuthFailed;
        QTest::newRow("garbage") << "81.2.69.160" << 200 << QByteArray("<html>") << ResultKind::BadResponse;
        QTest::newRow("503") << "81.2.69.160" << 503 << QByteArray() << ResultKind::ServerError;
        QTest::newRow("429") << "81.2.69.160" << 429 << QByteArray() << ResultKind::RateLimited;
    }

    void replies()
    {
        QFETCH(QString, sent);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        QCOMPARE(DuckDnsProvider::classifyReply(FakeHttpClient::reply(status, body), QHostAddress(sent)).kind, kind);
    }

    void validation()
    {
        const DuckDnsProvider provider(QUrl("https://www.duckdns.org/update"));
        QVERIFY(provider.validateRecord(RecordSpec{"myhome.duckdns.org", "A", 0, {}}).isEmpty());
        const auto issues = provider.validateRecord(RecordSpec{"myhome.example.org", "A", 60, {}});
        QCOMPARE(issues.size(), 2);
        QVERIFY(issues[0].isError());
        QVERIFY(!issues[1].isError()); // TTL is only a warning
    }
};

QTEST_GUILESS_MAIN(TestDuckDns)
#include "tst_duckdns.moc"
