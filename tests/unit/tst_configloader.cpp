#include "address/IpSourceFactory.h"
#include "BuiltinProviders.h"
#include "config/ConfigLoader.h"
#include "provider/ProviderRegistry.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace homing;

namespace {

const char *kCanary = "CANARY-7f3a-SECRET-d41d8cd9";

QByteArray minimal(const QString &accounts, const QString &records, const QString &ip = QString())
{
    return QStringLiteral(R"({"version": 1, %1 "accounts": [%2], "records": [%3]})")
        .arg(ip.isEmpty() ? QString() : ip + QStringLiteral(","), accounts, records)
        .toUtf8();
}

const QString kCloudflare = QStringLiteral(R"({"id": "cf", "provider": "cloudflare", "secrets": {"token": "keychain"}})");
const QString kRecord = QStringLiteral(R"({"account": "cf", "name": "nas.example.com", "type": "A"})");

// JSON written with single quotes: moc 6.4 misreads "//" inside raw strings
// in a class body, so rows with URLs use this instead.
QString q(const char *text)
{
    return QString::fromLatin1(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

} // namespace

class TestConfigLoader : public QObject
{
    Q_OBJECT

    ProviderRegistry m_registry;
    IpSourceFactory m_sources;

private Q_SLOTS:
    void initTestCase() { registerBuiltinProviders(m_registry); }

    void validConfigWithDefaults()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const auto result = loader.parse(minimal(kCloudflare, kRecord));
        QVERIFY(result.config);
        const Config &config = *result.config;
        QCOMPARE(config.checkIntervalSeconds, 300);
        QVERIFY(config.ip.ipv4.enabled);
        QVERIFY(!config.ip.ipv6.enabled);
        QVERIFY(config.ip.ipv4.sources.size() >= 6);
        // The router first, then echo services, HTTPS only.
        QCOMPARE(config.ip.ipv4.sources.mid(0, 2), (QStringList{"upnp", "natpmp"}));
        for (const auto &source : config.ip.ipv4.sources.mid(2))
            QVERIFY2(source.startsWith("https://"), qPrintable(source));
        // IPv6: this host's own interfaces first (an echo service sees the
        // temporary privacy address the system sends from), then echo services.
        QCOMPARE(config.ip.ipv6.sources.value(0), QStringLiteral("interface:*"));
        QVERIFY(config.ip.ipv6.sources.size() >= 4);
        for (const auto &source : config.ip.ipv6.sources.mid(1))
            QVERIFY2(source.startsWith("https://"), qPrintable(source));
        QCOMPARE(config.ip.ipv4.minAgree, 2);
        QCOMPARE(config.records.size(), 1);
        QCOMPARE(config.records.first().key(), QStringLiteral("cf/nas.example.com/A"));
        QCOMPARE(config.accounts.first().secrets.value("token").kind, SecretReference::Kind::Keychain);
    }

    void namesAreNormalised()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const auto result = loader.parse(minimal(kCloudflare,
            R"({"account": "cf", "name": "Büro.Example.COM.", "type": "A"})"));
        QVERIFY(result.config);
        QCOMPARE(result.config->records.first().spec.name, QStringLiteral("xn--bro-hoa.example.com"));
    }

    // The top-level proxy is the providers' default; an account's own wins,
    // and address detection keeps its own (direct by default).
    void providerProxyIsTheAccountsDefault()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const QString second = q("{'id': 'cf2', 'provider': 'cloudflare', 'proxy': 'system', 'secrets': {'token': 'keychain'}}");
        const QString third = q("{'id': 'cf3', 'provider': 'cloudflare', 'proxy': 'none', 'secrets': {'token': 'keychain'}}");
        const auto result = loader.parse(minimal(kCloudflare + ',' + second + ',' + third, kRecord,
                                                 q("'proxy': 'socks5://127.0.0.1:1080'")));
        QVERIFY(result.config);
        QCOMPARE(result.config->providerProxy, QStringLiteral("socks5://127.0.0.1:1080"));
        QCOMPARE(result.config->accounts.at(0).proxy, QStringLiteral("socks5://127.0.0.1:1080"));
        QCOMPARE(result.config->accounts.at(1).proxy, QString()); // the system's
        QCOMPARE(result.config->accounts.at(2).proxy, QStringLiteral("none"));
        QCOMPARE(result.config->ip.proxy, QStringLiteral("none"));
        QVERIFY(!loader.parse(minimal(kCloudflare, kRecord, q("'proxy': 'ftp://x:1'"))).config);
    }

    void minAgreeDefaultsToOneForOneSource()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const auto result = loader.parse(minimal(kCloudflare, kRecord,
            q("'ip': {'ipv4': {'sources': ['https://127.0.0.1:1/a']}}")));
        QVERIFY(result.config);
        QCOMPARE(result.config->ip.ipv4.minAgree, 1);
    }

    // The detection policy's keys: a day between cross-checks and no
    // publishing behind carrier-grade NAT unless set.
    void detectionPolicyKeys()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const auto defaults = loader.parse(minimal(kCloudflare, kRecord));
        QVERIFY(defaults.config);
        QCOMPARE(defaults.config->ip.ipv4.crossCheckHours, 24.0);
        QCOMPARE(defaults.config->ip.ipv6.crossCheckHours, 24.0);
        QVERIFY(!defaults.config->ip.ipv4.publishBehindCgnat);
        const auto set = loader.parse(minimal(kCloudflare, kRecord,
            q("'ip': {'ipv4': {'cross_check_hours': 0.5, 'publish_behind_cgnat': true}, 'ipv6': {'enabled': true, 'cross_check_hours': 0}}")));
        QVERIFY(set.config);
        QCOMPARE(set.config->ip.ipv4.crossCheckHours, 0.5);
        QVERIFY(set.config->ip.ipv4.publishBehindCgnat);
        QCOMPARE(set.config->ip.ipv6.crossCheckHours, 0.0);
        QVERIFY(!set.config->ip.ipv6.publishBehindCgnat);
    }

    void checkIntervalFloor()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const auto result = loader.parse(
            QStringLiteral(R"({"version":1,"check_interval":5,"accounts":[%1],"records":[%2]})").arg(kCloudflare, kRecord).toUtf8());
        QVERIFY(result.config);
        QCOMPARE(result.config->checkIntervalSeconds, 30);
        QVERIFY(std::any_of(result.issues.cbegin(), result.issues.cend(), [](const ConfigIssue &issue) {
            return !issue.isError() && issue.path == "check_interval";
        }));
    }

    // On by default; false leaves only the check interval (the poll-only benchmark).
    void watchAddresses()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const auto plain = loader.parse(minimal(kCloudflare, kRecord));
        QVERIFY(plain.config);
        QVERIFY(plain.config->watchAddresses);
        const auto off = loader.parse(minimal(kCloudflare, kRecord, R"("watch_addresses": false)"));
        QVERIFY(off.config);
        QVERIFY(!off.config->watchAddresses);
        QVERIFY(off.issues.isEmpty());
    }

    // Another LAN host: this host's prefix plus a fixed suffix or a MAC's EUI-64.
    void lanHostRecords()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const auto result = loader.parse(minimal(kCloudflare,
            R"({"account":"cf","name":"this.example.com","type":"AAAA"},)"
            R"({"account":"cf","name":"nas.example.com","type":"AAAA","ipv6_suffix":"::1234"},)"
            R"({"account":"cf","name":"cam.example.com","type":"AAAA","ipv6_mac":"0011.2233.4455"},)"
            R"({"account":"cf","name":"pr.example.com","type":"AAAA","ipv6_suffix":"0:0:0:7::80","ipv6_prefix_length":56})",
            R"("ip":{"ipv6":{"enabled":true}})"));
        QVERIFY2(result.config, qPrintable(result.issues.value(0).toString()));
        const QList<RecordConfig> &records = result.config->records;
        QCOMPARE(records.size(), 4);
        for (const auto &issue : result.issues)
            QVERIFY2(!issue.path.startsWith("records"), qPrintable(issue.toString()));
        const QHostAddress here("2001:db8:1:2345:a:b:c:d");
        QVERIFY(!records.at(0).ipv6Suffix);
        QCOMPARE(records.at(0).targetAddress(here), here);
        QVERIFY(records.at(1).ipv6Suffix);
        QCOMPARE(records.at(1).ipv6Suffix->prefixLength, 64);
        QCOMPARE(records.at(1).targetAddress(here), QHostAddress("2001:db8:1:2345::1234"));
        QVERIFY(records.at(2).ipv6Suffix->fromMac);
        QCOMPARE(records.at(2).targetAddress(here), QHostAddress("2001:db8:1:2345:211:22ff:fe33:4455"));
        QCOMPARE(records.at(3).ipv6Suffix->prefixLength, 56);
        QCOMPARE(records.at(3).targetAddress(here), QHostAddress("2001:db8:1:2307::80"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment"); // part of the message

        QTest::newRow("not json") << QByteArray("{\"version\": 1,\n \"records\": [}") << QString() << "line 2";
        QTest::newRow("not an object") << QByteArray("[1,2]") << QString() << "object";
        QTest::newRow("newer version") << QByteArray(R"({"version": 9})") << "version" << "newer";
        QTest::newRow("watch_addresses not a boolean") << minimal(kCloudflare, kRecord, R"("watch_addresses": "yes")") << "watch_addresses" << "true or false";
        QTest::newRow("interval not a number") << QByteArray(R"({"version":1,"check_interval":"5m"})") << "check_interval" << "whole number";
        // Found by fuzz_configloader: a whole number far out of an integer's range was cast (undefined behaviour).
        QTest::newRow("timeout far out of range") << QByteArray(R"({"version":1,"request_timeout":8.88889e+23})") << "request_timeout" << "between";
        QTest::newRow("timeout far below range") << QByteArray(R"({"version":1,"request_timeout":-1e300})") << "request_timeout" << "between";
        QTest::newRow("timeout not whole") << QByteArray(R"({"version":1,"request_timeout":2.5})") << "request_timeout" << "whole number";
        QTest::newRow("unknown provider") << minimal(R"({"id":"x","provider":"nosuch"})", "") << "accounts[0].provider" << "unknown provider";
        QTest::newRow("duplicate account") << minimal(kCloudflare + "," + kCloudflare, "") << "accounts[1].id" << "already";
        QTest::newRow("bad account id") << minimal(R"({"id":"a b","provider":"duckdns","secrets":{"token":"keychain"}})", "") << "accounts[0].id" << "letters";
        QTest::newRow("missing secret") << minimal(R"({"id":"cf","provider":"cloudflare"})", "") << "accounts[0].secrets.token" << "secret set cf token";
        QTest::newRow("secret value in secrets") << minimal(QStringLiteral(R"({"id":"cf","provider":"cloudflare","secrets":{"token":"%1"}})").arg(kCanary), "")
                                                 << "accounts[0].secrets.token" << "never go in";
        QTest::newRow("secret value in settings") << minimal(QStringLiteral(R"({"id":"cf","provider":"cloudflare","settings":{"token":"%1"},"secrets":{"token":"keychain"}})").arg(kCanary), "")
                                                  << "accounts[0].settings.token" << "must not be written";
        QTest::newRow("bad env reference") << minimal(R"({"id":"cf","provider":"cloudflare","secrets":{"token":"env:1BAD"}})", "") << "accounts[0].secrets.token" << "env:NAME";
        QTest::newRow("bad endpoint") << minimal(q("{'id':'cf','provider':'cloudflare','endpoint':'ftp://x','secrets':{'token':'keychain'}}"), "") << "accounts[0].endpoint" << "http";
        QTest::newRow("missing ca file") << minimal(R"({"id":"cf","provider":"cloudflare","ca_file":"/nonexistent.pem","secrets":{"token":"keychain"}})", "") << "accounts[0].ca_file" << "does not exist";
        QTest::newRow("bad proxy") << minimal(q("{'id':'cf','provider':'cloudflare','proxy':'gopher://p:1','secrets':{'token':'keychain'}}"), "") << "accounts[0].proxy" << "socks5";
        QTest::newRow("proxy with password") << minimal(QStringLiteral(R"({"id":"cf","provider":"cloudflare","proxy":"http:%1%2@p:3128","secrets":{"token":"keychain"}})").arg("//u:", kCanary), "")
                                             << "accounts[0].proxy" << "password";
        QTest::newRow("generic dyndns2 needs server") << minimal(R"({"id":"d","provider":"dyndns2","settings":{"username":"u"},"secrets":{"password":"keychain"}})", "") << "accounts[0].settings.server" << "required";
        QTest::newRow("dyndns2 user with colon") << minimal(R"({"id":"d","provider":"noip","settings":{"username":"a:b"},"secrets":{"password":"keychain"}})", "") << "accounts[0].settings.username" << "':'";
        QTest::newRow("cloudflare bad zone id") << minimal(R"({"id":"cf","provider":"cloudflare","settings":{"zone_id":"xyz"},"secrets":{"token":"keychain"}})", "") << "accounts[0].settings.zone_id" << "32";
        QTest::newRow("custom unknown placeholder") << minimal(q("{'id':'w','provider':'custom','settings':{'url':'https://h/u?x={address}'}}"), "") << "accounts[0].settings.url" << "{address}";
        QTest::newRow("custom bad regex") << minimal(q("{'id':'w','provider':'custom','settings':{'url':'https://h/u','success_pattern':'('}}"), "") << "accounts[0].settings.success_pattern" << "regular expression";
        QTest::newRow("custom bad method") << minimal(q("{'id':'w','provider':'custom','settings':{'url':'https://h/u','method':'DELETE'}}"), "") << "accounts[0].settings.method" << "one of";
        QTest::newRow("record unknown account") << minimal(kCloudflare, R"({"account":"nope","name":"a.example.com","type":"A"})") << "records[0].account" << "no account";
        QTest::newRow("record bad type") << minimal(kCloudflare, R"({"account":"cf","name":"a.example.com","type":"MX"})") << "records[0].type" << "AAAA";
        QTest::newRow("record aaaa without ipv6") << minimal(kCloudflare, R"({"account":"cf","name":"a.example.com","type":"AAAA"})") << "records[0].type" << "ipv6.enabled";
        QTest::newRow("record bad name") << minimal(kCloudflare, R"({"account":"cf","name":"not a name","type":"A"})") << "records[0].name" << "fully qualified";
        QTest::newRow("record single label") << minimal(kCloudflare, R"({"account":"cf","name":"localhost","type":"A"})") << "records[0].name" << "fully qualified";
        QTest::newRow("record duplicate") << minimal(kCloudflare, kRecord + "," + kRecord) << "records[1]" << "twice";
        QTest::newRow("cloudflare ttl range") << minimal(kCloudflare, R"({"account":"cf","name":"a.example.com","type":"A","ttl":5})") << "records[0].ttl" << "86400";
        QTest::newRow("record setting type") << minimal(kCloudflare, R"({"account":"cf","name":"a.example.com","type":"A","settings":{"proxied":"yes"}})") << "records[0].settings.proxied" << "true or false";
        QTest::newRow("duckdns name") << minimal(R"({"id":"d","provider":"duckdns","secrets":{"token":"keychain"}})", R"({"account":"d","name":"a.example.com","type":"A"})") << "records[0].name" << "duckdns.org";
        QTest::newRow("oray ipv6") << minimal(R"({"id":"o","provider":"oray","settings":{"username":"u"},"secrets":{"password":"keychain"}})",
                                              R"({"account":"o","name":"a.example.com","type":"AAAA"})", R"("ip":{"ipv6":{"enabled":true}})")
                                   << "records[0].type" << "A (IPv4)";
        QTest::newRow("min_agree above sources") << minimal(kCloudflare, kRecord, q("'ip':{'ipv4':{'sources':['https://a.test/'],'min_agree':2}}")) << "ip.ipv4.min_agree" << "only 1";
        QTest::newRow("cross_check_hours negative") << minimal(kCloudflare, kRecord, q("'ip':{'ipv4':{'cross_check_hours':-1}}")) << "ip.ipv4.cross_check_hours" << "from 0";
        QTest::newRow("cross_check_hours text") << minimal(kCloudflare, kRecord, q("'ip':{'ipv6':{'cross_check_hours':'daily'}}")) << "ip.ipv6.cross_check_hours" << "number of hours";
        QTest::newRow("cross_check_hours above a year") << minimal(kCloudflare, kRecord, q("'ip':{'ipv4':{'cross_check_hours':9000}}")) << "ip.ipv4.cross_check_hours" << "8760";
        QTest::newRow("publish_behind_cgnat not bool") << minimal(kCloudflare, kRecord, q("'ip':{'ipv4':{'publish_behind_cgnat':'yes'}}")) << "ip.ipv4.publish_behind_cgnat" << "true or false";
        QTest::newRow("publish_behind_cgnat ipv6") << minimal(kCloudflare, kRecord, q("'ip':{'ipv6':{'publish_behind_cgnat':true}}")) << "ip.ipv6.publish_behind_cgnat" << "IPv4 only";
        QTest::newRow("empty sources") << minimal(kCloudflare, kRecord, R"("ip":{"ipv4":{"sources":[]}})") << "ip.ipv4.sources" << "empty";
        QTest::newRow("unknown source kind") << minimal(kCloudflare, kRecord, q("'ip':{'ipv4':{'sources':['gopher://x']}}")) << "ip.ipv4.sources[0]" << "not a known kind";
        QTest::newRow("duplicate source") << minimal(kCloudflare, kRecord, q("'ip':{'ipv4':{'sources':['https://a.test/','https://a.test/']}}")) << "ip.ipv4.sources[1]" << "twice";
        QTest::newRow("echo with credentials") << minimal(kCloudflare, kRecord, q("'ip':{'ipv4':{'sources':['https://u:p@a.test/']}}")) << "ip.ipv4.sources[0]" << "password";
        const auto router = [](const char *section) { return minimal(kCloudflare, kRecord, q(section)); };
        QTest::newRow("router not an object") << router("'router':[]") << "router" << "object";
        QTest::newRow("router bad method") << router("'router':{'method':'nat-pmp'}") << "router.method" << "natpmp";
        QTest::newRow("router method says the auto order") << router("'router':{'method':'pcp-first'}") << "router.method" << "UPnP, then PCP, then NAT-PMP";
        QTest::newRow("pcp source gateway") << minimal(kCloudflare, kRecord, q("'ip':{'ipv4':{'sources':['pcp?gateway=router.lan']}}")) << "ip.ipv4.sources[0]" << "IPv4 address";
        QTest::newRow("mappings not a list") << router("'router':{'port_mappings':{'external':80}}") << "router.port_mappings" << "list";
        QTest::newRow("mapping bad protocol") << router("'router':{'port_mappings':[{'protocol':'sctp','external':8443}]}") << "router.port_mappings[0].protocol" << "tcp";
        QTest::newRow("mapping missing external") << router("'router':{'port_mappings':[{'internal':443}]}") << "router.port_mappings[0].external" << "missing";
        QTest::newRow("mapping external zero") << router("'router':{'port_mappings':[{'external':0}]}") << "router.port_mappings[0].external" << "between 1 and 65535";
        QTest::newRow("mapping external too big") << router("'router':{'port_mappings':[{'external':65536}]}") << "router.port_mappings[0].external" << "between 1 and 65535";
        QTest::newRow("mapping internal too big") << router("'router':{'port_mappings':[{'external':8443,'internal':70000}]}") << "router.port_mappings[0].internal" << "between 1 and 65535";
        QTest::newRow("mapping port not whole") << router("'router':{'port_mappings':[{'external':84.5}]}") << "router.port_mappings[0].external" << "whole number";
        QTest::newRow("mapping duplicate") << router("'router':{'port_mappings':[{'external':8443,'internal':443},{'protocol':'TCP','external':8443,'internal':22}]}")
                                           << "router.port_mappings[1].external" << "router.port_mappings[0]";
        QTest::newRow("mapping public host") << router("'router':{'port_mappings':[{'external':8443,'host':'8.8.8.8'}]}") << "router.port_mappings[0].host" << "not a LAN IPv4";
        QTest::newRow("mapping ipv6 host") << router("'router':{'port_mappings':[{'external':8443,'host':'fd00::5'}]}") << "router.port_mappings[0].host" << "not a LAN IPv4";
        QTest::newRow("mapping host name") << router("'router':{'port_mappings':[{'external':8443,'host':'nas.local'}]}") << "router.port_mappings[0].host" << "\"this\"";
        QTest::newRow("mapping lease too short") << router("'router':{'port_mappings':[{'external':8443,'lease_seconds':10}]}") << "router.port_mappings[0].lease_seconds" << "between 30 and 604800";
        QTest::newRow("mapping lease too long") << router("'router':{'port_mappings':[{'external':8443,'lease_seconds':1e9}]}") << "router.port_mappings[0].lease_seconds" << "between 30 and 604800";
        QTest::newRow("mapping lease zero") << router("'router':{'port_mappings':[{'external':8443,'lease_seconds':0}]}") << "router.port_mappings[0].lease_seconds" << "between 30";
        QTest::newRow("remove on exit not bool") << router("'router':{'remove_mappings_on_exit':'yes'}") << "router.remove_mappings_on_exit" << "true or false";
        // Another LAN host's AAAA record.
        const QString ipv6 = R"("ip":{"ipv6":{"enabled":true}})";
        auto lan = [&](const char *extra, const char *type = "AAAA") {
            return minimal(kCloudflare, QStringLiteral(R"({"account":"cf","name":"nas.example.com","type":"%1",%2})")
                                            .arg(QLatin1String(type), QLatin1String(extra)), ipv6);
        };
        QTest::newRow("suffix on an A record") << lan(R"("ipv6_suffix":"::1234")", "A") << "records[0].ipv6_suffix" << "only AAAA";
        QTest::newRow("mac on an A record") << lan(R"("ipv6_mac":"00:11:22:33:44:55")", "A") << "records[0].ipv6_mac" << "only AAAA";
        QTest::newRow("suffix and mac") << lan(R"("ipv6_suffix":"::1234","ipv6_mac":"00:11:22:33:44:55")") << "records[0]" << "keep only one";
        QTest::newRow("suffix not an address") << lan(R"("ipv6_suffix":"1234")") << "records[0].ipv6_suffix" << "not an IPv6 suffix";
        QTest::newRow("suffix not a string") << lan(R"("ipv6_suffix":1234)") << "records[0].ipv6_suffix" << "must be a string";
        QTest::newRow("suffix too long for /64") << lan(R"("ipv6_suffix":"0:0:0:1::1234")") << "records[0].ipv6_suffix" << "/64 prefix";
        QTest::newRow("suffix too long for /60") << lan(R"("ipv6_suffix":"0:0:0:10::1","ipv6_prefix_length":60)") << "records[0].ipv6_suffix" << "/60 prefix";
        QTest::newRow("suffix all zeros") << lan(R"("ipv6_suffix":"::")") << "records[0].ipv6_suffix" << "all zeros";
        QTest::newRow("mac malformed") << lan(R"("ipv6_mac":"00:11:22:33:44")") << "records[0].ipv6_mac" << "not a MAC address";
        QTest::newRow("mac multicast") << lan(R"("ipv6_mac":"01:00:5e:00:00:01")") << "records[0].ipv6_mac" << "multicast";
        QTest::newRow("mac with /80") << lan(R"("ipv6_mac":"00:11:22:33:44:55","ipv6_prefix_length":80)") << "records[0].ipv6_mac" << "64 or less";
        QTest::newRow("prefix length 0") << lan(R"("ipv6_suffix":"::1","ipv6_prefix_length":0)") << "records[0].ipv6_prefix_length" << "between 1 and 127";
        QTest::newRow("prefix length 128") << lan(R"("ipv6_suffix":"::1","ipv6_prefix_length":128)") << "records[0].ipv6_prefix_length" << "between 1 and 127";
        QTest::newRow("prefix length not whole") << lan(R"("ipv6_suffix":"::1","ipv6_prefix_length":56.5)") << "records[0].ipv6_prefix_length" << "whole number";
        QTest::newRow("prefix length alone") << lan(R"("ipv6_prefix_length":56)") << "records[0].ipv6_prefix_length" << "no effect";
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const ConfigLoader loader(m_registry, m_sources);
        const auto result = loader.parse(json);
        QVERIFY2(!result.config, "a config with errors must not load");
        QStringList all;
        bool found = false;
        for (const auto &issue : result.issues) {
            all.append(issue.toString());
            if (issue.isError() && issue.path == path && issue.message.contains(fragment))
                found = true;
            // A secret value must never be repeated back.
            QVERIFY2(!issue.toString().contains(QLatin1String(kCanary)), qPrintable(issue.toString()));
        }
        QVERIFY2(found, qPrintable(all.join(" | ")));
    }

    void routerMappings()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const auto result = loader.parse(minimal(kCloudflare, kRecord, q(
            "'router':{'method':'natpmp','remove_mappings_on_exit':true,'port_mappings':["
            "{'protocol':'tcp','external':8443,'internal':443,'host':'this','description':'web','lease_seconds':600},"
            "{'protocol':'UDP','external':8443,'host':' 192.168.1.20 '},"
            "{'external':51820,'host':'10.1.2.3','description':'%1'}]}").arg(QString(80, QLatin1Char('x')))));
        QVERIFY(result.config);
        const RouterConfig &router = result.config->router;
        QCOMPARE(router.method, QStringLiteral("natpmp"));
        QVERIFY(router.removeMappingsOnExit);
        // PCP as the method, and as a source.
        const auto pcp = loader.parse(minimal(kCloudflare, kRecord, q(
            "'ip':{'ipv4':{'sources':['pcp','pcp?gateway=192.168.1.1&timeout_ms=800']}},'router':{'method':'pcp'}")));
        QVERIFY2(pcp.config, qPrintable(pcp.issues.isEmpty() ? QString() : pcp.issues.first().message));
        QCOMPARE(pcp.config->router.method, QStringLiteral("pcp"));
        QCOMPARE(router.portMappings.size(), 3);
        const PortMappingConfig &web = router.portMappings[0];
        QCOMPARE(web.protocol, QStringLiteral("tcp"));
        QCOMPARE(web.externalPort, quint16(8443));
        QCOMPARE(web.internalPort, quint16(443));
        QCOMPARE(web.host, QStringLiteral("this"));
        QCOMPARE(web.description, QStringLiteral("web"));
        QCOMPARE(web.leaseSeconds, 600);
        // The same port over UDP is another mapping; internal defaults to external.
        const PortMappingConfig &udp = router.portMappings[1];
        QCOMPARE(udp.protocol, QStringLiteral("udp"));
        QCOMPARE(udp.internalPort, quint16(8443));
        QCOMPARE(udp.host, QStringLiteral("192.168.1.20"));
        QCOMPARE(udp.description, QStringLiteral("Homing udp/8443"));
        QCOMPARE(udp.leaseSeconds, 3600);
        // An over-long description is cut, with a warning.
        QCOMPARE(router.portMappings[2].description.size(), 64);
        bool warned = false;
        for (const auto &issue : result.issues)
            warned |= !issue.isError() && issue.path == QStringLiteral("router.port_mappings[2].description");
        QVERIFY(warned);
    }

    void routerDefaults()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const auto result = loader.parse(minimal(kCloudflare, kRecord));
        QVERIFY(result.config);
        QCOMPARE(result.config->router.method, QStringLiteral("auto"));
        QVERIFY(!result.config->router.removeMappingsOnExit);
        QVERIFY(result.config->router.portMappings.isEmpty());
    }

    void unknownKeysAreWarnings()
    {
        const ConfigLoader loader(m_registry, m_sources);
        const auto result = loader.parse(QStringLiteral(R"({"version":1,"chek_interval":60,"_note":"mine","accounts":[%1],"records":[%2]})")
                                             .arg(kCloudflare, kRecord).toUtf8());
        QVERIFY(result.config);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().path, QStringLiteral("chek_interval"));
        QVERIFY(!result.issues.first().isError());
    }

    void fileIsNeverModified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        const QByteArray broken = "{ \"version\": 1, \"accounts\": [ }";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        const ConfigLoader loader(m_registry, m_sources);
        const auto result = loader.loadFile(path);
        QVERIFY(!result.config);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void missingVersionIsAWarning()
    {
        QList<ConfigIssue> issues;
        QJsonObject document;
        QVERIFY(ConfigLoader::migrate(document, issues));
        QCOMPARE(document.value("version").toInt(), Config::kCurrentVersion);
        QCOMPARE(issues.size(), 1);
        QVERIFY(!issues.first().isError());
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
