#include "DnspodProvider.h"
#include "DnspodTokenProvider.h"
#include "FakeHttpClient.h"
#include "JobDriver.h"
#include "signing/Tc3Signer.h"

#include <QDateTime>
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

const QString kDefault = QString::fromUtf8("默认");
const QString kTelecom = QString::fromUtf8("电信");
const QString kUnicom = QString::fromUtf8("联通");
const QString kSecretId = QStringLiteral("AKIDgoodsecretid0123456789abcdef01");
const QString kSecretKey = QStringLiteral("good-secret-key");
const QUrl kApi(QStringLiteral("https://dnspod.api.test"));

QString lineIdOf(const QString &line)
{
    if (line == kTelecom)
        return QStringLiteral("10=0");
    if (line == kUnicom)
        return QStringLiteral("10=1");
    return QStringLiteral("0");
}

QByteArray envelope(QJsonObject response)
{
    response.insert("RequestId", "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
    return QJsonDocument(QJsonObject{{"Response", response}}).toJson(QJsonDocument::Compact);
}

QByteArray apiError(const QString &code, const QString &message = QStringLiteral("refused"))
{
    return envelope(QJsonObject{{"Error", QJsonObject{{"Code", code}, {"Message", message}}}});
}

struct FakeDomain {
    qint64 id;
    QString name;
    QString punycode;
};

// A small DNSPod API 3.0: it checks each request's TC3 signature with the
// account's key, keeps domains and records, filters record lists by
// Subdomain, RecordType and RecordLine, pages both lists with Offset/Limit,
// answers empty lists with ResourceNotFound.*, and applies ModifyRecord as the
// API documents it (SubDomain "@", Status ENABLE and no weight unless given).
struct FakeDnspod {
    QList<FakeDomain> domains{{1001, "example.com", "example.com"}};
    QList<QJsonObject> records;
    QList<QPair<QString, QJsonObject>> writes;
    QList<QString> actions;
    QHash<QString, QString> errorFor; // action -> Error.Code answered instead
    int domainPageCap = 0;
    int recordPageCap = 0;
    bool ignoreRecordFilters = false;
    int hiddenFromFirstList = 0; // a record id the first record list leaves out (a stale list)
    int listsServed = 0;
    qint64 nextId = 5000;

    QJsonObject addRecord(const QString &name, const QString &type, const QString &value, const QString &line,
                          int ttl = 600, qint64 domainId = 1001)
    {
        QJsonObject record{{"RecordId", ++nextId}, {"DomainId", domainId}, {"Name", name}, {"Type", type},
                           {"Value", value}, {"Line", line}, {"LineId", lineIdOf(line)}, {"TTL", ttl},
                           {"Status", "ENABLE"}, {"Weight", QJsonValue::Null}, {"Remark", ""}, {"MX", 0}};
        records.append(record);
        return record;
    }

    HttpReply operator()(const HttpRequest &request)
    {
        const QString action = QString::fromLatin1(request.header("X-TC-Action"));
        actions.append(action);
        if (request.method != "POST" || request.header("Content-Type") != "application/json; charset=utf-8"
            || request.header("X-TC-Version") != "2021-03-23" || !request.carriesCredential)
            return FakeHttpClient::reply(200, apiError("InvalidParameter", "bad request shape"));
        Tc3Request signing;
        // The service signs the Host header as it arrives; without one set,
        // Qt writes host[:port] from the URL.
        signing.host = request.header("Host");
        if (signing.host.isEmpty())
            signing.host = request.url.port() == -1 ? request.url.host().toLatin1()
                                                    : request.url.authority().toLatin1();
        signing.service = "dnspod";
        signing.action = request.header("X-TC-Action");
        signing.payload = request.body;
        signing.timestamp = request.header("X-TC-Timestamp").toLongLong();
        signing.signAction = false;
        const QByteArray authorization = request.header("Authorization");
        if (!authorization.contains("Credential=" + kSecretId.toLatin1() + '/'))
            return FakeHttpClient::reply(200, apiError("AuthFailure.SecretIdNotFound", "The SecretId is not found"));
        if (authorization != tc3Authorization(signing, kSecretId, kSecretKey))
            return FakeHttpClient::reply(200, apiError("AuthFailure.SignatureFailure", "signature mismatch"));
        if (errorFor.contains(action))
            return FakeHttpClient::reply(200, apiError(errorFor.value(action)));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (action == "DescribeDomainList")
            return domainList(body);
        if (action == "DescribeRecordList")
            return recordList(body);
        writes.append({action, body});
        if (action == "CreateRecord")
            return create(body);
        if (action == "ModifyRecord")
            return modify(body);
        return FakeHttpClient::reply(200, apiError("InvalidAction"));
    }

    HttpReply domainList(const QJsonObject &body) const
    {
        if (domains.isEmpty())
            return FakeHttpClient::reply(200, apiError("ResourceNotFound.NoDataOfDomain"));
        const int offset = body.value("Offset").toInt();
        int limit = body.value("Limit").toInt(3000);
        if (domainPageCap > 0)
            limit = qMin(limit, domainPageCap);
        QJsonArray list;
        for (int i = offset; i < qMin(int(domains.size()), offset + limit); ++i)
            list.append(QJsonObject{{"DomainId", domains[i].id}, {"Name", domains[i].name},
                                    {"Punycode", domains[i].punycode}, {"Status", "ENABLE"},
                                    {"GradeTitle", QString::fromUtf8("免费版")}});
        return FakeHttpClient::reply(200, envelope({{"DomainCountInfo", QJsonObject{{"DomainTotal", int(domains.size())}}},
                                                    {"DomainList", list}}));
    }

    HttpReply recordList(const QJsonObject &body)
    {
        ++listsServed;
        const qint64 domainId = body.value("DomainId").toInteger();
        bool known = false;
        for (const auto &domain : domains)
            known = known || (domain.id == domainId && domain.name == body.value("Domain").toString());
        if (!known)
            return FakeHttpClient::reply(200, apiError("InvalidParameterValue.DomainNotExists"));
        QList<QJsonObject> matching;
        for (const auto &record : records) {
            if (record.value("DomainId").toInteger() != domainId)
                continue;
            if (listsServed == 1 && record.value("RecordId").toInteger() == hiddenFromFirstList)
                continue;
            if (!ignoreRecordFilters
                && (record.value("Name") != body.value("Subdomain") || record.value("Type") != body.value("RecordType")
                    || record.value("Line") != body.value("RecordLine")))
                continue;
            matching.append(record);
        }
        if (matching.isEmpty())
            return FakeHttpClient::reply(200, apiError("ResourceNotFound.NoDataOfRecord"));
        const int offset = body.value("Offset").toInt();
        int limit = body.value("Limit").toInt(100);
        if (recordPageCap > 0)
            limit = qMin(limit, recordPageCap);
        QJsonArray list;
        for (int i = offset; i < qMin(int(matching.size()), offset + limit); ++i) {
            QJsonObject item = matching[i];
            item.remove("DomainId");
            list.append(item);
        }
        return FakeHttpClient::reply(200, envelope({{"RecordCountInfo", QJsonObject{{"TotalCount", int(matching.size())},
                                                                                    {"ListCount", int(list.size())}}},
                                                    {"RecordList", list}}));
    }

    bool duplicate(const QJsonObject &candidate, qint64 exceptId) const
    {
        for (const auto &record : records) {
            if (record.value("RecordId").toInteger() != exceptId && record.value("Name") == candidate.value("Name")
                && record.value("Type") == candidate.value("Type") && record.value("Line") == candidate.value("Line")
                && record.value("Value") == candidate.value("Value"))
                return true;
        }
        return false;
    }

    HttpReply create(const QJsonObject &body)
    {
        QJsonObject record{{"RecordId", ++nextId}, {"DomainId", body.value("DomainId")},
                           {"Name", body.value("SubDomain").toString("@")}, {"Type", body.value("RecordType")},
                           {"Value", body.value("Value")}, {"Line", body.value("RecordLine")},
                           {"LineId", lineIdOf(body.value("RecordLine").toString())}, {"TTL", body.value("TTL").toInt(600)},
                           {"Status", body.value("Status").toString("ENABLE")}, {"Weight", QJsonValue::Null},
                           {"Remark", ""}, {"MX", 0}};
        if (duplicate(record, -1))
            return FakeHttpClient::reply(200, apiError("InvalidParameter.DomainRecordExist"));
        records.append(record);
        return FakeHttpClient::reply(200, envelope({{"RecordId", record.value("RecordId")}}));
    }

    HttpReply modify(const QJsonObject &body)
    {
        const qint64 id = body.value("RecordId").toInteger();
        for (auto &record : records) {
            if (record.value("RecordId").toInteger() != id)
                continue;
            QJsonObject changed = record;
            changed["Name"] = body.value("SubDomain").toString("@");
            changed["Type"] = body.value("RecordType");
            changed["Value"] = body.value("Value");
            changed["Line"] = body.value("RecordLine");
            changed["TTL"] = body.value("TTL").toInt(600);
            changed["Status"] = body.value("Status").toString("ENABLE");
            changed["Weight"] = body.contains("Weight") ? body.value("Weight") : QJsonValue(QJsonValue::Null);
            if (body.contains("Remark"))
                changed["Remark"] = body.value("Remark");
            if (duplicate(changed, id))
                return FakeHttpClient::reply(200, apiError("InvalidParameter.DomainRecordExist"));
            record = changed;
            return FakeHttpClient::reply(200, envelope({{"RecordId", id}}));
        }
        return FakeHttpClient::reply(200, apiError("InvalidParameter.RecordIdInvalid"));
    }

    QList<QJsonObject> find(const QString &name, const QString &type = QStringLiteral("A")) const
    {
        QList<QJsonObject> found;
        for (const auto &record : records) {
            if (record.value("Name") == name && record.value("Type") == type)
                found.append(record);
        }
        return found;
    }
};

RecordTarget target(const QString &name = QStringLiteral("nas.example.com"), int ttl = 0, QJsonObject settings = {},
                    const QString &type = QStringLiteral("A"), const QString &address = QStringLiteral("81.2.69.160"))
{
    return RecordTarget{RecordSpec{name, type, ttl, settings}, QHostAddress(address)};
}

test::JobRun runDnspod(FakeDnspod &fake, const RecordTarget &record, const QString &key = kSecretKey,
                       const QString &secretId = kSecretId, const QUrl &api = kApi)
{
    const DnspodProvider provider(api, secretId);
    auto job = provider.createUpdateJob(record, {{"secret_key", key}});
    return test::driveJob(*job, std::ref(fake));
}

QJsonObject bodyOf(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// ---- the legacy API (dnsapi.cn) --------------------------------------------

const QString kLoginToken = QStringLiteral("12345,goodtoken0123456789abcdef");
const QUrl kLegacyApi(QStringLiteral("https://dnsapi.test"));

QByteArray legacyStatus(const QString &code, const QString &message, QJsonObject root = {})
{
    root.insert("status", QJsonObject{{"code", code}, {"message", message}, {"created_at", "2024-01-01 00:00:00"}});
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// A small dnsapi.cn: form POSTs, the login token, status codes as strings,
// lists filtered by sub_domain, record_type and record_line and paged with
// offset/length, and Record.Modify defaulting what it is not given.
struct FakeLegacy {
    QList<FakeDomain> domains{{1001, "example.com", "example.com"}};
    QList<QJsonObject> records;
    QList<QPair<QString, QUrlQuery>> writes;
    QList<QString> actions;
    QList<HttpRequest> requests;
    QHash<QString, QString> errorFor; // action -> status.code answered instead
    int domainPageCap = 0;
    int recordPageCap = 0;
    bool ignoreRecordFilters = false;
    int hiddenFromFirstList = 0;
    int listsServed = 0;
    qint64 nextId = 7000;

    QJsonObject addRecord(const QString &name, const QString &type, const QString &value, const QString &line,
                          int ttl = 600)
    {
        QJsonObject record{{"id", QString::number(++nextId)}, {"domain_id", "1001"}, {"name", name}, {"type", type},
                           {"value", value}, {"line", line}, {"line_id", lineIdOf(line)}, {"ttl", QString::number(ttl)},
                           {"weight", QJsonValue::Null}, {"mx", "0"}, {"enabled", "1"}, {"status", "enabled"},
                           {"remark", ""}};
        records.append(record);
        return record;
    }

    static QString item(const QUrlQuery &query, const char *name)
    {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    }

    HttpReply operator()(const HttpRequest &request)
    {
        requests.append(request);
        const QString action = request.url.path().mid(1);
        actions.append(action);
        if (request.method != "POST" || request.header("Content-Type") != "application/x-www-form-urlencoded")
            return FakeHttpClient::reply(200, legacyStatus("2", "POST only"));
        // Form bodies: "+" is not a space here; every reserved byte arrives as %XX.
        const QUrlQuery query(QString::fromLatin1(request.body));
        if (item(query, "login_token") != kLoginToken)
            return FakeHttpClient::reply(200, legacyStatus("-1", "Login failed"));
        if (item(query, "format") != "json")
            return FakeHttpClient::reply(200, legacyStatus("3", "format"));
        if (errorFor.contains(action))
            return FakeHttpClient::reply(200, legacyStatus(errorFor.value(action), "refused"));
        if (action == "Domain.List")
            return domainList(query);
        if (action == "Record.List")
            return recordList(query);
        writes.append({action, query});
        if (action == "Record.Create")
            return create(query);
        if (action == "Record.Modify")
            return modify(query);
        return FakeHttpClient::reply(200, legacyStatus("-7", "no such API"));
    }

    HttpReply domainList(const QUrlQuery &query) const
    {
        if (domains.isEmpty())
            return FakeHttpClient::reply(200, item(query, "error_on_empty") == "no"
                                                  ? legacyStatus("1", "ok", {{"info", QJsonObject{{"domain_total", 0}}}, {"domains", QJsonArray()}})
                                                  : legacyStatus("9", "No domains"));
        const int offset = item(query, "offset").toInt();
        int length = item(query, "length").isEmpty() ? 3000 : item(query, "length").toInt();
        if (domainPageCap > 0)
            length = qMin(length, domainPageCap);
        QJsonArray list;
        for (int i = offset; i < qMin(int(domains.size()), offset + length); ++i)
            list.append(QJsonObject{{"id", domains[i].id}, {"name", domains[i].name}, {"punycode", domains[i].punycode},
                                    {"status", "enable"}, {"grade_title", QString::fromUtf8("免费套餐")}});
        return FakeHttpClient::reply(200, legacyStatus("1", "Action completed successful",
                                                       {{"info", QJsonObject{{"domain_total", int(domains.size())}}},
                                                        {"domains", list}}));
    }

    HttpReply recordList(const QUrlQuery &query)
    {
        ++listsServed;
        if (item(query, "domain_id") != "1001" && item(query, "domain_id") != QString::number(domains.value(0).id))
            return FakeHttpClient::reply(200, legacyStatus("6", "Domain id invalid"));
        QList<QJsonObject> matching;
        for (const auto &record : records) {
            if (listsServed == 1 && record.value("id").toString().toInt() == hiddenFromFirstList)
                continue;
            if (!ignoreRecordFilters
                && (record.value("name").toString() != item(query, "sub_domain")
                    || record.value("type").toString() != item(query, "record_type")
                    || record.value("line").toString() != item(query, "record_line")))
                continue;
            matching.append(record);
        }
        if (matching.isEmpty() && item(query, "error_on_empty") != "no")
            return FakeHttpClient::reply(200, legacyStatus("10", "No records"));
        const int offset = item(query, "offset").toInt();
        int length = item(query, "length").isEmpty() ? 3000 : item(query, "length").toInt();
        if (recordPageCap > 0)
            length = qMin(length, recordPageCap);
        QJsonArray list;
        for (int i = offset; i < qMin(int(matching.size()), offset + length); ++i) {
            QJsonObject record = matching[i];
            record.remove("domain_id");
            list.append(record);
        }
        return FakeHttpClient::reply(200, legacyStatus("1", "Action completed successful",
                                                       {{"info", QJsonObject{{"record_total", QString::number(matching.size())}}},
                                                        {"records", list}}));
    }

    bool duplicate(const QJsonObject &candidate) const
    {
        for (const auto &record : records) {
            if (record.value("id") != candidate.value("id") && record.value("name") == candidate.value("name")
                && record.value("type") == candidate.value("type") && record.value("line") == candidate.value("line")
                && record.value("value") == candidate.value("value"))
                return true;
        }
        return false;
    }

    HttpReply create(const QUrlQuery &query)
    {
        const QString line = item(query, "record_line");
        QJsonObject record{{"id", QString::number(++nextId)}, {"domain_id", item(query, "domain_id")},
                           {"name", item(query, "sub_domain").isEmpty() ? "@" : item(query, "sub_domain")},
                           {"type", item(query, "record_type")}, {"value", item(query, "value")}, {"line", line},
                           {"line_id", lineIdOf(line)}, {"ttl", item(query, "ttl").isEmpty() ? "600" : item(query, "ttl")},
                           {"weight", QJsonValue::Null}, {"mx", "0"}, {"enabled", "1"}, {"status", "enabled"}, {"remark", ""}};
        if (duplicate(record))
            return FakeHttpClient::reply(200, legacyStatus("104", QString::fromUtf8("记录已经存在，无需再次添加")));
        records.append(record);
        return FakeHttpClient::reply(200, legacyStatus("1", "Action completed successful",
                                                       {{"record", QJsonObject{{"id", record.value("id")}, {"name", record.value("name")}, {"status", "enable"}}}}));
    }

    HttpReply modify(const QUrlQuery &query)
    {
        for (auto &record : records) {
            if (record.value("id").toString() != item(query, "record_id"))
                continue;
            QJsonObject changed = record;
            changed["name"] = item(query, "sub_domain").isEmpty() ? "@" : item(query, "sub_domain");
            changed["type"] = item(query, "record_type");
            changed["value"] = item(query, "value");
            changed["line"] = item(query, "record_line");
            changed["ttl"] = item(query, "ttl").isEmpty() ? "600" : item(query, "ttl");
            changed["enabled"] = item(query, "status") == "disable" ? "0" : "1";
            changed["weight"] = query.hasQueryItem("weight") ? QJsonValue(item(query, "weight")) : QJsonValue(QJsonValue::Null);
            if (duplicate(changed))
                return FakeHttpClient::reply(200, legacyStatus("104", QString::fromUtf8("记录已经存在，无需再次添加")));
            record = changed;
            return FakeHttpClient::reply(200, legacyStatus("1", "Action completed successful",
                                                           {{"record", QJsonObject{{"id", record.value("id").toString().toInt()}, {"name", record.value("name")}, {"value", record.value("value")}}}}));
        }
        return FakeHttpClient::reply(200, legacyStatus("8", "Record id invalid"));
    }

    QList<QJsonObject> find(const QString &name, const QString &type = QStringLiteral("A")) const
    {
        QList<QJsonObject> found;
        for (const auto &record : records) {
            if (record.value("name") == name && record.value("type") == type)
                found.append(record);
        }
        return found;
    }
};

test::JobRun runLegacy(FakeLegacy &fake, const RecordTarget &record, const QString &token = kLoginToken)
{
    const DnspodTokenProvider provider(kLegacyApi);
    auto job = provider.createUpdateJob(record, {{"token", token}});
    return test::driveJob(*job, std::ref(fake));
}

} // namespace

class TestDnspod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- Tencent Cloud DNSPod, API 3.0 ----------------------------------

    void createsAMissingRecord()
    {
        FakeDnspod fake;
        const auto run = runDnspod(fake, target(QStringLiteral("nas.example.com"), 600));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.actions, (QList<QString>{"DescribeDomainList", "DescribeRecordList", "CreateRecord"}));
        const QJsonObject list = bodyOf(run.requests[1]);
        QCOMPARE(list.value("Domain").toString(), QStringLiteral("example.com"));
        QCOMPARE(list.value("DomainId").toInteger(), 1001);
        QCOMPARE(list.value("Subdomain").toString(), QStringLiteral("nas"));
        QCOMPARE(list.value("RecordType").toString(), QStringLiteral("A"));
        QCOMPARE(list.value("RecordLine").toString(), kDefault);
        const QJsonObject create = fake.writes[0].second;
        QCOMPARE(create.value("SubDomain").toString(), QStringLiteral("nas"));
        QCOMPARE(create.value("RecordLine").toString(), kDefault);
        QCOMPARE(create.value("Value").toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(create.value("TTL").toInt(), 600);
        QVERIFY(run.result.detail.contains(kDefault));
        for (const auto &request : run.requests) {
            QVERIFY(request.carriesCredential);
            QCOMPARE(request.url.host(), QStringLiteral("dnspod.api.test"));
            QCOMPARE(request.header("Host"), QByteArray("dnspod.api.test"));
            // Signed as the official SDK signs, with the current UTC date in the scope.
            const QByteArray authorization = request.header("Authorization");
            QVERIFY2(authorization.contains(", SignedHeaders=content-type;host, Signature="), authorization.constData());
            const QByteArray date = QDateTime::currentDateTimeUtc().toString("yyyy-MM-dd").toLatin1();
            QVERIFY(authorization.contains("/" + date + "/dnspod/tc3_request"));
            QVERIFY(qAbs(request.header("X-TC-Timestamp").toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
            QVERIFY(request.header("X-TC-Region").isEmpty());
        }
        // The body is sent as UTF-8, as signed.
        QVERIFY(run.requests[2].body.contains("\"RecordLine\":\"" + kDefault.toUtf8() + "\""));
    }

    void noTtlMeansDnspodsDefault()
    {
        FakeDnspod fake;
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY(!fake.writes[0].second.contains("TTL"));
    }

    void recordAtTheApex()
    {
        FakeDnspod fake;
        const auto run = runDnspod(fake, target(QStringLiteral("example.com")));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(bodyOf(run.requests[1]).value("Subdomain").toString(), QStringLiteral("@"));
        QCOMPARE(fake.writes[0].second.value("SubDomain").toString(), QStringLiteral("@"));
    }

    void longestZoneOfTheAccount()
    {
        FakeDnspod fake;
        fake.domains = {{1, "example.com.cn", "example.com.cn"}, {2, "b.example.com.cn", "b.example.com.cn"},
                        {3, "other.cn", "other.cn"}};
        const auto run = runDnspod(fake, target(QStringLiteral("a.b.example.com.cn")));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(bodyOf(run.requests[1]).value("DomainId").toInteger(), 2);
        QCOMPARE(bodyOf(run.requests[1]).value("Subdomain").toString(), QStringLiteral("a"));
    }

    void punycodeZone()
    {
        FakeDnspod fake;
        fake.domains = {{7, QString::fromUtf8("例子.cn"), "xn--fsqu00a.cn"}};
        const auto run = runDnspod(fake, target(QStringLiteral("nas.xn--fsqu00a.cn")));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        // The domain as DNSPod wrote it, and its id.
        QCOMPARE(bodyOf(run.requests[1]).value("Domain").toString(), QString::fromUtf8("例子.cn"));
        QCOMPARE(fake.writes[0].second.value("DomainId").toInteger(), 7);
    }

    void unknownZone()
    {
        FakeDnspod fake;
        const auto run = runDnspod(fake, target(QStringLiteral("nas.other.org")));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY(run.result.detail.contains("nas.other.org"));
        QCOMPARE(run.requests.size(), 1);
    }

    void accountWithoutDomains()
    {
        FakeDnspod fake;
        fake.domains.clear();
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains("no domain of this DNSPod account"), qPrintable(run.result.detail));
    }

    void modifiesInPlaceKeepingTheRecordsAttributes()
    {
        FakeDnspod fake;
        QJsonObject existing = fake.addRecord("nas", "A", "81.2.69.1", kDefault, 300);
        fake.records[0]["Weight"] = 20;
        fake.records[0]["Status"] = "DISABLE";
        fake.records[0]["Remark"] = "the NAS";
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(run.result.detail.contains("81.2.69.1"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(fake.writes[0].first, QStringLiteral("ModifyRecord"));
        const QJsonObject body = fake.writes[0].second;
        QCOMPARE(body.value("RecordId").toInteger(), existing.value("RecordId").toInteger());
        QCOMPARE(body.value("SubDomain").toString(), QStringLiteral("nas"));
        QCOMPARE(body.value("RecordLine").toString(), kDefault);
        QCOMPARE(body.value("RecordLineId").toString(), QStringLiteral("0"));
        QCOMPARE(body.value("TTL").toInt(), 300);
        QCOMPARE(body.value("Weight").toInt(), 20);
        QCOMPARE(body.value("Status").toString(), QStringLiteral("DISABLE"));
        QCOMPARE(body.value("Remark").toString(), QStringLiteral("the NAS"));
        const QJsonObject after = fake.find("nas").first();
        QCOMPARE(after.value("Value").toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(after.value("TTL").toInt(), 300);
        QCOMPARE(after.value("Weight").toInt(), 20);
        QCOMPARE(after.value("Status").toString(), QStringLiteral("DISABLE"));
        QCOMPARE(after.value("Remark").toString(), QStringLiteral("the NAS"));
    }

    void configuredTtlIsSent()
    {
        FakeDnspod fake;
        fake.addRecord("nas", "A", "81.2.69.160", kDefault, 300);
        const auto run = runDnspod(fake, target(QStringLiteral("nas.example.com"), 600));
        QCOMPARE(run.result.kind, ResultKind::Ok); // same address, other TTL: a change
        QCOMPARE(fake.writes[0].second.value("TTL").toInt(), 600);
        QVERIFY(!fake.writes[0].second.contains("Weight"));
        QVERIFY(!fake.writes[0].second.contains("Remark"));
    }

    void nothingSentWhenAlreadyRight()
    {
        FakeDnspod fake;
        fake.addRecord("nas", "A", "81.2.69.160", kDefault);
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(run.requests.size(), 2);
        QCOMPARE(fake.writes.size(), 0);
    }

    void aaaaRecord()
    {
        FakeDnspod fake;
        fake.addRecord("nas", "AAAA", "2a00:1450::1", kDefault);
        fake.addRecord("nas", "A", "81.2.69.1", kDefault);
        const auto run = runDnspod(fake, target(QStringLiteral("nas.example.com"), 0, {}, "AAAA", "2a00:1450::2"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.find("nas", "AAAA").first().value("Value").toString(), QStringLiteral("2a00:1450::2"));
        QCOMPARE(fake.find("nas", "A").first().value("Value").toString(), QStringLiteral("81.2.69.1"));
    }

    // Records of other lines are never touched, even when the API listed them.
    void otherLinesAreUntouched_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("ignoreFilters");
        QTest::newRow("default line") << QString() << false;
        QTest::newRow("default line, unfiltered list") << QString() << true;
        QTest::newRow("telecom line") << kTelecom << false;
        QTest::newRow("telecom line, unfiltered list") << kTelecom << true;
    }

    void otherLinesAreUntouched()
    {
        QFETCH(QString, line);
        QFETCH(bool, ignoreFilters);
        FakeDnspod fake;
        fake.ignoreRecordFilters = ignoreFilters;
        fake.addRecord("nas", "A", "81.2.69.5", kTelecom);
        fake.addRecord("nas", "A", "81.2.69.6", kDefault);
        fake.addRecord("nas", "A", "81.2.69.7", kUnicom);
        fake.addRecord("www", "A", "81.2.69.8", kDefault);
        QJsonObject settings;
        if (!line.isEmpty())
            settings.insert("line", line);
        const auto run = runDnspod(fake, target(QStringLiteral("nas.example.com"), 0, settings));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        const QString wanted = line.isEmpty() ? kDefault : line;
        QCOMPARE(bodyOf(run.requests[1]).value("RecordLine").toString(), wanted);
        for (const auto &record : fake.records) {
            const bool mine = record.value("Name") == "nas" && record.value("Line") == wanted;
            QCOMPARE(record.value("Value").toString() == "81.2.69.160", mine);
        }
    }

    void createsOnTheLineAsked()
    {
        FakeDnspod fake;
        fake.addRecord("nas", "A", "81.2.69.6", kDefault);
        const auto run = runDnspod(fake, target(QStringLiteral("nas.example.com"), 0, {{"line", kTelecom}}));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes[0].first, QStringLiteral("CreateRecord"));
        QCOMPARE(fake.writes[0].second.value("RecordLine").toString(), kTelecom);
        QCOMPARE(fake.find("nas").size(), 2);
        QCOMPARE(fake.find("nas").first().value("Value").toString(), QStringLiteral("81.2.69.6"));
    }

    void severalRecordsAreAConflict()
    {
        FakeDnspod fake;
        fake.addRecord("nas", "A", "81.2.69.1", kDefault);
        fake.addRecord("nas", "A", "81.2.69.2", kDefault);
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("record_id"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);
    }

    void recordIdPicksTheRecord()
    {
        FakeDnspod fake;
        fake.addRecord("nas", "A", "81.2.69.1", kDefault);
        const qint64 second = fake.addRecord("nas", "A", "81.2.69.2", kDefault).value("RecordId").toInteger();
        const auto run = runDnspod(fake, target(QStringLiteral("nas.example.com"), 0, {{"record_id", QString::number(second)}}));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes[0].second.value("RecordId").toInteger(), second);
        QCOMPARE(fake.records[0].value("Value").toString(), QStringLiteral("81.2.69.1"));
        QCOMPARE(fake.records[1].value("Value").toString(), QStringLiteral("81.2.69.160"));
    }

    void recordIdNotFound()
    {
        FakeDnspod fake;
        fake.addRecord("nas", "A", "81.2.69.1", kDefault);
        const auto run = runDnspod(fake, target(QStringLiteral("nas.example.com"), 0, {{"record_id", "424242"}}));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(fake.writes.size(), 0);
    }

    void domainsArePaged()
    {
        FakeDnspod fake;
        fake.domainPageCap = 1;
        fake.domains = {{1, "a.org", "a.org"}, {2, "b.org", "b.org"}, {1001, "example.com", "example.com"}};
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.actions.count("DescribeDomainList"), 3);
        QCOMPARE(bodyOf(run.requests[2]).value("Offset").toInt(), 2);
    }

    void tooManyDomainPagesChangeNothing()
    {
        FakeDnspod fake;
        fake.domainPageCap = 1;
        fake.domains = {{1, "a.org", "a.org"}, {2, "b.org", "b.org"}, {3, "c.org", "c.org"}, {1001, "example.com", "example.com"}};
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError); // permanent: never retried
        QVERIFY2(run.result.detail.contains("fewer domains"), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 3);
    }

    void recordsArePaged()
    {
        FakeDnspod fake;
        fake.recordPageCap = 1;
        fake.ignoreRecordFilters = true;
        fake.addRecord("www", "A", "81.2.69.8", kDefault);
        fake.addRecord("nas", "A", "81.2.69.1", kDefault);
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.actions, (QList<QString>{"DescribeDomainList", "DescribeRecordList", "DescribeRecordList", "ModifyRecord"}));
        QCOMPARE(bodyOf(run.requests[2]).value("Offset").toInt(), 1);
        QCOMPARE(fake.find("www").first().value("Value").toString(), QStringLiteral("81.2.69.8"));
    }

    void tooManyRecordPagesChangeNothing()
    {
        FakeDnspod fake;
        fake.recordPageCap = 1;
        fake.ignoreRecordFilters = true;
        for (int i = 0; i < 4; ++i)
            fake.addRecord(QStringLiteral("host%1").arg(i), "A", "81.2.69.8", kDefault);
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
        QCOMPARE(fake.writes.size(), 0);
        QVERIFY(run.requests.size() <= 12);
    }

    // "The record exists" after a stale list: the fresh list decides.
    void recordExistsAfterAStaleListIsNoChange()
    {
        FakeDnspod fake;
        fake.hiddenFromFirstList = int(fake.addRecord("nas", "A", "81.2.69.160", kDefault).value("RecordId").toInteger());
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(fake.actions, (QList<QString>{"DescribeDomainList", "DescribeRecordList", "CreateRecord", "DescribeRecordList"}));
        QCOMPARE(fake.find("nas").size(), 1);
    }

    void recordExistsOnAnotherRecordIsAConflict()
    {
        FakeDnspod fake;
        const qint64 managed = fake.addRecord("nas", "A", "81.2.69.1", kDefault).value("RecordId").toInteger();
        const qint64 other = fake.addRecord("nas", "A", "81.2.69.160", kDefault).value("RecordId").toInteger();
        const auto run = runDnspod(fake, target(QStringLiteral("nas.example.com"), 0, {{"record_id", QString::number(managed)}}));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains(QString::number(other)), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains("InvalidParameter.DomainRecordExist"), qPrintable(run.result.detail));
        QCOMPARE(fake.actions.last(), QStringLiteral("DescribeRecordList"));
    }

    // An endpoint on another port: the Host sent carries it, and is what is signed.
    void hostWithAPortIsSignedAsSent_data()
    {
        QTest::addColumn<QUrl>("api");
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("port 8443") << QUrl("https://dnspod.api.test:8443") << QByteArray("dnspod.api.test:8443");
        QTest::newRow("port 443 is the default") << QUrl("https://dnspod.api.test:443") << QByteArray("dnspod.api.test");
    }

    void hostWithAPortIsSignedAsSent()
    {
        QFETCH(QUrl, api);
        QFETCH(QByteArray, host);
        FakeDnspod fake;
        const auto run = runDnspod(fake, target(), kSecretKey, kSecretId, api);
        QCOMPARE(run.result.kind, ResultKind::Ok);
        for (const auto &request : run.requests)
            QCOMPARE(request.header("Host"), host);
    }

    void errorCodes_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("code");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("no permission") << "DescribeDomainList" << "UnauthorizedOperation" << ResultKind::AuthFailed
                                       << "QcloudDNSPodFullAccess";
        QTest::newRow("cam denied") << "CreateRecord" << "AuthFailure.UnauthorizedOperation" << ResultKind::AuthFailed
                                    << "dnspod:CreateRecord";
        QTest::newRow("not the owner") << "DescribeRecordList" << "FailedOperation.NotDomainOwner"
                                       << ResultKind::AuthFailed << "CAM";
        QTest::newRow("invalid secret id") << "DescribeDomainList" << "AuthFailure.InvalidSecretId"
                                           << ResultKind::AuthFailed << "SecretKey";
        QTest::newRow("expired") << "DescribeDomainList" << "AuthFailure.SignatureExpire" << ResultKind::ClockSkew
                                 << "clock";
        QTest::newRow("rate limited") << "DescribeRecordList" << "RequestLimitExceeded" << ResultKind::RateLimited
                                      << "RequestLimitExceeded";
        QTest::newRow("dnspod rate limit") << "CreateRecord" << "RequestLimitExceeded.RequestLimitExceeded"
                                           << ResultKind::RateLimited << "RequestLimitExceeded";
        QTest::newRow("frequency") << "CreateRecord" << "FailedOperation.FrequencyLimit" << ResultKind::RateLimited
                                   << "FrequencyLimit";
        QTest::newRow("domain gone") << "DescribeRecordList" << "InvalidParameterValue.DomainNotExists"
                                     << ResultKind::NoSuchHost << "domain";
        QTest::newRow("bad line") << "CreateRecord" << "InvalidParameter.RecordLineInvalid" << ResultKind::ConfigError
                                  << QString::fromUtf8("\"默认\"");
        QTest::newRow("ttl too low") << "CreateRecord" << "LimitExceeded.RecordTtlLimit" << ResultKind::ConfigError
                                     << "600";
        QTest::newRow("ttl invalid") << "CreateRecord" << "InvalidParameter.TTLInvalid" << ResultKind::ConfigError
                                     << "604800";
        QTest::newRow("default line first") << "CreateRecord" << "FailedOperation.MustAddDefaultLineFirst"
                                            << ResultKind::ConfigError << "default line";
        QTest::newRow("banned") << "CreateRecord" << "InvalidParameter.AccountIsBanned" << ResultKind::Abuse
                                << "AccountIsBanned";
        QTest::newRow("spam domain") << "CreateRecord" << "FailedOperation.DomainIsSpam" << ResultKind::Abuse
                                     << "DomainIsSpam";
        QTest::newRow("locked domain") << "CreateRecord" << "FailedOperation.DomainIsLocked" << ResultKind::ConfigError
                                       << "DomainIsLocked";
        QTest::newRow("internal") << "DescribeRecordList" << "InternalError" << ResultKind::ServerError << "InternalError";
        QTest::newRow("operate failed, try later") << "CreateRecord" << "InvalidParameter.OperateFailed"
                                                   << ResultKind::ServerError << "OperateFailed";
        QTest::newRow("blacklisted address") << "CreateRecord" << "OperationDenied.IPInBlacklistNotAllowed"
                                             << ResultKind::Abuse << "blacklist";
        QTest::newRow("unknown parameter") << "CreateRecord" << "UnknownParameter" << ResultKind::BadResponse
                                           << "UnknownParameter";
    }

    void errorCodes()
    {
        QFETCH(QString, action);
        QFETCH(QString, code);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        FakeDnspod fake;
        fake.errorFor.insert(action, code);
        const auto run = runDnspod(fake, target());
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(code), qPrintable(run.result.detail));
        QCOMPARE(fake.actions.last(), action);
        QCOMPARE(fake.records.size(), 0);
    }

    void rejectedKeys_data()
    {
        QTest::addColumn<QString>("secretId");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown secret id") << "AKIDunknown" << kSecretKey << "AuthFailure.SecretIdNotFound";
        QTest::newRow("wrong secret key") << kSecretId << "wrong-key" << "AuthFailure.SignatureFailure";
    }

    void rejectedKeys()
    {
        QFETCH(QString, secretId);
        QFETCH(QString, key);
        QFETCH(QString, code);
        FakeDnspod fake;
        const auto run = runDnspod(fake, target(), key, secretId);
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains(code), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1);
    }

    void replies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("html 502") << 502 << QByteArray("<html>Bad gateway</html>") << ResultKind::ServerError;
        QTest::newRow("not json") << 200 << QByteArray("hello") << ResultKind::BadResponse;
        QTest::newRow("no Response") << 200 << QByteArray("{\"Error\":{}}") << ResultKind::BadResponse;
        QTest::newRow("403 html") << 403 << QByteArray("forbidden") << ResultKind::AuthFailed;
        QTest::newRow("error with 200") << 200 << apiError("AuthFailure.SignatureFailure") << ResultKind::AuthFailed;
    }

    void replies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        const auto parsed = DnspodProvider::parseReply(FakeHttpClient::reply(status, body));
        QVERIFY(parsed.failure);
        QCOMPARE(parsed.failure->kind, kind);
        QVERIFY(!DnspodProvider::parseReply(FakeHttpClient::reply(200, envelope({{"RecordId", 1}}))).failure);
    }

    void checkSaysWhatAnUpdateWouldDo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("recordExists");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::addColumn<int>("requests");
        QTest::newRow("absent") << "nas.example.com" << kSecretKey << false << ResultKind::Ok << "creates it" << 2;
        QTest::newRow("present") << "nas.example.com" << kSecretKey << true << ResultKind::Ok << "holds 81.2.69.9" << 2;
        QTest::newRow("no record named") << "" << kSecretKey << false << ResultKind::Ok << "example.com" << 1;
        QTest::newRow("zone not in account") << "nas.other.org" << kSecretKey << false << ResultKind::NoSuchHost
                                             << "nas.other.org" << 1;
        QTest::newRow("key rejected") << "nas.example.com" << "wrong" << false << ResultKind::AuthFailed
                                      << "SignatureFailure" << 1;
    }

    void checkSaysWhatAnUpdateWouldDo()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(bool, recordExists);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        QFETCH(int, requests);
        FakeDnspod fake;
        if (recordExists)
            fake.addRecord("nas", "A", "81.2.69.9", kDefault);
        fake.addRecord("nas", "A", "81.2.69.5", kTelecom);
        const DnspodProvider provider(kApi, kSecretId);
        auto job = provider.createCheckJob(RecordSpec{name, "A", 0, {}}, {{"secret_key", key}});
        QVERIFY(job);
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), requests);
        for (const auto &action : fake.actions)
            QVERIFY(action.startsWith("Describe"));
        QCOMPARE(fake.writes.size(), 0);
    }

    void validation()
    {
        const DnspodProvider provider(kApi, kSecretId);
        QVERIFY(provider.validateRecord(RecordSpec{"a.example.com", "A", 0, {}}).isEmpty());
        QVERIFY(provider.validateRecord(RecordSpec{"a.example.com", "A", 600, {}}).isEmpty());
        QVERIFY(provider.validateRecord(RecordSpec{"a.example.com", "A", 604800, {}}).isEmpty());
        const auto low = provider.validateRecord(RecordSpec{"a.example.com", "A", 60, {}});
        QCOMPARE(low.size(), 1);
        QCOMPARE(low[0].severity, ConfigIssue::Severity::Warning);
        QVERIFY(low[0].message.contains("600"));
        const auto high = provider.validateRecord(RecordSpec{"a.example.com", "A", 604801, {}});
        QCOMPARE(high.size(), 1);
        QCOMPARE(high[0].severity, ConfigIssue::Severity::Error);
        QCOMPARE(provider.validateRecord(RecordSpec{"a.example.com", "A", 0, {{"line", " "}}}).size(), 1);

        QList<ConfigIssue> issues;
        QVERIFY(DnspodProvider::create(ProviderAccount{"d", {}, {{"secret_id", kSecretId}}}, issues));
        QVERIFY(issues.isEmpty());
        QVERIFY(!DnspodProvider::create(ProviderAccount{"d", {}, {{"secret_id", "AKID with space"}}}, issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].path, QStringLiteral("settings.secret_id"));
    }

    void missingSecretKey()
    {
        FakeDnspod fake;
        const auto run = runDnspod(fake, target(), QString());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QCOMPARE(run.requests.size(), 0);
    }

    // ---- the legacy DNSPod API with an ID,Token login token -------------

    void legacyCreatesAMissingRecord()
    {
        FakeLegacy fake;
        const auto run = runLegacy(fake, target(QStringLiteral("nas.example.com"), 600));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.actions, (QList<QString>{"Domain.List", "Record.List", "Record.Create"}));
        const QUrlQuery list(QString::fromLatin1(run.requests[1].body));
        QCOMPARE(FakeLegacy::item(list, "domain_id"), QStringLiteral("1001"));
        QCOMPARE(FakeLegacy::item(list, "sub_domain"), QStringLiteral("nas"));
        QCOMPARE(FakeLegacy::item(list, "record_type"), QStringLiteral("A"));
        QCOMPARE(FakeLegacy::item(list, "record_line"), kDefault);
        QCOMPARE(FakeLegacy::item(list, "error_on_empty"), QStringLiteral("no"));
        QVERIFY(run.requests[1].body.contains("record_line=%E9%BB%98%E8%AE%A4"));
        QVERIFY(run.requests[1].body.contains("login_token=12345%2Cgoodtoken"));
        const QUrlQuery create = fake.writes[0].second;
        QCOMPARE(FakeLegacy::item(create, "sub_domain"), QStringLiteral("nas"));
        QCOMPARE(FakeLegacy::item(create, "record_line"), kDefault);
        QCOMPARE(FakeLegacy::item(create, "value"), QStringLiteral("81.2.69.160"));
        QCOMPARE(FakeLegacy::item(create, "ttl"), QStringLiteral("600"));
        for (const auto &request : run.requests) {
            QVERIFY(request.carriesCredential);
            QCOMPARE(request.url.host(), QStringLiteral("dnsapi.test"));
            QVERIFY(request.sensitiveValues.contains("goodtoken0123456789abcdef"));
        }
    }

    void legacyApexAndLongestZone()
    {
        FakeLegacy fake;
        fake.domains = {{1, "example.com.cn", "example.com.cn"}, {1001, "b.example.com.cn", "b.example.com.cn"}};
        auto run = runLegacy(fake, target(QStringLiteral("b.example.com.cn")));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(FakeLegacy::item(fake.writes[0].second, "sub_domain"), QStringLiteral("@"));
        QCOMPARE(FakeLegacy::item(fake.writes[0].second, "domain_id"), QStringLiteral("1001"));
        QVERIFY(!fake.writes[0].second.hasQueryItem("ttl"));
    }

    void legacyModifiesKeepingTheRecordsAttributes()
    {
        FakeLegacy fake;
        fake.addRecord("nas", "A", "81.2.69.1", kTelecom, 300);
        fake.records[0]["weight"] = "20";
        fake.records[0]["enabled"] = "0";
        fake.addRecord("nas", "A", "81.2.69.2", kDefault);
        const auto run = runLegacy(fake, target(QStringLiteral("nas.example.com"), 0, {{"line", kTelecom}}));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(fake.writes[0].first, QStringLiteral("Record.Modify"));
        const QUrlQuery body = fake.writes[0].second;
        QCOMPARE(FakeLegacy::item(body, "record_id"), fake.records[0].value("id").toString());
        QCOMPARE(FakeLegacy::item(body, "sub_domain"), QStringLiteral("nas"));
        QCOMPARE(FakeLegacy::item(body, "record_line"), kTelecom);
        QCOMPARE(FakeLegacy::item(body, "record_line_id"), QStringLiteral("10=0"));
        QVERIFY(run.requests[2].body.contains("record_line_id=10%3D0"));
        QCOMPARE(FakeLegacy::item(body, "ttl"), QStringLiteral("300"));
        QCOMPARE(FakeLegacy::item(body, "status"), QStringLiteral("disable"));
        QCOMPARE(FakeLegacy::item(body, "weight"), QStringLiteral("20"));
        QCOMPARE(fake.records[0].value("value").toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(fake.records[0].value("ttl").toString(), QStringLiteral("300"));
        QCOMPARE(fake.records[0].value("enabled").toString(), QStringLiteral("0"));
        QCOMPARE(fake.records[1].value("value").toString(), QStringLiteral("81.2.69.2")); // the default line's
    }

    void legacyNothingSentWhenAlreadyRight()
    {
        FakeLegacy fake;
        fake.addRecord("nas", "A", "81.2.69.160", kDefault);
        const auto run = runLegacy(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(fake.writes.size(), 0);
    }

    void legacyOtherLinesAreUntouched()
    {
        FakeLegacy fake;
        fake.ignoreRecordFilters = true;
        fake.addRecord("nas", "A", "81.2.69.5", kTelecom);
        fake.addRecord("nas", "A", "81.2.69.6", kDefault);
        fake.addRecord("www", "A", "81.2.69.8", kDefault);
        const auto run = runLegacy(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.records[0].value("value").toString(), QStringLiteral("81.2.69.5"));
        QCOMPARE(fake.records[1].value("value").toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(fake.records[2].value("value").toString(), QStringLiteral("81.2.69.8"));
    }

    void legacyConflictAndRecordId()
    {
        FakeLegacy fake;
        fake.addRecord("nas", "A", "81.2.69.1", kDefault);
        const QString second = fake.addRecord("nas", "A", "81.2.69.2", kDefault).value("id").toString();
        auto run = runLegacy(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QCOMPARE(fake.writes.size(), 0);
        run = runLegacy(fake, target(QStringLiteral("nas.example.com"), 0, {{"record_id", second}}));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.records[0].value("value").toString(), QStringLiteral("81.2.69.1"));
        QCOMPARE(fake.records[1].value("value").toString(), QStringLiteral("81.2.69.160"));
    }

    void legacyRecordExistsAfterAStaleList()
    {
        FakeLegacy fake;
        fake.hiddenFromFirstList = fake.addRecord("nas", "A", "81.2.69.160", kDefault).value("id").toString().toInt();
        const auto run = runLegacy(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(fake.actions, (QList<QString>{"Domain.List", "Record.List", "Record.Create", "Record.List"}));
    }

    void legacyPaging()
    {
        FakeLegacy fake;
        fake.domainPageCap = 1;
        fake.recordPageCap = 1;
        fake.ignoreRecordFilters = true;
        fake.domains = {{1, "a.org", "a.org"}, {1001, "example.com", "example.com"}};
        fake.addRecord("www", "A", "81.2.69.8", kDefault);
        fake.addRecord("nas", "A", "81.2.69.1", kDefault);
        const auto run = runLegacy(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.actions, (QList<QString>{"Domain.List", "Domain.List", "Record.List", "Record.List", "Record.Modify"}));
        QCOMPARE(fake.records[0].value("value").toString(), QStringLiteral("81.2.69.8"));
    }

    void legacyTooManyDomainPagesIsAConfigError()
    {
        FakeLegacy fake;
        fake.domainPageCap = 1;
        fake.domains = {{1, "a.org", "a.org"}, {2, "b.org", "b.org"}, {3, "c.org", "c.org"}, {1001, "example.com", "example.com"}};
        const auto run = runLegacy(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError); // permanent: never retried
        QCOMPARE(fake.actions, (QList<QString>{"Domain.List", "Domain.List", "Domain.List"}));
    }

    void legacyStatusCodes_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("code");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("-1 login failed") << "Domain.List" << "-1" << ResultKind::AuthFailed << "30 failed logins";
        QTest::newRow("-2 over limit") << "Record.List" << "-2" << ResultKind::RateLimited << "-2";
        QTest::newRow("-7 no permission") << "Record.Create" << "-7" << ResultKind::AuthFailed << "shared";
        QTest::newRow("-8 too many failures") << "Domain.List" << "-8" << ResultKind::Abuse << "-8";
        QTest::newRow("-15 domain banned") << "Record.Modify" << "-15" << ResultKind::Abuse << "-15";
        QTest::newRow("83 account locked") << "Domain.List" << "83" << ResultKind::Abuse << "83";
        QTest::newRow("85 unusual location") << "Domain.List" << "85" << ResultKind::AuthFailed << "85";
        QTest::newRow("-99 paused") << "Record.List" << "-99" << ResultKind::ServerError << "-99";
        QTest::newRow("3 unknown") << "Record.Create" << "3" << ResultKind::ServerError << "3:";
        QTest::newRow("6 domain id") << "Record.List" << "6" << ResultKind::NoSuchHost << "6:";
        QTest::newRow("9 not the owner") << "Record.List" << "9" << ResultKind::AuthFailed << "9:";
        QTest::newRow("26 bad line") << "Record.Create" << "26" << ResultKind::ConfigError << QString::fromUtf8("\"默认\"");
        QTest::newRow("32 ttl over limit") << "Record.Create" << "32" << ResultKind::ConfigError << "600";
        QTest::newRow("29 ttl too small") << "Record.Modify" << "29" << ResultKind::ConfigError << "604800";
        QTest::newRow("8 record id") << "Record.Modify" << "8" << ResultKind::NoSuchHost << "8:";
        QTest::newRow("21 locked") << "Record.Create" << "21" << ResultKind::ConfigError << "21:";
        QTest::newRow("unknown code") << "Domain.List" << "12345" << ResultKind::BadResponse << "12345";
    }

    void legacyStatusCodes()
    {
        QFETCH(QString, action);
        QFETCH(QString, code);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        FakeLegacy fake;
        if (action == "Record.Modify")
            fake.addRecord("nas", "A", "81.2.69.1", kDefault);
        fake.errorFor.insert(action, code);
        const auto run = runLegacy(fake, target());
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QCOMPARE(fake.actions.last(), action);
    }

    void legacyTokenShape_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("token only") << "goodtoken0123456789abcdef";
        QTest::newRow("id not numeric") << "abc,goodtoken0123456789abcdef";
        QTest::newRow("no token") << "12345,";
        QTest::newRow("empty") << "";
        QTest::newRow("three parts") << "12345,abc,def";
    }

    void legacyTokenShape()
    {
        QFETCH(QString, token);
        FakeLegacy fake;
        const auto run = runLegacy(fake, target(), token);
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("ID,Token"), qPrintable(run.result.detail));
        if (!token.isEmpty())
            QVERIFY(!run.result.detail.contains(token));
        QCOMPARE(run.requests.size(), 0);
        QVERIFY(DnspodTokenProvider::splitToken(" 12345 , abc ").has_value());
        QCOMPARE(DnspodTokenProvider::splitToken("12345,abc")->second, QStringLiteral("abc"));
    }

    void legacyWrongToken()
    {
        FakeLegacy fake;
        const auto run = runLegacy(fake, target(), QStringLiteral("12345,wrongtoken"));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(run.requests.size(), 1);
    }

    void legacyCheck_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("recordExists");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("absent") << "nas.example.com" << false << ResultKind::Ok << "creates it";
        QTest::newRow("present") << "nas.example.com" << true << ResultKind::Ok << "holds 81.2.69.9";
        QTest::newRow("no record named") << "" << false << ResultKind::Ok << "example.com";
        QTest::newRow("zone not in account") << "nas.other.org" << false << ResultKind::NoSuchHost << "nas.other.org";
    }

    void legacyCheck()
    {
        QFETCH(QString, name);
        QFETCH(bool, recordExists);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        FakeLegacy fake;
        if (recordExists)
            fake.addRecord("nas", "A", "81.2.69.9", kDefault);
        const DnspodTokenProvider provider(kLegacyApi);
        auto job = provider.createCheckJob(RecordSpec{name, "A", 0, {}}, {{"token", kLoginToken}});
        QVERIFY(job);
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);
    }

    void legacyValidation()
    {
        const DnspodTokenProvider provider(kLegacyApi);
        QVERIFY(provider.validateRecord(RecordSpec{"a.example.com", "A", 600, {}}).isEmpty());
        QCOMPARE(provider.validateRecord(RecordSpec{"a.example.com", "A", 60, {}}).value(0).severity,
                 ConfigIssue::Severity::Warning);
        QCOMPARE(provider.validateRecord(RecordSpec{"a.example.com", "A", 700000, {}}).value(0).severity,
                 ConfigIssue::Severity::Error);
        QCOMPARE(provider.parallelLimit(), 1);
        const auto parsed = DnspodTokenProvider::parseReply("Record.List", FakeHttpClient::reply(502, "<html>bad gateway</html>"));
        QCOMPARE(parsed.failure->kind, ResultKind::ServerError);
        QCOMPARE(DnspodTokenProvider::parseReply("Record.List", FakeHttpClient::reply(200, "{}")).failure->kind,
                 ResultKind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestDnspod)
#include "tst_dnspod.moc"
