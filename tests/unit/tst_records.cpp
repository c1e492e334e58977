// What the record-API providers share: zone names and the choice of the one
// record Homing manages (providers/records).
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordDecision.h"
#include "records/RecordFields.h"

#include <QtTest>

using namespace homing;
using namespace homing::providers;

Q_DECLARE_METATYPE(homing::providers::RecordChoice::Action)
Q_DECLARE_METATYPE(homing::ResultKind)

namespace {

RecordTarget target(const QString &address, int ttl = 0)
{
    return {RecordSpec{QStringLiteral("nas.example.com"), QStringLiteral("A"), ttl, {}}, QHostAddress(address)};
}

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneCandidates()
    {
        QCOMPARE(dnsname::zoneCandidates("a.b.example.com"), (QStringList{"a.b.example.com", "b.example.com", "example.com"}));
        QCOMPARE(dnsname::zoneCandidates("*.example.com"), (QStringList{"example.com"}));
        QCOMPARE(dnsname::zoneCandidates("example.com.cn"), (QStringList{"example.com.cn", "com.cn"}));
        QCOMPARE(dnsname::zoneCandidates("Example.COM."), (QStringList{"example.com"}));
    }

    void longestZone_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("zones");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("relative");
        const QStringList zones{"example.com.cn", "b.example.com.cn", "other.cn", "ample.com.cn."};
        QTest::newRow("sub-zone wins") << "a.b.example.com.cn" << zones << "b.example.com.cn" << "a";
        QTest::newRow("apex") << "example.com.cn" << zones << "example.com.cn" << "@";
        QTest::newRow("two labels below") << "x.y.example.com.cn" << zones << "example.com.cn" << "x.y";
        QTest::newRow("not a label suffix") << "nas.xample.com.cn" << zones << "" << "nas.xample.com.cn";
        QTest::newRow("case and dot") << "NAS.Other.CN" << zones << "other.cn" << "nas";
        QTest::newRow("wildcard") << "*.example.com.cn" << zones << "example.com.cn" << "*";
        QTest::newRow("no zone") << "nas.example.org" << zones << "" << "nas.example.org";
    }

    void longestZone()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, zones);
        QFETCH(QString, zone);
        QFETCH(QString, relative);
        QCOMPARE(dnsname::longestZoneFor(name, zones), zone);
        if (!zone.isEmpty())
            QCOMPARE(dnsname::relativeName(name, zone), relative);
    }

    void apexSpelling()
    {
        QCOMPARE(dnsname::relativeName("example.com", "example.com", QString()), QString());
        QCOMPARE(dnsname::relativeName("example.com", "example.com."), QStringLiteral("@"));
    }

    void choose_data()
    {
        QTest::addColumn<QList<ExistingRecord>>("matches");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<QString>("managedId");
        QTest::addColumn<RecordChoice::Action>("action");
        QTest::addColumn<int>("index");

        using A = RecordChoice::Action;
        const ExistingRecord old{"r1", "81.2.69.1", 600};
        const ExistingRecord current{"r2", "81.2.69.160", 600};
        const ExistingRecord other{"r3", "81.2.69.3", 600};
        QTest::newRow("none: create") << QList<ExistingRecord>{} << "81.2.69.160" << 0 << "" << A::Create << -1;
        QTest::newRow("one old: update") << QList<ExistingRecord>{old} << "81.2.69.160" << 0 << "" << A::Update << 0;
        QTest::newRow("one current: keep") << QList<ExistingRecord>{current} << "81.2.69.160" << 0 << "" << A::Keep << 0;
        QTest::newRow("current, other TTL asked: update")
            << QList<ExistingRecord>{current} << "81.2.69.160" << 300 << "" << A::Update << 0;
        QTest::newRow("current, same TTL asked: keep")
            << QList<ExistingRecord>{current} << "81.2.69.160" << 600 << "" << A::Keep << 0;
        QTest::newRow("several, one current: keep")
            << QList<ExistingRecord>{old, current} << "81.2.69.160" << 0 << "" << A::Keep << 1;
        QTest::newRow("several, none current: refuse")
            << QList<ExistingRecord>{old, other} << "81.2.69.160" << 0 << "" << A::Refuse << -1;
        QTest::newRow("several, managed id: update it")
            << QList<ExistingRecord>{old, other} << "81.2.69.160" << 0 << "r3" << A::Update << 1;
        QTest::newRow("managed id holds it: keep")
            << QList<ExistingRecord>{old, current} << "81.2.69.160" << 0 << "r2" << A::Keep << 1;
        QTest::newRow("managed id, another holds it: update the managed one")
            << QList<ExistingRecord>{old, current} << "81.2.69.160" << 0 << "r1" << A::Update << 0;
        QTest::newRow("managed id missing: refuse, never create")
            << QList<ExistingRecord>{} << "81.2.69.160" << 0 << "r9" << A::Refuse << -1;
        QTest::newRow("IPv6 spelled differently: keep")
            << QList<ExistingRecord>{{"r6", "2001:DB8:0:0::1", 600}} << "2001:db8::1" << 0 << "" << A::Keep << 0;
    }

    void choose()
    {
        QFETCH(QList<ExistingRecord>, matches);
        QFETCH(QString, address);
        QFETCH(int, ttl);
        QFETCH(QString, managedId);
        QFETCH(RecordChoice::Action, action);
        QFETCH(int, index);
        const auto choice = RecordChoice::choose(matches, target(address, ttl), managedId);
        QCOMPARE(choice.action, action);
        QCOMPARE(choice.index, qsizetype(index));
        if (action == RecordChoice::Action::Refuse) {
            QVERIFY(choice.refusal.kind == ResultKind::ConfigError || choice.refusal.kind == ResultKind::NoSuchHost);
            QVERIFY(!choice.refusal.detail.isEmpty());
        }
    }

    void conflictNamesTheValuesAndTheWayOut()
    {
        const auto choice = RecordChoice::choose({{"a", "81.2.69.1", 0}, {"b", "81.2.69.2", 0}}, target("81.2.69.160"));
        QCOMPARE(choice.refusal.kind, ResultKind::ConfigError);
        QVERIFY2(choice.refusal.detail.contains("81.2.69.1, 81.2.69.2"), qPrintable(choice.refusal.detail));
        QVERIFY2(choice.refusal.detail.contains("record_id"), qPrintable(choice.refusal.detail));
    }

    void conflictWithoutRecordIdAdvisesDeletingOnly()
    {
        const QList<ExistingRecord> two{{"a", "81.2.69.1", 0}, {"b", "81.2.69.2", 0}};
        const auto choice = RecordChoice::choose(two, target("81.2.69.160"), {}, RecordIdSetting::NotOffered);
        QCOMPARE(choice.action, RecordChoice::Action::Refuse);
        QCOMPARE(choice.refusal.kind, ResultKind::ConfigError);
        QVERIFY2(choice.refusal.detail.contains("81.2.69.1, 81.2.69.2"), qPrintable(choice.refusal.detail));
        QVERIFY2(choice.refusal.detail.contains("delete the others"), qPrintable(choice.refusal.detail));
        QVERIFY2(!choice.refusal.detail.contains("record_id"), qPrintable(choice.refusal.detail));
        const RecordSpec spec{"nas.example.com", "A", 0, {}};
        const UpdateResult finding = describeCheckFinding(two, spec, "example.com", {}, RecordIdSetting::NotOffered);
        QCOMPARE(finding.kind, ResultKind::ConfigError);
        QVERIFY2(!finding.detail.contains("record_id") && finding.detail.contains("delete the others"), qPrintable(finding.detail));
        QVERIFY(describeCheckFinding(two, spec, "example.com").detail.contains("record_id"));
        // Choices other than a conflict do not depend on it.
        QCOMPARE(RecordChoice::choose({{"a", "81.2.69.1", 0}}, target("81.2.69.160"), {}, RecordIdSetting::NotOffered).action,
                 RecordChoice::Action::Update);
    }

    void checkFinding()
    {
        const RecordSpec spec{"nas.example.com", "A", 0, {}};
        QCOMPARE(describeCheckFinding({}, spec, "example.com").kind, ResultKind::Ok);
        QVERIFY(describeCheckFinding({}, spec, "example.com").detail.contains("creates"));
        QVERIFY(describeCheckFinding({{"a", "81.2.69.1", 0}}, spec, "example.com").detail.contains("81.2.69.1"));
        QCOMPARE(describeCheckFinding({{"a", "81.2.69.1", 0}, {"b", "81.2.69.2", 0}}, spec, "example.com").kind,
                 ResultKind::ConfigError);
        QCOMPARE(describeCheckFinding({{"a", "81.2.69.1", 0}}, spec, "example.com", "zz").kind, ResultKind::NoSuchHost);
    }

    // The decision block the record-API providers share.
    void decideRecordStep()
    {
        QString wrote;
        const auto create = [&wrote] {
            wrote = QStringLiteral("create");
            return ProviderStep::finish(ResultKind::Ok);
        };
        const auto update = [&wrote](qsizetype index) {
            wrote = QStringLiteral("update %1").arg(index);
            return ProviderStep::finish(ResultKind::Ok);
        };
        const RecordTarget wanted = target("81.2.69.160");
        const QList<ExistingRecord> one{{"a", "81.2.69.1", 0}};
        const QList<ExistingRecord> two{{"a", "81.2.69.1", 0}, {"b", "81.2.69.2", 0}};

        decideRecord({}, wanted, "example.com", {}, false, {}, create, update);
        QCOMPARE(wrote, QStringLiteral("create"));
        decideRecord(two, wanted, "example.com", "b", false, {}, create, update);
        QCOMPARE(wrote, QStringLiteral("update 1"));
        wrote.clear();
        const ProviderStep kept = decideRecord({{"a", "81.2.69.160", 0}}, wanted, "example.com", {}, false, {}, create, update);
        QVERIFY(wrote.isEmpty());
        QCOMPARE(kept.results.value(0).kind, ResultKind::NoChange);
        const ProviderStep refused = decideRecord(two, wanted, "example.com", {}, false, {}, create, update);
        QVERIFY(wrote.isEmpty());
        QCOMPARE(refused.results.value(0).kind, ResultKind::ConfigError);
        // A check writes nothing and names the line when there is one.
        const ProviderStep checked = decideRecord(one, wanted, "example.com", {}, true, "telecom", create, update);
        QVERIFY(wrote.isEmpty());
        QCOMPARE(checked.results.value(0).kind, ResultKind::Ok);
        QVERIFY2(checked.results.value(0).detail.endsWith("(ISP line telecom)"), qPrintable(checked.results.value(0).detail));
        QVERIFY(!decideRecord(one, wanted, "example.com", {}, true, {}, create, update).results.value(0).detail.contains("ISP line"));
    }

    // One reading of the record settings for every provider.
    void recordSettings()
    {
        const auto spec = [](const QJsonObject &settings) { return RecordSpec{"nas.example.com", "A", 0, settings}; };
        QCOMPARE(recordLine(spec({}), "default"), QStringLiteral("default"));
        QCOMPARE(recordLine(spec({{"line", "  "}}), "default"), QStringLiteral("default"));
        QCOMPARE(recordLine(spec({{"line", " telecom "}}), "default"), QStringLiteral("telecom"));
        QCOMPARE(managedRecordId(spec({})), QString());
        QCOMPARE(managedRecordId(spec({{"record_id", " 9999985 "}})), QStringLiteral("9999985"));
        QCOMPARE(managedRecordId(spec({{"record_id", 9999985}})), QStringLiteral("9999985"));
        QCOMPARE(managedRecordId(spec({{"record_id", 1234567890123.0}})), QStringLiteral("1234567890123"));
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
