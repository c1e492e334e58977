#include "update/Backoff.h"
#include "update/UpdatePlanner.h"

#include <QtTest>

using namespace homing;

Q_DECLARE_METATYPE(homing::PlanDecision)
Q_DECLARE_METATYPE(homing::RecordState)

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

RecordConfig recordConfig(bool allowPrivate = false)
{
    RecordConfig record;
    record.account = "a";
    record.spec = RecordSpec{"nas.example.com", "A", 0, {}};
    record.allowPrivate = allowPrivate;
    return record;
}

DetectionResult detected(const char *address)
{
    DetectionResult result;
    result.family = AddressFamily::IPv4;
    result.address = QHostAddress(QString::fromLatin1(address));
    return result;
}

RecordState inSync(const char *value, int daysAgo = 0)
{
    RecordState state;
    state.condition = RecordCondition::InSync;
    state.confirmedValue = QString::fromLatin1(value);
    state.lastSuccess = kNow.addDays(-daysAgo);
    return state;
}

// An AAAA record; with a suffix or MAC it is another host on the LAN.
RecordConfig lanRecord(const char *name, const Ipv6SuffixParse &suffix = {}, bool allowPrivate = false)
{
    RecordConfig record;
    record.account = "a";
    record.spec = RecordSpec{QString::fromLatin1(name), "AAAA", 0, {}};
    record.allowPrivate = allowPrivate;
    record.ipv6Suffix = suffix.suffix;
    return record;
}

DetectionResult detected6(const QString &address)
{
    DetectionResult result;
    result.family = AddressFamily::IPv6;
    result.address = QHostAddress(address);
    return result;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<RecordState>("state");
        QTest::addColumn<QString>("address"); // "" for no detection
        QTest::addColumn<bool>("force");
        QTest::addColumn<int>("keepAliveDays");
        QTest::addColumn<bool>("allowPrivate");
        QTest::addColumn<PlanDecision>("decision");

        QTest::newRow("first update") << RecordState{} << "81.2.69.160" << false << 0 << false << PlanDecision::Send;
        QTest::newRow("in sync: nothing sent") << inSync("81.2.69.160") << "81.2.69.160" << false << 0 << false << PlanDecision::InSync;
        QTest::newRow("changed") << inSync("81.2.69.1") << "81.2.69.160" << false << 0 << false << PlanDecision::Send;
        QTest::newRow("forced") << inSync("81.2.69.160") << "81.2.69.160" << true << 0 << false << PlanDecision::Send;
        QTest::newRow("keep-alive not due") << inSync("81.2.69.160", 24) << "81.2.69.160" << false << 25 << false << PlanDecision::InSync;
        QTest::newRow("keep-alive due") << inSync("81.2.69.160", 25) << "81.2.69.160" << false << 25 << false << PlanDecision::Send;
        QTest::newRow("no detection") << inSync("81.2.69.160") << "" << false << 0 << false << PlanDecision::NoAddress;
        QTest::newRow("cgnat refused") << RecordState{} << "100.64.1.2" << false << 0 << false << PlanDecision::NotPublic;
        QTest::newRow("private refused") << RecordState{} << "192.168.1.5" << false << 0 << false << PlanDecision::NotPublic;
        QTest::newRow("private allowed") << RecordState{} << "192.168.1.5" << false << 0 << true << PlanDecision::Send;

        RecordState failing = inSync("81.2.69.1");
        failing.condition = RecordCondition::Failing;
        failing.consecutiveFailures = 1;
        failing.nextAttempt = kNow.addSecs(60);
        QTest::newRow("backoff waits") << failing << "81.2.69.160" << false << 0 << false << PlanDecision::WaitBackoff;
        QTest::newRow("backoff forced") << failing << "81.2.69.160" << true << 0 << false << PlanDecision::Send;
        RecordState due = failing;
        due.nextAttempt = kNow.addSecs(-1);
        QTest::newRow("backoff over") << due << "81.2.69.160" << false << 0 << false << PlanDecision::Send;
        QTest::newRow("failing, address back to confirmed") << failing << "81.2.69.1" << false << 0 << false << PlanDecision::InSync;
        RecordState uncertain = inSync("81.2.69.160");
        uncertain.confirmedUncertain = true;
        QTest::newRow("outcome unknown: resend") << uncertain << "81.2.69.160" << false << 0 << false << PlanDecision::Send;

        RecordState blocked = inSync("81.2.69.1");
        blocked.condition = RecordCondition::Blocked;
        blocked.blockedFingerprint = "fp-1";
        QTest::newRow("blocked without a fingerprint holds") << blocked << "81.2.69.160" << false << 0 << false << PlanDecision::Blocked;
        QTest::newRow("blocked forced") << blocked << "81.2.69.160" << true << 0 << false << PlanDecision::Send;
    }

    void decisions()
    {
        QFETCH(RecordState, state);
        QFETCH(QString, address);
        QFETCH(bool, force);
        QFETCH(int, keepAliveDays);
        QFETCH(bool, allowPrivate);
        QFETCH(PlanDecision, decision);
        const RecordConfig record = recordConfig(allowPrivate);
        const DetectionResult detection = detected(address.toLatin1().constData());
        PlanInput input{&record, state, address.isEmpty() ? nullptr : &detection, kNow, force, keepAliveDays, std::nullopt};
        const RecordPlan plan = planRecord(input);
        QCOMPARE(plan.decision, decision);
        if (decision == PlanDecision::Send) {
            QVERIFY(!plan.reason.isEmpty());
            QCOMPARE(plan.address, QHostAddress(address));
        }
    }

    void blockedStaysBlockedUntilSomethingChanges()
    {
        const RecordConfig record = recordConfig();
        const DetectionResult detection = detected("81.2.69.160");
        RecordState blocked = inSync("81.2.69.1");
        blocked.condition = RecordCondition::Blocked;
        blocked.blockedFingerprint = "fp-1";
        blocked.lastResult = ResultKind::AuthFailed;
        blocked.lastDetail = "badauth";
        PlanInput input{&record, blocked, &detection, kNow, false, 0, QStringLiteral("fp-1")};
        QCOMPARE(planRecord(input).decision, PlanDecision::Blocked);
        input.fingerprint = QStringLiteral("fp-2");
        const RecordPlan released = planRecord(input);
        QCOMPARE(released.decision, PlanDecision::Send);
        QCOMPARE(released.state.consecutiveFailures, 0);
        QVERIFY(released.state.blockedFingerprint.isEmpty());
    }

    void forcingABlockedRecordDoesNotLiftTheBlock()
    {
        const RecordConfig record = recordConfig();
        RecordState blocked = inSync("81.2.69.1");
        blocked.condition = RecordCondition::Blocked;
        blocked.lastResult = ResultKind::AuthFailed;
        blocked.blockedFingerprint = "fp-1";
        const DetectionResult cgnat = detected("100.64.1.2");
        PlanInput input{&record, blocked, &cgnat, kNow, true, 0, std::nullopt};
        RecordPlan plan = planRecord(input);
        QCOMPARE(plan.decision, PlanDecision::NotPublic);
        QCOMPARE(plan.state.condition, RecordCondition::Blocked);
        QCOMPARE(plan.state.blockedFingerprint, QStringLiteral("fp-1"));
        QCOMPARE(*plan.state.lastResult, ResultKind::AuthFailed);
        input.force = false;
        input.state = plan.state;
        input.fingerprint = QStringLiteral("fp-1");
        QCOMPARE(planRecord(input).decision, PlanDecision::Blocked);
    }

    void refusalIsRecordedOncePerValue()
    {
        const RecordConfig record = recordConfig();
        const DetectionResult detection = detected("100.64.1.2");
        PlanInput input{&record, RecordState{}, &detection, kNow, false, 0, std::nullopt};
        const RecordPlan first = planRecord(input);
        QVERIFY(first.history);
        QCOMPARE(first.history->result, QStringLiteral("address_not_public"));
        QVERIFY(first.state.lastError().contains("carrier-grade NAT"));
        input.state = first.state;
        const RecordPlan second = planRecord(input);
        QCOMPARE(second.decision, PlanDecision::NotPublic);
        QVERIFY(!second.history);
    }

    void applyResults()
    {
        const RecordState before = inSync("81.2.69.1");
        RecordState after = applyResult(before, UpdateResult::make(ResultKind::Ok), "81.2.69.160", kNow, "fp", 60);
        QCOMPARE(after.condition, RecordCondition::InSync);
        QCOMPARE(after.confirmedValue, QStringLiteral("81.2.69.160"));
        QCOMPARE(after.lastSuccess, kNow);

        after = applyResult(before, UpdateResult::make(ResultKind::AuthFailed, "badauth"), "81.2.69.160", kNow, "fp", 60);
        QCOMPARE(after.condition, RecordCondition::Blocked);
        QCOMPARE(after.blockedFingerprint, QStringLiteral("fp"));
        QCOMPARE(after.confirmedValue, QStringLiteral("81.2.69.1"));
        QVERIFY(after.lastError().contains("badauth"));

        after = applyResult(before, UpdateResult::make(ResultKind::ServerError), "81.2.69.160", kNow, "fp", 90);
        QCOMPARE(after.condition, RecordCondition::Failing);
        QCOMPARE(after.nextAttempt, kNow.addSecs(90));
        QCOMPARE(after.consecutiveFailures, 1);
        QVERIFY(after.confirmedUncertain);

        after = applyResult(before, UpdateResult::make(ResultKind::TlsError), "81.2.69.160", kNow, "fp", 90);
        QVERIFY2(!after.confirmedUncertain, "a TLS failure never reached the provider");
        after = applyResult(before, UpdateResult::make(ResultKind::BadResponse), "81.2.69.160", kNow, "fp", 90);
        QVERIFY2(after.confirmedUncertain, "an answer Homing does not understand proves nothing");
        RecordState uncertain = before;
        uncertain.confirmedUncertain = true;
        after = applyResult(uncertain, UpdateResult::make(ResultKind::AuthFailed), "81.2.69.160", kNow, "fp", 90);
        QVERIFY2(after.confirmedUncertain, "a later refusal does not make an earlier doubt go away");
        after = applyResult(uncertain, UpdateResult::make(ResultKind::Ok), "81.2.69.160", kNow, "fp", 90);
        QVERIFY(!after.confirmedUncertain);
    }

    // This host, a host with a fixed suffix on a /64, a MAC host and a
    // suffix host on a /56, all in sync with the first prefix; then this
    // host's address changes. Which records move, and to what?
    void lanHostsFollowThePrefix_data()
    {
        QTest::addColumn<QString>("newAddress");
        QTest::addColumn<QStringList>("expected"); // per record: the value sent, or "" when in sync

        QTest::newRow("same address: none move")
            << "2408:8207:1851:a0f0:1c2d:3e4f:5a6b:7c8d" << QStringList{"", "", "", ""};
        QTest::newRow("new interface ID, same prefix: only this host moves")
            << "2408:8207:1851:a0f0::99" << QStringList{"2408:8207:1851:a0f0::99", "", "", ""};
        QTest::newRow("new /64: all move at once")
            << "2408:8207:1851:b123:1c2d:3e4f:5a6b:7c8d"
            << QStringList{"2408:8207:1851:b123:1c2d:3e4f:5a6b:7c8d", "2408:8207:1851:b123::1234",
                           "2408:8207:1851:b123:211:22ff:fe33:4455", "2408:8207:1851:b107::80"};
        QTest::newRow("new subnet inside the /56: the /56 host stays")
            << "2408:8207:1851:a0f1:1c2d:3e4f:5a6b:7c8d"
            << QStringList{"2408:8207:1851:a0f1:1c2d:3e4f:5a6b:7c8d", "2408:8207:1851:a0f1::1234",
                           "2408:8207:1851:a0f1:211:22ff:fe33:4455", ""};
        QTest::newRow("new /56: all move")
            << "240e:3b0:22:5e05:1c2d:3e4f:5a6b:7c8d"
            << QStringList{"240e:3b0:22:5e05:1c2d:3e4f:5a6b:7c8d", "240e:3b0:22:5e05::1234",
                           "240e:3b0:22:5e05:211:22ff:fe33:4455", "240e:3b0:22:5e07::80"};
    }

    void lanHostsFollowThePrefix()
    {
        QFETCH(QString, newAddress);
        QFETCH(QStringList, expected);
        const QList<RecordConfig> records{
            lanRecord("this.example.com"),
            lanRecord("nas.example.com", parseIpv6Suffix("::1234")),
            lanRecord("camera.example.com", ipv6SuffixFromMac("00-11-22-33-44-55")),
            lanRecord("printer.example.com", parseIpv6Suffix("0:0:0:7::80", 56)),
        };
        for (const RecordConfig &record : records)
            QVERIFY(record.spec.name == "this.example.com" || record.ipv6Suffix);
        const QStringList confirmed{"2408:8207:1851:a0f0:1c2d:3e4f:5a6b:7c8d", "2408:8207:1851:a0f0::1234",
                                    "2408:8207:1851:a0f0:211:22ff:fe33:4455", "2408:8207:1851:a007::80"};
        const DetectionResult detection = detected6(newAddress);
        for (qsizetype i = 0; i < records.size(); ++i) {
            PlanInput input;
            input.record = &records.at(i);
            input.state = inSync(qPrintable(confirmed.at(i)));
            input.detection = &detection;
            input.now = kNow;
            const RecordPlan plan = planRecord(input);
            if (expected.at(i).isEmpty()) {
                QCOMPARE(plan.decision, PlanDecision::InSync);
                QCOMPARE(plan.address.toString(), confirmed.at(i));
            } else {
                QCOMPARE(plan.decision, PlanDecision::Send);
                QCOMPARE(plan.address, QHostAddress(expected.at(i)));
                if (records.at(i).ipv6Suffix)
                    QCOMPARE(plan.reason, QString("the IPv6 prefix changed"));
            }
        }
    }

    // allow_private judges the address the record publishes, not this host's.
    void lanHostPrivacyRuleUsesTheCombinedAddress()
    {
        const RecordConfig refused = lanRecord("nas.example.com", parseIpv6Suffix("::1234"));
        const DetectionResult ula = detected6("fd12:3456:789a:1::abcd");
        PlanInput input;
        input.record = &refused;
        input.detection = &ula;
        input.now = kNow;
        RecordPlan plan = planRecord(input);
        QCOMPARE(plan.decision, PlanDecision::NotPublic);
        QVERIFY(plan.history);
        QCOMPARE(plan.history->newValue, QString("fd12:3456:789a:1::1234"));
        QVERIFY2(plan.state.lastDetail.startsWith("fd12:3456:789a:1::1234 "), qPrintable(plan.state.lastDetail));

        const RecordConfig allowed = lanRecord("nas.example.com", parseIpv6Suffix("::1234"), true);
        input.record = &allowed;
        plan = planRecord(input);
        QCOMPARE(plan.decision, PlanDecision::Send);
        QCOMPARE(plan.address, QHostAddress("fd12:3456:789a:1::1234"));
    }

    void lanHostWithoutAnIpv6Address()
    {
        const RecordConfig record = lanRecord("nas.example.com", parseIpv6Suffix("::1234"));
        const DetectionResult wrong = detected("81.2.69.160"); // cannot happen for AAAA; no address is made up
        PlanInput input;
        input.record = &record;
        input.detection = &wrong;
        input.now = kNow;
        QCOMPARE(planRecord(input).decision, PlanDecision::NoAddress);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("retryAfter");   // -1: none
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("expected");
        QTest::newRow("first, no jitter") << 1 << 0.5 << -1 << 0 << 60;
        QTest::newRow("second") << 2 << 0.5 << -1 << 0 << 120;
        QTest::newRow("fifth") << 5 << 0.5 << -1 << 0 << 960;
        QTest::newRow("capped at an hour") << 12 << 0.5 << -1 << 0 << 3600;
        QTest::newRow("huge count capped") << 1000 << 0.5 << -1 << 0 << 3600;
        QTest::newRow("jitter low") << 1 << 0.0 << -1 << 0 << 48;
        QTest::newRow("jitter high") << 1 << 0.999999 << -1 << 0 << 72;
        QTest::newRow("cap holds with jitter") << 12 << 0.999999 << -1 << 0 << 3600;
        QTest::newRow("retry-after wins") << 1 << 0.5 << 7200 << 0 << 7200;
        QTest::newRow("retry-after shorter") << 3 << 0.5 << 10 << 0 << 240;
        QTest::newRow("911 minimum") << 1 << 0.5 << -1 << 1800 << 1800;
    }

    void backoff()
    {
        QFETCH(int, failures);
        QFETCH(double, random);
        QFETCH(int, retryAfter);
        QFETCH(int, minimum);
        QFETCH(int, expected);
        UpdateResult result = UpdateResult::make(ResultKind::ServerError);
        if (retryAfter >= 0)
            result.retryAfterSeconds = retryAfter;
        result.minimumRetryDelaySeconds = minimum;
        QCOMPARE(backoffDelaySeconds(failures, result, random), expected);
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
