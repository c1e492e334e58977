// The token-based hosted providers: GoDaddy, Porkbun, Gandi LiveDNS, deSEC and
// DigitalOcean. Each job runs against an in-test fake of its API that keeps
// zones and records, filters and pages as the real one does, and answers
// errors with the real service's statuses and bodies (providers.md §8, §10).
#include "DesecProvider.h"
#include "DigitalOceanProvider.h"
#include "FakeHttpClient.h"
#include "GandiProvider.h"
#include "GoDaddyProvider.h"
#include "JobDriver.h"
#include "PorkbunProvider.h"
#include "jsonrest/JsonRest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace homing;
using namespace homing::providers;
using homing::test::FakeHttpClient;

Q_DECLARE_METATYPE(homing::ResultKind)

namespace {

const QString kAddress = QStringLiteral("81.2.69.160");
const QString kOld = QStringLiteral("81.2.69.1");
const QUrl kBase(QStringLiteral("https://api.test/base"));

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonValue bodyOf(const HttpRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

HttpReply answer(int status, const QJsonValue &value, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return FakeHttpClient::reply(status, json(value), std::move(headers));
}

RecordTarget target(const QString &name = QStringLiteral("nas.example.com"), int ttl = 0, QJsonObject settings = {},
                    const QString &type = QStringLiteral("A"), const QString &address = kAddress)
{
    return RecordTarget{RecordSpec{name, type, ttl, std::move(settings)}, QHostAddress(address)};
}

// The path below the base URL ("/v1/domains").
QString pathOf(const HttpRequest &request)
{
    return request.url.path().mid(kBase.path().size());
}

QList<HttpRequest> writesOf(const QList<HttpRequest> &requests, const QByteArray &readMethod = "GET")
{
    QList<HttpRequest> writes;
    for (const auto &request : requests) {
        if (request.method != readMethod)
            writes.append(request);
    }
    return writes;
}

void verifyCredentialed(const QList<HttpRequest> &requests)
{
    for (const auto &request : requests)
        QVERIFY2(request.carriesCredential, qPrintable(request.url.toString()));
}

// ---------------------------------------------------------------------------
// GoDaddy: /v1/domains (limit, marker), /v1/domains/{d}/records/{type}/{name}

struct FakeGoDaddy {
    QByteArray authorization = "sso-key key:secret";
    QStringList domains{QStringLiteral("example.com")};
    int fillerDomains = 0;
    QHash<QString, QJsonArray> records; // domain -> [{type, name, data, ttl}]
    QList<HttpRequest> writes;

    QStringList allDomains() const
    {
        QStringList all = domains;
        for (int i = 1; i <= fillerDomains; ++i)
            all.append(QStringLiteral("filler-%1.example").arg(i, 5, 10, QLatin1Char('0')));
        all.sort();
        return all;
    }

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("Authorization") != authorization)
            return answer(401, QJsonObject{{"code", "UNABLE_TO_AUTHENTICATE"}, {"message", "Unauthorized : Could not authenticate API key/secret"}});
        const QString path = pathOf(request);
        const QUrlQuery query(request.url);
        if (path == "/v1/domains") {
            const int limit = query.queryItemValue("limit").toInt();
            const QString marker = query.queryItemValue("marker");
            QJsonArray page;
            for (const auto &domain : allDomains()) {
                if ((marker.isEmpty() || domain > marker) && page.size() < limit)
                    page.append(QJsonObject{{"domain", domain}, {"status", "ACTIVE"}});
            }
            return answer(200, page);
        }
        static const QRegularExpression recordPath(QStringLiteral("^/v1/domains/([^/]+)/records/([^/]+)/([^/]+)$"));
        const auto match = recordPath.match(path);
        if (!match.hasMatch() || !domains.contains(match.captured(1)))
            return answer(404, QJsonObject{{"code", "UNKNOWN_DOMAIN"}, {"message", "The given domain is not registered, or does not have a zone file"}});
        QJsonArray &zone = records[match.captured(1)];
        const QString type = match.captured(2);
        const QString name = match.captured(3);
        if (request.method == "GET") {
            QJsonArray found;
            for (const auto &record : std::as_const(zone)) {
                if (record.toObject().value("type") == type && record.toObject().value("name") == name)
                    found.append(record);
            }
            return answer(200, found);
        }
        writes.append(request);
        const QJsonArray body = bodyOf(request).toArray();
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (body.at(i).toObject().value("ttl").toInt() < 600)
                return answer(422, QJsonObject{{"code", "INVALID_BODY"}, {"message", "Request body doesn't fulfill schema, see details in `fields`"},
                                               {"fields", QJsonArray{QJsonObject{{"code", "UNKNOWN_RESTRICTION"}, {"message", "must have a minimum value of 600"},
                                                                                 {"path", QStringLiteral("records[%1].ttl").arg(i)}}}}});
        }
        QJsonArray kept;
        for (const auto &record : std::as_const(zone)) {
            if (!(record.toObject().value("type") == type && record.toObject().value("name") == name))
                kept.append(record);
        }
        for (const auto &item : body)
            kept.append(QJsonObject{{"type", type}, {"name", name}, {"data", item.toObject().value("data")}, {"ttl", item.toObject().value("ttl")}});
        zone = kept;
        return FakeHttpClient::reply(200, QByteArray());
    }

    QJsonArray find(const QString &domain, const QString &type, const QString &name) const
    {
        QJsonArray found;
        for (const auto &record : records.value(domain)) {
            if (record.toObject().value("type") == type && record.toObject().value("name") == name)
                found.append(record);
        }
        return found;
    }
};

QJsonObject godaddyRecord(const QString &name, const QString &data, int ttl = 600, const QString &type = QStringLiteral("A"))
{
    return {{"type", type}, {"name", name}, {"data", data}, {"ttl", ttl}};
}

test::JobRun runGoDaddy(FakeGoDaddy &fake, const RecordTarget &job, const QString &secret = QStringLiteral("secret"))
{
    const GoDaddyProvider provider(kBase, QStringLiteral("key"));
    auto update = provider.createUpdateJob(job, {{"api_secret", secret}});
    return test::driveJob(*update, std::ref(fake));
}

// The real services' error answers (kept out of the QObject class: moc 6.4 misreads raw strings there).
void goDaddyErrorRows()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResultKind>("kind");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("detailHas");
    QTest::newRow("401 unable to authenticate") << 401 << QByteArray(R"({"code":"UNABLE_TO_AUTHENTICATE","message":"Unauthorized : Could not authenticate API key/secret"})")
                                                << ResultKind::AuthFailed << -1 << "Production key";
    QTest::newRow("401 malformed") << 401 << QByteArray(R"({"code":"MALFORMED_CREDENTIALS","message":"Unauthorized : Could not authenticate API key/secret"})")
                                   << ResultKind::AuthFailed << -1 << "MALFORMED_CREDENTIALS";
    QTest::newRow("403 access denied (2024 rule)") << 403 << QByteArray(R"({"code":"ACCESS_DENIED","message":"Authenticated user is not allowed access"})")
                                                   << ResultKind::AuthFailed << -1 << "10 or more domains";
    QTest::newRow("404 unknown domain") << 404 << QByteArray(R"({"code":"UNKNOWN_DOMAIN","message":"The given domain is not registered, or does not have a zone file"})")
                                        << ResultKind::NoSuchHost << -1 << "UNKNOWN_DOMAIN";
    QTest::newRow("404 not found") << 404 << QByteArray(R"({"code":"NOT_FOUND","message":"Not found"})") << ResultKind::NoSuchHost << -1 << "NOT_FOUND";
    QTest::newRow("422 ttl too low") << 422 << QByteArray(R"({"code":"INVALID_BODY","fields":[{"code":"UNKNOWN_RESTRICTION","message":"must have a minimum value of 600","path":"records[0].ttl"}],"message":"Request body doesn't fulfill schema, see details in `fields`"})")
                                     << ResultKind::ConfigError << -1 << "600 to 604800";
    QTest::newRow("422 other") << 422 << QByteArray(R"({"code":"INVALID_BODY","fields":[{"code":"MISMATCH_FORMAT","message":"is not a valid A value","path":"records[0].data"}],"message":"Request body doesn't fulfill schema"})")
                               << ResultKind::ConfigError << -1 << "records[0].data";
    QTest::newRow("429 with retryAfterSec") << 429 << QByteArray(R"({"code":"TOO_MANY_REQUESTS","message":"Too many requests received within interval","retryAfterSec":42})")
                                            << ResultKind::RateLimited << 42 << "TOO_MANY_REQUESTS";
    QTest::newRow("429 quota") << 429 << QByteArray(R"({"code":"QUOTA_EXCEEDED","message":"Quota exceeded"})") << ResultKind::RateLimited << -1 << "QUOTA_EXCEEDED";
    QTest::newRow("500") << 500 << QByteArray(R"({"code":"INTERNAL_SERVER_ERROR","message":"An internal error occurred"})") << ResultKind::ServerError << -1 << "500";
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << ResultKind::ServerError << -1 << "Bad gateway";
    QTest::newRow("418 odd") << 418 << QByteArray("teapot") << ResultKind::BadResponse << -1 << "teapot";
}

} // namespace

class TestGoDaddy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAMissingRecord()
    {
        FakeGoDaddy fake;
        const auto run = runGoDaddy(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.result.detail, QStringLiteral("record created"));
        QCOMPARE(run.requests.size(), 3);
        QCOMPARE(pathOf(run.requests[0]), QStringLiteral("/v1/domains"));
        const QUrlQuery query(run.requests[0].url);
        QCOMPARE(query.queryItemValue("statuses"), QStringLiteral("ACTIVE"));
        QCOMPARE(query.queryItemValue("limit"), QStringLiteral("1000"));
        QVERIFY(!query.hasQueryItem("marker"));
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/v1/domains/example.com/records/A/nas"));
        QCOMPARE(run.requests[2].method, QByteArray("PUT"));
        QCOMPARE(bodyOf(run.requests[2]), QJsonValue(QJsonArray{QJsonObject{{"data", kAddress}, {"ttl", 600}}}));
        QCOMPARE(run.requests[0].header("Authorization"), QByteArray("sso-key key:secret"));
        verifyCredentialed(run.requests);
    }

    void replacesTheOnlyRecordKeepingItsTtl()
    {
        FakeGoDaddy fake;
        fake.records["example.com"] = {godaddyRecord("nas", kOld, 1800), godaddyRecord("www", kOld),
                                       godaddyRecord("nas", "2a00:1450::1", 600, "AAAA")};
        const auto run = runGoDaddy(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.result.detail, QStringLiteral("record changed from 81.2.69.1"));
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(bodyOf(fake.writes[0]), QJsonValue(QJsonArray{QJsonObject{{"data", kAddress}, {"ttl", 1800}}}));
        // Other names and types stay as they were.
        QCOMPARE(fake.find("example.com", "A", "www"), (QJsonArray{godaddyRecord("www", kOld)}));
        QCOMPARE(fake.find("example.com", "AAAA", "nas").size(), 1);
    }

    void configuredTtlIsSent()
    {
        FakeGoDaddy fake;
        fake.records["example.com"] = {godaddyRecord("nas", kAddress, 1800)};
        const auto run = runGoDaddy(fake, target("nas.example.com", 3600));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(bodyOf(fake.writes[0]).toArray().at(0).toObject().value("ttl").toInt(), 3600);
    }

    void noWriteWhenAlreadyRight()
    {
        FakeGoDaddy fake;
        fake.records["example.com"] = {godaddyRecord("nas", kAddress)};
        const auto run = runGoDaddy(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(run.requests.size(), 2);
        QVERIFY(fake.writes.isEmpty());
    }

    void severalRecordsAreNotGuessed()
    {
        FakeGoDaddy fake;
        fake.records["example.com"] = {godaddyRecord("nas", kOld), godaddyRecord("nas", "81.2.69.2")};
        const auto run = runGoDaddy(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("81.2.69.1, 81.2.69.2"), qPrintable(run.result.detail));
        // GoDaddy has no record_id setting: the advice does not name it.
        QVERIFY2(!run.result.detail.contains("record_id") && run.result.detail.contains("delete the others"),
                 qPrintable(run.result.detail));
        QVERIFY(fake.writes.isEmpty());
    }

    void oneOfSeveralHoldingTheAddressIsKept()
    {
        FakeGoDaddy fake;
        fake.records["example.com"] = {godaddyRecord("nas", kOld), godaddyRecord("nas", kAddress)};
        const auto run = runGoDaddy(fake, target("nas.example.com", 3600));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QVERIFY2(fake.writes.isEmpty(), "a PUT would replace the whole round-robin set");
    }

    void apexIsTheAtSign()
    {
        FakeGoDaddy fake;
        const auto run = runGoDaddy(fake, target("example.com"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/v1/domains/example.com/records/A/@"));
        QCOMPARE(fake.find("example.com", "A", "@").size(), 1);
    }

    void longestDomainWins()
    {
        FakeGoDaddy fake;
        fake.domains = {"example.com.cn", "b.example.com.cn", "other.cn"};
        const auto run = runGoDaddy(fake, target("a.b.example.com.cn"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/v1/domains/b.example.com.cn/records/A/a"));
    }

    void domainsArePaged()
    {
        FakeGoDaddy fake;
        fake.domains = {"zzz.example"};
        fake.fillerDomains = 1500; // all before "zzz.example": the domain is on page 2
        const auto run = runGoDaddy(fake, target("nas.zzz.example"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 4);
        QCOMPARE(QUrlQuery(run.requests[1].url).queryItemValue("marker"), QStringLiteral("filler-01000.example"));
        QCOMPARE(pathOf(run.requests[2]), QStringLiteral("/v1/domains/zzz.example/records/A/nas"));
    }

    void unknownDomain()
    {
        FakeGoDaddy fake;
        const auto run = runGoDaddy(fake, target("nas.other.org"));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(run.requests.size(), 1);
    }

    void badSecret()
    {
        FakeGoDaddy fake;
        const auto run = runGoDaddy(fake, target(), "wrong");
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains("UNABLE_TO_AUTHENTICATE"), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1);
    }

    void errors_data()
    {
        goDaddyErrorRows();
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        QFETCH(int, retryAfter);
        QFETCH(QString, detailHas);
        const UpdateResult result = GoDaddyProvider::classifyFailure(FakeHttpClient::reply(status, body));
        QCOMPARE(result.kind, kind);
        QCOMPARE(result.retryAfterSeconds.value_or(-1), retryAfter);
        QVERIFY2(result.detail.contains(detailHas), qPrintable(result.detail));
        // The same answer to a job's first request ends the job with it.
        const GoDaddyProvider provider(kBase, QStringLiteral("key"));
        auto job = provider.createUpdateJob(target(), {{"api_secret", "secret"}});
        const auto failed = test::driveJob(*job, [&](const HttpRequest &) { return FakeHttpClient::reply(status, body); });
        QCOMPARE(failed.result.kind, kind);
        QCOMPARE(failed.requests.size(), 1);
    }

    void garbledAnswers()
    {
        FakeGoDaddy fake;
        const GoDaddyProvider provider(kBase, QStringLiteral("key"));
        auto job = provider.createUpdateJob(target(), {{"api_secret", "secret"}});
        const auto run = test::driveJob(*job, [&](const HttpRequest &request) {
            return pathOf(request) == "/v1/domains" ? fake(request) : FakeHttpClient::reply(200, "{\"not\":\"a list\"}");
        });
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
        QVERIFY(fake.writes.isEmpty());
    }

    void ttlValidation_data()
    {
        QTest::addColumn<int>("ttl");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("default") << 0 << true;
        QTest::newRow("599") << 599 << false;
        QTest::newRow("600") << 600 << true;
        QTest::newRow("604800") << 604800 << true;
        QTest::newRow("604801") << 604801 << false;
    }

    void ttlValidation()
    {
        QFETCH(int, ttl);
        QFETCH(bool, accepted);
        const GoDaddyProvider provider(kBase, QStringLiteral("key"));
        const auto issues = provider.validateRecord(RecordSpec{"nas.example.com", "A", ttl, {}});
        QCOMPARE(issues.isEmpty(), accepted);
        if (!accepted)
            QVERIFY(issues.first().message.contains("600 to 604800"));
    }

    void accountSettings()
    {
        QList<ConfigIssue> issues;
        QVERIFY(!GoDaddyProvider::create(ProviderAccount{"g", {}, QJsonObject{{"api_key", "key:secret"}}}, issues));
        QCOMPARE(issues.size(), 1);
        issues.clear();
        QVERIFY(GoDaddyProvider::create(ProviderAccount{"g", {}, QJsonObject{{"api_key", "dLP4WKz5PdkS"}}}, issues));
        QVERIFY(issues.isEmpty());
    }

    void check_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QJsonArray>("records");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::addColumn<int>("requests");
        QTest::newRow("no record named") << "" << "secret" << QJsonArray() << ResultKind::Ok << "1 domain(s): example.com" << 1;
        QTest::newRow("absent") << "nas.example.com" << "secret" << QJsonArray() << ResultKind::Ok << "creates it" << 2;
        QTest::newRow("present") << "nas.example.com" << "secret" << QJsonArray{godaddyRecord("nas", kOld)} << ResultKind::Ok << "holds 81.2.69.1" << 2;
        QTest::newRow("several") << "nas.example.com" << "secret" << QJsonArray{godaddyRecord("nas", kOld), godaddyRecord("nas", kAddress)}
                                 << ResultKind::ConfigError << "2 A records" << 2;
        QTest::newRow("unknown domain") << "nas.other.org" << "secret" << QJsonArray() << ResultKind::NoSuchHost << "no active domain" << 1;
        QTest::newRow("bad secret") << "nas.example.com" << "wrong" << QJsonArray() << ResultKind::AuthFailed << "refused the key" << 1;
    }

    void check()
    {
        QFETCH(QString, name);
        QFETCH(QString, secret);
        QFETCH(QJsonArray, records);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        QFETCH(int, requests);
        FakeGoDaddy fake;
        fake.records["example.com"] = records;
        const GoDaddyProvider provider(kBase, QStringLiteral("key"));
        auto job = provider.createCheckJob(RecordSpec{name, "A", 0, {}}, {{"api_secret", secret}});
        QVERIFY(job);
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), requests);
        QVERIFY(writesOf(run.requests).isEmpty());
        QVERIFY(fake.writes.isEmpty());
    }
};

namespace {

// ---------------------------------------------------------------------------
// Porkbun: POST everywhere, credentials in the body, {"status":"SUCCESS"|"ERROR"}

struct FakePorkbun {
    QString apikey = QStringLiteral("pk1_key");
    QString secret = QStringLiteral("sk1_secret");
    QStringList domains{QStringLiteral("example.com")};
    QStringList closedDomains; // API ACCESS switched off
    int fillerDomains = 0;
    QHash<QString, QJsonArray> records; // domain -> [{id, name (full), type, content, ttl, prio, notes}]
    QList<HttpRequest> writes;
    int nextId = 500;

    static HttpReply error(const QString &message) { return answer(400, QJsonObject{{"status", "ERROR"}, {"message", message}}); }
    static HttpReply success(QJsonObject extra = {})
    {
        extra.insert("status", "SUCCESS");
        return answer(200, extra);
    }

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.method != "POST")
            return FakeHttpClient::reply(404, "<html>Not Found</html>");
        const QJsonObject body = bodyOf(request).toObject();
        if (body.value("apikey").toString() != apikey || body.value("secretapikey").toString() != secret)
            return error("Invalid API key. (002)");
        const QStringList parts = pathOf(request).split('/').mid(1);
        if (parts.value(0) == "domain" && parts.value(1) == "listAll") {
            QStringList all = domains + closedDomains;
            for (int i = 1; i <= fillerDomains; ++i)
                all.append(QStringLiteral("filler-%1.example").arg(i, 5, 10, QLatin1Char('0')));
            all.sort();
            QJsonArray page;
            const int start = body.value("start").toString().toInt();
            for (const auto &domain : all.mid(start, 1000))
                page.append(QJsonObject{{"domain", domain}, {"status", "ACTIVE"}});
            return success({{"domains", page}});
        }
        if (parts.value(0) != "dns")
            return FakeHttpClient::reply(404, "<html>Not Found</html>");
        const QString action = parts.value(1);
        const QString domain = parts.value(2);
        if (closedDomains.contains(domain))
            return error("Domain is not opted in to API access.");
        if (!domains.contains(domain))
            return error("Invalid domain.");
        QJsonArray &zone = records[domain];
        const auto fullName = [&](const QString &sub) { return sub.isEmpty() ? domain : sub + '.' + domain; };
        if (action == "retrieveByNameType") {
            QJsonArray found;
            for (const auto &record : std::as_const(zone)) {
                const QJsonObject r = record.toObject();
                if (r.value("type") == parts.value(3) && r.value("name") == fullName(parts.value(4)))
                    found.append(r);
            }
            return success({{"records", found}});
        }
        writes.append(request);
        const QString ttl = QString::number(qMax(600, body.value("ttl").toString().toInt()));
        if (action == "create") {
            const QString id = QString::number(nextId++);
            zone.append(QJsonObject{{"id", id}, {"name", fullName(body.value("name").toString())}, {"type", body.value("type")},
                                    {"content", body.value("content")}, {"ttl", ttl}, {"prio", "0"}, {"notes", ""}});
            return success({{"id", id.toInt()}});
        }
        int changed = 0;
        for (qsizetype i = 0; i < zone.size(); ++i) {
            QJsonObject r = zone.at(i).toObject();
            const bool byName = action == "editByNameType" && r.value("type") == parts.value(3) && r.value("name") == fullName(parts.value(4));
            const bool byId = action == "edit" && r.value("id") == parts.value(3);
            if (!byName && !byId)
                continue;
            if (byId) {
                r["name"] = fullName(body.value("name").toString());
                r["type"] = body.value("type");
            }
            // A full replace: a field the edit leaves out is cleared.
            r["content"] = body.value("content");
            r["ttl"] = ttl;
            r["prio"] = body.value("prio").toString(QStringLiteral("0"));
            r["notes"] = body.value("notes").toString();
            zone[i] = r;
            ++changed;
        }
        return changed ? success() : error("Edit error: We were unable to edit the DNS record.");
    }

    QJsonArray find(const QString &domain, const QString &type, const QString &name) const
    {
        QJsonArray found;
        for (const auto &record : records.value(domain)) {
            if (record.toObject().value("type") == type && record.toObject().value("name") == name)
                found.append(record);
        }
        return found;
    }
};

QJsonObject porkbunRecord(const QString &id, const QString &name, const QString &content, const QString &ttl = QStringLiteral("600"),
                          const QString &type = QStringLiteral("A"))
{
    return {{"id", id}, {"name", name}, {"type", type}, {"content", content}, {"ttl", ttl}, {"prio", "0"}, {"notes", "the NAS"}};
}

test::JobRun runPorkbun(FakePorkbun &fake, const RecordTarget &job, const QString &secret = QStringLiteral("sk1_secret"))
{
    const PorkbunProvider provider(kBase, QStringLiteral("pk1_key"));
    auto update = provider.createUpdateJob(job, {{"secret_api_key", secret}});
    return test::driveJob(*update, std::ref(fake));
}

// The real services' error answers (kept out of the QObject class: moc 6.4 misreads raw strings there).
void porkbunErrorRows()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResultKind>("kind");
    QTest::addColumn<QString>("detailHas");
    QTest::newRow("invalid key") << 400 << QByteArray(R"json({"status":"ERROR","message":"Invalid API key. (002)"})json") << ResultKind::AuthFailed << "porkbun.com/account/api";
    QTest::newRow("not opted in") << 400 << QByteArray(R"({"status":"ERROR","message":"Domain is not opted in to API access."})") << ResultKind::AuthFailed << "API ACCESS";
    QTest::newRow("invalid domain") << 400 << QByteArray(R"({"status":"ERROR","message":"Invalid domain."})") << ResultKind::NoSuchHost << "registered in this account";
    QTest::newRow("ttl") << 400 << QByteArray(R"({"status":"ERROR","message":"TTL must be at least 600."})") << ResultKind::ConfigError << "600 seconds or more";
    QTest::newRow("edit error") << 400 << QByteArray(R"({"status":"ERROR","message":"Edit error: We were unable to edit the DNS record."})") << ResultKind::ConfigError << "Edit error";
    QTest::newRow("503 too fast") << 503 << QByteArray("<html><head><title>503 Service Temporarily Unavailable</title></head></html>") << ResultKind::RateLimited << "one request a second";
    QTest::newRow("429") << 429 << QByteArray() << ResultKind::RateLimited << "429";
    QTest::newRow("403 html (old host)") << 403 << QByteArray("<html>403 Forbidden</html>") << ResultKind::AuthFailed << "403";
    QTest::newRow("500") << 500 << QByteArray("oops") << ResultKind::ServerError << "500";
    QTest::newRow("200 not json") << 200 << QByteArray("hello") << ResultKind::BadResponse << "hello";
    QTest::newRow("200 error status") << 200 << QByteArray(R"({"status":"ERROR","message":"Something"})") << ResultKind::ConfigError << "Something";
}

} // namespace

class TestPorkbun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAMissingRecord()
    {
        FakePorkbun fake;
        const auto run = runPorkbun(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 3);
        QCOMPARE(pathOf(run.requests[0]), QStringLiteral("/domain/listAll"));
        QCOMPARE(bodyOf(run.requests[0]).toObject().value("start"), QJsonValue("0"));
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/dns/retrieveByNameType/example.com/A/nas"));
        QCOMPARE(pathOf(run.requests[2]), QStringLiteral("/dns/create/example.com"));
        QCOMPARE(bodyOf(run.requests[2]), QJsonValue(QJsonObject{{"apikey", "pk1_key"}, {"secretapikey", "sk1_secret"}, {"name", "nas"},
                                                                 {"type", "A"}, {"content", kAddress}, {"ttl", "600"}}));
        for (const auto &request : run.requests) {
            QCOMPARE(request.method, QByteArray("POST"));
            QVERIFY(request.header("Authorization").isEmpty());
        }
        verifyCredentialed(run.requests);
    }

    void editsTheOnlyRecordByNameAndTypeKeepingItsTtl()
    {
        FakePorkbun fake;
        fake.records["example.com"] = {porkbunRecord("11", "nas.example.com", kOld, "1200"), porkbunRecord("12", "www.example.com", kOld),
                                       porkbunRecord("13", "nas.example.com", "2a00:1450::1", "600", "AAAA")};
        const auto run = runPorkbun(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(pathOf(fake.writes[0]), QStringLiteral("/dns/editByNameType/example.com/A/nas"));
        const QJsonObject body = bodyOf(fake.writes[0]).toObject();
        QCOMPARE(body.value("content").toString(), kAddress);
        QCOMPARE(body.value("ttl").toString(), QStringLiteral("1200"));
        // Sent back as read, so that a full-replace edit keeps them.
        QCOMPARE(body.value("notes").toString(), QStringLiteral("the NAS"));
        QCOMPARE(body.value("prio").toString(), QStringLiteral("0"));
        QCOMPARE(fake.find("example.com", "A", "nas.example.com").at(0).toObject().value("notes").toString(), QStringLiteral("the NAS"));
        QCOMPARE(fake.find("example.com", "A", "nas.example.com").at(0).toObject().value("id").toString(), QStringLiteral("11"));
        QCOMPARE(fake.find("example.com", "A", "www.example.com").at(0).toObject().value("content").toString(), kOld);
        QCOMPARE(fake.find("example.com", "AAAA", "nas.example.com").size(), 1);
    }

    void noWriteWhenAlreadyRight()
    {
        FakePorkbun fake;
        fake.records["example.com"] = {porkbunRecord("11", "nas.example.com", kAddress)};
        const auto run = runPorkbun(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(run.requests.size(), 2);
        QVERIFY(fake.writes.isEmpty());
    }

    void severalRecordsAreNotGuessed()
    {
        FakePorkbun fake;
        fake.records["example.com"] = {porkbunRecord("11", "nas.example.com", kOld), porkbunRecord("12", "nas.example.com", "81.2.69.2")};
        const auto run = runPorkbun(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(fake.writes.isEmpty());
    }

    void recordIdPicksOneOfSeveral()
    {
        FakePorkbun fake;
        fake.records["example.com"] = {porkbunRecord("11", "nas.example.com", kOld), porkbunRecord("12", "nas.example.com", "81.2.69.2", "900")};
        const auto run = runPorkbun(fake, target("nas.example.com", 0, {{"record_id", "12"}}));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        // editByNameType would change both: the one record is edited by its id, name and type included.
        QCOMPARE(pathOf(fake.writes[0]), QStringLiteral("/dns/edit/example.com/12"));
        const QJsonObject body = bodyOf(fake.writes[0]).toObject();
        QCOMPARE(body.value("name").toString(), QStringLiteral("nas"));
        QCOMPARE(body.value("type").toString(), QStringLiteral("A"));
        QCOMPARE(body.value("ttl").toString(), QStringLiteral("900"));
        QCOMPARE(body.value("notes").toString(), QStringLiteral("the NAS"));
        QCOMPARE(fake.find("example.com", "A", "nas.example.com").at(0).toObject().value("content").toString(), kOld);
        QCOMPARE(fake.find("example.com", "A", "nas.example.com").at(1).toObject().value("content").toString(), kAddress);
        QCOMPARE(fake.find("example.com", "A", "nas.example.com").at(1).toObject().value("notes").toString(), QStringLiteral("the NAS"));
    }

    void recordIdNotThere()
    {
        FakePorkbun fake;
        fake.records["example.com"] = {porkbunRecord("11", "nas.example.com", kOld)};
        const auto run = runPorkbun(fake, target("nas.example.com", 0, {{"record_id", "99"}}));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY(fake.writes.isEmpty());
    }

    void apexIsAnEmptySubdomain()
    {
        FakePorkbun fake;
        const auto run = runPorkbun(fake, target("example.com"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/dns/retrieveByNameType/example.com/A/"));
        QCOMPARE(bodyOf(run.requests[2]).toObject().value("name").toString(), QString());
        QCOMPARE(fake.find("example.com", "A", "example.com").size(), 1);
    }

    void longestDomainWins()
    {
        FakePorkbun fake;
        fake.domains = {"example.com.cn", "b.example.com.cn"};
        const auto run = runPorkbun(fake, target("a.b.example.com.cn"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/dns/retrieveByNameType/b.example.com.cn/A/a"));
    }

    void domainsArePaged()
    {
        FakePorkbun fake;
        fake.domains = {"zzz.example"};
        fake.fillerDomains = 1200;
        const auto run = runPorkbun(fake, target("nas.zzz.example"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 4);
        QCOMPARE(bodyOf(run.requests[1]).toObject().value("start"), QJsonValue("1000"));
    }

    void apiAccessSwitchedOff()
    {
        FakePorkbun fake;
        fake.domains.clear();
        fake.closedDomains = {"example.com"};
        const auto run = runPorkbun(fake, target());
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains("switch API ACCESS on"), qPrintable(run.result.detail));
        QVERIFY(fake.writes.isEmpty());
    }

    void badSecret()
    {
        FakePorkbun fake;
        const auto run = runPorkbun(fake, target(), "sk1_wrong");
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(run.requests.size(), 1);
    }

    void errors_data()
    {
        porkbunErrorRows();
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        const auto failure = PorkbunProvider::failureOf(FakeHttpClient::reply(status, body));
        QVERIFY(failure);
        QCOMPARE(failure->kind, kind);
        QVERIFY2(failure->detail.contains(detailHas), qPrintable(failure->detail));
        QVERIFY(!PorkbunProvider::failureOf(FakeHttpClient::reply(200, "{\"status\":\"SUCCESS\"}")));
    }

    void ttlValidation()
    {
        const PorkbunProvider provider(kBase, QStringLiteral("pk1_key"));
        QVERIFY(provider.validateRecord(RecordSpec{"nas.example.com", "A", 0, {}}).isEmpty());
        QVERIFY(provider.validateRecord(RecordSpec{"nas.example.com", "A", 600, {}}).isEmpty());
        const auto issues = provider.validateRecord(RecordSpec{"nas.example.com", "A", 300, {}});
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains("600 seconds"));
    }

    void secretKeyAsApiKeyIsRefused()
    {
        QList<ConfigIssue> issues;
        QVERIFY(!PorkbunProvider::create(ProviderAccount{"p", {}, QJsonObject{{"api_key", "sk1_abc"}}}, issues));
        QCOMPARE(issues.size(), 1);
    }

    void check_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("no record named") << "" << "" << ResultKind::Ok << "example.com";
        QTest::newRow("absent") << "new.example.com" << "" << ResultKind::Ok << "creates it";
        QTest::newRow("several") << "nas.example.com" << "" << ResultKind::ConfigError << "2 A records";
        QTest::newRow("record_id") << "nas.example.com" << "12" << ResultKind::Ok << "with id 12 holds 81.2.69.2";
        QTest::newRow("record_id not there") << "nas.example.com" << "99" << ResultKind::NoSuchHost << "record_id";
        QTest::newRow("domain closed") << "nas.closed.org" << "" << ResultKind::AuthFailed << "API ACCESS";
    }

    void check()
    {
        QFETCH(QString, name);
        QFETCH(QString, recordId);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        FakePorkbun fake;
        fake.closedDomains = {"closed.org"};
        fake.records["example.com"] = {porkbunRecord("11", "nas.example.com", kOld), porkbunRecord("12", "nas.example.com", "81.2.69.2")};
        const PorkbunProvider provider(kBase, QStringLiteral("pk1_key"));
        QJsonObject settings;
        if (!recordId.isEmpty())
            settings.insert("record_id", recordId);
        auto job = provider.createCheckJob(RecordSpec{name, "A", 0, settings}, {{"secret_api_key", "sk1_secret"}});
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QVERIFY(fake.writes.isEmpty());
        for (const auto &request : run.requests)
            QVERIFY(!pathOf(request).contains("create") && !pathOf(request).contains("edit"));
    }
};

namespace {

// ---------------------------------------------------------------------------
// Gandi LiveDNS: /domains (per_page, page, Link), /domains/{fqdn}/records/{name}/{type}

struct FakeGandi {
    QByteArray authorization = "Bearer pat";
    QStringList domains{QStringLiteral("example.com")};
    int maxPerPage = 100;
    QHash<QString, QList<QJsonObject>> rrsets; // domain -> [{rrset_name, rrset_type, rrset_ttl, rrset_values}]
    QList<HttpRequest> writes;

    static HttpReply problem(int status, const QString &message, const QString &object, const QString &cause)
    {
        return answer(status, QJsonObject{{"code", status}, {"message", message}, {"object", object}, {"cause", cause}});
    }

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("Authorization") != authorization)
            return problem(401, "The server could not verify that you authenticated to access the requested resource.", "HTTPUnauthorized", "Unauthorized");
        const QString path = pathOf(request);
        if (path == "/domains") {
            const QUrlQuery query(request.url);
            const int perPage = qMin(query.queryItemValue("per_page").toInt(), maxPerPage);
            const int page = query.hasQueryItem("page") ? query.queryItemValue("page").toInt() : 1;
            QStringList sorted = domains;
            sorted.sort();
            QJsonArray items;
            for (const auto &domain : sorted.mid((page - 1) * perPage, perPage))
                items.append(QJsonObject{{"fqdn", domain}, {"automatic_snapshots", true}});
            QList<QPair<QByteArray, QByteArray>> headers{{"Total-Count", QByteArray::number(sorted.size())}};
            if (page * perPage < sorted.size())
                headers.append({"Link", QStringLiteral("<https://api.gandi.net/v5/livedns/domains?per_page=%1&page=%2>; rel=\"next\"")
                                            .arg(perPage).arg(page + 1).toUtf8()});
            return answer(200, items, headers);
        }
        static const QRegularExpression rrsetPath(QStringLiteral("^/domains/([^/]+)/records/([^/]+)/([^/]+)$"));
        const auto match = rrsetPath.match(path);
        if (!match.hasMatch() || !domains.contains(match.captured(1)))
            return problem(404, "Unknown domain", "LocalizedHTTPNotFound", "Not Found");
        QList<QJsonObject> &zone = rrsets[match.captured(1)];
        const QString name = match.captured(2);
        const QString type = match.captured(3);
        qsizetype index = -1;
        for (qsizetype i = 0; i < zone.size(); ++i) {
            if (zone[i].value("rrset_name") == name && zone[i].value("rrset_type") == type)
                index = i;
        }
        if (request.method == "GET")
            return index < 0 ? problem(404, "The resource could not be found.", "HTTPNotFound", "Not Found") : answer(200, zone[index]);
        writes.append(request);
        const QJsonObject body = bodyOf(request).toObject();
        const int ttl = body.value("rrset_ttl").toInt();
        if (ttl < 300)
            return answer(400, QJsonObject{{"status", "error"}, {"errors", QJsonArray{QJsonObject{{"location", "body"}, {"name", "rrset_ttl"},
                                                                                                 {"description", QStringLiteral("%1 is less than minimum value 300").arg(ttl)}}}}});
        if (request.method == "POST" && index >= 0)
            return problem(409, "A DNS record already exists with that name and type", "HTTPConflict", "Conflict");
        const QJsonObject rrset{{"rrset_name", name}, {"rrset_type", type}, {"rrset_ttl", ttl}, {"rrset_values", body.value("rrset_values")}};
        if (index >= 0)
            zone[index] = rrset;
        else
            zone.append(rrset);
        return answer(201, QJsonObject{{"message", "DNS Record Created"}});
    }
};

QJsonObject gandiRrset(const QString &name, const QStringList &values, int ttl = 10800, const QString &type = QStringLiteral("A"))
{
    return {{"rrset_name", name}, {"rrset_type", type}, {"rrset_ttl", ttl}, {"rrset_values", QJsonArray::fromStringList(values)}};
}

test::JobRun runGandi(FakeGandi &fake, const RecordTarget &job, const QString &token = QStringLiteral("pat"))
{
    const GandiProvider provider(kBase);
    auto update = provider.createUpdateJob(job, {{"token", token}});
    return test::driveJob(*update, std::ref(fake));
}

// The real services' error answers (kept out of the QObject class: moc 6.4 misreads raw strings there).
void gandiErrorRows()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResultKind>("kind");
    QTest::addColumn<QString>("detailHas");
    QTest::newRow("401") << 401 << QByteArray(R"({"code":401,"message":"The server could not verify that you authenticated to access the requested resource.","object":"HTTPUnauthorized","cause":"Unauthorized"})")
                         << ResultKind::AuthFailed << "create a new one";
    QTest::newRow("403") << 403 << QByteArray(R"({"object":"HTTPForbidden","cause":"Forbidden","code":403,"message":"Access was denied to this resource."})")
                         << ResultKind::AuthFailed << "Manage domain technical configurations";
    QTest::newRow("404 unknown domain") << 404 << QByteArray(R"({"code":404,"message":"Unknown domain","object":"LocalizedHTTPNotFound","cause":"Not Found"})")
                                        << ResultKind::NoSuchHost << "Unknown domain";
    QTest::newRow("400 ttl") << 400 << QByteArray(R"({"status":"error","errors":[{"location":"body","name":"rrset_ttl","description":"60 is less than minimum value 300"}]})")
                             << ResultKind::ConfigError << "300 to 2592000";
    QTest::newRow("400 values") << 400 << QByteArray(R"({"status":"error","errors":[{"location":"body","name":"rrset_values","description":"bad"}]})")
                                << ResultKind::ConfigError << "rrset_values: bad";
    QTest::newRow("409") << 409 << QByteArray(R"({"code":409,"message":"A DNS record already exists with that name and type","object":"HTTPConflict","cause":"Conflict"})")
                         << ResultKind::ConfigError << "already exists";
    QTest::newRow("429") << 429 << QByteArray(R"({"code":429,"message":"Too Many Requests","object":"HTTPTooManyRequests","cause":"Too Many Requests"})")
                         << ResultKind::RateLimited << "Too Many Requests";
    QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>") << ResultKind::ServerError << "down";
    QTest::newRow("302-ish odd") << 418 << QByteArray("teapot") << ResultKind::BadResponse << "teapot";
}

} // namespace

class TestGandi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAMissingRrset()
    {
        FakeGandi fake;
        const auto run = runGandi(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 3);
        QCOMPARE(pathOf(run.requests[0]), QStringLiteral("/domains"));
        QCOMPARE(QUrlQuery(run.requests[0].url).queryItemValue("per_page"), QStringLiteral("100"));
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/domains/example.com/records/nas/A"));
        QCOMPARE(run.requests[2].method, QByteArray("POST"));
        QCOMPARE(bodyOf(run.requests[2]), QJsonValue(QJsonObject{{"rrset_values", QJsonArray{kAddress}}, {"rrset_ttl", 300}}));
        QCOMPARE(run.requests[2].header("Authorization"), QByteArray("Bearer pat"));
        verifyCredentialed(run.requests);
    }

    void replacesTheOnlyValueKeepingTheTtl()
    {
        FakeGandi fake;
        fake.rrsets["example.com"] = {gandiRrset("nas", {kOld}, 1800), gandiRrset("www", {kOld}), gandiRrset("nas", {"2a00:1450::1"}, 300, "AAAA")};
        const auto run = runGandi(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(fake.writes[0].method, QByteArray("PUT"));
        QCOMPARE(bodyOf(fake.writes[0]), QJsonValue(QJsonObject{{"rrset_values", QJsonArray{kAddress}}, {"rrset_ttl", 1800}}));
        QCOMPARE(fake.rrsets["example.com"][1], gandiRrset("www", {kOld}));
        QCOMPARE(fake.rrsets["example.com"][2], gandiRrset("nas", {"2a00:1450::1"}, 300, "AAAA"));
    }

    void noWriteWhenAlreadyRight()
    {
        FakeGandi fake;
        fake.rrsets["example.com"] = {gandiRrset("nas", {kAddress})};
        const auto run = runGandi(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QVERIFY(fake.writes.isEmpty());
    }

    void severalValuesNoneHoldingIsAConflict()
    {
        FakeGandi fake;
        fake.rrsets["example.com"] = {gandiRrset("nas", {kOld, "81.2.69.2"})};
        const auto run = runGandi(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        // No record_id setting here: the advice does not name it.
        QVERIFY2(!run.result.detail.contains("record_id") && run.result.detail.contains("delete the others"),
                 qPrintable(run.result.detail));
        QVERIFY(fake.writes.isEmpty());
    }

    void severalValuesOneHoldingIsKept()
    {
        FakeGandi fake;
        fake.rrsets["example.com"] = {gandiRrset("nas", {kOld, kAddress})};
        const auto run = runGandi(fake, target("nas.example.com", 600));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QVERIFY(fake.writes.isEmpty());
    }

    void ttlChangeIsAWrite()
    {
        FakeGandi fake;
        fake.rrsets["example.com"] = {gandiRrset("nas", {kAddress}, 1800)};
        const auto run = runGandi(fake, target("nas.example.com", 600));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(bodyOf(fake.writes[0]).toObject().value("rrset_ttl").toInt(), 600);
    }

    void apexIsTheAtSign()
    {
        FakeGandi fake;
        const auto run = runGandi(fake, target("example.com", 0, {}, "AAAA", "2a00:1450::1"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/domains/example.com/records/@/AAAA"));
    }

    void longestDomainWinsAcrossPages()
    {
        FakeGandi fake;
        fake.maxPerPage = 2;
        fake.domains = {"a.example", "b.example", "example.com.cn", "b.example.com.cn", "z.example"};
        const auto run = runGandi(fake, target("a.b.example.com.cn"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        // Three pages of two; the link's host is Gandi's, the request goes to the account's endpoint.
        QCOMPARE(run.requests[1].url.host(), QStringLiteral("api.test"));
        QCOMPARE(QUrlQuery(run.requests[1].url).queryItemValue("page"), QStringLiteral("2"));
        QCOMPARE(QUrlQuery(run.requests[2].url).queryItemValue("page"), QStringLiteral("3"));
        QCOMPARE(pathOf(run.requests[3]), QStringLiteral("/domains/b.example.com.cn/records/a/A"));
    }

    void domainListCutOffIsSaid()
    {
        FakeGandi fake;
        fake.maxPerPage = 1;
        fake.domains = {"a.example", "b.example", "c.example", "d.example", "example.com"};
        const auto run = runGandi(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(run.requests.size(), 4); // the cap: four pages
        QVERIFY2(run.result.detail.contains("first 4 LiveDNS domains") && run.result.detail.contains("reads no more"),
                 qPrintable(run.result.detail));
        fake.domains = {"a.example", "b.example"};
        const auto plain = runGandi(fake, target());
        QCOMPARE(plain.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(!plain.result.detail.contains("reads no more"), qPrintable(plain.result.detail));
    }

    void unknownDomain()
    {
        FakeGandi fake;
        const auto run = runGandi(fake, target("nas.other.org"));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains("LiveDNS"), qPrintable(run.result.detail));
    }

    void badToken()
    {
        FakeGandi fake;
        const auto run = runGandi(fake, target(), "expired");
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(run.requests.size(), 1);
    }

    void errors_data()
    {
        gandiErrorRows();
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        const UpdateResult result = GandiProvider::classifyFailure(FakeHttpClient::reply(status, body));
        QCOMPARE(result.kind, kind);
        QVERIFY2(result.detail.contains(detailHas), qPrintable(result.detail));
    }

    void rrsetReadFailureIsNotAnAbsentRrset()
    {
        // Only 404 means "no rrset yet"; a 403 on the read ends the job.
        FakeGandi fake;
        const GandiProvider provider(kBase);
        auto job = provider.createUpdateJob(target(), {{"token", "pat"}});
        const auto run = test::driveJob(*job, [&](const HttpRequest &request) {
            if (pathOf(request) == "/domains")
                return fake(request);
            return FakeGandi::problem(403, "Access was denied to this resource.", "HTTPForbidden", "Forbidden");
        });
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(run.requests.size(), 2);
    }

    void ttlValidation()
    {
        const GandiProvider provider(kBase);
        QVERIFY(provider.validateRecord(RecordSpec{"nas.example.com", "A", 300, {}}).isEmpty());
        const auto issues = provider.validateRecord(RecordSpec{"nas.example.com", "A", 299, {}});
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains("300 seconds"));
    }

    void check_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("no record named") << "" << ResultKind::Ok << "1 domain(s): example.com";
        QTest::newRow("absent") << "new.example.com" << ResultKind::Ok << "creates it";
        QTest::newRow("present") << "www.example.com" << ResultKind::Ok << "holds 81.2.69.1";
        QTest::newRow("several") << "nas.example.com" << ResultKind::ConfigError << "2 A records";
        QTest::newRow("unknown domain") << "nas.other.org" << ResultKind::NoSuchHost << "no LiveDNS domain";
    }

    void check()
    {
        QFETCH(QString, name);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        FakeGandi fake;
        fake.rrsets["example.com"] = {gandiRrset("nas", {kOld, "81.2.69.2"}), gandiRrset("www", {kOld})};
        const GandiProvider provider(kBase);
        auto job = provider.createCheckJob(RecordSpec{name, "A", 0, {}}, {{"token", "pat"}});
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QVERIFY(writesOf(run.requests).isEmpty());
    }
};

namespace {

// ---------------------------------------------------------------------------
// deSEC: /domains/?owns_qname=, /domains/{name}/rrsets/{subname|@}/{type}/

struct FakeDesec {
    QByteArray authorization = "Token tok";
    QHash<QString, int> domains{{QStringLiteral("example.com"), 3600}}; // name -> minimum_ttl
    QHash<QString, QList<QJsonObject>> rrsets;                         // domain -> [{subname, type, ttl, records}]
    bool mayWrite = true;
    QList<HttpRequest> writes;

    static HttpReply detail(int status, const QString &text) { return answer(status, QJsonObject{{"detail", text}}); }

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("Authorization") != authorization)
            return detail(401, "Invalid token.");
        const QString path = pathOf(request);
        if (path == "/domains/") {
            const QString qname = QUrlQuery(request.url).queryItemValue("owns_qname");
            QJsonArray list;
            QString best;
            for (auto it = domains.begin(); it != domains.end(); ++it) {
                if (qname.isEmpty())
                    list.append(QJsonObject{{"name", it.key()}, {"minimum_ttl", it.value()}});
                else if ((qname == it.key() || qname.endsWith('.' + it.key())) && it.key().size() > best.size())
                    best = it.key();
            }
            if (!best.isEmpty())
                list.append(QJsonObject{{"name", best}, {"minimum_ttl", domains.value(best)}});
            return answer(200, list);
        }
        static const QRegularExpression one(QStringLiteral("^/domains/([^/]+)/rrsets/([^/]+)/([^/]+)/$"));
        static const QRegularExpression all(QStringLiteral("^/domains/([^/]+)/rrsets/$"));
        const auto single = one.match(path);
        const auto collection = all.match(path);
        const QString domain = single.hasMatch() ? single.captured(1) : collection.captured(1);
        if (!domains.contains(domain))
            return detail(404, "Not found.");
        QList<QJsonObject> &zone = rrsets[domain];
        const QJsonObject body = bodyOf(request).toObject();
        if (request.method != "GET") {
            writes.append(request);
            if (!mayWrite)
                return detail(403, "You do not have permission to perform this action.");
            if (body.contains("ttl") && body.value("ttl").toInt() < domains.value(domain))
                return answer(400, QJsonObject{{"ttl", QJsonArray{QStringLiteral("Ensure this value is greater than or equal to %1.").arg(domains.value(domain))}}});
        }
        if (collection.hasMatch()) {
            zone.append(QJsonObject{{"subname", body.value("subname")}, {"type", body.value("type")}, {"ttl", body.value("ttl")}, {"records", body.value("records")}});
            return answer(201, zone.last());
        }
        const QString subname = single.captured(2) == "@" ? QString() : single.captured(2);
        for (auto &rrset : zone) {
            if (rrset.value("subname") != subname || rrset.value("type") != single.captured(3))
                continue;
            if (request.method == "PATCH") {
                for (const auto &key : body.keys())
                    rrset.insert(key, body.value(key));
            }
            return answer(200, rrset);
        }
        return detail(404, "Not found.");
    }
};

QJsonObject desecRrset(const QString &subname, const QStringList &records, int ttl = 3600, const QString &type = QStringLiteral("A"))
{
    return {{"subname", subname}, {"type", type}, {"ttl", ttl}, {"records", QJsonArray::fromStringList(records)}};
}

test::JobRun runDesec(FakeDesec &fake, const RecordTarget &job, const QString &token = QStringLiteral("tok"))
{
    const DesecProvider provider(kBase);
    auto update = provider.createUpdateJob(job, {{"token", token}});
    return test::driveJob(*update, std::ref(fake));
}

// The real services' error answers (kept out of the QObject class: moc 6.4 misreads raw strings there).
void desecErrorRows()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfterHeader");
    QTest::addColumn<ResultKind>("kind");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("detailHas");
    QTest::newRow("401 invalid token") << 401 << QByteArray(R"({"detail":"Invalid token."})") << QByteArray() << ResultKind::AuthFailed << -1 << "Invalid token.";
    QTest::newRow("403 policy") << 403 << QByteArray(R"({"detail":"You do not have permission to perform this action."})") << QByteArray()
                                << ResultKind::AuthFailed << -1 << "perm_write";
    QTest::newRow("404") << 404 << QByteArray(R"({"detail":"Not found."})") << QByteArray() << ResultKind::NoSuchHost << -1 << "Not found.";
    QTest::newRow("429 throttled") << 429 << QByteArray(R"({"detail":"Request was throttled. Expected available in 57 seconds."})") << QByteArray("57")
                                   << ResultKind::RateLimited << 57 << "throttled";
    QTest::newRow("400 ttl") << 400 << QByteArray(R"({"ttl":["Ensure this value is greater than or equal to 3600."]})") << QByteArray()
                             << ResultKind::ConfigError << -1 << "ttl: Ensure this value is greater than or equal to 3600.";
    QTest::newRow("400 exists") << 400 << QByteArray(R"({"non_field_errors":["Another RRset with the same subdomain and type exists for this domain."]})")
                                << QByteArray() << ResultKind::ConfigError << -1 << "Another RRset";
    QTest::newRow("400 bulk list") << 400 << QByteArray(R"([{"records":["Record content malformed"]}])") << QByteArray()
                                   << ResultKind::ConfigError << -1 << "records: Record content malformed";
    QTest::newRow("500") << 500 << QByteArray("<h1>Server Error (500)</h1>") << QByteArray() << ResultKind::ServerError << -1 << "500";
}

} // namespace

class TestDesec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAMissingRrsetWithTheDomainsMinimumTtl()
    {
        FakeDesec fake;
        const auto run = runDesec(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 3);
        QCOMPARE(pathOf(run.requests[0]), QStringLiteral("/domains/"));
        QCOMPARE(QUrlQuery(run.requests[0].url).queryItemValue("owns_qname"), QStringLiteral("nas.example.com"));
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/domains/example.com/rrsets/nas/A/"));
        QCOMPARE(run.requests[2].method, QByteArray("POST"));
        QCOMPARE(pathOf(run.requests[2]), QStringLiteral("/domains/example.com/rrsets/"));
        QCOMPARE(bodyOf(run.requests[2]), QJsonValue(QJsonObject{{"subname", "nas"}, {"type", "A"}, {"ttl", 3600}, {"records", QJsonArray{kAddress}}}));
        QCOMPARE(run.requests[0].header("Authorization"), QByteArray("Token tok"));
        verifyCredentialed(run.requests);
    }

    void patchesTheOnlyValue()
    {
        FakeDesec fake;
        fake.rrsets["example.com"] = {desecRrset("nas", {kOld}, 7200), desecRrset("www", {kOld})};
        const auto run = runDesec(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(fake.writes[0].method, QByteArray("PATCH"));
        QCOMPARE(bodyOf(fake.writes[0]), QJsonValue(QJsonObject{{"records", QJsonArray{kAddress}}}));
        QCOMPARE(fake.rrsets["example.com"][0].value("ttl").toInt(), 7200);
        QCOMPARE(fake.rrsets["example.com"][1], desecRrset("www", {kOld}));
    }

    void configuredTtlIsPatched()
    {
        FakeDesec fake;
        fake.rrsets["example.com"] = {desecRrset("nas", {kOld})};
        const auto run = runDesec(fake, target("nas.example.com", 7200));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(bodyOf(fake.writes[0]).toObject().value("ttl").toInt(), 7200);
    }

    void noWriteWhenAlreadyRight()
    {
        FakeDesec fake;
        fake.rrsets["example.com"] = {desecRrset("nas", {kAddress})};
        const auto run = runDesec(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(run.requests.size(), 2);
    }

    void severalValuesNoneHoldingIsAConflict()
    {
        FakeDesec fake;
        fake.rrsets["example.com"] = {desecRrset("nas", {kOld, "81.2.69.2"})};
        const auto run = runDesec(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        // No record_id setting here: the advice does not name it.
        QVERIFY2(!run.result.detail.contains("record_id") && run.result.detail.contains("delete the others"),
                 qPrintable(run.result.detail));
        QVERIFY(fake.writes.isEmpty());
    }

    void ttlBelowTheDomainsMinimumIsRefusedBeforeWriting()
    {
        FakeDesec fake;
        const auto run = runDesec(fake, target("nas.example.com", 60));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("3600 seconds or more"), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1);
    }

    void dedynDomainTakesSixty()
    {
        FakeDesec fake;
        fake.domains = {{"home.dedyn.io", 60}};
        const auto run = runDesec(fake, target("home.dedyn.io", 60));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/domains/home.dedyn.io/rrsets/@/A/"));
        QCOMPARE(bodyOf(run.requests[2]), QJsonValue(QJsonObject{{"subname", ""}, {"type", "A"}, {"ttl", 60}, {"records", QJsonArray{kAddress}}}));
    }

    void responsibleDomainComesFromDesec()
    {
        FakeDesec fake;
        fake.domains = {{"example.com.cn", 3600}, {"b.example.com.cn", 3600}};
        const auto run = runDesec(fake, target("a.b.example.com.cn"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/domains/b.example.com.cn/rrsets/a/A/"));
    }

    void unknownDomain()
    {
        FakeDesec fake;
        const auto run = runDesec(fake, target("nas.other.org"));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(run.requests.size(), 1);
    }

    void answerOutsideTheNameIsNotTrusted()
    {
        FakeDesec fake;
        const DesecProvider provider(kBase);
        auto job = provider.createUpdateJob(target(), {{"token", "tok"}});
        const auto run = test::driveJob(*job, [](const HttpRequest &) {
            return answer(200, QJsonArray{QJsonObject{{"name", "other.org"}, {"minimum_ttl", 3600}}});
        });
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(run.requests.size(), 1);
    }

    void policyWithoutWritePermission()
    {
        FakeDesec fake;
        fake.mayWrite = false;
        fake.rrsets["example.com"] = {desecRrset("nas", {kOld})};
        const auto run = runDesec(fake, target());
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains("perm_write"), qPrintable(run.result.detail));
    }

    void errors_data()
    {
        desecErrorRows();
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfterHeader);
        QFETCH(ResultKind, kind);
        QFETCH(int, retryAfter);
        QFETCH(QString, detailHas);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!retryAfterHeader.isEmpty())
            headers.append({"Retry-After", retryAfterHeader});
        const UpdateResult result = DesecProvider::classifyFailure(FakeHttpClient::reply(status, body, headers));
        QCOMPARE(result.kind, kind);
        QCOMPARE(result.retryAfterSeconds.value_or(-1), retryAfter);
        QVERIFY2(result.detail.contains(detailHas), qPrintable(result.detail));
    }

    void ttlValidation()
    {
        const DesecProvider provider(kBase);
        QVERIFY(provider.validateRecord(RecordSpec{"nas.example.com", "A", 60, {}}).isEmpty());
        const auto issues = provider.validateRecord(RecordSpec{"nas.example.com", "A", 30, {}});
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains("minimum TTL"));
    }

    void check_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::addColumn<int>("requests");
        QTest::newRow("no record named") << "" << 0 << ResultKind::Ok << "example.com" << 1;
        QTest::newRow("absent") << "new.example.com" << 0 << ResultKind::Ok << "creates it" << 2;
        QTest::newRow("present") << "www.example.com" << 0 << ResultKind::Ok << "holds 81.2.69.1" << 2;
        QTest::newRow("ttl too low") << "www.example.com" << 60 << ResultKind::ConfigError << "minimum TTL" << 1;
        QTest::newRow("unknown domain") << "nas.other.org" << 0 << ResultKind::NoSuchHost << "no domain of this deSEC account" << 1;
    }

    void check()
    {
        QFETCH(QString, name);
        QFETCH(int, ttl);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        QFETCH(int, requests);
        FakeDesec fake;
        fake.rrsets["example.com"] = {desecRrset("www", {kOld})};
        const DesecProvider provider(kBase);
        auto job = provider.createCheckJob(RecordSpec{name, "A", ttl, {}}, {{"token", "tok"}});
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), requests);
        QVERIFY(fake.writes.isEmpty());
    }
};

namespace {

// ---------------------------------------------------------------------------
// DigitalOcean: /domains and /domains/{d}/records, paged with links.pages.next

struct FakeDigitalOcean {
    QByteArray authorization = "Bearer dop";
    QStringList domains{QStringLiteral("example.com")};
    int maxPerPage = 200;
    bool ignoreNameFilter = false;
    QStringList scopes{"domain:read", "domain:update", "domain:create"};
    QHash<QString, QList<QJsonObject>> records; // domain -> [{id, type, name (relative), data, ttl}]
    QList<HttpRequest> writes;
    int nextId = 900;

    static HttpReply error(int status, const QString &id, const QString &message)
    {
        return answer(status, QJsonObject{{"id", id}, {"message", message}});
    }

    HttpReply paged(const HttpRequest &request, const QString &key, const QJsonArray &items) const
    {
        const QUrlQuery query(request.url);
        const int perPage = qMin(query.hasQueryItem("per_page") ? query.queryItemValue("per_page").toInt() : 20, maxPerPage);
        const int page = query.hasQueryItem("page") ? query.queryItemValue("page").toInt() : 1;
        QJsonArray slice;
        for (qsizetype i = (page - 1) * perPage; i < qMin(items.size(), qsizetype(page) * perPage); ++i)
            slice.append(items.at(i));
        QJsonObject pages;
        if (page * perPage < items.size()) {
            QUrlQuery next = query;
            next.removeAllQueryItems("page");
            next.addQueryItem("page", QString::number(page + 1));
            pages.insert("next", "https://api.digitalocean.com/v2" + pathOf(request) + '?' + next.toString(QUrl::FullyEncoded));
        }
        return answer(200, QJsonObject{{key, slice}, {"links", QJsonObject{{"pages", pages}}}, {"meta", QJsonObject{{"total", items.size()}}}});
    }

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("Authorization") != authorization)
            return error(401, "Unauthorized", "Unable to authenticate you");
        const QString path = pathOf(request);
        const QString scope = request.method == "GET" ? "domain:read" : request.method == "POST" ? "domain:create" : "domain:update";
        if (!scopes.contains(scope))
            return error(403, "Forbidden", "You are not authorized to perform this operation");
        if (path == "/domains") {
            QJsonArray list;
            QStringList sorted = domains;
            sorted.sort();
            for (const auto &domain : sorted)
                list.append(QJsonObject{{"name", domain}, {"ttl", 1800}});
            return paged(request, "domains", list);
        }
        static const QRegularExpression recordsPath(QStringLiteral("^/domains/([^/]+)/records(?:/(\\d+))?$"));
        const auto match = recordsPath.match(path);
        if (!match.hasMatch() || !domains.contains(match.captured(1)))
            return error(404, "not_found", "The resource you were accessing could not be found.");
        const QString domain = match.captured(1);
        QList<QJsonObject> &zone = records[domain];
        if (request.method == "GET") {
            const QUrlQuery query(request.url);
            const QString name = query.queryItemValue("name");
            const QString relative = name == domain ? "@" : name.chopped(domain.size() + 1);
            QJsonArray found;
            for (const auto &record : std::as_const(zone)) {
                if (record.value("type") == query.queryItemValue("type") && (ignoreNameFilter || record.value("name") == relative))
                    found.append(record);
            }
            return paged(request, "domain_records", found);
        }
        writes.append(request);
        const QJsonObject body = bodyOf(request).toObject();
        if (body.contains("ttl") && body.value("ttl").toInt() < 30)
            return error(422, "unprocessable_entity", "record ttl must be greater than 30");
        if (request.method == "POST") {
            QJsonObject record{{"id", nextId++}, {"type", body.value("type")}, {"name", body.value("name")}, {"data", body.value("data")},
                               {"ttl", body.value("ttl")}, {"priority", QJsonValue()}, {"weight", QJsonValue()}};
            zone.append(record);
            return answer(201, QJsonObject{{"domain_record", record}});
        }
        for (auto &record : zone) {
            if (record.value("id").toInt() != match.captured(2).toInt())
                continue;
            for (const auto &key : body.keys())
                record.insert(key, body.value(key));
            return answer(200, QJsonObject{{"domain_record", record}});
        }
        return error(404, "not_found", "The resource you were accessing could not be found.");
    }
};

QJsonObject doRecord(int id, const QString &name, const QString &data, int ttl = 1800, const QString &type = QStringLiteral("A"))
{
    return {{"id", id}, {"type", type}, {"name", name}, {"data", data}, {"ttl", ttl}, {"priority", QJsonValue()}, {"weight", QJsonValue()}};
}

test::JobRun runDigitalOcean(FakeDigitalOcean &fake, const RecordTarget &job, const QString &token = QStringLiteral("dop"))
{
    const DigitalOceanProvider provider(kBase);
    auto update = provider.createUpdateJob(job, {{"token", token}});
    return test::driveJob(*update, std::ref(fake));
}

// The real services' error answers (kept out of the QObject class: moc 6.4 misreads raw strings there).
void digitalOceanErrorRows()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("resetIn"); // seconds from now, as ratelimit-reset
    QTest::addColumn<ResultKind>("kind");
    QTest::addColumn<QString>("detailHas");
    QTest::newRow("401") << 401 << QByteArray(R"({"id":"Unauthorized","message":"Unable to authenticate you"})") << QByteArray() << ResultKind::AuthFailed << "create a new one";
    QTest::newRow("403") << 403 << QByteArray(R"({"id":"Forbidden","message":"You are not authorized to perform this operation"})") << QByteArray() << ResultKind::AuthFailed << "domain:update";
    QTest::newRow("404") << 404 << QByteArray(R"({"id":"not_found","message":"The resource you were accessing could not be found."})") << QByteArray() << ResultKind::NoSuchHost << "not_found";
    QTest::newRow("422 ttl") << 422 << QByteArray(R"({"id":"unprocessable_entity","message":"record ttl must be greater than 30"})") << QByteArray() << ResultKind::ConfigError << "30 seconds or more";
    QTest::newRow("422 other") << 422 << QByteArray(R"({"id":"unprocessable_entity","message":"data is not valid"})") << QByteArray() << ResultKind::ConfigError << "data is not valid";
    QTest::newRow("429") << 429 << QByteArray(R"({"id":"too_many_requests","message":"API Rate limit exceeded."})") << QByteArray("120") << ResultKind::RateLimited << "too_many_requests";
    QTest::newRow("500") << 500 << QByteArray(R"({"id":"server_error","message":"Unexpected server-side error"})") << QByteArray() << ResultKind::ServerError << "server_error";
}

} // namespace

class TestDigitalOcean : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAMissingRecord()
    {
        FakeDigitalOcean fake;
        const auto run = runDigitalOcean(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 3);
        QCOMPARE(pathOf(run.requests[0]), QStringLiteral("/domains"));
        QCOMPARE(QUrlQuery(run.requests[0].url).queryItemValue("per_page"), QStringLiteral("200"));
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/domains/example.com/records"));
        const QUrlQuery query(run.requests[1].url);
        QCOMPARE(query.queryItemValue("type"), QStringLiteral("A"));
        QCOMPARE(query.queryItemValue("name"), QStringLiteral("nas.example.com"));
        QCOMPARE(run.requests[2].method, QByteArray("POST"));
        QCOMPARE(bodyOf(run.requests[2]), QJsonValue(QJsonObject{{"type", "A"}, {"name", "nas"}, {"data", kAddress}, {"ttl", 60}}));
        QCOMPARE(run.requests[2].header("Authorization"), QByteArray("Bearer dop"));
        verifyCredentialed(run.requests);
    }

    void patchesTheRecordById()
    {
        FakeDigitalOcean fake;
        fake.records["example.com"] = {doRecord(7, "nas", kOld, 300), doRecord(8, "www", kOld), doRecord(9, "nas", "2a00:1450::1", 300, "AAAA")};
        const auto run = runDigitalOcean(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(fake.writes[0].method, QByteArray("PATCH"));
        QCOMPARE(pathOf(fake.writes[0]), QStringLiteral("/domains/example.com/records/7"));
        QCOMPARE(bodyOf(fake.writes[0]), QJsonValue(QJsonObject{{"type", "A"}, {"data", kAddress}}));
        QCOMPARE(fake.records["example.com"][0].value("ttl").toInt(), 300);
        QCOMPARE(fake.records["example.com"][1], doRecord(8, "www", kOld));
        QCOMPARE(fake.records["example.com"][2], doRecord(9, "nas", "2a00:1450::1", 300, "AAAA"));
    }

    void noWriteWhenAlreadyRight()
    {
        FakeDigitalOcean fake;
        fake.records["example.com"] = {doRecord(7, "nas", kAddress)};
        const auto run = runDigitalOcean(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(run.requests.size(), 2);
    }

    void severalRecordsAreNotGuessed()
    {
        FakeDigitalOcean fake;
        fake.records["example.com"] = {doRecord(7, "nas", kOld), doRecord(8, "nas", "81.2.69.2")};
        const auto run = runDigitalOcean(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(fake.writes.isEmpty());
    }

    void recordIdPicksOneOfSeveral()
    {
        FakeDigitalOcean fake;
        fake.records["example.com"] = {doRecord(7, "nas", kOld), doRecord(8, "nas", "81.2.69.2")};
        const auto run = runDigitalOcean(fake, target("nas.example.com", 0, {{"record_id", "8"}}));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(pathOf(fake.writes[0]), QStringLiteral("/domains/example.com/records/8"));
        QCOMPARE(fake.records["example.com"][0].value("data").toString(), kOld);
    }

    void apexIsTheAtSign()
    {
        FakeDigitalOcean fake;
        fake.records["example.com"] = {doRecord(7, "@", kOld), doRecord(8, "www", kOld)};
        const auto run = runDigitalOcean(fake, target("example.com"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(QUrlQuery(run.requests[1].url).queryItemValue("name"), QStringLiteral("example.com"));
        QCOMPARE(pathOf(fake.writes[0]), QStringLiteral("/domains/example.com/records/7"));
    }

    void longestDomainWins()
    {
        FakeDigitalOcean fake;
        fake.domains = {"example.com.cn", "b.example.com.cn"};
        const auto run = runDigitalOcean(fake, target("a.b.example.com.cn"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(pathOf(run.requests[1]), QStringLiteral("/domains/b.example.com.cn/records"));
        QCOMPARE(bodyOf(run.requests[2]).toObject().value("name").toString(), QStringLiteral("a"));
    }

    void recordsArePaged_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("listRequests");
        QTest::addColumn<QByteArray>("write");
        QTest::newRow("on page 1") << 0 << 1 << QByteArray("PATCH");
        QTest::newRow("on page 2") << 2 << 2 << QByteArray("PATCH");
        QTest::newRow("on page 3") << 4 << 3 << QByteArray("PATCH");
    }

    void recordsArePaged()
    {
        QFETCH(int, before);
        QFETCH(int, listRequests);
        QFETCH(QByteArray, write);
        FakeDigitalOcean fake;
        fake.maxPerPage = 2;
        fake.ignoreNameFilter = true;
        for (int i = 0; i < before; ++i)
            fake.records["example.com"].append(doRecord(100 + i, QStringLiteral("host%1").arg(i), kOld));
        fake.records["example.com"].append(doRecord(7, "nas", kOld));
        const auto run = runDigitalOcean(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 1 + listRequests + 1);
        for (int page = 2; page <= listRequests; ++page) {
            QCOMPARE(run.requests[page].url.host(), QStringLiteral("api.test"));
            QCOMPARE(QUrlQuery(run.requests[page].url).queryItemValue("page"), QString::number(page));
        }
        QCOMPARE(fake.writes[0].method, write);
        QCOMPARE(pathOf(fake.writes[0]), QStringLiteral("/domains/example.com/records/7"));
    }

    void tooManyRecordPagesWriteNothing()
    {
        FakeDigitalOcean fake;
        fake.maxPerPage = 2;
        fake.ignoreNameFilter = true;
        for (int i = 0; i < 7; ++i)
            fake.records["example.com"].append(doRecord(100 + i, QStringLiteral("host%1").arg(i), kOld));
        const auto run = runDigitalOcean(fake, target());
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
        QVERIFY(fake.writes.isEmpty());
        QVERIFY(run.requests.size() <= 12);
    }

    void domainsArePaged()
    {
        FakeDigitalOcean fake;
        fake.maxPerPage = 1;
        fake.domains = {"a.example", "b.example", "example.com"};
        const auto run = runDigitalOcean(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(pathOf(run.requests[3]), QStringLiteral("/domains/example.com/records"));
    }

    void domainListCutOffIsSaid()
    {
        FakeDigitalOcean fake;
        fake.maxPerPage = 1;
        fake.domains = {"a.example", "b.example", "c.example", "example.com"};
        const auto run = runDigitalOcean(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(run.requests.size(), 3); // the cap: three pages
        QVERIFY2(run.result.detail.contains("first 3 domains") && run.result.detail.contains("reads no more"),
                 qPrintable(run.result.detail));
        // Not cut off: the plain answer.
        fake.domains = {"a.example", "b.example"};
        const auto plain = runDigitalOcean(fake, target());
        QCOMPARE(plain.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(!plain.result.detail.contains("reads no more"), qPrintable(plain.result.detail));
    }

    void createNeedsTheCreateScope()
    {
        FakeDigitalOcean fake;
        fake.scopes = {"domain:read", "domain:update"};
        const auto run = runDigitalOcean(fake, target());
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains("domain:create"), qPrintable(run.result.detail));
    }

    void badToken()
    {
        FakeDigitalOcean fake;
        const auto run = runDigitalOcean(fake, target(), "revoked");
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(run.requests.size(), 1);
    }

    void answerWithAnotherValueIsBad()
    {
        FakeDigitalOcean fake;
        fake.records["example.com"] = {doRecord(7, "nas", kOld)};
        const DigitalOceanProvider provider(kBase);
        auto job = provider.createUpdateJob(target(), {{"token", "dop"}});
        const auto run = test::driveJob(*job, [&](const HttpRequest &request) {
            return request.method == "PATCH" ? answer(200, QJsonObject{{"domain_record", doRecord(7, "nas", kOld)}}) : fake(request);
        });
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
    }

    void errors_data()
    {
        digitalOceanErrorRows();
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, resetIn);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        QList<QPair<QByteArray, QByteArray>> headers;
        // The reset is measured against the reply's own Date, not this computer's clock.
        const qint64 sent = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
        if (!resetIn.isEmpty())
            headers = {{"Date", "Thu, 26 Nov 2026 08:00:00 GMT"}, {"ratelimit-reset", QByteArray::number(sent + resetIn.toInt())}};
        const UpdateResult result = DigitalOceanProvider::classifyFailure(FakeHttpClient::reply(status, body, headers));
        QCOMPARE(result.kind, kind);
        QVERIFY2(result.detail.contains(detailHas), qPrintable(result.detail));
        if (!resetIn.isEmpty())
            QCOMPARE(result.retryAfterSeconds.value_or(-1), resetIn.toInt());
    }

    void retryAfterWinsOverTheResetTime()
    {
        const UpdateResult result = DigitalOceanProvider::classifyFailure(FakeHttpClient::reply(
            429, "{\"id\":\"too_many_requests\",\"message\":\"API Rate limit exceeded.\"}",
            {{"Retry-After", "30"}, {"Date", "Thu, 26 Nov 2026 08:00:00 GMT"}, {"ratelimit-reset", "1795680000"}}));
        // Left to the core, which honours Retry-After (JobRunner) with its own clock.
        QVERIFY(!result.retryAfterSeconds);
        // Without a Date, no arithmetic with this computer's clock: the core's backoff applies.
        const UpdateResult undated = DigitalOceanProvider::classifyFailure(FakeHttpClient::reply(
            429, "{\"id\":\"too_many_requests\",\"message\":\"API Rate limit exceeded.\"}", {{"ratelimit-reset", "1795680000"}}));
        QVERIFY(!undated.retryAfterSeconds);
    }

    void ttlValidation()
    {
        const DigitalOceanProvider provider(kBase);
        QVERIFY(provider.validateRecord(RecordSpec{"nas.example.com", "A", 30, {}}).isEmpty());
        const auto issues = provider.validateRecord(RecordSpec{"nas.example.com", "A", 29, {}});
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains("30 seconds"));
    }

    void check_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("no record named") << "" << "" << ResultKind::Ok << "1 domain(s): example.com";
        QTest::newRow("absent") << "new.example.com" << "" << ResultKind::Ok << "creates it";
        QTest::newRow("several") << "nas.example.com" << "" << ResultKind::ConfigError << "2 A records";
        QTest::newRow("record_id") << "nas.example.com" << "8" << ResultKind::Ok << "with id 8 holds 81.2.69.2";
        QTest::newRow("unknown domain") << "nas.other.org" << "" << ResultKind::NoSuchHost << "Networking > Domains";
    }

    void check()
    {
        QFETCH(QString, name);
        QFETCH(QString, recordId);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        FakeDigitalOcean fake;
        fake.records["example.com"] = {doRecord(7, "nas", kOld), doRecord(8, "nas", "81.2.69.2")};
        const DigitalOceanProvider provider(kBase);
        QJsonObject settings;
        if (!recordId.isEmpty())
            settings.insert("record_id", recordId);
        auto job = provider.createCheckJob(RecordSpec{name, "A", 0, settings}, {{"token", "dop"}});
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QVERIFY(fake.writes.isEmpty());
    }
};

// ---------------------------------------------------------------------------
// What the five share.

// The refusals of a write whose record changed after the read (kept out of the QObject class: moc 6.4;
// and no apostrophe inside a raw string anywhere: moc reads it as a character literal).
void changedMeanwhileRows()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("existing");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("gandi: deleted before the PUT") << "gandi" << true << 404
        << QByteArray("{\"code\":404,\"message\":\"Can't find the DNS record\",\"object\":\"HTTPNotFound\",\"cause\":\"Not Found\"}");
    QTest::newRow("gandi: created before the POST") << "gandi" << false << 409
        << QByteArray(R"({"code":409,"message":"A DNS record already exists with that name and type","object":"HTTPConflict","cause":"Conflict"})");
    QTest::newRow("desec: deleted before the PATCH") << "desec" << true << 404 << QByteArray(R"({"detail":"Not found."})");
    QTest::newRow("desec: created before the POST") << "desec" << false << 400
        << QByteArray(R"({"non_field_errors":["Another RRset with the same subdomain and type exists for this domain."]})");
    QTest::newRow("digitalocean: deleted before the PUT") << "digitalocean" << true << 404
        << QByteArray(R"({"id":"not_found","message":"The resource you were accessing could not be found."})");
}

class TestChangedMeanwhile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriteRefusedBecauseTheRecordChangedIsTriedAgain_data() { changedMeanwhileRows(); }

    void aWriteRefusedBecauseTheRecordChangedIsTriedAgain()
    {
        QFETCH(QString, provider);
        QFETCH(bool, existing);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const HttpReply refusal = FakeHttpClient::reply(status, body);
        int writes = 0;
        // Reads from the fake; the write meets the refusal.
        const auto refusingWrites = [&writes, refusal](auto &fake) {
            return [&fake, &writes, refusal](const HttpRequest &request) {
                if (request.method == "GET")
                    return fake(request);
                ++writes;
                return refusal;
            };
        };
        test::JobRun run;
        if (provider == QLatin1String("gandi")) {
            FakeGandi fake;
            if (existing)
                fake.rrsets["example.com"] = {gandiRrset("nas", {kOld})};
            run = test::driveJob(*GandiProvider(kBase).createUpdateJob(target(), {{"token", "pat"}}), refusingWrites(fake));
        } else if (provider == QLatin1String("desec")) {
            FakeDesec fake;
            if (existing)
                fake.rrsets["example.com"] = {desecRrset("nas", {kOld})};
            run = test::driveJob(*DesecProvider(kBase).createUpdateJob(target(), {{"token", "tok"}}), refusingWrites(fake));
        } else {
            FakeDigitalOcean fake;
            if (existing)
                fake.records["example.com"] = {doRecord(7, "nas", kOld)};
            run = test::driveJob(*DigitalOceanProvider(kBase).createUpdateJob(target(), {{"token", "dop"}}), refusingWrites(fake));
        }
        QCOMPARE(writes, 1);
        QCOMPARE(run.result.kind, ResultKind::ServerError);
        QVERIFY(!isFatal(run.result.kind));
        QVERIFY2(run.result.detail.contains("changed between Homing's read and its write"), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(QString::number(status)), qPrintable(run.result.detail));
    }

    void theSameRefusalAtTheReadIsNotRetried()
    {
        // A domain that is not there when first read is still the user's to fix.
        FakeGandi fake;
        fake.domains.clear();
        const auto run = runGandi(fake, target());
        QVERIFY2(isFatal(run.result.kind), qPrintable(run.result.detail));
    }
};

class TestJsonRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextLink_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("next");
        QTest::newRow("none") << QByteArray() << QString();
        QTest::newRow("next only") << QByteArray("<https://x/a?page=2>; rel=\"next\"") << "https://x/a?page=2";
        QTest::newRow("first, prev, next") << QByteArray("<https://x/a?cursor=>; rel=\"first\", <https://x/a?cursor=p>; rel=\"prev\", <https://x/a?cursor=n>; rel=\"next\"")
                                           << "https://x/a?cursor=n";
        QTest::newRow("unquoted rel") << QByteArray("<https://x/a?page=3>; rel=next") << "https://x/a?page=3";
        QTest::newRow("last only") << QByteArray("<https://x/a?page=9>; rel=\"last\"") << QString();
        QTest::newRow("garbage") << QByteArray("<<<;;,,rel=next") << QString();
    }

    void nextLink()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, next);
        const auto link = jsonrest::nextLink(FakeHttpClient::reply(200, "[]", {{"Link", header}}));
        QCOMPARE(link ? link->toString() : QString(), next);
    }

    void withQueryOfKeepsTheAccountsEndpoint()
    {
        const QUrl url = jsonrest::withQueryOf(QUrl("https://127.0.0.1:8443/v2/domains?per_page=200"),
                                               QUrl("https://api.digitalocean.com/v2/domains?page=2&per_page=200"));
        QCOMPARE(url.toString(), QStringLiteral("https://127.0.0.1:8443/v2/domains?page=2&per_page=200"));
    }

    void requestShape()
    {
        const HttpRequest request = jsonrest::request("PUT", QUrl("https://api.test/x"), "Bearer t", QJsonArray{1, 2});
        QCOMPARE(request.body, QByteArray("[1,2]"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer t"));
        QVERIFY(request.carriesCredential);
        const HttpRequest get = jsonrest::request("GET", QUrl("https://api.test/x"), {});
        QVERIFY(get.body.isEmpty());
        QVERIFY(get.header("Content-Type").isEmpty());
        QVERIFY(get.header("Authorization").isEmpty());
        QVERIFY(get.carriesCredential);
        // A provider's own credential header (Dynu, IONOS, Hetzner DNS).
        const HttpRequest own = jsonrest::requestWith("POST", QUrl("https://api.test/x"), {"X-API-Key", "p.s"}, QJsonObject{{"a", 1}});
        QCOMPARE(own.header("X-API-Key"), QByteArray("p.s"));
        QVERIFY(own.header("Authorization").isEmpty());
        QCOMPARE(own.body, QByteArray(R"({"a":1})"));
        QVERIFY(own.carriesCredential);
    }

    void zonesFinding()
    {
        QCOMPARE(jsonrest::zonesFinding({}, "advice").kind, ResultKind::NoSuchHost);
        QStringList many;
        for (int i = 0; i < 12; ++i)
            many.append(QStringLiteral("d%1.example").arg(i));
        const UpdateResult result = jsonrest::zonesFinding(many, "advice");
        QCOMPARE(result.kind, ResultKind::Ok);
        QVERIFY2(result.detail.contains("12 domain(s)") && result.detail.contains("d9.example") && !result.detail.contains("d10.example"),
                 qPrintable(result.detail));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    int failures = 0;
    {
        TestGoDaddy test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        TestPorkbun test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        TestGandi test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        TestDesec test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        TestDigitalOcean test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        TestChangedMeanwhile test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        TestJsonRest test;
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures;
}

#include "tst_hosted_a.moc"
