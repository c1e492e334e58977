#include "address/AddressDetector.h"
#include "address/IpSourceFactory.h"
#include "interfaces/AddressSelection.h"
#include "interfaces/InterfaceScanner.h"
#include "interfaces/InterfaceSource.h"
#include "interfaces/OutboundRoute.h"

#include <QNetworkInterface>
#include <QtTest>

#include <cstring>

#if defined(Q_OS_LINUX)
#include <linux/if_addr.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#endif

using namespace homing;

namespace {

using F = InterfaceAddressFlag;
const QByteArray kMac = QByteArray::fromHex("525400a1b2c3");
// The modified EUI-64 of kMac: 52 ^ 02 = 50.
const QString kEui64 = QStringLiteral("2408:8207:1:2:5054:ff:fea1:b2c3");

InterfaceAddress address(const QString &ip, int prefixLength, InterfaceAddressFlags flags = {},
                         std::optional<qint64> preferred = std::nullopt, std::optional<qint64> valid = std::nullopt,
                         const QString &interfaceName = QStringLiteral("eth0"))
{
    InterfaceAddress result;
    result.address = QHostAddress(ip);
    result.prefixLength = prefixLength;
    result.flags = flags;
    result.preferredLifetime = preferred;
    result.validLifetime = valid ? valid : preferred;
    result.interfaceName = interfaceName;
    result.interfaceIndex = 2;
    result.mac = kMac;
    return result;
}

// A SLAAC address the kernel made (no flags but lifetimes).
InterfaceAddress slaac(const QString &ip, qint64 preferred, InterfaceAddressFlags flags = {})
{
    return address(ip, 64, flags, preferred, preferred + 3600);
}

InterfaceAddress permanent(const QString &ip, int prefixLength = 64)
{
    return address(ip, prefixLength, F::Permanent);
}

InterfaceScan scanOf(const QList<InterfaceAddress> &addresses, const QString &outboundIpv6 = {})
{
    InterfaceScan scan;
    scan.addresses = addresses;
    scan.outboundIpv6 = outboundIpv6;
    return scan;
}

} // namespace

Q_DECLARE_METATYPE(QList<InterfaceAddress>)
Q_DECLARE_METATYPE(AddressFamily)

class TestInterfaces : public QObject
{
    Q_OBJECT

    // Runs one spec's rules over `addresses` through the real source (spec parsing included).
    static SourceAnswer answerFor(const QString &spec, const QList<InterfaceAddress> &addresses, AddressFamily family)
    {
        InterfaceSource source(spec, {});
        return source.answerFor(scanOf(addresses), family);
    }

private Q_SLOTS:
    void selection_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<AddressFamily>("family");
        QTest::addColumn<QList<InterfaceAddress>>("addresses");
        QTest::addColumn<QString>("chosen"); // "" when nothing can be published
        QTest::addColumn<QStringList>("reasons"); // a fragment of each candidate's reason, in order

        const auto v6 = AddressFamily::IPv6;
        const auto v4 = AddressFamily::IPv4;
        const QString any = QStringLiteral("interface:*");

        QTest::newRow("permanent before stable-privacy with a longer lifetime")
            << any << v6
            << QList{slaac("2408:8207:1:2::aaaa:1", 90000, F::StablePrivacy), permanent("2408:8207:1:2::10")}
            << "2408:8207:1:2::10" << QStringList{"a static (permanent) address comes first", "chosen: a static"};
        QTest::newRow("stable-privacy before other with a longer lifetime")
            << any << v6
            << QList{slaac("2408:8207:1:2::aaaa:2", 90000), slaac("2408:8207:1:2::bbbb:1", 100, F::StablePrivacy)}
            << "2408:8207:1:2::bbbb:1"
            << QStringList{"a stable address (EUI-64 or stable-privacy) comes before", "chosen: a stable address (stable-privacy)"};
        QTest::newRow("eui64 before other")
            << any << v6 << QList{slaac("2408:8207:1:2::cccc:1", 90000), slaac(kEui64, 50)}
            << kEui64 << QStringList{"stable address", "chosen: a stable address (eui64)"};
        QTest::newRow("longest preferred lifetime")
            << any << v6
            << QList{slaac("2408:8207:1:2::1:1", 300), slaac("2408:8207:1:2::1:2", 9000), slaac("2408:8207:1:2::1:3", 600)}
            << "2408:8207:1:2::1:2"
            << QStringList{"its preferred lifetime is longer", "longest preferred lifetime", "its preferred lifetime is longer"};
        QTest::newRow("infinite lifetime is the longest")
            << any << v6 << QList{slaac("2408:8207:1:2::1:1", 900000), address("2408:8207:1:2::1:9", 64)}
            << "2408:8207:1:2::1:9" << QStringList{"preferred lifetime is longer", "chosen"};
        QTest::newRow("tie: the lower address, so the choice stays")
            << any << v6 << QList{slaac("2408:8207:1:2::1:2", 600), slaac("2408:8207:1:2::1:1", 600)}
            << "2408:8207:1:2::1:1" << QStringList{"the lower address is taken", "chosen"};
        QTest::newRow("temporary never")
            << any << v6 << QList{slaac("2408:8207:1:2::7e:1", 90000, F::Temporary), slaac("2408:8207:1:2::1:1", 60)}
            << "2408:8207:1:2::1:1" << QStringList{"a temporary privacy address", "chosen: the only usable address"};
        QTest::newRow("temporary=allow")
            << "interface:*?temporary=allow" << v6 << QList{slaac("2408:8207:1:2::7e:1", 90000, F::Temporary)}
            << "2408:8207:1:2::7e:1" << QStringList{"chosen"};
        QTest::newRow("deprecated flag")
            << any << v6 << QList{slaac("2408:8207:1:2::de:1", 100, F::Deprecated)}
            << "" << QStringList{"skipped: deprecated"};
        QTest::newRow("preferred lifetime 0 is deprecated")
            << any << v6 << QList{slaac("2408:8207:1:2::de:1", 0)} << "" << QStringList{"skipped: deprecated"};
        QTest::newRow("deprecated=allow")
            << "interface:*?deprecated=allow" << v6 << QList{slaac("2408:8207:1:2::de:1", 0, F::Deprecated)}
            << "2408:8207:1:2::de:1" << QStringList{"chosen"};
        QTest::newRow("tentative")
            << any << v6 << QList{address("2408:8207:1:2::10", 64, F::Permanent | F::Tentative)}
            << "" << QStringList{"skipped: tentative"};
        QTest::newRow("dadfailed")
            << any << v6
            << QList{address("2408:8207:1:2::10", 64, F::Permanent | F::Tentative | F::DadFailed), slaac(kEui64, 10)}
            << kEui64 << QStringList{"duplicate address detection failed", "chosen"};
        QTest::newRow("optimistic")
            << any << v6 << QList{slaac("2408:8207:1:2::10", 100, F::Optimistic)} << ""
            << QStringList{"skipped: optimistic"};
        QTest::newRow("temporary=allow still never dadfailed")
            << "interface:*?temporary=allow&deprecated=allow" << v6
            << QList{slaac("2408:8207:1:2::7e:1", 90000, F::Temporary | F::DadFailed)} << ""
            << QStringList{"duplicate address detection failed"};
        QTest::newRow("ula only when no global")
            << any << v6 << QList{permanent("fd12:3456:789a:1::10")}
            << "fd12:3456:789a:1::10" << QStringList{"unique local address (ULA), taken because no global"};
        QTest::newRow("global before ula")
            << any << v6 << QList{permanent("fd12:3456:789a:1::10"), slaac(kEui64, 60)}
            << kEui64 << QStringList{"used only when no global address is usable", "chosen"};
        QTest::newRow("ula when the global is unusable")
            << any << v6 << QList{permanent("fd12:3456:789a:1::10"), slaac(kEui64, 60, F::Deprecated)}
            << "fd12:3456:789a:1::10" << QStringList{"ULA", "deprecated"};
        QTest::newRow("ula=never")
            << "interface:*?ula=never" << v6 << QList{permanent("fd12:3456:789a:1::10")}
            << "" << QStringList{"ula=never"};
        QTest::newRow("link-local, loopback, documentation, multicast")
            << any << v6
            << QList{permanent("fe80::1"), permanent("::1", 128), permanent("2001:db8::1"), permanent("ff02::1")}
            << "" << QStringList{"not a global address", "not a global address", "not a global address", "not a global address"};
        QTest::newRow("prefix filter")
            << "interface:*?prefix=2408:8207::/32" << v6
            << QList{permanent("240e:1:2:3::10"), slaac("2408:8207:1:2::1:1", 60)}
            << "2408:8207:1:2::1:1" << QStringList{"not in the prefix this source asks for (2408:8207::/32)", "chosen"};
        QTest::newRow("prefix filter at a non-byte boundary (/29)")
            << "interface:*?prefix=2408:8200::/29" << v6
            << QList{permanent("2408:8208::10"), permanent("2408:8207:ffff::10"), permanent("2408:81ff::10")}
            << "2408:8207:ffff::10" << QStringList{"not in the prefix", "chosen", "not in the prefix"};
        QTest::newRow("two prefixes")
            << "interface:*?prefix=2408:8207::/32,240e::/20" << v6
            << QList{permanent("240e:fff::1"), permanent("2a00:1450::1")}
            << "240e:fff::1" << QStringList{"chosen", "2408:8207::/32, 240e::/20"};
        QTest::newRow("suffix=eui64 over a permanent one")
            << "interface:*?suffix=eui64" << v6 << QList{permanent("2408:8207:1:2::10"), slaac(kEui64, 60)}
            << kEui64 << QStringList{"its suffix is static, and this source takes only eui64", "chosen"};
        QTest::newRow("ff:fe with another MAC is not eui64")
            << "interface:*?suffix=eui64" << v6 << QList{slaac("2408:8207:1:2:5054:ff:fea1:b2c4", 60)}
            << "" << QStringList{"its suffix is other"};
        QTest::newRow("suffix=stable-privacy,eui64")
            << "interface:*?suffix=stable-privacy,eui64" << v6
            << QList{permanent("2408:8207:1:2::10"), slaac("2408:8207:1:2::5:5", 100, F::StablePrivacy)}
            << "2408:8207:1:2::5:5" << QStringList{"takes only stable-privacy, eui64", "chosen"};
        QTest::newRow("suffix=dhcpv6: a /128 with finite lifetimes")
            << "interface:*?suffix=dhcpv6" << v6
            << QList{address("2408:8207:1:2::1234", 128, {}, 3000), permanent("2408:8207:1:2::10", 128)}
            << "2408:8207:1:2::1234" << QStringList{"chosen", "its suffix is static"};
        QTest::newRow("suffix=static")
            << "interface:*?suffix=static" << v6 << QList{slaac(kEui64, 60), permanent("2408:8207:1:2::10")}
            << "2408:8207:1:2::10" << QStringList{"its suffix is eui64", "chosen"};
        QTest::newRow("NetworkManager SLAAC (noprefixroute, no ff:fe) counts as stable")
            << any << v6
            << QList{slaac("2408:8207:1:2::1:1", 90000), slaac("2408:8207:1:2:1a2b:3c4d:5e6f:7081", 60, F::NoPrefixRoute)}
            << "2408:8207:1:2:1a2b:3c4d:5e6f:7081" << QStringList{"stable address", "stable-privacy"};
        QTest::newRow("interface filter")
            << "interface:wlan0" << v6
            << QList{permanent("2408:8207:1:2::10"), address("2408:8207:9:9::9", 64, F::Permanent, {}, {}, "wlan0")}
            << "2408:8207:9:9::9" << QStringList{"chosen: the only usable address"};
        QTest::newRow("interface wildcard")
            << "interface:wl*" << v6
            << QList{permanent("2408:8207:1:2::10"), address("2408:8207:9:9::9", 64, {}, 600, {}, "wlan0"),
                     address("2408:8207:9:9::8", 64, F::Permanent, {}, {}, "wlp2s0")}
            << "2408:8207:9:9::8" << QStringList{"static", "chosen"};
        QTest::newRow("IPv4: public only")
            << any << v4
            << QList{permanent("192.168.1.10", 24), permanent("100.64.1.2", 10), permanent("81.2.69.160", 24),
                     permanent("2408:8207:1:2::10")}
            << "81.2.69.160"
            << QStringList{"not a public IPv4 address (", "not a public IPv4 address (", "chosen"};
        QTest::newRow("IPv4: primary before secondary")
            << any << v4
            << QList{address("81.2.69.161", 24, F::Permanent | F::Secondary), permanent("81.2.69.170", 24)}
            << "81.2.69.170" << QStringList{"primary address comes before a secondary one", "chosen"};
        QTest::newRow("IPv4: none public")
            << any << v4 << QList{permanent("10.0.0.2", 8)} << "" << QStringList{"not a public IPv4 address"};
        QTest::newRow("IPv6 only asked: IPv4 not listed")
            << any << v6 << QList{permanent("81.2.69.160", 24), permanent("2408:8207:1:2::10")}
            << "2408:8207:1:2::10" << QStringList{"chosen"};
    }

    void selection()
    {
        QFETCH(QString, spec);
        QFETCH(AddressFamily, family);
        QFETCH(QList<InterfaceAddress>, addresses);
        QFETCH(QString, chosen);
        QFETCH(QStringList, reasons);
        QCOMPARE(InterfaceSource::validate(spec), QString());
        const SourceAnswer answer = answerFor(spec, addresses, family);
        QCOMPARE(answer.address.toString(), chosen);
        QCOMPARE(answer.error.isEmpty(), !chosen.isEmpty());
        QCOMPARE(answer.candidates.size(), reasons.size());
        int chosenCount = 0;
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            const AddressCandidate &candidate = answer.candidates.at(i);
            QVERIFY2(candidate.reason.contains(reasons.at(i)),
                     qPrintable(QStringLiteral("%1: \"%2\" lacks \"%3\"").arg(candidate.address.toString(), candidate.reason, reasons.at(i))));
            QCOMPARE(candidate.chosen, candidate.address.toString() == chosen);
            QVERIFY(candidate.reason.startsWith(candidate.chosen ? QLatin1String("chosen: ") : QLatin1String("skipped: ")));
            chosenCount += candidate.chosen ? 1 : 0;
        }
        QCOMPARE(chosenCount, chosen.isEmpty() ? 0 : 1);
    }

    void candidateFields()
    {
        const SourceAnswer answer = answerFor(
            QStringLiteral("interface:eth0"),
            {address("2408:8207:1:2::7e:1", 64, F::Temporary, 3600, 7200), permanent("2408:8207:1:2::10")},
            AddressFamily::IPv6);
        QCOMPARE(answer.candidates.size(), 2);
        const AddressCandidate &temporary = answer.candidates.at(0);
        QCOMPARE(temporary.flags, QStringList{"temporary"});
        QCOMPARE(temporary.suffixKind, QStringLiteral("temporary"));
        QCOMPARE(temporary.preferredLifetime, 3600);
        QCOMPARE(temporary.validLifetime, 7200);
        QCOMPARE(temporary.interfaceName, QStringLiteral("eth0"));
        QCOMPARE(temporary.prefixLength, 64);
        const AddressCandidate &stable = answer.candidates.at(1);
        QCOMPARE(stable.flags, QStringList{"permanent"});
        QCOMPARE(stable.suffixKind, QStringLiteral("static"));
        QCOMPARE(stable.preferredLifetime, -1); // infinite
        QCOMPARE(stable.validLifetime, -1);
        QVERIFY(stable.chosen);
    }

    void flagNames()
    {
        QCOMPARE(interfaceAddressFlagNames(F::Temporary | F::Deprecated | F::Tentative | F::DadFailed | F::Permanent
                                           | F::ManageTempAddr | F::StablePrivacy | F::NoDad | F::Optimistic | F::Dhcp
                                           | F::Autoconf | F::Secured),
                 (QStringList{"temporary", "deprecated", "tentative", "dadfailed", "permanent", "mngtmpaddr",
                              "stable-privacy", "nodad", "optimistic", "dhcp", "autoconf", "secured"}));
    }

    void eui64_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("mac");
        QTest::addColumn<bool>("eui64");
        QTest::newRow("matches the MAC, U/L flipped") << kEui64 << kMac << true;
        QTest::newRow("U/L not flipped") << "2408:8207:1:2:5254:ff:fea1:b2c3" << kMac << false;
        QTest::newRow("another MAC") << "2408:8207:1:2:5054:ff:fea1:b2c4" << kMac << false;
        QTest::newRow("no ff:fe") << "2408:8207:1:2:5054:ff:fda1:b2c3" << kMac << false;
        QTest::newRow("ff:fe, MAC unknown") << "2408:8207:1:2:211:22ff:fe33:4455" << QByteArray() << true;
        QTest::newRow("local MAC 02:.. gives 00:..") << "2408::ff:fe00:1" << QByteArray::fromHex("020000000001") << true;
        QTest::newRow("IPv4") << "81.2.69.160" << kMac << false;
    }

    void eui64()
    {
        QFETCH(QString, address);
        QFETCH(QByteArray, mac);
        QFETCH(bool, eui64);
        QCOMPARE(isEui64Address(QHostAddress(address), mac), eui64);
    }

    void specValidation_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("error"); // fragment; "" when valid
        QTest::newRow("name") << "interface:eth0" << "";
        QTest::newRow("every interface") << "interface:*" << "";
        QTest::newRow("wildcard") << "interface:enp*" << "";
        QTest::newRow("windows alias") << "interface:Ethernet-2" << "";
        QTest::newRow("all options")
            << "interface:eth0?prefix=2408:8207::/32&suffix=stable-privacy,eui64&ula=never&temporary=allow&deprecated=never" << "";
        QTest::newRow("ipv4 prefix") << "interface:eth0?prefix=81.2.0.0/16" << "";
        QTest::newRow("no name") << "interface:" << "names no interface";
        QTest::newRow("no name, options") << "interface:?suffix=eui64" << "names no interface";
        QTest::newRow("bad name") << "interface:eth 0" << "is not an interface name";
        QTest::newRow("slash in name") << "interface:eth0/1" << "is not an interface name";
        QTest::newRow("empty query") << "interface:eth0?" << "no options after it";
        QTest::newRow("unknown option") << "interface:eth0?scope=global" << "\"scope\" is not an option";
        QTest::newRow("no value") << "interface:eth0?prefix" << "has no value";
        QTest::newRow("bad prefix") << "interface:eth0?prefix=2408:8207::" << "is not a prefix";
        QTest::newRow("prefix too long") << "interface:eth0?prefix=2408:8207::/129" << "is not a prefix";
        QTest::newRow("not an address") << "interface:eth0?prefix=example/32" << "is not a prefix";
        QTest::newRow("bad suffix") << "interface:eth0?suffix=eui48" << "\"eui48\" is not a kind of suffix";
        QTest::newRow("bad ula") << "interface:eth0?ula=yes" << "ula must be fallback";
        QTest::newRow("bad temporary") << "interface:eth0?temporary=1" << "temporary must be never or allow";
        QTest::newRow("twice") << "interface:eth0?suffix=eui64&suffix=static" << "given twice";
        QTest::newRow("unknown kind") << "iface:eth0" << "interface:NAME / interface:*";
    }

    void specValidation()
    {
        QFETCH(QString, spec);
        QFETCH(QString, error);
        const IpSourceFactory factory;
        const QString problem = factory.validate(spec);
        if (error.isEmpty())
            QCOMPARE(problem, QString());
        else
            QVERIFY2(problem.contains(error), qPrintable(problem));
    }

    void factoryMakesInterfaceSources()
    {
        const IpSourceFactory factory;
        IpSourceEnvironment environment;
        int scans = 0;
        environment.scanInterfaces = [&scans] {
            ++scans;
            return scanOf({permanent("2408:8207:1:2::10"), address("fe80::1", 64, F::Permanent)});
        };
        const auto source = factory.create(QStringLiteral("interface:eth0?suffix=static"), environment);
        QVERIFY(source);
        QCOMPARE(source->kind(), SourceKind::Interface);
        QCOMPARE(source->spec(), QStringLiteral("interface:eth0?suffix=static"));
        QObject context;
        std::optional<SourceAnswer> answer;
        source->query(AddressFamily::IPv6, &context, [&answer](const SourceAnswer &a) { answer = a; });
        QVERIFY(!answer); // delivered after query() returns
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(scans, 1);
        QCOMPARE(answer->source, QStringLiteral("interface:eth0?suffix=static"));
        QCOMPARE(answer->address, QHostAddress(QStringLiteral("2408:8207:1:2::10")));
        QCOMPARE(answer->candidates.size(), 2);
    }

    void sourceErrors()
    {
        InterfaceSource missing(QStringLiteral("interface:eth9"), {});
        const InterfaceScan scan = scanOf({permanent("2408:8207:1:2::10"), address("2408:8207::2", 64, F::Permanent, {}, {}, "wlan0")});
        SourceAnswer answer = missing.answerFor(scan, AddressFamily::IPv6);
        QVERIFY(answer.address.isNull());
        QVERIFY2(answer.error.contains(QLatin1String("no interface eth9")) && answer.error.contains(QLatin1String("eth0, wlan0")),
                 qPrintable(answer.error));
        answer = missing.answerFor([] { InterfaceScan failed; failed.error = QStringLiteral("netlink said no"); return failed; }(), AddressFamily::IPv6);
        QCOMPARE(answer.error, QStringLiteral("netlink said no"));
        InterfaceSource every(QStringLiteral("interface:*"), {});
        answer = every.answerFor(scanOf({permanent("fe80::1")}), AddressFamily::IPv6);
        QVERIFY2(answer.error.contains(QLatin1String("can be published")), qPrintable(answer.error));
        answer = every.answerFor(scanOf({permanent("fe80::1")}), AddressFamily::IPv4);
        QVERIFY2(answer.error.contains(QLatin1String("no IPv4 address")), qPrintable(answer.error));
    }

    // A wildcard source prefers the interface the default route leaves by:
    // a VPN's static address on wg0 would otherwise outrank eth0's SLAAC one.
    void outboundInterfaceRanksFirst()
    {
        InterfaceSource every(QStringLiteral("interface:*"), {});
        const InterfaceAddress vpn = address("2a01:4f8::5", 64, F::Permanent, {}, {}, QStringLiteral("wg0"));
        const InterfaceAddress home = slaac(kEui64, 14400);
        const InterfaceAddress homeUla = address("fd00::5", 64, F::Permanent);
        InterfaceScan scan = scanOf({vpn, home});
        QCOMPARE(every.answerFor(scan, AddressFamily::IPv6).address, vpn.address); // no route known: by rank
        scan.outboundIpv6 = QStringLiteral("eth0");
        SourceAnswer answer = every.answerFor(scan, AddressFamily::IPv6);
        QCOMPARE(answer.address, home.address);
        QCOMPARE(answer.candidates.size(), 2);
        QVERIFY(!answer.candidates[0].chosen);
        QVERIFY2(answer.candidates[0].reason.contains(QLatin1String("on eth0, the interface this host's default route"))
                     && answer.candidates[0].reason.contains(QLatin1String("on wg0")),
                 qPrintable(answer.candidates[0].reason));
        // The IPv4 route says nothing about IPv6.
        scan.outboundIpv6.clear();
        scan.outboundIpv4 = QStringLiteral("eth0");
        QCOMPARE(every.answerFor(scan, AddressFamily::IPv6).address, vpn.address);
        // A global address elsewhere still comes before a ULA on the outbound interface.
        scan = scanOf({vpn, homeUla}, QStringLiteral("eth0"));
        QCOMPARE(every.answerFor(scan, AddressFamily::IPv6).address, vpn.address);
        // Within the outbound interface the usual rules still hold: never its temporary address.
        const InterfaceAddress temporary = slaac("2408:8207:1:2::99", 86400, F::Temporary);
        scan = scanOf({vpn, temporary}, QStringLiteral("eth0"));
        QCOMPARE(every.answerFor(scan, AddressFamily::IPv6).address, vpn.address);
    }

    // The real probe: this test runs where no default route exists (the
    // suite's network namespace has only lo) or where one does; either way
    // the answer is an address of this host or null, and nothing is sent.
    void outboundProbe()
    {
        for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
            const QHostAddress source = outboundSourceAddress(family);
            if (source.isNull())
                continue;
            QCOMPARE(source.protocol(), family == AddressFamily::IPv4 ? QAbstractSocket::IPv4Protocol
                                                                       : QAbstractSocket::IPv6Protocol);
            QVERIFY2(QNetworkInterface::allAddresses().contains(source), qPrintable(source.toString()));
        }
        InterfaceScan scan = scanOf({permanent("2408:8207:1:2::10")});
        findOutboundInterfaces(&scan);
        QVERIFY(scan.outboundIpv6.isEmpty() || scan.outboundIpv6 == QLatin1String("eth0"));
    }

    void jsonRoundTrip()
    {
        const SourceAnswer answer = answerFor(
            QStringLiteral("interface:*"),
            {address("2408:8207:1:2::7e:1", 64, F::Temporary, 3600, 7200), permanent("2408:8207:1:2::10")},
            AddressFamily::IPv6);
        DetectionResult result = decideByConsensus(AddressFamily::IPv6, {answer, SourceAnswer(QStringLiteral("https://x"), {}, QStringLiteral("down"))}, 1);
        const QJsonObject json = detectionToJson(result);
        const QJsonArray sources = json.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 2);
        QVERIFY(!sources.at(1).toObject().contains(QStringLiteral("candidates"))); // only when non-empty
        const QJsonArray candidates = sources.at(0).toObject().value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 2);
        const QJsonObject temporary = candidates.at(0).toObject();
        QCOMPARE(temporary.value(QStringLiteral("address")).toString(), QStringLiteral("2408:8207:1:2::7e:1"));
        QCOMPARE(temporary.value(QStringLiteral("interface")).toString(), QStringLiteral("eth0"));
        QCOMPARE(temporary.value(QStringLiteral("prefix_length")).toInt(), 64);
        QCOMPARE(temporary.value(QStringLiteral("flags")).toArray(), QJsonArray{QStringLiteral("temporary")});
        QCOMPARE(temporary.value(QStringLiteral("suffix_kind")).toString(), QStringLiteral("temporary"));
        QCOMPARE(temporary.value(QStringLiteral("preferred_lifetime")).toInt(), 3600);
        QCOMPARE(temporary.value(QStringLiteral("valid_lifetime")).toInt(), 7200);
        QCOMPARE(temporary.value(QStringLiteral("chosen")).toBool(), false);
        QVERIFY(temporary.value(QStringLiteral("reason")).toString().startsWith(QLatin1String("skipped: a temporary")));
        const QJsonObject stable = candidates.at(1).toObject();
        QVERIFY(stable.value(QStringLiteral("preferred_lifetime")).isNull());
        QVERIFY(stable.value(QStringLiteral("valid_lifetime")).isNull());
        QCOMPARE(stable.value(QStringLiteral("chosen")).toBool(), true);

        const DetectionResult back = detectionFromJson(AddressFamily::IPv6, json);
        QCOMPARE(back.answers.size(), 2);
        QCOMPARE(back.answers.at(1).candidates.size(), 0);
        const auto &restored = back.answers.at(0).candidates;
        QCOMPARE(restored.size(), 2);
        for (qsizetype i = 0; i < restored.size(); ++i) {
            const AddressCandidate &a = restored.at(i);
            const AddressCandidate &b = answer.candidates.at(i);
            QCOMPARE(a.address, b.address);
            QCOMPARE(a.interfaceName, b.interfaceName);
            QCOMPARE(a.prefixLength, b.prefixLength);
            QCOMPARE(a.flags, b.flags);
            QCOMPARE(a.suffixKind, b.suffixKind);
            QCOMPARE(a.preferredLifetime, b.preferredLifetime);
            QCOMPARE(a.validLifetime, b.validLifetime);
            QCOMPARE(a.chosen, b.chosen);
            QCOMPARE(a.reason, b.reason);
        }
    }

#if defined(Q_OS_LINUX)
    void netlinkParsing();
    void netlinkErrorsAndTruncation();
#endif
};

#if defined(Q_OS_LINUX)
namespace {

// Builds netlink messages as the kernel lays them out (NLMSG/RTA alignment).
class NetlinkWriter
{
public:
    void beginAddress(int family, int prefixLength, quint8 flags, quint8 scope, int index, quint16 type = RTM_NEWADDR)
    {
        m_start = m_buffer.size();
        nlmsghdr header{};
        header.nlmsg_type = type;
        header.nlmsg_flags = NLM_F_MULTI;
        append(&header, sizeof header);
        ifaddrmsg message{};
        message.ifa_family = quint8(family);
        message.ifa_prefixlen = quint8(prefixLength);
        message.ifa_flags = flags;
        message.ifa_scope = scope;
        message.ifa_index = quint32(index);
        append(&message, sizeof message);
        pad();
    }
    void attribute(quint16 type, const void *data, size_t length)
    {
        rtattr header{};
        header.rta_type = type;
        header.rta_len = quint16(RTA_LENGTH(length));
        append(&header, sizeof header);
        append(data, length);
        pad();
    }
    void addressAttribute(quint16 type, const QString &text)
    {
        const QHostAddress address(text);
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 value = qToBigEndian(address.toIPv4Address());
            attribute(type, &value, 4);
        } else {
            const Q_IPV6ADDR value = address.toIPv6Address();
            attribute(type, value.c, 16);
        }
    }
    void u32(quint16 type, quint32 value) { attribute(type, &value, sizeof value); }
    void cacheInfo(quint32 preferred, quint32 valid)
    {
        ifa_cacheinfo info{preferred, valid, 100, 200};
        attribute(IFA_CACHEINFO, &info, sizeof info);
    }
    void end()
    {
        const quint32 length = quint32(m_buffer.size() - m_start);
        std::memcpy(m_buffer.data() + m_start, &length, sizeof length); // nlmsg_len is the first field
    }
    void control(quint16 type, int error = 0)
    {
        m_start = m_buffer.size();
        nlmsghdr header{};
        header.nlmsg_type = type;
        append(&header, sizeof header);
        if (type == NLMSG_ERROR) {
            nlmsgerr body{};
            body.error = -error;
            append(&body, sizeof body);
        } else {
            const int zero = 0;
            append(&zero, sizeof zero);
        }
        end();
    }
    QByteArray bytes() const { return m_buffer; }

private:
    void append(const void *data, size_t length) { m_buffer.append(static_cast<const char *>(data), qsizetype(length)); }
    void pad()
    {
        while (m_buffer.size() % 4)
            m_buffer.append('\0');
    }
    QByteArray m_buffer;
    qsizetype m_start = 0;
};

} // namespace

void TestInterfaces::netlinkParsing()
{
    NetlinkWriter w;
    // 1. IFA_FLAGS overrides ifa_flags: the header says permanent, the full word temporary + mngtmpaddr.
    w.beginAddress(AF_INET6, 64, IFA_F_PERMANENT, RT_SCOPE_UNIVERSE, 3);
    w.addressAttribute(IFA_ADDRESS, QStringLiteral("2408:8207:1:2::7e:1"));
    w.u32(IFA_FLAGS, IFA_F_TEMPORARY | IFA_F_MANAGETEMPADDR | IFA_F_STABLE_PRIVACY);
    w.cacheInfo(3600, 7200);
    w.end();
    // 2. No IFA_FLAGS: ifa_flags counts; infinite lifetimes.
    w.beginAddress(AF_INET6, 64, IFA_F_PERMANENT | IFA_F_DEPRECATED | IFA_F_TENTATIVE | IFA_F_DADFAILED, RT_SCOPE_UNIVERSE, 3);
    w.addressAttribute(IFA_ADDRESS, QStringLiteral("2408:8207:1:2::10"));
    w.cacheInfo(0xFFFFFFFFu, 0xFFFFFFFFu);
    w.end();
    // 3. Point-to-point: IFA_LOCAL is ours, IFA_ADDRESS the peer (in either order).
    w.beginAddress(AF_INET6, 128, 0, RT_SCOPE_UNIVERSE, 4);
    w.addressAttribute(IFA_ADDRESS, QStringLiteral("2408:8207::ffff"));
    w.addressAttribute(IFA_LOCAL, QStringLiteral("2408:8207::1"));
    w.u32(IFA_FLAGS, IFA_F_NODAD | IFA_F_OPTIMISTIC | IFA_F_NOPREFIXROUTE);
    w.end();
    // 4. IPv4: bit 0x01 is "secondary", not "temporary"; the label is read.
    w.beginAddress(AF_INET, 24, IFA_F_SECONDARY | IFA_F_PERMANENT, RT_SCOPE_UNIVERSE, 3);
    w.addressAttribute(IFA_LOCAL, QStringLiteral("81.2.69.160"));
    w.addressAttribute(IFA_ADDRESS, QStringLiteral("81.2.69.160"));
    w.attribute(IFA_LABEL, "eth0:1", 7);
    w.end();
    // 5. Link scope, and an unknown attribute in between.
    w.beginAddress(AF_INET6, 64, IFA_F_PERMANENT, RT_SCOPE_LINK, 3);
    w.u32(200, 0xdeadbeef);
    w.addressAttribute(IFA_ADDRESS, QStringLiteral("fe80::1"));
    w.end();
    // 6. Not an address message: skipped.
    w.beginAddress(AF_INET6, 64, 0, 0, 3, RTM_NEWLINK);
    w.end();
    w.control(NLMSG_DONE);
    // 7. After DONE: not read.
    w.beginAddress(AF_INET6, 64, 0, RT_SCOPE_UNIVERSE, 3);
    w.addressAttribute(IFA_ADDRESS, QStringLiteral("2408:8207::dead"));
    w.end();

    const auto batch = InterfaceScanner::parseNetlinkMessages(w.bytes());
    QVERIFY(batch.done);
    QCOMPARE(batch.error, QString());
    QCOMPARE(batch.addresses.size(), 5);

    const InterfaceAddress &temporary = batch.addresses.at(0);
    QCOMPARE(temporary.address, QHostAddress(QStringLiteral("2408:8207:1:2::7e:1")));
    QCOMPARE(temporary.flags, F::Temporary | F::ManageTempAddr | F::StablePrivacy);
    QCOMPARE(temporary.rawFlags, quint32(IFA_F_TEMPORARY | IFA_F_MANAGETEMPADDR | IFA_F_STABLE_PRIVACY));
    QCOMPARE(temporary.prefixLength, 64);
    QCOMPARE(temporary.interfaceIndex, 3);
    QCOMPARE(temporary.scope, InterfaceAddressScope::Global);
    QCOMPARE(temporary.preferredLifetime, std::optional<qint64>(3600));
    QCOMPARE(temporary.validLifetime, std::optional<qint64>(7200));

    const InterfaceAddress &permanentOne = batch.addresses.at(1);
    QCOMPARE(permanentOne.flags, F::Permanent | F::Deprecated | F::Tentative | F::DadFailed);
    QVERIFY(!permanentOne.preferredLifetime.has_value());
    QVERIFY(!permanentOne.validLifetime.has_value());

    const InterfaceAddress &pointToPoint = batch.addresses.at(2);
    QCOMPARE(pointToPoint.address, QHostAddress(QStringLiteral("2408:8207::1")));
    QCOMPARE(pointToPoint.flags, F::NoDad | F::Optimistic | F::NoPrefixRoute);
    QCOMPARE(pointToPoint.prefixLength, 128);
    QVERIFY(!pointToPoint.preferredLifetime.has_value()); // no cache info: infinite

    const InterfaceAddress &v4 = batch.addresses.at(3);
    QCOMPARE(v4.address, QHostAddress(QStringLiteral("81.2.69.160")));
    QCOMPARE(v4.flags, F::Secondary | F::Permanent);
    QCOMPARE(v4.interfaceName, QStringLiteral("eth0:1"));

    QCOMPARE(batch.addresses.at(4).scope, InterfaceAddressScope::Link);
    QCOMPARE(batch.addresses.at(4).address, QHostAddress(QStringLiteral("fe80::1")));
}

void TestInterfaces::netlinkErrorsAndTruncation()
{
    {
        NetlinkWriter w;
        w.control(NLMSG_ERROR, EPERM);
        const auto batch = InterfaceScanner::parseNetlinkMessages(w.bytes());
        QVERIFY(batch.done);
        QVERIFY2(batch.error.contains(QLatin1String("refused to list the addresses")), qPrintable(batch.error));
    }
    {
        // A buffer without DONE: more is to come.
        NetlinkWriter w;
        w.beginAddress(AF_INET6, 64, 0, RT_SCOPE_UNIVERSE, 3);
        w.addressAttribute(IFA_ADDRESS, QStringLiteral("2408:8207::1"));
        w.end();
        QByteArray bytes = w.bytes();
        auto batch = InterfaceScanner::parseNetlinkMessages(bytes);
        QVERIFY(!batch.done);
        QCOMPARE(batch.addresses.size(), 1);
        // Cut short: the message says it is longer than the buffer; nothing is read from beyond it.
        bytes.chop(8);
        batch = InterfaceScanner::parseNetlinkMessages(bytes);
        QCOMPARE(batch.addresses.size(), 0);
        // An address attribute too short for its family is no address.
        NetlinkWriter s;
        s.beginAddress(AF_INET6, 64, 0, RT_SCOPE_UNIVERSE, 3);
        s.attribute(IFA_ADDRESS, "\x24\x08", 2);
        s.end();
        QCOMPARE(InterfaceScanner::parseNetlinkMessages(s.bytes()).addresses.size(), 0);
    }
}

#endif

QTEST_GUILESS_MAIN(TestInterfaces)
#include "tst_interfaces.moc"
