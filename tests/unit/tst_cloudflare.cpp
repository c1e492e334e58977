#include "CloudflareProvider.h"
#include "FakeHttpClient.h"
#include "JobDriver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace homing;
using namespace homing::providers;
using homing::test::FakeHttpClient;

Q_DECLARE_METATYPE(homing::ResultKind)

namespace {

const QString kZone = QStringLiteral("023e105f4ecef8ad9ca31a8372d0c353");
const QString kRecordId = QStringLiteral("372e67954025e0ba6aaa6d586b9e0b59");

QByteArray envelope(const QJsonValue &result, bool success = true, const QJsonArray &errors = {})
{
    return QJsonDocument(QJsonObject{{"success", success}, {"errors", errors}, {"messages", QJsonArray()}, {"result", result}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject record(const QString &content, bool proxied = false, int ttl = 1)
{
    return {{"id", kRecordId}, {"zone_id", kZone}, {"name", "nas.example.com"}, {"type", "A"},
            {"content", content}, {"proxied", proxied}, {"ttl", ttl}};
}

// A small Cloudflare: one zone (example.com), zero or more A records.
struct FakeCloudflare {
    QList<QJsonObject> records;
    QList<HttpRequest> writes;

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("Authorization") != "Bearer good-token")
            return FakeHttpClient::reply(403, envelope(QJsonValue(), false, {QJsonObject{{"code", 9109}, {"message", "Invalid access token"}}}));
        const QString path = request.url.path();
        const QUrlQuery query(request.url);
        if (path.endsWith("/zones")) {
            QJsonArray zones;
            if (query.queryItemValue("name") == "example.com")
                zones.append(QJsonObject{{"id", kZone}, {"name", "example.com"}});
            return FakeHttpClient::reply(200, envelope(zones));
        }
        if (path.endsWith("/dns_records") && request.method == "GET") {
            QJsonArray list;
            for (const auto &r : records)
                list.append(r);
            return FakeHttpClient::reply(200, envelope(list));
        }
        writes.append(request);
        QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QJsonObject result = record(body.value("content").toString(), body.value("proxied").toBool());
        return FakeHttpClient::reply(200, envelope(result));
    }
};

RecordTarget target(int ttl = 0, QJsonObject settings = {})
{
    return RecordTarget{RecordSpec{"nas.example.com", "A", ttl, settings}, QHostAddress("81.2.69.160")};
}

} // namespace

class TestCloudflare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneCandidates()
    {
        QCOMPARE(CloudflareProvider::zoneCandidates("a.b.example.com"),
                 (QStringList{"a.b.example.com", "b.example.com", "example.com"}));
        QCOMPARE(CloudflareProvider::zoneCandidates("*.example.com"), (QStringList{"example.com"}));
        QCOMPARE(CloudflareProvider::zoneCandidates("example.com.cn"), (QStringList{"example.com.cn", "com.cn"}));
    }

    void createsAMissingRecord()
    {
        FakeCloudflare cloudflare;
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), QString());
        auto job = provider.createUpdateJob(target(120), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        // zones?name=nas.example.com (none), zones?name=example.com, list, create
        QCOMPARE(run.requests.size(), 4);
        QCOMPARE(QUrlQuery(run.requests[0].url).queryItemValue("name"), QStringLiteral("nas.example.com"));
        QCOMPARE(QUrlQuery(run.requests[1].url).queryItemValue("name"), QStringLiteral("example.com"));
        QCOMPARE(run.requests[2].url.path(), QStringLiteral("/client/v4/zones/%1/dns_records").arg(kZone));
        QCOMPARE(QUrlQuery(run.requests[2].url).queryItemValue("type"), QStringLiteral("A"));
        QCOMPARE(QUrlQuery(run.requests[2].url).queryItemValue("name"), QStringLiteral("nas.example.com"));
        QCOMPARE(cloudflare.writes.size(), 1);
        QCOMPARE(cloudflare.writes[0].method, QByteArray("POST"));
        const QJsonObject body = QJsonDocument::fromJson(cloudflare.writes[0].body).object();
        QCOMPARE(body.value("content").toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(body.value("ttl").toInt(), 120);
        QCOMPARE(body.value("proxied").toBool(), false);
        for (const auto &request : run.requests)
            QVERIFY(request.carriesCredential);
    }

    void automaticTtlWhenUnset()
    {
        FakeCloudflare cloudflare;
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 2); // zone id given: no lookup
        QCOMPARE(QJsonDocument::fromJson(cloudflare.writes[0].body).object().value("ttl").toInt(), 1);
    }

    void patchesKeepingProxied()
    {
        FakeCloudflare cloudflare;
        cloudflare.records = {record("81.2.69.1", true)};
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(cloudflare.writes.size(), 1);
        QCOMPARE(cloudflare.writes[0].method, QByteArray("PATCH"));
        QVERIFY(cloudflare.writes[0].url.path().endsWith(kRecordId));
        const QJsonObject body = QJsonDocument::fromJson(cloudflare.writes[0].body).object();
        QCOMPARE(body.value("content").toString(), QStringLiteral("81.2.69.160"));
        QVERIFY2(!body.contains("proxied"), "an unset proxied setting must keep the record's own");
        QVERIFY(!body.contains("ttl"));
    }

    void setsProxiedWhenConfigured()
    {
        FakeCloudflare cloudflare;
        cloudflare.records = {record("81.2.69.1", true)};
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(0, {{"proxied", false}}), {{"token", "good-token"}});
        test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(QJsonDocument::fromJson(cloudflare.writes[0].body).object().value("proxied"), QJsonValue(false));
    }

    void noWriteWhenAlreadyRight()
    {
        FakeCloudflare cloudflare;
        cloudflare.records = {record("81.2.69.160")};
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(cloudflare.writes.size(), 0);
    }

    void ttlDifferenceIsAChange()
    {
        FakeCloudflare cloudflare;
        cloudflare.records = {record("81.2.69.160", false, 300)};
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(120), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(QJsonDocument::fromJson(cloudflare.writes[0].body).object().value("ttl").toInt(), 120);
    }

    void severalRecordsAreNotGuessed()
    {
        FakeCloudflare cloudflare;
        QJsonObject second = record("81.2.69.2");
        second["id"] = "another";
        cloudflare.records = {record("81.2.69.1"), second};
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QCOMPARE(cloudflare.writes.size(), 0);
    }

    void unknownZone()
    {
        FakeCloudflare cloudflare;
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), QString());
        auto job = provider.createUpdateJob(RecordTarget{RecordSpec{"nas.other.org", "A", 0, {}}, QHostAddress("81.2.69.160")},
                                            {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(run.requests.size(), 2);
    }

    void badToken()
    {
        FakeCloudflare cloudflare;
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(), {{"token", "wrong"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains("9109"), qPrintable(run.result.detail));
    }

    void envelopes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        const auto error = [](int code, const char *message) {
            return envelope(QJsonValue(), false, {QJsonObject{{"code", code}, {"message", message}}});
        };
        QTest::newRow("malformed token 400/6003") << 400 << error(6003, "Invalid request headers") << ResultKind::AuthFailed;
        QTest::newRow("no permission 403/10000") << 403 << error(10000, "Authentication error") << ResultKind::AuthFailed;
        QTest::newRow("401") << 401 << QByteArray() << ResultKind::AuthFailed;
        QTest::newRow("bad zone id 400/7003") << 400 << error(7003, "Could not route") << ResultKind::NoSuchHost;
        QTest::newRow("record gone 404/81044") << 404 << error(81044, "Record does not exist.") << ResultKind::NoSuchHost;
        QTest::newRow("cname conflict 400/81053") << 400 << error(81053, "An A, AAAA, or CNAME record with that host already exists.") << ResultKind::ConfigError;
        QTest::newRow("rate limited 429") << 429 << error(971, "Please wait") << ResultKind::RateLimited;
        QTest::newRow("server 502 html") << 502 << QByteArray("<html>Bad gateway</html>") << ResultKind::ServerError;
        QTest::newRow("success false with 200") << 200 << error(1234, "odd") << ResultKind::BadResponse;
        QTest::newRow("not json 200") << 200 << QByteArray("hello") << ResultKind::BadResponse;
    }

    void envelopes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        const auto parsed = CloudflareProvider::parseEnvelope(FakeHttpClient::reply(status, body));
        QVERIFY(parsed.failure);
        QCOMPARE(parsed.failure->kind, kind);
    }

    void ttlValidation()
    {
        const CloudflareProvider provider(QUrl("https://api.test"), QString());
        QVERIFY(provider.validateRecord(RecordSpec{"a.example.com", "A", 0, {}}).isEmpty());
        QVERIFY(provider.validateRecord(RecordSpec{"a.example.com", "A", 1, {}}).isEmpty());
        QVERIFY(provider.validateRecord(RecordSpec{"a.example.com", "A", 120, {}}).isEmpty());
        QVERIFY(!provider.validateRecord(RecordSpec{"a.example.com", "A", 10, {}}).isEmpty());
        QVERIFY(!provider.validateRecord(RecordSpec{"a.example.com", "A", 100000, {}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloudflare)
#include "tst_cloudflare.moc"
