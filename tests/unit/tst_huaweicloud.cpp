// Huawei Cloud DNS against an in-test fake of its API: the gateway's
// signature check and clock window, public and private zones, record sets by
// name, type and ISP line with several values each, marker paging, and the
// service's error codes.
#include "FakeHttpClient.h"
#include "HuaweiCloudProvider.h"
#include "JobDriver.h"
#include "provider/ProviderRegistry.h"
#include "signing/HuaweiSigner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

namespace homing {
void registerHuaweiCloudProvider(ProviderRegistry &registry);
}

using namespace homing;
using namespace homing::providers;
using homing::test::FakeHttpClient;

Q_DECLARE_METATYPE(homing::ResultKind)

namespace {

const QString kAccessKeyId = QStringLiteral("HPUAXYZ1234567890ABC");
const QString kSecret = QStringLiteral("good-secret-key");
const QString kZone = QStringLiteral("2c9eb155587194ec01587224c9f90149");
const QString kAddress = QStringLiteral("81.2.69.160");
const QString kBase = QStringLiteral("https://dns.test");

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject zone(const QString &id, const QString &name, const QString &type = QStringLiteral("public"),
                 const QString &status = QStringLiteral("ACTIVE"))
{
    return {{"id", id}, {"name", name + '.'}, {"zone_type", type}, {"status", status}, {"ttl", 300}};
}

QJsonObject recordSet(const QString &id, const QString &name, const QStringList &values,
                      const QString &line = QStringLiteral("default_view"), const QString &type = QStringLiteral("A"),
                      int ttl = 300)
{
    return {{"id", id},         {"name", name + '.'}, {"type", type},        {"ttl", ttl},
            {"line", line},     {"zone_id", kZone},   {"status", "ACTIVE"}, {"weight", 1},
            {"description", "set by hand"}, {"records", QJsonArray::fromStringList(values)}};
}

// A small Huawei Cloud DNS behind its API gateway. Like the real one it
// recomputes every request's SDK-HMAC-SHA256 signature over the headers the
// request says it signed (Host as the HTTP client writes it) and refuses a
// mismatch or an X-Sdk-Date more than 15 minutes off with APIGW.0301; lists
// zones by type and record sets by name, type and line_id (search_mode=equal),
// pages both with limit and marker, and checks TTLs (DNS.0319).
struct FakeHuawei {
    QList<QJsonObject> zones{zone(kZone, "example.com")};
    QList<QJsonObject> sets;
    QList<HttpRequest> writes;
    int pageSize = 0;              // > 0: pages of this size, whatever limit asks for
    bool ignoreNameFilter = false; // list every set of the zone, as a fuzzy filter would
    bool ignoreLineFilter = false;
    bool privateZonesListed = false; // the type filter ignored
    int minimumTtl = 1;
    int clockOffsetSeconds = 0;
    int nextId = 1;

    static HttpReply gatewayError(int status, const QString &code, const QString &message)
    {
        return FakeHttpClient::reply(status, json({{"error_msg", message}, {"error_code", code},
                                                   {"request_id", "5a63903e690bcd18d9ddf5c2ca75e827"}}));
    }

    static HttpReply dnsError(int status, const QString &code, const QString &message)
    {
        return FakeHttpClient::reply(status, json({{"code", code}, {"message", message}}));
    }

    std::optional<HttpReply> refuseSignature(const HttpRequest &request) const
    {
        static const QRegularExpression authorization(
            QStringLiteral("^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$"));
        const auto match = authorization.match(QString::fromLatin1(request.header("Authorization")));
        const QByteArray date = request.header("X-Sdk-Date");
        if (!match.hasMatch() || date.isEmpty())
            return gatewayError(401, "APIGW.0301", "Incorrect IAM authentication information: Authorization format incorrect");
        if (match.captured(1) != kAccessKeyId)
            return gatewayError(401, "APIGW.0301",
                                "Incorrect IAM authentication information: ak " + match.captured(1) + " not exist");
        const QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(date), "yyyyMMdd'T'HHmmss'Z'");
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds);
        if (!signedAt.isValid() || qAbs(QDateTime(signedAt.date(), signedAt.time(), Qt::UTC).secsTo(now)) > 15 * 60)
            return gatewayError(401, "APIGW.0301",
                                "Incorrect IAM authentication information: calc aksk signature fail:signature expired, "
                                "signature time:" + QString::fromLatin1(date) + ",server time:"
                                    + QString::fromLatin1(huaweiSdkDate(now)));
        HuaweiRequest signing;
        signing.method = request.method;
        signing.path = request.url.path(QUrl::FullyDecoded).toUtf8();
        for (const auto &[name, value] : QUrlQuery(request.url).queryItems(QUrl::FullyDecoded))
            signing.query.append({name.toUtf8(), value.toUtf8()});
        QByteArray host = request.url.host().toLatin1();
        if (request.url.port() != -1)
            host += ':' + QByteArray::number(request.url.port());
        for (const auto &name : match.captured(2).split(';')) {
            if (name == "host")
                signing.headers.append({"host", host});
            else if (name != "x-sdk-date")
                signing.headers.append({name.toLatin1(), request.header(name.toLatin1())});
        }
        signing.payload = request.body;
        signing.sdkDate = date;
        if (huaweiAuthorization(signing, kAccessKeyId, kSecret) != request.header("Authorization"))
            return gatewayError(401, "APIGW.0301", "Incorrect IAM authentication information: verify aksk signature fail");
        return std::nullopt;
    }

    HttpReply operator()(const HttpRequest &request)
    {
        if (const auto refusal = refuseSignature(request))
            return *refusal;
        const QString path = request.url.path();
        const QUrlQuery query(request.url);
        if (path == "/v2/zones" && request.method == "GET") {
            QList<QJsonObject> listed;
            for (const auto &z : zones) {
                if (privateZonesListed || z.value("zone_type").toString() == query.queryItemValue("type"))
                    listed.append(z);
            }
            return page(listed, query, "zones");
        }
        static const QRegularExpression setsPath(QStringLiteral("^/v2\\.1/zones/([^/]+)/recordsets(?:/([^/]+))?$"));
        const auto match = setsPath.match(path);
        if (!match.hasMatch())
            return gatewayError(404, "APIGW.0101", "The API does not exist or has not been published in the environment");
        if (match.captured(1) != kZone)
            return dnsError(404, "DNS.0302", "This zone does not exist.");
        if (request.method == "GET") {
            QList<QJsonObject> listed;
            for (const auto &set : sets) {
                if (!ignoreNameFilter && set.value("name").toString() != query.queryItemValue("name"))
                    continue;
                if (set.value("type").toString() != query.queryItemValue("type"))
                    continue;
                if (!ignoreLineFilter && set.value("line").toString() != query.queryItemValue("line_id"))
                    continue;
                listed.append(set);
            }
            return page(listed, query, "recordsets");
        }
        writes.append(request);
        QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonValue ttl = body.value("ttl");
        if (ttl.isDouble() && (ttl.toInt() < minimumTtl || ttl.toInt() > 2147483647))
            return dnsError(400, "DNS.0319",
                            QStringLiteral("The TTL parameter has been out of range. The value ranges from %1 to 2147483647.")
                                .arg(minimumTtl));
        if (request.method == "POST") {
            QJsonObject created = recordSet(QStringLiteral("ff80808200000000000000000000%1").arg(nextId++, 4, 10, QChar('0')),
                                            body.value("name").toString().chopped(1),
                                            body.value("records").toVariant().toStringList(),
                                            body.value("line").toString("default_view"), body.value("type").toString(),
                                            ttl.toInt(300));
            created["status"] = "PENDING_CREATE";
            sets.append(created);
            return FakeHttpClient::reply(202, json(created));
        }
        for (auto &set : sets) {
            if (set.value("id").toString() == match.captured(2)) {
                for (const char *key : {"records", "ttl", "name", "type"}) {
                    if (body.contains(key))
                        set[key] = body.value(key);
                }
                set["status"] = "PENDING_UPDATE";
                return FakeHttpClient::reply(202, json(set));
            }
        }
        return dnsError(404, "DNS.0313", "This record set does not exist.");
    }

    HttpReply page(const QList<QJsonObject> &items, const QUrlQuery &query, const QString &key) const
    {
        int start = 0;
        if (query.hasQueryItem("marker")) {
            start = -1;
            for (int i = 0; i < items.size(); ++i) {
                if (items.at(i).value("id").toString() == query.queryItemValue("marker"))
                    start = i + 1;
            }
            if (start < 0)
                return dnsError(400, "DNS.0007", "The marker parameter is invalid.");
        }
        const int limit = query.hasQueryItem("limit") ? query.queryItemValue("limit").toInt() : 500;
        const int size = pageSize > 0 ? pageSize : limit;
        QJsonArray listed;
        for (int i = start; i < qMin(int(items.size()), start + size); ++i)
            listed.append(items.at(i));
        QJsonObject links{{"self", kBase + "/v2/zones"}};
        if (start + size < items.size())
            links.insert("next", kBase + "/v2/zones?marker=" + items.at(start + size - 1).value("id").toString());
        return FakeHttpClient::reply(200, json({{"links", links}, {key, listed},
                                                {"metadata", QJsonObject{{"total_count", int(items.size())}}}}));
    }

    QList<QJsonObject> setsNamed(const QString &name) const
    {
        QList<QJsonObject> found;
        for (const auto &set : sets) {
            if (set.value("name").toString() == name + '.')
                found.append(set);
        }
        return found;
    }
};

RecordTarget target(const QString &name = QStringLiteral("nas.example.com"), int ttl = 0, const QJsonObject &settings = {},
                    const QString &type = QStringLiteral("A"), const QString &address = kAddress)
{
    return RecordTarget{RecordSpec{name, type, ttl, settings}, QHostAddress(address)};
}

HuaweiCloudProvider provider(const QString &projectId = {})
{
    return HuaweiCloudProvider(QUrl(kBase), kAccessKeyId, projectId);
}

test::JobRun update(FakeHuawei &fake, const RecordTarget &what, const QString &secret = kSecret)
{
    auto job = provider().createUpdateJob(what, {{"secret_access_key", secret}});
    return test::driveJob(*job, std::ref(fake));
}

QJsonObject bodyOf(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

ProviderAccount account(const QJsonObject &settings, const QUrl &endpoint = {})
{
    return ProviderAccount{QStringLiteral("hw"), endpoint, settings};
}

} // namespace

class TestHuaweiCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAMissingRecordSet()
    {
        FakeHuawei fake;
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 3);
        QCOMPARE(run.requests[0].method, QByteArray("GET"));
        QCOMPARE(run.requests[0].url.toString(), kBase + "/v2/zones?type=public&limit=500");
        QCOMPARE(run.requests[1].url.toString(),
                 kBase + "/v2.1/zones/" + kZone
                     + "/recordsets?name=nas.example.com.&type=A&line_id=default_view&search_mode=equal&limit=500");
        QCOMPARE(run.requests[2].method, QByteArray("POST"));
        QCOMPARE(run.requests[2].url.path(), "/v2.1/zones/" + kZone + "/recordsets");
        const QJsonObject body = bodyOf(run.requests[2]);
        QCOMPARE(keysOf(body), (QStringList{"line", "name", "records", "type"}));
        QCOMPARE(body.value("name").toString(), QStringLiteral("nas.example.com."));
        QCOMPARE(body.value("records").toArray(), QJsonArray{kAddress});
        QCOMPARE(body.value("line").toString(), QStringLiteral("default_view"));
        for (const auto &request : run.requests) {
            QVERIFY(request.carriesCredential);
            QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
            QVERIFY(request.header("Authorization").startsWith("SDK-HMAC-SHA256 Access=" + kAccessKeyId.toLatin1()
                                                               + ", SignedHeaders=content-type;host;x-sdk-date, Signature="));
            QVERIFY(!request.header("Authorization").contains(kSecret.toLatin1()));
            QVERIFY(request.header("X-Project-Id").isEmpty());
        }
        QCOMPARE(fake.setsNamed("nas.example.com").size(), 1);
        QCOMPARE(fake.setsNamed("nas.example.com").first().value("ttl").toInt(), 300); // the service's default
    }

    void createsOnTheLineWithTheTtl()
    {
        FakeHuawei fake;
        const auto run = update(fake, target("nas.example.com", 600, {{"line", "Dianxin"}}));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(run.result.detail.contains("Dianxin"), qPrintable(run.result.detail));
        QCOMPARE(QUrlQuery(run.requests[1].url).queryItemValue("line_id"), QStringLiteral("Dianxin"));
        const QJsonObject body = bodyOf(fake.writes.first());
        QCOMPARE(body.value("line").toString(), QStringLiteral("Dianxin"));
        QCOMPARE(body.value("ttl").toInt(), 600);
    }

    void updatesInPlaceKeepingItsTtl()
    {
        FakeHuawei fake;
        fake.sets = {recordSet("set1", "nas.example.com", {"81.2.69.1"}, "default_view", "A", 3600)};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(run.result.detail.contains("changed from 81.2.69.1"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(fake.writes[0].method, QByteArray("PUT"));
        QCOMPARE(fake.writes[0].url.path(), "/v2.1/zones/" + kZone + "/recordsets/set1");
        const QJsonObject body = bodyOf(fake.writes[0]);
        // Description, weight and line stay out: the service keeps them.
        QCOMPARE(keysOf(body), (QStringList{"name", "records", "ttl", "type"}));
        QCOMPARE(body.value("records").toArray(), QJsonArray{kAddress});
        QCOMPARE(body.value("ttl").toInt(), 3600);
        QCOMPARE(fake.sets[0].value("description").toString(), QStringLiteral("set by hand"));
        QCOMPARE(fake.sets[0].value("line").toString(), QStringLiteral("default_view"));
    }

    void nothingSentWhenAlreadyRight()
    {
        FakeHuawei fake;
        fake.sets = {recordSet("set1", "nas.example.com", {kAddress})};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(run.requests.size(), 2);
        QCOMPARE(fake.writes.size(), 0);
    }

    void ttlDifferenceChangesOnlyTheTtl()
    {
        FakeHuawei fake;
        fake.sets = {recordSet("set1", "nas.example.com", {kAddress}, "default_view", "A", 300)};
        const auto run = update(fake, target("nas.example.com", 120));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(run.result.detail.contains("TTL changed to 120"), qPrintable(run.result.detail));
        const QJsonObject body = bodyOf(fake.writes.at(0));
        QCOMPARE(body.value("ttl").toInt(), 120);
        QCOMPARE(body.value("records").toArray(), QJsonArray{kAddress});
    }

    void aaaaRecord()
    {
        FakeHuawei fake;
        fake.sets = {recordSet("v4", "nas.example.com", {kAddress}),
                     recordSet("v6", "nas.example.com", {"2001:db8::1"}, "default_view", "AAAA")};
        const auto run = update(fake, target("nas.example.com", 0, {}, "AAAA", "2a00:1450:4001:81c::200e"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(QUrlQuery(run.requests[1].url).queryItemValue("type"), QStringLiteral("AAAA"));
        QCOMPARE(fake.writes.size(), 1);
        QVERIFY(fake.writes[0].url.path().endsWith("/v6"));
        QCOMPARE(fake.sets[0].value("records").toArray(), QJsonArray{kAddress}); // the A set is untouched
    }

    // The list filters by line_id, but a set of another line is never taken
    // even when the filter is not applied.
    void otherLinesAreNeverTouched_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("changedSet");
        QTest::newRow("default line: create beside the others") << "" << QByteArray("POST") << "";
        QTest::newRow("Dianxin: its own set") << "Dianxin" << QByteArray("PUT") << "dianxin";
        QTest::newRow("Yidong: create beside the others") << "Yidong" << QByteArray("POST") << "";
    }

    void otherLinesAreNeverTouched()
    {
        QFETCH(QString, line);
        QFETCH(QByteArray, method);
        QFETCH(QString, changedSet);
        for (const bool filtered : {true, false}) {
            FakeHuawei fake;
            fake.ignoreLineFilter = !filtered;
            fake.sets = {recordSet("dianxin", "nas.example.com", {"81.2.69.1"}, "Dianxin"),
                         recordSet("liantong", "nas.example.com", {"81.2.69.2"}, "Liantong"),
                         recordSet("abroad", "nas.example.com", {"81.2.69.3"}, "Abroad")};
            QJsonObject settings;
            if (!line.isEmpty())
                settings.insert("line", line);
            const auto run = update(fake, target("nas.example.com", 0, settings));
            QCOMPARE(run.result.kind, ResultKind::Ok);
            QCOMPARE(fake.writes.size(), 1);
            QCOMPARE(fake.writes[0].method, method);
            if (!changedSet.isEmpty())
                QVERIFY(fake.writes[0].url.path().endsWith('/' + changedSet));
            else
                QCOMPARE(bodyOf(fake.writes[0]).value("line").toString(), line.isEmpty() ? QString("default_view") : line);
            for (const auto &set : std::as_const(fake.sets)) {
                const bool mine = set.value("id").toString() == changedSet
                    || set.value("line").toString() == (line.isEmpty() ? QString("default_view") : line);
                if (!mine)
                    QVERIFY2(set.value("records").toArray() != QJsonArray{kAddress}, qPrintable(set.value("id").toString()));
            }
        }
    }

    // A set of several values (a round robin someone built) is never cut down to one.
    void severalValuesInOneSet_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<int>("writes");
        QTest::newRow("none is the address") << QStringList{"81.2.69.1", "81.2.69.2"} << "" << 0 << ResultKind::ConfigError << 0;
        QTest::newRow("none is the address, record_id names it")
            << QStringList{"81.2.69.1", "81.2.69.2"} << "set1" << 0 << ResultKind::ConfigError << 0;
        QTest::newRow("one is the address") << QStringList{"81.2.69.1", kAddress} << "" << 0 << ResultKind::NoChange << 0;
        QTest::newRow("one is the address, record_id names it")
            << QStringList{"81.2.69.1", kAddress} << "set1" << 0 << ResultKind::NoChange << 0;
        QTest::newRow("one is the address, another TTL wanted, record_id names it")
            << QStringList{"81.2.69.1", kAddress} << "set1" << 60 << ResultKind::Ok << 1;
    }

    void severalValuesInOneSet()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, recordId);
        QFETCH(int, ttl);
        QFETCH(ResultKind, kind);
        QFETCH(int, writes);
        FakeHuawei fake;
        fake.sets = {recordSet("set1", "nas.example.com", values)};
        QJsonObject settings;
        if (!recordId.isEmpty())
            settings.insert("record_id", recordId);
        const auto run = update(fake, target("nas.example.com", ttl, settings));
        QCOMPARE(run.result.kind, kind);
        QCOMPARE(fake.writes.size(), writes);
        if (kind == ResultKind::ConfigError)
            QVERIFY2(run.result.detail.contains("holds several values (81.2.69.1, 81.2.69.2)"), qPrintable(run.result.detail));
        if (writes) {
            // Only the TTL changes: every value stays.
            QCOMPARE(bodyOf(fake.writes[0]).value("records").toArray(), QJsonArray::fromStringList(values));
            QCOMPARE(bodyOf(fake.writes[0]).value("ttl").toInt(), 60);
        }
    }

    // Several sets of the name, type and line (weighted sets): record_id picks one.
    void severalSetsNeedARecordId()
    {
        FakeHuawei fake;
        fake.sets = {recordSet("set1", "nas.example.com", {"81.2.69.1"}), recordSet("set2", "nas.example.com", {"81.2.69.2"})};
        auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("record_id"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);

        run = update(fake, target("nas.example.com", 0, {{"record_id", "set2"}}));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        QVERIFY(fake.writes[0].url.path().endsWith("/set2"));
        QCOMPARE(fake.sets[0].value("records").toArray(), QJsonArray{"81.2.69.1"});

        run = update(fake, target("nas.example.com", 0, {{"record_id", "gone"}}));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(fake.writes.size(), 1);
    }

    void zoneIsTheLongestPublicOne_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("listedName");
        QTest::newRow("apex") << "example.com" << "example.com.";
        QTest::newRow("sub-zone wins over its parent") << "a.sub.example.com" << "a.sub.example.com.";
        QTest::newRow("multi-label zone") << "a.b.example.com.cn" << "a.b.example.com.cn.";
        QTest::newRow("wildcard") << "*.example.com" << "*.example.com.";
        QTest::newRow("punycode") << "xn--fiqs8s.example.com" << "xn--fiqs8s.example.com.";
    }

    void zoneIsTheLongestPublicOne()
    {
        QFETCH(QString, name);
        QFETCH(QString, listedName);
        FakeHuawei fake;
        // Other zones, a private zone of the very name, and the zone itself.
        fake.zones = {zone("parent", "com.cn"), zone("other", "example.org"), zone("private1", "sub.example.com", "private"),
                      zone("private2", "example.com.cn", "private"), zone("sub", "sub.example.com"),
                      zone("cn", "b.example.com.cn"), zone(kZone, "example.com")};
        // The private ones come back too, as if the type filter were not applied.
        fake.privateZonesListed = true;
        const QString expectedZone = name.endsWith(".com.cn") ? "cn" : name.endsWith("sub.example.com") ? "sub" : kZone;
        const auto run = update(fake, target(name));
        // Only kZone has record sets in the fake; the others answer DNS.0302.
        QVERIFY(run.requests.size() >= 2);
        QCOMPARE(run.requests[1].url.path(), "/v2.1/zones/" + expectedZone + "/recordsets");
        QCOMPARE(QUrlQuery(run.requests[1].url).queryItemValue("name", QUrl::FullyDecoded), listedName);
        if (expectedZone == kZone)
            QCOMPARE(run.result.kind, ResultKind::Ok);
        else
            QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
    }

    void aPrivateZoneIsNeverUsed()
    {
        FakeHuawei fake;
        fake.privateZonesListed = true;
        fake.zones = {zone("private", "example.com", "private")};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains("private zone"), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1);
        QCOMPARE(fake.writes.size(), 0);
    }

    void zoneThatDoesNotServe_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("ACTIVE") << "ACTIVE" << ResultKind::Ok;
        QTest::newRow("PENDING_UPDATE") << "PENDING_UPDATE" << ResultKind::Ok;
        QTest::newRow("DISABLE") << "DISABLE" << ResultKind::ConfigError;
        QTest::newRow("FREEZE") << "FREEZE" << ResultKind::ConfigError;
    }

    void zoneThatDoesNotServe()
    {
        QFETCH(QString, status);
        QFETCH(ResultKind, kind);
        FakeHuawei fake;
        fake.zones = {zone(kZone, "example.com", "public", status)};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, kind);
        if (kind == ResultKind::ConfigError) {
            QCOMPARE(run.requests.size(), 1);
            QVERIFY(run.result.detail.contains(status));
        }
    }

    void unknownZone()
    {
        FakeHuawei fake;
        const auto run = update(fake, target("nas.example.org"));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(run.requests.size(), 1);
    }

    // Zones come 500 a page, followed with marker = the last id read.
    void zonePaging_data()
    {
        QTest::addColumn<int>("others");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("zonePages");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("one page") << 5 << 0 << 1 << ResultKind::Ok;
        QTest::newRow("on page 3 of 3") << 5 << 2 << 3 << ResultKind::Ok;
        QTest::newRow("on page 4 of 4") << 7 << 2 << 4 << ResultKind::Ok;
        QTest::newRow("past the fourth page: nothing changes") << 8 << 2 << 4 << ResultKind::ConfigError; // permanent: never retried
    }

    void zonePaging()
    {
        QFETCH(int, others);
        QFETCH(int, pageSize);
        QFETCH(int, zonePages);
        QFETCH(ResultKind, kind);
        FakeHuawei fake;
        fake.pageSize = pageSize;
        fake.zones.clear();
        for (int i = 0; i < others; ++i)
            fake.zones.append(zone(QStringLiteral("zone%1").arg(i), QStringLiteral("other%1.org").arg(i)));
        fake.zones.append(zone(kZone, "example.com"));
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, kind);
        for (int page = 0; page < zonePages; ++page) {
            QCOMPARE(run.requests[page].url.path(), QStringLiteral("/v2/zones"));
            const QUrlQuery query(run.requests[page].url);
            QCOMPARE(query.queryItemValue("marker"),
                     page == 0 ? QString() : QStringLiteral("zone%1").arg(page * pageSize - 1));
        }
        if (kind == ResultKind::Ok)
            QCOMPARE(run.requests.size(), zonePages + 2);
        else
            QCOMPARE(run.requests.size(), zonePages);
        QVERIFY(run.requests.size() <= 12);
    }

    // Record sets of other names (a fuzzy filter) spread over pages: the set
    // is found on its page, and nothing is created before every page is read.
    void recordSetPaging_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<int>("listRequests");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QByteArray>("write");
        QTest::newRow("on page 3") << 4 << true << 3 << ResultKind::Ok << QByteArray("PUT");
        QTest::newRow("missing after 3 pages") << 5 << false << 3 << ResultKind::Ok << QByteArray("POST");
        QTest::newRow("on page 6") << 10 << true << 6 << ResultKind::Ok << QByteArray("PUT");
        QTest::newRow("past the sixth page") << 12 << true << 6 << ResultKind::BadResponse << QByteArray();
    }

    void recordSetPaging()
    {
        QFETCH(int, before);
        QFETCH(bool, exists);
        QFETCH(int, listRequests);
        QFETCH(ResultKind, kind);
        QFETCH(QByteArray, write);
        FakeHuawei fake;
        fake.pageSize = 2;
        fake.ignoreNameFilter = true;
        for (int i = 0; i < before; ++i)
            fake.sets.append(recordSet(QStringLiteral("other%1").arg(i), QStringLiteral("nas%1.example.com").arg(i), {"81.2.69.9"}));
        if (exists)
            fake.sets.append(recordSet("mine", "nas.example.com", {"81.2.69.1"}));
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, kind);
        QCOMPARE(run.requests.size(), 1 + listRequests + (write.isEmpty() ? 0 : 1));
        for (int page = 1; page <= listRequests; ++page)
            QCOMPARE(QUrlQuery(run.requests[page].url).queryItemValue("marker"),
                     page == 1 ? QString() : QStringLiteral("other%1").arg((page - 1) * 2 - 1));
        QCOMPARE(fake.writes.size(), write.isEmpty() ? 0 : 1);
        if (!write.isEmpty()) {
            QCOMPARE(fake.writes[0].method, write);
            if (write == "PUT")
                QVERIFY(fake.writes[0].url.path().endsWith("/mine"));
        }
        for (const auto &set : std::as_const(fake.sets)) {
            if (set.value("id").toString().startsWith("other"))
                QCOMPARE(set.value("records").toArray(), QJsonArray{"81.2.69.9"});
        }
    }

    void wrongSecretIsRefusedByTheGateway()
    {
        FakeHuawei fake;
        const auto run = update(fake, target(), QStringLiteral("wrong-secret"));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains("APIGW.0301"), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains("Secret Access Key"), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1);
    }

    void clockOffByMoreThan15MinutesIsClockSkew_data()
    {
        QTest::addColumn<int>("offsetSeconds");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("14 minutes behind") << -14 * 60 << ResultKind::Ok;
        QTest::newRow("16 minutes behind") << -16 * 60 << ResultKind::ClockSkew;
        QTest::newRow("20 minutes ahead") << 20 * 60 << ResultKind::ClockSkew;
    }

    void clockOffByMoreThan15MinutesIsClockSkew()
    {
        QFETCH(int, offsetSeconds);
        QFETCH(ResultKind, kind);
        FakeHuawei fake;
        fake.clockOffsetSeconds = offsetSeconds;
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, kind);
        if (kind == ResultKind::ClockSkew)
            QVERIFY2(run.result.detail.contains("15 minutes"), qPrintable(run.result.detail));
    }

    void ttlRefusedByTheZone()
    {
        FakeHuawei fake;
        fake.minimumTtl = 300;
        const auto run = update(fake, target("nas.example.com", 60));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("DNS.0319"), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains("1 to 2147483647"), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains("from 300 to 2147483647"), qPrintable(run.result.detail));
    }

    void projectIdIsSentAndSigned()
    {
        FakeHuawei fake;
        const QString project = QStringLiteral("05041fffa40025702f6dc009cc6f8f33");
        auto job = provider(project).createUpdateJob(target(), {{"secret_access_key", kSecret}});
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        for (const auto &request : run.requests) {
            QCOMPARE(request.header("X-Project-Id"), project.toLatin1());
            QVERIFY(request.header("Authorization").contains("SignedHeaders=content-type;host;x-project-id;x-sdk-date,"));
        }
    }

    // What the gateway or the service answers, mapped to the taxonomy.
    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<int>("retryAfterSeconds"); // -1: none from the provider
        QTest::addColumn<QString>("detailHas");
        const auto gateway = [](const char *code, const char *message) {
            return json({{"error_msg", message}, {"error_code", code}, {"request_id", "8080d377bffeb6d519b0567c09cebe6b"}});
        };
        const auto dns = [](const char *code, const char *message) { return json({{"code", code}, {"message", message}}); };
        QTest::newRow("AK unknown") << 401 << gateway("APIGW.0301", "Incorrect IAM authentication information: ak LTAI5t not exist")
                                    << QByteArray() << ResultKind::AuthFailed << -1 << "Access Key ID";
        QTest::newRow("signature mismatch")
            << 401 << gateway("APIGW.0301", "Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:GET|/v2/zones/|")
            << QByteArray() << ResultKind::AuthFailed << -1 << "verify aksk signature fail";
        QTest::newRow("key locked")
            << 401 << gateway("APIG.0301", "Incorrect IAM authentication information: AK access failed to reach the limit,forbidden.")
            << QByteArray() << ResultKind::AuthFailed << -1 << "5 minutes";
        QTest::newRow("signature expired")
            << 401 << gateway("APIGW.0301", "Incorrect IAM authentication information: calc aksk signature fail:signature expired, signature time:20211217T064303Z,server time:20211217T065804Z")
            << QByteArray() << ResultKind::ClockSkew << -1 << "correct this computer's clock";
        QTest::newRow("not authorized for the API") << 403 << gateway("APIGW.0302", "The IAM user is not authorized to access the API.")
                                                    << QByteArray() << ResultKind::AuthFailed << -1 << "dns:recordset:update";
        QTest::newRow("throttled, window in the message")
            << 429 << gateway("APIGW.0308", "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute")
            << QByteArray() << ResultKind::RateLimited << 60 << "APIGW.0308";
        QTest::newRow("throttled, Retry-After given")
            << 429 << gateway("APIG.0308", "The throttling threshold has been reached: policy ip over ratelimit,limit:5,time:1 minute")
            << QByteArray("7") << ResultKind::RateLimited << -1 << "APIG.0308";
        QTest::newRow("no such API") << 404 << gateway("APIGW.0101", "The API does not exist or has not been published in the environment")
                                     << QByteArray() << ResultKind::ConfigError << -1 << "region";
        QTest::newRow("authentication required") << 401 << dns("DNS.0005", "Authentication required.") << QByteArray()
                                                 << ResultKind::AuthFailed << -1 << "DNS FullAccess";
        QTest::newRow("no permission") << 401 << dns("DNS.0013", "You do not have the permission to perform this operation using the API.")
                                       << QByteArray() << ResultKind::AuthFailed << -1 << "dns:zone:list";
        QTest::newRow("flow control (403)") << 403 << dns("DNS.0014", "Request forbidden by flow control.") << QByteArray()
                                            << ResultKind::RateLimited << -1 << "DNS.0014";
        QTest::newRow("quota (403)") << 403 << dns("DNS.0403", "Insufficient record set quota.") << QByteArray()
                                     << ResultKind::ConfigError << -1 << "quota";
        QTest::newRow("zone gone") << 404 << dns("DNS.0302", "This zone does not exist.") << QByteArray()
                                   << ResultKind::NoSuchHost << -1 << "DNS.0302";
        QTest::newRow("record set gone") << 404 << dns("DNS.0313", "This record set does not exist.") << QByteArray()
                                         << ResultKind::NoSuchHost << -1 << "DNS.0313";
        QTest::newRow("TTL out of range") << 400 << dns("DNS.0319", "The TTL parameter has been out of range. The value ranges from 1 to 2147483647.")
                                          << QByteArray() << ResultKind::ConfigError << -1 << "ttl";
        QTest::newRow("set exists") << 400 << dns("DNS.0312", "This record set already exists.") << QByteArray()
                                    << ResultKind::ConfigError << -1 << "record_id";
        QTest::newRow("not steady") << 400 << dns("DNS.0314", "The record set is not in a steady state.") << QByteArray()
                                    << ResultKind::ServerError << -1 << "DNS.0314";
        QTest::newRow("internal error") << 500 << dns("DNS.0001", "Internal error.") << QByteArray()
                                        << ResultKind::ServerError << -1 << "DNS.0001";
        QTest::newRow("unknown 400 code") << 400 << dns("DNS.0002", "Invalid request.") << QByteArray()
                                          << ResultKind::ConfigError << -1 << "Invalid request";
        QTest::newRow("502 page") << 502 << QByteArray("<html>Bad gateway</html>") << QByteArray()
                                  << ResultKind::ServerError << -1 << "Bad gateway";
        QTest::newRow("plain 404") << 404 << QByteArray("not found") << QByteArray() << ResultKind::NoSuchHost << -1 << "404";
        QTest::newRow("teapot") << 418 << QByteArray("short and stout") << QByteArray() << ResultKind::BadResponse << -1 << "418";
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(ResultKind, kind);
        QFETCH(int, retryAfterSeconds);
        QFETCH(QString, detailHas);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter});
        const auto failure = HuaweiCloudProvider::classifyFailure(FakeHttpClient::reply(status, body, headers));
        QVERIFY(failure);
        QCOMPARE(failure->kind, kind);
        QVERIFY2(failure->detail.contains(detailHas), qPrintable(failure->detail));
        QCOMPARE(failure->retryAfterSeconds.value_or(-1), retryAfterSeconds);
        // The core keeps 300 characters of a detail: the advice and the provider's words both fit.
        QVERIFY2(failure->detail.size() <= 300, qPrintable(failure->detail));
    }

    void successIsNoFailure()
    {
        QVERIFY(!HuaweiCloudProvider::classifyFailure(FakeHttpClient::reply(200, "{}")));
        QVERIFY(!HuaweiCloudProvider::classifyFailure(FakeHttpClient::reply(202, "{}")));
    }

    void answersThatMakeNoSense()
    {
        for (const QByteArray &body : {QByteArray("not json"), QByteArray("[1,2]"), QByteArray("{\"zones\":{}}")}) {
            auto job = provider().createUpdateJob(target(), {{"secret_access_key", kSecret}});
            const auto run = test::driveJob(*job, [&body](const HttpRequest &) { return FakeHttpClient::reply(200, body); });
            QCOMPARE(run.result.kind, ResultKind::BadResponse);
            QCOMPARE(run.requests.size(), 1);
        }
        // A write answered with another value.
        FakeHuawei fake;
        auto job = provider().createUpdateJob(target(), {{"secret_access_key", kSecret}});
        const auto run = test::driveJob(*job, [&fake](const HttpRequest &request) {
            if (request.method == "POST")
                return FakeHttpClient::reply(202, json(recordSet("x", "nas.example.com", {"81.2.69.99"})));
            return fake(request);
        });
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
        QVERIFY2(run.result.detail.contains("81.2.69.99"), qPrintable(run.result.detail));
    }

    // The Test button: the reads of an update, then what it would do; nothing is written.
    void checkSaysWhatAnUpdateWouldDo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::addColumn<int>("requests");
        QTest::newRow("absent") << "nas.example.com" << "" << kSecret << QStringList() << ResultKind::Ok << "creates it" << 2;
        QTest::newRow("present") << "nas.example.com" << "" << kSecret << QStringList{"81.2.69.9"} << ResultKind::Ok
                                 << "holds 81.2.69.9" << 2;
        QTest::newRow("present on a line") << "nas.example.com" << "Dianxin" << kSecret << QStringList{"81.2.69.9"}
                                           << ResultKind::Ok << "ISP line Dianxin" << 2;
        QTest::newRow("several values") << "nas.example.com" << "" << kSecret << QStringList{"81.2.69.9", "81.2.69.10"}
                                        << ResultKind::Ok << "several values (81.2.69.9, 81.2.69.10)" << 2;
        QTest::newRow("no record named: the zones") << "" << "" << kSecret << QStringList() << ResultKind::Ok
                                                    << "public zones: example.com" << 1;
        QTest::newRow("zone not in the account") << "nas.example.org" << "" << kSecret << QStringList()
                                                 << ResultKind::NoSuchHost << "no public zone" << 1;
        QTest::newRow("key refused") << "nas.example.com" << "" << "wrong" << QStringList() << ResultKind::AuthFailed
                                     << "APIGW.0301" << 1;
    }

    void checkSaysWhatAnUpdateWouldDo()
    {
        QFETCH(QString, name);
        QFETCH(QString, line);
        QFETCH(QString, secret);
        QFETCH(QStringList, values);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        QFETCH(int, requests);
        FakeHuawei fake;
        fake.zones.append(zone("private", "example.org", "private"));
        if (!values.isEmpty())
            fake.sets = {recordSet("set1", "nas.example.com", values, line.isEmpty() ? "default_view" : line)};
        QJsonObject settings;
        if (!line.isEmpty())
            settings.insert("line", line);
        auto job = provider().createCheckJob(RecordSpec{name, "A", 0, settings}, {{"secret_access_key", secret}});
        QVERIFY(job);
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), requests);
        for (const auto &request : run.requests)
            QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(fake.writes.size(), 0);
    }

    void checkRefusesToGuessBetweenSeveralSets()
    {
        FakeHuawei fake;
        fake.sets = {recordSet("set1", "nas.example.com", {"81.2.69.9"}), recordSet("set2", "nas.example.com", {"81.2.69.10"})};
        auto job = provider().createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}}, {{"secret_access_key", kSecret}});
        auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        job = provider().createCheckJob(RecordSpec{"nas.example.com", "A", 0, {{"record_id", "set2"}}},
                                        {{"secret_access_key", kSecret}});
        run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(run.result.detail.contains("with id set2 holds 81.2.69.10"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);
    }

    void settingsAreValidated_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("badPath");  // empty: accepted
        QTest::addColumn<QString>("base");
        const QString ak = kAccessKeyId;
        QTest::newRow("global endpoint") << QJsonObject{{"access_key_id", ak}} << "" << "https://dns.myhuaweicloud.com";
        QTest::newRow("region") << QJsonObject{{"access_key_id", ak}, {"region", "cn-north-4"}} << ""
                                << "https://dns.cn-north-4.myhuaweicloud.com";
        QTest::newRow("region, upper case") << QJsonObject{{"access_key_id", ak}, {"region", "AP-Southeast-1"}} << ""
                                            << "https://dns.ap-southeast-1.myhuaweicloud.com";
        QTest::newRow("project") << QJsonObject{{"access_key_id", ak}, {"region", "cn-south-1"},
                                                {"project_id", "05041fffa40025702f6dc009cc6f8f33"}} << "" << "";
        QTest::newRow("bad region") << QJsonObject{{"access_key_id", ak}, {"region", "dns.example.com"}}
                                    << "settings.region" << "";
        QTest::newRow("bad project") << QJsonObject{{"access_key_id", ak}, {"project_id", "project-1"}}
                                     << "settings.project_id" << "";
        QTest::newRow("bad key id") << QJsonObject{{"access_key_id", "AK with spaces"}} << "settings.access_key_id" << "";
        // A missing key id is the required-field check's, before create() is called.
        QTest::newRow("no key id") << QJsonObject{} << "" << "https://dns.myhuaweicloud.com";
    }

    void settingsAreValidated()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(QString, badPath);
        QFETCH(QString, base);
        QList<ConfigIssue> issues;
        const auto created = HuaweiCloudProvider::create(account(settings), issues);
        if (!badPath.isEmpty()) {
            QVERIFY(!created);
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().path, badPath);
            return;
        }
        QVERIFY(created);
        QVERIFY(issues.isEmpty());
        if (base.isEmpty())
            return;
        // Where the requests go: the zone list of the check.
        auto job = created->createCheckJob(RecordSpec{}, {{"secret_access_key", kSecret}});
        const ProviderStep step = job->start();
        QCOMPARE(step.request.url.toString(), base + "/v2/zones?type=public&limit=500");
    }

    void endpointOverride()
    {
        QList<ConfigIssue> issues;
        const auto created = HuaweiCloudProvider::create(
            account({{"access_key_id", kAccessKeyId}, {"region", "cn-north-4"}}, QUrl("https://127.0.0.1:8443")), issues);
        QVERIFY(created);
        auto job = created->createCheckJob(RecordSpec{}, {{"secret_access_key", kSecret}});
        const ProviderStep step = job->start();
        QCOMPARE(step.request.url.toString(), QStringLiteral("https://127.0.0.1:8443/v2/zones?type=public&limit=500"));
        // The port is part of the signed host, as the HTTP client sends it.
        FakeHuawei fake;
        QVERIFY(!fake.refuseSignature(step.request));
    }

    void recordSettingsAreValidated()
    {
        const auto p = provider();
        QVERIFY(p.validateRecord(RecordSpec{"a.example.com", "A", 0, {}}).isEmpty());
        QVERIFY(p.validateRecord(RecordSpec{"a.example.com", "A", 1, {{"line", "Dianxin_Beijing"}}}).isEmpty());
        QVERIFY(p.validateRecord(RecordSpec{"a.example.com", "A", 604800, {{"record_id", "ff8080825b8fc86c015b94bc6f8712c4"}}})
                    .isEmpty());
        const auto lineIssues = p.validateRecord(RecordSpec{"a.example.com", "A", 0, {{"line", "电信"}}});
        QCOMPARE(lineIssues.size(), 1);
        QCOMPARE(lineIssues.first().path, QStringLiteral("settings.line"));
        QCOMPARE(p.validateRecord(RecordSpec{"a.example.com", "A", 0, {{"record_id", "a/b"}}}).size(), 1);
        QCOMPARE(HuaweiCloudProvider::lineOf(RecordSpec{"a.example.com", "A", 0, {}}), QStringLiteral("default_view"));
        QCOMPARE(HuaweiCloudProvider::lineOf(RecordSpec{"a.example.com", "A", 0, {{"line", " Yidong "}}}),
                 QStringLiteral("Yidong"));
    }

    void descriptor()
    {
        ProviderRegistry registry;
        registerHuaweiCloudProvider(registry);
        const ProviderDescriptor *found = registry.find("huaweicloud");
        QVERIFY(found);
        QCOMPARE(found->category, ProviderCategory::CloudDns);
        QVERIFY(found->readOnlyCheck);
        QCOMPARE(found->ttl.minimum, 1);
        QVERIFY(found->field("access_key_id", FieldSpec::Kind::Setting, FieldSpec::Scope::Account)->required);
        QVERIFY(found->field("secret_access_key", FieldSpec::Kind::Secret, FieldSpec::Scope::Account)->required);
        QVERIFY(found->field("region", FieldSpec::Kind::Setting, FieldSpec::Scope::Account));
        QVERIFY(found->field("project_id", FieldSpec::Kind::Setting, FieldSpec::Scope::Account));
        const FieldSpec *line = found->field("line", FieldSpec::Kind::Setting, FieldSpec::Scope::Record);
        QVERIFY(line);
        QCOMPARE(line->defaultValue, QJsonValue("default_view"));
        QVERIFY(found->field("record_id", FieldSpec::Kind::Setting, FieldSpec::Scope::Record));
        const QString help = QString::fromUtf8(found->field("access_key_id", FieldSpec::Kind::Setting,
                                                            FieldSpec::Scope::Account)->help);
        for (const char *permission : {"dns:zone:list", "dns:recordset:list", "dns:recordset:create", "dns:recordset:update"})
            QVERIFY2(help.contains(QLatin1String(permission)), permission);
    }
};

QTEST_GUILESS_MAIN(TestHuaweiCloud)
#include "tst_huaweicloud.moc"
