#include "notify/Notifier.h"

#include <QtTest>

using namespace homing;

namespace {

RecordOutcome outcome(RecordCondition before, RecordCondition after, std::optional<ResultKind> result,
                      const QString &oldValue = "81.2.69.1", const QString &newValue = "81.2.69.160")
{
    RecordOutcome o;
    o.key = "a/nas.example.com/A";
    o.name = "nas.example.com";
    o.type = "A";
    o.before.condition = before;
    o.before.confirmedValue = oldValue;
    o.after.condition = after;
    o.after.confirmedValue = after == RecordCondition::InSync ? newValue : oldValue;
    if (result) {
        o.result = UpdateResult::make(*result);
        o.after.lastResult = *result;
    }
    o.decision = PlanDecision::Send;
    return o;
}

QList<Notification::Kind> kinds(const RecordOutcome &o)
{
    QList<Notification::Kind> list;
    for (const auto &n : notificationsFor(o))
        list.append(n.kind);
    return list;
}

} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions()
    {
        using K = Notification::Kind;
        QCOMPARE(kinds(outcome(RecordCondition::InSync, RecordCondition::InSync, ResultKind::Ok)), QList<K>{K::RecordUpdated});
        QCOMPARE(kinds(outcome(RecordCondition::InSync, RecordCondition::Failing, ResultKind::ServerError)), QList<K>{K::RecordFailing});
        // Retries of the same failure stay quiet.
        QCOMPARE(kinds(outcome(RecordCondition::Failing, RecordCondition::Failing, ResultKind::ServerError)), QList<K>{});
        QCOMPARE(kinds(outcome(RecordCondition::Failing, RecordCondition::InSync, ResultKind::Ok)), QList<K>{K::RecordRecovered});
        QCOMPARE(kinds(outcome(RecordCondition::Pending, RecordCondition::Blocked, ResultKind::AuthFailed)), QList<K>{K::RecordBlocked});
        QCOMPARE(kinds(outcome(RecordCondition::Blocked, RecordCondition::Blocked, ResultKind::AuthFailed)), QList<K>{});
        // Nothing sent, nothing changed: nothing to say.
        RecordOutcome quiet = outcome(RecordCondition::InSync, RecordCondition::InSync, std::nullopt, "81.2.69.160");
        quiet.decision = PlanDecision::InSync;
        QCOMPARE(kinds(quiet), QList<K>{});
    }

    void blockedSaysWhatToDo()
    {
        const auto notifications = notificationsFor(outcome(RecordCondition::Pending, RecordCondition::Blocked, ResultKind::AuthFailed));
        QCOMPARE(notifications.size(), 1);
        QVERIFY(notifications.first().body.contains(resultKindAdvice(ResultKind::AuthFailed)));
    }

    void notPublicOncePerValue()
    {
        RecordOutcome o = outcome(RecordCondition::Pending, RecordCondition::Failing, ResultKind::AddressNotPublic);
        o.after.lastRefusedValue = "100.64.1.2";
        QCOMPARE(notificationsFor(o).size(), 1);
        QCOMPARE(notificationsFor(o).first().kind, Notification::Kind::AddressNotPublic);
        o.before = o.after; // the next pass, same address
        QCOMPARE(notificationsFor(o).size(), 0);
    }

    void addressChange()
    {
        const auto first = notificationsForAddressChange(AddressFamily::IPv4, {}, "81.2.69.160");
        QCOMPARE(first.size(), 1);
        const auto change = notificationsForAddressChange(AddressFamily::IPv4, "81.2.69.1", "81.2.69.160");
        QVERIFY(change.first().body.contains("81.2.69.1"));
        QVERIFY(change.first().body.contains("81.2.69.160"));
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
