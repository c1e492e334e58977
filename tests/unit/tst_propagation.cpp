// Propagation checks: DNS server addresses, the decision after a check (live,
// drift, caches), the schedule, the check against fake DNS servers that
// answer like real ones, the monitor on real state and history files, the
// configuration keys and `homing-cli verify`'s report.
#include "address/IpSourceFactory.h"
#include "BuiltinProviders.h"
#include "config/ConfigLoader.h"
#include "dns/DnsMessage.h"
#include "dns/DnsServerAddress.h"
#include "FakeDnsTransport.h"
#include "MockClock.h"
#include "propagation/PropagationCheck.h"
#include "propagation/PropagationMonitor.h"
#include "provider/ProviderRegistry.h"
#include "report/VerificationReport.h"
#include "storage/HistoryStore.h"
#include "storage/JsonText.h"
#include "storage/StateStore.h"
#include "update/UpdatePlanner.h"

#include <ldns/ldns.h>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace homing;
using homing::test::FakeDnsTransport;
using homing::test::MockClock;

namespace {

// Test addresses only (RFC 5737): the check must never reach a real resolver.
const QString kResolver1 = QStringLiteral("192.0.2.1");
const QString kResolver2 = QStringLiteral("192.0.2.2");
const QString kNs1 = QStringLiteral("198.51.100.1");
const QString kNs2 = QStringLiteral("198.51.100.2");
const QString kName = QStringLiteral("nas.example.com");
const QString kZone = QStringLiteral("example.com");
const QString kNew = QStringLiteral("203.0.113.10"); // what Homing set
const QString kOld = QStringLiteral("203.0.113.1");  // what it replaced
const QString kOther = QStringLiteral("203.0.113.9"); // set by someone else
const QString kCurrent = QStringLiteral("203.0.113.50"); // detected now, not yet sent

const QDateTime kT0(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

// ---- DNS answers built with ldns, as a real server would send them ----

struct Question {
    QString name; // lower case, without the trailing dot
    QString type;
    bool recursionDesired = false;
    quint16 id = 0;
};

ldns_pkt *parsePacket(const QByteArray &wire)
{
    ldns_pkt *packet = nullptr;
    if (ldns_wire2pkt(&packet, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size())) != LDNS_STATUS_OK)
        return nullptr;
    return packet;
}

QString takeString(char *text)
{
    const QString result = QString::fromUtf8(text);
    free(text); // NOLINT: ldns allocates with malloc
    return result;
}

std::optional<Question> questionOf(const QByteArray &wire)
{
    ldns_pkt *packet = parsePacket(wire);
    if (!packet)
        return std::nullopt;
    std::optional<Question> question;
    if (ldns_pkt_qdcount(packet) == 1) {
        const ldns_rr *rr = ldns_rr_list_rr(ldns_pkt_question(packet), 0);
        Question q;
        q.name = takeString(ldns_rdf2str(ldns_rr_owner(rr))).toLower();
        if (q.name.endsWith(QLatin1Char('.')))
            q.name.chop(1);
        q.type = takeString(ldns_rr_type2str(ldns_rr_get_type(rr)));
        q.recursionDesired = ldns_pkt_rd(packet);
        q.id = ldns_pkt_id(packet);
        question = q;
    }
    ldns_pkt_free(packet);
    return question;
}

// The answer to `query`: its id and question, the flags, and records in
// zone-file form ("nas.example.com. 300 IN A 192.0.2.10").
QByteArray reply(const QByteArray &query, int rcode, bool authoritative, const QStringList &answers,
                 const QStringList &authority = {})
{
    ldns_pkt *request = parsePacket(query);
    if (!request)
        return {};
    ldns_pkt *packet = ldns_pkt_new();
    ldns_pkt_set_id(packet, ldns_pkt_id(request));
    ldns_pkt_set_qr(packet, true);
    ldns_pkt_set_aa(packet, authoritative);
    ldns_pkt_set_rd(packet, ldns_pkt_rd(request));
    ldns_pkt_set_ra(packet, !authoritative);
    ldns_pkt_set_rcode(packet, uint8_t(rcode));
    ldns_pkt_push_rr(packet, LDNS_SECTION_QUESTION, ldns_rr_clone(ldns_rr_list_rr(ldns_pkt_question(request), 0)));
    const auto push = [packet](ldns_pkt_section section, const QStringList &records) {
        for (const QString &text : records) {
            ldns_rr *rr = nullptr;
            if (ldns_rr_new_frm_str(&rr, text.toLatin1().constData(), 0, nullptr, nullptr) != LDNS_STATUS_OK) {
                qWarning("bad fixture record: %s", qPrintable(text));
                continue;
            }
            ldns_pkt_push_rr(packet, section, rr);
        }
    };
    push(LDNS_SECTION_ANSWER, answers);
    push(LDNS_SECTION_AUTHORITY, authority);
    uint8_t *wire = nullptr;
    size_t size = 0;
    QByteArray bytes;
    if (ldns_pkt2wire(&wire, packet, &size) == LDNS_STATUS_OK) {
        bytes = QByteArray(reinterpret_cast<const char *>(wire), qsizetype(size));
        free(wire); // NOLINT: ldns allocates with malloc
    }
    ldns_pkt_free(packet);
    ldns_pkt_free(request);
    return bytes;
}

QString soaOf(const QString &zone)
{
    return QStringLiteral("%1. 3600 IN SOA ns1.%1. hostmaster.%1. 2026010101 7200 3600 1209600 300").arg(zone);
}

// A small DNS world: a recursive resolver that knows example.com, its two
// name servers, and what each authoritative server serves for the record.
struct World {
    QHash<QString, QStringList> authoritativeValues{{kNs1, {kNew}}, {kNs2, {kNew}}};
    quint32 authoritativeTtl = 300;
    QStringList resolverValues{kOld};
    quint32 resolverTtl = 120;
    QSet<QString> timingOut;            // servers that never answer
    QSet<QString> notAuthoritative;     // authoritative servers that answer without AA
    QSet<QString> nxdomain;             // authoritative servers that do not know the name
    QHash<QString, int> rcodes;         // servers that answer every question with this rcode
    QStringList nameservers{QStringLiteral("ns1.example.com"), QStringLiteral("ns2.example.com")};
    QHash<QString, QString> nameserverAddresses{{QStringLiteral("ns1.example.com"), kNs1},
                                                {QStringLiteral("ns2.example.com"), kNs2}};
    QString type = QStringLiteral("A");

    DnsReply answer(const QString &server, const QByteArray &message) const
    {
        if (timingOut.contains(server))
            return FakeDnsTransport::failure(DnsTransportError::Timeout, QStringLiteral("timed out"));
        const auto question = questionOf(message);
        if (!question)
            return FakeDnsTransport::failure(DnsTransportError::Other, QStringLiteral("not a query"));
        if (rcodes.contains(server))
            return FakeDnsTransport::answer(reply(message, rcodes.value(server), false, {}));
        if (authoritativeValues.contains(server) || nxdomain.contains(server)) {
            const bool aa = !notAuthoritative.contains(server);
            if (nxdomain.contains(server))
                return FakeDnsTransport::answer(reply(message, dnsrcode::NxDomain, aa, {}, {soaOf(kZone)}));
            if (question->name != kName || question->type != type)
                return FakeDnsTransport::answer(reply(message, dnsrcode::Refused, false, {}));
            QStringList records;
            for (const QString &value : authoritativeValues.value(server))
                records.append(QStringLiteral("%1. %2 IN %3 %4").arg(kName).arg(authoritativeTtl).arg(type, value));
            return FakeDnsTransport::answer(reply(message, dnsrcode::NoError, aa, records));
        }
        // A recursive resolver.
        if (question->name == kName && question->type == QLatin1String("SOA"))
            return FakeDnsTransport::answer(reply(message, dnsrcode::NoError, false, {}, {soaOf(kZone)}));
        if (question->name == kZone && question->type == QLatin1String("NS")) {
            QStringList records;
            for (const QString &ns : nameservers)
                records.append(QStringLiteral("%1. 3600 IN NS %2.").arg(kZone, ns));
            return FakeDnsTransport::answer(reply(message, dnsrcode::NoError, false, records));
        }
        if (nameserverAddresses.contains(question->name) && question->type == QLatin1String("A"))
            return FakeDnsTransport::answer(reply(
                message, dnsrcode::NoError, false,
                {QStringLiteral("%1. 3600 IN A %2").arg(question->name, nameserverAddresses.value(question->name))}));
        if (question->name == kName && question->type == type) {
            QStringList records;
            for (const QString &value : resolverValues)
                records.append(QStringLiteral("%1. %2 IN %3 %4").arg(kName).arg(resolverTtl).arg(type, value));
            return FakeDnsTransport::answer(reply(message, dnsrcode::NoError, false, records));
        }
        return FakeDnsTransport::answer(reply(message, dnsrcode::NxDomain, false, {}, {soaOf(kZone)}));
    }
};

// What was sent, one line each: "server:port TYPE name rd|norec".
QStringList sentLines(const FakeDnsTransport &dns)
{
    QStringList lines;
    for (const auto &sent : dns.sent()) {
        const auto question = questionOf(sent.message);
        lines.append(question ? QStringLiteral("%1:%2 %3 %4 %5")
                                    .arg(sent.server)
                                    .arg(sent.port)
                                    .arg(question->type, question->name,
                                         question->recursionDesired ? QStringLiteral("rd") : QStringLiteral("norec"))
                              : QStringLiteral("%1:%2 (not a query)").arg(sent.server).arg(sent.port));
    }
    return lines;
}

DnsServerAddress server(const QString &host, quint16 port = 53)
{
    return DnsServerAddress{host, port};
}

PropagationReport runCheck(FakeDnsTransport &dns, const Clock &clock, const PropagationQuery &query)
{
    PropagationReport result;
    bool done = false;
    QObject context;
    PropagationCheck(dns, clock).run(query, &context, [&](const PropagationReport &report) {
        result = report;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
    return result;
}

// ---- decideAfterCheck fixtures ----

RecordConfig recordConfig(int ttl = 300, bool alwaysCorrect = false)
{
    RecordConfig record;
    record.account = QStringLiteral("own");
    record.spec = RecordSpec{kName, QStringLiteral("A"), ttl, {}};
    record.alwaysCorrect = alwaysCorrect;
    return record;
}

// Just after Homing set kNew (the old value was kOld).
RecordState updatedAt(const QDateTime &when)
{
    RecordState state;
    state.condition = RecordCondition::InSync;
    state.confirmedValue = kNew;
    state.lastSuccess = when;
    state.lastAttempt = when;
    state.lastResult = ResultKind::Ok;
    state.live = false;
    return state;
}

ServedAnswer answerOf(const QString &server, const QStringList &values, quint32 ttl = 300)
{
    return ServedAnswer{server, {}, values, ttl, {}};
}

ServedAnswer failedAnswer(const QString &server, const QString &error = QStringLiteral("timed out"))
{
    return ServedAnswer{server, {}, {}, 0, error};
}

// Both authoritative servers serve these values; the resolvers are given.
PropagationReport reportOf(const QStringList &ns1, const QStringList &ns2, const QList<ServedAnswer> &resolvers = {},
                           const QDateTime &at = kT0)
{
    PropagationReport report;
    report.checkedAt = at;
    report.authoritative = {answerOf(kNs1 + QStringLiteral(":53"), ns1), answerOf(kNs2 + QStringLiteral(":53"), ns2)};
    report.resolvers = resolvers;
    return report;
}

QStringList historyResults(const QList<HistoryEntry> &entries)
{
    QStringList results;
    for (const HistoryEntry &entry : entries)
        results.append(entry.result);
    return results;
}

// ---- configuration fixtures ----

QByteArray configJson(const QString &top, const QString &accountExtra, const QString &recordExtra)
{
    return QStringLiteral("{\"version\": 1, %1 \"accounts\": [{\"id\": \"cf\", \"provider\": \"cloudflare\", "
                          "\"secrets\": {\"token\": \"keychain\"} %2}], "
                          "\"records\": [{\"account\": \"cf\", \"name\": \"nas.example.com\", \"type\": \"A\" %3}]}")
        .arg(top.isEmpty() ? QString() : top + QStringLiteral(","),
             accountExtra.isEmpty() ? QString() : QStringLiteral(", ") + accountExtra,
             recordExtra.isEmpty() ? QString() : QStringLiteral(", ") + recordExtra)
        .toUtf8();
}

QStringList issuePaths(const QList<ConfigIssue> &issues, ConfigIssue::Severity severity)
{
    QStringList paths;
    for (const ConfigIssue &issue : issues) {
        if (issue.severity == severity)
            paths.append(issue.path);
    }
    return paths;
}

QStringList addressTexts(const QList<DnsServerAddress> &servers)
{
    QStringList texts;
    for (const DnsServerAddress &server : servers)
        texts.append(server.toString());
    return texts;
}

// ---- monitor fixtures ----

Config monitorConfig()
{
    Config config;
    config.requestTimeoutSeconds = 5;
    config.propagation.enabled = true;
    config.propagation.resolvers = {server(kResolver1)};
    AccountConfig account;
    account.id = QStringLiteral("own");
    account.provider = QStringLiteral("rfc2136");
    account.nameservers = {server(kNs1), server(kNs2)};
    config.accounts = {account};
    RecordConfig nas = recordConfig();
    RecordConfig other = recordConfig();
    other.spec.name = QStringLiteral("other.example.com");
    RecordConfig paused = recordConfig();
    paused.spec.name = QStringLiteral("paused.example.com");
    paused.paused = true;
    config.records = {nas, other, paused};
    return config;
}

} // namespace

Q_DECLARE_METATYPE(homing::RecordState)
Q_DECLARE_METATYPE(QList<homing::ServedAnswer>)

class TestPropagation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---------------------------------------------------------------- DnsServerAddress

    void serverAddressParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("shown");

        QTest::newRow("ipv4") << "192.0.2.53" << true << "192.0.2.53" << 53 << "192.0.2.53:53";
        QTest::newRow("ipv4 port") << "192.0.2.53:5353" << true << "192.0.2.53" << 5353 << "192.0.2.53:5353";
        QTest::newRow("ipv4 spaces") << "  192.0.2.53:54  " << true << "192.0.2.53" << 54 << "192.0.2.53:54";
        QTest::newRow("ipv6 bracket port") << "[2001:db8::53]:5353" << true << "2001:db8::53" << 5353
                                           << "[2001:db8::53]:5353";
        QTest::newRow("ipv6 bracket") << "[2001:db8::53]" << true << "2001:db8::53" << 53 << "[2001:db8::53]:53";
        QTest::newRow("ipv6 bare") << "2001:db8::53" << true << "2001:db8::53" << 53 << "[2001:db8::53]:53";
        QTest::newRow("ipv6 loopback") << "::1" << true << "::1" << 53 << "[::1]:53";
        QTest::newRow("ipv4-mapped") << "[::ffff:192.0.2.1]:53" << true << "::ffff:192.0.2.1" << 53
                                     << "[::ffff:192.0.2.1]:53";
        QTest::newRow("host") << "ns1.example.com" << true << "ns1.example.com" << 53 << "ns1.example.com:53";
        QTest::newRow("host port") << "ns1.example.com:5300" << true << "ns1.example.com" << 5300
                                   << "ns1.example.com:5300";
        QTest::newRow("localhost") << "localhost:1053" << true << "localhost" << 1053 << "localhost:1053";
        QTest::newRow("port 1") << "192.0.2.53:1" << true << "192.0.2.53" << 1 << "192.0.2.53:1";
        QTest::newRow("port 65535") << "192.0.2.53:65535" << true << "192.0.2.53" << 65535 << "192.0.2.53:65535";

        QTest::newRow("empty") << "" << false << "" << 0 << "";
        QTest::newRow("blank") << "   " << false << "" << 0 << "";
        QTest::newRow("port 0") << "192.0.2.53:0" << false << "" << 0 << "";
        QTest::newRow("port 65536") << "192.0.2.53:65536" << false << "" << 0 << "";
        QTest::newRow("port negative") << "192.0.2.53:-1" << false << "" << 0 << "";
        QTest::newRow("port name") << "192.0.2.53:dns" << false << "" << 0 << "";
        QTest::newRow("ipv6 bad port") << "[2001:db8::53]:99999" << false << "" << 0 << "";
        QTest::newRow("ipv6 no close") << "[2001:db8::53:53" << false << "" << 0 << "";
        QTest::newRow("ipv6 junk after") << "[2001:db8::53]x53" << false << "" << 0 << "";
        QTest::newRow("ipv4 in brackets") << "[192.0.2.53]:53" << false << "" << 0 << "";
        QTest::newRow("bad ipv6") << "2001:db8::zz::1" << false << "" << 0 << "";
        QTest::newRow("colon only") << ":53" << false << "" << 0 << "";
        QTest::newRow("inner space") << "ns1 example.com" << false << "" << 0 << "";
        QTest::newRow("url") << "udp://192.0.2.53:53" << false << "" << 0 << "";
        // Not a host name either: a config error now, not a failed lookup at every check.
        QTest::newRow("empty port") << "192.0.2.53:" << false << "" << 0 << "";
        QTest::newRow("ipv6 empty port") << "[2001:db8::53]:" << false << "" << 0 << "";
        QTest::newRow("port with sign") << "192.0.2.53:+53" << false << "" << 0 << "";
        QTest::newRow("port with space") << "192.0.2.53: 53" << false << "" << 0 << "";
        QTest::newRow("path") << "ns1.example.com/53" << false << "" << 0 << "";
        QTest::newRow("tab") << "ns1\texample.com" << false << "" << 0 << "";
        QTest::newRow("empty label") << "ns1..example.com" << false << "" << 0 << "";
        QTest::newRow("leading dot") << ".example.com" << false << "" << 0 << "";
        QTest::newRow("five numbers") << "192.0.2.53.1" << false << "" << 0 << "";
        QTest::newRow("number too big") << "192.0.2.300" << false << "" << 0 << "";
        QTest::newRow("short ipv4") << "192.0.2" << false << "" << 0 << "";
        QTest::newRow("port only") << "1:53" << false << "" << 0 << "";
        QTest::newRow("label too long") << QString(QString(64, QLatin1Char('a')) + ".example.com") << false << "" << 0 << "";
        QTest::newRow("at sign") << "admin@ns1.example.com" << false << "" << 0 << "";
        QTest::newRow("host with dot") << "ns1.example.com." << true << "ns1.example.com." << 53 << "ns1.example.com.:53";
        QTest::newRow("host with hyphen") << "ns-1.example-dns.net:53" << true << "ns-1.example-dns.net" << 53
                                          << "ns-1.example-dns.net:53";
    }

    void serverAddressParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, shown);
        const auto parsed = DnsServerAddress::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(parsed->host, host);
        QCOMPARE(int(parsed->port), port);
        QCOMPARE(parsed->toString(), shown);
        // The check keeps servers as text and parses them again to ask them.
        const auto again = DnsServerAddress::parse(parsed->toString());
        QVERIFY(again);
        QCOMPARE(again->host, host);
        QCOMPARE(int(again->port), port);
    }

    // ---------------------------------------------------------------- decideAfterCheck

    void firstLiveRecordsHowLongItTook()
    {
        const RecordConfig record = recordConfig();
        const QDateTime now = kT0.addSecs(42);
        const auto decision = decideAfterCheck(record, updatedAt(kT0), reportOf({kNew}, {kNew}, {}, now), kNew, now);
        QCOMPARE(decision.state.live, std::optional<bool>(true));
        QCOMPARE(decision.state.liveSince, now);
        QCOMPARE(decision.state.lastVerified, now);
        QCOMPARE(decision.state.served.size(), 2);
        QVERIFY(!decision.driftFound);
        QVERIFY(!decision.correcting);
        QCOMPARE(decision.state.confirmedValue, kNew);
        QCOMPARE(historyResults(decision.history), QStringList{"live"});
        const HistoryEntry &entry = decision.history.first();
        QCOMPARE(entry.time, now);
        QCOMPARE(entry.record, kName);
        QCOMPARE(entry.account, QStringLiteral("own"));
        QCOMPARE(entry.type, QStringLiteral("A"));
        QCOMPARE(entry.newValue, kNew);
        QVERIFY2(entry.detail.contains(QStringLiteral("42 second")), qPrintable(entry.detail));
        QVERIFY2(entry.detail.contains(QStringLiteral("all 2 authoritative server")), qPrintable(entry.detail));

        // Still live at the next check: nothing more in history, live since the first time.
        const auto again = decideAfterCheck(record, decision.state, reportOf({kNew}, {kNew}, {}, now.addSecs(300)), kNew,
                                            now.addSecs(300));
        QVERIFY(again.history.isEmpty());
        QCOMPARE(again.state.liveSince, now);
        QCOMPARE(again.state.lastVerified, now.addSecs(300));
    }

    void firstCheckOfAnOldRecordWritesNoLiveEntry()
    {
        // State from before propagation checks existed: "live" never set, the
        // last update weeks ago. Live it is, but history must not claim it
        // took weeks after the update.
        RecordState before = updatedAt(kT0.addDays(-30));
        before.live.reset();
        const auto decision = decideAfterCheck(recordConfig(), before, reportOf({kNew}, {kNew}), kNew, kT0);
        QCOMPARE(decision.state.live, std::optional<bool>(true));
        QCOMPARE(decision.state.liveSince, kT0);
        QVERIFY2(decision.history.isEmpty(), qPrintable(decision.history.value(0).detail));
    }

    void notLiveUntilEveryServerAgrees_data()
    {
        QTest::addColumn<QList<ServedAnswer>>("authoritative");
        QTest::newRow("one has the old value") << QList<ServedAnswer>{answerOf(kNs1, {kNew}), answerOf(kNs2, {kOld})};
        QTest::newRow("one has nothing") << QList<ServedAnswer>{answerOf(kNs1, {kNew}), answerOf(kNs2, {})};
        QTest::newRow("one did not answer") << QList<ServedAnswer>{answerOf(kNs1, {kNew}), failedAnswer(kNs2)};
        QTest::newRow("one has both") << QList<ServedAnswer>{answerOf(kNs1, {kNew}), answerOf(kNs2, {kNew, kOld})};
        QTest::newRow("none") << QList<ServedAnswer>{};
    }

    void notLiveUntilEveryServerAgrees()
    {
        QFETCH(QList<ServedAnswer>, authoritative);
        PropagationReport report;
        report.authoritative = authoritative;
        const QDateTime now = kT0.addSecs(5);
        const auto decision = decideAfterCheck(recordConfig(), updatedAt(kT0), report, kNew, now);
        QCOMPARE(decision.state.live, std::optional<bool>(false));
        QVERIFY(!decision.state.liveSince.isValid());
        QCOMPARE(decision.state.lastVerified, now);
        QVERIFY(decision.history.isEmpty());
        // Right after an update, a server that has not caught up is no drift.
        QVERIFY(!decision.driftFound);
        QVERIFY(!decision.correcting);
        QVERIFY(decision.state.driftValue.isEmpty());
        QCOMPARE(decision.state.confirmedValue, kNew);
    }

    void laggingServerBecomesDriftOnlyAfterAnHour()
    {
        // Still the old value an hour after the update, never live: someone (or
        // something) else holds it.
        const QDateTime now = kT0.addSecs(3601);
        const auto decision = decideAfterCheck(recordConfig(), updatedAt(kT0), reportOf({kNew}, {kOld}), kNew, now);
        QVERIFY(decision.driftFound);
        QCOMPARE(decision.state.driftValue, kOld);
    }

    void driftAfterLiveIsReportedAndCorrected()
    {
        RecordConfig record = recordConfig();
        record.allowPrivate = true; // documentation addresses are not public
        RecordState before = updatedAt(kT0);
        before.live = true;
        before.liveSince = kT0.addSecs(10);
        const QDateTime now = kT0.addSecs(7200);
        const auto decision = decideAfterCheck(record, before, reportOf({kOther}, {kOther}), kNew, now);
        QVERIFY(decision.driftFound);
        QVERIFY(decision.correcting);
        QCOMPARE(decision.state.live, std::optional<bool>(false));
        QCOMPARE(decision.state.driftValue, kOther);
        QCOMPARE(decision.state.driftSince, now);
        QCOMPARE(decision.state.lastDriftCorrection, now);
        QCOMPARE(decision.state.condition, RecordCondition::Pending);
        QCOMPARE(historyResults(decision.history), QStringList{"drift"});
        const HistoryEntry &entry = decision.history.first();
        QCOMPARE(entry.oldValue, kNew);
        QCOMPARE(entry.newValue, kOther);
        QVERIFY2(entry.detail.contains(QStringLiteral("nas.example.com now points to 203.0.113.9, which Homing did not set")),
                 qPrintable(entry.detail));
        QVERIFY2(entry.detail.contains(QStringLiteral("at most once a day")), qPrintable(entry.detail));

        // The planner sends Homing's value again at the next pass.
        const DetectionResult detection{AddressFamily::IPv4, QHostAddress(kNew), {}, now, {}, {}, {}, {}};
        PlanInput input;
        input.record = &record;
        input.state = decision.state;
        input.detection = &detection;
        input.now = now;
        const RecordPlan plan = planRecord(input);
        QCOMPARE(plan.decision, PlanDecision::Send);
        QCOMPARE(plan.address.toString(), kNew);
    }

    void correctionNotYetSentIsStillDrift()
    {
        // Homing decided to set its value back, but no update ran before the
        // next check (`homing-cli verify` twice, no address detected, Homing
        // paused): someone else's value is still not "live", still drift, and
        // the planner still sends Homing's value.
        RecordConfig record = recordConfig();
        record.allowPrivate = true; // documentation addresses are not public
        RecordState before = updatedAt(kT0);
        before.live = true;
        const QDateTime now = kT0.addSecs(7200);
        const auto first = decideAfterCheck(record, before, reportOf({kOther}, {kOther}), kNew, now);
        QVERIFY(first.correcting);

        const auto second = decideAfterCheck(record, first.state, reportOf({kOther}, {kOther}), kNew, now.addSecs(60));
        QCOMPARE(second.state.live, std::optional<bool>(false));
        QVERIFY2(second.history.isEmpty(), qPrintable(historyResults(second.history).join(',')));
        QCOMPARE(second.state.driftValue, kOther);
        QCOMPARE(second.state.driftSince, now);
        QVERIFY(!second.driftFound);
        QVERIFY(!second.correcting); // once a day
        VerifyOutcome outcome;
        outcome.expected = second.state.confirmedValue;
        outcome.report = reportOf({kOther}, {kOther});
        outcome.after = second.state;
        QCOMPARE(verificationToJson({outcome}).value(QStringLiteral("exit_code")).toInt(), 1);

        const DetectionResult detection{AddressFamily::IPv4, QHostAddress(kNew), {}, now, {}, {}, {}, {}};
        PlanInput input;
        input.record = &record;
        input.state = second.state;
        input.detection = &detection;
        input.now = now.addSecs(120);
        const RecordPlan plan = planRecord(input);
        QCOMPARE(plan.decision, PlanDecision::Send);
        QCOMPARE(plan.address.toString(), kNew);

        // The update goes through: served again as Homing set it, live.
        const RecordState sent = applyResult(plan.state, UpdateResult::make(ResultKind::Ok, QString()), kNew,
                                             now.addSecs(120), QString(), 0);
        const auto third = decideAfterCheck(record, sent, reportOf({kNew}, {kNew}), kNew, now.addSecs(125));
        QCOMPARE(third.state.live, std::optional<bool>(true));
        QVERIFY(third.state.driftValue.isEmpty());
        QCOMPARE(historyResults(third.history), QStringList{"live"});
    }

    void driftCorrectedAtMostOnceADay()
    {
        const RecordConfig record = recordConfig();
        // Homing set its value back three hours ago; it was live again since.
        RecordState before = updatedAt(kT0);
        before.live = true;
        before.liveSince = kT0.addSecs(5);
        before.lastDriftCorrection = kT0.addSecs(-3 * 3600);
        const QDateTime now = kT0.addSecs(3600);

        const auto decision = decideAfterCheck(record, before, reportOf({kOther}, {kOther}), kNew, now);
        QVERIFY(decision.driftFound);
        QVERIFY(!decision.correcting);
        QCOMPARE(decision.state.confirmedValue, kNew);
        QCOMPARE(decision.state.lastDriftCorrection, before.lastDriftCorrection);
        QCOMPARE(decision.state.driftValue, kOther);
        QCOMPARE(historyResults(decision.history), QStringList{"drift"});
        QVERIFY2(decision.history.first().detail.contains(QStringLiteral("already set it back today")),
                 qPrintable(decision.history.first().detail));
        // Says until when it leaves it: a day after the last correction.
        QVERIFY2(decision.history.first().detail.contains(QStringLiteral("2026-01-02T09:00:00")),
                 qPrintable(decision.history.first().detail));

        // The same drift at the next check: nothing new to say, nothing done.
        const auto next = decideAfterCheck(record, decision.state, reportOf({kOther}, {kOther}), kNew, now.addSecs(300));
        QVERIFY(!next.driftFound);
        QVERIFY(!next.correcting);
        QVERIFY(next.history.isEmpty());
        QCOMPARE(next.state.driftValue, kOther);
        QCOMPARE(next.state.driftSince, now);

        // A day after the last correction: corrected again.
        const QDateTime later = before.lastDriftCorrection.addSecs(24 * 3600);
        const auto dayLater = decideAfterCheck(record, next.state, reportOf({kOther}, {kOther}), kNew, later);
        QVERIFY(dayLater.correcting);
        QVERIFY(!dayLater.driftFound); // the same value: not new
        QCOMPARE(dayLater.state.lastDriftCorrection, later);
        QCOMPARE(historyResults(dayLater.history), QStringList{"drift"});

        // Just before that: not yet.
        const auto almost = decideAfterCheck(record, next.state, reportOf({kOther}, {kOther}), kNew, later.addSecs(-1));
        QVERIFY(!almost.correcting);
        QVERIFY(almost.history.isEmpty());
    }

    void driftWithinAnHourOfAnUpdateIsReportedOnce()
    {
        // Homing set its value (correcting drift, say); it was live within
        // seconds; ten minutes later someone changes it again. Reported once,
        // and not again at every check in the hour after the update.
        const RecordConfig record = recordConfig();
        RecordState state = updatedAt(kT0);
        state.lastDriftCorrection = kT0;
        QList<HistoryEntry> history;
        int found = 0;
        for (const qint64 at : {5, 600, 900, 1800, 3000, 3700, 7200}) {
            const QStringList served = at == 5 ? QStringList{kNew} : QStringList{kOther};
            const auto decision = decideAfterCheck(record, state, reportOf(served, served), kNew, kT0.addSecs(at));
            history.append(decision.history);
            found += decision.driftFound ? 1 : 0;
            QVERIFY2(!decision.correcting, qPrintable(QString::number(at)));
            if (at > 5)
                QCOMPARE(decision.state.driftValue, kOther);
            state = decision.state;
        }
        QCOMPARE(historyResults(history), (QStringList{"live", "drift"}));
        QCOMPARE(found, 1);
        QCOMPARE(state.driftSince, kT0.addSecs(600));
    }

    void alwaysCorrectCorrectsEveryTime()
    {
        const RecordConfig record = recordConfig(300, true);
        RecordState before = updatedAt(kT0);
        before.live = true;
        before.lastDriftCorrection = kT0.addSecs(-60);
        const QDateTime now = kT0.addSecs(3600);
        const auto decision = decideAfterCheck(record, before, reportOf({kOther}, {kOther}), kNew, now);
        QVERIFY(decision.correcting);
        QCOMPARE(decision.state.lastDriftCorrection, now);
        QCOMPARE(historyResults(decision.history), QStringList{"drift"});
        QVERIFY2(decision.history.first().detail.contains(QStringLiteral("always correct")),
                 qPrintable(decision.history.first().detail));

        // The same drift again a minute later (the correction did not stick): again.
        RecordState still = before;
        still.driftValue = kOther;
        still.driftSince = now;
        still.lastDriftCorrection = now;
        const auto again = decideAfterCheck(record, still, reportOf({kOther}, {kOther}), kNew, now.addSecs(60));
        QVERIFY(again.correcting);
        QCOMPARE(historyResults(again.history), QStringList{"drift"});
    }

    void currentAddressIsNotDrift()
    {
        // The detected address is served (someone set it, or an update is on
        // its way): Homing is about to send it anyway.
        RecordState before = updatedAt(kT0);
        before.live = true;
        const QDateTime now = kT0.addSecs(7200);
        const auto decision = decideAfterCheck(recordConfig(), before, reportOf({kCurrent}, {kCurrent}), kCurrent, now);
        QVERIFY(!decision.driftFound);
        QVERIFY(!decision.correcting);
        QVERIFY(decision.state.driftValue.isEmpty());
        QCOMPARE(decision.state.live, std::optional<bool>(false));
        QVERIFY(decision.history.isEmpty());
        QCOMPARE(decision.state.confirmedValue, kNew);

        // The same served value with another address detected: drift.
        const auto drift = decideAfterCheck(recordConfig(), before, reportOf({kCurrent}, {kCurrent}), kNew, now);
        QVERIFY(drift.driftFound);
    }

    void uncertainValueIsNotDrift()
    {
        // An attempt whose outcome is unknown may have set another value.
        RecordState before = updatedAt(kT0);
        before.live = true;
        before.confirmedUncertain = true;
        const auto decision = decideAfterCheck(recordConfig(), before, reportOf({kOther}, {kOther}), kNew, kT0.addSecs(7200));
        QVERIFY(!decision.driftFound);
        QVERIFY(!decision.correcting);
        QVERIFY(decision.history.isEmpty());
    }

    void cachesExpireAt_data()
    {
        QTest::addColumn<QList<ServedAnswer>>("resolvers");
        QTest::addColumn<qint64>("sinceUpdate"); // seconds from the update to the check
        QTest::addColumn<qint64>("expiresAfterCheck"); // -1: no expiry
        const QString r1 = kResolver1 + QStringLiteral(":53");
        const QString r2 = kResolver2 + QStringLiteral(":53");
        const QString r3 = QStringLiteral("192.0.2.3:53");

        QTest::newRow("all have the new value") << QList<ServedAnswer>{answerOf(r1, {kNew}, 300), answerOf(r2, {kNew}, 20)}
                                                << qint64(30) << qint64(-1);
        QTest::newRow("max of those with the old value")
            << QList<ServedAnswer>{answerOf(r1, {kOld}, 120), answerOf(r2, {kNew}, 900), answerOf(r3, {kOld}, 250)}
            << qint64(30) << qint64(250);
        QTest::newRow("a cached empty answer counts")
            << QList<ServedAnswer>{answerOf(r1, {}, 0), answerOf(r2, {kOld}, 60)} << qint64(30) << qint64(60);
        // Resolvers that cannot be asked: the update time plus the TTL (300).
        QTest::newRow("none configured") << QList<ServedAnswer>{} << qint64(30) << qint64(270);
        QTest::newRow("none answered") << QList<ServedAnswer>{failedAnswer(r1), failedAnswer(r2)} << qint64(100)
                                       << qint64(200);
        QTest::newRow("estimate over a shorter cache")
            << QList<ServedAnswer>{failedAnswer(r1), answerOf(r2, {kOld}, 50)} << qint64(30) << qint64(270);
        QTest::newRow("a longer cache over the estimate")
            << QList<ServedAnswer>{failedAnswer(r1), answerOf(r2, {kOld}, 3000)} << qint64(30) << qint64(3000);
        QTest::newRow("estimate already past") << QList<ServedAnswer>{} << qint64(600) << qint64(-1);
    }

    void cachesExpireAt()
    {
        QFETCH(QList<ServedAnswer>, resolvers);
        QFETCH(qint64, sinceUpdate);
        QFETCH(qint64, expiresAfterCheck);
        const QDateTime now = kT0.addSecs(sinceUpdate);
        const auto decision = decideAfterCheck(recordConfig(300), updatedAt(kT0), reportOf({kNew}, {kNew}, resolvers, now),
                                               kNew, now);
        if (expiresAfterCheck < 0)
            QVERIFY2(!decision.state.cachesExpireAt.isValid(), qPrintable(decision.state.cachesExpireAt.toString(Qt::ISODate)));
        else
            QCOMPARE(decision.state.cachesExpireAt, now.addSecs(expiresAfterCheck));
    }

    void cachesEstimateUsesTheServedTtlWithoutARecordTtl()
    {
        PropagationReport report = reportOf({kNew}, {kNew});
        report.authoritative[0].ttl = 900;
        report.authoritative[1].ttl = 900;
        const QDateTime now = kT0.addSecs(100);
        const auto decision = decideAfterCheck(recordConfig(0), updatedAt(kT0), report, kNew, now);
        QCOMPARE(decision.state.cachesExpireAt, kT0.addSecs(900));
    }

    void problemChangesOnlyTheVerifyProblem()
    {
        RecordState before = updatedAt(kT0);
        before.live = true;
        before.liveSince = kT0.addSecs(3);
        before.lastVerified = kT0.addSecs(3);
        before.served = {answerOf(kNs1, {kNew})};
        before.cachesExpireAt = kT0.addSecs(300);
        before.driftValue = kOther;
        before.driftSince = kT0.addSecs(100);
        PropagationReport report;
        report.problem = QStringLiteral("no resolver said which zone holds nas.example.com");
        report.authoritative = {answerOf(kNs1, {kOther})};
        const auto decision = decideAfterCheck(recordConfig(), before, report, kNew, kT0.addSecs(7200));
        QVERIFY(decision.history.isEmpty());
        QVERIFY(!decision.driftFound);
        QVERIFY(!decision.correcting);
        QCOMPARE(decision.state.verifyProblem, report.problem);
        // The check that could not ask counts as a check for the schedule (last_verified), nothing more.
        QJsonObject after = decision.state.toJson();
        QCOMPARE(after.take(QStringLiteral("verify_problem")).toString(), report.problem);
        QCOMPARE(after.take(QStringLiteral("last_verified")).toString(), QStringLiteral("2026-01-01T14:00:00Z"));
        QJsonObject expected = before.toJson();
        expected.remove(QStringLiteral("last_verified"));
        QCOMPARE(after, expected);

        // The next good check clears it.
        const auto good = decideAfterCheck(recordConfig(), decision.state, reportOf({kNew}, {kNew}), kNew, kT0.addSecs(7300));
        QVERIFY(good.state.verifyProblem.isEmpty());
    }

    // ---------------------------------------------------------------- nextCheckDue

    void nextCheckDue_data()
    {
        QTest::addColumn<RecordState>("state");
        QTest::addColumn<int>("recordTtl");
        QTest::addColumn<QDateTime>("due"); // invalid: never

        const RecordState updated = updatedAt(kT0);
        QTest::newRow("never verified: at once") << updated << 300 << kT0;
        RecordState noSuccess = updated;
        noSuccess.lastSuccess = {};
        QTest::newRow("never verified, no update time") << noSuccess << 300 << QDateTime::fromSecsSinceEpoch(0, Qt::UTC);

        const auto checked = [&](qint64 after, bool live) {
            RecordState state = updated;
            state.lastVerified = kT0.addSecs(after);
            state.live = live;
            return state;
        };
        QTest::newRow("not live, 1 s after: 2 s") << checked(1, false) << 300 << kT0.addSecs(1 + 2);
        QTest::newRow("not live, 10 s after: 5 s") << checked(10, false) << 300 << kT0.addSecs(10 + 5);
        QTest::newRow("not live, 100 s after: 50 s") << checked(100, false) << 300 << kT0.addSecs(100 + 50);
        QTest::newRow("not live, 600 s after: 300 s") << checked(600, false) << 300 << kT0.addSecs(600 + 300);
        QTest::newRow("not live, a day after: 5 min") << checked(86400, false) << 300 << kT0.addSecs(86400 + 300);
        QTest::newRow("live: the TTL") << checked(5, true) << 600 << kT0.addSecs(5 + 600);
        QTest::newRow("live: at least a minute") << checked(5, true) << 30 << kT0.addSecs(5 + 60);
        RecordState servedTtl = checked(5, true);
        servedTtl.served = {answerOf(kNs1, {kNew}, 3600)};
        QTest::newRow("live: the served TTL") << servedTtl << 0 << kT0.addSecs(5 + 3600);
        RecordState servedLow = checked(5, true);
        servedLow.served = {answerOf(kNs1, {kNew}, 10)};
        QTest::newRow("live: served TTL, at least a minute") << servedLow << 0 << kT0.addSecs(5 + 60);
        QTest::newRow("live: no TTL known") << checked(5, true) << 0 << kT0.addSecs(5 + 300);

        RecordState blocked = checked(5, true);
        blocked.condition = RecordCondition::Blocked;
        QTest::newRow("blocked: never") << blocked << 300 << QDateTime();
        RecordState noValue;
        QTest::newRow("no value: never") << noValue << 300 << QDateTime();
    }

    void nextCheckDue()
    {
        QFETCH(RecordState, state);
        QFETCH(int, recordTtl);
        QFETCH(QDateTime, due);
        const QDateTime got = homing::nextCheckDue(recordConfig(recordTtl), state);
        QCOMPARE(got.isValid(), due.isValid());
        if (due.isValid())
            QCOMPARE(got, due);
    }

    void scheduleGrowsAfterAnUpdate()
    {
        // Checks while not live: 2 s apart at first, then further and further, up to 5 minutes.
        RecordState state = updatedAt(kT0);
        QDateTime due = homing::nextCheckDue(recordConfig(), state);
        QCOMPARE(due, kT0);
        QList<qint64> gaps;
        for (int i = 0; i < 20; ++i) {
            state.lastVerified = due;
            const QDateTime next = homing::nextCheckDue(recordConfig(), state);
            gaps.append(due.secsTo(next));
            due = next;
        }
        QCOMPARE(gaps.first(), qint64(2));
        for (qsizetype i = 1; i < gaps.size(); ++i)
            QVERIFY(gaps.at(i) >= gaps.at(i - 1));
        QCOMPARE(gaps.last(), qint64(300));
    }

    // ---------------------------------------------------------------- PropagationCheck

    void explicitNameserversAskedWithoutRecursion()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.resolverValues = {kOld};
        world.resolverTtl = 77;
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query;
        query.name = kName;
        query.type = QStringLiteral("A");
        query.nameservers = {server(kNs1), server(kNs2, 5353)};
        query.resolvers = {server(kResolver1)};
        // ns2 listens on 5353 in this world too.
        const PropagationReport report = runCheck(dns, clock, query);

        QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
        QCOMPARE(report.checkedAt, clock.now());
        QCOMPARE(report.authoritative.size(), 2);
        QCOMPARE(report.authoritative.at(0).server, QStringLiteral("198.51.100.1:53"));
        QCOMPARE(report.authoritative.at(1).server, QStringLiteral("198.51.100.2:5353"));
        for (const ServedAnswer &answer : report.authoritative) {
            QVERIFY2(answer.answered(), qPrintable(answer.error));
            QCOMPARE(answer.values, QStringList{kNew});
            QCOMPARE(answer.ttl, quint32(300));
            QVERIFY(answer.nameserver.isEmpty());
        }
        QCOMPARE(report.resolvers.size(), 1);
        QCOMPARE(report.resolvers.first().server, QStringLiteral("192.0.2.1:53"));
        QCOMPARE(report.resolvers.first().values, QStringList{kOld});
        QCOMPARE(report.resolvers.first().ttl, quint32(77));
        QVERIFY(report.allServe(kNew));
        QVERIFY(!report.allServe(kOld));

        // No discovery: the record asked of each, without recursion from the
        // authoritative servers and with it from the resolver.
        QStringList sent = sentLines(dns);
        sent.sort();
        QCOMPARE(sent, (QStringList{"192.0.2.1:53 A nas.example.com rd", "198.51.100.1:53 A nas.example.com norec",
                                    "198.51.100.2:5353 A nas.example.com norec"}));
    }

    // Checks of one round share the lookup of a zone's name servers: the
    // first asks for the NS and the addresses, the others wait for it.
    void checksOfOneRoundShareTheNameServerLookup()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {}, {server(kResolver1)}, {}, std::make_shared<NameServerCache>()};
        QObject context;
        QList<PropagationReport> reports;
        const PropagationCheck check(dns, clock);
        for (int i = 0; i < 3; ++i)
            check.run(query, &context, [&reports](const PropagationReport &report) { reports.append(report); });
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 3, 5000);
        for (const PropagationReport &report : std::as_const(reports)) {
            QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
            QCOMPARE(report.authoritative.size(), 2);
            QVERIFY(report.allServe(kNew));
        }
        const QStringList sent = sentLines(dns);
        QCOMPARE(sent.count(QStringLiteral("192.0.2.1:53 SOA nas.example.com rd")), 3);
        QCOMPARE(sent.count(QStringLiteral("192.0.2.1:53 NS example.com rd")), 1);
        QCOMPARE(sent.count(QStringLiteral("192.0.2.1:53 A ns1.example.com rd")), 1);
        QCOMPARE(sent.count(QStringLiteral("192.0.2.1:53 A ns2.example.com rd")), 1);
        QCOMPARE(sent.count(QStringLiteral("198.51.100.1:53 A nas.example.com norec")), 3);

        // Without the shared cache, each check looks the zone up itself.
        dns.clear();
        reports.clear();
        query.nameServers = nullptr;
        for (int i = 0; i < 2; ++i)
            check.run(query, &context, [&reports](const PropagationReport &report) { reports.append(report); });
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, 5000);
        QCOMPARE(sentLines(dns).count(QStringLiteral("192.0.2.1:53 NS example.com rd")), 2);
    }

    void discoversNameserversThroughTheResolver()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query;
        query.name = kName;
        query.type = QStringLiteral("A");
        query.resolvers = {server(kResolver1)};
        const PropagationReport report = runCheck(dns, clock, query);

        QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
        QCOMPARE(report.authoritative.size(), 2);
        QStringList found;
        for (const ServedAnswer &answer : report.authoritative) {
            QVERIFY2(answer.answered(), qPrintable(answer.error));
            QCOMPARE(answer.values, QStringList{kNew});
            found.append(answer.nameserver + QLatin1Char('=') + answer.server);
        }
        found.sort();
        QCOMPARE(found, (QStringList{"ns1.example.com=198.51.100.1:53", "ns2.example.com=198.51.100.2:53"}));
        QVERIFY(report.allServe(kNew));

        // SOA, then NS, then each server's address, all from the resolver with
        // recursion; then the servers themselves on port 53 without it.
        const QStringList sent = sentLines(dns);
        QCOMPARE(sent.size(), 7);
        QCOMPARE(sent.at(0), QStringLiteral("192.0.2.1:53 SOA nas.example.com rd"));
        QCOMPARE(sent.at(1), QStringLiteral("192.0.2.1:53 NS example.com rd"));
        QStringList addresses = sent.mid(2, 2);
        addresses.sort();
        QCOMPARE(addresses, (QStringList{"192.0.2.1:53 A ns1.example.com rd", "192.0.2.1:53 A ns2.example.com rd"}));
        QStringList asked = sent.mid(4);
        asked.sort();
        QCOMPARE(asked, (QStringList{"192.0.2.1:53 A nas.example.com rd", "198.51.100.1:53 A nas.example.com norec",
                                     "198.51.100.2:53 A nas.example.com norec"}));
    }

    void zoneFromTheSoaInTheAnswer()
    {
        // Asked for the SOA of the zone's apex itself, a resolver answers it
        // in the answer section.
        FakeDnsTransport dns;
        MockClock clock;
        dns.setResponder([](const QString &srv, quint16, const QByteArray &message) {
            const auto question = questionOf(message);
            if (srv == kResolver1 && question->type == QLatin1String("SOA"))
                return FakeDnsTransport::answer(reply(message, dnsrcode::NoError, false, {soaOf(QStringLiteral("nas.example.com"))}));
            if (srv == kResolver1 && question->type == QLatin1String("NS"))
                return FakeDnsTransport::answer(reply(message, dnsrcode::NoError, false,
                                                      {QStringLiteral("nas.example.com. 3600 IN NS ns.nas.example.com.")}));
            if (srv == kResolver1 && question->name == QLatin1String("ns.nas.example.com"))
                return FakeDnsTransport::answer(
                    reply(message, dnsrcode::NoError, false, {QStringLiteral("ns.nas.example.com. 60 IN A 198.51.100.7")}));
            return FakeDnsTransport::answer(
                reply(message, dnsrcode::NoError, srv != kResolver1, {QStringLiteral("nas.example.com. 60 IN A 203.0.113.10")}));
        });
        PropagationQuery query{kName, QStringLiteral("A"), {}, {server(kResolver1)}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
        QCOMPARE(report.authoritative.size(), 1);
        QCOMPARE(report.authoritative.first().server, QStringLiteral("198.51.100.7:53"));
        QCOMPARE(report.authoritative.first().nameserver, QStringLiteral("ns.nas.example.com"));
        QVERIFY(report.allServe(kNew));
        QVERIFY(sentLines(dns).contains(QStringLiteral("192.0.2.1:53 NS nas.example.com rd")));
    }

    void notAuthoritativeAnswerIsAnError()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.notAuthoritative = {kNs2};
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {server(kNs1), server(kNs2)}, {}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QVERIFY(report.problem.isEmpty());
        QVERIFY(report.authoritative.at(0).answered());
        QVERIFY(!report.authoritative.at(1).answered());
        QVERIFY2(report.authoritative.at(1).error.contains(QStringLiteral("not authoritative for nas.example.com")),
                 qPrintable(report.authoritative.at(1).error));
        QVERIFY(report.authoritative.at(1).values.isEmpty());
        QVERIFY(!report.allServe(kNew));
        QVERIFY(report.resolvers.isEmpty());
    }

    void errorAnswers_data()
    {
        QTest::addColumn<int>("rcode");
        QTest::addColumn<QString>("error");
        QTest::newRow("refused") << dnsrcode::Refused << "answered REFUSED";
        QTest::newRow("servfail") << dnsrcode::ServFail << "answered SERVFAIL";
        QTest::newRow("notauth") << dnsrcode::NotAuth << "answered NOTAUTH";
    }

    void errorAnswers()
    {
        QFETCH(int, rcode);
        QFETCH(QString, error);
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.rcodes = {{kNs1, rcode}, {kResolver1, rcode}};
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {server(kNs1), server(kNs2)}, {server(kResolver1)}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QCOMPARE(report.authoritative.at(0).error, error);
        QVERIFY(report.authoritative.at(1).answered());
        QCOMPARE(report.resolvers.at(0).error, error);
        QVERIFY(!report.allServe(kNew));
    }

    void timeoutIsAnErrorOfThatServer()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.timingOut = {kNs2};
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {server(kNs1), server(kNs2)}, {}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QVERIFY(report.problem.isEmpty());
        QVERIFY(report.authoritative.at(0).answered());
        QCOMPARE(report.authoritative.at(1).error, QStringLiteral("timed out"));
        QVERIFY(!report.allServe(kNew));
    }

    void resolverThatTimesOutIsSkippedForDiscovery()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.timingOut = {kResolver1};
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {}, {server(kResolver1), server(kResolver2)}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
        QCOMPARE(report.authoritative.size(), 2);
        QVERIFY(report.allServe(kNew));
        const QStringList sent = sentLines(dns);
        QCOMPARE(sent.at(0), QStringLiteral("192.0.2.1:53 SOA nas.example.com rd"));
        QCOMPARE(sent.at(1), QStringLiteral("192.0.2.2:53 SOA nas.example.com rd"));
        QVERIFY(sent.contains(QStringLiteral("192.0.2.2:53 NS example.com rd")));
        // Both resolvers are still asked for the record, and the silent one says so.
        QCOMPARE(report.resolvers.size(), 2);
        QCOMPARE(report.resolvers.at(0).error, QStringLiteral("timed out"));
        QVERIFY(report.resolvers.at(1).answered());
        QCOMPARE(report.resolvers.at(1).values, QStringList{kOld});
    }

    void resolverThatFailsIsSkippedForDiscovery_data()
    {
        QTest::addColumn<int>("rcode");
        QTest::newRow("servfail") << dnsrcode::ServFail;
        QTest::newRow("refused") << dnsrcode::Refused;
    }

    void resolverThatFailsIsSkippedForDiscovery()
    {
        QFETCH(int, rcode);
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.rcodes = {{kResolver1, rcode}};
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {}, {server(kResolver1), server(kResolver2)}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
        QVERIFY(report.allServe(kNew));
    }

    void noResolverFindsTheZone()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.timingOut = {kResolver1, kResolver2};
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {}, {server(kResolver1), server(kResolver2)}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QCOMPARE(report.problem, QStringLiteral("no resolver said which zone holds nas.example.com"));
        QVERIFY(report.authoritative.isEmpty());
        QCOMPARE(sentLines(dns), (QStringList{"192.0.2.1:53 SOA nas.example.com rd", "192.0.2.2:53 SOA nas.example.com rd"}));
    }

    void noResolverGivesNameservers()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.nameservers.clear();
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {}, {server(kResolver1)}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QCOMPARE(report.problem, QStringLiteral("no resolver gave the name servers of zone example.com"));
    }

    void nameserverWithoutAddressIsNotAsked()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.nameserverAddresses.remove(QStringLiteral("ns2.example.com"));
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {}, {server(kResolver1)}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QVERIFY(report.problem.isEmpty());
        QCOMPARE(report.authoritative.size(), 2);
        qsizetype failed = 0;
        for (const ServedAnswer &answer : report.authoritative) {
            if (answer.nameserver == QLatin1String("ns2.example.com")) {
                QCOMPARE(answer.error, QStringLiteral("the address of ns2.example.com was not found"));
                ++failed;
            }
        }
        QCOMPARE(failed, 1);
        QVERIFY(!report.allServe(kNew));
        for (const QString &line : sentLines(dns))
            QVERIFY2(!line.contains(QStringLiteral("norec")) || line.startsWith(QStringLiteral("198.51.100.1:53")),
                     qPrintable(line));
    }

    void noResolversAndNoNameservers()
    {
        FakeDnsTransport dns;
        MockClock clock;
        dns.setResponder([](const QString &, quint16, const QByteArray &message) {
            return FakeDnsTransport::answer(reply(message, dnsrcode::NoError, true, {}));
        });
        const PropagationReport report = runCheck(dns, clock, PropagationQuery{kName, QStringLiteral("A"), {}, {}, {}, nullptr});
        QVERIFY2(report.problem.contains(QStringLiteral("no resolver is configured")), qPrintable(report.problem));
        QVERIFY(dns.sent().isEmpty());
    }

    void nxdomainMeansNoValues()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.nxdomain = {kNs1, kNs2};
        world.authoritativeValues.clear();
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {server(kNs1), server(kNs2)}, {}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QVERIFY(report.problem.isEmpty());
        for (const ServedAnswer &answer : report.authoritative) {
            QVERIFY2(answer.answered(), qPrintable(answer.error));
            QVERIFY(answer.values.isEmpty());
        }
        QVERIFY(!report.allServe(kNew));
        QVERIFY(report.otherValues(kNew).isEmpty());
    }

    void severalValuesAreSortedAndNormalised()
    {
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        world.type = QStringLiteral("AAAA");
        world.authoritativeValues = {{kNs1, {QStringLiteral("2001:DB8:0:0::20"), QStringLiteral("2001:db8::10")}}};
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("AAAA"), {server(kNs1)}, {}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QCOMPARE(report.authoritative.first().values, (QStringList{"2001:db8::10", "2001:db8::20"}));
        QVERIFY(!report.allServe(QStringLiteral("2001:db8::10")));
        QCOMPARE(report.otherValues(QStringLiteral("2001:DB8::10")), QStringList{"2001:db8::20"});
        QCOMPARE(sentLines(dns), QStringList{"198.51.100.1:53 AAAA nas.example.com norec"});
    }

    void ipv6NameserverIsAsked()
    {
        FakeDnsTransport dns;
        MockClock clock;
        dns.setResponder([](const QString &srv, quint16 port, const QByteArray &message) {
            if (srv != QLatin1String("2001:db8::53") || port != 5353)
                return FakeDnsTransport::failure(DnsTransportError::ConnectionFailed);
            return FakeDnsTransport::answer(
                reply(message, dnsrcode::NoError, true, {QStringLiteral("nas.example.com. 60 IN A 203.0.113.10")}));
        });
        PropagationQuery query{kName, QStringLiteral("A"), {*DnsServerAddress::parse(QStringLiteral("[2001:db8::53]:5353"))}, {}, {}, nullptr};
        const PropagationReport report = runCheck(dns, clock, query);
        QCOMPARE(report.authoritative.first().server, QStringLiteral("[2001:db8::53]:5353"));
        QVERIFY(report.allServe(kNew));
    }

    void checkEndsQuietlyWithItsContext()
    {
        // The context (the monitor) goes away mid-check: no callback, no crash.
        FakeDnsTransport dns;
        MockClock clock;
        World world;
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        PropagationQuery query{kName, QStringLiteral("A"), {}, {server(kResolver1)}, {}, nullptr};
        bool called = false;
        {
            QObject context;
            PropagationCheck(dns, clock).run(query, &context, [&called](const PropagationReport &) { called = true; });
            QCOMPARE(dns.sent().size(), 1); // the SOA question
        }
        QTest::qWait(50);
        QVERIFY(!called);
        QCOMPARE(dns.sent().size(), 1);
    }

    // ---------------------------------------------------------------- PropagationMonitor

    void monitorVerifiesRecordsWithAValue()
    {
        QTemporaryDir dir;
        FakeDnsTransport dns;
        MockClock clock(kT0.addSecs(30));
        World world;
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        StateStore state(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(state.load().isEmpty());
        HistoryStore history(dir.filePath(QStringLiteral("history.jsonl")), 100);
        const Config config = monitorConfig();
        const QString key = config.records.at(0).key();
        state.setRecord(key, updatedAt(kT0));
        state.setRecord(config.records.at(2).key(), updatedAt(kT0)); // paused
        state.setLastAcceptedAddress(AddressFamily::IPv4, kNew);
        state.commit();

        PropagationMonitor monitor(dns, clock, state, history);
        QSignalSpy verified(&monitor, &PropagationMonitor::recordVerified);
        QList<VerifyOutcome> outcomes;
        bool done = false;
        monitor.verify(config, VerifyOptions{}, [&](const QList<VerifyOutcome> &result) {
            outcomes = result;
            done = true;
        });
        QVERIFY(monitor.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY(!monitor.isRunning());

        // Only the record with a value, not paused; only its name asked.
        QCOMPARE(outcomes.size(), 1);
        const VerifyOutcome &outcome = outcomes.first();
        QCOMPARE(outcome.key, key);
        QCOMPARE(outcome.expected, kNew);
        QVERIFY(outcome.live());
        QCOMPARE(verified.size(), 1);
        QCOMPARE(verified.first().first().value<VerifyOutcome>().key, key);
        for (const auto &sent : dns.sent())
            QCOMPARE(questionOf(sent.message)->name, kName);
        QCOMPARE(dns.sent().size(), 3); // two authoritative servers, one resolver

        QCOMPARE(state.record(key).live, std::optional<bool>(true));
        QCOMPARE(state.record(key).lastVerified, clock.now());
        QCOMPARE(historyResults(history.entries()), QStringList{"live"});

        // Written to disk: another process sees it.
        StateStore reread(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(reread.load().isEmpty());
        QCOMPARE(reread.record(key).live, std::optional<bool>(true));
        QCOMPARE(reread.record(key).served.size(), 2);
        QCOMPARE(reread.record(key).cachesExpireAt, clock.now().addSecs(120));
    }

    void monitorOnlyDueHonoursTheSchedule()
    {
        QTemporaryDir dir;
        FakeDnsTransport dns;
        MockClock clock(kT0.addSecs(3600));
        World world;
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        StateStore state(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(state.load().isEmpty());
        HistoryStore history(dir.filePath(QStringLiteral("history.jsonl")), 100);
        const Config config = monitorConfig();
        const QString key = config.records.at(0).key();
        RecordState live = updatedAt(kT0);
        live.live = true;
        live.lastVerified = clock.now().addSecs(-10);
        state.setRecord(key, live);
        PropagationMonitor monitor(dns, clock, state, history);
        QCOMPARE(monitor.nextDue(config), live.lastVerified.addSecs(300));

        const auto verifyDue = [&] {
            QList<VerifyOutcome> outcomes;
            bool done = false;
            monitor.verify(config, VerifyOptions{QString(), true}, [&](const QList<VerifyOutcome> &result) {
                outcomes = result;
                done = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
            return outcomes;
        };
        QVERIFY(verifyDue().isEmpty());
        QVERIFY(dns.sent().isEmpty());

        clock.advance(290);
        const auto outcomes = verifyDue();
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(!dns.sent().isEmpty());
        QCOMPARE(state.record(key).lastVerified, clock.now());
        QCOMPARE(monitor.nextDue(config), clock.now().addSecs(300));
    }

    void monitorSelectsByName()
    {
        QTemporaryDir dir;
        FakeDnsTransport dns;
        MockClock clock(kT0.addSecs(30));
        World world;
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        StateStore state(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(state.load().isEmpty());
        HistoryStore history(dir.filePath(QStringLiteral("history.jsonl")), 100);
        const Config config = monitorConfig();
        state.setRecord(config.records.at(0).key(), updatedAt(kT0));
        state.setRecord(config.records.at(1).key(), updatedAt(kT0));
        PropagationMonitor monitor(dns, clock, state, history);
        QList<VerifyOutcome> outcomes;
        bool done = false;
        monitor.verify(config, VerifyOptions{QStringLiteral("NAS.example.com"), false}, [&](const QList<VerifyOutcome> &result) {
            outcomes = result;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().name, kName);
    }

    void monitorDisabledSendsNothing()
    {
        QTemporaryDir dir;
        FakeDnsTransport dns;
        MockClock clock(kT0.addSecs(30));
        World world;
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        StateStore state(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(state.load().isEmpty());
        HistoryStore history(dir.filePath(QStringLiteral("history.jsonl")), 100);
        Config config = monitorConfig();
        config.propagation.enabled = false;
        state.setRecord(config.records.at(0).key(), updatedAt(kT0));
        PropagationMonitor monitor(dns, clock, state, history);
        QVERIFY(!monitor.nextDue(config).isValid());
        QSignalSpy verified(&monitor, &PropagationMonitor::recordVerified);
        bool done = false;
        QList<VerifyOutcome> outcomes{VerifyOutcome{}};
        monitor.verify(config, VerifyOptions{}, [&](const QList<VerifyOutcome> &result) {
            outcomes = result;
            done = true;
        });
        QVERIFY(!done); // always answers from the event loop
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY(outcomes.isEmpty());
        QVERIFY(dns.sent().isEmpty());
        QCOMPARE(verified.size(), 0);
        QVERIFY(history.entries().isEmpty());
        QVERIFY(!state.record(config.records.at(0).key()).lastVerified.isValid());
    }

    void monitorReportsDriftAndKeepsTheCurrentAddress()
    {
        QTemporaryDir dir;
        FakeDnsTransport dns;
        MockClock clock(kT0.addSecs(7200));
        World world;
        world.authoritativeValues = {{kNs1, {kOther}}, {kNs2, {kOther}}};
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        StateStore state(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(state.load().isEmpty());
        HistoryStore history(dir.filePath(QStringLiteral("history.jsonl")), 100);
        const Config config = monitorConfig();
        const QString key = config.records.at(0).key();
        RecordState live = updatedAt(kT0);
        live.live = true;
        state.setRecord(key, live);
        // The detected address is what someone else set: no drift.
        state.setLastAcceptedAddress(AddressFamily::IPv4, kOther);
        PropagationMonitor monitor(dns, clock, state, history);
        QList<VerifyOutcome> outcomes;
        bool done = false;
        monitor.verify(config, VerifyOptions{}, [&](const QList<VerifyOutcome> &result) {
            outcomes = result;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY(!outcomes.first().driftFound);
        QVERIFY(history.entries().isEmpty());

        // Detected our own value again: drift.
        state.setLastAcceptedAddress(AddressFamily::IPv4, kNew);
        done = false;
        monitor.verify(config, VerifyOptions{}, [&](const QList<VerifyOutcome> &result) {
            outcomes = result;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY(outcomes.first().driftFound);
        QVERIFY(outcomes.first().correcting);
        QCOMPARE(historyResults(history.entries()), QStringList{"drift"});
        QCOMPARE(state.record(key).driftValue, kOther);
    }

    void monitorWaitsAfterACheckThatCouldNotAsk()
    {
        // A check that cannot find the servers must not leave the record
        // "due at once" again, or a daemon would ask (or spin) without pause.
        QTemporaryDir dir;
        FakeDnsTransport dns;
        MockClock clock(kT0.addSecs(30));
        StateStore state(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(state.load().isEmpty());
        HistoryStore history(dir.filePath(QStringLiteral("history.jsonl")), 100);
        Config config = monitorConfig();
        config.accounts.first().nameservers.clear();
        // A resolver that never answers: the zone's servers cannot be found.
        config.propagation.resolvers = {DnsServerAddress{QStringLiteral("198.51.100.53"), 53}};
        const QString key = config.records.at(0).key();
        state.setRecord(key, updatedAt(kT0));
        PropagationMonitor monitor(dns, clock, state, history);
        QCOMPARE(monitor.nextDue(config), kT0);

        const auto verifyDue = [&] {
            QList<VerifyOutcome> outcomes;
            bool done = false;
            monitor.verify(config, VerifyOptions{QString(), true}, [&](const QList<VerifyOutcome> &result) {
                outcomes = result;
                done = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
            return outcomes;
        };
        const auto first = verifyDue();
        QCOMPARE(first.size(), 1);
        QVERIFY(!first.first().report.problem.isEmpty());
        QVERIFY(!state.record(key).verifyProblem.isEmpty());
        const QDateTime due = monitor.nextDue(config);
        QVERIFY(due.isValid());
        QVERIFY2(due >= clock.now().addSecs(60), qPrintable(due.toString(Qt::ISODate)));
        QVERIFY(verifyDue().isEmpty()); // not due yet

        // Due again later; a check on demand (not onlyDue) runs at once.
        clock.set(due);
        QCOMPARE(verifyDue().size(), 1);
        QList<VerifyOutcome> onDemand;
        bool done = false;
        monitor.verify(config, VerifyOptions{}, [&](const QList<VerifyOutcome> &result) {
            onDemand = result;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(onDemand.size(), 1);

        // Once the servers can be asked, the usual schedule again.
        config.accounts.first().nameservers = {server(kNs1)};
        World world;
        dns.setResponder([&world](const QString &srv, quint16, const QByteArray &message) { return world.answer(srv, message); });
        clock.advance(600);
        QCOMPARE(verifyDue().size(), 1);
        QCOMPARE(state.record(key).live, std::optional<bool>(true));
        QCOMPARE(monitor.nextDue(config), clock.now().addSecs(300));
    }

    // ---------------------------------------------------------------- ConfigLoader

    void configDefaults()
    {
        ProviderRegistry registry;
        registerBuiltinProviders(registry);
        IpSourceFactory sources;
        const auto result = ConfigLoader(registry, sources).parse(configJson({}, {}, {}));
        QVERIFY(result.config);
        QVERIFY(result.config->propagation.enabled);
        QCOMPARE(addressTexts(result.config->propagation.resolvers),
                 (QStringList{"223.5.5.5:53", "119.29.29.29:53", "1.1.1.1:53", "8.8.8.8:53"}));
        QCOMPARE(addressTexts(defaultResolvers()), addressTexts(result.config->propagation.resolvers));
        QVERIFY(result.config->accounts.first().nameservers.isEmpty());
        QVERIFY(!result.config->records.first().alwaysCorrect);
    }

    void configKeys_data()
    {
        QTest::addColumn<QString>("top");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QStringList>("errors");   // issue paths
        QTest::addColumn<QStringList>("warnings");

        QTest::newRow("all set") << "\"propagation\": {\"enabled\": false, \"resolvers\": [\"192.0.2.1\", \"[2001:db8::1]:5353\"]}"
                                 << "\"nameservers\": [\"ns1.example.net\", \"198.51.100.1:5300\"]"
                                 << "\"always_correct\": true" << QStringList{} << QStringList{};
        QTest::newRow("empty resolvers") << "\"propagation\": {\"resolvers\": []}" << "" << "" << QStringList{} << QStringList{};
        QTest::newRow("bad resolver") << "\"propagation\": {\"resolvers\": [\"192.0.2.1\", \"192.0.2.2:99999\"]}" << ""
                                      << "" << QStringList{"propagation.resolvers[1]"} << QStringList{};
        QTest::newRow("resolver not a string") << "\"propagation\": {\"resolvers\": [53]}" << "" << ""
                                               << QStringList{"propagation.resolvers[0]"} << QStringList{};
        QTest::newRow("resolvers not a list") << "\"propagation\": {\"resolvers\": \"192.0.2.1\"}" << "" << ""
                                              << QStringList{"propagation.resolvers"} << QStringList{};
        QTest::newRow("enabled not a bool") << "\"propagation\": {\"enabled\": \"yes\"}" << "" << ""
                                            << QStringList{"propagation.enabled"} << QStringList{};
        QTest::newRow("propagation not an object") << "\"propagation\": true" << "" << "" << QStringList{"propagation"}
                                                   << QStringList{};
        QTest::newRow("unknown key under propagation") << "\"propagation\": {\"resolver\": [\"192.0.2.1\"]}" << "" << ""
                                                       << QStringList{} << QStringList{"propagation.resolver"};
        QTest::newRow("nameservers not a list") << "" << "\"nameservers\": \"ns1.example.net\"" << ""
                                                << QStringList{"accounts[0].nameservers"} << QStringList{};
        QTest::newRow("bad nameserver") << "" << "\"nameservers\": [\"ns1.example.net\", \"[2001:db8::1\"]" << ""
                                        << QStringList{"accounts[0].nameservers[1]"} << QStringList{};
        QTest::newRow("always_correct not a bool") << "" << "" << "\"always_correct\": 1"
                                                   << QStringList{"records[0].always_correct"} << QStringList{};
    }

    void configKeys()
    {
        QFETCH(QString, top);
        QFETCH(QString, account);
        QFETCH(QString, record);
        QFETCH(QStringList, errors);
        QFETCH(QStringList, warnings);
        ProviderRegistry registry;
        registerBuiltinProviders(registry);
        IpSourceFactory sources;
        const auto result = ConfigLoader(registry, sources).parse(configJson(top, account, record));
        QCOMPARE(issuePaths(result.issues, ConfigIssue::Severity::Error), errors);
        QCOMPARE(issuePaths(result.issues, ConfigIssue::Severity::Warning), warnings);
        QCOMPARE(result.config.has_value(), errors.isEmpty());
        for (const ConfigIssue &issue : result.issues)
            QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.path));
    }

    void configValuesRead()
    {
        ProviderRegistry registry;
        registerBuiltinProviders(registry);
        IpSourceFactory sources;
        const auto result = ConfigLoader(registry, sources)
                                .parse(configJson("\"propagation\": {\"enabled\": false, \"resolvers\": [\"192.0.2.1\", "
                                                  "\"[2001:db8::1]:5353\"]}",
                                                  "\"nameservers\": [\"ns1.example.net\", \"198.51.100.1:5300\"]",
                                                  "\"always_correct\": true"));
        QVERIFY(result.config);
        QVERIFY(!result.config->propagation.enabled);
        QCOMPARE(addressTexts(result.config->propagation.resolvers), (QStringList{"192.0.2.1:53", "[2001:db8::1]:5353"}));
        QCOMPARE(addressTexts(result.config->accounts.first().nameservers),
                 (QStringList{"ns1.example.net:53", "198.51.100.1:5300"}));
        QVERIFY(result.config->records.first().alwaysCorrect);
    }

    // ---------------------------------------------------------------- VerificationReport

    void reportExitCode_data()
    {
        QTest::addColumn<QList<bool>>("live"); // one outcome per entry
        QTest::addColumn<int>("exitCode");
        QTest::newRow("all live") << QList<bool>{true, true} << 0;
        QTest::newRow("one not live") << QList<bool>{true, false} << 1;
        QTest::newRow("none") << QList<bool>{} << 1;
    }

    void reportExitCode()
    {
        QFETCH(QList<bool>, live);
        QFETCH(int, exitCode);
        QList<VerifyOutcome> outcomes;
        for (const bool isLive : live) {
            VerifyOutcome outcome;
            outcome.key = QStringLiteral("own/nas.example.com/A");
            outcome.name = kName;
            outcome.type = QStringLiteral("A");
            outcome.expected = kNew;
            outcome.report = reportOf({kNew}, {isLive ? kNew : kOld});
            outcomes.append(outcome);
        }
        const QJsonObject json = verificationToJson(outcomes);
        QCOMPARE(json.value(QStringLiteral("exit_code")).toInt(-1), exitCode);
        QCOMPARE(json.value(QStringLiteral("records")).toArray().size(), live.size());
    }

    void reportProblemIsNotLive()
    {
        VerifyOutcome outcome;
        outcome.name = kName;
        outcome.type = QStringLiteral("A");
        outcome.expected = kNew;
        outcome.report.problem = QStringLiteral("no resolver said which zone holds nas.example.com");
        const QJsonObject json = verificationToJson({outcome});
        QCOMPARE(json.value(QStringLiteral("exit_code")).toInt(), 1);
        const QJsonObject record = json.value(QStringLiteral("records")).toArray().first().toObject();
        QCOMPARE(record.value(QStringLiteral("live")).toBool(true), false);
        QCOMPARE(record.value(QStringLiteral("problem")).toString(), outcome.report.problem);
        QCOMPARE(describeVerification(json),
                 QStringList{"nas.example.com A: not verified: no resolver said which zone holds nas.example.com"});
    }

    void reportShapeAndLines()
    {
        VerifyOutcome outcome;
        outcome.key = QStringLiteral("own/nas.example.com/A");
        outcome.account = QStringLiteral("own");
        outcome.name = kName;
        outcome.type = QStringLiteral("A");
        outcome.expected = kNew;
        outcome.report = reportOf({kNew}, {kOther}, {answerOf(QStringLiteral("192.0.2.1:53"), {kOld}, 120),
                                                     failedAnswer(QStringLiteral("192.0.2.2:53"))});
        outcome.report.authoritative[0].nameserver = QStringLiteral("ns1.example.com");
        outcome.report.authoritative.append(failedAnswer(QStringLiteral("198.51.100.3:53"), QStringLiteral("timed out")));
        outcome.report.authoritative.append(answerOf(QStringLiteral("198.51.100.4:53"), {}, 0));
        outcome.after.cachesExpireAt = kT0.addSecs(120);
        outcome.after.driftValue = kOther;
        outcome.correcting = true;

        const QJsonObject json = verificationToJson({outcome});
        QCOMPARE(json.value(QStringLiteral("exit_code")).toInt(), 1);
        const QJsonObject record = json.value(QStringLiteral("records")).toArray().first().toObject();
        QStringList keys = record.keys();
        QCOMPARE(keys, (QStringList{"account", "caches_expire_at", "drift", "expected", "key", "live", "name", "resolvers",
                                    "served", "type"}));
        QCOMPARE(record.value(QStringLiteral("key")).toString(), outcome.key);
        QCOMPARE(record.value(QStringLiteral("live")).toBool(true), false);
        QCOMPARE(record.value(QStringLiteral("caches_expire_at")).toString(), toIsoUtc(kT0.addSecs(120)));
        const QJsonArray served = record.value(QStringLiteral("served")).toArray();
        QCOMPARE(served.size(), 4);
        QCOMPARE(served.at(0).toObject(),
                 (QJsonObject{{"server", "198.51.100.1:53"}, {"nameserver", "ns1.example.com"},
                              {"values", QJsonArray{kNew}}, {"ttl", 300}}));
        QCOMPARE(served.at(2).toObject(), (QJsonObject{{"server", "198.51.100.3:53"}, {"error", "timed out"}}));
        QCOMPARE(record.value(QStringLiteral("resolvers")).toArray().size(), 2);
        QCOMPARE(record.value(QStringLiteral("drift")).toObject(),
                 (QJsonObject{{"value", kOther}, {"correcting", true}}));

        const QStringList lines = describeVerification(json);
        const QStringList expected{
            "nas.example.com A: not live: not every authoritative server serves 203.0.113.10",
            "    ns1.example.com (198.51.100.1:53): 203.0.113.10 (TTL 300)",
            "    198.51.100.2:53: 203.0.113.9 (TTL 300)",
            "    198.51.100.3:53: no answer: timed out",
            "    198.51.100.4:53: no such record",
            "    resolver 192.0.2.1:53: 203.0.113.1 (TTL 120)",
            "    resolver 192.0.2.2:53: no answer: timed out",
            "    caches let the old value go by " + toIsoUtc(kT0.addSecs(120)),
            "    changed by someone else to 203.0.113.9; the next update sets it back",
        };
        QCOMPARE(lines, expected);

        // Live, no drift, nothing cached: no null fields shown.
        VerifyOutcome live = outcome;
        live.report = reportOf({kNew}, {kNew});
        live.after = RecordState{};
        live.correcting = false;
        const QJsonObject liveJson = verificationToJson({live});
        QCOMPARE(liveJson.value(QStringLiteral("exit_code")).toInt(-1), 0);
        const QJsonObject liveRecord = liveJson.value(QStringLiteral("records")).toArray().first().toObject();
        QVERIFY(liveRecord.value(QStringLiteral("caches_expire_at")).isNull());
        QVERIFY(!liveRecord.contains(QStringLiteral("drift")));
        QCOMPARE(describeVerification(liveJson).first(),
                 QStringLiteral("nas.example.com A: live: every authoritative server serves 203.0.113.10"));
        QCOMPARE(describeVerification(liveJson).size(), 3);

        // Drift that is left alone today.
        VerifyOutcome left = outcome;
        left.correcting = false;
        QCOMPARE(describeVerification(verificationToJson({left})).last(),
                 QStringLiteral("    changed by someone else to 203.0.113.9; Homing already set it back today and leaves "
                                "it for now"));
    }

    void reportWithoutRecords()
    {
        QCOMPARE(describeVerification(verificationToJson({})),
                 QStringList{"No record has a value Homing set yet, so there is nothing to verify."});
    }
};

QTEST_GUILESS_MAIN(TestPropagation)
#include "tst_propagation.moc"
