#include "address/AddressDetector.h"

#include <QtTest>

using namespace homing;

class TestConsensus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consensus_data()
    {
        QTest::addColumn<QStringList>("answers"); // "" stands for a failed source
        QTest::addColumn<int>("minAgree");
        QTest::addColumn<QString>("accepted");   // "" when nothing is accepted
        QTest::addColumn<int>("agreeing");
        QTest::newRow("two agree") << QStringList{"81.2.69.160", "81.2.69.160"} << 2 << QStringLiteral("81.2.69.160") << 2;
        QTest::newRow("one liar outvoted") << QStringList{"81.2.69.160", "6.6.6.6", "81.2.69.160"} << 2 << QStringLiteral("81.2.69.160") << 2;
        QTest::newRow("liar cannot move with min 2") << QStringList{"81.2.69.160", "6.6.6.6"} << 2 << QString() << 0;
        QTest::newRow("tie with min 1") << QStringList{"81.2.69.160", "6.6.6.6"} << 1 << QString() << 0;
        QTest::newRow("tie of pairs") << QStringList{"1.1.1.1", "1.1.1.1", "2.2.2.2", "2.2.2.2"} << 2 << QString() << 0;
        QTest::newRow("one answer, one failure, min 1") << QStringList{"81.2.69.160", ""} << 1 << QStringLiteral("81.2.69.160") << 1;
        QTest::newRow("one answer, one failure, min 2") << QStringList{"81.2.69.160", ""} << 2 << QString() << 0;
        QTest::newRow("all failed") << QStringList{"", ""} << 1 << QString() << 0;
        QTest::newRow("no sources") << QStringList{} << 1 << QString() << 0;
        QTest::newRow("majority of five") << QStringList{"1.1.1.1", "2.2.2.2", "1.1.1.1", "", "1.1.1.1"} << 2 << QStringLiteral("1.1.1.1") << 3;
        QTest::newRow("plurality below min") << QStringList{"1.1.1.1", "1.1.1.1", "2.2.2.2"} << 3 << QString() << 0;
    }

    void consensus()
    {
        QFETCH(QStringList, answers);
        QFETCH(int, minAgree);
        QFETCH(QString, accepted);
        QFETCH(int, agreeing);
        QList<SourceAnswer> list;
        int i = 0;
        for (const auto &answer : answers) {
            SourceAnswer source{QStringLiteral("source%1").arg(i++), QHostAddress(answer), {}};
            if (answer.isEmpty())
                source.error = QStringLiteral("timeout");
            list.append(source);
        }
        const DetectionResult result = decideByConsensus(AddressFamily::IPv4, list, minAgree);
        QCOMPARE(result.answers.size(), list.size());
        if (accepted.isEmpty()) {
            QVERIFY2(!result.accepted(), qPrintable(result.address.toString()));
            QVERIFY(!result.error.isEmpty());
        } else {
            QCOMPARE(result.address, QHostAddress(accepted));
            QVERIFY(result.error.isEmpty());
        }
        QCOMPARE(result.agreeingSources(), agreeing);
    }

    void jsonRoundTrip()
    {
        DetectionResult result = decideByConsensus(
            AddressFamily::IPv6,
            {{QStringLiteral("https://a"), QHostAddress(QStringLiteral("2a00:1450::1")), {}},
             {QStringLiteral("https://b"), {}, QStringLiteral("no answer in time")}},
            1);
        result.checkedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        const QJsonObject json = detectionToJson(result);
        QCOMPARE(json.value(QStringLiteral("address")).toString(), QStringLiteral("2a00:1450::1"));
        QCOMPARE(json.value(QStringLiteral("checked_at")).toString(), QStringLiteral("2026-11-23T10:00:00Z"));
        QCOMPARE(json.value(QStringLiteral("sources")).toArray().size(), 2);
        QVERIFY(json.value(QStringLiteral("sources")).toArray().at(1).toObject().value(QStringLiteral("address")).isNull());
        const DetectionResult back = detectionFromJson(AddressFamily::IPv6, json);
        QCOMPARE(back.address, result.address);
        QCOMPARE(back.checkedAt, result.checkedAt);
        QCOMPARE(back.answers.at(1).error, QStringLiteral("no answer in time"));
    }

    // An interface source's candidates travel through state.json and
    // status --json: flags, suffix kind, lifetimes (null: infinite), reason.
    void candidatesRoundTrip()
    {
        SourceAnswer answer(QStringLiteral("interface:*"), QHostAddress(QStringLiteral("2001:db8::1234")));
        AddressCandidate chosen;
        chosen.address = QHostAddress(QStringLiteral("2001:db8::1234"));
        chosen.interfaceName = QStringLiteral("eth0");
        chosen.prefixLength = 64;
        chosen.flags = {QStringLiteral("permanent")};
        chosen.suffixKind = QStringLiteral("static");
        chosen.chosen = true;
        chosen.reason = QStringLiteral("static, global");
        AddressCandidate temporary = chosen;
        temporary.address = QHostAddress(QStringLiteral("2001:db8::9e3a:1"));
        temporary.flags = {QStringLiteral("temporary"), QStringLiteral("deprecated")};
        temporary.suffixKind = QStringLiteral("temporary");
        temporary.preferredLifetime = 0;
        temporary.validLifetime = 3600;
        temporary.chosen = false;
        temporary.reason = QStringLiteral("temporary");
        answer.candidates = {chosen, temporary};
        const DetectionResult result = decideByConsensus(AddressFamily::IPv6, {answer}, 1);
        const QJsonObject json = detectionToJson(result);
        const QJsonArray candidates =
            json.value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 2);
        QVERIFY(candidates.at(0).toObject().value(QStringLiteral("preferred_lifetime")).isNull());
        QCOMPARE(candidates.at(1).toObject().value(QStringLiteral("valid_lifetime")).toInt(), 3600);
        QCOMPARE(candidates.at(1).toObject().value(QStringLiteral("flags")).toArray().size(), 2);
        // No candidates: no key (echo sources look at nothing).
        QVERIFY(!detectionToJson(decideByConsensus(AddressFamily::IPv6, {SourceAnswer(QStringLiteral("https://a"), {})}, 1))
                     .value(QStringLiteral("sources")).toArray().at(0).toObject().contains(QStringLiteral("candidates")));

        const DetectionResult back = detectionFromJson(AddressFamily::IPv6, json);
        const auto &read = back.answers.at(0).candidates;
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).address, chosen.address);
        QCOMPARE(read.at(0).interfaceName, QStringLiteral("eth0"));
        QCOMPARE(read.at(0).prefixLength, 64);
        QCOMPARE(read.at(0).preferredLifetime, -1);
        QVERIFY(read.at(0).chosen);
        QCOMPARE(read.at(1).flags, temporary.flags);
        QCOMPARE(read.at(1).suffixKind, QStringLiteral("temporary"));
        QCOMPARE(read.at(1).preferredLifetime, 0);
        QCOMPARE(read.at(1).validLifetime, 3600);
        QCOMPARE(read.at(1).reason, QStringLiteral("temporary"));
    }
};

QTEST_GUILESS_MAIN(TestConsensus)
#include "tst_consensus.moc"
