// The tray's models of issue 10's findings, without a display: the badges a
// candidate address gets, lifetimes in words, the carrier-grade NAT notice
// and the port mappings, from the JSON shapes status --json gives.
#include "AddressCandidateModel.h"
#include "CgnatNotice.h"
#include "PortMappingModel.h"

#include <QJsonArray>
#include <QtTest>

using namespace homing::gui;

class TestAddressModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badges_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("chosen");
        QTest::addColumn<QStringList>("badges");
        QTest::newRow("chosen stable-privacy") << "2001:db8::b2c4" << QStringList{"stable-privacy"} << "stable-privacy" << true
                                               << QStringList{"chosen", "stable-privacy"};
        QTest::newRow("temporary") << "2001:db8::9e3a" << QStringList{"temporary"} << "temporary" << false
                                   << QStringList{"temporary"};
        QTest::newRow("deprecated eui64") << "2001:db8::5a1e:93ff:fe12:3456" << QStringList{"deprecated"} << "eui64" << false
                                          << QStringList{"deprecated", "eui64"};
        QTest::newRow("dadfailed static") << "2001:db8::dead" << QStringList{"dadfailed"} << "static" << false
                                          << QStringList{"dadfailed", "static"};
        QTest::newRow("tentative dhcpv6") << "2001:db8::77" << QStringList{"tentative"} << "dhcpv6" << false
                                          << QStringList{"tentative", "dhcpv6"};
        QTest::newRow("ula") << "fd12:3456::1" << QStringList{"permanent"} << "static" << false << QStringList{"ula", "static"};
        QTest::newRow("link-local") << "fe80::1" << QStringList{} << "eui64" << false << QStringList{"link-local", "eui64"};
        QTest::newRow("ipv4 link-local") << "169.254.10.1" << QStringList{} << "" << false << QStringList{"link-local"};
        QTest::newRow("global, nothing known") << "2001:db8::1" << QStringList{} << "other" << false << QStringList{};
    }

    void badges()
    {
        QFETCH(QString, address);
        QFETCH(QStringList, flags);
        QFETCH(QString, suffix);
        QFETCH(bool, chosen);
        QFETCH(QStringList, badges);
        const QJsonObject candidate{{"address", address}, {"flags", QJsonArray::fromStringList(flags)},
                                    {"suffix_kind", suffix}, {"chosen", chosen}};
        QCOMPARE(AddressCandidateModel::badgesOf(candidate), badges);
        for (const QString &badge : badges) {
            QVERIFY(!AddressCandidateModel::badgeWords(badge).isEmpty());
            QVERIFY2(!AddressCandidateModel::badgeHelp(badge).isEmpty(), qPrintable(badge));
        }
    }

    void lifetimes_data()
    {
        QTest::addColumn<QJsonValue>("seconds");
        QTest::addColumn<QString>("words");
        QTest::newRow("null") << QJsonValue() << "forever";
        QTest::newRow("zero") << QJsonValue(0) << "expired";
        QTest::newRow("seconds") << QJsonValue(42) << "42 s";
        QTest::newRow("minutes") << QJsonValue(125) << "2 min 5 s";
        QTest::newRow("hours") << QJsonValue(7260) << "2 h 1 min";
        QTest::newRow("days") << QJsonValue(2 * 86400 + 4 * 3600 + 5) << "2 d 4 h";
    }

    void lifetimes()
    {
        QFETCH(QJsonValue, seconds);
        QFETCH(QString, words);
        QCOMPARE(AddressCandidateModel::lifetimeWords(seconds), words);
    }

    // The family's rows: a source row, then its candidates; a family turned off is left out.
    void rowsPerSource()
    {
        AddressCandidateModel model;
        const QJsonObject status{
            {"ipv4", QJsonObject{{"enabled", false}, {"sources", QJsonArray{QJsonObject{{"source", "https://a"}}}}}},
            {"ipv6", QJsonObject{{"enabled", true}, {"address", "2001:db8::1"},
                                 {"sources", QJsonArray{QJsonObject{
                                                 {"source", "interface:eth0"}, {"address", "2001:db8::1"},
                                                 {"candidates", QJsonArray{QJsonObject{{"address", "2001:db8::1"},
                                                                                       {"chosen", true},
                                                                                       {"reason", "static"}},
                                                                           QJsonObject{{"address", "fe80::1"},
                                                                                       {"reason", "link-local"}}}}}}}}}};
        model.setStatus(status);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0, 0).data(AddressCandidateModel::IsSourceRole).toBool());
        QVERIFY(model.index(0, 0).data(AddressCandidateModel::ChosenRole).toBool());
        QCOMPARE(model.index(1, AddressCandidateModel::Reason).data().toString(), QStringLiteral("static"));
        QVERIFY(!model.index(2, 0).data(AddressCandidateModel::ChosenRole).toBool());
    }

    void cgnat()
    {
        QVERIFY(!CgnatNotice::fromStatus({}));
        QVERIFY(!CgnatNotice::fromStatus({{"cgnat", QJsonValue()}}));
        const auto notice = CgnatNotice::fromStatus(
            {{"cgnat", QJsonObject{{"detected", true}, {"kind", "carrier_grade"}, {"router_address", "100.64.3.4"},
                                   {"public_address", QJsonValue()}, {"message", "use IPv6 <or> a tunnel"},
                                   {"publishing", false}}}});
        QVERIFY(notice);
        QVERIFY(!notice->doubleNat);
        QCOMPARE(notice->routerAddress, QStringLiteral("100.64.3.4"));
        QVERIFY(notice->publicAddress.isEmpty());
        const QString text = notice->bannerText();
        QVERIFY(text.contains(QStringLiteral("use IPv6 &lt;or&gt; a tunnel"))); // the message is escaped
        QVERIFY(text.contains(QStringLiteral("does not publish")));
        QVERIFY(!text.contains(QStringLiteral("echo services see")));
    }

    void portMappings()
    {
        PortMappingModel model;
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        model.setStatus({{"port_mappings",
                          QJsonArray{QJsonObject{{"protocol", "tcp"}, {"external", 8443}, {"internal", 443},
                                                 {"host", "192.168.1.2"}, {"method", "pcp"}, {"state", "active"},
                                                 {"expires_at", "2026-11-26T12:10:30Z"}},
                                     QJsonObject{{"protocol", "tcp"}, {"external", 80}, {"internal", 80},
                                                 {"host", "192.168.1.2"}, {"method", QJsonValue()}, {"state", "pending"}},
                                     QJsonObject{{"protocol", "udp"}, {"external", 53}, {"internal", 53},
                                                 {"host", "192.168.1.2"}, {"method", "upnp"}, {"state", "failed"},
                                                 {"error", "the router refused"}}}}},
                        now);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.failedCount(), 1);
        QCOMPARE(model.index(0, PortMappingModel::ExpiresIn).data().toString(), QStringLiteral("10 min 30 s"));
        QCOMPARE(model.index(0, PortMappingModel::Method).data().toString(), QStringLiteral("PCP"));
        QCOMPARE(model.index(1, PortMappingModel::Method).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, PortMappingModel::State).data().toString(), QStringLiteral("Requesting"));
        QCOMPARE(model.index(2, PortMappingModel::Error).data().toString(), QStringLiteral("the router refused"));
        QCOMPARE(model.index(2, 0).data(PortMappingModel::StateKeyRole).toString(), QStringLiteral("failed"));
        model.setStatus({}, now);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAddressModels)
#include "tst_addressmodels.moc"
