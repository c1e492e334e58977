// The RFC 2136 provider against an in-test DNS server: it keeps zones,
// answers queries and UPDATEs as an authoritative server does, checks the
// request's TSIG with the server's own copy of the key (BADKEY, BADSIG,
// BADTIME with its time in other data) and signs its answers with the
// request's MAC. Messages go through the real DnsClient (signing at a mock
// clock's time, verifying the answer) over a FakeDnsTransport.
#include "FakeDnsTransport.h"
#include "FakeHttpClient.h"
#include "JobDriver.h"
#include "MockClock.h"
#include "Rfc2136Provider.h"
#include "dns/DnsClient.h"
#include "dns/DnsMessage.h"
#include "dns/Tsig.h"
#include "provider/JobRunner.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QMap>
#include <QtEndian>
#include <QtTest>

#include <ldns/ldns.h>

#include <memory>

using namespace homing;
using namespace homing::providers;
using homing::test::FakeDnsTransport;
using homing::test::MockClock;

Q_DECLARE_METATYPE(homing::ResultKind)

namespace {

const QString kAddress = QStringLiteral("81.2.69.160");
const QString kOld = QStringLiteral("81.2.69.1");
const QString kServer = QStringLiteral("192.0.2.53");
const QByteArray kSecret = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
const QString kKeyName = QStringLiteral("homing-nas");

struct PacketFree {
    void operator()(ldns_pkt *packet) const { ldns_pkt_free(packet); }
};
using Packet = std::unique_ptr<ldns_pkt, PacketFree>;

QString ldnsText(char *text)
{
    const QString result = QString::fromUtf8(text);
    free(text); // NOLINT: ldns allocates with malloc
    return result;
}

QString plainName(const ldns_rdf *rdf)
{
    QString name = ldnsText(ldns_rdf2str(rdf)).toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

bool inZone(const QString &name, const QString &zone)
{
    return name == zone || name.endsWith(QLatin1Char('.') + zone);
}

struct Record {
    QString name;
    QString type;
    quint32 ttl = 60;
    QString value;
};

// What the server saw of one message.
struct Seen {
    int opcode = 0;
    QString question; // "nas.example.test SOA"
    QStringList updates; // "nas.example.test A ANY 0 []"
    bool signedByKey = false;
};

// The TSIG record of an error answer (BADKEY, BADSIG): no MAC (RFC 8945 §5.3.2).
QByteArray withMaclessTsig(QByteArray message, const QString &keyName, const QString &algorithm, qint64 time,
                           quint16 error)
{
    auto name = [](const QString &text) {
        QByteArray wire;
        for (const QString &label : text.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            wire.append(char(label.size()));
            wire.append(label.toLatin1());
        }
        wire.append('\0');
        return wire;
    };
    auto u16 = [](quint16 value) {
        QByteArray bytes(2, '\0');
        qToBigEndian(value, bytes.data());
        return bytes;
    };
    QByteArray rdata = name(algorithm);
    for (int shift = 40; shift >= 0; shift -= 8)
        rdata.append(char((time >> shift) & 0xff));
    rdata += u16(300) + u16(0) + message.left(2) + u16(error) + u16(0);
    message += name(keyName) + u16(250) + u16(255) + u16(0) + u16(0) + u16(quint16(rdata.size())) + rdata;
    const quint16 additional = quint16(qFromBigEndian<quint16>(message.constData() + 10) + 1);
    qToBigEndian(additional, message.data() + 10);
    return message;
}

// Rewrites the owner name at `offset` (uncompressed) so that its longest
// suffix already written earlier in the message is a compression pointer.
QByteArray compressOwner(const QByteArray &message, qsizetype offset)
{
    qsizetype end = offset;
    while (message.at(end) != 0)
        end += 1 + quint8(message.at(end));
    ++end;
    for (qsizetype label = offset; label < end - 1; label += 1 + quint8(message.at(label))) {
        const QByteArray suffix = message.mid(label, end - label);
        const qsizetype earlier = message.indexOf(suffix);
        if (earlier >= 12 && earlier < offset && earlier < 0x3fff) {
            QByteArray pointer(2, '\0');
            qToBigEndian(quint16(0xc000 | earlier), pointer.data());
            return message.left(label) + pointer + message.mid(end);
        }
    }
    return message;
}

// An authoritative server of a few zones with one TSIG key.
class FakeServer
{
public:
    QMap<QString, QList<Record>> zones; // by zone apex
    TsigKey key{kKeyName, TsigAlgorithm::HmacSha256, kSecret};
    qint64 skewSeconds = 0;           // the server's clock minus the client's
    bool authoritative = true;
    bool signAnswers = true;
    bool tamperAnswers = false;
    bool compressKeyName = false; // point the TSIG owner's suffix at the same name earlier in the answer
    std::optional<int> forcedQueryRcode;  // every query gets this
    std::optional<int> forcedUpdateRcode; // every UPDATE gets this
    quint16 forcedTsigError = 0;          // with the forced rcode
    QList<Seen> seen;

    FakeServer()
    {
        zones[QStringLiteral("example.test")] = {
            {QStringLiteral("example.test"), QStringLiteral("SOA"), 3600,
             QStringLiteral("ns1.example.test. hostmaster.example.test. 1 10800 3600 604800 300")},
            {QStringLiteral("example.test"), QStringLiteral("NS"), 3600, QStringLiteral("ns1.example.test.")},
            {QStringLiteral("nas.example.test"), QStringLiteral("A"), 60, kOld},
            {QStringLiteral("nas.example.test"), QStringLiteral("AAAA"), 60, QStringLiteral("2001:db8::1")},
            {QStringLiteral("nas.example.test"), QStringLiteral("TXT"), 300, QStringLiteral("\"keep me\"")},
        };
        zones[QStringLiteral("home.example.test")] = {
            {QStringLiteral("home.example.test"), QStringLiteral("SOA"), 3600,
             QStringLiteral("ns1.example.test. hostmaster.example.test. 7 10800 3600 604800 300")},
            {QStringLiteral("home.example.test"), QStringLiteral("A"), 60, kOld},
        };
    }

    QList<Record> rrset(const QString &name, const QString &type) const
    {
        QList<Record> found;
        for (const auto &records : zones) {
            for (const Record &record : records) {
                if (record.name == name && record.type == type)
                    found.append(record);
            }
        }
        return found;
    }

    QStringList values(const QString &name, const QString &type) const
    {
        QStringList result;
        for (const Record &record : rrset(name, type))
            result.append(QStringLiteral("%1 %2").arg(record.ttl).arg(record.value));
        return result;
    }

    int updates() const
    {
        return int(std::count_if(seen.cbegin(), seen.cend(), [](const Seen &s) { return s.opcode == LDNS_PACKET_UPDATE; }));
    }

    // The longest zone that holds `name`.
    QString zoneOf(const QString &name) const
    {
        QString best;
        for (auto it = zones.cbegin(); it != zones.cend(); ++it) {
            if (inZone(name, it.key()) && it.key().size() > best.size())
                best = it.key();
        }
        return best;
    }

    QByteArray serve(const QByteArray &wire, qint64 clientNow)
    {
        ldns_pkt *raw = nullptr;
        if (ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size())) != LDNS_STATUS_OK)
            return {};
        const Packet request(raw);
        Seen saw;
        saw.opcode = int(ldns_pkt_get_opcode(raw));
        const ldns_rr *question = ldns_rr_list_rr(ldns_pkt_question(raw), 0);
        const QString qname = plainName(ldns_rr_owner(question));
        const QString qtype = ldnsText(ldns_rr_type2str(ldns_rr_get_type(question)));
        saw.question = qname + QLatin1Char(' ') + qtype;
        for (size_t i = 0; i < ldns_rr_list_rr_count(ldns_pkt_authority(raw)); ++i) {
            const ldns_rr *rr = ldns_rr_list_rr(ldns_pkt_authority(raw), i);
            QStringList data;
            for (size_t d = 0; d < ldns_rr_rd_count(rr); ++d)
                data.append(ldnsText(ldns_rdf2str(ldns_rr_rdf(rr, d))));
            saw.updates.append(QStringLiteral("%1 %2 %3 %4 [%5]")
                                   .arg(plainName(ldns_rr_owner(rr)), ldnsText(ldns_rr_type2str(ldns_rr_get_type(rr))),
                                        ldnsText(ldns_rr_class2str(ldns_rr_get_class(rr))))
                                   .arg(ldns_rr_ttl(rr))
                                   .arg(data.join(QLatin1Char(' '))));
        }

        // The request's TSIG, checked as the server does.
        const ldns_rr *tsig = ldns_pkt_tsig(raw);
        QByteArray requestMac;
        qint64 timeSigned = 0;
        QString keyName;
        QString algorithm;
        if (tsig) {
            keyName = plainName(ldns_rr_owner(tsig));
            algorithm = plainName(ldns_rr_rdf(tsig, 0));
            const ldns_rdf *mac = ldns_rr_rdf(tsig, 3);
            requestMac = QByteArray(reinterpret_cast<const char *>(ldns_rdf_data(mac)) + 2, qsizetype(ldns_rdf_size(mac)) - 2);
            const uint8_t *time = ldns_rdf_data(ldns_rr_rdf(tsig, 1));
            for (int i = 0; i < 6; ++i)
                timeSigned = (timeSigned << 8) | time[i];
        }
        const qint64 serverNow = clientNow + skewSeconds;

        const Packet answer(ldns_pkt_new());
        ldns_pkt_set_id(answer.get(), ldns_pkt_id(raw));
        ldns_pkt_set_opcode(answer.get(), ldns_pkt_get_opcode(raw));
        ldns_pkt_set_qr(answer.get(), true);
        ldns_pkt_push_rr(answer.get(), LDNS_SECTION_QUESTION, ldns_rr_clone(question));

        auto finish = [&](int rcode, quint16 tsigError = 0) {
            ldns_pkt_set_rcode(answer.get(), uint8_t(rcode));
            uint8_t *bytes = nullptr;
            size_t size = 0;
            ldns_pkt2wire(&bytes, answer.get(), &size);
            QByteArray message(reinterpret_cast<const char *>(bytes), qsizetype(size));
            free(bytes); // NOLINT: ldns allocates with malloc
            seen.append(saw);
            if (tsigError == dnsrcode::BadKey || tsigError == dnsrcode::BadSig)
                return withMaclessTsig(message, keyName, algorithm, timeSigned, tsigError);
            if (!signAnswers || !tsig)
                return message;
            QByteArray other;
            if (tsigError == dnsrcode::BadTime) {
                for (int shift = 40; shift >= 0; shift -= 8)
                    other.append(char((serverNow >> shift) & 0xff));
            }
            // A BADTIME answer keeps the client's time signed (RFC 8945 §5.2.3).
            QByteArray signedMessage = Tsig::sign(message, key, tsigError == dnsrcode::BadTime ? timeSigned : serverNow,
                                                  300, requestMac, tsigError, other)
                                           ->message;
            if (tamperAnswers)
                signedMessage[3] = char(signedMessage.at(3) ^ 0x20); // the AD bit, under the MAC
            if (compressKeyName)
                signedMessage = compressOwner(signedMessage, message.size());
            return signedMessage;
        };

        if (!tsig || keyName != key.name || algorithm != Tsig::algorithmName(key.algorithm))
            return finish(dnsrcode::NotAuth, dnsrcode::BadKey);
        if (Tsig::verify(wire, key, {}) != Tsig::Verdict::Verified)
            return finish(dnsrcode::NotAuth, dnsrcode::BadSig);
        if (std::abs(serverNow - timeSigned) > 300)
            return finish(dnsrcode::NotAuth, dnsrcode::BadTime);
        saw.signedByKey = true;

        if (saw.opcode == LDNS_PACKET_UPDATE) {
            if (forcedUpdateRcode)
                return finish(*forcedUpdateRcode, forcedTsigError);
            if (!zones.contains(qname) || qtype != QLatin1String("SOA"))
                return finish(dnsrcode::NotAuth);
            QList<Record> &records = zones[qname];
            for (size_t i = 0; i < ldns_rr_list_rr_count(ldns_pkt_authority(raw)); ++i) {
                if (!inZone(plainName(ldns_rr_owner(ldns_rr_list_rr(ldns_pkt_authority(raw), i))), qname))
                    return finish(dnsrcode::NotZone);
            }
            for (size_t i = 0; i < ldns_rr_list_rr_count(ldns_pkt_authority(raw)); ++i) {
                const ldns_rr *rr = ldns_rr_list_rr(ldns_pkt_authority(raw), i);
                const QString name = plainName(ldns_rr_owner(rr));
                const QString type = ldnsText(ldns_rr_type2str(ldns_rr_get_type(rr)));
                if (ldns_rr_get_class(rr) == LDNS_RR_CLASS_ANY) {
                    records.removeIf([&](const Record &r) { return r.name == name && r.type == type; });
                } else {
                    records.append({name, type, ldns_rr_ttl(rr), ldnsText(ldns_rdf2str(ldns_rr_rdf(rr, 0)))});
                }
            }
            return finish(dnsrcode::NoError);
        }

        if (forcedQueryRcode)
            return finish(*forcedQueryRcode, forcedTsigError);
        const QString zone = zoneOf(qname);
        if (zone.isEmpty())
            return finish(dnsrcode::Refused);
        ldns_pkt_set_aa(answer.get(), authoritative);
        bool nameExists = false;
        for (const Record &record : zones.value(zone)) {
            if (record.name != qname)
                continue;
            nameExists = true;
            if (record.type != qtype)
                continue;
            ldns_rr *rr = nullptr;
            const QByteArray text = QStringLiteral("%1. %2 IN %3 %4").arg(record.name).arg(record.ttl).arg(record.type, record.value).toLatin1();
            if (ldns_rr_new_frm_str(&rr, text.constData(), 0, nullptr, nullptr) == LDNS_STATUS_OK)
                ldns_pkt_push_rr(answer.get(), LDNS_SECTION_ANSWER, rr);
        }
        if (ldns_pkt_ancount(answer.get()) == 0) {
            const Record soa = rrset(zone, QStringLiteral("SOA")).value(0);
            ldns_rr *rr = nullptr;
            const QByteArray text = QStringLiteral("%1. %2 IN SOA %3").arg(zone).arg(soa.ttl).arg(soa.value).toLatin1();
            if (ldns_rr_new_frm_str(&rr, text.constData(), 0, nullptr, nullptr) == LDNS_STATUS_OK)
                ldns_pkt_push_rr(answer.get(), LDNS_SECTION_AUTHORITY, rr);
        }
        return finish(nameExists ? dnsrcode::NoError : dnsrcode::NxDomain);
    }
};

// Asks the fake server through the real DnsClient, as JobRunner does.
class Network
{
public:
    explicit Network(FakeServer &server)
        : m_server(server)
    {
        m_transport.setResponder([this](const QString &host, quint16 port, const QByteArray &message) {
            destinations.append(QStringLiteral("%1:%2").arg(host).arg(port));
            if (failure)
                return FakeDnsTransport::failure(*failure);
            return FakeDnsTransport::answer(m_server.serve(message, clock.now().toSecsSinceEpoch()));
        });
    }

    DnsAnswer ask(const DnsRequest &request)
    {
        DnsClient client(m_transport, clock);
        QObject context;
        QEventLoop loop;
        DnsAnswer answer;
        client.ask(request, DnsTransportOptions{}, &context, [&](const DnsAnswer &a) {
            answer = a;
            loop.quit();
        });
        loop.exec();
        return answer;
    }

    test::JobRun run(ProviderJob &job)
    {
        return test::driveDnsJob(job, [this](const DnsRequest &request) { return ask(request); });
    }

    MockClock clock;
    std::optional<DnsTransportError> failure;
    QStringList destinations;

private:
    FakeServer &m_server;
    FakeDnsTransport m_transport;
};

QJsonObject settings(const QString &zone = {}, const QString &algorithm = QStringLiteral("hmac-sha256"))
{
    QJsonObject values{{"server", kServer}, {"port", 5353}, {"key_name", kKeyName}, {"algorithm", algorithm}};
    if (!zone.isEmpty())
        values.insert(QStringLiteral("zone"), zone);
    return values;
}

std::unique_ptr<Provider> makeProvider(const QJsonObject &values = settings())
{
    QList<ConfigIssue> issues;
    auto provider = Rfc2136Provider::create(ProviderAccount{QStringLiteral("home"), {}, values}, issues);
    if (!issues.isEmpty())
        qWarning() << issues.first().toString();
    return provider;
}

SecretValues secrets(const QByteArray &secret = kSecret)
{
    return {{QString::fromLatin1(Rfc2136Provider::kSecretKey), QString::fromLatin1(secret.toBase64())}};
}

RecordTarget target(const QString &name = QStringLiteral("nas.example.test"), int ttl = 60,
                    const QString &address = kAddress)
{
    RecordSpec record;
    record.name = name;
    record.type = QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("AAAA")
                                                                                      : QStringLiteral("A");
    record.ttl = ttl;
    return RecordTarget{record, QHostAddress(address)};
}

QStringList questions(const FakeServer &server)
{
    QStringList result;
    for (const Seen &seen : server.seen)
        result.append(seen.opcode == LDNS_PACKET_UPDATE ? QStringLiteral("UPDATE ") + seen.question : seen.question);
    return result;
}

} // namespace

class TestRfc2136 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- create() -------------------------------------------------------------

    void createValidates_data()
    {
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QString>("issuePath"); // empty: accepted
        QTest::addColumn<QString>("mentions");
        QTest::newRow("complete") << settings() << QString() << QString();
        QTest::newRow("with zone") << settings(QStringLiteral("Example.Test.")) << QString() << QString();
        QJsonObject values = settings();
        values.remove(QStringLiteral("server"));
        QTest::newRow("no server") << values << QStringLiteral("settings.server") << QString();
        values = settings();
        values.insert(QStringLiteral("server"), QStringLiteral("  "));
        QTest::newRow("blank server") << values << QStringLiteral("settings.server") << QString();
        values = settings();
        values.remove(QStringLiteral("key_name"));
        QTest::newRow("no key name") << values << QStringLiteral("settings.key_name") << QString();
        values = settings();
        values.insert(QStringLiteral("key_name"), QString(64, QLatin1Char('k')));
        QTest::newRow("key name not a name") << values << QStringLiteral("settings.key_name") << QString();
        values = settings();
        values.insert(QStringLiteral("port"), 0);
        QTest::newRow("port 0") << values << QStringLiteral("settings.port") << QString();
        values.insert(QStringLiteral("port"), 65536);
        QTest::newRow("port 65536") << values << QStringLiteral("settings.port") << QString();
        values.insert(QStringLiteral("port"), -53);
        QTest::newRow("port negative") << values << QStringLiteral("settings.port") << QString();
        QTest::newRow("hmac-md5") << settings({}, QStringLiteral("hmac-md5")) << QStringLiteral("settings.algorithm")
                                  << QStringLiteral("MD5");
        QTest::newRow("hmac-md5 long") << settings({}, QStringLiteral("HMAC-MD5.SIG-ALG.REG.INT"))
                                       << QStringLiteral("settings.algorithm") << QStringLiteral("MD5");
        QTest::newRow("unknown algorithm") << settings({}, QStringLiteral("hmac-sha3")) << QStringLiteral("settings.algorithm")
                                           << QStringLiteral("hmac-sha3");
        QTest::newRow("gss-tsig") << settings({}, QStringLiteral("gss-tsig")) << QStringLiteral("settings.algorithm")
                                  << QStringLiteral("gss-tsig");
        QTest::newRow("zone not a name") << settings(QString(64, QLatin1Char('z')) + QStringLiteral(".test"))
                                         << QStringLiteral("settings.zone") << QString();
    }

    void createValidates()
    {
        QFETCH(QJsonObject, values);
        QFETCH(QString, issuePath);
        QFETCH(QString, mentions);
        QList<ConfigIssue> issues;
        auto provider = Rfc2136Provider::create(ProviderAccount{QStringLiteral("home"), {}, values}, issues);
        if (issuePath.isEmpty()) {
            QVERIFY(provider);
            QVERIFY(issues.isEmpty());
            return;
        }
        QVERIFY(!provider);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, issuePath);
        QVERIFY(issues.first().isError());
        QVERIFY(!issues.first().message.isEmpty());
        if (!mentions.isEmpty())
            QVERIFY2(issues.first().message.contains(mentions), qPrintable(issues.first().message));
    }

    void everyAlgorithmIsAcceptedAndUsed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<TsigAlgorithm>("algorithm");
        QTest::newRow("hmac-sha1") << QStringLiteral("hmac-sha1") << TsigAlgorithm::HmacSha1;
        QTest::newRow("hmac-sha224") << QStringLiteral("hmac-sha224") << TsigAlgorithm::HmacSha224;
        QTest::newRow("hmac-sha256") << QStringLiteral("hmac-sha256") << TsigAlgorithm::HmacSha256;
        QTest::newRow("hmac-sha384") << QStringLiteral("HMAC-SHA384.") << TsigAlgorithm::HmacSha384;
        QTest::newRow("hmac-sha512") << QStringLiteral("hmac-sha512") << TsigAlgorithm::HmacSha512;
    }

    void everyAlgorithmIsAcceptedAndUsed()
    {
        QFETCH(QString, name);
        QFETCH(TsigAlgorithm, algorithm);
        FakeServer server;
        server.key.algorithm = algorithm;
        Network network(server);
        auto provider = makeProvider(settings({}, name));
        QVERIFY(provider);
        auto job = provider->createUpdateJob(target(), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(run.dnsRequests.size(), 3);
        for (const DnsRequest &request : run.dnsRequests) {
            QVERIFY(request.tsig);
            QCOMPARE(request.tsig->algorithm, algorithm);
            QCOMPARE(request.tsig->name, kKeyName);
            QCOMPARE(request.tsig->secret, kSecret);
            QCOMPARE(request.server, kServer);
            QCOMPARE(request.port, quint16(5353));
        }
        QCOMPARE(network.destinations, QStringList(3, QStringLiteral("192.0.2.53:5353")));
        QCOMPARE(server.values(QStringLiteral("nas.example.test"), QStringLiteral("A")), QStringList{"60 " + kAddress});
    }

    void defaultAlgorithmAndPort()
    {
        QJsonObject values{{"server", kServer}, {"key_name", kKeyName}};
        auto provider = makeProvider(values);
        QVERIFY(provider);
        auto job = provider->createUpdateJob(target(), secrets());
        const ProviderStep step = job->start();
        QVERIFY(step.dnsRequest);
        QCOMPARE(step.dnsRequest->port, quint16(53));
        QCOMPARE(step.dnsRequest->tsig->algorithm, TsigAlgorithm::HmacSha256);
    }

    void validateRecord()
    {
        auto withZone = makeProvider(settings(QStringLiteral("example.test")));
        QVERIFY(withZone);
        RecordSpec record;
        record.type = QStringLiteral("A");
        record.name = QStringLiteral("nas.example.test");
        QVERIFY(withZone->validateRecord(record).isEmpty());
        record.name = QStringLiteral("example.test");
        QVERIFY(withZone->validateRecord(record).isEmpty());
        record.name = QStringLiteral("nas.example.org");
        QCOMPARE(withZone->validateRecord(record).size(), 1);
        QCOMPARE(withZone->validateRecord(record).first().path, QStringLiteral("name"));
        record.name = QStringLiteral("nasexample.test");
        QCOMPARE(withZone->validateRecord(record).size(), 1);
        // Without a zone, the server's SOA decides later.
        QVERIFY(makeProvider()->validateRecord(record).isEmpty());
    }

    // ---- the zone -------------------------------------------------------------

    void zoneFromTheSoa_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("before"); // the A RRset's values before
        QTest::newRow("name in the zone (SOA in authority)") << QStringLiteral("nas.example.test")
                                                            << QStringLiteral("example.test") << "60 " + kOld;
        QTest::newRow("apex (SOA in the answer)") << QStringLiteral("home.example.test")
                                                  << QStringLiteral("home.example.test") << "60 " + kOld;
        QTest::newRow("new name (NXDOMAIN)") << QStringLiteral("new.example.test") << QStringLiteral("example.test")
                                             << QString();
        QTest::newRow("multi-label zone") << QStringLiteral("pc.home.example.test") << QStringLiteral("home.example.test")
                                          << QString();
    }

    void zoneFromTheSoa()
    {
        QFETCH(QString, name);
        QFETCH(QString, zone);
        QFETCH(QString, before);
        FakeServer server;
        Network network(server);
        QCOMPARE(server.values(name, QStringLiteral("A")).join(QLatin1Char(',')), before);
        auto job = makeProvider()->createUpdateJob(target(name), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QVERIFY2(run.result.detail.contains(zone), qPrintable(run.result.detail));
        QCOMPARE(questions(server), (QStringList{name + " SOA", name + " A", "UPDATE " + zone + " SOA"}));
        QCOMPARE(server.seen.last().updates,
                 (QStringList{name + " A ANY 0 []", name + " A IN 60 [" + kAddress + "]"}));
        QCOMPARE(server.values(name, QStringLiteral("A")), QStringList{"60 " + kAddress});
        for (const Seen &seen : server.seen)
            QVERIFY(seen.signedByKey);
        // The SOA query asks the server itself: no recursion.
        QVERIFY(!DnsMessage::parse(run.dnsRequests.first().message)->isResponse);
        QCOMPARE(quint8(run.dnsRequests.first().message.at(2)) & 0x01, 0);
    }

    void zoneSetAsksNoSoa()
    {
        FakeServer server;
        Network network(server);
        auto job = makeProvider(settings(QStringLiteral("example.test")))->createUpdateJob(target(), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(questions(server), (QStringList{"nas.example.test A", "UPDATE example.test SOA"}));
    }

    void nameOutsideTheSetZone()
    {
        FakeServer server;
        Network network(server);
        auto job = makeProvider(settings(QStringLiteral("example.test")))->createUpdateJob(target(QStringLiteral("nas.example.org")), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(server.seen.isEmpty());
    }

    void noZoneHoldsTheName()
    {
        FakeServer server;
        Network network(server);
        // The server refuses names of zones it does not serve.
        auto job = makeProvider()->createUpdateJob(target(QStringLiteral("nas.example.org")), secrets());
        auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QVERIFY2(run.result.detail.contains(QStringLiteral("no such zone (REFUSED)")), qPrintable(run.result.detail));
        QCOMPARE(server.updates(), 0);
        // A server that answers NOERROR without any SOA: no such zone.
        server.forcedQueryRcode = dnsrcode::NoError;
        job = makeProvider()->createUpdateJob(target(QStringLiteral("nas.example.org")), secrets());
        run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::NoSuchHost);
        QCOMPARE(server.updates(), 0);
    }

    // ---- the RRset ------------------------------------------------------------

    void alreadyRightSendsNoUpdate()
    {
        FakeServer server;
        server.zones[QStringLiteral("example.test")][2].value = kAddress;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QVERIFY(run.result.detail.contains(kAddress));
        QCOMPARE(server.updates(), 0);
        QCOMPARE(run.dnsRequests.size(), 2);
    }

    void ipv6AlreadyRight()
    {
        FakeServer server;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(QStringLiteral("nas.example.test"), 60, QStringLiteral("2001:DB8:0::1")), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::NoChange);
        QCOMPARE(server.updates(), 0);
    }

    void differentRRsetIsReplaced_data()
    {
        QTest::addColumn<QStringList>("values"); // the A RRset before: "ttl value"
        QTest::addColumn<int>("ttl");             // the record's TTL setting
        QTest::newRow("other value") << QStringList{"60 " + kOld} << 60;
        QTest::newRow("other ttl") << QStringList{"300 " + kAddress} << 60;
        QTest::newRow("default ttl is 60") << QStringList{"300 " + kAddress} << 0;
        QTest::newRow("two values") << QStringList{"60 " + kAddress, "60 " + kOld} << 60;
        QTest::newRow("none") << QStringList() << 60;
        QTest::newRow("ttl 3600") << QStringList{"60 " + kAddress} << 3600;
    }

    void differentRRsetIsReplaced()
    {
        QFETCH(QStringList, values);
        QFETCH(int, ttl);
        FakeServer server;
        QList<Record> &records = server.zones[QStringLiteral("example.test")];
        records.removeIf([](const Record &r) { return r.name == QLatin1String("nas.example.test") && r.type == QLatin1String("A"); });
        for (const QString &value : values)
            records.append({QStringLiteral("nas.example.test"), QStringLiteral("A"), value.section(' ', 0, 0).toUInt(),
                            value.section(' ', 1)});
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(QStringLiteral("nas.example.test"), ttl), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(server.updates(), 1);
        const int expectedTtl = ttl > 0 ? ttl : 60;
        QCOMPARE(server.seen.last().updates,
                 (QStringList{QStringLiteral("nas.example.test A ANY 0 []"),
                              QStringLiteral("nas.example.test A IN %1 [%2]").arg(expectedTtl).arg(kAddress)}));
        QCOMPARE(server.values(QStringLiteral("nas.example.test"), QStringLiteral("A")),
                 QStringList{QStringLiteral("%1 %2").arg(expectedTtl).arg(kAddress)});
        // Other RRsets of the name, and other names, are left alone.
        QCOMPARE(server.values(QStringLiteral("nas.example.test"), QStringLiteral("AAAA")), QStringList{"60 2001:db8::1"});
        QCOMPARE(server.values(QStringLiteral("nas.example.test"), QStringLiteral("TXT")), QStringList{"300 \"keep me\""});
        QCOMPARE(server.values(QStringLiteral("home.example.test"), QStringLiteral("A")), QStringList{"60 " + kOld});
    }

    void aaaaIsReplacedAlone()
    {
        FakeServer server;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(QStringLiteral("nas.example.test"), 60, QStringLiteral("2001:db8::2")), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(server.seen.last().updates,
                 (QStringList{"nas.example.test AAAA ANY 0 []", "nas.example.test AAAA IN 60 [2001:db8::2]"}));
        QCOMPARE(server.values(QStringLiteral("nas.example.test"), QStringLiteral("A")), QStringList{"60 " + kOld});
    }

    // ---- answers that cannot be trusted ---------------------------------------

    void untrustedAnswers_data()
    {
        QTest::addColumn<bool>("sign");
        QTest::addColumn<bool>("tamper");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unsigned") << false << false << QStringLiteral("without signing");
        QTest::newRow("bad MAC") << true << true << QStringLiteral("does not match");
    }

    void untrustedAnswers()
    {
        QFETCH(bool, sign);
        QFETCH(bool, tamper);
        QFETCH(QString, mentions);
        FakeServer server;
        server.signAnswers = sign;
        server.tamperAnswers = tamper;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
        QVERIFY2(run.result.detail.contains(mentions), qPrintable(run.result.detail));
        QCOMPARE(server.updates(), 0); // nothing read from an untrusted answer leads to a write
        QCOMPARE(run.dnsRequests.size(), 1);
    }

    void untrustedAnswerToTheUpdateIsNotOk()
    {
        FakeServer server;
        Network network(server);
        auto job = makeProvider(settings(QStringLiteral("example.test")))->createUpdateJob(target(), secrets());
        // Signed answers to the read, an unsigned NOERROR to the UPDATE.
        const auto run = test::driveDnsJob(*job, [&](const DnsRequest &request) {
            server.signAnswers = DnsMessage::parse(request.message)->opcode != LDNS_PACKET_UPDATE;
            return network.ask(request);
        });
        QCOMPARE(server.updates(), 1);
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
    }

    void answerSignedWithAnotherKey()
    {
        FakeServer server;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(), secrets());
        const auto run = test::driveDnsJob(*job, [&](const DnsRequest &request) {
            DnsAnswer answer = network.ask(request);
            answer.tsig = Tsig::Verdict::OtherKey;
            return answer;
        });
        QCOMPARE(run.result.kind, ResultKind::BadResponse);
        QVERIFY(run.result.detail.contains(QStringLiteral("another key")));
    }

    // ---- failures -------------------------------------------------------------

    void updateFailures_data()
    {
        QTest::addColumn<int>("rcode");
        QTest::addColumn<int>("tsigError");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("NOTAUTH BADSIG") << dnsrcode::NotAuth << dnsrcode::BadSig << ResultKind::AuthFailed << QStringLiteral("BADSIG");
        QTest::newRow("NOTAUTH BADKEY") << dnsrcode::NotAuth << dnsrcode::BadKey << ResultKind::AuthFailed << QStringLiteral("BADKEY");
        QTest::newRow("NOTAUTH BADTRUNC") << dnsrcode::NotAuth << dnsrcode::BadTrunc << ResultKind::AuthFailed << QStringLiteral("BADTRUNC");
        QTest::newRow("REFUSED") << dnsrcode::Refused << 0 << ResultKind::AuthFailed << QStringLiteral("not allowed");
        QTest::newRow("NOTAUTH") << dnsrcode::NotAuth << 0 << ResultKind::AuthFailed << QStringLiteral("NOTAUTH");
        QTest::newRow("NOTZONE") << dnsrcode::NotZone << 0 << ResultKind::NoSuchHost << QStringLiteral("NOTZONE");
        QTest::newRow("NXDOMAIN") << dnsrcode::NxDomain << 0 << ResultKind::NoSuchHost << QStringLiteral("NXDOMAIN");
        QTest::newRow("SERVFAIL") << dnsrcode::ServFail << 0 << ResultKind::ServerError << QStringLiteral("SERVFAIL");
        QTest::newRow("NOTIMP") << dnsrcode::NotImp << 0 << ResultKind::ConfigError << QStringLiteral("NOTIMP");
        QTest::newRow("FORMERR") << dnsrcode::FormErr << 0 << ResultKind::BadResponse << QStringLiteral("FORMERR");
        QTest::newRow("YXRRSET") << dnsrcode::YxRrSet << 0 << ResultKind::BadResponse << QStringLiteral("YXRRSET");
    }

    void updateFailures()
    {
        QFETCH(int, rcode);
        QFETCH(int, tsigError);
        QFETCH(ResultKind, kind);
        QFETCH(QString, mentions);
        FakeServer server;
        server.forcedUpdateRcode = rcode;
        server.forcedTsigError = quint16(tsigError);
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, kind);
        QVERIFY2(run.result.detail.contains(mentions), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(QStringLiteral("192.0.2.53:5353")) || rcode == dnsrcode::NotZone,
                 qPrintable(run.result.detail));
        QCOMPARE(run.dnsRequests.size(), 3);
    }

    void queryFailures_data()
    {
        QTest::addColumn<int>("rcode");
        QTest::addColumn<ResultKind>("kind");
        // The SOA query of a zone the server does not serve is refused: no such zone.
        QTest::newRow("REFUSED") << dnsrcode::Refused << ResultKind::NoSuchHost;
        QTest::newRow("SERVFAIL") << dnsrcode::ServFail << ResultKind::ServerError;
        QTest::newRow("NOTAUTH") << dnsrcode::NotAuth << ResultKind::NoSuchHost;
        QTest::newRow("NOTIMP") << dnsrcode::NotImp << ResultKind::ConfigError;
    }

    void queryFailures()
    {
        QFETCH(int, rcode);
        QFETCH(ResultKind, kind);
        FakeServer server;
        server.forcedQueryRcode = rcode;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, kind);
        QCOMPARE(run.dnsRequests.size(), 1);
        QCOMPARE(server.updates(), 0);
    }

    // The server's own checks of the key, end to end.
    void wrongSecretIsBadSig()
    {
        FakeServer server;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(), secrets(QByteArray(32, 'x')));
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains(QStringLiteral("BADSIG")), qPrintable(run.result.detail));
        QVERIFY(run.result.detail.contains(kKeyName));
        QCOMPARE(server.updates(), 0);
    }

    void unknownKeyIsBadKey_data()
    {
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("other name") << QStringLiteral("someone-else") << QStringLiteral("hmac-sha256");
        QTest::newRow("other algorithm") << kKeyName << QStringLiteral("hmac-sha512");
    }

    void unknownKeyIsBadKey()
    {
        QFETCH(QString, keyName);
        QFETCH(QString, algorithm);
        FakeServer server;
        Network network(server);
        QJsonObject values = settings({}, algorithm);
        values.insert(QStringLiteral("key_name"), keyName);
        auto job = makeProvider(values)->createUpdateJob(target(), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY2(run.result.detail.contains(QStringLiteral("BADKEY")), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(algorithm), qPrintable(run.result.detail));
    }

    void clockSkew_data()
    {
        QTest::addColumn<int>("serverMinusClient");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("this clock behind by 10 minutes") << 600 << QStringLiteral("10 minute(s) behind");
        QTest::newRow("this clock ahead by an hour") << -3600 << QStringLiteral("60 minute(s) ahead");
        QTest::newRow("this clock ahead by a day") << -86400 << QStringLiteral("24 hour(s) ahead");
        QTest::newRow("this clock behind by 301 s") << 301 << QStringLiteral("5 minute(s) behind");
    }

    void clockSkew()
    {
        QFETCH(int, serverMinusClient);
        QFETCH(QString, mentions);
        FakeServer server;
        server.skewSeconds = serverMinusClient;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::ClockSkew);
        QVERIFY2(run.result.detail.contains(mentions), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(QStringLiteral("BADTIME")), qPrintable(run.result.detail));
        QCOMPARE(server.updates(), 0);
    }

    void withinTheFudgeIsFine()
    {
        FakeServer server;
        server.skewSeconds = -299;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(), secrets());
        QCOMPARE(network.run(*job).result.kind, ResultKind::Ok);
    }

    void badTimeWithoutServerTime()
    {
        DnsMessage answer;
        answer.isResponse = true;
        answer.rcode = dnsrcode::NotAuth;
        answer.tsig = DnsTsigRecord{kKeyName, QStringLiteral("hmac-sha256"), dnsrcode::BadTime, 1000, 300, std::nullopt};
        const UpdateResult result = Rfc2136Provider::classifyFailure(answer, Rfc2136Provider::Settings{kServer, 53, {}, kKeyName, TsigAlgorithm::HmacSha256},
                                                                     QStringLiteral("nas.example.test"), QStringLiteral("example.test"));
        QCOMPARE(result.kind, ResultKind::ClockSkew);
        QVERIFY2(result.detail.contains(QStringLiteral("more than 5 minute(s)")), qPrintable(result.detail));
    }

    // A key named in the zone (ddns.example.test), which a server may compress
    // in its answers' TSIG record against the zone's name.
    void keyNamedInTheZone()
    {
        FakeServer server;
        server.key.name = QStringLiteral("ddns.example.test");
        server.compressKeyName = true;
        Network network(server);
        QJsonObject values = settings();
        values.insert(QStringLiteral("key_name"), QStringLiteral("DDNS.example.test."));
        auto job = makeProvider(values)->createUpdateJob(target(), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::Ok);
        QCOMPARE(server.updates(), 1);
        // The answers were compressed indeed.
        const QByteArray probe = server.serve(Tsig::sign(*DnsMessage::query(QStringLiteral("nas.example.test"),
                                                                            QStringLiteral("A"), false),
                                                         server.key, network.clock.now().toSecsSinceEpoch())
                                                  ->message,
                                              network.clock.now().toSecsSinceEpoch());
        QVERIFY(!probe.contains(QByteArray::fromHex("0464646e73076578616d706c65047465737400")));
        QVERIFY(probe.contains(QByteArray::fromHex("0464646e73c0")));
    }

    void secretNotBase64_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("not base64") << QStringLiteral("not base64 at all!");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
    }

    void secretNotBase64()
    {
        QFETCH(QString, secret);
        FakeServer server;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(), {{QString::fromLatin1(Rfc2136Provider::kSecretKey), secret}});
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(run.dnsRequests.isEmpty());
        QVERIFY(server.seen.isEmpty());
        // The check job too.
        auto check = makeProvider()->createCheckJob(target().record, {{QString::fromLatin1(Rfc2136Provider::kSecretKey), secret}});
        QCOMPARE(network.run(*check).result.kind, ResultKind::ConfigError);
        QVERIFY(server.seen.isEmpty());
    }

    void secretWithSpacesAround()
    {
        FakeServer server;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(
            target(), {{QString::fromLatin1(Rfc2136Provider::kSecretKey), "  " + QString::fromLatin1(kSecret.toBase64()) + "\n"}});
        QCOMPARE(network.run(*job).result.kind, ResultKind::Ok);
    }

    void noAnswerIsANetworkError()
    {
        FakeServer server;
        Network network(server);
        network.failure = DnsTransportError::Timeout;
        auto job = makeProvider()->createUpdateJob(target(), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::NetworkError);
        QCOMPARE(run.dnsRequests.size(), 1);
    }

    void nameThatDnsCannotCarry()
    {
        FakeServer server;
        Network network(server);
        auto job = makeProvider()->createUpdateJob(target(QString(64, QLatin1Char('n')) + QStringLiteral(".example.test")), secrets());
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::ConfigError);
        QVERIFY(run.dnsRequests.isEmpty());
    }

    // ---- through the core's JobRunner ------------------------------------------

    void throughJobRunner_data()
    {
        QTest::addColumn<int>("failure"); // -1: the server answers
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("answered") << -1 << ResultKind::Ok;
        QTest::newRow("timeout") << int(DnsTransportError::Timeout) << ResultKind::NetworkError;
        QTest::newRow("refused") << int(DnsTransportError::ConnectionFailed) << ResultKind::NetworkError;
        QTest::newRow("not DNS") << int(DnsTransportError::Other) << ResultKind::BadResponse;
    }

    void throughJobRunner()
    {
        QFETCH(int, failure);
        QFETCH(ResultKind, kind);
        FakeServer server;
        MockClock clock;
        FakeDnsTransport transport;
        int sent = 0;
        transport.setResponder([&](const QString &, quint16, const QByteArray &message) {
            ++sent;
            if (failure >= 0)
                return FakeDnsTransport::failure(DnsTransportError(failure), QStringLiteral("simulated"));
            return FakeDnsTransport::answer(server.serve(message, clock.now().toSecsSinceEpoch()));
        });
        test::FakeHttpClient http;
        JobRunner runner(http, transport, clock);
        QObject owner;
        std::optional<QList<UpdateResult>> results;
        runner.run(makeProvider()->createUpdateJob(target(), secrets()), 1, JobContext{}, &owner,
                   [&results](const QList<UpdateResult> &r) { results = r; });
        QTRY_VERIFY(results);
        QCOMPARE(results->size(), 1);
        QCOMPARE(results->first().kind, kind);
        QCOMPARE(sent, failure >= 0 ? 1 : 3);
        if (failure < 0)
            QCOMPARE(server.values(QStringLiteral("nas.example.test"), QStringLiteral("A")), QStringList{"60 " + kAddress});
    }

    // ---- the check job --------------------------------------------------------

    void checkJob_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("authoritative");
        QTest::addColumn<ResultKind>("kind");
        QTest::addColumn<QStringList>("asked");
        QTest::newRow("zone set") << QStringLiteral("example.test") << QString() << true << ResultKind::Ok
                                  << QStringList{"example.test SOA"};
        QTest::newRow("zone set, name given") << QStringLiteral("example.test") << QStringLiteral("nas.example.test")
                                              << true << ResultKind::Ok << QStringList{"example.test SOA"};
        QTest::newRow("zone from the name") << QString() << QStringLiteral("nas.example.test") << true << ResultKind::Ok
                                            << QStringList{"nas.example.test SOA"};
        QTest::newRow("new name") << QString() << QStringLiteral("new.home.example.test") << true << ResultKind::Ok
                                  << QStringList{"new.home.example.test SOA"};
        QTest::newRow("not authoritative") << QStringLiteral("example.test") << QString() << false
                                           << ResultKind::NoSuchHost << QStringList{"example.test SOA"};
        QTest::newRow("not authoritative, from the name") << QString() << QStringLiteral("nas.example.test") << false
                                                          << ResultKind::NoSuchHost << QStringList{"nas.example.test SOA"};
        QTest::newRow("zone set is not the zone") << QStringLiteral("sub.example.test") << QString() << true
                                                  << ResultKind::NoSuchHost << QStringList{"sub.example.test SOA"};
        QTest::newRow("zone not served") << QStringLiteral("example.org") << QString() << true << ResultKind::NoSuchHost
                                         << QStringList{"example.org SOA"};
        QTest::newRow("no zone, no name") << QString() << QString() << true << ResultKind::ConfigError << QStringList();
    }

    void checkJob()
    {
        QFETCH(QString, zone);
        QFETCH(QString, name);
        QFETCH(bool, authoritative);
        QFETCH(ResultKind, kind);
        QFETCH(QStringList, asked);
        FakeServer server;
        server.authoritative = authoritative;
        Network network(server);
        RecordSpec record;
        record.name = name;
        record.type = QStringLiteral("A");
        auto job = makeProvider(settings(zone))->createCheckJob(record, secrets());
        QVERIFY(job);
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, kind);
        QCOMPARE(questions(server), asked);
        QCOMPARE(server.updates(), 0);
        if (kind == ResultKind::Ok) {
            QVERIFY2(run.result.detail.contains(kKeyName), qPrintable(run.result.detail));
            QVERIFY2(run.result.detail.contains(QStringLiteral("hmac-sha256")), qPrintable(run.result.detail));
        }
    }

    void checkJobWithWrongSecret()
    {
        FakeServer server;
        Network network(server);
        RecordSpec record;
        record.type = QStringLiteral("A");
        auto job = makeProvider(settings(QStringLiteral("example.test")))->createCheckJob(record, secrets(QByteArray(32, 'y')));
        const auto run = network.run(*job);
        QCOMPARE(run.result.kind, ResultKind::AuthFailed);
        QVERIFY(run.result.detail.contains(QStringLiteral("BADSIG")));
    }

    void checkJobUnsignedAnswer()
    {
        FakeServer server;
        server.signAnswers = false;
        Network network(server);
        RecordSpec record;
        record.type = QStringLiteral("A");
        auto job = makeProvider(settings(QStringLiteral("example.test")))->createCheckJob(record, secrets());
        QCOMPARE(network.run(*job).result.kind, ResultKind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestRfc2136)
#include "tst_rfc2136.moc"
