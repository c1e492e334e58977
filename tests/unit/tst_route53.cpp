#include "FakeHttpClient.h"
#include "JobDriver.h"
#include "Route53Provider.h"
#include "provider/ProviderRegistry.h"
#include "signing/SigV4Signer.h"

#include <QUrlQuery>
#include <QtTest>

#include <optional>

using namespace homing;
using namespace homing::providers;
using homing::test::FakeHttpClient;

Q_DECLARE_METATYPE(homing::ResultKind)

namespace homing {
void registerRoute53Provider(ProviderRegistry &registry);
}

namespace {

const QString kKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QString kNs = QStringLiteral("https://route53.amazonaws.com/doc/2013-04-01/");
const QUrl kBase(QStringLiteral("https://route53.test"));

QByteArray errorBody(const QString &code, const QString &message, const QString &type = QStringLiteral("Sender"))
{
    return QStringLiteral("<?xml version=\"1.0\"?>\n<ErrorResponse xmlns=\"%1\"><Error><Type>%2</Type><Code>%3</Code>"
                          "<Message>%4</Message></Error><RequestId>4a1b2c3d-0000-1111-2222-333344445555</RequestId>"
                          "</ErrorResponse>")
        .arg(kNs, type, code, message)
        .toUtf8();
}

// Route 53's order: names compared label by label from the right, then type, then set identifier.
QString orderKey(const QString &name)
{
    QStringList labels = name.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    std::reverse(labels.begin(), labels.end());
    return labels.join(QLatin1Char('\x02'));
}

struct Zone {
    QString id;
    QString name; // with the final dot
    bool isPrivate = false;
};

struct Set {
    QString name; // with the final dot
    QString type;
    QString setIdentifier;
    int ttl = 300;
    QStringList values;
    QString routing; // raw XML after SetIdentifier (Weight, Region…)
    QString alias;   // AliasTarget DNSName

    // A name's own sets come before the names under it.
    QString key() const { return orderKey(name) + QLatin1Char('\x01') + type + QLatin1Char('\x01') + setIdentifier; }

    QString xml() const
    {
        QString text = QStringLiteral("<ResourceRecordSet><Name>%1</Name><Type>%2</Type>").arg(name, type);
        if (!setIdentifier.isEmpty())
            text += QStringLiteral("<SetIdentifier>%1</SetIdentifier>").arg(setIdentifier);
        text += routing;
        if (!alias.isEmpty()) {
            text += QStringLiteral("<AliasTarget><HostedZoneId>Z2FDTNDATAQYW2</HostedZoneId><DNSName>%1</DNSName>"
                                   "<EvaluateTargetHealth>false</EvaluateTargetHealth></AliasTarget>")
                        .arg(alias);
        } else {
            text += QStringLiteral("<TTL>%1</TTL><ResourceRecords>").arg(ttl);
            for (const QString &value : values)
                text += QStringLiteral("<ResourceRecord><Value>%1</Value></ResourceRecord>").arg(value);
            text += QStringLiteral("</ResourceRecords>");
        }
        return text + QStringLiteral("</ResourceRecordSet>");
    }
};

// A small Route 53: hosted zones (public and private), record sets per zone,
// lists that start at a name and page with maxitems and Next*, CREATE and
// DELETE+CREATE batches (a DELETE must name the set exactly as it is), and
// every request's SigV4 signature recomputed from the headers it carries.
struct FakeRoute53 {
    QList<Zone> zones{{QStringLiteral("Z1PUBLIC"), QStringLiteral("example.com."), false}};
    QHash<QString, QList<Set>> sets; // by zone id
    QList<HttpRequest> writes;
    QList<QByteArray> bodies;
    int zonePageSize = 0; // > 0: at most this many zones a page
    int setPageSize = 0;
    QString secret = kSecret;
    std::optional<QList<Set>> changeBeforeWrite; // the zone's sets once a write arrives

    bool signatureIsRight(const HttpRequest &request) const
    {
        const QByteArray authorization = request.header("Authorization");
        const QByteArray signedPart = authorization.mid(authorization.indexOf("SignedHeaders=") + 14);
        const QList<QByteArray> names = signedPart.left(signedPart.indexOf(',')).split(';');
        SigV4Request signing;
        signing.method = request.method;
        signing.path = request.url.path().toUtf8();
        for (const auto &[name, value] : QUrlQuery(request.url).queryItems(QUrl::FullyDecoded))
            signing.query.append({name.toUtf8(), value.toUtf8()});
        for (const QByteArray &name : names)
            signing.headers.append({name, request.header(name)});
        signing.payload = request.body;
        signing.amzDate = request.header("X-Amz-Date");
        signing.region = "us-east-1";
        signing.service = "route53";
        return !signing.amzDate.isEmpty() && authorization == sigV4Authorization(signing, kKeyId, secret);
    }

    HttpReply operator()(const HttpRequest &request)
    {
        if (!request.header("Authorization").contains("Credential=" + kKeyId.toUtf8() + '/'))
            return FakeHttpClient::reply(403, errorBody("InvalidClientTokenId", "The security token included in the request is invalid."));
        if (!signatureIsRight(request))
            return FakeHttpClient::reply(403, errorBody("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided."));
        const QString path = request.url.path();
        const QUrlQuery query(request.url);
        if (path == QLatin1String("/2013-04-01/hostedzonesbyname") && request.method == "GET")
            return listZones(query);
        static const QRegularExpression rrset(QStringLiteral("^/2013-04-01/hostedzone/([A-Z0-9]+)/rrset/?$"));
        const auto match = rrset.match(path);
        if (!match.hasMatch())
            return FakeHttpClient::reply(404, errorBody("UnknownOperationException", "no such operation"));
        const QString zoneId = match.captured(1);
        bool known = false;
        for (const Zone &zone : zones)
            known = known || zone.id == zoneId;
        if (!known)
            return FakeHttpClient::reply(404, errorBody("NoSuchHostedZone", "No hosted zone found with ID: " + zoneId));
        if (request.method == "GET")
            return listSets(zoneId, query);
        writes.append(request);
        // Another client's change between Homing's list and its write.
        if (changeBeforeWrite) {
            sets[zoneId] = *changeBeforeWrite;
            changeBeforeWrite.reset();
        }
        return change(zoneId, request.body);
    }

    HttpReply listZones(const QUrlQuery &query) const
    {
        QList<Zone> sorted = zones;
        std::sort(sorted.begin(), sorted.end(), [](const Zone &a, const Zone &b) {
            return std::make_pair(orderKey(a.name), a.id) < std::make_pair(orderKey(b.name), b.id);
        });
        const auto start = std::make_pair(orderKey(query.queryItemValue("dnsname")), query.queryItemValue("hostedzoneid"));
        const int maxItems = qMin(zonePageSize > 0 ? zonePageSize : 100, query.queryItemValue("maxitems").toInt());
        QList<Zone> page;
        for (const Zone &zone : sorted) {
            if (query.hasQueryItem("dnsname") && std::make_pair(orderKey(zone.name), zone.id) < start)
                continue;
            page.append(zone);
        }
        const bool truncated = page.size() > maxItems;
        QString xml = QStringLiteral("<ListHostedZonesByNameResponse xmlns=\"%1\"><HostedZones>").arg(kNs);
        for (const Zone &zone : page.mid(0, maxItems))
            xml += QStringLiteral("<HostedZone><Id>/hostedzone/%1</Id><Name>%2</Name><CallerReference>ref</CallerReference>"
                                  "<Config><PrivateZone>%3</PrivateZone></Config><ResourceRecordSetCount>3</ResourceRecordSetCount>"
                                  "</HostedZone>")
                       .arg(zone.id, zone.name, zone.isPrivate ? "true" : "false");
        xml += QStringLiteral("</HostedZones><IsTruncated>%1</IsTruncated>").arg(truncated ? "true" : "false");
        if (truncated)
            xml += QStringLiteral("<NextDNSName>%1</NextDNSName><NextHostedZoneId>%2</NextHostedZoneId>")
                       .arg(page.at(maxItems).name, page.at(maxItems).id);
        xml += QStringLiteral("<MaxItems>%1</MaxItems></ListHostedZonesByNameResponse>").arg(maxItems);
        return FakeHttpClient::reply(200, xml.toUtf8());
    }

    HttpReply listSets(const QString &zoneId, const QUrlQuery &query) const
    {
        if (query.hasQueryItem("type") && !query.hasQueryItem("name"))
            return FakeHttpClient::reply(400, errorBody("InvalidInput", "The input is not valid: type requires name"));
        QList<Set> sorted = sets.value(zoneId);
        std::sort(sorted.begin(), sorted.end(), [](const Set &a, const Set &b) { return a.key() < b.key(); });
        const QString start = orderKey(query.queryItemValue("name")) + QLatin1Char('\x01') + query.queryItemValue("type")
            + QLatin1Char('\x01') + query.queryItemValue("identifier");
        const int maxItems = qMin(setPageSize > 0 ? setPageSize : 300, query.queryItemValue("maxitems").toInt());
        QList<Set> page;
        for (const Set &set : sorted) {
            if (!query.hasQueryItem("name") || set.key() >= start)
                page.append(set);
        }
        const bool truncated = page.size() > maxItems;
        QString xml = QStringLiteral("<ListResourceRecordSetsResponse xmlns=\"%1\"><ResourceRecordSets>").arg(kNs);
        for (const Set &set : page.mid(0, maxItems))
            xml += set.xml();
        xml += QStringLiteral("</ResourceRecordSets><IsTruncated>%1</IsTruncated>").arg(truncated ? "true" : "false");
        if (truncated) {
            const Set &next = page.at(maxItems);
            xml += QStringLiteral("<NextRecordName>%1</NextRecordName><NextRecordType>%2</NextRecordType>").arg(next.name, next.type);
            if (!next.setIdentifier.isEmpty())
                xml += QStringLiteral("<NextRecordIdentifier>%1</NextRecordIdentifier>").arg(next.setIdentifier);
        }
        xml += QStringLiteral("<MaxItems>%1</MaxItems></ListResourceRecordSetsResponse>").arg(maxItems);
        return FakeHttpClient::reply(200, xml.toUtf8());
    }

    static Set setOf(const XmlElement &rrset)
    {
        Set written;
        written.name = rrset.childText("Name");
        if (!written.name.endsWith('.'))
            written.name += '.';
        written.type = rrset.childText("Type");
        written.setIdentifier = rrset.childText("SetIdentifier");
        written.ttl = rrset.childText("TTL").toInt();
        for (const XmlElement &child : rrset.children) {
            if (child.name == QLatin1String("Weight") || child.name == QLatin1String("Region")
                || child.name == QLatin1String("HealthCheckId"))
                written.routing += QStringLiteral("<%1>%2</%1>").arg(child.name, child.text);
        }
        if (const XmlElement *records = rrset.child("ResourceRecords")) {
            for (const XmlElement *record : records->childrenNamed("ResourceRecord"))
                written.values.append(record->childText("Value"));
        }
        return written;
    }

    static bool sameSet(const Set &a, const Set &b)
    {
        QStringList left = a.values;
        QStringList right = b.values;
        left.sort();
        right.sort();
        return a.key() == b.key() && a.ttl == b.ttl && a.routing == b.routing && left == right;
    }

    // CREATE, or DELETE (exactly the set as it is) + CREATE, applied whole or
    // refused whole, with Route 53's messages.
    HttpReply change(const QString &zoneId, const QByteArray &body)
    {
        bodies.append(body);
        QXmlStreamReader reader(body);
        if (!reader.readNextStartElement() || reader.name() != QLatin1String("ChangeResourceRecordSetsRequest")
            || reader.namespaceUri() != kNs)
            return FakeHttpClient::reply(400, errorBody("InvalidInput", "Invalid XML"));
        const auto root = XmlElement::parse(body);
        const XmlElement *changes = root->child("ChangeBatch") ? root->child("ChangeBatch")->child("Changes") : nullptr;
        const QList<const XmlElement *> list = changes ? changes->childrenNamed("Change") : QList<const XmlElement *>();
        QStringList actions;
        for (const XmlElement *change : list)
            actions.append(change->childText("Action"));
        const QString batch = actions.join('+');
        if (batch != QLatin1String("CREATE") && batch != QLatin1String("DELETE+CREATE"))
            return FakeHttpClient::reply(400, errorBody("InvalidInput", "Invalid XML; expected CREATE or DELETE+CREATE, not " + batch));
        QList<Set> staged = sets.value(zoneId);
        qsizetype deletedAt = -1;
        for (const XmlElement *change : list) {
            const XmlElement *rrset = change->child("ResourceRecordSet");
            if (!rrset)
                return FakeHttpClient::reply(400, errorBody("InvalidInput", "Invalid XML; a Change has no ResourceRecordSet"));
            if (rrset->childText("TTL").isEmpty())
                return FakeHttpClient::reply(400, errorBody("InvalidChangeBatch", "[TTL must be specified]"));
            const Set written = setOf(*rrset);
            qsizetype at = -1;
            for (qsizetype i = 0; i < staged.size(); ++i) {
                if (staged[i].key() == written.key())
                    at = i;
            }
            const QString described = QStringLiteral("[name='%1', type='%2']").arg(written.name, written.type);
            if (change->childText("Action") == QLatin1String("DELETE")) {
                if (at < 0)
                    return FakeHttpClient::reply(400, errorBody("InvalidChangeBatch",
                                                                "[Tried to delete resource record set " + described
                                                                    + " but it was not found]"));
                if (!sameSet(staged[at], written))
                    return FakeHttpClient::reply(400, errorBody("InvalidChangeBatch",
                                                                "[Tried to delete resource record set " + described
                                                                    + " but the values provided do not match the current values]"));
                staged.removeAt(at);
                deletedAt = at;
            } else {
                if (at >= 0)
                    return FakeHttpClient::reply(400, errorBody("InvalidChangeBatch",
                                                                "[Tried to create resource record set " + described
                                                                    + " but it already exists]"));
                staged.insert(deletedAt >= 0 ? deletedAt : staged.size(), written);
            }
        }
        sets[zoneId] = staged;
        return FakeHttpClient::reply(200, QStringLiteral("<?xml version=\"1.0\"?>\n<ChangeResourceRecordSetsResponse "
                                                         "xmlns=\"%1\"><ChangeInfo><Id>/change/C2682N5HXP0BZ4</Id>"
                                                         "<Status>PENDING</Status><SubmittedAt>2017-03-10T01:36:41.958Z"
                                                         "</SubmittedAt></ChangeInfo></ChangeResourceRecordSetsResponse>")
                                              .arg(kNs)
                                              .toUtf8());
    }

    QList<Set> find(const QString &zoneId, const QString &name, const QString &type) const
    {
        QList<Set> found;
        for (const Set &set : sets.value(zoneId)) {
            if (set.name == name && set.type == type)
                found.append(set);
        }
        return found;
    }
};

Set simple(const QString &name, const QStringList &values, int ttl = 300, const QString &type = QStringLiteral("A"))
{
    return Set{name, type, QString(), ttl, values, QString(), QString()};
}

Set weighted(const QString &name, const QString &identifier, const QString &value, int weight)
{
    return Set{name, QStringLiteral("A"), identifier, 60, {value}, QStringLiteral("<Weight>%1</Weight>").arg(weight), QString()};
}

RecordTarget target(const QString &name = QStringLiteral("nas.example.com"), int ttl = 0, const QJsonObject &settings = {})
{
    return RecordTarget{RecordSpec{name, QStringLiteral("A"), ttl, settings}, QHostAddress(QStringLiteral("81.2.69.160"))};
}

const SecretValues kSecrets{{QStringLiteral("secret_access_key"), kSecret}};

Route53Provider provider(const QString &zoneId = {})
{
    return Route53Provider(kBase, kKeyId, zoneId);
}

test::JobRun update(FakeRoute53 &fake, const RecordTarget &t, const QString &zoneId = {})
{
    auto job = provider(zoneId).createUpdateJob(t, kSecrets);
    return test::driveJob(*job, std::ref(fake));
}

// The change batch's one ResourceRecordSet, as Homing wrote it.
// The set a batch creates (its last Change: CREATE, after a DELETE when the set existed).
XmlElement writtenSet(const QByteArray &body)
{
    const auto root = XmlElement::parse(body);
    return *root->child("ChangeBatch")->child("Changes")->childrenNamed("Change").last()->child("ResourceRecordSet");
}

QStringList childNames(const XmlElement &element)
{
    QStringList names;
    for (const XmlElement &child : element.children)
        names.append(child.name);
    return names;
}

} // namespace

Q_DECLARE_METATYPE(QList<Set>)

class TestRoute53 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAMissingSet()
    {
        FakeRoute53 fake;
        const auto run = update(fake, target());
        QVERIFY2(run.result.kind == ResultKind::Ok, qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains("created"), qPrintable(run.result.detail));
        // hostedzonesbyname for nas.example.com (none), for example.com, the list, the CREATE
        QCOMPARE(run.requests.size(), 4);
        QCOMPARE(QUrlQuery(run.requests[0].url).queryItemValue("dnsname"), QStringLiteral("nas.example.com"));
        QCOMPARE(QUrlQuery(run.requests[1].url).queryItemValue("dnsname"), QStringLiteral("example.com"));
        QCOMPARE(run.requests[2].url.path(), QStringLiteral("/2013-04-01/hostedzone/Z1PUBLIC/rrset"));
        QCOMPARE(run.requests[2].url.query(QUrl::FullyEncoded), QStringLiteral("maxitems=100&name=nas.example.com.&type=A"));
        QCOMPARE(run.requests[3].method, QByteArray("POST"));
        QCOMPARE(run.requests[3].url.path(), QStringLiteral("/2013-04-01/hostedzone/Z1PUBLIC/rrset"));
        QCOMPARE(run.requests[3].header("Content-Type"), QByteArray("application/xml"));
        QVERIFY(run.requests[3].header("Authorization").contains(", SignedHeaders=content-type;host;x-amz-date, Signature="));
        QVERIFY(run.requests[0].header("Authorization").contains(", SignedHeaders=host;x-amz-date, Signature="));
        for (const auto &request : run.requests) {
            QVERIFY(request.carriesCredential);
            QCOMPARE(request.header("Host"), QByteArray("route53.test"));
            QVERIFY(request.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=" + kKeyId.toUtf8() + '/'));
            QVERIFY(request.header("Authorization").contains("/us-east-1/route53/aws4_request"));
            QVERIFY(!request.header("Authorization").contains(kSecret.toUtf8()));
            QVERIFY(!request.body.contains(kSecret.toUtf8()));
            // X-Amz-Date is UTC, taken when the request was built.
            QDateTime date = QDateTime::fromString(QString::fromLatin1(request.header("X-Amz-Date")), "yyyyMMdd'T'HHmmss'Z'");
            QVERIFY(date.isValid());
            date.setTimeSpec(Qt::UTC);
            QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        }
        const XmlElement set = writtenSet(fake.bodies[0]);
        QCOMPARE(childNames(set), QStringList({"Name", "Type", "TTL", "ResourceRecords"}));
        QCOMPARE(set.childText("Name"), QStringLiteral("nas.example.com."));
        QCOMPARE(set.childText("TTL"), QStringLiteral("300"));
        QVERIFY(fake.bodies[0].contains("<Action>CREATE</Action>"));
        QVERIFY(!fake.bodies[0].contains("<Action>DELETE</Action>"));
        QVERIFY(fake.bodies[0].contains("xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\""));
        const auto found = fake.find("Z1PUBLIC", "nas.example.com.", "A");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].values, QStringList{"81.2.69.160"});
    }

    void ttlOfAWrite_data()
    {
        QTest::addColumn<int>("configured");
        QTest::addColumn<int>("existing"); // 0: no set yet
        QTest::addColumn<int>("sent");
        QTest::newRow("new set, no ttl: 300") << 0 << 0 << 300;
        QTest::newRow("new set, ttl 60") << 60 << 0 << 60;
        QTest::newRow("existing set keeps its ttl") << 0 << 3600 << 3600;
        QTest::newRow("existing set, ttl configured") << 120 << 3600 << 120;
    }

    void ttlOfAWrite()
    {
        QFETCH(int, configured);
        QFETCH(int, existing);
        QFETCH(int, sent);
        FakeRoute53 fake;
        if (existing > 0)
            fake.sets["Z1PUBLIC"] = {simple("nas.example.com.", {"81.2.69.1"}, existing)};
        const auto run = update(fake, target("nas.example.com", configured));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.bodies.size(), 1);
        QCOMPARE(writtenSet(fake.bodies[0]).childText("TTL"), QString::number(sent));
        if (existing > 0)
            QVERIFY2(run.result.detail.contains("changed from 81.2.69.1"), qPrintable(run.result.detail));
    }

    // An existing set is changed by DELETE (exactly as listed) + CREATE, so
    // that Route 53 refuses the batch if the set changed meanwhile.
    void updateDeletesTheListedSetAndCreatesTheNewOne()
    {
        FakeRoute53 fake;
        fake.sets["Z1PUBLIC"] = {simple("nas.example.com.", {"81.2.69.1"}, 600), simple("www.example.com.", {"81.2.69.9"})};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.bodies.size(), 1);
        const auto root = XmlElement::parse(fake.bodies[0]);
        const auto changes = root->child("ChangeBatch")->child("Changes")->childrenNamed("Change");
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0]->childText("Action"), QStringLiteral("DELETE"));
        const XmlElement *deleted = changes[0]->child("ResourceRecordSet");
        QCOMPARE(deleted->childText("TTL"), QStringLiteral("600"));
        QCOMPARE(deleted->child("ResourceRecords")->child("ResourceRecord")->childText("Value"), QStringLiteral("81.2.69.1"));
        QCOMPARE(changes[1]->childText("Action"), QStringLiteral("CREATE"));
        QCOMPARE(fake.find("Z1PUBLIC", "nas.example.com.", "A")[0].values, QStringList{"81.2.69.160"});
        QCOMPARE(fake.find("Z1PUBLIC", "nas.example.com.", "A")[0].ttl, 600);
        QCOMPARE(fake.find("Z1PUBLIC", "www.example.com.", "A")[0].values, QStringList{"81.2.69.9"});
    }

    // The set changed (or appeared) between the list and the write: Route 53
    // refuses the batch whole; a retry reads it again, nothing is blocked.
    void aSetChangedMeanwhileIsRetriedNotOverwritten_data()
    {
        QTest::addColumn<QList<Set>>("before");
        QTest::addColumn<QList<Set>>("meanwhile");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("values changed") << QList<Set>{simple("nas.example.com.", {"81.2.69.1"})}
                                        << QList<Set>{simple("nas.example.com.", {"81.2.69.1", "81.2.69.2"})}
                                        << "do not match the current values";
        QTest::newRow("deleted") << QList<Set>{simple("nas.example.com.", {"81.2.69.1"})} << QList<Set>{}
                                 << "but it was not found";
        QTest::newRow("created") << QList<Set>{} << QList<Set>{simple("nas.example.com.", {"81.2.69.7"})}
                                 << "but it already exists";
    }

    void aSetChangedMeanwhileIsRetriedNotOverwritten()
    {
        QFETCH(QList<Set>, before);
        QFETCH(QList<Set>, meanwhile);
        QFETCH(QString, refusal);
        FakeRoute53 fake;
        fake.sets["Z1PUBLIC"] = before;
        fake.changeBeforeWrite = meanwhile;
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ServerError);
        QVERIFY(!isFatal(run.result.kind));
        QVERIFY2(run.result.detail.contains("changed between"), qPrintable(run.result.detail));
        QCOMPARE(fake.sets["Z1PUBLIC"].size(), meanwhile.size());
        if (!meanwhile.isEmpty())
            QCOMPARE(fake.sets["Z1PUBLIC"][0].values, meanwhile[0].values);
        QVERIFY2(run.result.detail.contains(refusal), qPrintable(run.result.detail));
    }

    void noWriteWhenAlreadyRight_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<int>("configuredTtl");
        QTest::newRow("one value") << QStringList{"81.2.69.160"} << 300 << 0;
        QTest::newRow("one value, ttl asked is the set's") << QStringList{"81.2.69.160"} << 300 << 300;
        QTest::newRow("several values, one is the address") << QStringList{"81.2.69.9", "81.2.69.160"} << 300 << 0;
        QTest::newRow("several values, one is the address, other ttl") << QStringList{"81.2.69.160", "81.2.69.9"} << 300 << 60;
    }

    void noWriteWhenAlreadyRight()
    {
        QFETCH(QStringList, values);
        QFETCH(int, ttl);
        QFETCH(int, configuredTtl);
        FakeRoute53 fake;
        fake.sets["Z1PUBLIC"] = {simple("nas.example.com.", values, ttl)};
        const auto run = update(fake, target("nas.example.com", configuredTtl));
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(fake.writes.size(), 0);
    }

    void ttlDifferenceIsAChange()
    {
        FakeRoute53 fake;
        fake.sets["Z1PUBLIC"] = {simple("nas.example.com.", {"81.2.69.160"}, 300)};
        const auto run = update(fake, target("nas.example.com", 60));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.find("Z1PUBLIC", "nas.example.com.", "A")[0].ttl, 60);
    }

    void severalValuesNoneTheAddressIsAConflict()
    {
        FakeRoute53 fake;
        fake.sets["Z1PUBLIC"] = {simple("nas.example.com.", {"81.2.69.1", "81.2.69.2"})};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("holds 2 values (81.2.69.1, 81.2.69.2) and none is 81.2.69.160"),
                 qPrintable(run.result.detail));
        QVERIFY2(!run.result.detail.contains("record_id"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);
    }

    void otherNamesAndTypesAreUntouched()
    {
        FakeRoute53 fake;
        fake.sets["Z1PUBLIC"] = {simple("example.com.", {"81.2.69.50"}), simple("nas.example.com.", {"81.2.69.1"}),
                                 simple("nas.example.com.", {"2a00:1450::1"}, 300, "AAAA"),
                                 simple("nas2.example.com.", {"81.2.69.1"}), simple("a.nas.example.com.", {"81.2.69.1"})};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(writtenSet(fake.bodies[0]).childText("Name"), QStringLiteral("nas.example.com."));
        QCOMPARE(writtenSet(fake.bodies[0]).childText("Type"), QStringLiteral("A"));
        QCOMPARE(fake.find("Z1PUBLIC", "nas.example.com.", "AAAA")[0].values, QStringList{"2a00:1450::1"});
        QCOMPARE(fake.find("Z1PUBLIC", "example.com.", "A")[0].values, QStringList{"81.2.69.50"});
        QCOMPARE(fake.find("Z1PUBLIC", "nas2.example.com.", "A")[0].values, QStringList{"81.2.69.1"});
    }

    void routingPolicySetsAreLeftAlone()
    {
        FakeRoute53 fake;
        fake.sets["Z1PUBLIC"] = {weighted("nas.example.com.", "home", "81.2.69.1", 10),
                                 weighted("nas.example.com.", "office", "81.2.69.2", 20)};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("home, office"), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains("set_identifier"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);
    }

    void setIdentifierPicksTheOneSetAndKeepsItsRouting()
    {
        FakeRoute53 fake;
        Set home = weighted("nas.example.com.", "home", "81.2.69.1", 10);
        home.routing += QStringLiteral("<HealthCheckId>abcdef11-2222-3333-4444-555555fedcba</HealthCheckId>");
        fake.sets["Z1PUBLIC"] = {home, weighted("nas.example.com.", "office", "81.2.69.2", 20)};
        const auto run = update(fake, target("nas.example.com", 0, {{"set_identifier", "home"}}));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        const XmlElement set = writtenSet(fake.bodies[0]);
        // Written back in the order listed, with only the value changed.
        QCOMPARE(childNames(set), QStringList({"Name", "Type", "SetIdentifier", "Weight", "HealthCheckId", "TTL", "ResourceRecords"}));
        QCOMPARE(set.childText("SetIdentifier"), QStringLiteral("home"));
        QCOMPARE(set.childText("Weight"), QStringLiteral("10"));
        QCOMPARE(set.childText("TTL"), QStringLiteral("60"));
        const auto found = fake.find("Z1PUBLIC", "nas.example.com.", "A");
        QCOMPARE(found.size(), 2);
        for (const Set &s : found)
            QCOMPARE(s.values, QStringList{s.setIdentifier == "home" ? "81.2.69.160" : "81.2.69.2"});
    }

    void setIdentifierThatIsNotThere()
    {
        FakeRoute53 fake;
        fake.sets["Z1PUBLIC"] = {weighted("nas.example.com.", "office", "81.2.69.2", 20)};
        const auto run = update(fake, target("nas.example.com", 0, {{"set_identifier", "home"}}));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains("(there are: office)"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);
    }

    void simpleSetIsNotTakenForAWeightedOne()
    {
        FakeRoute53 fake;
        fake.sets["Z1PUBLIC"] = {simple("nas.example.com.", {"81.2.69.1"})};
        const auto run = update(fake, target("nas.example.com", 0, {{"set_identifier", "home"}}));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(fake.writes.size(), 0);
    }

    void aliasIsNotReplaced()
    {
        FakeRoute53 fake;
        Set alias = simple("nas.example.com.", {});
        alias.alias = QStringLiteral("dualstack.lb-1.us-east-1.elb.amazonaws.com.");
        fake.sets["Z1PUBLIC"] = {alias};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("alias to dualstack.lb-1"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);
    }

    void privateZoneOfTheSameNameIsSkipped_data()
    {
        QTest::addColumn<int>("zonePageSize");
        QTest::newRow("one page") << 0;
        QTest::newRow("a page per zone") << 1;
    }

    void privateZoneOfTheSameNameIsSkipped()
    {
        QFETCH(int, zonePageSize);
        FakeRoute53 fake;
        fake.zonePageSize = zonePageSize;
        // The private one sorts first (by ID), so the public one may be on the next page.
        fake.zones = {{"Z0PRIVATE", "example.com.", true}, {"Z9PUBLIC", "example.com.", false}};
        fake.sets["Z0PRIVATE"] = {simple("nas.example.com.", {"10.0.0.5"})};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.writes.size(), 1);
        QCOMPARE(fake.writes[0].url.path(), QStringLiteral("/2013-04-01/hostedzone/Z9PUBLIC/rrset"));
        QCOMPARE(fake.find("Z0PRIVATE", "nas.example.com.", "A")[0].values, QStringList{"10.0.0.5"});
        if (zonePageSize == 1) {
            const QUrlQuery paged(run.requests[2].url);
            QCOMPARE(paged.queryItemValue("dnsname"), QStringLiteral("example.com."));
            QCOMPARE(paged.queryItemValue("hostedzoneid"), QStringLiteral("Z9PUBLIC"));
        }
    }

    void onlyAPrivateZone()
    {
        FakeRoute53 fake;
        fake.zones = {{"Z0PRIVATE", "example.com.", true}};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains("private hosted zone(s) example.com (Z0PRIVATE)"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);
    }

    void hostedZoneIdMayNameAPrivateZone()
    {
        FakeRoute53 fake;
        fake.zones = {{"Z0PRIVATE", "example.com.", true}, {"Z9PUBLIC", "example.com.", false}};
        fake.sets["Z0PRIVATE"] = {simple("nas.example.com.", {"10.0.0.5"})};
        const auto run = update(fake, target(), "Z0PRIVATE");
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), 2); // no lookup
        QCOMPARE(fake.find("Z0PRIVATE", "nas.example.com.", "A")[0].values, QStringList{"81.2.69.160"});
        QCOMPARE(fake.find("Z9PUBLIC", "nas.example.com.", "A").size(), 0);
    }

    void severalPublicZonesOfOneName()
    {
        FakeRoute53 fake;
        fake.zonePageSize = 1;
        fake.zones = {{"Z1PUBLIC", "example.com.", false}, {"Z2PUBLIC", "example.com.", false}};
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("Z1PUBLIC, Z2PUBLIC"), qPrintable(run.result.detail));
        QCOMPARE(fake.writes.size(), 0);
    }

    void longestZoneWins_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("lookups");
        QTest::newRow("delegated sub-zone") << "a.b.example.com.cn" << "Z2SUB" << 2;
        QTest::newRow("parent zone") << "a.c.example.com.cn" << "Z1PARENT" << 3;
        QTest::newRow("apex of the sub-zone") << "b.example.com.cn" << "Z2SUB" << 1;
        QTest::newRow("apex of the parent") << "example.com.cn" << "Z1PARENT" << 1;
    }

    void longestZoneWins()
    {
        QFETCH(QString, name);
        QFETCH(QString, zone);
        QFETCH(int, lookups);
        FakeRoute53 fake;
        fake.zones = {{"Z1PARENT", "example.com.cn.", false}, {"Z2SUB", "b.example.com.cn.", false},
                      {"Z3OTHER", "com.cn.", false}};
        const auto run = update(fake, target(name));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests.size(), lookups + 2);
        QCOMPARE(fake.writes[0].url.path(), QStringLiteral("/2013-04-01/hostedzone/%1/rrset").arg(zone));
        QCOMPARE(QUrlQuery(run.requests[lookups].url).queryItemValue("name"), name + ".");
        QCOMPARE(writtenSet(fake.bodies[0]).childText("Name"), name + ".");
    }

    void wildcardNameIsEncodedAndDecoded()
    {
        FakeRoute53 fake;
        fake.sets["Z1PUBLIC"] = {simple("\\052.example.com.", {"81.2.69.1"})};
        auto job = provider("Z1PUBLIC").createUpdateJob(target("*.example.com"), kSecrets);
        // Route 53 lists the name with its escape, whatever the query said.
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.requests[0].url.query(QUrl::FullyEncoded), QStringLiteral("maxitems=100&name=%2A.example.com.&type=A"));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(fake.find("Z1PUBLIC", "\\052.example.com.", "A")[0].values, QStringList{"81.2.69.160"});
        QCOMPARE(writtenSet(fake.bodies[0]).childText("Name"), QStringLiteral("\\052.example.com."));
        QCOMPARE(Route53Provider::decodeName("\\052.Example.COM."), QStringLiteral("*.example.com"));
        QCOMPARE(Route53Provider::decodeName("a\\100b.example.com"), QStringLiteral("a@b.example.com"));
        QCOMPARE(Route53Provider::decodeName("trailing\\05"), QStringLiteral("trailing\\05"));
    }

    void recordSetsArePaged_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<int>("listRequests");
        QTest::addColumn<ResultKind>("kind");
        // Every set of the name and type is read; the list stops where other names begin.
        QTest::newRow("pages of 1, first") << 1 << "a" << 3 << ResultKind::Ok;
        QTest::newRow("pages of 1, third") << 1 << "c" << 3 << ResultKind::Ok;
        QTest::newRow("pages of 2") << 2 << "c" << 2 << ResultKind::Ok;
        QTest::newRow("one page") << 100 << "c" << 1 << ResultKind::Ok;
        QTest::newRow("not there") << 1 << "d" << 3 << ResultKind::NoSuchHost;
    }

    void recordSetsArePaged()
    {
        QFETCH(int, pageSize);
        QFETCH(QString, identifier);
        QFETCH(int, listRequests);
        QFETCH(ResultKind, kind);
        FakeRoute53 fake;
        fake.setPageSize = pageSize;
        fake.sets["Z1PUBLIC"] = {weighted("nas.example.com.", "a", "81.2.69.1", 1), weighted("nas.example.com.", "b", "81.2.69.2", 1),
                                 weighted("nas.example.com.", "c", "81.2.69.3", 1), simple("x.nas.example.com.", {"81.2.69.4"}),
                                 simple("zz.example.com.", {"81.2.69.5"}), simple("example.com.", {"81.2.69.6"})};
        const auto run = update(fake, target("nas.example.com", 0, {{"set_identifier", identifier}}), "Z1PUBLIC");
        QCOMPARE(run.result.kind, kind);
        QCOMPARE(run.requests.size() - fake.writes.size(), listRequests);
        if (pageSize == 1) {
            const QUrlQuery second(run.requests[1].url);
            QCOMPARE(second.queryItemValue("name"), QStringLiteral("nas.example.com."));
            QCOMPARE(second.queryItemValue("type"), QStringLiteral("A"));
            QCOMPARE(second.queryItemValue("identifier"), QStringLiteral("b"));
        }
        if (kind == ResultKind::Ok) {
            QCOMPARE(fake.writes.size(), 1);
            QCOMPARE(writtenSet(fake.bodies[0]).childText("SetIdentifier"), identifier);
        } else {
            QCOMPARE(fake.writes.size(), 0);
        }
    }

    void tooManyLabelsStayWithinTheRequestLimit()
    {
        FakeRoute53 fake;
        const auto run = update(fake, target("a.b.c.d.e.f.g.h.i.j.k.l.m.example.com"));
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY2(run.result.detail.contains("hosted_zone_id"), qPrintable(run.result.detail));
        QVERIFY(run.requests.size() <= 11);
        QCOMPARE(fake.writes.size(), 0);
    }

    void unknownZone()
    {
        FakeRoute53 fake;
        const auto run = update(fake, target("nas.other.org"));
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(run.requests.size(), 2);
    }

    void configuredZoneThatIsGone()
    {
        FakeRoute53 fake;
        const auto run = update(fake, target(), "ZGONE");
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains("NoSuchHostedZone"), qPrintable(run.result.detail));
    }

    void wrongSecret()
    {
        FakeRoute53 fake;
        fake.secret = QStringLiteral("another-secret");
        const auto run = update(fake, target());
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains("SignatureDoesNotMatch"), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), 1);
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::newRow("unknown key 403") << 403 << errorBody("InvalidClientTokenId", "The security token included in the request is invalid.")
                                         << ResultKind::AuthFailed << "does not know this access key ID";
        QTest::newRow("wrong secret 403") << 403 << errorBody("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.")
                                          << ResultKind::AuthFailed << "secret access key does not belong";
        QTest::newRow("no permission 403") << 403 << errorBody("AccessDenied", "User: arn:aws:iam::123456789012:user/homing is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z1PUBLIC")
                                           << ResultKind::AuthFailed << "route53:ChangeResourceRecordSets on arn:aws:route53:::hostedzone/<zone ID>; AccessDenied (HTTP status 403): User:";
        QTest::newRow("incomplete signature 403") << 403 << errorBody("IncompleteSignature", "Authorization header requires 'Signature' parameter.")
                                                  << ResultKind::AuthFailed << "IncompleteSignature";
        QTest::newRow("expired 403") << 403 << errorBody("SignatureDoesNotMatch", "Signature expired: 20150830T123600Z is now earlier than 20150830T124100Z (20150830T124600Z - 5 min.)")
                                     << ResultKind::ClockSkew << "5 minutes";
        QTest::newRow("not yet current 403") << 403 << errorBody("SignatureDoesNotMatch", "Signature not yet current: 20150830T130100Z is still later than 20150830T125100Z (20150830T124600Z + 5 min.)")
                                             << ResultKind::ClockSkew << "clock";
        QTest::newRow("RequestExpired 400") << 400 << errorBody("RequestExpired", "Request has expired.") << ResultKind::ClockSkew << "RequestExpired";
        QTest::newRow("throttled 400") << 400 << errorBody("Throttling", "Rate exceeded") << ResultKind::RateLimited << "Rate exceeded";
        QTest::newRow("prior request 400") << 400 << errorBody("PriorRequestNotComplete", "The request was rejected because Route 53 was still processing a prior request.")
                                           << ResultKind::RateLimited << "PriorRequestNotComplete";
        QTest::newRow("no zone 404") << 404 << errorBody("NoSuchHostedZone", "No hosted zone found with ID: Z1") << ResultKind::NoSuchHost << "Z1";
        QTest::newRow("bad ttl 400") << 400 << errorBody("InvalidChangeBatch", "[Invalid Resource Record: 'FATAL problem: TTL value out of range']")
                                     << ResultKind::ConfigError << "TTL value out of range";
        QTest::newRow("bad input 400") << 400 << errorBody("InvalidInput", "Invalid XML ; cvc-complex-type.2.4.a") << ResultKind::ConfigError << "InvalidInput";
        QTest::newRow("unknown code 400") << 400 << errorBody("SomethingNew", "new") << ResultKind::ConfigError << "SomethingNew";
        QTest::newRow("unknown code 409") << 409 << errorBody("SomethingNew", "new") << ResultKind::BadResponse << "SomethingNew";
        QTest::newRow("internal 500") << 500 << errorBody("InternalFailure", "internal", "Receiver") << ResultKind::ServerError << "InternalFailure";
        QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << ResultKind::ServerError << "502";
        QTest::newRow("empty 503") << 503 << QByteArray() << ResultKind::ServerError << "503";
        QTest::newRow("not xml 200") << 200 << QByteArray("{\"ok\":true}") << ResultKind::BadResponse << "not XML";
        QTest::newRow("dtd 200") << 200 << QByteArray("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>") << ResultKind::BadResponse << "not XML";
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        const auto parsed = Route53Provider::parseReply(FakeHttpClient::reply(status, body));
        QVERIFY(parsed.failure);
        QCOMPARE(parsed.failure->kind, kind);
        QVERIFY2(parsed.failure->detail.contains(detailHas), qPrintable(parsed.failure->detail));
    }

    void throttlingHonoursRetryAfter()
    {
        HttpReply reply = FakeHttpClient::reply(400, errorBody("Throttling", "Rate exceeded"));
        reply.headers.append({QByteArray("Retry-After"), QByteArray("7")});
        const auto parsed = Route53Provider::parseReply(reply);
        QCOMPARE(parsed.failure->kind, ResultKind::RateLimited);
        QCOMPARE(parsed.failure->retryAfterSeconds, std::optional<int>(7));
    }

    void unexpectedAnswers()
    {
        FakeRoute53 fake;
        auto job = provider().createUpdateJob(target(), kSecrets);
        const auto run = test::driveJob(*job, [](const HttpRequest &) {
            return FakeHttpClient::reply(200, "<SomethingElse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"/>");
        });
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
        QCOMPARE(run.requests.size(), 1);
    }

    void checkSaysWhatAnUpdateWouldDo_data()
    {
        QTest::addColumn<QString>("zoneId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("detailHas");
        QTest::addColumn<int>("requests");
        QTest::newRow("absent") << QString() << "nas.example.com" << QStringList() << ResultKind::Ok << "creates it" << 3;
        QTest::newRow("one value") << QString() << "nas.example.com" << QStringList{"81.2.69.9"} << ResultKind::Ok << "holds 81.2.69.9" << 3;
        QTest::newRow("one value, zone id") << "Z1PUBLIC" << "nas.example.com" << QStringList{"81.2.69.9"} << ResultKind::Ok << "holds 81.2.69.9" << 1;
        QTest::newRow("several values") << QString() << "nas.example.com" << QStringList{"81.2.69.9", "81.2.69.10"}
                                        << ResultKind::ConfigError << "holds 2 values (81.2.69.9, 81.2.69.10);" << 3;
        QTest::newRow("no record named") << QString() << "" << QStringList() << ResultKind::Ok << "hosted zones: example.com (private" << 1;
        QTest::newRow("no record named, zone id") << "Z1PUBLIC" << "" << QStringList() << ResultKind::Ok << "can read the hosted zone Z1PUBLIC" << 1;
        QTest::newRow("zone not in account") << QString() << "nas.other.org" << QStringList() << ResultKind::NoSuchHost << "no public hosted zone" << 2;
    }

    void checkSaysWhatAnUpdateWouldDo()
    {
        QFETCH(QString, zoneId);
        QFETCH(QString, name);
        QFETCH(QStringList, values);
        QFETCH(ResultKind, kind);
        QFETCH(QString, detailHas);
        QFETCH(int, requests);
        FakeRoute53 fake;
        fake.zones.append({"Z7PRIVATE", "corp.example.", true});
        if (!values.isEmpty())
            fake.sets["Z1PUBLIC"] = {simple("nas.example.com.", values)};
        auto job = provider(zoneId).createCheckJob(RecordSpec{name, "A", 0, {}}, kSecrets);
        QVERIFY(job);
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(detailHas), qPrintable(run.result.detail));
        QCOMPARE(run.requests.size(), requests);
        for (const auto &request : run.requests) {
            QCOMPARE(request.method, QByteArray("GET"));
            QVERIFY(request.carriesCredential);
        }
        QCOMPARE(fake.writes.size(), 0);
    }

    void checkWithAWrongSecret()
    {
        FakeRoute53 fake;
        fake.secret = QStringLiteral("another");
        const auto run = test::driveJob(*provider().createCheckJob(RecordSpec{"", "A", 0, {}}, kSecrets), std::ref(fake));
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
    }

    void hostOfAnEndpointWithAPort()
    {
        FakeRoute53 fake;
        auto job = Route53Provider(QUrl("https://127.0.0.1:8443"), kKeyId, "Z1PUBLIC").createUpdateJob(target(), kSecrets);
        const auto run = test::driveJob(*job, std::ref(fake));
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.requests[0].header("Host"), QByteArray("127.0.0.1:8443"));
    }

    void settings_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<bool>("valid");
        QTest::newRow("key only") << QJsonObject{{"access_key_id", kKeyId}} << true;
        QTest::newRow("zone id") << QJsonObject{{"access_key_id", kKeyId}, {"hosted_zone_id", "Z148QEXAMPLE8V"}} << true;
        QTest::newRow("zone id with prefix") << QJsonObject{{"access_key_id", kKeyId}, {"hosted_zone_id", "/hostedzone/Z148QEXAMPLE8V"}} << true;
        QTest::newRow("zone name instead of id") << QJsonObject{{"access_key_id", kKeyId}, {"hosted_zone_id", "example.com"}} << false;
        QTest::newRow("no key: the required field's generic check reports it") << QJsonObject{} << true;
        QTest::newRow("lower case key") << QJsonObject{{"access_key_id", "akiaiosfodnn7example"}} << false;
        QTest::newRow("secret in the key field") << QJsonObject{{"access_key_id", kSecret}} << false;
    }

    void settings()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(bool, valid);
        QList<ConfigIssue> issues;
        const auto created = Route53Provider::create(ProviderAccount{"aws", QUrl(), settings}, issues);
        QCOMPARE(bool(created), valid);
        QCOMPARE(issues.isEmpty(), valid);
    }

    void descriptor()
    {
        ProviderRegistry registry;
        registerRoute53Provider(registry);
        const ProviderDescriptor *route53 = registry.find("route53");
        QVERIFY(route53);
        QCOMPARE(route53->category, ProviderCategory::CloudDns);
        QVERIFY(route53->readOnlyCheck);
        QCOMPARE(route53->ttl.minimum, 1);
        QVERIFY(route53->field("secret_access_key", FieldSpec::Kind::Secret, FieldSpec::Scope::Account));
        QVERIFY(route53->field("access_key_id", FieldSpec::Kind::Setting, FieldSpec::Scope::Account)->required);
        QVERIFY(route53->field("set_identifier", FieldSpec::Kind::Setting, FieldSpec::Scope::Record));
        QVERIFY(!route53->field("record_id", FieldSpec::Kind::Setting, FieldSpec::Scope::Record));
        const QString help = QString::fromUtf8(route53->field("secret_access_key", FieldSpec::Kind::Secret, FieldSpec::Scope::Account)->help);
        for (const char *permission : {"route53:ListHostedZonesByName", "route53:ListResourceRecordSets", "route53:ChangeResourceRecordSets"})
            QVERIFY2(help.contains(permission), permission);
        QVERIFY(help.contains("arn:aws:route53:::hostedzone/"));
    }

    void ttlValidation()
    {
        const auto p = provider();
        QVERIFY(p.validateRecord(RecordSpec{"a.example.com", "A", 0, {}}).isEmpty());
        QVERIFY(p.validateRecord(RecordSpec{"a.example.com", "A", 1, {}}).isEmpty());
        QVERIFY(p.validateRecord(RecordSpec{"a.example.com", "A", 604800, {}}).isEmpty());
        QVERIFY(!p.validateRecord(RecordSpec{"a.example.com", "A", -1, {}}).isEmpty());
        QVERIFY(!p.validateRecord(RecordSpec{"a.example.com", "A", 60, {{"set_identifier", QString(129, 'x')}}}).isEmpty());
    }

    void xmlElement()
    {
        QString error;
        QVERIFY(!XmlElement::parse("<a><b></a>", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!XmlElement::parse("", &error));
        QVERIFY(!XmlElement::parse(QByteArray(40, '<'), &error));
        QByteArray deep;
        for (int i = 0; i < 40; ++i)
            deep += "<a>";
        for (int i = 0; i < 40; ++i)
            deep += "</a>";
        QVERIFY(!XmlElement::parse(deep, &error));
        QVERIFY2(error.contains("deeply"), qPrintable(error));
        const auto root = XmlElement::parse("<r xmlns=\"urn:x\"><v> 1 &amp; 2 </v><v>3</v><w><x>y</x></w></r>");
        QVERIFY(root);
        QCOMPARE(root->childText("v"), QStringLiteral("1 & 2"));
        QCOMPARE(root->childrenNamed("v").size(), 2);
        QCOMPARE(root->child("w")->childText("x"), QStringLiteral("y"));
        QVERIFY(!root->child("none"));
    }
};

QTEST_GUILESS_MAIN(TestRoute53)
#include "tst_route53.moc"
