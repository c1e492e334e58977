// Request signers against the providers' published known answers
// (../shared/reference/providers.md §1.8 and §2.8, with their sources).
#include "signing/Acs3Signer.h"
#include "signing/Rfc3986.h"
#include "signing/Tc3Signer.h"

#include <QtTest>

using namespace homing::providers;

namespace {

// T-1/T-2: Tencent's worked example. The payload is the documentation's exact
// bytes, with its literal backslash-u escapes and spaces. (At namespace scope:
// moc 6.4 misreads raw strings in a class body.)
const QByteArray kTencentExamplePayload =
    R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
// T-D-1: a DNSPod ModifyRecord body with the UTF-8 line name 默认.
const QByteArray kDnspodPayload =
    R"({"Domain":"example.com","SubDomain":"www","RecordType":"A","RecordLine":"默认","Value":"192.0.2.1","RecordId":162,"TTL":600})";
const QByteArray kEmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

Tc3Request tencentExample(bool signAction)
{
    Tc3Request request;
    request.host = "cvm.tencentcloudapi.com";
    request.service = "cvm";
    request.action = "DescribeInstances";
    request.payload = kTencentExamplePayload;
    request.timestamp = 1551113065;
    request.signAction = signAction;
    return request;
}

Acs3Request alibabaRequest(const QByteArray &host, const QByteArray &action, const QByteArray &version,
                           const ByteArrayPairs &query)
{
    Acs3Request request;
    request.method = "POST";
    request.query = query;
    request.payloadHash = kEmptySha256;
    request.headers = {{"host", host},
                       {"x-acs-action", action},
                       {"x-acs-version", version},
                       {"x-acs-date", "2023-10-26T10:22:32Z"},
                       {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
                       {"x-acs-content-sha256", kEmptySha256},
                       {"Authorization", "not signed"},
                       {"User-Agent", "not signed either"}};
    return request;
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc3986_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("unreserved stay") << "AZaz09-_.~" << QByteArray("AZaz09-_.~");
        QTest::newRow("space, star, slash") << "a b*c/d" << QByteArray("a%20b%2Ac%2Fd");
        QTest::newRow("sub-delimiters QUrlQuery keeps") << "!$&'()+,;=:@" << QByteArray("%21%24%26%27%28%29%2B%2C%3B%3D%3A%40");
        QTest::newRow("IPv6 value") << "2001:db8::1" << QByteArray("2001%3Adb8%3A%3A1");
        QTest::newRow("UTF-8, uppercase hex") << QString::fromUtf8("默认é") << QByteArray("%E9%BB%98%E8%AE%A4%C3%A9");
    }

    void rfc3986()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, encoded);
        QCOMPARE(rfc3986Encode(input), encoded);
    }

    // T-1, OFFICIAL-DOC: the current worked example (signs x-tc-action). The
    // documentation's masked keys are the real HMAC inputs.
    void tencentWorkedExample()
    {
        const Tc3Request request = tencentExample(true);
        QCOMPARE(sha256Hex(request.payload), QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        const CanonicalRequest canonical = tc3CanonicalRequest(request);
        QCOMPARE(canonical.text(), QByteArray("POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
                                              "host:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n\n"
                                              "content-type;host;x-tc-action\n"
                                              "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QCOMPARE(sha256Hex(canonical.text()), QByteArray("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"));
        QCOMPARE(tc3Authorization(request, "AKID" + QString(32, QLatin1Char('*')), QString(32, QLatin1Char('*'))),
                 QByteArray("TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/cvm/tc3_request, "
                            "SignedHeaders=content-type;host;x-tc-action, "
                            "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"));
    }

    // T-2, OFFICIAL-DOC: the older revision, signing content-type and host only.
    void tencentOlderExample()
    {
        QCOMPARE(sha256Hex(tc3CanonicalRequest(tencentExample(false)).text()),
                 QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
        QCOMPARE(tc3Authorization(tencentExample(false), "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******",
                                  "Gu5t9xGARNpq86cd98joQYCN3*******"),
                 QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
                            "SignedHeaders=content-type;host, "
                            "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c"));
    }

    // T-D-1, DERIVED: a DNSPod ModifyRecord whose body holds UTF-8.
    void dnspodModifyRecord()
    {
        Tc3Request request;
        request.host = "dnspod.tencentcloudapi.com";
        request.service = "dnspod";
        request.action = "ModifyRecord";
        request.payload = kDnspodPayload;
        request.timestamp = 1551113065;
        QCOMPARE(sha256Hex(request.payload), QByteArray("fe60a12f1005a118e18abd6ac1f68a0bc0f37306a7961b6ba5444a498b17573a"));
        QCOMPARE(sha256Hex(tc3CanonicalRequest(request).text()),
                 QByteArray("955eb1b5e834d465080cbcab99f86592d0d46154fecb8f22508569fcc8e5ceb4"));
        QVERIFY(tc3Authorization(request, "AKID" + QString(32, QLatin1Char('*')), QString(32, QLatin1Char('*')))
                    .endsWith("/2019-02-25/dnspod/tc3_request, SignedHeaders=content-type;host;x-tc-action, "
                              "Signature=4b8f25db728511be5bac04593005a1ca7f0f32a00769938bf66a6cd11ad8c5d2"));
    }

    // The scope's date is UTC: 1551113065 is 2019-02-25 in UTC whatever the local zone.
    void tencentDateIsUtc()
    {
        qputenv("TZ", "Asia/Shanghai");
        const QByteArray authorization = tc3Authorization(tencentExample(true), "id", "key");
        qunsetenv("TZ");
        QVERIFY2(authorization.contains("/2019-02-25/cvm/"), authorization.constData());
        Tc3Request beforeMidnightUtc = tencentExample(true);
        beforeMidnightUtc.timestamp = 1551139199; // 2019-02-25 23:59:59 UTC, already the 26th in Shanghai
        QVERIFY(tc3Authorization(beforeMidnightUtc, "id", "key").contains("/2019-02-25/cvm/"));
    }

    // A-V3-1, OFFICIAL-DOC: Alibaba's fixed-parameter V3 example.
    void alibabaWorkedExample()
    {
        const Acs3Request request = alibabaRequest("ecs.cn-shanghai.aliyuncs.com", "RunInstances", "2014-05-26",
                                                   {{"RegionId", "cn-shanghai"},
                                                    {"ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"}});
        const CanonicalRequest canonical = acs3CanonicalRequest(request);
        QCOMPARE(canonical.text(),
                 QByteArray("POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                            "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n"
                            "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                            "x-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
                            "x-acs-version:2014-05-26\n\n"
                            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex(canonical.text()), QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
        QCOMPARE(acs3Authorization(request, "YourAccessKeyId", "YourAccessKeySecret"),
                 QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
                            "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                            "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    }

    // A-D-3, DERIVED: an Alidns UpdateDomainRecord ("RR" sorts before "RecordId").
    void alidnsUpdateDomainRecord()
    {
        const Acs3Request request = alibabaRequest("alidns.aliyuncs.com", "UpdateDomainRecord", "2015-01-09",
                                                   {{"Value", "192.0.2.1"}, {"Type", "A"}, {"TTL", "600"},
                                                    {"RecordId", "9999985"}, {"RR", "www"}});
        QCOMPARE(acs3CanonicalRequest(request).canonicalQuery(), QByteArray("RR=www&RecordId=9999985&TTL=600&Type=A&Value=192.0.2.1"));
        QCOMPARE(sha256Hex(acs3CanonicalRequest(request).text()),
                 QByteArray("13926a6694f5233f9d7c1d6e2abd4aca50490275baac79e6eef48e81b01a1253"));
        QVERIFY(acs3Authorization(request, "YourAccessKeyId", "YourAccessKeySecret")
                    .endsWith(",Signature=8522e8d30e1bcae0c9815c90d713d56acf2b885dc47f14802894b23cfa270370"));
    }

    // A-SDK-1 and A-SDK-2, OFFICIAL-SDK-TEST (aliyun/darabonba-openapi-util):
    // an empty value is "name=", and two values of one header (any case) are
    // sorted and joined with ",".
    void alibabaSdkRules_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("Go SDK, no method") << QByteArray() << QByteArray("4ab59fffe3c5738ff8a2729f90cc04fe18b02a4b15b2102cbaf92f9ff3df2ea3");
        QTest::newRow("Python SDK, GET") << QByteArray("GET") << QByteArray("d16b30a7699ae9e43875b13195b2f81bcc3ed10c14a9b5eb780e51619aa50be1");
    }

    void alibabaSdkRules()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, signature);
        Acs3Request request;
        request.method = method;
        request.uri = QByteArray();
        request.query = {{"test", "ok"}, {"empty", ""}};
        request.headers = {{"x-acs-test", "http"}, {"x-acs-TEST", "https"}};
        request.payloadHash = "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23";
        const CanonicalRequest canonical = acs3CanonicalRequest(request);
        QCOMPARE(canonical.canonicalQuery(), QByteArray("empty=&test=ok"));
        QCOMPARE(canonical.canonicalHeaders(), QByteArray("x-acs-test:http,https\n"));
        QCOMPARE(acs3Authorization(request, "acesskey", "secret"),
                 "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=" + signature);
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
