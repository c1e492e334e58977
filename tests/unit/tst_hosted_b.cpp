// The hosted record-API providers of issue 8, part b: Namecheap dynamic DNS,
// Hetzner (Cloud API and the old DNS Console API), ClouDNS, IONOS and Dynu's
// API v2, each driven against a small in-test fake of its API.
#include "ClouDnsProvider.h"
#include "DynuApiProvider.h"
#include "FakeHttpClient.h"
#include "HetznerCloudProvider.h"
#include "HetznerDnsProvider.h"
#include "IonosProvider.h"
#include "JobDriver.h"
#include "NamecheapProvider.h"
#include "BuiltinProviders.h"
#include "provider/JobRunner.h"
#include "provider/ProviderRegistry.h"

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

const QString kAddress = QStringLiteral("81.2.69.160");
const QString kOld = QStringLiteral("81.2.69.1");

RecordTarget target(const QString &name, int ttl = 0, QJsonObject settings = {}, const QString &type = QStringLiteral("A"))
{
    return RecordTarget{RecordSpec{name, type, ttl, settings},
                        QHostAddress(type == QLatin1String("AAAA") ? QStringLiteral("2a00:1450::1") : kAddress)};
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject bodyOf(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QString param(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// ---------------------------------------------------------------- Hetzner Cloud

// Zones and RRSets as the Cloud API serves them: pages of per_page with
// meta.pagination, lists filtered by name and type, writes as actions.
struct FakeHetznerCloud {
    QString token = QStringLiteral("good-token");
    QList<QJsonObject> zones{{{"id", 4711}, {"name", "example.com"}, {"ttl", 3600}, {"mode", "primary"}},
                             {{"id", 4712}, {"name", "b.example.com"}, {"ttl", 600}, {"mode", "primary"}}};
    QList<QJsonObject> rrsets;
    QList<HttpRequest> writes;
    QString actionStatus = QStringLiteral("running");
    QString pollStatus = QStringLiteral("success"); // GET /zones/actions/{id}
    QList<int> polls;
    bool readOnly = false;

    static HttpReply error(int status, const char *code, const char *message)
    {
        return FakeHttpClient::reply(status, json(QJsonObject{{"error", QJsonObject{{"code", code}, {"message", message}, {"details", QJsonObject()}}}}));
    }

    static QJsonObject page(const QString &key, const QList<QJsonObject> &items, const QUrlQuery &query)
    {
        const int perPage = query.hasQueryItem("per_page") ? param(query, "per_page").toInt() : 25;
        const int number = query.hasQueryItem("page") ? param(query, "page").toInt() : 1;
        const int last = qMax(1, (int(items.size()) + perPage - 1) / perPage);
        QJsonArray result;
        for (int i = (number - 1) * perPage; i < qMin(int(items.size()), number * perPage); ++i)
            result.append(items.at(i));
        return {{key, result},
                {"meta", QJsonObject{{"pagination", QJsonObject{{"page", number}, {"per_page", perPage}, {"last_page", last},
                                                                {"next_page", number < last ? QJsonValue(number + 1) : QJsonValue()},
                                                                {"total_entries", int(items.size())}}}}}};
    }

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("Authorization") != "Bearer " + token.toUtf8())
            return error(401, "unauthorized", "unable to authenticate");
        const QString path = request.url.path();
        const QUrlQuery query(request.url);
        if (request.method == "GET" && path == "/v1/zones")
            return FakeHttpClient::reply(200, json(page("zones", zones, query)));
        if (request.method == "GET" && path.startsWith("/v1/zones/actions/")) {
            polls.append(path.mid(18).toInt());
            return FakeHttpClient::reply(200, json(QJsonObject{{"action", QJsonObject{{"id", path.mid(18).toInt()}, {"status", pollStatus},
                                                                                        {"error", QJsonValue()}}}}));
        }
        if (request.method == "GET" && path.startsWith("/v1/zones/") && !path.contains("/rrsets")) {
            const QString key = path.mid(10);
            for (const auto &zone : zones) {
                if (QString::number(zone.value("id").toInt()) == key || zone.value("name").toString() == key)
                    return FakeHttpClient::reply(200, json(QJsonObject{{"zone", zone}}));
            }
            return error(404, "not_found", "zone not found");
        }
        const QStringList parts = path.split('/'); // "", v1, zones, id, rrsets, [name, type, actions, action]
        if (parts.size() < 5 || parts[4] != "rrsets")
            return error(404, "not_found", "no such path");
        const int zoneId = parts[3].toInt();
        if (request.method == "GET") {
            QList<QJsonObject> found;
            for (const auto &rrset : rrsets) {
                if (rrset.value("zone").toInt() == zoneId
                    && (!query.hasQueryItem("name") || rrset.value("name").toString() == param(query, "name"))
                    && (!query.hasQueryItem("type") || rrset.value("type").toString() == param(query, "type")))
                    found.append(rrset);
            }
            return FakeHttpClient::reply(200, json(page("rrsets", found, query)));
        }
        writes.append(request);
        if (readOnly)
            return error(403, "token_readonly", "The token is only allowed to perform GET requests");
        const QJsonObject body = bodyOf(request);
        const QJsonObject action{{"id", 1000 + writes.size()}, {"status", actionStatus}, {"error", QJsonValue()}};
        if (parts.size() == 5) {
            const int ttl = body.value("ttl").toInt(0);
            if (body.contains("ttl") && ttl < 60)
                return error(400, "invalid_input", "invalid input in field 'ttl'");
            QJsonObject rrset{{"zone", zoneId}, {"name", body.value("name")}, {"type", body.value("type")},
                              {"ttl", body.contains("ttl") ? QJsonValue(ttl) : QJsonValue()}, {"records", body.value("records")}};
            rrsets.append(rrset);
            return FakeHttpClient::reply(201, json(QJsonObject{{"rrset", rrset}, {"action", action}}));
        }
        for (auto &rrset : rrsets) {
            if (rrset.value("zone").toInt() == zoneId && rrset.value("name").toString() == parts[5]
                && rrset.value("type").toString() == parts[6]) {
                if (parts.value(8) == "set_records")
                    rrset["records"] = body.value("records");
                else if (parts.value(8) == "change_ttl")
                    rrset["ttl"] = body.value("ttl");
                return FakeHttpClient::reply(201, json(QJsonObject{{"action", action}}));
            }
        }
        return error(404, "not_found", "rrset not found");
    }

    QJsonArray recordsOf(const QString &name, const QString &type = "A") const
    {
        for (const auto &rrset : rrsets) {
            if (rrset.value("name").toString() == name && rrset.value("type").toString() == type)
                return rrset.value("records").toArray();
        }
        return {};
    }
};

QJsonObject makeRRSet(int zone, const QString &name, const QJsonArray &records, QJsonValue ttl = QJsonValue())
{
    return {{"zone", zone}, {"name", name}, {"type", "A"}, {"ttl", ttl}, {"records", records}};
}

QJsonObject rrValue(const QString &address, const QString &comment = {})
{
    QJsonObject record{{"value", address}};
    if (!comment.isEmpty())
        record.insert("comment", comment);
    return record;
}

// ---------------------------------------------------------------- Hetzner DNS (old API)

struct FakeHetznerDns {
    QList<QJsonObject> zones{{{"id", "zoneA"}, {"name", "example.com"}, {"ttl", 86400}},
                             {{"id", "zoneB"}, {"name", "b.example.com"}, {"ttl", 86400}}};
    QList<QJsonObject> records;
    QList<HttpRequest> writes;
    int forcedPageSize = 0; // > 0: record lists come in pages of this size

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("Auth-API-Token") != "good-token")
            return FakeHttpClient::reply(401, R"({"message":"Invalid authentication credentials"})");
        const QString path = request.url.path();
        const QUrlQuery query(request.url);
        if (path == "/api/v1/zones") {
            const int perPage = query.hasQueryItem("per_page") ? param(query, "per_page").toInt() : 100;
            const int page = query.hasQueryItem("page") ? param(query, "page").toInt() : 1;
            QJsonArray items;
            for (int i = (page - 1) * perPage; i < qMin(int(zones.size()), page * perPage); ++i)
                items.append(zones.at(i));
            const int last = qMax(1, (int(zones.size()) + perPage - 1) / perPage);
            return FakeHttpClient::reply(200, json(QJsonObject{{"zones", items}, {"meta", QJsonObject{{"pagination", QJsonObject{{"page", page}, {"per_page", perPage}, {"last_page", last}, {"total_entries", int(zones.size())}}}}}}));
        }
        if (path.startsWith("/api/v1/zones/")) {
            for (const auto &zone : zones) {
                if (zone.value("id").toString() == path.mid(14))
                    return FakeHttpClient::reply(200, json(QJsonObject{{"zone", zone}}));
            }
            return FakeHttpClient::reply(404, R"({"zone":{},"error":{"message":"zone not found","code":404}})");
        }
        if (path == "/api/v1/records" && request.method == "GET") {
            QList<QJsonObject> inZone;
            for (const auto &record : records) {
                if (record.value("zone_id").toString() == param(query, "zone_id"))
                    inZone.append(record);
            }
            const int perPage = forcedPageSize > 0 ? forcedPageSize
                                                   : (query.hasQueryItem("per_page") ? param(query, "per_page").toInt() : int(inZone.size()) + 1);
            const int page = query.hasQueryItem("page") ? param(query, "page").toInt() : 1;
            QJsonArray items;
            for (int i = (page - 1) * perPage; i < qMin(int(inZone.size()), page * perPage); ++i)
                items.append(inZone.at(i));
            const int last = qMax(1, (int(inZone.size()) + perPage - 1) / perPage);
            return FakeHttpClient::reply(200, json(QJsonObject{{"records", items}, {"meta", QJsonObject{{"pagination", QJsonObject{{"page", page}, {"per_page", perPage}, {"last_page", last}, {"total_entries", int(inZone.size())}}}}}}));
        }
        writes.append(request);
        QJsonObject body = bodyOf(request);
        for (const char *field : {"value", "type", "name", "zone_id"}) {
            if (!body.value(QLatin1String(field)).isString())
                return FakeHttpClient::reply(422, R"({"error":{"message":"422 Unprocessable Entity: missing field","code":422}})");
        }
        if (request.method == "POST") {
            body.insert("id", QStringLiteral("new%1").arg(writes.size()));
            records.append(body);
            return FakeHttpClient::reply(200, json(QJsonObject{{"record", body}}));
        }
        for (auto &record : records) {
            if (record.value("id").toString() == path.mid(16)) {
                body.insert("id", record.value("id"));
                record = body;
                return FakeHttpClient::reply(200, json(QJsonObject{{"record", body}}));
            }
        }
        return FakeHttpClient::reply(404, R"({"record":{},"error":{"message":"record not found","code":404}})");
    }
};

QJsonObject hzRecord(const QString &id, const QString &name, const QString &value, const QString &zone = "zoneA", int ttl = 0)
{
    QJsonObject record{{"id", id}, {"zone_id", zone}, {"type", "A"}, {"name", name}, {"value", value}};
    if (ttl > 0)
        record.insert("ttl", ttl);
    return record;
}

// ---------------------------------------------------------------- ClouDNS

QUrlQuery formOf(const HttpRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.body));
}

struct FakeClouDns {
    QString idKey = QStringLiteral("auth-id");
    QString id = QStringLiteral("1234");
    QList<QJsonObject> zones{{{"name", "example.com"}, {"type", "master"}, {"zone", "domain"}, {"status", "1"}},
                             {{"name", "b.example.com"}, {"type", "master"}, {"zone", "domain"}, {"status", "1"}},
                             {{"name", "slave.org"}, {"type", "slave"}, {"zone", "domain"}, {"status", "1"}}};
    QList<QJsonObject> records; // each with "zone"
    QList<HttpRequest> writes;
    QList<int> ttls{60, 300, 900, 1800, 3600, 21600, 43200, 86400};
    int rowsOverride = 0; // > 0: pages of this size whatever is asked

    static HttpReply failed(const QString &text)
    {
        return FakeHttpClient::reply(200, json(QJsonObject{{"status", "Failed"}, {"statusDescription", text}}));
    }

    HttpReply operator()(const HttpRequest &request)
    {
        const QUrlQuery form = formOf(request);
        if (request.method != "POST" || request.url.hasQuery())
            return failed("the test expects every call as a POST form");
        if (param(form, idKey) != id || param(form, "auth-password") != "good password+&=")
            return failed("Invalid authentication, incorrect auth-id or auth-password.");
        const QString method = request.url.path().section('/', -1);
        if (method == "list-zones.json") {
            const int rows = rowsOverride > 0 ? rowsOverride : param(form, "rows-per-page").toInt();
            const int page = param(form, "page").toInt();
            if (!QList<int>{10, 20, 30, 50, 100}.contains(param(form, "rows-per-page").toInt()) || page < 1)
                return failed("Invalid rows-per-page or page.");
            QJsonArray matching;
            for (const auto &zone : zones) {
                if (zone.value("name").toString().contains(param(form, "search")))
                    matching.append(zone);
            }
            QJsonArray items;
            for (int i = (page - 1) * rows; i < qMin(int(matching.size()), page * rows); ++i)
                items.append(matching.at(i));
            return FakeHttpClient::reply(200, json(items));
        }
        const QString zone = param(form, "domain-name");
        bool known = false;
        for (const auto &z : zones)
            known = known || z.value("name").toString() == zone;
        if (!known)
            return failed("Missing domain-name");
        if (method == "get-zone-info.json") {
            for (const auto &z : zones) {
                if (z.value("name").toString() == zone)
                    return FakeHttpClient::reply(200, json(z));
            }
        }
        if (method == "records.json") {
            QList<QJsonObject> found;
            for (const auto &record : records) {
                if (record.value("zone").toString() == zone && record.value("host").toString() == param(form, "host")
                    && record.value("type").toString() == param(form, "type"))
                    found.append(record);
            }
            const int rows = rowsOverride > 0 ? rowsOverride : (form.hasQueryItem("rows-per-page") ? param(form, "rows-per-page").toInt() : 1000);
            const int page = form.hasQueryItem("page") ? param(form, "page").toInt() : 1;
            QJsonObject result;
            for (int i = (page - 1) * rows; i < qMin(int(found.size()), page * rows); ++i) {
                QJsonObject record = found.at(i);
                record.remove("zone");
                result.insert(record.value("id").toString(), record);
            }
            if (result.isEmpty())
                return FakeHttpClient::reply(200, "[]");
            return FakeHttpClient::reply(200, json(result));
        }
        writes.append(request);
        if (!ttls.contains(param(form, "ttl").toInt()))
            return failed("Invalid TTL. Choose from the list of the values we support.");
        if (method == "add-record.json") {
            const QString newId = QString::number(900 + writes.size());
            records.append(QJsonObject{{"zone", zone}, {"id", newId}, {"type", param(form, "record-type")}, {"host", param(form, "host")},
                            {"record", param(form, "record")}, {"ttl", param(form, "ttl")}, {"status", 1}});
            return FakeHttpClient::reply(200, json(QJsonObject{{"status", "Success"}, {"statusDescription", "The record was added successfully."}, {"data", QJsonObject{{"id", newId.toInt()}}}}));
        }
        if (method == "mod-record.json") {
            for (auto &record : records) {
                if (record.value("id").toString() == param(form, "record-id")) {
                    record["record"] = param(form, "record");
                    record["ttl"] = param(form, "ttl");
                    record["host"] = param(form, "host");
                    return FakeHttpClient::reply(200, json(QJsonObject{{"status", "Success"}, {"statusDescription", "The record was modified successfully."}}));
                }
            }
            return failed("Invalid record-id param.");
        }
        return failed("Invalid request.");
    }
};

QJsonObject cdRecord(const QString &id, const QString &host, const QString &value, const QString &zone = "example.com", int status = 1)
{
    return {{"zone", zone}, {"id", id}, {"type", "A"}, {"host", host}, {"record", value}, {"ttl", "3600"}, {"status", status}};
}

// ---------------------------------------------------------------- IONOS

struct FakeIonos {
    QList<QJsonObject> zones{{{"id", "z-1"}, {"name", "example.com"}, {"type", "NATIVE"}},
                             {{"id", "z-2"}, {"name", "b.example.com"}, {"type", "NATIVE"}}};
    QList<QJsonObject> records; // each with "zoneId"
    QList<HttpRequest> writes;

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("X-API-Key") != "prefix.secret")
            return FakeHttpClient::reply(401, R"([{"code":"UNAUTHORIZED","message":"The customer is not authorized to do this operation."}])");
        const QString path = request.url.path();
        const QUrlQuery query(request.url);
        if (path == "/dns/v1/zones") {
            QJsonArray list;
            for (const auto &zone : zones)
                list.append(zone);
            return FakeHttpClient::reply(200, json(list));
        }
        const QString zoneId = path.section('/', 4, 4);
        if (request.method == "GET") {
            QJsonArray list;
            for (const auto &record : records) {
                if (record.value("zoneId").toString() == zoneId
                    && (!query.hasQueryItem("recordName") || record.value("name").toString() == param(query, "recordName"))
                    && (!query.hasQueryItem("recordType") || record.value("type").toString() == param(query, "recordType")))
                    list.append(record);
            }
            return FakeHttpClient::reply(200, json(QJsonObject{{"id", zoneId}, {"name", "example.com"}, {"type", "NATIVE"}, {"records", list}}));
        }
        writes.append(request);
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (request.method == "POST") {
            QJsonObject record = document.array().at(0).toObject();
            if (record.value("ttl").toInt() < 60)
                return FakeHttpClient::reply(400, R"([{"code":"INVALID_RECORD","message":"Record is invalid.","parameters":{"invalidFields":["ttl"]}}])");
            record.insert("id", QStringLiteral("r-new%1").arg(writes.size()));
            record.insert("zoneId", zoneId);
            records.append(record);
            return FakeHttpClient::reply(201, json(QJsonArray{record}));
        }
        for (auto &record : records) {
            if (record.value("id").toString() == path.section('/', -1)) {
                const QJsonObject body = document.object();
                for (auto it = body.begin(); it != body.end(); ++it)
                    record[it.key()] = it.value();
                return FakeHttpClient::reply(200, json(record));
            }
        }
        return FakeHttpClient::reply(404, R"([{"code":"RECORD_NOT_FOUND","message":"Record does not exist."}])");
    }
};

QJsonObject ioRecord(const QString &id, const QString &name, const QString &content, bool disabled = false, const QString &zone = "z-1")
{
    return {{"zoneId", zone}, {"id", id}, {"name", name}, {"rootName", "example.com"}, {"type", "A"}, {"content", content},
            {"ttl", 3600}, {"prio", 0}, {"disabled", disabled}};
}

// ---------------------------------------------------------------- Dynu

struct FakeDynu {
    QList<QJsonObject> domains{{{"id", 100}, {"name", "example.com"}, {"unicodeName", "example.com"}, {"token", "t"}, {"state", "Complete"},
                                {"group", "home"}, {"ipv4Address", "81.2.69.1"}, {"ttl", 120}, {"ipv4", true}, {"ipv6", false},
                                {"ipv4WildcardAlias", true}, {"ipv6WildcardAlias", true}, {"dnssec", true}, {"allowZoneTransfer", true}},
                               {{"id", 200}, {"name", "myhome.dynu.net"}, {"ipv4Address", "81.2.69.1"}, {"ttl", 90}, {"ipv4", true}, {"ipv6", false}}};
    QList<QJsonObject> records;
    QList<HttpRequest> writes;

    HttpReply operator()(const HttpRequest &request)
    {
        if (request.header("API-Key") != "good-key")
            return FakeHttpClient::reply(401, R"({"exception":{"statusCode":401,"type":"Authentication Exception","message":"Failed."}})");
        const QStringList parts = request.url.path().split('/'); // "", v2, dns, [id, record, [rid]]
        if (request.method == "GET" && parts.size() == 3) {
            // The list leaves some of a domain's settings out, as Dynu's documented example does.
            QJsonArray list;
            for (auto domain : domains) {
                for (const char *left : {"ipv6WildcardAlias", "dnssec", "allowZoneTransfer"})
                    domain.remove(QLatin1String(left));
                list.append(domain);
            }
            return FakeHttpClient::reply(200, json(QJsonObject{{"statusCode", 200}, {"domains", list}}));
        }
        const int domainId = parts.value(3).toInt();
        if (request.method == "GET" && parts.size() == 4) {
            for (const auto &domain : domains) {
                if (domain.value("id").toInt() == domainId) {
                    QJsonObject answer = domain;
                    answer.insert("statusCode", 200);
                    return FakeHttpClient::reply(200, json(answer));
                }
            }
            return FakeHttpClient::reply(200, R"({"exception":{"statusCode":404,"type":"Request Exception","message":"Invalid."}})");
        }
        if (request.method == "GET") {
            QJsonArray list{QJsonObject{{"id", 1}, {"domainId", domainId}, {"nodeName", ""}, {"recordType", "SOA"}, {"ttl", 120}, {"state", true}}};
            for (const auto &record : records) {
                if (record.value("domainId").toInt() == domainId)
                    list.append(record);
            }
            return FakeHttpClient::reply(200, json(QJsonObject{{"statusCode", 200}, {"dnsRecords", list}}));
        }
        writes.append(request);
        const QJsonObject body = bodyOf(request);
        if (parts.size() == 4) {
            for (auto &domain : domains) {
                if (domain.value("id").toInt() == domainId) {
                    for (auto it = body.begin(); it != body.end(); ++it)
                        domain[it.key()] = it.value();
                    return FakeHttpClient::reply(200, R"({"statusCode":200})");
                }
            }
            return FakeHttpClient::reply(200, R"({"exception":{"statusCode":404,"type":"Request Exception","message":"Invalid."}})");
        }
        if (body.value("ttl").toInt() < 30)
            return FakeHttpClient::reply(501, R"({"exception":{"statusCode":501,"type":"Argument Exception","message":"Invalid."}})");
        if (parts.size() == 5) {
            QJsonObject record = body;
            record.insert("id", 5000 + int(writes.size()));
            record.insert("domainId", domainId);
            records.append(record);
            QJsonObject answer = record;
            answer.insert("statusCode", 200);
            return FakeHttpClient::reply(200, json(answer));
        }
        for (auto &record : records) {
            if (record.value("id").toInt() == parts.value(5).toInt()) {
                for (auto it = body.begin(); it != body.end(); ++it)
                    record[it.key()] = it.value();
                QJsonObject answer = record;
                answer.insert("statusCode", 200);
                return FakeHttpClient::reply(200, json(answer));
            }
        }
        return FakeHttpClient::reply(200, R"({"exception":{"statusCode":404,"type":"Request Exception","message":"Invalid."}})");
    }
};

QJsonObject dyRecord(int id, const QString &node, const QString &address, bool state = true, int domain = 100)
{
    return {{"id", id}, {"domainId", domain}, {"nodeName", node}, {"recordType", "A"}, {"ttl", 300}, {"state", state},
            {"group", "g1"}, {"ipv4Address", address}};
}

const QUrl kHetznerCloud(QStringLiteral("https://api.test/v1"));
const char kHetznerRateLimited[] = R"({"error":{"code":"rate_limit_exceeded","message":"limit of 3600 requests per hour reached","details":{}}})";
const QUrl kHetznerDns(QStringLiteral("https://dns.test/api/v1"));
const QUrl kClouDns(QStringLiteral("https://cloudns.test"));
const QUrl kIonos(QStringLiteral("https://ionos.test/dns"));
const QUrl kDynu(QStringLiteral("https://dynu.test/v2"));

const SecretValues kHetznerToken{{QStringLiteral("token"), QStringLiteral("good-token")}};
const SecretValues kClouDnsPassword{{QStringLiteral("password"), QStringLiteral("good password+&=")}};
const SecretValues kIonosKey{{QStringLiteral("api_key"), QStringLiteral("prefix.secret")}};
const SecretValues kDynuKey{{QStringLiteral("api_key"), QStringLiteral("good-key")}};

const char kNamecheapOk[] = R"(<?xml version="1.0" encoding="utf-16"?>
<interface-response><Command>SETDNSHOST</Command><Language>eng</Language><IP>81.2.69.160</IP><ErrCount>0</ErrCount><errors /><ResponseCount>0</ResponseCount><Done>true</Done><debug><![CDATA[]]></debug></interface-response>)";

QByteArray namecheapError(const char *error, const char *responseString)
{
    return QByteArray(R"(<?xml version="1.0" encoding="utf-16"?>
<interface-response><Command>SETDNSHOST</Command><Language>eng</Language><ErrCount>1</ErrCount><errors><Err1>)") + error
           + "</Err1></errors><ResponseCount>1</ResponseCount><responses><response><Description>" + error
           + "</Description><ResponseNumber>304156</ResponseNumber><ResponseString>" + responseString
           + "</ResponseString></response></responses><Done>true</Done><debug><![CDATA[]]></debug></interface-response>";
}

} // namespace

class TestHostedB : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ------------------------------------------------------------ registry

    void registered()
    {
        ProviderRegistry registry;
        registerBuiltinProviders(registry);
        for (const char *id : {"namecheap", "hetzner", "hetzner_dns", "cloudns", "ionos", "dynu_api", "dynu"})
            QVERIFY2(registry.find(QLatin1String(id)), id);
        QVERIFY(!registry.find("namecheap")->readOnlyCheck);
        QCOMPARE(registry.find("namecheap")->category, ProviderCategory::DdnsService);
        for (const char *id : {"hetzner", "hetzner_dns", "cloudns", "ionos", "dynu_api"}) {
            const ProviderDescriptor *descriptor = registry.find(QLatin1String(id));
            QVERIFY2(descriptor->readOnlyCheck, id);
            QVERIFY2(descriptor->ttl.minimum > 0 && descriptor->ttl.maximum <= 604800, id);
            QVERIFY2(descriptor->field("record_id", FieldSpec::Kind::Setting, FieldSpec::Scope::Record), id);
            for (const auto &field : descriptor->fields)
                QVERIFY2(*field.help, qPrintable(field.key));
        }
    }

    // ------------------------------------------------------------ Namecheap

    void namecheapRequest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("host");
        QTest::newRow("apex") << "example.com" << "@";
        QTest::newRow("host") << "nas.example.com" << "nas";
        QTest::newRow("two labels") << "a.b.example.com" << "a.b";
    }

    void namecheapRequest()
    {
        QFETCH(QString, name);
        QFETCH(QString, host);
        QList<ConfigIssue> issues;
        ProviderAccount account{"nc", QUrl(), QJsonObject{{"domain", "Example.com"}}};
        auto provider = NamecheapProvider::create(account, issues);
        QVERIFY(provider);
        auto job = provider->createUpdateJob(target(name), {{"password", "p+ss&w=rd"}});
        const auto run = test::driveJob(*job, [](const HttpRequest &) { return FakeHttpClient::reply(200, kNamecheapOk); });
        QCOMPARE(run.requests.size(), 1);
        const HttpRequest &request = run.requests.first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.url.host(), QStringLiteral("dynamicdns.park-your-domain.com"));
        QCOMPARE(request.url.path(), QStringLiteral("/update"));
        QVERIFY(request.carriesCredential);
        const QUrlQuery query(request.url);
        QCOMPARE(param(query, "host"), host);
        QCOMPARE(param(query, "domain"), QStringLiteral("example.com"));
        QCOMPARE(param(query, "password"), QStringLiteral("p+ss&w=rd"));
        QVERIFY(request.url.toString(QUrl::FullyEncoded).contains("password=p%2Bss%26w%3Drd"));
        QCOMPARE(param(query, "ip"), kAddress);
        QCOMPARE(run.result.kind, ResultKind::Ok);
    }

    void namecheapReplies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("ok") << 200 << QByteArray(kNamecheapOk) << ResultKind::Ok << "81.2.69.160";
        QTest::newRow("other ip echoed") << 200 << QByteArray(kNamecheapOk).replace("81.2.69.160", "81.2.69.9")
                                         << ResultKind::BadResponse << "81.2.69.9";
        QTest::newRow("password") << 200 << namecheapError("Passwords do not match", "Validation error; invalid ; password")
                                  << ResultKind::AuthFailed << "Dynamic DNS password";
        QTest::newRow("no record") << 200 << namecheapError("No Records updated. A record not Found;", "Validation error")
                                   << ResultKind::NoSuchHost << "A + Dynamic DNS Record";
        QTest::newRow("domain") << 200 << namecheapError("Domain name not found", "Validation error; not found ; domain name(s)")
                                << ResultKind::NoSuchHost << "domain setting";
        QTest::newRow("invalid ip") << 200 << namecheapError("Invalid IP", "Validation error; invalid ; IP Address")
                                    << ResultKind::ConfigError << "IPv4";
        QTest::newRow("unknown error") << 200 << namecheapError("Something new", "odd") << ResultKind::BadResponse << "Something new";
        QTest::newRow("not xml") << 200 << QByteArray("<html>maintenance</html>") << ResultKind::BadResponse << "maintenance";
        QTest::newRow("429") << 429 << QByteArray() << ResultKind::RateLimited << "429";
        QTest::newRow("502") << 502 << QByteArray("bad gateway") << ResultKind::ServerError << "502";
    }

    void namecheapReplies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        const UpdateResult result = NamecheapProvider::classifyReply(FakeHttpClient::reply(status, body), QHostAddress(kAddress));
        QCOMPARE(result.kind, kind);
        QVERIFY2(result.detail.contains(detailHas), qPrintable(result.detail));
    }

    void namecheapValidation()
    {
        const NamecheapProvider provider(QUrl("https://nc.test/update"), "example.com");
        QVERIFY(provider.validateRecord(RecordSpec{"nas.example.com", "A", 0, {}}).isEmpty());
        const auto aaaa = provider.validateRecord(RecordSpec{"nas.example.com", "AAAA", 0, {}});
        QCOMPARE(aaaa.size(), 1);
        QVERIFY(aaaa.first().isError());
        QVERIFY(aaaa.first().message.contains("IPv4"));
        QVERIFY(provider.validateRecord(RecordSpec{"nas.example.org", "A", 0, {}}).first().isError());
        QVERIFY(!provider.validateRecord(RecordSpec{"nas.example.com", "A", 300, {}}).first().isError()); // a warning
        QList<ConfigIssue> issues;
        QVERIFY(!NamecheapProvider::create(ProviderAccount{"nc", QUrl(), QJsonObject{{"domain", "not a domain"}}}, issues));
        QVERIFY(hasErrors(issues));
        QVERIFY(!provider.createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}}, {}));
    }

    // ------------------------------------------------------------ Hetzner Cloud

    void hetznerCloudCreates()
    {
        FakeHetznerCloud api;
        const HetznerCloudProvider provider(kHetznerCloud, {});
        const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com", 120), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 4); // zones, rrsets, create, the create action asked after
        QCOMPARE(run.requests[3].url.path(), QStringLiteral("/v1/zones/actions/1001"));
        QCOMPARE(run.requests[3].method, QByteArray("GET"));
        QCOMPARE(QUrlQuery(run.requests[0].url).queryItemValue("per_page"), QStringLiteral("50"));
        const QUrlQuery list(run.requests[1].url);
        QCOMPARE(run.requests[1].url.path(), QStringLiteral("/v1/zones/4711/rrsets"));
        QCOMPARE(param(list, "name"), QStringLiteral("nas"));
        QCOMPARE(param(list, "type"), QStringLiteral("A"));
        QCOMPARE(api.writes.size(), 1);
        QCOMPARE(bodyOf(api.writes[0]), (QJsonObject{{"name", "nas"}, {"type", "A"}, {"ttl", 120}, {"records", QJsonArray{rrValue(kAddress)}}}));
        for (const auto &request : run.requests)
            QVERIFY(request.carriesCredential);
    }

    void hetznerCloudRunningActionIsAskedAfter()
    {
        const HetznerCloudProvider provider(kHetznerCloud, {});
        {
            // Still running after two polls: Ok, saying so.
            FakeHetznerCloud api;
            api.rrsets = {makeRRSet(4711, "nas", {rrValue(kOld)})};
            api.pollStatus = QStringLiteral("running");
            const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
            QCOMPARE(run.result.kind, ResultKind::Ok);
            QCOMPARE(api.polls, (QList<int>{1001, 1001}));
            QVERIFY2(run.result.detail.contains("still applying"), qPrintable(run.result.detail));
        }
        {
            // The action failed after all: not Ok.
            FakeHetznerCloud api;
            api.rrsets = {makeRRSet(4711, "nas", {rrValue(kOld)})};
            api.pollStatus = QStringLiteral("error");
            const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
            QCOMPARE(run.result.kind, ResultKind::ServerError);
            QCOMPARE(api.polls.size(), 1);
        }
        {
            // Both actions (records, then TTL) are asked after, within the step limit.
            FakeHetznerCloud api;
            api.rrsets = {makeRRSet(4711, "nas", {rrValue(kOld)}, 300)};
            const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com", 120), kHetznerToken), std::ref(api));
            QCOMPARE(run.result.kind, ResultKind::Ok);
            QCOMPARE(api.polls, (QList<int>{1001, 1002}));
            QVERIFY(!run.result.detail.contains("still applying"));
            QVERIFY(run.requests.size() <= JobRunner::kMaximumSteps);
        }
        {
            // Already done: nothing to ask.
            FakeHetznerCloud api;
            api.actionStatus = QStringLiteral("success");
            const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
            QCOMPARE(run.result.kind, ResultKind::Ok);
            QVERIFY(api.polls.isEmpty());
        }
    }

    void hetznerCloudRecordChangedMeanwhileIsTriedAgain()
    {
        const HetznerCloudProvider provider(kHetznerCloud, {});
        for (const bool existing : {true, false}) {
            FakeHetznerCloud api;
            if (existing)
                api.rrsets = {makeRRSet(4711, "nas", {rrValue(kOld)})};
            // The RRSet deleted before set_records, or created before the create.
            const HttpReply refusal = existing ? FakeHetznerCloud::error(404, "not_found", "rrset not found")
                                               : FakeHetznerCloud::error(409, "uniqueness_error", "rrset already exists");
            int writes = 0;
            const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken),
                                            [&api, &writes, refusal](const HttpRequest &request) {
                                                if (request.method == "GET")
                                                    return api(request);
                                                ++writes;
                                                return refusal;
                                            });
            QCOMPARE(writes, 1);
            QCOMPARE(run.result.kind, ResultKind::ServerError);
            QVERIFY2(run.result.detail.contains(existing ? "not_found" : "uniqueness_error"), qPrintable(run.result.detail));
            QVERIFY2(run.result.detail.contains("changed between"), qPrintable(run.result.detail));
        }
        // A zone setting naming no zone is still the user's to fix.
        FakeHetznerCloud api;
        const HetznerCloudProvider named(kHetznerCloud, QStringLiteral("nope.example"));
        const auto run = test::driveJob(*named.createUpdateJob(target("nas.nope.example"), kHetznerToken), std::ref(api));
        QVERIFY2(isFatal(run.result.kind), qPrintable(run.result.detail));
    }

    void hetznerCloudApexAndSubZone_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("relative");
        QTest::newRow("apex") << "example.com" << "/v1/zones/4711/rrsets" << "@";
        QTest::newRow("sub-zone wins") << "x.b.example.com" << "/v1/zones/4712/rrsets" << "x";
        QTest::newRow("sub-zone apex") << "b.example.com" << "/v1/zones/4712/rrsets" << "@";
        QTest::newRow("two labels") << "x.y.example.com" << "/v1/zones/4711/rrsets" << "x.y";
    }

    void hetznerCloudApexAndSubZone()
    {
        QFETCH(QString, name);
        QFETCH(QString, path);
        QFETCH(QString, relative);
        FakeHetznerCloud api;
        api.rrsets = {makeRRSet(4711, relative, {rrValue(kOld)}), makeRRSet(4712, relative, {rrValue(kOld)})};
        const HetznerCloudProvider provider(kHetznerCloud, {});
        const auto run = test::driveJob(*provider.createUpdateJob(target(name), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests[1].url.path(), path);
        QCOMPARE(api.writes.size(), 1);
        QCOMPARE(api.writes[0].url.path(), path + "/" + relative + "/A/actions/set_records");
        QCOMPARE(bodyOf(api.writes[0]), (QJsonObject{{"records", QJsonArray{rrValue(kAddress)}}}));
    }

    void hetznerCloudUpdatesKeepingComments()
    {
        FakeHetznerCloud api;
        api.rrsets = {makeRRSet(4711, "nas", {rrValue(kOld, "the NAS")}, 300)};
        const HetznerCloudProvider provider(kHetznerCloud, {});
        const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(run.result.detail.contains(kOld), qPrintable(run.result.detail));
        QCOMPARE(api.writes.size(), 1); // no TTL configured: set_records only
        QCOMPARE(api.recordsOf("nas"), (QJsonArray{rrValue(kAddress, "the NAS")}));
    }

    void hetznerCloudTtl_data()
    {
        QTest::addColumn<QJsonValue>("rrsetTtl");
        QTest::addColumn<QString>("existing");
        QTest::addColumn<int>("configured");
        QTest::addColumn<QStringList>("actions");
        QTest::newRow("value and ttl") << QJsonValue(300) << kOld << 120 << QStringList{"set_records", "change_ttl"};
        QTest::newRow("ttl only") << QJsonValue(300) << kAddress << 120 << QStringList{"change_ttl"};
        QTest::newRow("zone default equals") << QJsonValue() << kAddress << 3600 << QStringList{};
        QTest::newRow("zone default differs") << QJsonValue() << kAddress << 120 << QStringList{"change_ttl"};
        QTest::newRow("same ttl") << QJsonValue(120) << kAddress << 120 << QStringList{};
    }

    void hetznerCloudTtl()
    {
        QFETCH(QJsonValue, rrsetTtl);
        QFETCH(QString, existing);
        QFETCH(int, configured);
        QFETCH(QStringList, actions);
        FakeHetznerCloud api;
        api.rrsets = {makeRRSet(4711, "nas", {rrValue(existing)}, rrsetTtl)};
        const HetznerCloudProvider provider(kHetznerCloud, {});
        const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com", configured), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, actions.isEmpty() ? ResultKind::NoChange : ResultKind::Ok);
        QStringList sent;
        for (const auto &write : api.writes)
            sent.append(write.url.path().section('/', -1));
        QCOMPARE(sent, actions);
        if (actions.contains("change_ttl"))
            QCOMPARE(bodyOf(api.writes.last()), (QJsonObject{{"ttl", configured}}));
    }

    void hetznerCloudSeveralValues_data()
    {
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<QJsonArray>("records");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QJsonArray>("after");
        const QJsonArray two{rrValue(kOld, "router"), rrValue("81.2.69.2", "nas")};
        QTest::newRow("conflict") << "" << two << ResultKind::ConfigError << two;
        QTest::newRow("one holds it") << "" << QJsonArray{rrValue(kOld), rrValue(kAddress)} << ResultKind::NoChange
                                      << QJsonArray{rrValue(kOld), rrValue(kAddress)};
        QTest::newRow("comment picks one") << "nas" << two << ResultKind::Ok
                                           << QJsonArray{rrValue(kOld, "router"), rrValue(kAddress, "nas")};
        QTest::newRow("comment names none") << "printer" << two << ResultKind::NoSuchHost << two;
    }

    void hetznerCloudSeveralValues()
    {
        QFETCH(QString, recordId);
        QFETCH(QJsonArray, records);
        QFETCH(ResultKind, kind);
        QFETCH(QJsonArray, after);
        FakeHetznerCloud api;
        api.rrsets = {makeRRSet(4711, "nas", records, 300), makeRRSet(4711, "other", {rrValue(kOld)})};
        const HetznerCloudProvider provider(kHetznerCloud, {});
        QJsonObject settings;
        if (!recordId.isEmpty())
            settings.insert("record_id", recordId);
        const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com", 0, settings), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, kind);
        QCOMPARE(api.recordsOf("nas"), after);
        QCOMPARE(api.recordsOf("other"), (QJsonArray{rrValue(kOld)}));
        QCOMPARE(api.writes.size(), kind == ResultKind::Ok ? 1 : 0);
    }

    void hetznerCloudPaging()
    {
        FakeHetznerCloud api;
        api.zones.clear();
        for (int i = 0; i < 120; ++i)
            api.zones.append(QJsonObject{{"id", 10 + i}, {"name", QStringLiteral("zone%1.org").arg(i)}, {"ttl", 3600}, {"mode", "primary"}});
        api.zones.append(QJsonObject{{"id", 4711}, {"name", "example.com"}, {"ttl", 3600}, {"mode", "primary"}});
        const HetznerCloudProvider provider(kHetznerCloud, {});
        const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(QUrlQuery(run.requests[2].url).queryItemValue("page"), QStringLiteral("3"));
        QCOMPARE(run.requests[3].url.path(), QStringLiteral("/v1/zones/4711/rrsets"));
        // More zones than Homing reads: it asks for the zone setting instead of guessing.
        for (int i = 0; i < 100; ++i)
            api.zones.prepend(QJsonObject{{"id", 500 + i}, {"name", QStringLiteral("more%1.org").arg(i)}, {"ttl", 3600}, {"mode", "primary"}});
        const auto capped = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(capped.result.kind, ResultKind::ConfigError);
        QCOMPARE(capped.requests.size(), 4);
    }

    void hetznerCloudZoneSetting()
    {
        FakeHetznerCloud api;
        const HetznerCloudProvider byName(kHetznerCloud, "example.com");
        auto run = test::driveJob(*byName.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests[0].url.path(), QStringLiteral("/v1/zones/example.com"));
        QCOMPARE(run.requests.size(), 4); // the zone, its RRSets, the create, its action asked after
        const HetznerCloudProvider wrong(kHetznerCloud, "example.org");
        run = test::driveJob(*wrong.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY(run.result.detail.contains("zone setting"));
        const HetznerCloudProvider other(kHetznerCloud, "b.example.com");
        run = test::driveJob(*other.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
    }

    void hetznerCloudErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("unauthorized") << 401 << QByteArray("unauthorized") << ResultKind::AuthFailed;
        QTest::newRow("forbidden") << 403 << QByteArray("forbidden") << ResultKind::AuthFailed;
        QTest::newRow("token_readonly") << 403 << QByteArray("token_readonly") << ResultKind::AuthFailed;
        QTest::newRow("not_found") << 404 << QByteArray("not_found") << ResultKind::NoSuchHost;
        QTest::newRow("invalid_input") << 400 << QByteArray("invalid_input") << ResultKind::ConfigError;
        QTest::newRow("uniqueness_error") << 409 << QByteArray("uniqueness_error") << ResultKind::ConfigError;
        QTest::newRow("protected") << 403 << QByteArray("protected") << ResultKind::ConfigError;
        QTest::newRow("incorrect_zone_mode") << 422 << QByteArray("incorrect_zone_mode") << ResultKind::ConfigError;
        QTest::newRow("locked") << 423 << QByteArray("locked") << ResultKind::ServerError;
        QTest::newRow("conflict") << 409 << QByteArray("conflict") << ResultKind::ServerError;
        QTest::newRow("maintenance") << 503 << QByteArray("maintenance") << ResultKind::ServerError;
        QTest::newRow("rate_limit_exceeded") << 429 << QByteArray("rate_limit_exceeded") << ResultKind::RateLimited;
        QTest::newRow("unknown code 400") << 400 << QByteArray("something_new") << ResultKind::ConfigError;
        QTest::newRow("html 502") << 502 << QByteArray() << ResultKind::ServerError;
    }

    void hetznerCloudErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(ResultKind, kind);
        const QByteArray body = code.isEmpty() ? QByteArray("<html>bad gateway</html>")
                                               : json(QJsonObject{{"error", QJsonObject{{"code", QString::fromLatin1(code)}, {"message", "m"}}}});
        const auto parsed = HetznerCloudProvider::parse(FakeHttpClient::reply(status, body));
        QVERIFY(parsed.failure);
        QCOMPARE(parsed.failure->kind, kind);
        if (!code.isEmpty())
            QVERIFY2(parsed.failure->detail.contains(QString::fromLatin1(code)), qPrintable(parsed.failure->detail));
    }

    void hetznerCloudRateLimitWait_data()
    {
        QTest::addColumn<QByteArrayList>("headers"); // name, value, name, value...
        QTest::addColumn<int>("wait");               // -1: none set, the core reads Retry-After
        const qint64 sent = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
        const QByteArray date("Thu, 26 Nov 2026 08:00:00 GMT");
        // The reset is when the whole hour's quota is back; one job's worth refills in 12 s.
        QTest::newRow("reset in an hour") << QByteArrayList{"Date", date, "RateLimit-Limit", "3600", "RateLimit-Remaining", "0",
                                                            "RateLimit-Reset", QByteArray::number(sent + 3590)} << 12;
        QTest::newRow("reset sooner") << QByteArrayList{"Date", date, "RateLimit-Limit", "3600", "RateLimit-Reset",
                                                        QByteArray::number(sent + 5)} << 5;
        QTest::newRow("smaller quota") << QByteArrayList{"Date", date, "RateLimit-Limit", "360", "RateLimit-Reset",
                                                         QByteArray::number(sent + 3590)} << 120;
        QTest::newRow("no date: no clock arithmetic") << QByteArrayList{"RateLimit-Limit", "3600", "RateLimit-Reset",
                                                                        QByteArray::number(sent + 2)} << 12;
        QTest::newRow("nothing said") << QByteArrayList{} << 12;
        QTest::newRow("Retry-After wins") << QByteArrayList{"Retry-After", "30", "RateLimit-Reset", QByteArray::number(sent + 3590)} << -1;
    }

    void hetznerCloudRateLimitWait()
    {
        QFETCH(QByteArrayList, headers);
        QFETCH(int, wait);
        QList<std::pair<QByteArray, QByteArray>> pairs;
        for (qsizetype i = 0; i + 1 < headers.size(); i += 2)
            pairs.append({headers.at(i), headers.at(i + 1)});
        HttpReply reply = FakeHttpClient::reply(429, kHetznerRateLimited);
        for (const auto &header : pairs)
            reply.headers.append(header);
        const auto parsed = HetznerCloudProvider::parse(reply);
        QVERIFY(parsed.failure);
        QCOMPARE(parsed.failure->kind, ResultKind::RateLimited);
        QCOMPARE(parsed.failure->retryAfterSeconds.value_or(-1), wait);
    }

    void hetznerCloudWriteFailures()
    {
        FakeHetznerCloud api;
        api.readOnly = true;
        const HetznerCloudProvider provider(kHetznerCloud, {});
        auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY(run.result.detail.contains("Read & Write"));
        api.readOnly = false;
        api.actionStatus = "error";
        const auto answer = [&api](const HttpRequest &request) {
            HttpReply reply = api(request);
            if (request.method == "POST")
                reply.body = R"({"action":{"id":1,"status":"error","error":{"code":"invalid_input","message":"bad value"}}})";
            return reply;
        };
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), answer);
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(run.result.detail.contains("bad value"));
        run = test::driveJob(*provider.createUpdateJob(target("nas.other.org"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), {{"token", "wrong"}}), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(run.requests.size(), 1);
        api.zones[0]["mode"] = "secondary";
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(run.result.detail.contains("secondary"));
    }

    void hetznerCloudCheck()
    {
        FakeHetznerCloud api;
        api.rrsets = {makeRRSet(4711, "nas", {rrValue(kOld)})};
        const HetznerCloudProvider provider(kHetznerCloud, {});
        auto run = test::driveJob(*provider.createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}}, kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY(run.result.detail.contains(kOld));
        run = test::driveJob(*provider.createCheckJob(RecordSpec{"", "A", 0, {}}, kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY(run.result.detail.contains("b.example.com"));
        run = test::driveJob(*provider.createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}}, {{"token", "x"}}), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(api.writes.size(), 0);
    }

    void hetznerTtlValidation()
    {
        const HetznerCloudProvider cloud(kHetznerCloud, {});
        const HetznerDnsProvider legacy(kHetznerDns, {});
        for (const Provider *provider : {static_cast<const Provider *>(&cloud), static_cast<const Provider *>(&legacy)}) {
            QVERIFY(provider->validateRecord(RecordSpec{"a.example.com", "A", 0, {}}).isEmpty());
            QVERIFY(provider->validateRecord(RecordSpec{"a.example.com", "A", 60, {}}).isEmpty());
            const auto low = provider->validateRecord(RecordSpec{"a.example.com", "A", 30, {}});
            QCOMPARE(low.size(), 1);
            QVERIFY(low.first().message.contains("60"));
        }
    }

    // ------------------------------------------------------------ Hetzner DNS (old API)

    void hetznerDnsCreatesAndUpdates()
    {
        FakeHetznerDns api;
        api.records = {hzRecord("r1", "other", kOld), hzRecord("r2", "nas", kOld, "zoneA", 300), hzRecord("r3", "nas", kOld, "zoneB")};
        const HetznerDnsProvider provider(kHetznerDns, {});
        auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests[0].url.path(), QStringLiteral("/api/v1/zones"));
        QCOMPARE(QUrlQuery(run.requests[1].url).queryItemValue("zone_id"), QStringLiteral("zoneA"));
        QVERIFY(!QUrlQuery(run.requests[1].url).hasQueryItem("per_page"));
        QCOMPARE(api.writes.size(), 1);
        QCOMPARE(api.writes[0].method, QByteArray("PUT"));
        QCOMPARE(api.writes[0].url.path(), QStringLiteral("/api/v1/records/r2"));
        QCOMPARE(bodyOf(api.writes[0]), (QJsonObject{{"value", kAddress}, {"type", "A"}, {"name", "nas"}, {"zone_id", "zoneA"}, {"ttl", 300}}));
        QCOMPARE(api.records[0].value("value").toString(), kOld);
        QCOMPARE(api.records[2].value("value").toString(), kOld);
        // Again: nothing to do.
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(api.writes.size(), 1);
        // The sub-zone's apex, created.
        run = test::driveJob(*provider.createUpdateJob(target("b.example.com", 120), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(api.writes.last().method, QByteArray("POST"));
        QCOMPARE(bodyOf(api.writes.last()), (QJsonObject{{"value", kAddress}, {"type", "A"}, {"name", "@"}, {"zone_id", "zoneB"}, {"ttl", 120}}));
    }

    void hetznerDnsConflictAndRecordId()
    {
        FakeHetznerDns api;
        api.records = {hzRecord("r1", "nas", kOld), hzRecord("r2", "nas", "81.2.69.2")};
        const HetznerDnsProvider provider(kHetznerDns, "zoneA");
        auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(run.result.detail.contains("record_id"));
        QCOMPARE(run.requests[0].url.path(), QStringLiteral("/api/v1/zones/zoneA"));
        QCOMPARE(api.writes.size(), 0);
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com", 0, {{"record_id", "r2"}}), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(api.writes[0].url.path(), QStringLiteral("/api/v1/records/r2"));
        QCOMPARE(api.records[0].value("value").toString(), kOld);
    }

    void hetznerDnsPaging()
    {
        FakeHetznerDns api;
        api.forcedPageSize = 2;
        for (int i = 0; i < 5; ++i)
            api.records.append(hzRecord(QStringLiteral("o%1").arg(i), QStringLiteral("host%1").arg(i), kOld));
        api.records.append(hzRecord("mine", "nas", kOld));
        const HetznerDnsProvider provider(kHetznerDns, {});
        const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 5); // zones, 3 pages, write
        QCOMPARE(QUrlQuery(run.requests[3].url).queryItemValue("page"), QStringLiteral("3"));
        QCOMPARE(QUrlQuery(run.requests[3].url).queryItemValue("per_page"), QStringLiteral("2"));
        QCOMPARE(api.writes[0].url.path(), QStringLiteral("/api/v1/records/mine"));
    }

    void hetznerDnsErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("401") << 401 << QByteArray(R"({"message":"Invalid authentication credentials"})") << ResultKind::AuthFailed;
        QTest::newRow("403") << 403 << QByteArray(R"({"message":"forbidden"})") << ResultKind::AuthFailed;
        QTest::newRow("404 zone") << 404 << QByteArray(R"({"zone":{},"error":{"message":"zone not found","code":404}})") << ResultKind::NoSuchHost;
        QTest::newRow("422") << 422 << QByteArray(R"({"error":{"message":"invalid value","code":422}})") << ResultKind::ConfigError;
        QTest::newRow("429") << 429 << QByteArray(R"({"message":"API rate limit exceeded"})") << ResultKind::RateLimited;
        QTest::newRow("500") << 500 << QByteArray("oops") << ResultKind::ServerError;
        QTest::newRow("200 not json") << 200 << QByteArray("oops") << ResultKind::BadResponse;
    }

    void hetznerDnsErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        const auto parsed = HetznerDnsProvider::parse(FakeHttpClient::reply(status, body));
        QVERIFY(parsed.failure);
        QCOMPARE(parsed.failure->kind, kind);
    }

    void hetznerDnsCheckAndMovedZones()
    {
        FakeHetznerDns api;
        const HetznerDnsProvider provider(kHetznerDns, {});
        auto run = test::driveJob(*provider.createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}}, kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY(run.result.detail.contains("creates"));
        run = test::driveJob(*provider.createUpdateJob(target("nas.moved.org"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY(run.result.detail.contains("provider hetzner"));
        const HetznerDnsProvider gone(kHetznerDns, "zoneX");
        run = test::driveJob(*gone.createUpdateJob(target("nas.example.com"), kHetznerToken), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY(run.result.detail.contains("Hetzner Console"));
        QCOMPARE(api.writes.size(), 0);
    }

    // ------------------------------------------------------------ ClouDNS

    void clouDnsCreatesAndUpdates()
    {
        FakeClouDns api;
        api.records = {cdRecord("1", "nas", kOld), cdRecord("2", "other", kOld), cdRecord("3", "nas", kOld, "b.example.com")};
        const ClouDnsProvider provider(kClouDns, ClouDnsProvider::Identity::AuthId, "1234", {});
        auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 3);
        for (const auto &request : run.requests) {
            QCOMPARE(request.method, QByteArray("POST"));
            QVERIFY(!request.url.hasQuery());
            QVERIFY(request.carriesCredential);
            QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        }
        const QUrlQuery zones = formOf(run.requests[0]);
        QCOMPARE(run.requests[0].url.path(), QStringLiteral("/dns/list-zones.json"));
        QCOMPARE(param(zones, "search"), QStringLiteral("example.com"));
        QCOMPARE(param(zones, "rows-per-page"), QStringLiteral("100"));
        const QUrlQuery mod = formOf(api.writes[0]);
        QCOMPARE(api.writes[0].url.path(), QStringLiteral("/dns/mod-record.json"));
        QCOMPARE(param(mod, "record-id"), QStringLiteral("1"));
        QCOMPARE(param(mod, "host"), QStringLiteral("nas"));
        QCOMPARE(param(mod, "record"), kAddress);
        QCOMPARE(param(mod, "ttl"), QStringLiteral("3600"));
        QCOMPARE(api.records[1].value("record").toString(), kOld);
        QCOMPARE(api.records[2].value("record").toString(), kOld);
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(api.writes.size(), 1);
        // The apex of the sub-zone: host "", created with the default TTL.
        run = test::driveJob(*provider.createUpdateJob(target("b.example.com"), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        const QUrlQuery add = formOf(api.writes.last());
        QCOMPARE(api.writes.last().url.path(), QStringLiteral("/dns/add-record.json"));
        QCOMPARE(param(add, "domain-name"), QStringLiteral("b.example.com"));
        QCOMPARE(param(add, "record-type"), QStringLiteral("A"));
        QVERIFY(add.hasQueryItem("host"));
        QCOMPARE(param(add, "host"), QString());
        QCOMPARE(param(add, "ttl"), QStringLiteral("3600"));
    }

    void clouDnsIdentities_data()
    {
        QTest::addColumn<int>("identity");
        QTest::addColumn<QString>("key");
        QTest::newRow("auth-id") << int(ClouDnsProvider::Identity::AuthId) << "auth-id";
        QTest::newRow("sub-auth-id") << int(ClouDnsProvider::Identity::SubAuthId) << "sub-auth-id";
        QTest::newRow("sub-auth-user") << int(ClouDnsProvider::Identity::SubAuthUser) << "sub-auth-user";
    }

    void clouDnsIdentities()
    {
        QFETCH(int, identity);
        QFETCH(QString, key);
        FakeClouDns api;
        api.idKey = key;
        const ClouDnsProvider provider(kClouDns, ClouDnsProvider::Identity(identity), "1234", "example.com");
        const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com", 300), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        // The zone setting: no zone list, the zone's own type is read first.
        QCOMPARE(run.requests[0].url.path(), QStringLiteral("/dns/get-zone-info.json"));
        QCOMPARE(run.requests[1].url.path(), QStringLiteral("/dns/records.json"));
        QCOMPARE(param(formOf(api.writes[0]), "ttl"), QStringLiteral("300"));
        // The password's "+", "&" and "=" arrive as they are.
        QVERIFY(api.writes[0].body.contains("auth-password=good%20password%2B%26%3D"));
    }

    void clouDnsRefusals()
    {
        FakeClouDns api;
        api.records = {cdRecord("1", "nas", kOld), cdRecord("2", "nas", "81.2.69.2"), cdRecord("5", "off", kOld, "example.com", 0)};
        const ClouDnsProvider provider(kClouDns, ClouDnsProvider::Identity::AuthId, "1234", {});
        auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com", 0, {{"record_id", "2"}}), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(param(formOf(api.writes[0]), "record-id"), QStringLiteral("2"));
        run = test::driveJob(*provider.createUpdateJob(target("off.example.com"), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(run.result.detail.contains("switched off"));
        run = test::driveJob(*provider.createUpdateJob(target("nas.slave.org"), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(run.result.detail.contains("slave"));
        run = test::driveJob(*provider.createUpdateJob(target("nas.unknown.org"), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        // A slave zone named by the zone setting is refused the same way, before any record is read.
        const ClouDnsProvider named(kClouDns, ClouDnsProvider::Identity::AuthId, "1234", "slave.org");
        run = test::driveJob(*named.createUpdateJob(target("nas.slave.org"), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("slave zone"), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1);
        run = test::driveJob(*named.createCheckJob(RecordSpec{"", "A", 0, {}}, kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QCOMPARE(api.writes.size(), 1);
    }

    void clouDnsPaging()
    {
        FakeClouDns api;
        api.rowsOverride = 100;
        for (int i = 0; i < 150; ++i)
            api.zones.prepend(QJsonObject{{"name", QStringLiteral("z%1.example.com").arg(i)}, {"type", "master"}});
        for (int i = 0; i < 100; ++i)
            api.records.append(cdRecord(QString::number(2000 + i), "nas", QStringLiteral("81.2.70.%1").arg(i)));
        api.records.append(cdRecord("9999", "nas", kAddress));
        const ClouDnsProvider provider(kClouDns, ClouDnsProvider::Identity::AuthId, "1234", {});
        const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kClouDnsPassword), std::ref(api));
        // Two zone pages, two record pages; the second page holds the address.
        QCOMPARE(run.requests.size(), 4);
        QCOMPARE(param(formOf(run.requests[1]), "page"), QStringLiteral("2"));
        QCOMPARE(param(formOf(run.requests[3]), "page"), QStringLiteral("2"));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
    }

    void clouDnsFailures_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("writing");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("auth") << "Invalid authentication, incorrect auth-id or auth-password." << false << ResultKind::AuthFailed;
        QTest::newRow("sub auth") << "Invalid authentication, incorrect sub-auth-id, sub-auth-user or auth-password." << false << ResultKind::AuthFailed;
        QTest::newRow("zone") << "Missing domain-name" << false << ResultKind::NoSuchHost;
        QTest::newRow("rate") << "Request blocked. 81.2.69.160 is sending more than 20 requests per second." << false << ResultKind::RateLimited;
        QTest::newRow("record id") << "Invalid record-id param." << true << ResultKind::ServerError;
        QTest::newRow("ttl") << "Invalid TTL. Choose from the list of the values we support." << true << ResultKind::ConfigError;
        QTest::newRow("unknown write") << "Something else." << true << ResultKind::BadResponse;
        QTest::newRow("throttle worded otherwise") << "Too many API calls, slow down." << true << ResultKind::BadResponse;
        QTest::newRow("about the host") << "Missing host" << true << ResultKind::ConfigError;
        QTest::newRow("invalid value") << "Invalid value for this record type." << true << ResultKind::ConfigError;
        QTest::newRow("unknown read") << "Something else." << false << ResultKind::BadResponse;
    }

    void clouDnsFailures()
    {
        QFETCH(QString, description);
        QFETCH(bool, writing);
        QFETCH(ResultKind, kind);
        const auto parsed = ClouDnsProvider::parse(
            FakeHttpClient::reply(200, json(QJsonObject{{"status", "Failed"}, {"statusDescription", description}})), writing);
        QVERIFY(parsed.failure);
        QCOMPARE(parsed.failure->kind, kind);
        QVERIFY(parsed.failure->detail.contains(description));
        QCOMPARE(ClouDnsProvider::parse(FakeHttpClient::reply(500, "oops"), false).failure->kind, ResultKind::ServerError);
        QVERIFY(!ClouDnsProvider::parse(FakeHttpClient::reply(200, "[]"), false).failure);
        QCOMPARE(ClouDnsProvider(kClouDns, ClouDnsProvider::Identity::AuthId, "1", {}).parallelLimit(), 1);
    }

    void clouDnsTtl()
    {
        FakeClouDns api;
        api.ttls = {300, 3600};
        const ClouDnsProvider provider(kClouDns, ClouDnsProvider::Identity::AuthId, "1234", {});
        QVERIFY(provider.validateRecord(RecordSpec{"a.example.com", "A", 60, {}}).isEmpty());
        QVERIFY(provider.validateRecord(RecordSpec{"a.example.com", "A", 600, {}}).first().message.contains("21600"));
        // A TTL the account's plan does not take: ClouDNS says so, and Homing names the list.
        const auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com", 60), kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("Invalid TTL") && run.result.detail.contains("60"), qPrintable(run.result.detail));
        QList<ConfigIssue> issues;
        QVERIFY(!ClouDnsProvider::create(ProviderAccount{"cd", QUrl(), QJsonObject{{"auth_id", "name"}}}, issues));
        QVERIFY(ClouDnsProvider::create(ProviderAccount{"cd", QUrl(), QJsonObject{{"auth_id", "name"}, {"auth_type", "sub-auth-user"}}}, issues));
    }

    void clouDnsCheck()
    {
        FakeClouDns api;
        api.records = {cdRecord("1", "nas", kOld)};
        const ClouDnsProvider provider(kClouDns, ClouDnsProvider::Identity::AuthId, "1234", {});
        auto run = test::driveJob(*provider.createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}}, kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY(run.result.detail.contains(kOld));
        run = test::driveJob(*provider.createCheckJob(RecordSpec{"", "A", 0, {}}, kClouDnsPassword), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY(run.result.detail.contains("example.com"));
        run = test::driveJob(*provider.createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}}, {{"password", "bad"}}), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(api.writes.size(), 0);
    }

    // ------------------------------------------------------------ IONOS

    void ionosCreatesAndUpdates()
    {
        FakeIonos api;
        api.records = {ioRecord("r1", "nas.example.com", kOld), ioRecord("r2", "other.example.com", kOld)};
        api.records[0]["prio"] = 5;
        const IonosProvider provider(kIonos);
        auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kIonosKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests[0].url.path(), QStringLiteral("/dns/v1/zones"));
        QCOMPARE(run.requests[1].url.path(), QStringLiteral("/dns/v1/zones/z-1"));
        QCOMPARE(param(QUrlQuery(run.requests[1].url), "recordName"), QStringLiteral("nas.example.com"));
        QCOMPARE(param(QUrlQuery(run.requests[1].url), "recordType"), QStringLiteral("A"));
        QCOMPARE(api.writes[0].method, QByteArray("PUT"));
        QCOMPARE(api.writes[0].url.path(), QStringLiteral("/dns/v1/zones/z-1/records/r1"));
        QCOMPARE(bodyOf(api.writes[0]), (QJsonObject{{"disabled", false}, {"content", kAddress}, {"ttl", 3600}, {"prio", 5}}));
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kIonosKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        // A name under the sub-zone; its apex is the zone's own name.
        run = test::driveJob(*provider.createUpdateJob(target("b.example.com", 120), kIonosKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(api.writes.last().url.path(), QStringLiteral("/dns/v1/zones/z-2/records"));
        const QJsonArray created = QJsonDocument::fromJson(api.writes.last().body).array();
        QCOMPARE(created, (QJsonArray{QJsonObject{{"name", "b.example.com"}, {"type", "A"}, {"content", kAddress}, {"ttl", 120}, {"prio", 0}, {"disabled", false}}}));
        QCOMPARE(api.records[1].value("content").toString(), kOld);
    }

    void ionosRefusals()
    {
        FakeIonos api;
        api.records = {ioRecord("r1", "nas.example.com", kOld), ioRecord("r2", "nas.example.com", "81.2.69.2"),
                       ioRecord("r3", "off.example.com", kOld, true)};
        const IonosProvider provider(kIonos);
        auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kIonosKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com", 0, {{"record_id", "r2"}}), kIonosKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(api.writes[0].url.path(), QStringLiteral("/dns/v1/zones/z-1/records/r2"));
        run = test::driveJob(*provider.createUpdateJob(target("off.example.com"), kIonosKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(run.result.detail.contains("deactivated"));
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.org"), kIonosKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), {{"api_key", "no-dot"}}), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QCOMPARE(run.requests.size(), 0);
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), {{"api_key", "other.key"}}), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        run = test::driveJob(*provider.createUpdateJob(target("new.example.com", 30), kIonosKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(run.result.detail.contains("INVALID_RECORD"));
        QVERIFY(!provider.validateRecord(RecordSpec{"a.example.com", "A", 30, {}}).isEmpty());
        QVERIFY(provider.validateRecord(RecordSpec{"a.example.com", "A", 60, {}}).isEmpty());
    }

    void ionosErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("401") << 401 << QByteArray(R"([{"code":"UNAUTHORIZED","message":"The customer is not authorized to do this operation."}])") << ResultKind::AuthFailed;
        QTest::newRow("403") << 403 << QByteArray(R"([{"code":"FORBIDDEN_REQUEST","message":"Request not allowed."}])") << ResultKind::AuthFailed;
        QTest::newRow("404") << 404 << QByteArray(R"([{"code":"RECORD_NOT_FOUND","message":"Record does not exist."}])") << ResultKind::NoSuchHost;
        QTest::newRow("400") << 400 << QByteArray(R"([{"code":"INVALID_DATA","message":"The request body is invalid or not supported by the endpoint."}])") << ResultKind::ConfigError;
        QTest::newRow("429") << 429 << QByteArray() << ResultKind::RateLimited;
        QTest::newRow("500") << 500 << QByteArray(R"([{"code":"INTERNAL_SERVER_ERROR"}])") << ResultKind::ServerError;
    }

    void ionosErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        const auto parsed = IonosProvider::parse(FakeHttpClient::reply(status, body));
        QVERIFY(parsed.failure);
        QCOMPARE(parsed.failure->kind, kind);
    }

    void ionosCheck()
    {
        FakeIonos api;
        const IonosProvider provider(kIonos);
        auto run = test::driveJob(*provider.createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}}, kIonosKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY(run.result.detail.contains("creates"));
        run = test::driveJob(*provider.createCheckJob(RecordSpec{"", "A", 0, {}}, kIonosKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(api.writes.size(), 0);
    }

    // ------------------------------------------------------------ Dynu

    void dynuApexIsTheDomain()
    {
        FakeDynu api;
        const DynuApiProvider provider(kDynu);
        auto run = test::driveJob(*provider.createUpdateJob(target("myhome.dynu.net"), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests[0].url.path(), QStringLiteral("/v2/dns"));
        QCOMPARE(run.requests[1].url.path(), QStringLiteral("/v2/dns/200/record"));
        QCOMPARE(run.requests[2].url.path(), QStringLiteral("/v2/dns/200")); // the whole domain, read afresh
        QCOMPARE(run.requests[2].method, QByteArray("GET"));
        QCOMPARE(api.writes[0].url.path(), QStringLiteral("/v2/dns/200"));
        QCOMPARE(api.domains[1].value("ipv4Address").toString(), kAddress);
        QCOMPARE(api.domains[1].value("ttl").toInt(), 90);
        run = test::driveJob(*provider.createUpdateJob(target("myhome.dynu.net"), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        // The domain's own settings go back as they were, without the read-only ones.
        run = test::driveJob(*provider.createUpdateJob(target("example.com", 60), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        const QJsonObject body = bodyOf(api.writes.last());
        QCOMPARE(body.value("group").toString(), QStringLiteral("home"));
        QCOMPARE(body.value("ipv4WildcardAlias").toBool(), true);
        QCOMPARE(body.value("ttl").toInt(), 60);
        QCOMPARE(body.value("ipv4").toBool(), true);
        QVERIFY(!body.contains("token") && !body.contains("id") && !body.contains("state") && !body.contains("statusCode"));
        // Settings the list leaves out are sent back as the domain's own read has them.
        QCOMPARE(body.value("dnssec"), QJsonValue(true));
        QCOMPARE(body.value("allowZoneTransfer"), QJsonValue(true));
        QCOMPARE(body.value("ipv6WildcardAlias"), QJsonValue(true));
        QCOMPARE(body.value("ipv6"), QJsonValue(false));
        QCOMPARE(body.size(), 10); // name, group, ipv4Address, ttl, ipv4, ipv6, 3 settings, ipv4WildcardAlias

        // One job at a time: A and AAAA at the apex are two fields of one object.
        QCOMPARE(provider.parallelLimit(), 1);
        // The apex AAAA after the A: each write starts from the domain as it is now.
        run = test::driveJob(*provider.createUpdateJob(target("example.com", 0, {}, QStringLiteral("AAAA")), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(api.domains[0].value("ipv4Address").toString(), kAddress);
        QCOMPARE(api.domains[0].value("ipv6Address").toString(), QStringLiteral("2a00:1450::1"));
        QCOMPARE(api.domains[0].value("ipv6"), QJsonValue(true));
        // The domain gone between the list and the write: look again next time.
        FakeDynu gone;
        auto job = provider.createUpdateJob(target("myhome.dynu.net"), kDynuKey);
        run = test::driveJob(*job, [&gone](const HttpRequest &request) {
            if (request.method == "GET" && request.url.path() == QLatin1String("/v2/dns/200"))
                return FakeHttpClient::reply(200, R"({"exception":{"statusCode":404,"type":"Request Exception","message":"Invalid."}})");
            return gone(request);
        });
        QCOMPARE(run.result.kind, ResultKind::ServerError);
        QCOMPARE(gone.writes.size(), 0);
    }

    void dynuRecords()
    {
        FakeDynu api;
        api.records = {dyRecord(7, "nas", kOld), dyRecord(8, "other", kOld)};
        const DynuApiProvider provider(kDynu);
        auto run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(api.writes[0].url.path(), QStringLiteral("/v2/dns/100/record/7"));
        QCOMPARE(bodyOf(api.writes[0]), (QJsonObject{{"nodeName", "nas"}, {"recordType", "A"}, {"ttl", 300}, {"state", true}, {"group", "g1"}, {"ipv4Address", kAddress}}));
        QCOMPARE(api.records[1].value("ipv4Address").toString(), kOld);
        run = test::driveJob(*provider.createUpdateJob(target("new.a.example.com"), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(api.writes.last().url.path(), QStringLiteral("/v2/dns/100/record"));
        QCOMPARE(bodyOf(api.writes.last()).value("nodeName").toString(), QStringLiteral("new.a"));
        QCOMPARE(bodyOf(api.writes.last()).value("ttl").toInt(), 120); // the domain's TTL
        api.records.append(dyRecord(9, "nas", "81.2.69.2"));
        api.records[0]["ipv4Address"] = kOld;
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com"), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.com", 0, {{"record_id", "9"}}), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(api.writes.last().url.path(), QStringLiteral("/v2/dns/100/record/9"));
        api.records.append(dyRecord(10, "off", kOld, false));
        run = test::driveJob(*provider.createUpdateJob(target("off.example.com"), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        run = test::driveJob(*provider.createUpdateJob(target("nas.example.org"), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        run = test::driveJob(*provider.createUpdateJob(target("x.example.com", 10), kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
    }

    void dynuErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("401") << 401 << QByteArray(R"({"exception":{"statusCode":401,"type":"Authentication Exception","message":"Failed."}})") << ResultKind::AuthFailed;
        QTest::newRow("404 in 200") << 200 << QByteArray(R"({"exception":{"statusCode":404,"type":"Request Exception","message":"Invalid."}})") << ResultKind::NoSuchHost;
        QTest::newRow("501") << 501 << QByteArray(R"({"exception":{"statusCode":501,"type":"Argument Exception","message":"Invalid."}})") << ResultKind::ConfigError;
        QTest::newRow("502") << 502 << QByteArray(R"({"exception":{"statusCode":502,"type":"Parse Exception","message":"Invalid."}})") << ResultKind::ConfigError;
        QTest::newRow("503 quota") << 503 << QByteArray(R"({"exception":{"statusCode":503,"type":"Quota Exception","message":"Failed."}})") << ResultKind::ConfigError;
        QTest::newRow("500") << 500 << QByteArray(R"({"exception":{"statusCode":500,"type":"Server Exception","message":"Failed."}})") << ResultKind::ServerError;
        QTest::newRow("429") << 429 << QByteArray() << ResultKind::RateLimited;
        QTest::newRow("bare 502") << 502 << QByteArray("<html/>") << ResultKind::ServerError;
        // The type decides, not the number.
        QTest::newRow("server exception 503") << 200 << QByteArray(R"({"exception":{"statusCode":503,"type":"Server Exception","message":"Failed."}})") << ResultKind::ServerError;
        QTest::newRow("timeout 503") << 503 << QByteArray(R"({"exception":{"statusCode":503,"type":"Timeout Exception","message":"Failed."}})") << ResultKind::ServerError;
        QTest::newRow("argument 500") << 500 << QByteArray(R"({"exception":{"statusCode":500,"type":"Argument Exception","message":"Invalid."}})") << ResultKind::ConfigError;
        QTest::newRow("no type 501") << 200 << QByteArray(R"({"exception":{"statusCode":501,"message":"Invalid."}})") << ResultKind::ConfigError;
        QTest::newRow("no type 503") << 200 << QByteArray(R"({"exception":{"statusCode":503,"message":"Failed."}})") << ResultKind::ServerError;
        QTest::newRow("unknown type 401") << 200 << QByteArray(R"({"exception":{"statusCode":401,"type":"Something Exception","message":"Failed."}})") << ResultKind::AuthFailed;
    }

    void dynuErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        const auto parsed = DynuApiProvider::parse(FakeHttpClient::reply(status, body));
        QVERIFY(parsed.failure);
        QCOMPARE(parsed.failure->kind, kind);
    }

    void dynuCheck()
    {
        FakeDynu api;
        const DynuApiProvider provider(kDynu);
        auto run = test::driveJob(*provider.createCheckJob(RecordSpec{"myhome.dynu.net", "A", 0, {}}, kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY(run.result.detail.contains(kOld));
        run = test::driveJob(*provider.createCheckJob(RecordSpec{"myhome.dynu.net", "AAAA", 0, {}}, kDynuKey), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY(run.result.detail.contains("creates"));
        run = test::driveJob(*provider.createCheckJob(RecordSpec{"", "A", 0, {}}, {{"api_key", "bad"}}), std::ref(api));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(api.writes.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHostedB)
#include "tst_hosted_b.moc"
