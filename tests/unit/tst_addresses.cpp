#include "address/AddressClassifier.h"
#include "address/AddressExtractor.h"

#include <QtTest>

using namespace homing;

class TestAddresses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("scope");
        const auto row = [](const char *name, const char *address, AddressScope scope) {
            QTest::newRow(name) << QString::fromLatin1(address) << int(scope);
        };
        row("public v4", "81.2.69.160", AddressScope::Public);
        row("public v4 8.8.8.8", "8.8.8.8", AddressScope::Public);
        row("rfc1918 10/8", "10.1.2.3", AddressScope::Private);
        row("rfc1918 172.16/12 low", "172.16.0.1", AddressScope::Private);
        row("rfc1918 172.16/12 high", "172.31.255.254", AddressScope::Private);
        row("just outside 172.16/12", "172.32.0.1", AddressScope::Public);
        row("rfc1918 192.168/16", "192.168.1.5", AddressScope::Private);
        row("cgnat low", "100.64.0.1", AddressScope::SharedCgnat);
        row("cgnat high", "100.127.255.254", AddressScope::SharedCgnat);
        row("just outside cgnat", "100.128.0.1", AddressScope::Public);
        row("loopback", "127.0.0.1", AddressScope::Loopback);
        row("link-local v4", "169.254.10.1", AddressScope::LinkLocal);
        row("doc 192.0.2", "192.0.2.10", AddressScope::Documentation);
        row("doc 198.51.100", "198.51.100.4", AddressScope::Documentation);
        row("doc 203.0.113", "203.0.113.9", AddressScope::Documentation);
        row("benchmark", "198.18.0.1", AddressScope::Benchmarking);
        row("multicast", "224.0.0.251", AddressScope::Multicast);
        row("reserved 240/4", "240.0.0.1", AddressScope::Reserved);
        row("broadcast", "255.255.255.255", AddressScope::Reserved);
        row("this network", "0.0.0.0", AddressScope::Unspecified);
        row("public v6", "2a00:1450:4001:81c::200e", AddressScope::Public);
        row("v6 loopback", "::1", AddressScope::Loopback);
        row("v6 unspecified", "::", AddressScope::Unspecified);
        row("v6 link-local", "fe80::1", AddressScope::LinkLocal);
        row("v6 ula", "fd12:3456:789a::1", AddressScope::UniqueLocal);
        row("v6 doc", "2001:db8::1", AddressScope::Documentation);
        row("v6 doc 3fff", "3fff:1::1", AddressScope::Documentation);
        row("v6 teredo", "2001:0:4136:e378::1", AddressScope::Reserved);
        row("v6 6to4", "2002:c000:204::1", AddressScope::Reserved);
        row("v6 multicast", "ff02::1", AddressScope::Multicast);
        row("v6 mapped v4", "::ffff:81.2.69.160", AddressScope::Reserved);
        row("v6 outside 2000::/3", "4000::1", AddressScope::Reserved);
    }

    void classify()
    {
        QFETCH(QString, address);
        QFETCH(int, scope);
        const QHostAddress parsed(address);
        QVERIFY2(!parsed.isNull(), qPrintable(address));
        QCOMPARE(int(classifyAddress(parsed).scope), scope);
        QVERIFY(!classifyAddress(parsed).description().isEmpty());
    }

    void extract_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("expected");
        const int v4 = int(AddressFamily::IPv4);
        const int v6 = int(AddressFamily::IPv6);
        QTest::newRow("plain") << QByteArray("81.2.69.160\n") << v4 << QStringLiteral("81.2.69.160");
        QTest::newRow("json ipify") << QByteArray(R"({"ip":"81.2.69.160"})") << v4 << QStringLiteral("81.2.69.160");
        QTest::newRow("html oray") << QByteArray("<html><head><title>Current IP Check</title></head><body>Current IP Address: 81.2.69.160</body></html>")
                                   << v4 << QStringLiteral("81.2.69.160");
        QTest::newRow("ipip.net text") << QByteArray("\xe5\xbd\x93\xe5\x89\x8d IP\xef\xbc\x9a" "81.2.69.160  \xe6\x9d\xa5\xe8\x87\xaa\xe4\xba\x8e\xef\xbc\x9a\xe4\xb8\xad\xe5\x9b\xbd")
                                       << v4 << QStringLiteral("81.2.69.160");
        QTest::newRow("sentence full stop") << QByteArray("Your address is 81.2.69.160.") << v4 << QStringLiteral("81.2.69.160");
        QTest::newRow("version number skipped") << QByteArray("server v1.2.3.4x says 81.2.69.160") << v4 << QStringLiteral("81.2.69.160");
        QTest::newRow("out of range octet") << QByteArray("999.1.1.1") << v4 << QString();
        QTest::newRow("three octets") << QByteArray("1.2.3") << v4 << QString();
        QTest::newRow("garbage") << QByteArray("<h1>502 Bad Gateway</h1>") << v4 << QString();
        QTest::newRow("empty") << QByteArray() << v4 << QString();
        QTest::newRow("v4 wanted, only v6") << QByteArray("2a00:1450:4001:81c::200e") << v4 << QString();
        QTest::newRow("v6 plain") << QByteArray("2a00:1450:4001:81c::200e\n") << v6 << QStringLiteral("2a00:1450:4001:81c::200e");
        QTest::newRow("v6 json") << QByteArray(R"({"address":"2a00:1450:4001:81c::200e"})") << v6 << QStringLiteral("2a00:1450:4001:81c::200e");
        QTest::newRow("v6 after time") << QByteArray("at 12:30:45 your ip: 2a00:1450:4001:81c::200e") << v6 << QStringLiteral("2a00:1450:4001:81c::200e");
        QTest::newRow("v6 wanted, only v4") << QByteArray("81.2.69.160") << v6 << QString();
        QTest::newRow("v6 unspecified skipped") << QByteArray(":: then 2a00:1450::1") << v6 << QStringLiteral("2a00:1450::1");
        QTest::newRow("first of two") << QByteArray("81.2.69.160 81.2.69.161") << v4 << QStringLiteral("81.2.69.160");
    }

    void extract()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, family);
        QFETCH(QString, expected);
        const QHostAddress address = extractAddress(body, AddressFamily(family));
        if (expected.isEmpty())
            QVERIFY2(address.isNull(), qPrintable(address.toString()));
        else
            QCOMPARE(address, QHostAddress(expected));
    }
};

QTEST_GUILESS_MAIN(TestAddresses)
#include "tst_addresses.moc"
