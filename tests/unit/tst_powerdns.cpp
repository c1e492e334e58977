// The PowerDNS Authoritative HTTP API provider against an in-test fake that
// keeps zones and RRsets, filters by rrset_name/rrset_type, and answers
// errors as pdns_server 4.7 does (statuses and bodies seen from a real one:
// "Unauthorized" for a wrong key, "Not Found" for an unknown zone or server,
// 422 {"error": …} for a refused change).
#include "FakeHttpClient.h"
#include "JobDriver.h"
#include "PowerDnsProvider.h"
#include "net/RequestPolicy.h"
#include "provider/ProviderRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

namespace homing {
void registerPowerDnsProvider(ProviderRegistry &registry);
}

using namespace homing;
using namespace homing::providers;
using homing::test::FakeHttpClient;

Q_DECLARE_METATYPE(homing::ResultKind)

namespace {

const QString kAddress = QStringLiteral("81.2.69.160");
const QString kOld = QStringLiteral("81.2.69.1");
const QString kV6 = QStringLiteral("2a00:1450:4001:81c::200e");
const QUrl kEndpoint(QStringLiteral("https://dns.example.net:8081"));
const QByteArray kKey = "CANARY-key";

HttpReply jsonReply(int status, const QJsonObject &object)
{
    return FakeHttpClient::reply(status, QJsonDocument(object).toJson(QJsonDocument::Compact),
                                 {{"Content-Type", "application/json"}});
}

HttpReply textReply(int status, const QByteArray &text)
{
    return FakeHttpClient::reply(status, text, {{"Content-Type", "text/plain; charset=utf-8"}});
}

QJsonObject rrset(const QString &name, const QString &type, int ttl, const QStringList &contents, bool disabled = false)
{
    QJsonArray records;
    for (const auto &content : contents)
        records.append(QJsonObject{{"content", content}, {"disabled", disabled}});
    return {{"name", name}, {"type", type}, {"ttl", ttl}, {"records", records}, {"comments", QJsonArray()}};
}

// A PowerDNS server: zones by absolute name, each a list of RRsets.
struct FakePowerDns {
    QByteArray apiKey = kKey;
    QString serverId = QStringLiteral("localhost");
    QMap<QString, QList<QJsonObject>> zones;
    bool filters = true; // false: an older server that ignores rrset_name/rrset_type
    int serial = 2026112601;
    std::optional<HttpReply> patchAnswer;
    QList<HttpRequest> writes;

    FakePowerDns()
    {
        zones["example.test."] = {rrset("example.test.", "SOA", 3600, {"ns1.example.test. hostmaster.example.test. 1 10800 3600 604800 3600"}),
                                  rrset("example.test.", "NS", 3600, {"ns1.example.test."}),
                                  rrset("nas.example.test.", "TXT", 300, {"\"keep me\""}),
                                  rrset("nas.example.test.", "MX", 300, {"10 mail.example.test."})};
    }

    QJsonObject zoneObject(const QString &name, const QList<QJsonObject> &sets, const QUrlQuery &query) const
    {
        QJsonObject zone{{"id", name}, {"name", name}, {"kind", "Native"}, {"serial", serial},
                         {"url", QStringLiteral("/api/v1/servers/localhost/zones/") + name}};
        if (query.queryItemValue("rrsets") == "false")
            return zone;
        QJsonArray list;
        const QString wantedName = query.queryItemValue("rrset_name");
        const QString wantedType = query.queryItemValue("rrset_type");
        for (const auto &set : sets) {
            if (filters && !wantedName.isEmpty() && set.value("name").toString() != wantedName)
                continue;
            if (filters && !wantedType.isEmpty() && set.value("type").toString() != wantedType)
                continue;
            list.append(set);
        }
        zone.insert("rrsets", list);
        return zone;
    }

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("X-API-Key") != apiKey)
            return textReply(401, "Unauthorized");
        static const QRegularExpression route(QStringLiteral("^/api/v1/servers/([^/]+)(/zones(/([^/]+))?)?$"));
        const auto match = route.match(request.url.path());
        if (!match.hasMatch() || match.captured(1) != serverId)
            return textReply(404, "Not Found");
        const QUrlQuery query(request.url);
        if (match.captured(2).isEmpty())
            return jsonReply(200, {{"id", serverId}, {"type", "Server"}, {"daemon_type", "authoritative"}, {"version", "4.7.3"}});
        if (match.captured(4).isEmpty()) {
            QJsonArray list;
            for (auto it = zones.begin(); it != zones.end(); ++it)
                list.append(QJsonObject{{"id", it.key()}, {"name", it.key()}, {"kind", "Native"}});
            return FakeHttpClient::reply(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
        }
        const QString zoneId = match.captured(4);
        if (!zones.contains(zoneId))
            return textReply(404, "Not Found");
        if (request.method == "GET")
            return jsonReply(200, zoneObject(zoneId, zones.value(zoneId), query));
        if (request.method != "PATCH")
            return textReply(405, "Method Not Allowed");
        writes.append(request);
        if (patchAnswer)
            return *patchAnswer;
        for (const auto &value : QJsonDocument::fromJson(request.body).object().value("rrsets").toArray()) {
            const QJsonObject change = value.toObject();
            const QString name = change.value("name").toString();
            if (!name.endsWith('.'))
                return jsonReply(422, {{"error", QStringLiteral("RRset %1 IN %2: Name is not canonical").arg(name, change.value("type").toString())}});
            if (name != zoneId && !name.endsWith('.' + zoneId))
                return jsonReply(422, {{"error", QStringLiteral("RRset %1 IN %2: Name is out of zone").arg(name, change.value("type").toString())}});
            if (change.value("changetype").toString() != "REPLACE")
                return jsonReply(422, {{"error", "Changetype not understood"}});
            QList<QJsonObject> &sets = zones[zoneId];
            sets.erase(std::remove_if(sets.begin(), sets.end(), [&](const QJsonObject &set) {
                           return set.value("name") == change.value("name") && set.value("type") == change.value("type");
                       }), sets.end());
            QJsonObject stored = change;
            stored.remove("changetype");
            stored.insert("comments", QJsonArray());
            sets.append(stored);
        }
        ++serial;
        return FakeHttpClient::reply(204, {});
    }

    QJsonObject find(const QString &zone, const QString &name, const QString &type) const
    {
        for (const auto &set : zones.value(zone)) {
            if (set.value("name") == name && set.value("type") == type)
                return set;
        }
        return {};
    }
};

RecordTarget target(const QString &name = QStringLiteral("nas.example.test"), int ttl = 0,
                    const QString &type = QStringLiteral("A"), const QString &address = kAddress)
{
    return RecordTarget{RecordSpec{name, type, ttl, {}}, QHostAddress(address)};
}

PowerDnsProvider provider(const QString &zone = QStringLiteral("example.test"), const QUrl &endpoint = kEndpoint)
{
    return PowerDnsProvider(QUrl(endpoint.toString() + QStringLiteral("/api/v1")), QStringLiteral("localhost"), zone);
}

test::JobRun runUpdate(FakePowerDns &fake, const RecordTarget &job, const QString &zone = QStringLiteral("example.test"),
                       const QByteArray &key = kKey)
{
    auto update = provider(zone).createUpdateJob(job, {{"api_key", QString::fromUtf8(key)}});
    return test::driveJob(*update, std::ref(fake));
}

test::JobRun runCheck(FakePowerDns &fake, const RecordSpec &record, const QString &zone = QStringLiteral("example.test"))
{
    auto check = provider(zone).createCheckJob(record, {{"api_key", QString::fromUtf8(kKey)}});
    return test::driveJob(*check, std::ref(fake));
}

std::unique_ptr<Provider> created(const QJsonObject &settings, const QString &endpoint, QList<ConfigIssue> &issues)
{
    ProviderAccount account{QStringLiteral("pdns"), QUrl(endpoint), settings};
    return PowerDnsProvider::create(account, issues);
}

QByteArray replaceBody(const QString &name, const QString &type, int ttl, const QString &content)
{
    return QStringLiteral(R"({"rrsets":[{"changetype":"REPLACE","name":"%1","records":[{"content":"%4","disabled":false}],"ttl":%3,"type":"%2"}]})")
        .arg(name, type)
        .arg(ttl)
        .arg(content)
        .toUtf8();
}

void failureRows()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResultKind>("kind");
    QTest::addColumn<QString>("detailHas");
    QTest::newRow("401 wrong key") << 401 << QByteArray("Unauthorized") << ResultKind::AuthFailed << "HTTP status 401, Unauthorized";
    QTest::newRow("403") << 403 << QByteArray("Forbidden") << ResultKind::AuthFailed << "webserver-allow-from";
    QTest::newRow("404 zone") << 404 << QByteArray("Not Found") << ResultKind::NoSuchHost << "the zone in question";
    QTest::newRow("404 json") << 404 << QByteArray(R"({"error": "Could not find domain 'nope.test.'"})") << ResultKind::NoSuchHost
                              << "Could not find domain 'nope.test.'";
    QTest::newRow("422 content") << 422
                                 << QByteArray(R"({"error": "Record h.example.test./A '1.2.3': Parsing record content (try 'pdnsutil check-zone'): unable to parse IP address, not enough dots"})")
                                 << ResultKind::ConfigError << "unable to parse IP address";
    QTest::newRow("422 out of zone") << 422 << QByteArray(R"({"error": "RRset h.other.test. IN A: Name is out of zone"})")
                                     << ResultKind::ConfigError << "Name is out of zone";
    QTest::newRow("400 json") << 400 << QByteArray(R"({"error": "Request body is not valid JSON"})") << ResultKind::ConfigError
                              << "Request body is not valid JSON";
    QTest::newRow("400 html") << 400 << QByteArray("<html>Bad Request</html>") << ResultKind::BadResponse << "400";
    QTest::newRow("500") << 500 << QByteArray(R"({"error": "Backend error: database is locked"})") << ResultKind::ServerError
                         << "database is locked";
    QTest::newRow("503 text") << 503 << QByteArray("Service Unavailable") << ResultKind::ServerError << "Service Unavailable";
}

void createIssueRows()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("issuePath");
    QTest::newRow("no endpoint") << QString() << QJsonObject{{"server_id", "localhost"}} << "endpoint";
    QTest::newRow("ftp endpoint") << "ftp://dns.example.net" << QJsonObject{{"server_id", "localhost"}} << "endpoint";
    QTest::newRow("empty server id") << "https://dns.example.net" << QJsonObject{{"server_id", " "}} << "settings.server_id";
    QTest::newRow("server id with slash") << "https://dns.example.net" << QJsonObject{{"server_id", "local/host"}}
                                          << "settings.server_id";
    QTest::newRow("root zone") << "https://dns.example.net" << QJsonObject{{"server_id", "localhost"}, {"zone", "."}}
                               << "settings.zone";
    QTest::newRow("zone with space") << "https://dns.example.net" << QJsonObject{{"server_id", "localhost"}, {"zone", "a b.test"}}
                                     << "settings.zone";
}

} // namespace

class TestPowerDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAMissingRrsetWithOneReplaceOfThatNameAndType()
    {
        FakePowerDns fake;
        const auto run = runUpdate(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 2);
        const HttpRequest &read = run.requests.at(0);
        QCOMPARE(read.method, QByteArray("GET"));
        QCOMPARE(read.url.path(), QStringLiteral("/api/v1/servers/localhost/zones/example.test."));
        QCOMPARE(QUrlQuery(read.url).queryItemValue("rrset_name"), QStringLiteral("nas.example.test."));
        QCOMPARE(QUrlQuery(read.url).queryItemValue("rrset_type"), QStringLiteral("A"));
        QCOMPARE(fake.writes.size(), 1);
        const HttpRequest &write = fake.writes.first();
        QCOMPARE(write.method, QByteArray("PATCH"));
        QCOMPARE(write.url.toString(), QStringLiteral("https://dns.example.net:8081/api/v1/servers/localhost/zones/example.test."));
        QCOMPARE(write.body, replaceBody("nas.example.test.", "A", PowerDnsProvider::kDefaultTtl, kAddress));
        QCOMPARE(write.header("Content-Type"), QByteArray("application/json"));
        for (const auto &request : run.requests) {
            QVERIFY(request.carriesCredential);
            QCOMPARE(request.header("X-API-Key"), kKey);
            QVERIFY(request.header("Authorization").isEmpty());
        }
        // The other RRsets of the name are untouched.
        QCOMPARE(fake.find("example.test.", "nas.example.test.", "TXT"), rrset("nas.example.test.", "TXT", 300, {"\"keep me\""}));
        QCOMPARE(fake.find("example.test.", "nas.example.test.", "MX"), rrset("nas.example.test.", "MX", 300, {"10 mail.example.test."}));
        QCOMPARE(fake.zones.value("example.test.").size(), 5);
    }

    void writesTheTtlThatFollowsTheRules_data()
    {
        QTest::addColumn<int>("existingTtl"); // 0: no RRset yet
        QTest::addColumn<QString>("existing");
        QTest::addColumn<int>("configuredTtl");
        QTest::addColumn<int>("writtenTtl");
        QTest::newRow("new, configured") << 0 << QString() << 60 << 60;
        QTest::newRow("new, default-ttl") << 0 << QString() << 0 << 3600;
        QTest::newRow("changed, RRset's TTL kept") << 120 << kOld << 0 << 120;
        QTest::newRow("changed, configured wins") << 120 << kOld << 60 << 60;
        QTest::newRow("same address, TTL only") << 300 << kAddress << 60 << 60;
    }

    void writesTheTtlThatFollowsTheRules()
    {
        QFETCH(int, existingTtl);
        QFETCH(QString, existing);
        QFETCH(int, configuredTtl);
        QFETCH(int, writtenTtl);
        FakePowerDns fake;
        if (existingTtl > 0)
            fake.zones["example.test."].append(rrset("nas.example.test.", "A", existingTtl, {existing}));
        const auto run = runUpdate(fake, target("nas.example.test", configuredTtl));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(fake.writes.first().body, replaceBody("nas.example.test.", "A", writtenTtl, kAddress));
        QCOMPARE(fake.find("example.test.", "nas.example.test.", "A").value("ttl").toInt(), writtenTtl);
        if (existingTtl > 0)
            QVERIFY2(run.result.detail.contains(existing), qPrintable(run.result.detail));
    }

    void sendsNothingWhenTheRrsetAlreadyHoldsTheAddress_data()
    {
        QTest::addColumn<QStringList>("contents");
        QTest::addColumn<int>("existingTtl");
        QTest::addColumn<int>("configuredTtl");
        QTest::newRow("one value, any TTL") << QStringList{kAddress} << 300 << 0;
        QTest::newRow("one value, the TTL asked for") << QStringList{kAddress} << 60 << 60;
        QTest::newRow("ours among others") << QStringList{kOld, kAddress} << 60 << 60;
    }

    void sendsNothingWhenTheRrsetAlreadyHoldsTheAddress()
    {
        QFETCH(QStringList, contents);
        QFETCH(int, existingTtl);
        QFETCH(int, configuredTtl);
        FakePowerDns fake;
        fake.zones["example.test."].append(rrset("nas.example.test.", "A", existingTtl, contents));
        const int serial = fake.serial;
        const auto run = runUpdate(fake, target("nas.example.test", configuredTtl));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(run.requests.size(), 1);
        QVERIFY(fake.writes.isEmpty());
        QCOMPARE(fake.serial, serial);
    }

    void aaaaIsWrittenInPowerDnsCanonicalForm()
    {
        FakePowerDns fake;
        fake.zones["example.test."].append(rrset("nas.example.test.", "AAAA", 60, {"2a00:1450:4001:81c:0:0:0:1"}));
        const auto run = runUpdate(fake, target("nas.example.test", 60, "AAAA", kV6));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.first().body, replaceBody("nas.example.test.", "AAAA", 60, kV6));
        // The A records are another RRset: a second run for the same AAAA sends nothing.
        const auto again = runUpdate(fake, target("nas.example.test", 60, "AAAA", "2A00:1450:4001:81C:0::200E"));
        QCOMPARE(again.result.kind, ResultKind::NoChange);
        QCOMPARE(fake.writes.size(), 1);
    }

    void refusesAnRrsetOfSeveralValuesNoneOfThemOurs()
    {
        FakePowerDns fake;
        fake.zones["example.test."].append(rrset("nas.example.test.", "A", 60, {kOld, "81.2.69.2"}));
        const auto run = runUpdate(fake, target("nas.example.test", 60));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains(kOld) && run.result.detail.contains("81.2.69.2"), qPrintable(run.result.detail));
        QVERIFY2(!run.result.detail.contains("record_id"), qPrintable(run.result.detail));
        QVERIFY(fake.writes.isEmpty());
        // The check says the same, and writes nothing either.
        const auto check = runCheck(fake, RecordSpec{"nas.example.test", "A", 60, {}});
        QCOMPARE(check.result.kind, ResultKind::ConfigError);
        QVERIFY(fake.writes.isEmpty());
    }

    void aDisabledRecordDoesNotCountAsServingTheAddress()
    {
        FakePowerDns fake;
        fake.zones["example.test."].append(rrset("nas.example.test.", "A", 60, {kAddress}, true));
        const auto run = runUpdate(fake, target("nas.example.test", 60));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(fake.writes.first().body, replaceBody("nas.example.test.", "A", 60, kAddress));
        QCOMPARE(fake.find("example.test.", "nas.example.test.", "A"), rrset("nas.example.test.", "A", 60, {kAddress}, false));
    }

    void anOlderServerThatSendsTheWholeZoneIsFilteredHere()
    {
        FakePowerDns fake;
        fake.filters = false;
        fake.zones["example.test."].append(rrset("other.example.test.", "A", 60, {kOld, "81.2.69.2"}));
        fake.zones["example.test."].append(rrset("nas.example.test.", "AAAA", 60, {kV6}));
        fake.zones["example.test."].append(rrset("nas.example.test.", "A", 60, {kAddress}));
        const auto run = runUpdate(fake, target("nas.example.test", 60));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QVERIFY(fake.writes.isEmpty());
    }

    void theApexIsItsOwnName()
    {
        FakePowerDns fake;
        const auto run = runUpdate(fake, target("example.test", 60));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(QUrlQuery(run.requests.first().url).queryItemValue("rrset_name"), QStringLiteral("example.test."));
        QCOMPARE(fake.writes.first().body, replaceBody("example.test.", "A", 60, kAddress));
        QCOMPARE(fake.find("example.test.", "example.test.", "NS"), rrset("example.test.", "NS", 3600, {"ns1.example.test."}));
    }

    void findsTheLongestZoneOfTheServer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zone");
        QTest::newRow("sub-zone wins") << "a.home.example.test" << "home.example.test.";
        QTest::newRow("sub-zone apex") << "home.example.test" << "home.example.test.";
        QTest::newRow("parent") << "nas.example.test" << "example.test.";
        QTest::newRow("multi-label zone") << "x.y.example.com.cn" << "example.com.cn.";
        QTest::newRow("not a partial label") << "nas.myhome.example.test" << "example.test.";
    }

    void findsTheLongestZoneOfTheServer()
    {
        QFETCH(QString, name);
        QFETCH(QString, zone);
        FakePowerDns fake;
        fake.zones["home.example.test."] = {rrset("home.example.test.", "NS", 3600, {"ns1.example.test."})};
        fake.zones["example.com.cn."] = {};
        fake.zones["com.cn.example."] = {};
        const auto run = runUpdate(fake, target(name, 60), QString());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 3);
        QCOMPARE(run.requests.at(0).url.path(), QStringLiteral("/api/v1/servers/localhost/zones"));
        QCOMPARE(run.requests.at(1).url.path(), QStringLiteral("/api/v1/servers/localhost/zones/") + zone);
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(fake.writes.first().url.path(), QStringLiteral("/api/v1/servers/localhost/zones/") + zone);
        QVERIFY(!fake.find(zone, name + '.', "A").isEmpty());
    }

    void noZoneOfTheServerHoldsTheName()
    {
        FakePowerDns fake;
        const auto run = runUpdate(fake, target("nas.other.test", 60), QString());
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains("nas.other.test") && run.result.detail.contains("example.test"),
                 qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1);
    }

    void anUnknownZoneOrServerIsNamed()
    {
        FakePowerDns fake;
        auto run = runUpdate(fake, target("nas.nope.test", 60), "nope.test");
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains("nope.test.") && run.result.detail.contains("Not Found"), qPrintable(run.result.detail));
        fake.serverId = "other";
        run = runUpdate(fake, target("nas.example.test", 60), QString());
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains("server_id"), qPrintable(run.result.detail));
        QVERIFY(fake.writes.isEmpty());
    }

    void aWrongKeyIsAuthFailedAndWritesNothing()
    {
        FakePowerDns fake;
        const auto run = runUpdate(fake, target(), "example.test", "wrong");
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains("Unauthorized") && run.result.detail.contains("api_key"), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1);
        QVERIFY(fake.writes.isEmpty());
    }

    void aRefusedWriteCarriesPowerDnsOwnWords_data() { failureRows(); }

    void aRefusedWriteCarriesPowerDnsOwnWords()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        FakePowerDns fake;
        fake.patchAnswer = FakeHttpClient::reply(status, body);
        const auto run = runUpdate(fake, target("nas.example.test", 60));
        QCOMPARE(run.result.kind, kind);
        if (detailHas != "the zone in question")
            QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        else
            QVERIFY2(run.result.detail.contains("example.test.") && run.result.detail.contains("pdnsutil create-zone"),
                     qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 1);
    }

    void classifiesEveryFailure_data() { failureRows(); }

    void classifiesEveryFailure()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        const UpdateResult result = PowerDnsProvider::classifyFailure(FakeHttpClient::reply(status, body), "the zone in question");
        QCOMPARE(result.kind, kind);
        QVERIFY2(result.detail.contains(detailHas), qPrintable(result.detail));
        QVERIFY2(result.detail.contains(QString::number(status)), qPrintable(result.detail));
    }

    void anAnswerThatIsNotTheApiIsABadResponse()
    {
        const PowerDnsProvider pdns = provider();
        auto job = pdns.createUpdateJob(target(), {{"api_key", "k"}});
        const auto run = test::driveJob(*job, [](const HttpRequest &) { return textReply(200, "<html>router login</html>"); });
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
        QVERIFY2(run.result.detail.contains("router login"), qPrintable(run.result.detail));
    }

    void theCheckReadsTheServerAndTheZoneAndWritesNothing()
    {
        FakePowerDns fake;
        fake.zones["example.test."].append(rrset("nas.example.test.", "A", 60, {kOld}));
        auto run = runCheck(fake, RecordSpec{"nas.example.test", "A", 60, {}});
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(run.result.detail.contains(kOld) && run.result.detail.contains("example.test."), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 2);
        QCOMPARE(run.requests.at(0).url.path(), QStringLiteral("/api/v1/servers/localhost"));
        for (const auto &request : run.requests)
            QCOMPARE(request.method, QByteArray("GET"));

        // No name yet, zone configured: the zone exists.
        run = runCheck(fake, RecordSpec{});
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(QUrlQuery(run.requests.last().url).queryItemValue("rrsets"), QStringLiteral("false"));
        // No name, no zone: the server's zones.
        run = runCheck(fake, RecordSpec{}, QString());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(run.result.detail.contains("example.test"), qPrintable(run.result.detail));
        // A server without zones.
        fake.zones.clear();
        run = runCheck(fake, RecordSpec{}, QString());
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        // A wrong key stops at the server.
        fake.apiKey = "other";
        run = runCheck(fake, RecordSpec{"nas.example.test", "A", 0, {}});
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(run.requests.size(), 1);
        QVERIFY(fake.writes.isEmpty());
    }

    void anEndpointWithAPathPrefixKeepsIt()
    {
        QList<ConfigIssue> issues;
        auto pdns = created({{"server_id", "localhost"}, {"zone", "Example.Test."}}, "https://proxy.example.net/pdns/", issues);
        QVERIFY(pdns);
        QVERIFY(issues.isEmpty());
        auto job = pdns->createUpdateJob(target(), {{"api_key", "k"}});
        QCOMPARE(job->start().request.url.path(), QStringLiteral("/pdns/api/v1/servers/localhost/zones/example.test."));
        // Written with /api/v1 already: taken without it, and said.
        pdns = created({{"server_id", "localhost"}}, "http://127.0.0.1:8081/api/v1", issues);
        QVERIFY(pdns);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, QStringLiteral("endpoint"));
        job = pdns->createCheckJob(RecordSpec{}, {{"api_key", "k"}});
        QCOMPARE(job->start().request.url.toString(), QStringLiteral("http://127.0.0.1:8081/api/v1/servers/localhost"));
    }

    void refusesABadAccount_data() { createIssueRows(); }

    void refusesABadAccount()
    {
        QFETCH(QString, endpoint);
        QFETCH(QJsonObject, settings);
        QFETCH(QString, issuePath);
        QList<ConfigIssue> issues;
        QVERIFY(!created(settings, endpoint, issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, issuePath);
        QVERIFY(!issues.first().message.isEmpty());
    }

    void validatesTtlAndName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<QString>("issuePath");
        QTest::newRow("default") << "nas.example.test" << 0 << QString();
        QTest::newRow("one second") << "nas.example.test" << 1 << QString();
        QTest::newRow("largest") << "nas.example.test" << PowerDnsProvider::kMaximumTtl << QString();
        QTest::newRow("negative") << "nas.example.test" << -1 << "ttl";
        QTest::newRow("apex") << "example.test" << 60 << QString();
        QTest::newRow("outside the zone") << "nas.example.org" << 60 << "name";
        QTest::newRow("a partial label") << "nasexample.test" << 60 << "name";
    }

    void validatesTtlAndName()
    {
        QFETCH(QString, name);
        QFETCH(int, ttl);
        QFETCH(QString, issuePath);
        const auto issues = provider().validateRecord(RecordSpec{name, "A", ttl, {}});
        if (issuePath.isEmpty()) {
            QVERIFY(issues.isEmpty());
        } else {
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().path, issuePath);
        }
        // Without a zone setting, any name may be asked for.
        QVERIFY(provider(QString()).validateRecord(RecordSpec{name, "A", 60, {}}).isEmpty());
    }

    // The core refuses a credential over plain HTTP except to loopback; a
    // PowerDNS on a LAN address needs the account's allow_insecure_http.
    void plainHttpToALanAddressNeedsTheExplicitFlag_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("allowInsecureHttp");
        QTest::addColumn<bool>("refused");
        QTest::newRow("LAN, no flag") << "http://192.168.1.10:8081" << false << true;
        QTest::newRow("LAN, flag") << "http://192.168.1.10:8081" << true << false;
        QTest::newRow("LAN name, no flag") << "http://dns.lan:8081" << false << true;
        QTest::newRow("loopback") << "http://127.0.0.1:8081" << false << false;
        QTest::newRow("https") << "https://192.168.1.10:8081" << false << false;
    }

    void plainHttpToALanAddressNeedsTheExplicitFlag()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, allowInsecureHttp);
        QFETCH(bool, refused);
        QList<ConfigIssue> issues;
        const auto pdns = created({{"server_id", "localhost"}, {"zone", "example.test"}}, endpoint, issues);
        QVERIFY(pdns);
        auto job = pdns->createUpdateJob(target(), {{"api_key", "k"}});
        const ProviderStep step = job->start();
        QVERIFY(step.request.carriesCredential);
        QCOMPARE(!refusalReason(step.request, allowInsecureHttp).isEmpty(), refused);
    }

    void isRegisteredAsASelfHostedProviderWithAReadOnlyCheck()
    {
        ProviderRegistry registry;
        registerPowerDnsProvider(registry);
        const ProviderDescriptor *descriptor = registry.find("powerdns");
        QVERIFY(descriptor);
        QCOMPARE(descriptor->category, ProviderCategory::SelfHosted);
        QVERIFY(descriptor->readOnlyCheck);
        const FieldSpec *key = descriptor->field("api_key", FieldSpec::Kind::Secret, FieldSpec::Scope::Account);
        QVERIFY(key && key->required);
        const FieldSpec *server = descriptor->field("server_id", FieldSpec::Kind::Setting, FieldSpec::Scope::Account);
        QVERIFY(server);
        QCOMPARE(server->defaultValue.toString(), QStringLiteral("localhost"));
        QVERIFY(descriptor->field("zone", FieldSpec::Kind::Setting, FieldSpec::Scope::Account));
        // Writes one after another (sqlite3 backend: "database is locked").
        QCOMPARE(provider().parallelLimit(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPowerDns)
#include "tst_powerdns.moc"
