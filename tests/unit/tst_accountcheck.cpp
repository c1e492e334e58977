// The editor's Test button: AccountChecker with the fake network and keychain.
#include "BuiltinProviders.h"
#include "FakeDnsTransport.h"
#include "FakeHttpClient.h"
#include "MemorySecretStore.h"
#include "MockClock.h"
#include "provider/AccountCheck.h"
#include "provider/ProviderRegistry.h"
#include "secrets/Redactor.h"
#include "secrets/SecretResolver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace homing;
using homing::test::FakeHttpClient;

Q_DECLARE_METATYPE(homing::ResultKind)

namespace {

const QString kCanary = QStringLiteral("canary-7f3a9b2c41d8e6");

struct Rig {
    ProviderRegistry providers;
    FakeHttpClient http;
    test::FakeDnsTransport dns;
    test::MockClock clock;
    test::MemorySecretStore keychain;
    SecretResolver resolver{&keychain};
    Redactor redactor;
    AccountChecker checker{providers, http, dns, clock, resolver, redactor};

    Rig() { registerBuiltinProviders(providers); }

    AccountCheckResult check(const AccountCheckRequest &request)
    {
        std::optional<AccountCheckResult> result;
        checker.check(request, nullptr, [&](const AccountCheckResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            qFatal("the check never finished");
        return *result;
    }
};

AccountCheckRequest dyndns2Request(const QString &typedPassword)
{
    AccountCheckRequest request;
    request.account.id = QStringLiteral("home");
    request.account.provider = QStringLiteral("dyndns2");
    request.account.settings = {{"server", "https://ddns.test/nic/update"}, {"username", "homer"}};
    request.account.secrets.insert(QStringLiteral("password"), SecretReference{});
    if (!typedPassword.isNull())
        request.typedSecrets.insert(QStringLiteral("password"), typedPassword);
    request.record = RecordSpec{QStringLiteral("nas.example.com"), QStringLiteral("A"), 0, {}};
    request.address = QHostAddress(QStringLiteral("81.2.69.160"));
    return request;
}

AccountCheckRequest cloudflareRequest()
{
    AccountCheckRequest request;
    request.account.id = QStringLiteral("cf");
    request.account.provider = QStringLiteral("cloudflare");
    request.account.endpoint = QUrl(QStringLiteral("https://cf.test/client/v4"));
    request.account.secrets.insert(QStringLiteral("token"), SecretReference{});
    request.typedSecrets.insert(QStringLiteral("token"), kCanary);
    request.record = RecordSpec{QStringLiteral("nas.example.com"), QStringLiteral("A"), 0, {}};
    return request;
}

} // namespace

class TestAccountCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whichProvidersUpdateToTest()
    {
        ProviderRegistry providers;
        registerBuiltinProviders(providers);
        QVERIFY(!AccountChecker::sendsRealUpdate(providers, "cloudflare"));
        for (const char *id : {"dyndns2", "noip", "duckdns", "custom"})
            QVERIFY2(AccountChecker::sendsRealUpdate(providers, id), id);
        // A provider that declares a read-only check has one. The account has an
        // endpoint: a server of the user's own (PowerDNS) has no default address.
        for (const auto &descriptor : providers.all()) {
            if (!descriptor.readOnlyCheck)
                continue;
            QList<ConfigIssue> issues;
            auto provider = descriptor.create(ProviderAccount{"a", QUrl("https://dns.example.net"), {}}, issues);
            if (!provider) {
                // A server of the user's own (RFC 2136) must be told its server and key.
                QJsonObject settings;
                for (const FieldSpec &field : descriptor.fields) {
                    if (field.kind == FieldSpec::Kind::Setting && field.scope == FieldSpec::Scope::Account && field.required)
                        settings.insert(field.key, field.choices.isEmpty() ? QStringLiteral("test") : field.choices.first());
                }
                provider = descriptor.create(ProviderAccount{"a", QUrl("https://dns.example.net"), settings}, issues);
            }
            QVERIFY2(provider, qPrintable(descriptor.id));
            QVERIFY2(provider->createCheckJob(RecordSpec{"a.example.com", "A", 0, {}}, {}), qPrintable(descriptor.id));
        }
    }

    // The dyndns2 family has no read-only call: the test is one real update,
    // with the password typed in the form (not the stored one).
    void dyndns2TestIsARealUpdateWithTheTypedSecret()
    {
        Rig rig;
        rig.keychain.write("home", "password", "the-stored-one", nullptr, [](const SecretStoreResult &) {});
        rig.http.on("https://ddns.test/nic/update", 200, "good 81.2.69.160");
        const auto result = rig.check(dyndns2Request(QStringLiteral("the-typed-one")));
        QVERIFY(result.realUpdate);
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QCOMPARE(rig.http.sent().size(), 1);
        const HttpRequest &sent = rig.http.sent().first().request;
        QCOMPARE(QUrlQuery(sent.url).queryItemValue("myip"), QStringLiteral("81.2.69.160"));
        QCOMPARE(sent.header("Authorization"), basicOf("homer", "the-typed-one"));
    }

    void storedSecretIsUsedWhenNoneIsTyped()
    {
        Rig rig;
        rig.keychain.write("home", "password", "the-stored-one", nullptr, [](const SecretStoreResult &) {});
        rig.http.on("https://ddns.test/nic/update", 200, "nochg 81.2.69.160");
        const auto result = rig.check(dyndns2Request(QString()));
        QCOMPARE(result.result.kind, ResultKind::NoChange);
        QCOMPARE(rig.http.sent().first().request.header("Authorization"), basicOf("homer", "the-stored-one"));
    }

    void missingStoredSecretIsSaidPlainly()
    {
        Rig rig;
        const auto result = rig.check(dyndns2Request(QString()));
        QCOMPARE(result.result.kind, ResultKind::SecretUnavailable);
        QVERIFY(rig.http.sent().isEmpty());
    }

    void realUpdateNeedsANameAndAnAddress()
    {
        Rig rig;
        AccountCheckRequest request = dyndns2Request(QStringLiteral("pw"));
        request.record.name.clear();
        QCOMPARE(rig.check(request).result.kind, ResultKind::ConfigError);
        request = dyndns2Request(QStringLiteral("pw"));
        request.address = QHostAddress();
        QCOMPARE(rig.check(request).result.kind, ResultKind::NoAddress);
        QVERIFY(rig.http.sent().isEmpty());
    }

    void badAccountSettingsAreAConfigError()
    {
        Rig rig;
        AccountCheckRequest request = dyndns2Request(QStringLiteral("pw"));
        request.account.settings.insert("username", "a:b");
        const auto result = rig.check(request);
        QCOMPARE(result.result.kind, ResultKind::ConfigError);
        QVERIFY2(result.result.detail.contains("':'"), qPrintable(result.result.detail));
        QVERIFY(rig.http.sent().isEmpty());
    }

    // Cloudflare's check only reads; the typed token, echoed back in an
    // error, never reaches the result.
    void cloudflareCheckReadsOnlyAndRedactsTheToken()
    {
        Rig rig;
        rig.http.on("https://cf.test/client/v4/zones", [](const HttpRequest &request) {
            return FakeHttpClient::reply(403, QJsonDocument(QJsonObject{
                {"success", false},
                {"errors", QJsonArray{QJsonObject{{"code", 9109}, {"message", "Invalid access token " + QString::fromUtf8(request.header("Authorization"))}}}},
            }).toJson());
        });
        const auto result = rig.check(cloudflareRequest());
        QVERIFY(!result.realUpdate);
        QCOMPARE(result.result.kind, ResultKind::AuthFailed);
        QVERIFY2(!result.result.detail.contains(kCanary), qPrintable(result.result.detail));
        QVERIFY(result.result.detail.contains("9109"));
        for (const auto &sent : rig.http.sent())
            QCOMPARE(sent.request.method, QByteArray("GET"));
    }

    void accountTransportIsUsed()
    {
        Rig rig;
        rig.http.on("https://cf.test/client/v4/zones", 200,
                    R"({"success":true,"errors":[],"result":[{"id":"023e105f4ecef8ad9ca31a8372d0c353","name":"example.com","status":"active"}]})");
        rig.http.on("https://cf.test/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records", 200,
                    R"({"success":true,"errors":[],"result":[]})");
        AccountCheckRequest request = cloudflareRequest();
        request.account.proxy = QStringLiteral("none");
        request.timeoutSeconds = 7;
        const auto result = rig.check(request);
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QVERIFY2(result.result.detail.contains("creates it"), qPrintable(result.result.detail));
        QVERIFY(!rig.http.sent().isEmpty());
        for (const auto &sent : rig.http.sent()) {
            QCOMPARE(sent.options.timeoutMs, 7000);
            QVERIFY(sent.options.proxy && sent.options.proxy->type() == QNetworkProxy::NoProxy);
        }
    }

private:
    static QByteArray basicOf(const QString &user, const QString &password)
    {
        return "Basic " + (user + ':' + password).toUtf8().toBase64();
    }
};

QTEST_GUILESS_MAIN(TestAccountCheck)
#include "tst_accountcheck.moc"
