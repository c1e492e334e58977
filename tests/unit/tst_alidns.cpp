#include "AlidnsProvider.h"
#include "FakeHttpClient.h"
#include "JobDriver.h"
#include "signing/Acs3Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

#include <algorithm>

using namespace homing;
using namespace homing::providers;
using homing::test::FakeHttpClient;

Q_DECLARE_METATYPE(homing::ResultKind)

namespace {

const QString kKeyId = QStringLiteral("LTAI5tTestKeyId");
const QString kSecret = QStringLiteral("test-secret-value");
const QUrl kBase(QStringLiteral("https://alidns.test"));
const QByteArray kEmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A refusal as Alidns writes it.
QByteArray refusal(const QString &code, const QString &message)
{
    return json({{"RequestId", "6BE56E05-0000-4000-8000-FD90C4FFD581"},
                 {"HostId", "alidns.aliyuncs.com"},
                 {"Code", code},
                 {"Message", message},
                 {"Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=Alidns"}});
}

struct FakeRecord {
    QString id;
    QString rr;
    QString type;
    QString value;
    QString line = QStringLiteral("default");
    int ttl = 600;
};

struct FakeDomain {
    QString name;     // as DescribeDomains lists it
    QString punyCode; // set for internationalised names only
    QList<FakeRecord> records;
};

using Params = QMap<QString, QString>;

Params paramsOf(const HttpRequest &request)
{
    Params params;
    const auto items = QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        params.insert(name, value);
    return params;
}

// A small Alidns: domains with records on several lines. Like the service it
// checks each request's signature (with the provider's signer: the Node
// emulator judges with the official SDK's), pages lists with PageNumber,
// PageSize and TotalCount, filters DescribeSubDomainRecords by SubDomain,
// Type and Line, and puts back the documented defaults (line "default", TTL
// 600) for what an UpdateDomainRecord does not send.
struct FakeAlidns {
    QList<FakeDomain> domains;
    QList<HttpRequest> requests;
    QList<HttpRequest> writes;
    QString secret = kSecret;
    int pageSize = 0;              // > 0: pages of this size, whatever PageSize asks for
    bool ignoreLineFilter = false; // return every line, as a service that ignored Line would
    bool ignoreNameFilter = false; // return every record of the domain
    QMap<QString, HttpReply> failures; // action -> the answer it gets
    QList<FakeRecord> appearOnWrite;   // added to the first domain when a write arrives (someone else's)
    int nextId = 500000;

    HttpReply operator()(const HttpRequest &request)
    {
        requests.append(request);
        const QByteArray action = request.header("x-acs-action");
        if (const QString problem = signatureProblem(request); !problem.isEmpty())
            return FakeHttpClient::reply(400, refusal("SignatureDoesNotMatch", problem));
        if (failures.contains(QString::fromLatin1(action)))
            return failures.value(QString::fromLatin1(action));
        const Params params = paramsOf(request);
        if (action == "DescribeDomains")
            return describeDomains(params);
        if (action == "DescribeSubDomainRecords")
            return describeSubDomainRecords(params);
        writes.append(request);
        if (!domains.isEmpty())
            domains.first().records.append(appearOnWrite);
        appearOnWrite.clear();
        if (action == "AddDomainRecord")
            return addDomainRecord(params);
        if (action == "UpdateDomainRecord")
            return updateDomainRecord(params);
        return FakeHttpClient::reply(404, refusal("InvalidAction.NotFound", "Specified api is not found"));
    }

    QString signatureProblem(const HttpRequest &request) const
    {
        if (request.method != "POST" || request.url.path() != "/" || !request.body.isEmpty())
            return QStringLiteral("not an RPC POST to / with an empty body");
        for (const char *name : {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
                                 "x-acs-content-sha256", "Authorization"}) {
            if (request.header(name).isEmpty())
                return QStringLiteral("no %1 header").arg(QLatin1String(name));
        }
        if (request.header("x-acs-version") != "2015-01-09" || request.header("x-acs-content-sha256") != kEmptySha256)
            return QStringLiteral("wrong version or payload hash");
        Acs3Request signing;
        signing.method = request.method;
        signing.query.clear();
        const auto items = QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : items)
            signing.query.append({name.toUtf8(), value.toUtf8()});
        signing.headers = request.headers;
        signing.payloadHash = kEmptySha256;
        if (acs3Authorization(signing, kKeyId, secret) != request.header("Authorization"))
            return QStringLiteral("Specified signature is not matched with our calculation.");
        return {};
    }

    QJsonObject page(const QJsonArray &all, const Params &params, const QString &listKey, const QString &itemKey) const
    {
        const int number = params.value("PageNumber", "1").toInt();
        const int size = pageSize > 0 ? pageSize : params.value("PageSize", "20").toInt();
        QJsonArray items;
        for (int i = (number - 1) * size; i < qMin(int(all.size()), number * size); ++i)
            items.append(all.at(i));
        return {{"RequestId", "1"}, {"TotalCount", int(all.size())}, {"PageNumber", number}, {"PageSize", size},
                {listKey, QJsonObject{{itemKey, items}}}};
    }

    HttpReply describeDomains(const Params &params) const
    {
        QJsonArray all;
        for (const auto &domain : domains)
            all.append(QJsonObject{{"DomainName", domain.name}, {"PunyCode", domain.punyCode},
                                   {"DomainId", "id-" + domain.name}, {"VersionCode", "mianfei"}});
        return FakeHttpClient::reply(200, json(page(all, params, "Domains", "Domain")));
    }

    FakeDomain *domainNamed(const QString &name)
    {
        for (auto &domain : domains) {
            if (domain.name == name)
                return &domain;
        }
        return nullptr;
    }

    static QJsonObject view(const FakeDomain &domain, const FakeRecord &record)
    {
        return {{"DomainName", domain.name}, {"RecordId", record.id}, {"RR", record.rr}, {"Type", record.type},
                {"Value", record.value}, {"Line", record.line}, {"TTL", record.ttl}, {"Status", "ENABLE"},
                {"Locked", false}, {"Weight", 1}};
    }

    HttpReply describeSubDomainRecords(const Params &params)
    {
        const FakeDomain *domain = domainNamed(params.value("DomainName"));
        if (!domain)
            return FakeHttpClient::reply(400, refusal("InvalidDomainName.NoExist", "The specified domain name does not exist."));
        const QString sub = params.value("SubDomain");
        const QString rr = sub == "@." + domain->name || sub == domain->name
            ? QStringLiteral("@")
            : sub.left(sub.size() - domain->name.size() - 1);
        QJsonArray all;
        for (const auto &record : domain->records) {
            if (!ignoreNameFilter && record.rr != rr)
                continue;
            if (params.contains("Type") && record.type != params.value("Type"))
                continue;
            if (!ignoreLineFilter && params.contains("Line") && record.line != params.value("Line"))
                continue;
            all.append(view(*domain, record));
        }
        return FakeHttpClient::reply(200, json(page(all, params, "DomainRecords", "Record")));
    }

    HttpReply addDomainRecord(const Params &params)
    {
        FakeDomain *domain = domainNamed(params.value("DomainName"));
        if (!domain)
            return FakeHttpClient::reply(400, refusal("InvalidDomainName.NoExist", "The specified domain name does not exist."));
        FakeRecord record{QString::number(++nextId), params.value("RR"), params.value("Type"), params.value("Value"),
                          params.value("Line", "default"), params.value("TTL", "600").toInt()};
        if (duplicateOf(*domain, record, QString()))
            return duplicate();
        domain->records.append(record);
        return FakeHttpClient::reply(200, json({{"RequestId", "2"}, {"RecordId", record.id}}));
    }

    HttpReply updateDomainRecord(const Params &params)
    {
        for (auto &domain : domains) {
            for (auto &record : domain.records) {
                if (record.id != params.value("RecordId"))
                    continue;
                const FakeRecord wanted{record.id, params.value("RR"), params.value("Type"), params.value("Value"),
                                        params.value("Line", "default"), params.value("TTL", "600").toInt()};
                // As the service: a write that changes nothing, or gives the
                // value to a second record of the name, type and line, is refused.
                const bool unchanged = wanted.rr == record.rr && wanted.type == record.type && wanted.value == record.value
                    && wanted.line == record.line && wanted.ttl == record.ttl;
                if (unchanged || duplicateOf(domain, wanted, record.id))
                    return duplicate();
                record.rr = params.value("RR");
                record.type = params.value("Type");
                record.value = params.value("Value");
                record.line = params.value("Line", "default");
                record.ttl = params.value("TTL", "600").toInt();
                return FakeHttpClient::reply(200, json({{"RequestId", "3"}, {"RecordId", record.id}}));
            }
        }
        return FakeHttpClient::reply(400, refusal("DomainRecordNotBelongToUser", "The DNS record does not belong to you."));
    }

    static bool duplicateOf(const FakeDomain &domain, const FakeRecord &wanted, const QString &except)
    {
        return std::any_of(domain.records.begin(), domain.records.end(), [&](const FakeRecord &other) {
            return other.id != except && other.rr.compare(wanted.rr, Qt::CaseInsensitive) == 0
                && other.type == wanted.type && other.value == wanted.value && other.line == wanted.line;
        });
    }

    static HttpReply duplicate()
    {
        return FakeHttpClient::reply(400, refusal("DomainRecordDuplicate", "The DNS record already exists."));
    }

    const FakeRecord *record(const QString &id) const
    {
        for (const auto &domain : domains) {
            for (const auto &record : domain.records) {
                if (record.id == id)
                    return &record;
            }
        }
        return nullptr;
    }

    QByteArrayList actions() const
    {
        QByteArrayList list;
        for (const auto &request : requests)
            list.append(request.header("x-acs-action"));
        return list;
    }
};

FakeDomain exampleCom(QList<FakeRecord> records = {})
{
    return {QStringLiteral("example.com"), QString(), std::move(records)};
}

RecordTarget target(const QString &name = QStringLiteral("nas.example.com"), int ttl = 0, QJsonObject settings = {},
                    const QString &type = QStringLiteral("A"), const QString &address = QStringLiteral("81.2.69.160"))
{
    return RecordTarget{RecordSpec{name, type, ttl, std::move(settings)}, QHostAddress(address)};
}

test::JobRun run(FakeAlidns &alidns, const RecordTarget &target, const QString &secret = kSecret)
{
    const AlidnsProvider provider(kBase, kKeyId);
    auto job = provider.createUpdateJob(target, {{"access_key_secret", secret}});
    return test::driveJob(*job, std::ref(alidns));
}

AlidnsProvider::SigningSources fixedSigning()
{
    return {[] { return QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC); },
            [] { return QByteArray("3156853299f313e23d1673dc12e1703d"); }};
}

} // namespace

class TestAlidns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ----------------------------------------------------------------- signing
    // A-D-3 (providers.md §1.8), recomputed with the official SDK
    // (@alicloud/openapi-util 0.3.3 getAuthorization): the provider's whole
    // request, not only the signer, gives that Authorization.
    void signedRequestMatchesTheSdk_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<ByteArrayPairs>("params");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("A-D-3 UpdateDomainRecord") << QByteArray("UpdateDomainRecord")
            << ByteArrayPairs{{"Value", "192.0.2.1"}, {"Type", "A"}, {"TTL", "600"},
                                                    {"RecordId", "9999985"}, {"RR", "www"}}
            << QByteArray("RR=www&RecordId=9999985&TTL=600&Type=A&Value=192.0.2.1")
            << QByteArray("8522e8d30e1bcae0c9815c90d713d56acf2b885dc47f14802894b23cfa270370");
        // DERIVED with the SDK: an IPv6 value (":" is %3A), the apex and a line.
        QTest::newRow("AAAA at the apex on telecom") << QByteArray("UpdateDomainRecord")
            << ByteArrayPairs{{"RecordId", "9999985"}, {"RR", "@"}, {"Type", "AAAA"},
                                                    {"Value", "2001:db8::1"}, {"Line", "telecom"}, {"TTL", "600"}}
            << QByteArray("Line=telecom&RR=%40&RecordId=9999985&TTL=600&Type=AAAA&Value=2001%3Adb8%3A%3A1")
            << QByteArray("218ce25f0f69bf72a341afe4be290bb2680540760fd0f52c5dc6390f3c4a52d8");
        // DERIVED with the SDK: a UTF-8 domain name, encoded byte by byte.
        QTest::newRow("internationalised domain") << QByteArray("DescribeSubDomainRecords")
            << ByteArrayPairs{{"DomainName", "中文.com"}, {"SubDomain", "@.中文.com"},
                                                    {"Type", "A"}, {"Line", "default"}, {"PageNumber", "1"},
                                                    {"PageSize", "100"}}
            << QByteArray("DomainName=%E4%B8%AD%E6%96%87.com&Line=default&PageNumber=1&PageSize=100&"
                          "SubDomain=%40.%E4%B8%AD%E6%96%87.com&Type=A")
            << QByteArray("911d5a22be813214da72447eadc480accff280c467299082f0ef978465fe83f2");
    }

    void signedRequestMatchesTheSdk()
    {
        QFETCH(QByteArray, action);
        QFETCH(ByteArrayPairs, params);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, signature);
        const HttpRequest request = AlidnsProvider::signedRequest(
            QUrl("https://alidns.aliyuncs.com/"), action, params, "YourAccessKeyId", "YourAccessKeySecret",
            QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC), "3156853299f313e23d1673dc12e1703d");
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.path(), QStringLiteral("/"));
        QVERIFY(request.body.isEmpty());
        // The query goes out as it was signed.
        QCOMPARE(request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemovePath).mid(1), query);
        QCOMPARE(request.header("host"), QByteArray("alidns.aliyuncs.com"));
        QCOMPARE(request.header("x-acs-action"), action);
        QCOMPARE(request.header("x-acs-version"), QByteArray("2015-01-09"));
        QCOMPARE(request.header("x-acs-date"), QByteArray("2023-10-26T10:22:32Z"));
        QCOMPARE(request.header("x-acs-content-sha256"), kEmptySha256);
        QVERIFY(request.header("Content-Type").isEmpty());
        QCOMPARE(request.header("Authorization"),
                 "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                 "x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=" + signature);
        QVERIFY(request.carriesCredential);
    }

    void hostCarriesThePortOfAnEndpoint()
    {
        const HttpRequest request = AlidnsProvider::signedRequest(QUrl("https://127.0.0.1:8443"), "DescribeDomains", {},
                                                                  kKeyId, kSecret, QDateTime::currentDateTimeUtc(), "n");
        QCOMPARE(request.header("host"), QByteArray("127.0.0.1:8443"));
        QCOMPARE(request.url.path(), QStringLiteral("/"));
    }

    void eachRequestHasItsOwnNonceAndAUtcDate()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom()};
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QSet<QByteArray> nonces;
        static const QRegularExpression utc(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
        for (const auto &request : result.requests) {
            nonces.insert(request.header("x-acs-signature-nonce"));
            QVERIFY(utc.match(QString::fromLatin1(request.header("x-acs-date"))).hasMatch());
            const QDateTime sent = QDateTime::fromString(QString::fromLatin1(request.header("x-acs-date")), Qt::ISODate);
            QVERIFY(qAbs(sent.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            QVERIFY(request.carriesCredential);
            QVERIFY(!request.header("Authorization").contains(kSecret.toUtf8()));
            QVERIFY(!request.url.toString().contains(kSecret));
        }
        QCOMPARE(nonces.size(), result.requests.size());
    }

    // -------------------------------------------------------------- the flow
    void createsAMissingRecord_data()
    {
        QTest::addColumn<int>("ttl");
        QTest::addColumn<QString>("sentTtl");
        QTest::newRow("no ttl: the service's default") << 0 << QString();
        QTest::newRow("ttl 900") << 900 << "900";
    }

    void createsAMissingRecord()
    {
        QFETCH(int, ttl);
        QFETCH(QString, sentTtl);
        FakeAlidns alidns;
        alidns.domains = {{"example.org", {}, {}}, exampleCom()};
        const auto result = run(alidns, target("nas.example.com", ttl));
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(result.result.detail, QStringLiteral("record created"));
        QCOMPARE(alidns.actions(),
                 QByteArrayList({"DescribeDomains", "DescribeSubDomainRecords", "AddDomainRecord"}));
        const Params domains = paramsOf(result.requests[0]);
        QCOMPARE(domains.value("PageNumber"), QStringLiteral("1"));
        QCOMPARE(domains.value("PageSize"), QStringLiteral("100"));
        const Params list = paramsOf(result.requests[1]);
        QCOMPARE(list, (Params{{"DomainName", "example.com"}, {"SubDomain", "nas.example.com"}, {"Type", "A"},
                               {"Line", "default"}, {"PageNumber", "1"}, {"PageSize", "100"}}));
        Params added{{"DomainName", "example.com"}, {"RR", "nas"}, {"Type", "A"}, {"Value", "81.2.69.160"},
                     {"Line", "default"}};
        if (!sentTtl.isEmpty())
            added.insert("TTL", sentTtl);
        QCOMPARE(paramsOf(result.requests[2]), added);
    }

    void updatesInPlaceKeepingTheRecordsTtlAndLine_data()
    {
        QTest::addColumn<int>("configuredTtl");
        QTest::addColumn<QString>("sentTtl");
        QTest::newRow("the record's own ttl") << 0 << "1200";
        QTest::newRow("the configured ttl") << 900 << "900";
    }

    void updatesInPlaceKeepingTheRecordsTtlAndLine()
    {
        QFETCH(int, configuredTtl);
        QFETCH(QString, sentTtl);
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"9999985", "nas", "A", "81.2.69.1", "default", 1200}})};
        const auto result = run(alidns, target("nas.example.com", configuredTtl));
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(result.result.detail, QStringLiteral("record changed from 81.2.69.1"));
        QCOMPARE(alidns.writes.size(), 1);
        QCOMPARE(paramsOf(alidns.writes[0]),
                 (Params{{"RecordId", "9999985"}, {"RR", "nas"}, {"Type", "A"}, {"Value", "81.2.69.160"},
                         {"Line", "default"}, {"TTL", sentTtl}}));
        QCOMPARE(alidns.record("9999985")->ttl, sentTtl.toInt());
    }

    void noWriteWhenAlreadyRight()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"9999985", "nas", "A", "81.2.69.160"}})};
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::NoChange);
        QCOMPARE(result.requests.size(), 2);
        QVERIFY(alidns.writes.isEmpty());
    }

    void ttlDifferenceIsAChange()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"9999985", "nas", "A", "81.2.69.160", "default", 600}})};
        const auto result = run(alidns, target("nas.example.com", 1200));
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(paramsOf(alidns.writes.value(0)).value("TTL"), QStringLiteral("1200"));
    }

    void ipv6Record()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"7", "nas", "AAAA", "2001:db8::1"}, {"8", "nas", "A", "81.2.69.1"}})};
        const auto result = run(alidns, target("nas.example.com", 0, {}, "AAAA", "2001:db8::2"));
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(paramsOf(alidns.writes.value(0)).value("RecordId"), QStringLiteral("7"));
        QCOMPARE(alidns.record("7")->value, QStringLiteral("2001:db8::2"));
        QCOMPARE(alidns.record("8")->value, QStringLiteral("81.2.69.1"));
    }

    // The record of each line is a record of its own: Homing reads and writes
    // only the one of its line, even if the service ignored the Line filter.
    void otherLinesAreNeverTouched_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("ignoreLineFilter");
        QTest::addColumn<QString>("written"); // the record id written, or "new"
        for (const bool ignore : {false, true}) {
            const char *suffix = ignore ? ", Line filter ignored" : "";
            QTest::newRow(qPrintable(QStringLiteral("default%1").arg(suffix))) << "default" << ignore << "1";
            QTest::newRow(qPrintable(QStringLiteral("telecom%1").arg(suffix))) << "telecom" << ignore << "2";
            QTest::newRow(qPrintable(QStringLiteral("unicom: created%1").arg(suffix))) << "unicom" << ignore << "new";
        }
    }

    void otherLinesAreNeverTouched()
    {
        QFETCH(QString, line);
        QFETCH(bool, ignoreLineFilter);
        QFETCH(QString, written);
        FakeAlidns alidns;
        alidns.ignoreLineFilter = ignoreLineFilter;
        alidns.domains = {exampleCom({{"1", "nas", "A", "81.2.69.1", "default", 600},
                                      {"2", "nas", "A", "81.2.69.2", "telecom", 1200},
                                      {"3", "nas", "A", "81.2.69.3", "mobile", 600}})};
        const auto result = run(alidns, target("nas.example.com", 0, {{"line", line}}));
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(paramsOf(result.requests[1]).value("Line"), line);
        QCOMPARE(alidns.writes.size(), 1);
        const Params write = paramsOf(alidns.writes[0]);
        QCOMPARE(write.value("Line"), line);
        if (written == "new") {
            QCOMPARE(alidns.writes[0].header("x-acs-action"), QByteArray("AddDomainRecord"));
        } else {
            QCOMPARE(write.value("RecordId"), written);
        }
        const QStringList before{"81.2.69.1", "81.2.69.2", "81.2.69.3"};
        const QStringList lines{"default", "telecom", "mobile"};
        for (int i = 0; i < 3; ++i) {
            const FakeRecord *record = alidns.record(QString::number(i + 1));
            QCOMPARE(record->line, lines[i]);
            QCOMPARE(record->value, record->id == written ? QStringLiteral("81.2.69.160") : before[i]);
        }
    }

    void anotherLineHoldingTheAddressDoesNotCount()
    {
        FakeAlidns alidns;
        alidns.ignoreLineFilter = true;
        alidns.domains = {exampleCom({{"1", "nas", "A", "81.2.69.1", "default"}, {"2", "nas", "A", "81.2.69.160", "telecom"}})};
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(paramsOf(alidns.writes.value(0)).value("RecordId"), QStringLiteral("1"));
    }

    void severalRecordsOnTheLineAreNotGuessed()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"1", "nas", "A", "81.2.69.1"}, {"2", "nas", "A", "81.2.69.2"},
                                      {"3", "nas", "A", "81.2.69.3", "telecom"}})};
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::ConfigError);
        QVERIFY2(result.result.detail.contains("81.2.69.1, 81.2.69.2"), qPrintable(result.result.detail));
        QVERIFY2(!result.result.detail.contains("81.2.69.3"), qPrintable(result.result.detail));
        QVERIFY(alidns.writes.isEmpty());
    }

    void severalRecordsOneHoldingTheAddress()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"1", "nas", "A", "81.2.69.1"}, {"2", "nas", "A", "81.2.69.160"}})};
        QCOMPARE(run(alidns, target()).result.kind, ResultKind::NoChange);
        QVERIFY(alidns.writes.isEmpty());
    }

    void recordIdPicksTheOne_data()
    {
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<QString>("line");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("the second of two") << "2" << "default" << ResultKind::Ok;
        QTest::newRow("not there") << "99" << "default" << ResultKind::NoSuchHost;
        QTest::newRow("a record of another line") << "3" << "default" << ResultKind::NoSuchHost;
        QTest::newRow("on its line") << "3" << "telecom" << ResultKind::Ok;
    }

    void recordIdPicksTheOne()
    {
        QFETCH(QString, recordId);
        QFETCH(QString, line);
        QFETCH(ResultKind, kind);
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"1", "nas", "A", "81.2.69.1"}, {"2", "nas", "A", "81.2.69.2"},
                                      {"3", "nas", "A", "81.2.69.3", "telecom"}})};
        const auto result = run(alidns, target("nas.example.com", 0, {{"record_id", recordId}, {"line", line}}));
        QCOMPARE(result.result.kind, kind);
        if (kind != ResultKind::Ok) {
            QVERIFY(alidns.writes.isEmpty());
            QVERIFY2(result.result.detail.contains(recordId), qPrintable(result.result.detail));
            return;
        }
        QCOMPARE(alidns.writes.size(), 1);
        QCOMPARE(paramsOf(alidns.writes[0]).value("RecordId"), recordId);
        QCOMPARE(paramsOf(alidns.writes[0]).value("Line"), line);
    }

    void apex()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"1", "www", "A", "81.2.69.1"}})};
        const auto result = run(alidns, target("example.com"));
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(paramsOf(result.requests[1]).value("SubDomain"), QStringLiteral("@.example.com"));
        const Params added = paramsOf(alidns.writes.value(0));
        QCOMPARE(added.value("RR"), QStringLiteral("@"));
        QCOMPARE(added.value("DomainName"), QStringLiteral("example.com"));
        QCOMPARE(alidns.record("1")->value, QStringLiteral("81.2.69.1"));
    }

    // The longest domain of the account that holds the name, never a guess
    // from the labels.
    void multiLabelZones_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("rr");
        QTest::newRow("under a .com.cn domain") << "nas.x.example.com.cn" << "example.com.cn" << "nas.x";
        QTest::newRow("in a delegated sub-domain") << "nas.b.example.com.cn" << "b.example.com.cn" << "nas";
        QTest::newRow("the sub-domain's apex") << "b.example.com.cn" << "b.example.com.cn" << "@";
        QTest::newRow("upper case") << "NAS.B.Example.com.cn" << "b.example.com.cn" << "nas";
    }

    void multiLabelZones()
    {
        QFETCH(QString, name);
        QFETCH(QString, zone);
        QFETCH(QString, rr);
        FakeAlidns alidns;
        alidns.domains = {{"b.example.com.cn", {}, {}}, {"example.com.cn", {}, {}}, {"example.com", {}, {}}};
        const auto result = run(alidns, target(name));
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(paramsOf(result.requests[1]).value("DomainName"), zone);
        const Params added = paramsOf(alidns.writes.value(0));
        QCOMPARE(added.value("DomainName"), zone);
        QCOMPARE(added.value("RR"), rr);
    }

    void internationalisedDomain()
    {
        FakeAlidns alidns;
        alidns.domains = {{QStringLiteral("中文.com"), "xn--fiq228c.com", {}}};
        const auto result = run(alidns, target("nas.xn--fiq228c.com"));
        QCOMPARE(result.result.kind, ResultKind::Ok);
        const Params list = paramsOf(result.requests[1]);
        QCOMPARE(list.value("DomainName"), QStringLiteral("中文.com"));
        QCOMPARE(list.value("SubDomain"), QStringLiteral("nas.中文.com"));
        QCOMPARE(paramsOf(alidns.writes.value(0)).value("RR"), QStringLiteral("nas"));
    }

    void unknownDomain()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom(), {"example.com.cn", {}, {}}};
        const auto result = run(alidns, target("nas.example.net"));
        QCOMPARE(result.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(result.result.detail.contains("example.com, example.com.cn"), qPrintable(result.result.detail));
        QCOMPARE(result.requests.size(), 1);
    }

    void domainPaging_data()
    {
        QTest::addColumn<int>("before"); // domains listed before the one that holds the name
        QTest::addColumn<int>("pages");
        QTest::newRow("page 1 of 1") << 5 << 1;
        QTest::newRow("page 3 of 3") << 250 << 3;
        QTest::newRow("page 5 of 5") << 499 << 5;
    }

    void domainPaging()
    {
        QFETCH(int, before);
        QFETCH(int, pages);
        FakeAlidns alidns;
        for (int i = 0; i < before; ++i)
            alidns.domains.append({QStringLiteral("d%1.example.org").arg(i), {}, {}});
        alidns.domains.append(exampleCom());
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::Ok);
        for (int page = 1; page <= pages; ++page) {
            QCOMPARE(result.requests[page - 1].header("x-acs-action"), QByteArray("DescribeDomains"));
            QCOMPARE(paramsOf(result.requests[page - 1]).value("PageNumber"), QString::number(page));
        }
        QCOMPARE(result.requests[pages].header("x-acs-action"), QByteArray("DescribeSubDomainRecords"));
    }

    // An unread page of domains may hold a longer (delegated) zone: stop.
    void tooManyDomains()
    {
        FakeAlidns alidns;
        alidns.domains.append(exampleCom());
        for (int i = 0; i < 500; ++i)
            alidns.domains.append({QStringLiteral("d%1.example.org").arg(i), {}, {}});
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::ConfigError);
        QVERIFY2(result.result.detail.contains("501 domains"), qPrintable(result.result.detail));
        QCOMPARE(result.requests.size(), 5);
        QVERIFY(alidns.writes.isEmpty());
    }

    void recordPaging_data()
    {
        QTest::addColumn<int>("before"); // records of other names listed before this one
        QTest::addColumn<int>("listRequests");
        QTest::addColumn<QByteArray>("write");
        QTest::newRow("page 3 of 3") << 4 << 3 << QByteArray("UpdateDomainRecord");
        QTest::newRow("page 5 of 5") << 8 << 5 << QByteArray("UpdateDomainRecord");
    }

    void recordPaging()
    {
        QFETCH(int, before);
        QFETCH(int, listRequests);
        QFETCH(QByteArray, write);
        FakeAlidns alidns;
        alidns.pageSize = 2;
        alidns.ignoreNameFilter = true;
        FakeDomain domain = exampleCom();
        for (int i = 0; i < before; ++i)
            domain.records.append({QString::number(100 + i), QStringLiteral("host%1").arg(i), "A", "81.2.69.9"});
        domain.records.append({"9", "nas", "A", "81.2.69.1", "default", 1200});
        alidns.domains = {domain};
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(result.requests.size(), 1 + listRequests + 1);
        for (int page = 1; page <= listRequests; ++page)
            QCOMPARE(paramsOf(result.requests[page]).value("PageNumber"), QString::number(page));
        QCOMPARE(alidns.writes.value(0).header("x-acs-action"), write);
        QCOMPARE(paramsOf(alidns.writes.value(0)).value("RecordId"), QStringLiteral("9"));
        for (int i = 0; i < before; ++i)
            QCOMPARE(alidns.record(QString::number(100 + i))->value, QStringLiteral("81.2.69.9"));
    }

    void missingRecordIsAddedOnlyAfterEveryPage()
    {
        FakeAlidns alidns;
        alidns.pageSize = 2;
        alidns.ignoreNameFilter = true;
        FakeDomain domain = exampleCom();
        for (int i = 0; i < 5; ++i)
            domain.records.append({QString::number(100 + i), QStringLiteral("host%1").arg(i), "A", "81.2.69.9"});
        alidns.domains = {domain};
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(alidns.actions(), QByteArrayList({"DescribeDomains", "DescribeSubDomainRecords", "DescribeSubDomainRecords",
                                                   "DescribeSubDomainRecords", "AddDomainRecord"}));
    }

    void tooManyRecordPages()
    {
        FakeAlidns alidns;
        alidns.pageSize = 1;
        alidns.ignoreNameFilter = true;
        FakeDomain domain = exampleCom();
        for (int i = 0; i < 6; ++i)
            domain.records.append({QString::number(100 + i), QStringLiteral("host%1").arg(i), "A", "81.2.69.9"});
        domain.records.append({"9", "nas", "A", "81.2.69.1"});
        alidns.domains = {domain};
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::BadResponse);
        QVERIFY(alidns.writes.isEmpty());
        QCOMPARE(result.requests.size(), 1 + 5);
        QVERIFY(result.requests.size() < 12);
    }

    // ------------------------------------------------------------------ errors
    void errors_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ByteArrayPairs>("headers");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::addColumn<int>("retryAfter"); // -1: none
        using Headers = ByteArrayPairs;
        QTest::newRow("unknown key 404") << "DescribeDomains" << 404
            << refusal("InvalidAccessKeyId.NotFound", "Specified access key is not found.") << Headers()
            << ResultKind::AuthFailed << "check the AccessKey ID" << -1;
        QTest::newRow("unknown key, plain code") << "DescribeDomains" << 404
            << refusal("InvalidAccessKeyId", "Specified access key is not found or invalid.") << Headers()
            << ResultKind::AuthFailed << "InvalidAccessKeyId" << -1;
        QTest::newRow("wrong secret") << "DescribeDomains" << 400
            << refusal("SignatureDoesNotMatch", "Specified signature is not matched with our calculation.") << Headers()
            << ResultKind::AuthFailed << "check the AccessKey secret" << -1;
        QTest::newRow("incomplete signature") << "DescribeDomains" << 400
            << refusal("IncompleteSignature", "The request signature does not conform to Aliyun standards.") << Headers()
            << ResultKind::AuthFailed << "IncompleteSignature" << -1;
        QTest::newRow("RAM user may not list domains") << "DescribeDomains" << 400
            << refusal("Forbidden.RAM", "User not authorized to operate on the specified resource, or this API doesn't support RAM.")
            << Headers() << ResultKind::AuthFailed << "may not call DescribeDomains" << -1;
        QTest::newRow("RAM user may not add") << "AddDomainRecord" << 403
            << refusal("Forbidden.RAM", "User not authorized to operate on the specified resource.") << Headers()
            << ResultKind::AuthFailed << "AliyunDNSFullAccess" << -1;
        QTest::newRow("no permission") << "DescribeSubDomainRecords" << 403
            << refusal("NoPermission", "You are not authorized.") << Headers()
            << ResultKind::AuthFailed << "alidns:DescribeSubDomainRecords" << -1;
        QTest::newRow("clock off") << "DescribeDomains" << 400
            << refusal("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.") << Headers()
            << ResultKind::ClockSkew << "15 minutes" << -1;
        QTest::newRow("throttled, TimeLeft in ms") << "UpdateDomainRecord" << 400
            << refusal("Throttling.User", "Request was denied due to user flow control.")
            << Headers{{"X-RateLimit-User-API", "Limit:60,Remain:0,TimeLeft:30000,Reset:1700000000000"},
                       {"X-RateLimit-User", "Limit:100,Remain:0,TimeLeft:1500,Reset:1700000000000"}}
            << ResultKind::RateLimited << "Throttling.User" << 30;
        QTest::newRow("throttled, part of a second") << "UpdateDomainRecord" << 400
            << refusal("Throttling.Api", "Request was denied due to api flow control.")
            << Headers{{"x-ratelimit-user", "TimeLeft:200"}} << ResultKind::RateLimited << "Throttling.Api" << 1;
        QTest::newRow("throttled, Retry-After") << "DescribeDomains" << 400
            << refusal("Throttling", "Request was denied due to request throttling.")
            << Headers{{"Retry-After", "12"}} << ResultKind::RateLimited << "Throttling" << 12;
        QTest::newRow("throttled, no time") << "DescribeDomains" << 503
            << refusal("Throttling", "Request was denied due to request throttling.") << Headers()
            << ResultKind::RateLimited << "Throttling" << -1;
        QTest::newRow("domain gone") << "DescribeSubDomainRecords" << 400
            << refusal("InvalidDomainName.NoExist", "The specified domain name does not exist. Refresh the page and try again.")
            << Headers() << ResultKind::NoSuchHost << "add it there" << -1;
        QTest::newRow("domain of another user") << "AddDomainRecord" << 400
            << refusal("IncorrectDomainUser", "The domain name belongs to other users.") << Headers()
            << ResultKind::NoSuchHost << "IncorrectDomainUser" << -1;
        QTest::newRow("record gone") << "UpdateDomainRecord" << 400
            << refusal("DomainRecordNotBelongToUser", "The DNS record does not belong to you.") << Headers()
            << ResultKind::NoSuchHost << "record_id" << -1;
        QTest::newRow("TTL below the edition's minimum") << "UpdateDomainRecord" << 400
            << refusal("QuotaExceeded.TTL", "The specified TTL is invalid. A valid TTL must be in the range of 600 to 86400.")
            << Headers() << ResultKind::ConfigError << "600 seconds is the shortest TTL of the free" << -1;
        QTest::newRow("another code naming TTL has no TTL advice") << "AddDomainRecord" << 400
            << refusal("InvalidParameter.TTLish", "odd") << Headers() << ResultKind::ConfigError
            << "InvalidParameter.TTLish: odd" << -1;
        QTest::newRow("conflict with a CNAME") << "AddDomainRecord" << 400
            << refusal("DomainRecordConflict", "The DNS record is conflicted with other records.") << Headers()
            << ResultKind::ConfigError << "CNAME" << -1;
        QTest::newRow("locked") << "UpdateDomainRecord" << 400
            << refusal("DomainRecordLocked", "The DNS record is locked.") << Headers()
            << ResultKind::ConfigError << "unlock" << -1;
        QTest::newRow("record quota") << "AddDomainRecord" << 400
            << refusal("QuotaExceeded.Record", "The record quota is exceeded.") << Headers()
            << ResultKind::ConfigError << "QuotaExceeded.Record" << -1;
        QTest::newRow("internal error") << "DescribeDomains" << 500
            << refusal("InternalError", "The request processing has failed due to some unknown error.") << Headers()
            << ResultKind::ServerError << "InternalError" << -1;
        QTest::newRow("service unavailable") << "UpdateDomainRecord" << 503
            << refusal("ServiceUnavailable", "The request has failed due to a temporary failure of the server.")
            << Headers() << ResultKind::ServerError << "ServiceUnavailable" << -1;
        QTest::newRow("last operation not finished") << "UpdateDomainRecord" << 400
            << refusal("LastOperationNotFinished", "The last operation is not finished.") << Headers()
            << ResultKind::ServerError << "LastOperationNotFinished" << -1;
        QTest::newRow("nonce reused") << "DescribeDomains" << 400
            << refusal("SignatureNonceUsed", "Specified signature nonce was used already.") << Headers()
            << ResultKind::ServerError << "SignatureNonceUsed" << -1;
        QTest::newRow("unknown code 400") << "AddDomainRecord" << 400
            << refusal("InvalidRR.Format", "The RR is invalid.") << Headers()
            << ResultKind::ConfigError << "InvalidRR.Format" << -1;
        QTest::newRow("gateway 502 html") << "DescribeDomains" << 502 << QByteArray("<html>Bad gateway</html>") << Headers()
            << ResultKind::ServerError << "Bad gateway" << -1;
        QTest::newRow("200 not JSON") << "DescribeDomains" << 200 << QByteArray("hello") << Headers()
            << ResultKind::BadResponse << "hello" << -1;
        QTest::newRow("200 with a Code") << "DescribeDomains" << 200 << refusal("Odd", "odd") << Headers()
            << ResultKind::BadResponse << "Odd" << -1;
        QTest::newRow("404 HTML") << "DescribeDomains" << 404 << QByteArray("<html>not found</html>") << Headers()
            << ResultKind::BadResponse << "not found" << -1;
    }

    void errors()
    {
        QFETCH(QString, action);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ByteArrayPairs, headers);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        QFETCH(int, retryAfter);
        FakeAlidns alidns;
        // A record to update, or none so that one is added.
        alidns.domains = {exampleCom()};
        if (action != "AddDomainRecord")
            alidns.domains[0].records.append({"1", "nas", "A", "81.2.69.1"});
        alidns.failures.insert(action, FakeHttpClient::reply(status, body, headers));
        const auto result = run(alidns, target());
        QCOMPARE(result.requests.last().header("x-acs-action"), action.toLatin1());
        QCOMPARE(result.result.kind, kind);
        QVERIFY2(result.result.detail.contains(detailHas), qPrintable(result.result.detail));
        QVERIFY2(result.result.detail.startsWith(action), qPrintable(result.result.detail));
        QCOMPARE(result.result.retryAfterSeconds.value_or(-1), retryAfter);
        // What reaches the user is cut at 300 characters: the advice must fit.
        QVERIFY2(result.result.detail.size() <= 300, qPrintable(result.result.detail));
    }

    void unknownRefusalKeepsTheServicesWords()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom()};
        alidns.failures.insert("AddDomainRecord", FakeHttpClient::reply(400, refusal("InvalidRR.Format", "The RR is invalid.")));
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::ConfigError);
        QCOMPARE(result.result.detail, QStringLiteral("AddDomainRecord: HTTP status 400, InvalidRR.Format: The RR is invalid. "
                                                      "(request 6BE56E05-0000-4000-8000-FD90C4FFD581)"));
    }

    void wrongSecretIsRefusedByTheSignature()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom()};
        const auto result = run(alidns, target(), "another-secret");
        QCOMPARE(result.result.kind, ResultKind::AuthFailed);
        QCOMPARE(result.requests.size(), 1);
        QVERIFY(!result.result.detail.contains("another-secret"));
    }

    // DomainRecordDuplicate: the records are read again, and only the managed
    // record holding the address is NoChange.
    void duplicateOfAnotherRecordIsAConflict()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"1", "nas", "A", "81.2.69.1"}, {"2", "nas", "A", "81.2.69.160"}})};
        const auto result = run(alidns, target("nas.example.com", 0, {{"record_id", "1"}}));
        QCOMPARE(result.result.kind, ResultKind::ConfigError);
        QVERIFY2(result.result.detail.contains("(id 2)") && result.result.detail.contains("record_id"),
                 qPrintable(result.result.detail));
        QCOMPARE(alidns.actions(), (QByteArrayList{"DescribeDomains", "DescribeSubDomainRecords", "UpdateDomainRecord",
                                                   "DescribeSubDomainRecords"}));
        QCOMPARE(alidns.record("1")->value, QStringLiteral("81.2.69.1"));
    }

    void duplicateOfTheManagedRecordIsNoChange()
    {
        // Someone else created the record between Homing's list and its write.
        FakeAlidns alidns;
        alidns.domains = {exampleCom()};
        alidns.appearOnWrite = {{"7", "nas", "A", "81.2.69.160"}};
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::NoChange);
        QVERIFY2(result.result.detail.contains("81.2.69.160"), qPrintable(result.result.detail));
        QCOMPARE(alidns.writes.size(), 1);
        QCOMPARE(alidns.actions().last(), QByteArray("DescribeSubDomainRecords"));
    }

    void duplicateThatIsNotListedIsAConfigError()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom()};
        alidns.failures.insert("AddDomainRecord",
                               FakeHttpClient::reply(400, refusal("DomainRecordDuplicate", "The DNS record already exists.")));
        const auto result = run(alidns, target());
        QCOMPARE(result.result.kind, ResultKind::ConfigError);
        QVERIFY2(result.result.detail.contains("DomainRecordDuplicate"), qPrintable(result.result.detail));
    }

    void writeAnsweredWithoutRecordId()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom()};
        alidns.failures.insert("AddDomainRecord", FakeHttpClient::reply(200, json({{"RequestId", "1"}})));
        QCOMPARE(run(alidns, target()).result.kind, ResultKind::BadResponse);
    }

    void listWithoutRecords()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom()};
        alidns.failures.insert("DescribeSubDomainRecords", FakeHttpClient::reply(200, json({{"RequestId", "1"}, {"TotalCount", 0}})));
        QCOMPARE(run(alidns, target()).result.kind, ResultKind::BadResponse);
        QVERIFY(alidns.writes.isEmpty());
    }

    // ------------------------------------------------------------- the check
    void checkSaysWhatAnUpdateWouldDo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::addColumn<int>("requests");
        QTest::newRow("no record named") << "" << "default" << kSecret << ResultKind::Ok
                                         << "the AccessKey works; its account has the domain(s) example.com" << 1;
        QTest::newRow("absent") << "new.example.com" << "default" << kSecret << ResultKind::Ok << "creates it" << 2;
        QTest::newRow("present") << "nas.example.com" << "default" << kSecret << ResultKind::Ok << "holds 81.2.69.1" << 2;
        QTest::newRow("present on telecom") << "nas.example.com" << "telecom" << kSecret << ResultKind::Ok
                                            << "holds 81.2.69.2 now (ISP line telecom)" << 2;
        QTest::newRow("absent on unicom") << "nas.example.com" << "unicom" << kSecret << ResultKind::Ok
                                          << "creates it (ISP line unicom)" << 2;
        QTest::newRow("not in the account") << "nas.example.net" << "default" << kSecret << ResultKind::NoSuchHost
                                            << "no domain" << 1;
        QTest::newRow("wrong secret") << "nas.example.com" << "default" << "wrong" << ResultKind::AuthFailed
                                      << "SignatureDoesNotMatch" << 1;
        QTest::newRow("wrong secret, no record") << "" << "default" << "wrong" << ResultKind::AuthFailed
                                                 << "SignatureDoesNotMatch" << 1;
    }

    void checkSaysWhatAnUpdateWouldDo()
    {
        QFETCH(QString, name);
        QFETCH(QString, line);
        QFETCH(QString, secret);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        QFETCH(int, requests);
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"1", "nas", "A", "81.2.69.1"}, {"2", "nas", "A", "81.2.69.2", "telecom"}})};
        const AlidnsProvider provider(kBase, kKeyId);
        auto job = provider.createCheckJob(RecordSpec{name, "A", 0, {{"line", line}}}, {{"access_key_secret", secret}});
        QVERIFY(job);
        const auto result = test::driveJob(*job, std::ref(alidns));
        QCOMPARE(result.result.kind, kind);
        QVERIFY2(result.result.detail.contains(detailHas), qPrintable(result.result.detail));
        QCOMPARE(result.requests.size(), requests);
        for (const auto &request : result.requests) {
            const QByteArray action = request.header("x-acs-action");
            QVERIFY(action == "DescribeDomains" || action == "DescribeSubDomainRecords");
        }
        QVERIFY(alidns.writes.isEmpty());
    }

    void checkRefusesToGuess()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom({{"1", "nas", "A", "81.2.69.1"}, {"2", "nas", "A", "81.2.69.2"}})};
        const AlidnsProvider provider(kBase, kKeyId);
        auto job = provider.createCheckJob(RecordSpec{"nas.example.com", "A", 0, {}}, {{"access_key_secret", kSecret}});
        QCOMPARE(test::driveJob(*job, std::ref(alidns)).result.kind, ResultKind::ConfigError);
        QVERIFY(alidns.writes.isEmpty());
    }

    void checkWithoutANameReadsOnePage()
    {
        FakeAlidns alidns;
        for (int i = 0; i < 700; ++i)
            alidns.domains.append({QStringLiteral("d%1.example.org").arg(i), {}, {}});
        const AlidnsProvider provider(kBase, kKeyId);
        auto job = provider.createCheckJob(RecordSpec{"", "A", 0, {}}, {{"access_key_secret", kSecret}});
        const auto result = test::driveJob(*job, std::ref(alidns));
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(result.requests.size(), 1);
    }

    void checkOfAnEmptyAccount()
    {
        FakeAlidns alidns;
        const AlidnsProvider provider(kBase, kKeyId);
        auto job = provider.createCheckJob(RecordSpec{"", "A", 0, {}}, {{"access_key_secret", kSecret}});
        QCOMPARE(test::driveJob(*job, std::ref(alidns)).result.kind, ResultKind::NoSuchHost);
    }

    // --------------------------------------------------------- configuration
    void recordValidation_data()
    {
        QTest::addColumn<int>("ttl");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("errorPath");   // empty: no error
        QTest::addColumn<QString>("warningPath"); // empty: no warning
        QTest::newRow("default ttl") << 0 << QJsonObject() << "" << "";
        QTest::newRow("600") << 600 << QJsonObject() << "" << "";
        QTest::newRow("86400") << 86400 << QJsonObject() << "" << "";
        QTest::newRow("599: paid editions only") << 599 << QJsonObject() << "" << "ttl";
        QTest::newRow("1: Enterprise Ultimate only") << 1 << QJsonObject() << "" << "ttl";
        QTest::newRow("86401") << 86401 << QJsonObject() << "ttl" << "";
        QTest::newRow("negative") << -5 << QJsonObject() << "ttl" << "";
        QTest::newRow("line telecom") << 0 << QJsonObject{{"line", "telecom"}} << "" << "";
        QTest::newRow("line cn_telecom_beijing") << 0 << QJsonObject{{"line", "cn_telecom_beijing"}} << "" << "";
        QTest::newRow("line by its Chinese name") << 0 << QJsonObject{{"line", QStringLiteral("电信")}} << "settings.line" << "";
        QTest::newRow("record_id digits") << 0 << QJsonObject{{"record_id", "9999985"}} << "" << "";
        QTest::newRow("record_id not a number") << 0 << QJsonObject{{"record_id", "abc"}} << "settings.record_id" << "";
    }

    void recordValidation()
    {
        QFETCH(int, ttl);
        QFETCH(QJsonObject, settings);
        QFETCH(QString, errorPath);
        QFETCH(QString, warningPath);
        const AlidnsProvider provider(kBase, kKeyId);
        const auto issues = provider.validateRecord(RecordSpec{"nas.example.com", "A", ttl, settings});
        QString errors;
        QString warnings;
        for (const auto &issue : issues) {
            (issue.severity == ConfigIssue::Severity::Error ? errors : warnings) += issue.path;
            if (issue.path == "ttl")
                QVERIFY2(issue.message.contains(ttl > 86400 || ttl < 0 ? "86400" : "600"), qPrintable(issue.message));
        }
        QCOMPARE(errors, errorPath);
        QCOMPARE(warnings, warningPath);
    }

    void accountValidation_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<bool>("valid");
        QTest::newRow("key id") << QJsonObject{{"access_key_id", "LTAI5tExampleKeyId"}} << true;
        QTest::newRow("none: the loader reports the required field") << QJsonObject() << true;
        QTest::newRow("with a space") << QJsonObject{{"access_key_id", "LTAI5t Example"}} << false;
        QTest::newRow("key id:secret pasted") << QJsonObject{{"access_key_id", "LTAI5t:secret"}} << false;
    }

    void accountValidation()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(bool, valid);
        QList<ConfigIssue> issues;
        const auto provider = AlidnsProvider::create(ProviderAccount{"ali", {}, settings}, issues);
        QCOMPARE(bool(provider), valid);
        QCOMPARE(issues.isEmpty(), valid);
    }

    void endpointOverride()
    {
        QList<ConfigIssue> issues;
        const auto provider = AlidnsProvider::create(
            ProviderAccount{"ali", QUrl("https://127.0.0.1:9443"), {{"access_key_id", kKeyId}}}, issues);
        QVERIFY(provider);
        QVERIFY(issues.isEmpty());
        FakeAlidns alidns;
        auto job = provider->createCheckJob(RecordSpec{"", "A", 0, {}}, {{"access_key_secret", kSecret}});
        const auto result = test::driveJob(*job, std::ref(alidns));
        QCOMPARE(result.requests.value(0).url.toString(QUrl::RemoveQuery), QStringLiteral("https://127.0.0.1:9443/"));

        const auto official = AlidnsProvider::create(ProviderAccount{"ali", {}, {{"access_key_id", kKeyId}}}, issues);
        FakeAlidns other;
        auto officialJob = official->createCheckJob(RecordSpec{"", "A", 0, {}}, {{"access_key_secret", kSecret}});
        const auto officialRun = test::driveJob(*officialJob, std::ref(other));
        QCOMPARE(officialRun.requests.value(0).url.toString(QUrl::RemoveQuery), QStringLiteral("https://alidns.aliyuncs.com/"));
        QCOMPARE(officialRun.requests.value(0).header("host"), QByteArray("alidns.aliyuncs.com"));
    }

    void signingSourcesAreUsed()
    {
        FakeAlidns alidns;
        alidns.domains = {exampleCom()};
        AlidnsProvider provider(kBase, kKeyId);
        provider.setSigningSources(fixedSigning());
        auto job = provider.createCheckJob(RecordSpec{"", "A", 0, {}}, {{"access_key_secret", kSecret}});
        const auto result = test::driveJob(*job, std::ref(alidns));
        QCOMPARE(result.requests.value(0).header("x-acs-date"), QByteArray("2023-10-26T10:22:32Z"));
        QCOMPARE(result.requests.value(0).header("x-acs-signature-nonce"), QByteArray("3156853299f313e23d1673dc12e1703d"));
    }
};

QTEST_GUILESS_MAIN(TestAlidns)
#include "tst_alidns.moc"
