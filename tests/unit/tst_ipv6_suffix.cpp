// The address of another host on the LAN: this host's prefix plus a fixed
// suffix or a MAC's EUI-64 interface ID, at any prefix length.
#include "address/Ipv6Suffix.h"

#include <QtTest>

using namespace homing;

class TestIpv6Suffix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void combines_data()
    {
        QTest::addColumn<QString>("hostAddress");
        QTest::addColumn<int>("prefixLength");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");

        // All bits of the host address set, so that every prefix bit shows.
        const QString ones = QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
        QTest::newRow("/64") << QStringLiteral("2408:8207:1851:a0f0:1c2d:3e4f:5a6b:7c8d") << 64
                             << QStringLiteral("::1234") << QStringLiteral("2408:8207:1851:a0f0::1234");
        QTest::newRow("/48") << QStringLiteral("2001:db8:aa:bb:cc:dd:ee:ff") << 48 << QStringLiteral("::5:0:0:0:1234")
                             << QStringLiteral("2001:db8:aa:5::1234");
        QTest::newRow("/56 keeps the whole 7th byte") << ones << 56 << QStringLiteral("::1234")
                                                       << QStringLiteral("ffff:ffff:ffff:ff00::1234");
        QTest::newRow("/56 subnet in the suffix") << QStringLiteral("2001:db8:1:2345::1") << 56
                                                  << QStringLiteral("0:0:0:7::1234")
                                                  << QStringLiteral("2001:db8:1:2307::1234");
        QTest::newRow("/60 half a byte") << ones << 60 << QStringLiteral("::1234")
                                         << QStringLiteral("ffff:ffff:ffff:fff0::1234");
        QTest::newRow("/60 suffix nibble") << QStringLiteral("2001:db8:1:23ab::1") << 60
                                           << QStringLiteral("0:0:0:5::9") << QStringLiteral("2001:db8:1:23a5::9");
        QTest::newRow("/61 three bits") << ones << 61 << QStringLiteral("0:0:0:7::1")
                                        << QStringLiteral("ffff:ffff:ffff:ffff::1");
        QTest::newRow("/61 prefix bits kept") << QStringLiteral("2001:db8:1:2ff8::1") << 61
                                              << QStringLiteral("0:0:0:3::1") << QStringLiteral("2001:db8:1:2ffb::1");
        QTest::newRow("/63 one bit") << QStringLiteral("2001:db8:1:fffe::1") << 63 << QStringLiteral("0:0:0:1::2")
                                     << QStringLiteral("2001:db8:1:ffff::2");
        QTest::newRow("/63 zero bit") << ones << 63 << QStringLiteral("::2")
                                      << QStringLiteral("ffff:ffff:ffff:fffe::2");
        QTest::newRow("/100") << ones << 100 << QStringLiteral("::abc:def")
                              << QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:fabc:def");
        QTest::newRow("/127") << QStringLiteral("2001:db8::10") << 127 << QStringLiteral("::1")
                              << QStringLiteral("2001:db8::11");
        QTest::newRow("/127 from an odd address") << QStringLiteral("2001:db8::11") << 127 << QStringLiteral("::1")
                                                  << QStringLiteral("2001:db8::11");
    }

    void combines()
    {
        QFETCH(QString, hostAddress);
        QFETCH(int, prefixLength);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        const Ipv6SuffixParse parsed = parseIpv6Suffix(suffix, prefixLength);
        QVERIFY2(parsed.suffix, qPrintable(parsed.error));
        QCOMPARE(parsed.suffix->combineWith(QHostAddress(hostAddress)), QHostAddress(expected));
    }

    // A suffix may only set bits after the prefix; the error says so in plain words.
    void refusesSuffixes_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("prefixLength");
        QTest::addColumn<QString>("errorMentions");

        QTest::newRow("too long for /64") << QStringLiteral("0:0:0:1::1234") << 64 << QStringLiteral("after a /64 prefix");
        QTest::newRow("too long for /56") << QStringLiteral("0:0:0:100::1") << 56 << QStringLiteral("after a /56 prefix");
        QTest::newRow("one bit too many for /61") << QStringLiteral("0:0:0:8::1") << 61
                                                  << QStringLiteral("after a /61 prefix");
        QTest::newRow("one bit too many for /63") << QStringLiteral("0:0:0:2::1") << 63
                                                  << QStringLiteral("after a /63 prefix");
        QTest::newRow("too long for /100") << QStringLiteral("::1000:0") << 100 << QStringLiteral("after a /100 prefix");
        QTest::newRow("too long for /127") << QStringLiteral("::2") << 127 << QStringLiteral("after a /127 prefix");
        QTest::newRow("a whole address") << QStringLiteral("2001:db8::1") << 64 << QStringLiteral("does not fit");
        QTest::newRow("all zeros") << QStringLiteral("::") << 64 << QStringLiteral("all zeros");
        QTest::newRow("not an address") << QStringLiteral("1234") << 64 << QStringLiteral("not an IPv6 suffix");
        QTest::newRow("IPv4") << QStringLiteral("0.0.18.52") << 64 << QStringLiteral("not an IPv6 suffix");
        QTest::newRow("scope") << QStringLiteral("::1234%eth0") << 64 << QStringLiteral("not an IPv6 suffix");
        QTest::newRow("prefix 0") << QStringLiteral("::1") << 0 << QStringLiteral("between 1 and 127");
        QTest::newRow("prefix 128") << QStringLiteral("::1") << 128 << QStringLiteral("between 1 and 127");
    }

    void refusesSuffixes()
    {
        QFETCH(QString, suffix);
        QFETCH(int, prefixLength);
        QFETCH(QString, errorMentions);
        const Ipv6SuffixParse parsed = parseIpv6Suffix(suffix, prefixLength);
        QVERIFY(!parsed.suffix);
        QVERIFY2(parsed.error.contains(errorMentions), qPrintable(parsed.error));
    }

    // The longest suffix that still fits is accepted at every boundary.
    void acceptsTheLongestSuffix_data()
    {
        QTest::addColumn<int>("prefixLength");
        for (int length : {48, 56, 60, 61, 63, 64, 100, 127})
            QTest::newRow(qPrintable(QStringLiteral("/%1").arg(length))) << length;
    }

    void acceptsTheLongestSuffix()
    {
        QFETCH(int, prefixLength);
        Q_IPV6ADDR ones;
        std::fill(std::begin(ones.c), std::end(ones.c), quint8(0xff));
        // All bits after the prefix set: the network's last address.
        const Q_IPV6ADDR suffixBits = combineIpv6(Q_IPV6ADDR{}, prefixLength, ones);
        const Ipv6SuffixParse parsed = parseIpv6Suffix(QHostAddress(suffixBits).toString(), prefixLength);
        QVERIFY2(parsed.suffix, qPrintable(parsed.error));
        const QHostAddress host(QStringLiteral("2001:db8:1234:5678:9abc:def0:1234:5678"));
        const QHostAddress combined = parsed.suffix->combineWith(host);
        QVERIFY(combined.isInSubnet(host, prefixLength));
        // Every bit after the prefix comes from the suffix.
        QCOMPARE(combined, QHostAddress(combineIpv6(host.toIPv6Address(), prefixLength, ones)));
        // One more bit does not fit.
        const Q_IPV6ADDR longer = combineIpv6(Q_IPV6ADDR{}, prefixLength - 1, ones);
        QVERIFY(!parseIpv6Suffix(QHostAddress(longer).toString(), prefixLength).suffix);
    }

    void eui64FromMac_data()
    {
        QTest::addColumn<QString>("mac");
        QTest::addColumn<QString>("interfaceId");

        QTest::newRow("colons") << QStringLiteral("00:11:22:33:44:55") << QStringLiteral("::211:22ff:fe33:4455");
        QTest::newRow("dashes") << QStringLiteral("00-11-22-33-44-55") << QStringLiteral("::211:22ff:fe33:4455");
        QTest::newRow("cisco dotted") << QStringLiteral("0011.2233.4455") << QStringLiteral("::211:22ff:fe33:4455");
        QTest::newRow("upper case") << QStringLiteral("AC:DE:48:00:11:22") << QStringLiteral("::aede:48ff:fe00:1122");
        QTest::newRow("single digits") << QStringLiteral("0:11:22:3:44:5") << QStringLiteral("::211:22ff:fe03:4405");
        QTest::newRow("spaces around") << QStringLiteral(" 00:11:22:33:44:55 ")
                                       << QStringLiteral("::211:22ff:fe33:4455");
        // The universal/local bit flips both ways: a locally administered MAC loses it.
        QTest::newRow("U/L bit set becomes clear") << QStringLiteral("02:00:5e:10:00:01")
                                                   << QStringLiteral("::5eff:fe10:1");
        QTest::newRow("U/L bit clear becomes set") << QStringLiteral("00:00:5e:10:00:01")
                                                   << QStringLiteral("::200:5eff:fe10:1");
        QTest::newRow("other bits kept") << QStringLiteral("fc:ff:ff:ff:ff:ff")
                                         << QStringLiteral("::feff:ffff:feff:ffff");
    }

    void eui64FromMac()
    {
        QFETCH(QString, mac);
        QFETCH(QString, interfaceId);
        const Ipv6SuffixParse parsed = ipv6SuffixFromMac(mac);
        QVERIFY2(parsed.suffix, qPrintable(parsed.error));
        QVERIFY(parsed.suffix->fromMac);
        QCOMPARE(QHostAddress(parsed.suffix->bits), QHostAddress(interfaceId));
        // On a /64: the prefix's four groups, then the interface ID's four.
        const Q_IPV6ADDR id = QHostAddress(interfaceId).toIPv6Address();
        QStringList groups{"2408", "8207", "1851", "a0f0"};
        for (int i = 8; i < 16; i += 2)
            groups.append(QString::number((id[i] << 8) | id[i + 1], 16));
        QCOMPARE(parsed.suffix->combineWith(QHostAddress(QStringLiteral("2408:8207:1851:a0f0:aaaa:bbbb:cccc:dddd"))),
                 QHostAddress(groups.join(':')));
    }

    void refusesMacs_data()
    {
        QTest::addColumn<QString>("mac");
        QTest::addColumn<int>("prefixLength");
        QTest::addColumn<QString>("errorMentions");

        QTest::newRow("multicast") << QStringLiteral("01:00:5e:00:00:fb") << 64 << QStringLiteral("multicast");
        QTest::newRow("broadcast") << QStringLiteral("ff:ff:ff:ff:ff:ff") << 64 << QStringLiteral("multicast");
        QTest::newRow("IPv6 multicast") << QStringLiteral("33-33-00-00-00-01") << 64 << QStringLiteral("multicast");
        QTest::newRow("all zeros") << QStringLiteral("00:00:00:00:00:00") << 64 << QStringLiteral("all zeros");
        QTest::newRow("mixed separators") << QStringLiteral("00:11-22:33:44:55") << 64
                                          << QStringLiteral("not a MAC address");
        QTest::newRow("five bytes") << QStringLiteral("00:11:22:33:44") << 64 << QStringLiteral("not a MAC address");
        QTest::newRow("seven bytes") << QStringLiteral("00:11:22:33:44:55:66") << 64
                                     << QStringLiteral("not a MAC address");
        QTest::newRow("not hex") << QStringLiteral("00:11:22:33:44:gg") << 64 << QStringLiteral("not a MAC address");
        QTest::newRow("bare digits") << QStringLiteral("001122334455") << 64 << QStringLiteral("not a MAC address");
        QTest::newRow("dotted too short") << QStringLiteral("011.2233.4455") << 64
                                          << QStringLiteral("not a MAC address");
        QTest::newRow("prefix longer than 64") << QStringLiteral("00:11:22:33:44:55") << 80
                                               << QStringLiteral("64 or less");
    }

    void refusesMacs()
    {
        QFETCH(QString, mac);
        QFETCH(int, prefixLength);
        QFETCH(QString, errorMentions);
        const Ipv6SuffixParse parsed = ipv6SuffixFromMac(mac, prefixLength);
        QVERIFY(!parsed.suffix);
        QVERIFY2(parsed.error.contains(errorMentions), qPrintable(parsed.error));
    }

    // A MAC with a shorter prefix: the subnet bits between are zero.
    void macWithShorterPrefix()
    {
        const Ipv6SuffixParse parsed = ipv6SuffixFromMac(QStringLiteral("00:11:22:33:44:55"), 56);
        QVERIFY2(parsed.suffix, qPrintable(parsed.error));
        QCOMPARE(parsed.suffix->combineWith(QHostAddress(QStringLiteral("2001:db8:1:23ff::1"))),
                 QHostAddress(QStringLiteral("2001:db8:1:2300:211:22ff:fe33:4455")));
    }

    void notFromIpv4()
    {
        const auto parsed = parseIpv6Suffix(QStringLiteral("::1234"));
        QVERIFY(parsed.suffix);
        QVERIFY(parsed.suffix->combineWith(QHostAddress(QStringLiteral("203.0.113.5"))).isNull());
        QVERIFY(parsed.suffix->combineWith(QHostAddress()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestIpv6Suffix)
#include "tst_ipv6_suffix.moc"
