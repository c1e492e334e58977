// The Volcengine DNS provider against an in-test fake of its API: zones found
// by longest match, records filtered by name, type and line, created or
// changed in place, never guessed among several, every error mapped.
#include "FakeHttpClient.h"
#include "JobDriver.h"
#include "VolcengineProvider.h"
#include "signing/VolcengineSigner.h"

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

const QString kKeyId = QStringLiteral("AKLTHOMINGUNITTEST");
const QString kSecret = QStringLiteral("unit-secret-Wm1RMU5qZz0=");
const QUrl kBase(QStringLiteral("https://api.test:8443/"));

QByteArray envelope(const QString &action, const QJsonObject &result)
{
    const QJsonObject metadata{{"RequestId", "20240316080000TEST"}, {"Action", action}, {"Version", "2018-08-01"},
                               {"Service", "DNS"}, {"Region", "cn-north-1"}};
    return QJsonDocument(QJsonObject{{"ResponseMetadata", metadata}, {"Result", result}}).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &code, const QString &message, int codeN = 0)
{
    const QJsonObject metadata{{"RequestId", "20240316080000TEST"}, {"Action", "UpdateRecord"}, {"Version", "2018-08-01"},
                               {"Service", "DNS"}, {"Region", "cn-north-1"},
                               {"Error", QJsonObject{{"CodeN", codeN}, {"Code", code}, {"Message", message}}}};
    return QJsonDocument(QJsonObject{{"ResponseMetadata", metadata}}).toJson(QJsonDocument::Compact);
}

struct FakeRecord {
    qint64 zid = 0;
    QString id;
    QString host;
    QString type = QStringLiteral("A");
    QString value;
    int ttl = 600;
    QString line = QStringLiteral("default");
    int weight = 1;
    QString remark;
    bool enable = true;

    QJsonObject json() const
    {
        return {{"RecordID", id}, {"Host", host}, {"Type", type}, {"Value", value}, {"TTL", ttl},
                {"Line", line}, {"Weight", weight}, {"Remark", remark}, {"Enable", enable}};
    }
};

// A small Volcengine DNS: zones and records, ListZones and ListRecords paged
// by PageNumber/PageSize with Total/TotalCount, ListRecords filtered by Host
// (exactly, with SearchMode=exact), Type and Line, CreateRecord, and an
// UpdateRecord that keeps what the body leaves out. It checks that every
// request is signed over exactly what is sent.
struct FakeVolcengine {
    QList<QPair<qint64, QString>> zones{{1001, "example.com"}};
    QList<FakeRecord> records;
    QList<HttpRequest> writes;
    int pageSize = 0;             // > 0: pages of this size, whatever PageSize asks for
    bool ignoreHostFilter = false; // list every record of the type, as a fuzzy match might
    QHash<QString, HttpReply> failures; // Action -> the answer it gets
    QStringList problems;         // requests a correct client never sends
    int nextId = 500;

    HttpReply operator()(const HttpRequest &request)
    {
        const QUrlQuery query(request.url);
        const QString action = query.queryItemValue("Action", QUrl::FullyDecoded);
        checkSignature(request);
        if (failures.contains(action))
            return failures.value(action);
        if (action == "ListZones")
            return listZones(query);
        if (action == "ListRecords")
            return listRecords(query);
        writes.append(request);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (action == "CreateRecord")
            return create(body);
        if (action == "UpdateRecord")
            return update(body);
        problems.append("unknown action " + action);
        return FakeHttpClient::reply(404, errorBody("InvalidActionOrVersion", "no such action"));
    }

    void checkSignature(const HttpRequest &request)
    {
        VolcengineRequest signing;
        signing.method = request.method;
        signing.host = request.header("Host");
        signing.contentType = request.header("Content-Type");
        signing.payload = request.body;
        signing.xDate = request.header("X-Date");
        for (const auto &item : QUrlQuery(request.url).queryItems(QUrl::FullyDecoded))
            signing.query.append({item.first.toUtf8(), item.second.toUtf8()});
        if (request.header("Authorization") != volcengineAuthorization(signing, kKeyId, kSecret))
            problems.append("a signature that does not cover the request as sent: " + request.url.toString());
        if (request.header("X-Content-Sha256") != sha256Hex(request.body))
            problems.append("X-Content-Sha256 is not the body's hash");
        if (request.header("Host") != QByteArray("api.test:8443"))
            problems.append("Host is " + QString::fromLatin1(request.header("Host")));
        if (!request.carriesCredential)
            problems.append("a signed request not marked as carrying a credential");
        const QString action = QUrlQuery(request.url).queryItemValue("Action", QUrl::FullyDecoded);
        const QByteArray method = action.startsWith("List") ? "GET" : "POST";
        if (request.method != method)
            problems.append(action + " sent with " + QString::fromLatin1(request.method));
    }

    static int number(const QUrlQuery &query, const char *name, int fallback)
    {
        return query.hasQueryItem(name) ? query.queryItemValue(name, QUrl::FullyDecoded).toInt() : fallback;
    }

    QJsonArray page(const QList<QJsonObject> &items, const QUrlQuery &query) const
    {
        const int size = pageSize > 0 ? pageSize : number(query, "PageSize", 10);
        const int first = (number(query, "PageNumber", 1) - 1) * size;
        QJsonArray result;
        for (int i = first; i < qMin(int(items.size()), first + size); ++i)
            result.append(items.at(i));
        return result;
    }

    HttpReply listZones(const QUrlQuery &query) const
    {
        QList<QJsonObject> items;
        for (const auto &[zid, name] : zones)
            items.append(QJsonObject{{"ZID", zid}, {"ZoneName", name}, {"RecordCount", 1}});
        return FakeHttpClient::reply(200, envelope("ListZones", {{"Total", int(items.size())}, {"Zones", page(items, query)}}));
    }

    HttpReply listRecords(const QUrlQuery &query)
    {
        if (query.queryItemValue("SearchMode", QUrl::FullyDecoded) != "exact")
            problems.append("ListRecords without SearchMode=exact");
        QList<QJsonObject> items;
        for (const auto &record : std::as_const(records)) {
            if (QString::number(record.zid) != query.queryItemValue("ZID", QUrl::FullyDecoded))
                continue;
            if (!ignoreHostFilter && query.hasQueryItem("Host")
                && record.host.compare(query.queryItemValue("Host", QUrl::FullyDecoded), Qt::CaseInsensitive) != 0)
                continue;
            if (query.hasQueryItem("Type") && record.type != query.queryItemValue("Type", QUrl::FullyDecoded))
                continue;
            if (query.hasQueryItem("Line") && record.line != query.queryItemValue("Line", QUrl::FullyDecoded))
                continue;
            items.append(record.json());
        }
        return FakeHttpClient::reply(200, envelope("ListRecords", {{"TotalCount", int(items.size())},
                                                                   {"PageNumber", number(query, "PageNumber", 1)},
                                                                   {"Records", page(items, query)}}));
    }

    HttpReply create(const QJsonObject &body)
    {
        for (const char *field : {"ZID", "Host", "Type", "Value"}) {
            if (!body.contains(QLatin1String(field)))
                return FakeHttpClient::reply(400, errorBody("ErrParamInvalid", QStringLiteral("validation fail: %1").arg(field)));
        }
        FakeRecord record;
        record.zid = body.value("ZID").toInteger();
        record.id = QString::number(nextId++);
        record.host = body.value("Host").toString();
        record.type = body.value("Type").toString();
        record.value = body.value("Value").toString();
        record.ttl = body.value("TTL").toInt(600);
        record.line = body.value("Line").toString(QStringLiteral("default"));
        records.append(record);
        return FakeHttpClient::reply(200, envelope("CreateRecord", record.json()));
    }

    HttpReply update(const QJsonObject &body)
    {
        for (const char *field : {"RecordID", "Host", "Line"}) {
            if (!body.value(QLatin1String(field)).isString())
                return FakeHttpClient::reply(400, errorBody("ErrParamInvalid", QStringLiteral("validation fail: %1").arg(field)));
        }
        for (auto &record : records) {
            if (record.id != body.value("RecordID").toString())
                continue;
            record.host = body.value("Host").toString();
            record.line = body.value("Line").toString();
            record.type = body.value("Type").toString(record.type);
            record.value = body.value("Value").toString(record.value);
            record.ttl = body.value("TTL").toInt(record.ttl);
            record.weight = body.value("Weight").toInt(record.weight);
            record.remark = body.value("Remark").toString(record.remark);
            return FakeHttpClient::reply(200, envelope("UpdateRecord", record.json()));
        }
        return FakeHttpClient::reply(400, errorBody("ErrDBNotFound", "record not found :" + body.value("RecordID").toString()));
    }

    FakeRecord *find(const QString &id)
    {
        for (auto &record : records) {
            if (record.id == id)
                return &record;
        }
        return nullptr;
    }
};

FakeRecord fakeRecord(const QString &id, const QString &host, const QString &value, const QString &line = "default",
                      qint64 zid = 1001, const QString &type = "A")
{
    FakeRecord record;
    record.zid = zid;
    record.id = id;
    record.host = host;
    record.value = value;
    record.line = line;
    record.type = type;
    return record;
}

RecordTarget target(const QString &name = "nas.example.com", int ttl = 0, const QJsonObject &settings = {},
                    const QString &address = "81.2.69.160")
{
    const QString type = QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol ? "AAAA" : "A";
    return RecordTarget{RecordSpec{name, type, ttl, settings}, QHostAddress(address)};
}

const VolcengineProvider &provider()
{
    static const VolcengineProvider instance(kBase, kKeyId);
    return instance;
}

test::JobRun update(FakeVolcengine &fake, const RecordTarget &wanted)
{
    auto job = provider().createUpdateJob(wanted, {{"secret_access_key", kSecret}});
    return test::driveJob(*job, std::ref(fake));
}

QStringList actions(const test::JobRun &run)
{
    QStringList names;
    for (const auto &request : run.requests)
        names.append(QUrlQuery(request.url).queryItemValue("Action", QUrl::FullyDecoded));
    return names;
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QJsonObject bodyOf(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestVolcengine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAMissingRecord_data()
    {
        QTest::addColumn<int>("ttl");
        QTest::addColumn<QStringList>("keys");
        const QStringList keys{"ZID", "Host", "Type", "Value", "Line"};
        QTest::newRow("no ttl: Volcengine's default") << 0 << keys;
        QTest::newRow("ttl configured") << 3600 << (keys + QStringList{"TTL"});
    }

    void createsAMissingRecord()
    {
        QFETCH(int, ttl);
        QFETCH(QStringList, keys);
        FakeVolcengine fake;
        fake.records = {fakeRecord("7", "nas", "81.2.69.7", "default", 1001, "AAAA")}; // another type
        const auto run = update(fake, target("nas.example.com", ttl));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(fake.problems.isEmpty(), qPrintable(fake.problems.join('\n')));
        QCOMPARE(actions(run), QStringList({"ListZones", "ListRecords", "CreateRecord"}));
        const QUrlQuery list(run.requests[1].url);
        QCOMPARE(list.queryItemValue("ZID", QUrl::FullyDecoded), QStringLiteral("1001"));
        QCOMPARE(list.queryItemValue("Host", QUrl::FullyDecoded), QStringLiteral("nas"));
        QCOMPARE(list.queryItemValue("Type", QUrl::FullyDecoded), QStringLiteral("A"));
        QCOMPARE(list.queryItemValue("SearchMode", QUrl::FullyDecoded), QStringLiteral("exact"));
        const QJsonObject body = bodyOf(fake.writes[0]);
        QCOMPARE(keysOf(body), QSet<QString>(keys.begin(), keys.end()));
        QCOMPARE(body.value("ZID"), QJsonValue(1001)); // a number, as the API's Long
        QCOMPARE(body.value("Host"), QJsonValue("nas"));
        QCOMPARE(body.value("Value"), QJsonValue("81.2.69.160"));
        QCOMPARE(body.value("Line"), QJsonValue("default"));
        if (ttl)
            QCOMPARE(body.value("TTL"), QJsonValue(ttl));
        QCOMPARE(fake.find("7")->value, QStringLiteral("81.2.69.7"));
        QCOMPARE(run.result.detail, QStringLiteral("record created on line default"));
    }

    void updatesInPlaceKeepingTheRecordsAttributes_data()
    {
        QTest::addColumn<int>("ttl");
        QTest::addColumn<int>("sentTtl"); // 0: left out
        QTest::addColumn<int>("finalTtl");
        QTest::newRow("no ttl configured: the record keeps its own") << 0 << 0 << 1200;
        QTest::newRow("ttl configured") << 600 << 600 << 600;
    }

    void updatesInPlaceKeepingTheRecordsAttributes()
    {
        QFETCH(int, ttl);
        QFETCH(int, sentTtl);
        QFETCH(int, finalTtl);
        FakeVolcengine fake;
        FakeRecord existing = fakeRecord("3170534137672596377", "nas", "81.2.69.1");
        existing.ttl = 1200;
        existing.weight = 7;
        existing.remark = QStringLiteral("家里的 NAS");
        fake.records = {existing};
        const auto run = update(fake, target("nas.example.com", ttl));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(fake.problems.isEmpty(), qPrintable(fake.problems.join('\n')));
        QCOMPARE(actions(run), QStringList({"ListZones", "ListRecords", "UpdateRecord"}));
        const QJsonObject body = bodyOf(fake.writes[0]);
        QSet<QString> keys{"RecordID", "Host", "Line", "Type", "Value"};
        if (sentTtl)
            keys.insert("TTL");
        QCOMPARE(keysOf(body), keys);
        QCOMPARE(body.value("RecordID"), QJsonValue("3170534137672596377")); // a string: too long for a double
        QCOMPARE(body.value("Host"), QJsonValue("nas"));
        QCOMPARE(body.value("Line"), QJsonValue("default"));
        const FakeRecord *record = fake.find("3170534137672596377");
        QCOMPARE(record->value, QStringLiteral("81.2.69.160"));
        QCOMPARE(record->ttl, finalTtl);
        QCOMPARE(record->weight, 7);
        QCOMPARE(record->remark, QStringLiteral("家里的 NAS"));
        QCOMPARE(run.result.detail, QStringLiteral("record changed from 81.2.69.1"));
    }

    void updatesAnAaaaRecord()
    {
        FakeVolcengine fake;
        fake.records = {fakeRecord("11", "nas", "2001:db8::1", "default", 1001, "AAAA"),
                        fakeRecord("12", "nas", "81.2.69.1")};
        const auto run = update(fake, target("nas.example.com", 0, {}, "2001:db8::2"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(QUrlQuery(run.requests[1].url).queryItemValue("Type", QUrl::FullyDecoded), QStringLiteral("AAAA"));
        QCOMPARE(fake.find("11")->value, QStringLiteral("2001:db8::2"));
        QCOMPARE(fake.find("12")->value, QStringLiteral("81.2.69.1"));
    }

    void noWriteWhenAlreadyRight_data()
    {
        QTest::addColumn<QString>("listed");
        QTest::newRow("same spelling") << "2001:db8::2";
        QTest::newRow("another spelling of the address") << "2001:0db8:0000::0002";
    }

    void noWriteWhenAlreadyRight()
    {
        QFETCH(QString, listed);
        FakeVolcengine fake;
        fake.records = {fakeRecord("11", "nas", listed, "default", 1001, "AAAA")};
        const auto run = update(fake, target("nas.example.com", 0, {}, "2001:db8::2"));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(run.requests.size(), 2);
        QCOMPARE(fake.writes.size(), 0);
    }

    void ttlDifferenceIsAChange()
    {
        FakeVolcengine fake;
        fake.records = {fakeRecord("11", "nas", "81.2.69.160")};
        const auto run = update(fake, target("nas.example.com", 3600));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(bodyOf(fake.writes[0]).value("TTL"), QJsonValue(3600));
        QCOMPARE(fake.find("11")->ttl, 3600);
    }

    // Records of other lines share the name and type: Homing keeps to its line.
    void otherLinesAreNeverTouched_data()
    {
        QTest::addColumn<QString>("line");      // the record setting; empty: not set
        QTest::addColumn<QString>("changedId"); // empty: a record is created
        QTest::newRow("default line, not set") << QString() << "1";
        QTest::newRow("default line, set") << "default" << "1";
        QTest::newRow("telecom") << "telecom" << "2";
        QTest::newRow("telecom, padded") << " telecom " << "2"; // trimmed, or it matches nothing and creates
        QTest::newRow("unicom: none yet") << "unicom" << QString();
    }

    void otherLinesAreNeverTouched()
    {
        QFETCH(QString, line);
        QFETCH(QString, changedId);
        FakeVolcengine fake;
        fake.records = {fakeRecord("1", "nas", "81.2.69.1", "default"), fakeRecord("2", "nas", "81.2.69.2", "telecom"),
                        fakeRecord("3", "nas", "81.2.69.3", "mobile")};
        QJsonObject settings;
        if (!line.isEmpty())
            settings.insert("line", line);
        const auto run = update(fake, target("nas.example.com", 0, settings));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        const QJsonObject body = bodyOf(fake.writes[0]);
        QCOMPARE(body.value("Line").toString(), line.isEmpty() ? QStringLiteral("default") : line.trimmed());
        const QStringList ids{"1", "2", "3"};
        for (const QString &id : ids) {
            const QString before = QStringLiteral("81.2.69.%1").arg(id);
            QCOMPARE(fake.find(id)->value, id == changedId ? QStringLiteral("81.2.69.160") : before);
        }
        if (changedId.isEmpty()) {
            QCOMPARE(actions(run).last(), QStringLiteral("CreateRecord"));
            QCOMPARE(fake.records.size(), 4);
        } else {
            QCOMPARE(body.value("RecordID").toString(), changedId);
        }
    }

    // Several records of the name, type and line, none holding the address.
    void severalRecordsAreNotGuessed_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("listRequests");
        QTest::newRow("one page") << 0 << 1;
        QTest::newRow("across pages") << 1 << 3; // the telecom record is listed too
    }

    void severalRecordsAreNotGuessed()
    {
        QFETCH(int, pageSize);
        QFETCH(int, listRequests);
        FakeVolcengine fake;
        fake.pageSize = pageSize;
        fake.records = {fakeRecord("1", "nas", "81.2.69.1"), fakeRecord("2", "nas", "81.2.69.2"),
                        fakeRecord("3", "nas", "81.2.69.3", "telecom")};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("record_id"), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains("81.2.69.1, 81.2.69.2"), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1 + listRequests);
        QCOMPARE(fake.writes.size(), 0);
    }

    void oneOfSeveralHoldingTheAddressIsKept()
    {
        FakeVolcengine fake;
        fake.records = {fakeRecord("1", "nas", "81.2.69.1"), fakeRecord("2", "nas", "81.2.69.160")};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(fake.writes.size(), 0);
    }

    void recordIdPicksTheOne_data()
    {
        QTest::addColumn<QJsonValue>("recordId");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("changed");
        QTest::newRow("the second") << QJsonValue("2") << ResultKind::Ok << "2";
        QTest::newRow("as a number") << QJsonValue(2) << ResultKind::Ok << "2";
        QTest::newRow("not there") << QJsonValue("9") << ResultKind::NoSuchHost << QString();
        QTest::newRow("on another line") << QJsonValue("3") << ResultKind::NoSuchHost << QString();
    }

    void recordIdPicksTheOne()
    {
        QFETCH(QJsonValue, recordId);
        QFETCH(ResultKind, kind);
        QFETCH(QString, changed);
        FakeVolcengine fake;
        fake.records = {fakeRecord("1", "nas", "81.2.69.1"), fakeRecord("2", "nas", "81.2.69.2"),
                        fakeRecord("3", "nas", "81.2.69.3", "telecom")};
        const auto run = update(fake, target("nas.example.com", 0, {{"record_id", recordId}}));
        QCOMPARE(run.result.kind, kind);
        if (changed.isEmpty()) {
            QCOMPARE(fake.writes.size(), 0);
            QVERIFY2(run.result.detail.contains("record_id"), qPrintable(run.result.detail));
            return;
        }
        QCOMPARE(bodyOf(fake.writes[0]).value("RecordID"), QJsonValue(changed));
        QCOMPARE(fake.find("1")->value, QStringLiteral("81.2.69.1"));
        QCOMPARE(fake.find(changed)->value, QStringLiteral("81.2.69.160"));
    }

    // The longest zone the account holds, never a guess from the labels.
    void zones_data()
    {
        QTest::addColumn<QStringList>("zones");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zid");
        QTest::addColumn<QString>("host");
        QTest::newRow("apex") << QStringList{"example.com"} << "example.com" << "1001" << "@";
        QTest::newRow("multi-label zone") << QStringList{"example.com.cn"} << "a.b.example.com.cn" << "1001" << "a.b";
        QTest::newRow("delegated sub-zone wins") << QStringList{"example.com.cn", "b.example.com.cn"}
                                                 << "a.b.example.com.cn" << "1002" << "a";
        QTest::newRow("sub-zone listed first") << QStringList{"b.example.com.cn", "example.com.cn"}
                                               << "x.example.com.cn" << "1002" << "x";
        QTest::newRow("a zone of the same suffix is not a parent") << QStringList{"le.com", "example.com"}
                                                                    << "nas.example.com" << "1002" << "nas";
        QTest::newRow("punycode") << QStringList{"xn--fiqs8s.cn"} << "nas.xn--fiqs8s.cn" << "1001" << "nas";
        QTest::newRow("zone name with a final dot, in capitals") << QStringList{"Example.COM."} << "nas.example.com"
                                                                 << "1001" << "nas";
    }

    void zones()
    {
        QFETCH(QStringList, zones);
        QFETCH(QString, name);
        QFETCH(QString, zid);
        QFETCH(QString, host);
        FakeVolcengine fake;
        fake.zones.clear();
        for (int i = 0; i < zones.size(); ++i)
            fake.zones.append({1001 + i, zones[i]});
        const auto run = update(fake, target(name));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        const QUrlQuery list(run.requests[1].url);
        QCOMPARE(list.queryItemValue("ZID", QUrl::FullyDecoded), zid);
        QCOMPARE(list.queryItemValue("Host", QUrl::FullyDecoded), host);
        const QJsonObject body = bodyOf(fake.writes[0]);
        QCOMPARE(body.value("Host").toString(), host);
        QCOMPARE(QString::number(body.value("ZID").toInteger()), zid);
        QVERIFY2(fake.problems.isEmpty(), qPrintable(fake.problems.join('\n')));
    }

    void unknownZone()
    {
        FakeVolcengine fake;
        fake.zones = {{1001, "example.com"}, {1002, "other.example.org"}};
        const auto run = update(fake, target("nas.example.org"));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains("nas.example.org"), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1);
    }

    void zonesArePaged_data()
    {
        QTest::addColumn<int>("zoneCount");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("zoneRequests");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("one page") << 3 << 0 << 1 << ResultKind::Ok;
        QTest::newRow("found on page 3 of 3") << 3 << 1 << 3 << ResultKind::Ok;
        QTest::newRow("4 pages of 100") << 400 << 0 << 4 << ResultKind::Ok;
        QTest::newRow("more than 4 pages") << 401 << 0 << 4 << ResultKind::ConfigError; // permanent: never retried
    }

    void zonesArePaged()
    {
        QFETCH(int, zoneCount);
        QFETCH(int, pageSize);
        QFETCH(int, zoneRequests);
        QFETCH(ResultKind, kind);
        FakeVolcengine fake;
        fake.pageSize = pageSize;
        fake.zones.clear();
        for (int i = 0; i < zoneCount - 1; ++i)
            fake.zones.append({2000 + i, QStringLiteral("zone%1.example.net").arg(i)});
        fake.zones.append({1001, "example.com"}); // on the last page
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, kind);
        for (int page = 1; page <= zoneRequests; ++page) {
            const QUrlQuery query(run.requests[page - 1].url);
            QCOMPARE(query.queryItemValue("Action", QUrl::FullyDecoded), QStringLiteral("ListZones"));
            QCOMPARE(query.queryItemValue("PageNumber", QUrl::FullyDecoded), QString::number(page));
            QCOMPARE(query.queryItemValue("PageSize", QUrl::FullyDecoded), QStringLiteral("100"));
        }
        if (kind == ResultKind::Ok) {
            QCOMPARE(QUrlQuery(run.requests[zoneRequests].url).queryItemValue("ZID", QUrl::FullyDecoded), QStringLiteral("1001"));
        } else {
            QCOMPARE(run.requests.size(), zoneRequests);
            QCOMPARE(fake.writes.size(), 0);
        }
    }

    void recordsArePaged_data()
    {
        QTest::addColumn<int>("before"); // records of other names listed first (the Host filter ignored)
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("listRequests");
        QTest::addColumn<QString>("write");
        QTest::newRow("found on page 2 of 2") << 2 << 2 << 2 << "UpdateRecord";
        QTest::newRow("found on page 6 of 6") << 5 << 1 << 6 << "UpdateRecord";
        QTest::newRow("one page of 100") << 50 << 0 << 1 << "UpdateRecord";
    }

    void recordsArePaged()
    {
        QFETCH(int, before);
        QFETCH(int, pageSize);
        QFETCH(int, listRequests);
        QFETCH(QString, write);
        FakeVolcengine fake;
        fake.pageSize = pageSize;
        fake.ignoreHostFilter = true;
        for (int i = 0; i < before; ++i)
            fake.records.append(fakeRecord(QStringLiteral("o%1").arg(i), QStringLiteral("host%1").arg(i), "81.2.69.9"));
        fake.records.append(fakeRecord("mine", "nas", "81.2.69.1"));
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 1 + listRequests + 1);
        for (int page = 1; page <= listRequests; ++page)
            QCOMPARE(QUrlQuery(run.requests[page].url).queryItemValue("PageNumber", QUrl::FullyDecoded), QString::number(page));
        QCOMPARE(actions(run).last(), write);
        QCOMPARE(bodyOf(fake.writes[0]).value("RecordID"), QJsonValue("mine"));
        for (int i = 0; i < before; ++i)
            QCOMPARE(fake.find(QStringLiteral("o%1").arg(i))->value, QStringLiteral("81.2.69.9"));
    }

    void recordPageCap()
    {
        FakeVolcengine fake;
        fake.pageSize = 1;
        fake.ignoreHostFilter = true;
        for (int i = 0; i < 6; ++i)
            fake.records.append(fakeRecord(QStringLiteral("o%1").arg(i), QStringLiteral("host%1").arg(i), "81.2.69.9"));
        fake.records.append(fakeRecord("mine", "nas", "81.2.69.1")); // on page 7, past the cap
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
        QVERIFY2(run.result.detail.contains("Homing changes nothing"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);
        QCOMPARE(run.requests.size(), 1 + 6);
        // The most a job can ask for, four zone pages, six record pages and the write, fits JobRunner's twelve.
        QVERIFY(4 + 6 + 1 <= 12);
    }

    void everyRequestIsSignedOverWhatIsSent()
    {
        FakeVolcengine fake;
        fake.zones = {{1001, "example.com"}};
        const auto run = update(fake, target("example.com", 600, {{"line", "telecom"}}));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(fake.problems.isEmpty(), qPrintable(fake.problems.join('\n')));
        // Host=@ is percent-encoded on the wire as in the canonical query.
        QVERIFY2(run.requests[1].url.toEncoded().contains("Host=%40"), run.requests[1].url.toEncoded().constData());
        for (const auto &request : run.requests) {
            const QByteArray authorization = request.header("Authorization");
            QVERIFY(authorization.startsWith("HMAC-SHA256 Credential=AKLTHOMINGUNITTEST/"));
            QVERIFY(authorization.contains("/cn-north-1/DNS/request, SignedHeaders="));
            const QByteArray signedHeaders = request.method == "POST" ? "content-type;host;x-content-sha256;x-date"
                                                                      : "host;x-content-sha256;x-date";
            QVERIFY2(authorization.contains("SignedHeaders=" + signedHeaders + ", "), authorization.constData());
            QVERIFY(!authorization.contains(kSecret.toUtf8()));
            QVERIFY(request.url.toString().indexOf(kSecret) < 0);
            const QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(request.header("X-Date")),
                                                             QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            QVERIFY(signedAt.isValid());
            QVERIFY(qAbs(QDateTime(signedAt.date(), signedAt.time(), Qt::UTC).secsTo(QDateTime::currentDateTimeUtc())) < 60);
        }
    }

    void parseReply_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("InvalidAccessKey") << 401 << errorBody("InvalidAccessKey", "The accesskey [AKLTX] included in the request is invalid.", 100009)
                                          << ResultKind::AuthFailed << "check access_key_id";
        QTest::newRow("SignatureDoesNotMatch") << 401 << errorBody("SignatureDoesNotMatch", "The request signature we calculated does not match", 100010)
                                               << ResultKind::AuthFailed << "check secret_access_key";
        QTest::newRow("AccessDenied") << 403 << errorBody("AccessDenied", "User is not authorized to perform: dns:CreateRecord", 100013)
                                      << ResultKind::AuthFailed << "DNSFullAccess";
        QTest::newRow("LackPolicy") << 403 << errorBody("LackPolicy", "Request was rejected because of lack of policy.", 100012)
                                    << ResultKind::AuthFailed << "dns:UpdateRecord";
        QTest::newRow("MissingAuthenticationToken") << 401 << errorBody("MissingAuthenticationToken", "missing", 100003)
                                                    << ResultKind::AuthFailed << "MissingAuthenticationToken";
        QTest::newRow("InvalidTimestamp") << 400 << errorBody("InvalidTimestamp", "The signature of the request is expired.", 100006)
                                          << ResultKind::ClockSkew << "clock";
        QTest::newRow("FlowLimitExceeded") << 429 << errorBody("FlowLimitExceeded", "Request Has Been Throttled", 100018)
                                           << ResultKind::RateLimited << "FlowLimitExceeded";
        QTest::newRow("Throttling") << 400 << errorBody("Throttling", "slow down") << ResultKind::RateLimited << "Throttling";
        QTest::newRow("429 without a body") << 429 << QByteArray() << ResultKind::RateLimited << "429";
        QTest::newRow("ErrZoneNotFound") << 400 << errorBody("ErrZoneNotFound", "zone not found", 400105)
                                         << ResultKind::NoSuchHost << "zone not found";
        QTest::newRow("ErrDBNotFound") << 400 << errorBody("ErrDBNotFound", "record not found :1", 400104)
                                       << ResultKind::NoSuchHost << "record not found";
        QTest::newRow("ErrSpecNotValid") << 400 << errorBody("ErrSpecNotValid", "record ttl not valid when creating record", 400135)
                                         << ResultKind::ConfigError << "ErrSpecNotValid";
        QTest::newRow("ErrParamInvalid") << 400 << errorBody("ErrParamInvalid", "validation fail: TTL", 400102)
                                         << ResultKind::ConfigError << "validation fail";
        QTest::newRow("ErrQuotaExceeded") << 400 << errorBody("ErrQuotaExceeded", "record exceeds quota 10", 400109)
                                          << ResultKind::ConfigError << "quota";
        QTest::newRow("ErrInternalServer") << 500 << errorBody("ErrInternalServer", "server internal error", 500100)
                                           << ResultKind::ServerError << "ErrInternalServer";
        QTest::newRow("InternalError 200") << 200 << errorBody("InternalError", "internal") << ResultKind::ServerError << "internal";
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << ResultKind::ServerError << "Bad gateway";
        QTest::newRow("unknown code 400") << 400 << errorBody("SomethingNew", "new") << ResultKind::ConfigError << "SomethingNew";
        QTest::newRow("unknown code 200") << 200 << errorBody("SomethingNew", "new") << ResultKind::BadResponse << "SomethingNew";
        QTest::newRow("not json 200") << 200 << QByteArray("hello") << ResultKind::BadResponse << "hello";
        QTest::newRow("no Result") << 200 << QByteArray(R"({"ResponseMetadata":{"RequestId":"x"}})")
                                   << ResultKind::BadResponse << "without a Result";
        QTest::newRow("404 html") << 404 << QByteArray("not here") << ResultKind::BadResponse << "404";
    }

    void parseReply()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        const auto parsed = VolcengineProvider::parseReply(FakeHttpClient::reply(status, body));
        QVERIFY(parsed.failure);
        QCOMPARE(parsed.failure->kind, kind);
        QVERIFY2(parsed.failure->detail.contains(detailHas), qPrintable(parsed.failure->detail));
    }

    void successIsParsed()
    {
        const auto parsed = VolcengineProvider::parseReply(
            FakeHttpClient::reply(200, envelope("ListZones", {{"Total", 0}, {"Zones", QJsonArray()}})));
        QVERIFY(!parsed.failure);
        QCOMPARE(parsed.result.value("Total"), QJsonValue(0));
    }

    // Errors at each step reach the result, with what the record has to do with them.
    void errorsOnTheWay_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("bad key on ListZones") << "ListZones" << 401 << errorBody("InvalidAccessKey", "invalid") << 0
                                              << ResultKind::AuthFailed << "access_key_id";
        QTest::newRow("clock on ListRecords") << "ListRecords" << 400 << errorBody("InvalidTimestamp", "expired") << 0
                                              << ResultKind::ClockSkew << "NTP";
        QTest::newRow("no permission to create") << "CreateRecord" << 403 << errorBody("AccessDenied", "denied") << 0
                                                 << ResultKind::AuthFailed << "dns:CreateRecord";
        QTest::newRow("TTL under the free edition's 600") << "CreateRecord" << 400
                                                          << errorBody("ErrSpecNotValid", "record ttl not valid when creating record")
                                                          << 60 << ResultKind::ConfigError << "takes 600 s at least";
        QTest::newRow("throttled create") << "CreateRecord" << 429 << errorBody("FlowLimitExceeded", "throttled") << 0
                                          << ResultKind::RateLimited << "FlowLimitExceeded";
        QTest::newRow("created meanwhile") << "CreateRecord" << 409 << errorBody("ErrDBDuplicated", "duplicated: nas A") << 0
                                           << ResultKind::NoChange << "already holds";
        QTest::newRow("zone gone") << "ListRecords" << 400 << errorBody("ErrZoneNotFound", "zone not found") << 0
                                   << ResultKind::NoSuchHost << "the zone example.com is gone";
        QTest::newRow("server error") << "CreateRecord" << 503 << QByteArray("busy") << 0 << ResultKind::ServerError << "503";
        // An "Err..." code with a 5xx or 429 is transient: the status decides, not the prefix.
        QTest::newRow("Err code on a 500") << "ListRecords" << 500 << errorBody("ErrDBQuery", "db busy") << 0
                                           << ResultKind::ServerError << "ErrDBQuery";
        QTest::newRow("Err code on a 429") << "CreateRecord" << 429 << errorBody("ErrTooManyRequests", "slow down") << 0
                                           << ResultKind::RateLimited << "ErrTooManyRequests";
        QTest::newRow("Err code on a 400") << "CreateRecord" << 400 << errorBody("ErrSomethingNew", "bad") << 0
                                           << ResultKind::ConfigError << "ErrSomethingNew";
    }

    void errorsOnTheWay()
    {
        QFETCH(QString, action);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, ttl);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        FakeVolcengine fake;
        fake.failures.insert(action, FakeHttpClient::reply(status, body));
        const auto run = update(fake, target("nas.example.com", ttl));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QCOMPARE(actions(run).last(), action);
    }

    void updateErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("duplicate on update") << errorBody("ErrDBDuplicated", "duplicated") << QJsonObject()
                                             << ResultKind::ConfigError << "already holds 81.2.69.160";
        QTest::newRow("a line the edition lacks") << errorBody("ErrParamInvalid", "validation fail: line")
                                                  << QJsonObject{{"line", "oversea"}} << ResultKind::ConfigError
                                                  << "check the record's line oversea";
    }

    void updateErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QJsonObject, settings);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        FakeVolcengine fake;
        fake.records = {fakeRecord("1", "nas", "81.2.69.1", settings.value("line").toString("default"))};
        fake.failures.insert("UpdateRecord", FakeHttpClient::reply(400, body));
        const auto run = update(fake, target("nas.example.com", 0, settings));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
    }

    void pausedRecordIsSaidSo()
    {
        FakeVolcengine fake;
        FakeRecord paused = fakeRecord("1", "nas", "81.2.69.1");
        paused.enable = false;
        fake.records = {paused};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(run.result.detail.contains("paused"), qPrintable(run.result.detail));
    }

    void answerWithAnotherValueIsBad()
    {
        FakeVolcengine fake;
        QJsonObject odd = fakeRecord("1", "nas", "81.2.69.99").json();
        fake.failures.insert("CreateRecord", FakeHttpClient::reply(200, envelope("CreateRecord", odd)));
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
    }

    // The Test button's check reads what an update reads and writes nothing.
    void checkSaysWhatAnUpdateWouldDo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::addColumn<int>("requests");
        QTest::newRow("absent") << "new.example.com" << "default" << kSecret << ResultKind::Ok << "creates it" << 2;
        QTest::newRow("present") << "nas.example.com" << "default" << kSecret << ResultKind::Ok << "holds 81.2.69.1 now (line default)" << 2;
        QTest::newRow("present on its line") << "nas.example.com" << "telecom" << kSecret << ResultKind::Ok << "holds 81.2.69.2 now (line telecom)" << 2;
        QTest::newRow("no record named") << "" << "default" << kSecret << ResultKind::Ok << "example.com" << 1;
        QTest::newRow("zone not in account") << "nas.example.org" << "default" << kSecret << ResultKind::NoSuchHost << "no zone" << 1;
        QTest::newRow("several") << "dup.example.com" << "default" << kSecret << ResultKind::ConfigError << "record_id" << 2;
    }

    void checkSaysWhatAnUpdateWouldDo()
    {
        QFETCH(QString, name);
        QFETCH(QString, line);
        QFETCH(QString, secret);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        QFETCH(int, requests);
        FakeVolcengine fake;
        fake.records = {fakeRecord("1", "nas", "81.2.69.1"), fakeRecord("2", "nas", "81.2.69.2", "telecom"),
                        fakeRecord("3", "dup", "81.2.69.3"), fakeRecord("4", "dup", "81.2.69.4")};
        auto job = provider().createCheckJob(RecordSpec{name, "A", 0, {{"line", line}}}, {{"secret_access_key", secret}});
        QVERIFY(job);
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), requests);
        for (const auto &request : run.requests)
            QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(fake.writes.size(), 0);
        QVERIFY2(fake.problems.isEmpty(), qPrintable(fake.problems.join('\n')));
    }

    void checkWithARefusedKey()
    {
        FakeVolcengine fake;
        fake.failures.insert("ListZones", FakeHttpClient::reply(401, errorBody("SignatureDoesNotMatch", "mismatch")));
        auto job = provider().createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}}, {{"secret_access_key", "wrong"}});
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QCOMPARE(run.requests.size(), 1);
    }

    void checkOfAnEmptyAccount()
    {
        FakeVolcengine fake;
        fake.zones.clear();
        auto job = provider().createCheckJob(RecordSpec{"", "A", 0, {}}, {{"secret_access_key", kSecret}});
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
    }

    void ttlValidation_data()
    {
        QTest::addColumn<int>("ttl");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("warnings");
        QTest::newRow("default") << 0 << 0 << 0;
        QTest::newRow("600") << 600 << 0 << 0;
        QTest::newRow("86400") << 86400 << 0 << 0;
        QTest::newRow("60: paid editions only") << 60 << 0 << 1;
        QTest::newRow("1: paid editions only") << 1 << 0 << 1;
        QTest::newRow("86401") << 86401 << 1 << 0;
        QTest::newRow("negative") << -5 << 1 << 0;
    }

    void ttlValidation()
    {
        QFETCH(int, ttl);
        QFETCH(int, errors);
        QFETCH(int, warnings);
        const auto issues = provider().validateRecord(RecordSpec{"nas.example.com", "A", ttl, {}});
        int errorCount = 0;
        int warningCount = 0;
        for (const auto &issue : issues) {
            QCOMPARE(issue.path, QStringLiteral("ttl"));
            (issue.isError() ? errorCount : warningCount)++;
        }
        QCOMPARE(errorCount, errors);
        QCOMPARE(warningCount, warnings);
        if (warnings)
            QVERIFY(issues.first().message.contains("600"));
    }

    void settingsValidation()
    {
        QVERIFY(provider().validateRecord(RecordSpec{"a.example.com", "A", 0, {{"line", "telecom"}, {"record_id", "12"}}}).isEmpty());
        QVERIFY(hasErrors(provider().validateRecord(RecordSpec{"a.example.com", "A", 0, {{"line", ""}}})));
        QVERIFY(hasErrors(provider().validateRecord(RecordSpec{"a.example.com", "A", 0, {{"line", 5}}})));
        QVERIFY(hasErrors(provider().validateRecord(RecordSpec{"a.example.com", "A", 0, {{"record_id", true}}})));
    }

    void accountValidation()
    {
        QList<ConfigIssue> issues;
        ProviderAccount account;
        account.settings = {{"access_key_id", "AKLT with space"}};
        QVERIFY(!VolcengineProvider::create(account, issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, QStringLiteral("settings.access_key_id"));
        issues.clear();
        account.settings = {{"access_key_id", "AKLT\u4e2d"}};
        QVERIFY(!VolcengineProvider::create(account, issues));
        issues.clear();
        account.settings = {{"access_key_id", "AKLTHOMINGUNITTEST"}};
        auto created = VolcengineProvider::create(account, issues);
        QVERIFY(created);
        QVERIFY(issues.isEmpty());
        // The official endpoint when none is set.
        FakeVolcengine fake;
        auto job = created->createCheckJob(RecordSpec{"", "A", 0, {}}, {{"secret_access_key", kSecret}});
        const auto first = job->start();
        QCOMPARE(first.request.url.host(), QStringLiteral("open.volcengineapi.com"));
        QCOMPARE(first.request.url.path(), QStringLiteral("/"));
        QCOMPARE(first.request.header("Host"), QByteArray("open.volcengineapi.com"));
        QVERIFY(first.request.header("Authorization").contains("/cn-north-1/DNS/request"));
    }
};

QTEST_GUILESS_MAIN(TestVolcengine)
#include "tst_volcengine.moc"
