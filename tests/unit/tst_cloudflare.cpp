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

// A record of another name, as a list that ignores the name filter returns them.
QJsonObject otherRecord(int index)
{
    return {{"id", QStringLiteral("other%1").arg(index)}, {"zone_id", kZone},
            {"name", QStringLiteral("host%1.example.com").arg(index)}, {"type", "A"},
            {"content", "81.2.69.9"}, {"proxied", false}, {"ttl", 1}};
}

QByteArray error(int code, const QString &message)
{
    return envelope(QJsonValue(), false, {QJsonObject{{"code", code}, {"message", message}}});
}

// A small Cloudflare: one zone (example.com), zero or more A records. Like the
// real API it filters lists by type and name.exact (and ignores keys it does not
// know, such as a plain "name"), pages them with page/per_page and result_info,
// and refuses a write whose body does not follow the schema.
struct FakeCloudflare {
    QList<QJsonObject> records;
    QList<HttpRequest> writes;
    QString zoneStatus = QStringLiteral("active");
    int pageSize = 0;            // > 0: pages of this size, whatever per_page asks for
    bool ignoreNameFilter = false; // list every record of the type, as for an unknown filter key
    bool withResultInfo = true;

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("Authorization") != "Bearer good-token")
            return FakeHttpClient::reply(403, error(9109, "Invalid access token"));
        const QString path = request.url.path();
        const QUrlQuery query(request.url);
        if (path.endsWith("/zones")) {
            QJsonArray zones;
            if (!query.hasQueryItem("name") || query.queryItemValue("name") == "example.com") {
                QJsonObject zone{{"id", kZone}, {"name", "example.com"}};
                if (!zoneStatus.isEmpty())
                    zone.insert("status", zoneStatus);
                zones.append(zone);
            }
            return FakeHttpClient::reply(200, envelope(zones));
        }
        if (path.endsWith("/zones/" + kZone))
            return FakeHttpClient::reply(200, envelope(QJsonObject{{"id", kZone}, {"name", "example.com"}, {"status", "active"}}));
        if (path.endsWith("/dns_records") && request.method == "GET")
            return list(query);
        writes.append(request);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (const QString problem = schemaProblem(body); !problem.isEmpty())
            return FakeHttpClient::reply(400, error(9005, problem));
        QJsonObject result = record(body.value("content").toString(), body.value("proxied").toBool(),
                                    body.value("ttl").toInt());
        return FakeHttpClient::reply(200, envelope(result));
    }

    HttpReply list(const QUrlQuery &query) const
    {
        QJsonArray matching;
        for (const auto &r : records) {
            if (query.hasQueryItem("type") && r.value("type").toString() != query.queryItemValue("type"))
                continue;
            if (!ignoreNameFilter && query.hasQueryItem("name.exact")
                && r.value("name").toString().compare(query.queryItemValue("name.exact"), Qt::CaseInsensitive) != 0)
                continue;
            matching.append(r);
        }
        const int perPage = pageSize > 0 ? pageSize : (query.hasQueryItem("per_page") ? query.queryItemValue("per_page").toInt() : 100);
        const int page = query.hasQueryItem("page") ? query.queryItemValue("page").toInt() : 1;
        if (perPage < 1 || page < 1)
            return FakeHttpClient::reply(400, error(1004, "invalid page or per_page"));
        const int totalPages = qMax(1, (int(matching.size()) + perPage - 1) / perPage);
        QJsonArray items;
        for (int i = (page - 1) * perPage; i < qMin(int(matching.size()), page * perPage); ++i)
            items.append(matching.at(i));
        QJsonObject root{{"success", true}, {"errors", QJsonArray()}, {"messages", QJsonArray()}, {"result", items}};
        if (withResultInfo)
            root.insert("result_info", QJsonObject{{"page", page}, {"per_page", perPage}, {"count", int(items.size())},
                                                   {"total_count", int(matching.size())}, {"total_pages", totalPages}});
        return FakeHttpClient::reply(200, QJsonDocument(root).toJson(QJsonDocument::Compact));
    }

    static QString schemaProblem(const QJsonObject &body)
    {
        for (const char *field : {"type", "name", "content"}) {
            if (!body.value(QLatin1String(field)).isString())
                return QStringLiteral("%1 is required and must be a string").arg(QLatin1String(field));
        }
        const QJsonValue ttl = body.value("ttl");
        if (!ttl.isDouble() || (ttl.toInt() != 1 && (ttl.toInt() < 30 || ttl.toInt() > 86400)))
            return QStringLiteral("ttl must be 1 or 30 to 86400");
        if (body.contains("proxied") && !body.value("proxied").isBool())
            return QStringLiteral("proxied must be a boolean");
        return {};
    }
};

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

RecordTarget target(int ttl = 0, QJsonObject settings = {})
{
    return RecordTarget{RecordSpec{"nas.example.com", "A", ttl, settings}, QHostAddress("81.2.69.160")};
}

} // namespace

class TestCloudflare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        QCOMPARE(QUrlQuery(run.requests[2].url).queryItemValue("name.exact"), QStringLiteral("nas.example.com"));
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
        QCOMPARE(body.value("ttl").toInt(), 1); // the record's own
    }

    void patchBody_data()
    {
        QTest::addColumn<int>("configuredTtl");
        QTest::addColumn<int>("existingTtl");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<int>("sentTtl");
        QTest::addColumn<QStringList>("keys");
        const QStringList required{"type", "name", "content", "ttl"};
        QTest::newRow("no ttl configured: the record's automatic ttl") << 0 << 1 << QJsonObject() << 1 << required;
        QTest::newRow("no ttl configured: the record's 300") << 0 << 300 << QJsonObject() << 300 << required;
        QTest::newRow("ttl configured") << 120 << 300 << QJsonObject() << 120 << required;
        QTest::newRow("ttl configured, same as the record's") << 300 << 300 << QJsonObject() << 300 << required;
        QTest::newRow("proxied configured") << 0 << 3600 << QJsonObject{{"proxied", true}} << 3600
                                            << (required + QStringList{"proxied"});
    }

    void patchBody()
    {
        QFETCH(int, configuredTtl);
        QFETCH(int, existingTtl);
        QFETCH(QJsonObject, settings);
        QFETCH(int, sentTtl);
        QFETCH(QStringList, keys);
        FakeCloudflare cloudflare;
        QJsonObject existing = record("81.2.69.1", false, existingTtl);
        existing.insert("comment", "the NAS");
        cloudflare.records = {existing};
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(configuredTtl, settings), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(cloudflare.writes.size(), 1);
        QCOMPARE(cloudflare.writes[0].method, QByteArray("PATCH"));
        const QJsonObject body = QJsonDocument::fromJson(cloudflare.writes[0].body).object();
        QCOMPARE(keysOf(body), QSet<QString>(keys.begin(), keys.end()));
        QCOMPARE(body.value("type"), QJsonValue("A"));
        QCOMPARE(body.value("name"), QJsonValue("nas.example.com"));
        QCOMPARE(body.value("content"), QJsonValue("81.2.69.160"));
        QCOMPARE(body.value("ttl"), QJsonValue(sentTtl));
        QVERIFY2(!body.contains("comment"), "the record's comment must stay as it is");
    }

    void listQuery()
    {
        FakeCloudflare cloudflare;
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        const QUrlQuery query(run.requests[0].url);
        // The official SDK sends RecordListParams {name: {exact}} with allowDots: name.exact=...
        QCOMPARE(query.queryItemValue("name.exact"), QStringLiteral("nas.example.com"));
        QVERIFY(!query.hasQueryItem("name"));
        QCOMPARE(query.queryItemValue("type"), QStringLiteral("A"));
        QCOMPARE(query.queryItemValue("per_page"), QStringLiteral("100"));
        QVERIFY2(!query.hasQueryItem("page"), "the first page is asked for without page, as the SDK does");
    }

    void paging_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("before"); // records of other names listed before this one
        QTest::addColumn<int>("after");  // and after it
        QTest::addColumn<bool>("withResultInfo");
        QTest::addColumn<int>("listRequests");
        QTest::addColumn<QByteArray>("write");
        QTest::newRow("found on page 2 of 2") << 2 << 2 << 0 << true << 2 << QByteArray("PATCH");
        QTest::newRow("found on page 2 of 3") << 2 << 2 << 2 << true << 3 << QByteArray("PATCH");
        QTest::newRow("found on page 3 of 3") << 2 << 4 << 0 << true << 3 << QByteArray("PATCH");
        QTest::newRow("found on page 8 of 8") << 1 << 7 << 0 << true << 8 << QByteArray("PATCH");
        QTest::newRow("no result_info: one page") << 2 << 2 << 0 << false << 1 << QByteArray("POST");
        QTest::newRow("one page") << 100 << 5 << 5 << true << 1 << QByteArray("PATCH");
    }

    void paging()
    {
        QFETCH(int, pageSize);
        QFETCH(int, before);
        QFETCH(int, after);
        QFETCH(bool, withResultInfo);
        QFETCH(int, listRequests);
        QFETCH(QByteArray, write);
        FakeCloudflare cloudflare;
        cloudflare.pageSize = pageSize;
        cloudflare.ignoreNameFilter = true;
        cloudflare.withResultInfo = withResultInfo;
        for (int i = 0; i < before; ++i)
            cloudflare.records.append(otherRecord(i));
        cloudflare.records.append(record("81.2.69.1", false, 300));
        for (int i = 0; i < after; ++i)
            cloudflare.records.append(otherRecord(before + i));
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), listRequests + 1);
        for (int page = 1; page <= listRequests; ++page) {
            const QUrlQuery query(run.requests[page - 1].url);
            QCOMPARE(run.requests[page - 1].method, QByteArray("GET"));
            QCOMPARE(query.queryItemValue("page"), page == 1 ? QString() : QString::number(page));
        }
        QCOMPARE(cloudflare.writes.size(), 1);
        QCOMPARE(cloudflare.writes[0].method, write);
        if (write == "PATCH") {
            QVERIFY(cloudflare.writes[0].url.path().endsWith(kRecordId));
            QCOMPARE(QJsonDocument::fromJson(cloudflare.writes[0].body).object().value("ttl").toInt(), 300);
        }
    }

    void pageCap_data()
    {
        QTest::addColumn<int>("others");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("9 pages") << 8 << 1;
        QTest::newRow("50 pages") << 49 << 1;
        QTest::newRow("801 records in pages of 100") << 800 << 100;
    }

    void pageCap()
    {
        QFETCH(int, others);
        QFETCH(int, pageSize);
        FakeCloudflare cloudflare;
        cloudflare.pageSize = pageSize;
        cloudflare.ignoreNameFilter = true;
        for (int i = 0; i < others; ++i)
            cloudflare.records.append(otherRecord(i));
        cloudflare.records.append(record("81.2.69.1")); // on a page past the cap
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), QString());
        auto job = provider.createUpdateJob(target(), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
        QVERIFY2(run.result.detail.contains("too many"), qPrintable(run.result.detail));
        QCOMPARE(cloudflare.writes.size(), 0);
        // Two zone lookups and eight pages: within JobRunner's twelve requests.
        QCOMPARE(run.requests.size(), 2 + 8);
        QVERIFY(run.requests.size() < 12);
    }

    void zoneStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("active") << "active" << ResultKind::Ok;
        QTest::newRow("pending") << "pending" << ResultKind::ConfigError;
        QTest::newRow("moved") << "moved" << ResultKind::ConfigError;
        QTest::newRow("initializing") << "initializing" << ResultKind::ConfigError;
        QTest::newRow("no status") << "" << ResultKind::BadResponse;
    }

    void zoneStatus()
    {
        QFETCH(QString, status);
        QFETCH(ResultKind, kind);
        FakeCloudflare cloudflare;
        cloudflare.zoneStatus = status;
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), QString());
        auto job = provider.createUpdateJob(target(), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, kind);
        if (kind == ResultKind::Ok)
            return;
        QCOMPARE(run.requests.size(), 2); // the two zone lookups, no list, no write
        QCOMPARE(cloudflare.writes.size(), 0);
        if (kind == ResultKind::ConfigError) {
            QCOMPARE(run.result.detail,
                     QStringLiteral("the Cloudflare zone example.com is %1, not active: finish adding it to Cloudflare "
                                    "(its name servers must point to Cloudflare) before Homing can update it")
                         .arg(status));
        }
    }

    void activeZoneWinsOverAPendingOne()
    {
        FakeCloudflare cloudflare;
        const auto answer = [&cloudflare](const HttpRequest &request) {
            if (request.url.path().endsWith("/zones")) {
                QJsonArray zones;
                if (QUrlQuery(request.url).queryItemValue("name") == "example.com") {
                    zones.append(QJsonObject{{"id", "0123456789abcdef0123456789abcdef"}, {"name", "example.com"}, {"status", "pending"}});
                    zones.append(QJsonObject{{"id", kZone}, {"name", "example.com"}, {"status", "active"}});
                }
                return FakeHttpClient::reply(200, envelope(zones));
            }
            return cloudflare(request);
        };
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), QString());
        auto job = provider.createUpdateJob(target(), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, answer);
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY(run.requests[2].url.path().contains(kZone));
    }

    void schemaViolationIsRefusedByTheFake()
    {
        // The fake itself: a body without ttl, or with a ttl out of range, is a 400.
        FakeCloudflare cloudflare;
        HttpRequest request;
        request.method = "PATCH";
        request.url = QUrl("https://api.test/client/v4/zones/" + kZone + "/dns_records/" + kRecordId);
        request.setHeader("Authorization", "Bearer good-token");
        request.body = R"({"content":"81.2.69.160"})";
        QCOMPARE(cloudflare(request).status, 400);
        request.body = R"({"type":"A","name":"nas.example.com","content":"81.2.69.160","ttl":10})";
        QCOMPARE(cloudflare(request).status, 400);
        request.body = R"({"type":"A","name":"nas.example.com","content":"81.2.69.160","ttl":"120"})";
        QCOMPARE(cloudflare(request).status, 400);
        request.body = R"({"type":"A","name":"nas.example.com","content":"81.2.69.160","ttl":120})";
        QCOMPARE(cloudflare(request).status, 200);
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

    // Two records of the name and type, none holding the address: on one page
    // or across pages, Homing does not guess which one to change.
    void severalRecordsAreNotGuessed_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("listRequests");
        QTest::newRow("one page") << 0 << 1;
        QTest::newRow("across pages") << 1 << 2;
    }

    void severalRecordsAreNotGuessed()
    {
        QFETCH(int, pageSize);
        QFETCH(int, listRequests);
        FakeCloudflare cloudflare;
        cloudflare.pageSize = pageSize;
        QJsonObject second = record("81.2.69.2");
        second["id"] = "another";
        cloudflare.records = {record("81.2.69.1"), second};
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        auto job = provider.createUpdateJob(target(), {{"token", "good-token"}});
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QCOMPARE(run.requests.size(), listRequests);
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

    // The Test button's check reads what an update reads and writes nothing.
    void checkSaysWhatAnUpdateWouldDo_data()
    {
        QTest::addColumn<QString>("zoneId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("recordExists");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::addColumn<int>("requests");
        QTest::newRow("absent, zone by name") << QString() << "nas.example.com" << "good-token" << false << ResultKind::Ok
                                              << "creates it" << 3;
        QTest::newRow("present, zone by name") << QString() << "nas.example.com" << "good-token" << true << ResultKind::Ok
                                               << "holds 81.2.69.9" << 3;
        QTest::newRow("present, zone id") << kZone << "nas.example.com" << "good-token" << true << ResultKind::Ok
                                          << "holds 81.2.69.9" << 1;
        QTest::newRow("no record named, zones") << QString() << "" << "good-token" << false << ResultKind::Ok
                                                << "example.com" << 1;
        QTest::newRow("no record named, zone id") << kZone << "" << "good-token" << false << ResultKind::Ok
                                                  << "example.com" << 1;
        QTest::newRow("zone not in account") << QString() << "nas.other.org" << "good-token" << false
                                             << ResultKind::NoSuchHost << "no zone" << 2;
        QTest::newRow("token rejected") << QString() << "nas.example.com" << "wrong" << false << ResultKind::AuthFailed
                                        << "9109" << 1;
        QTest::newRow("token rejected, no record") << QString() << "" << "wrong" << false << ResultKind::AuthFailed
                                                   << "9109" << 1;
    }

    void checkSaysWhatAnUpdateWouldDo()
    {
        QFETCH(QString, zoneId);
        QFETCH(QString, name);
        QFETCH(QString, token);
        QFETCH(bool, recordExists);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        QFETCH(int, requests);
        FakeCloudflare cloudflare;
        if (recordExists)
            cloudflare.records.append(record("81.2.69.9"));
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), zoneId);
        auto job = provider.createCheckJob(RecordSpec{name, "A", 0, {}}, {{"token", token}});
        QVERIFY(job);
        const auto run = test::driveJob(*job, std::ref(cloudflare));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), requests);
        for (const auto &request : run.requests) {
            QCOMPARE(request.method, QByteArray("GET"));
            QVERIFY(request.carriesCredential);
        }
        QCOMPARE(cloudflare.writes.size(), 0);
    }

    void checkRefusesToGuessBetweenSeveralRecords()
    {
        FakeCloudflare cloudflare;
        cloudflare.records = {record("81.2.69.9"), record("81.2.69.10")};
        const CloudflareProvider provider(QUrl("https://api.test/client/v4"), kZone);
        const auto run = test::driveJob(*provider.createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}},
                                                                 {{"token", "good-token"}}),
                                        std::ref(cloudflare));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QCOMPARE(cloudflare.writes.size(), 0);
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
