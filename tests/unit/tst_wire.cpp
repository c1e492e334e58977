#include "common/PlainText.h"
#include "FakeDnsTransport.h"
#include "FakeHttpClient.h"
#include "MockClock.h"
#include "net/RequestPolicy.h"
#include "provider/JobRunner.h"
#include "provider/ProviderSupport.h"
#include "secrets/Redactor.h"

#include <QtTest>

using namespace homing;
using homing::test::FakeHttpClient;

Q_DECLARE_METATYPE(homing::ResultKind)
Q_DECLARE_METATYPE(homing::TransportError)

namespace {

const QString kCanary = QStringLiteral("CANARY-7f3a-SECRET-d41d8cd9");

// A job that asks for one request after another and reports a fixed result.
class ScriptedJob final : public ProviderJob
{
public:
    ScriptedJob(QList<HttpRequest> requests, UpdateResult result)
        : m_requests(std::move(requests))
        , m_result(std::move(result))
    {
    }
    ProviderStep start() override { return next(); }
    ProviderStep handleReply(const HttpReply &) override { return next(); }

private:
    ProviderStep next()
    {
        if (m_requests.isEmpty())
            return ProviderStep::finish(m_result);
        return ProviderStep::send(m_requests.takeFirst());
    }
    QList<HttpRequest> m_requests;
    UpdateResult m_result;
};

HttpRequest request(const char *url, bool credential = true)
{
    HttpRequest request;
    request.url = QUrl(QString::fromLatin1(url));
    request.carriesCredential = credential;
    return request;
}

UpdateResult run(FakeHttpClient &http, std::unique_ptr<ProviderJob> job, bool allowInsecure = false)
{
    test::MockClock clock;
    test::FakeDnsTransport dns;
    JobRunner runner(http, dns, clock);
    UpdateResult result;
    bool done = false;
    runner.run(std::move(job), 1, JobContext{{}, allowInsecure, nullptr, {}}, nullptr, [&](const QList<UpdateResult> &r) {
        result = r.value(0);
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return result;
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("credential");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https with credential") << "https://api.test/x" << true << false << true;
        QTest::newRow("http with credential") << "http://api.test/x" << true << false << false;
        QTest::newRow("http without credential") << "http://api.test/x" << false << false << true;
        QTest::newRow("http allowed by account") << "http://api.test/x" << true << true << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/x" << true << false << true;
        QTest::newRow("http loopback v4 other") << "http://127.8.9.10/x" << true << false << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080/x" << true << false << true;
        QTest::newRow("http localhost") << "http://localhost/x" << true << false << true;
        QTest::newRow("http lan") << "http://192.168.1.1/x" << true << false << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.evil.test/x" << true << false << false;
        QTest::newRow("ftp") << "ftp://api.test/x" << false << true << false;
    }

    void policy()
    {
        QFETCH(QString, url);
        QFETCH(bool, credential);
        QFETCH(bool, allowInsecure);
        QFETCH(bool, allowed);
        HttpRequest r;
        r.url = QUrl(url);
        r.carriesCredential = credential;
        QCOMPARE(refusalReason(r, allowInsecure).isEmpty(), allowed);
    }

    // A line break in a header value would add headers of its own; NUL would cut it short.
    void headersWithLineBreaksAreRefused_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("plain") << QByteArray("X-Token") << QByteArray("abc") << true;
        QTest::newRow("CRLF in value") << QByteArray("X-Token") << QByteArray("abc\r\nX-Evil: 1") << false;
        QTest::newRow("LF in value") << QByteArray("X-Token") << QByteArray("abc\nX-Evil: 1") << false;
        QTest::newRow("CR in value") << QByteArray("X-Token") << QByteArray("abc\r") << false;
        QTest::newRow("NUL in value") << QByteArray("X-Token") << QByteArray("ab\0c", 4) << false;
        QTest::newRow("LF in name") << QByteArray("X-Evil: 1\nX-Token") << QByteArray("abc") << false;
    }

    void headersWithLineBreaksAreRefused()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(bool, allowed);
        for (const bool secure : {true, false}) {
            HttpRequest r;
            r.url = QUrl(secure ? "https://api.test/x" : "http://127.0.0.1/x");
            r.carriesCredential = true;
            r.setHeader(name, value);
            const QString reason = refusalReason(r, true);
            QCOMPARE(reason.isEmpty(), allowed);
            QVERIFY(!reason.contains("abc")); // the value is never repeated
        }
        // And nothing goes out.
        if (!allowed) {
            FakeHttpClient http;
            HttpRequest r;
            r.url = QUrl("https://api.test/x");
            r.setHeader(name, value);
            const UpdateResult result = run(http, std::make_unique<ScriptedJob>(QList<HttpRequest>{r}, UpdateResult::make(ResultKind::Ok)));
            QCOMPARE(result.kind, ResultKind::ConfigError);
            QCOMPARE(http.sent().size(), 0);
        }
    }

    void loopbackThroughAProxyIsNotLocal()
    {
        HttpRequest r;
        r.url = QUrl("http://127.0.0.1:8080/x");
        r.carriesCredential = true;
        QVERIFY(refusalReason(r, false, false).isEmpty());
        QVERIFY(!refusalReason(r, false, true).isEmpty());
        QVERIFY(refusalReason(r, true, true).isEmpty());
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 0), Qt::UTC);
        QCOMPARE(FakeHttpClient::reply(429, {}, {{"Retry-After", "120"}}).retryAfterSeconds(now), std::optional<int>(120));
        QCOMPARE(FakeHttpClient::reply(429, {}, {{"retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"}}).retryAfterSeconds(now),
                 std::optional<int>(28 * 60));
        QCOMPARE(FakeHttpClient::reply(429, {}, {{"Retry-After", "Wed, 21 Oct 2015 06:00:00 GMT"}}).retryAfterSeconds(now),
                 std::optional<int>(0));
        QCOMPARE(FakeHttpClient::reply(429, {}, {{"Retry-After", "9999999"}}).retryAfterSeconds(now), std::optional<int>(86400));
        QVERIFY(!FakeHttpClient::reply(429, {}, {{"Retry-After", "soon"}}).retryAfterSeconds(now));
        QVERIFY(!FakeHttpClient::reply(429, {}, {{"Retry-After", "1.5"}}).retryAfterSeconds(now));
        QVERIFY(!FakeHttpClient::reply(429, {}, {{"Retry-After", " GMT"}}).retryAfterSeconds(now));
        QVERIFY(!FakeHttpClient::reply(429, {}).retryAfterSeconds(now));
    }

    void redactor()
    {
        Redactor redactor;
        QCOMPARE(redactor.redact(QStringLiteral("nothing to hide")), QStringLiteral("nothing to hide"));
        redactor.addSecret("p@ss word/+");
        redactor.addSecret(kCanary);
        const QString text = "a " + kCanary + " b " + QUrl::toPercentEncoding("p@ss word/+") + " c p@ss+word%2F%2B d "
            + QString::fromLatin1(kCanary.toUtf8().toBase64());
        const QString redacted = redactor.redact(text);
        QVERIFY(!redacted.contains(kCanary));
        QVERIFY(!redacted.contains("p@ss"));
        QVERIFY(!redacted.contains(QString::fromLatin1(kCanary.toUtf8().toBase64())));
        QCOMPARE(redacted.count("[redacted]"), 4);
        Redactor quoting;
        quoting.addSecret("a\"b\\c<d>");
        QCOMPARE(quoting.redact(QStringLiteral("body {\"key\": \"a\\\"b\\\\c<d>\"}")), QStringLiteral("body {\"key\": \"[redacted]\"}"));
        QCOMPARE(quoting.redact(QStringLiteral("<p>a&quot;b\\c&lt;d&gt;</p>")), QStringLiteral("<p>[redacted]</p>"));
    }

    // Every spelling of a secret a service may quote back, and secrets of any length.
    void redactorCoversSpellings_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("leak"); // must not survive
        QTest::newRow("json \\/") << "tok/en/2024" << R"({"error": "bad token tok\/en\/2024"})" << "en\\/2024";
        QTest::newRow("json \\u escapes") << "tok-en" << R"({"t": "\u0074\u006f\u006b-en"})" << "-en";
        QTest::newRow("json \\u upper") << "T0KEN<1>" << R"({"t": "T0KEN\u003C1\u003E"})" << "T0KEN";
        QTest::newRow("html numeric") << "tok/en" << "<p>tok&#47;en</p>" << "tok";
        QTest::newRow("html hex") << "tok/en" << "<p>tok&#x2F;en</p>" << "tok";
        QTest::newRow("whitespace collapsed") << "pass  word\n2" << "said: pass word 2 ok" << "pass word";
        QTest::newRow("json then percent") << "a/b c" << "x=a%5C%2Fb%20c" << "b c";
        QTest::newRow("three characters") << "x9z" << "token x9z refused" << "x9z";
        QTest::newRow("one character") << "q" << "q" << "q";
        QTest::newRow("broken over two lines") << "Zq8secretValue01" << "token Zq8secret\r\n Value01 refused" << "Zq8secret";
        QTest::newRow("no-break space for a space") << "pass word7" << QString(u8"said pass\u00a0word7") << "word7";
        QTest::newRow("upper-cased") << "zq8-secret-v1" << "TOKEN ZQ8-SECRET-V1 REFUSED" << "ZQ8-SECRET";
        QTest::newRow("hex") << "Zq8secret" << "key=5a713873656372657421" << "5a71387365637265";
        QTest::newRow("hex upper") << "Zq8secret" << "key=5A713873656372657421" << "5A71387365637265";
        QTest::newRow("base64url") << "?\?>secret>>" << "t=Pz8-c2VjcmV0Pj4" << "Pz8-c2VjcmV0Pj4";
        QTest::newRow("html named") << "tok/en+1" << "<p>tok&sol;en&plus;1</p>" << "tok";
        QTest::newRow("html hex without ;") << "tok/zz" << "<p>tok&#x2fzz</p>" << "tok";
    }

    void redactorCoversSpellings()
    {
        QFETCH(QString, secret);
        QFETCH(QString, text);
        QFETCH(QString, leak);
        Redactor redactor;
        redactor.addSecret(secret);
        const QString redacted = redactor.redact(text);
        QVERIFY2(!redacted.contains(leak), qPrintable(redacted));
        QVERIFY2(redacted.contains("[redacted]"), qPrintable(redacted));
    }

    // The answer is redacted before a provider reshapes it (collapses
    // whitespace, cuts it at 200 characters), and what is kept is bounded
    // and free of control characters.
    void providerTextIsRedactedBeforeItIsReshaped()
    {
        const QString secret = QStringLiteral("Zq8-secret-value-0123456789");
        const QByteArray body = QByteArray(190, 'x') + " " + secret.toUtf8() + "\x1b[2J\r\n" + QByteArray(5000, 'y');
        FakeHttpClient http;
        http.on("https://api.test", 400, body);
        Redactor redactor;
        redactor.addSecret(secret);
        test::MockClock clock;
        test::FakeDnsTransport dns;
    JobRunner runner(http, dns, clock);
        HttpRequest request;
        request.url = QUrl("https://api.test/x");
        QList<UpdateResult> results;
        auto job = std::make_unique<providers::SingleRequestJob>(request, [](const HttpReply &reply) {
            return UpdateResult::make(ResultKind::BadResponse, "said: " + providers::oneLine(reply.body) + " " + reply.body);
        });
        runner.run(std::move(job), 1, JobContext{{}, false, &redactor, {}}, nullptr,
                   [&](const QList<UpdateResult> &r) { results = r; });
        QTRY_COMPARE(results.size(), qsizetype(1));
        const QString detail = results.first().detail;
        QVERIFY2(!detail.contains(secret.left(6)), qPrintable(detail));
        QVERIFY(!detail.contains(QChar(0x1b)));
        QVERIFY(!detail.contains(QLatin1Char('\n')));
        QVERIFY(detail.size() <= kMaximumDetailLength + 1);
    }

    // Provider text is shown in terminals and windows: nothing in it may move
    // the cursor, break lines, reorder text or hide characters.
    void plainTextKeepsTextPlain_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("escape sequence") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a [2Jb");
        QTest::newRow("C1 CSI") << QStringLiteral("a\u009b2Jb") << QStringLiteral("a 2Jb");
        QTest::newRow("line breaks") << QStringLiteral("a\r\nb") << QStringLiteral("a  b");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a b c");
        QTest::newRow("right-to-left override") << QStringLiteral("a\u202eb") << QStringLiteral("a b");
        QTest::newRow("zero-width space and joiners") << QStringLiteral("a\u200bb\u200cc\u200dd\u2060e\ufefff")
                                                      << QStringLiteral("a b c d e f");
        QTest::newRow("Chinese stays") << QStringLiteral("域名已更新") << QStringLiteral("域名已更新");
        QTest::newRow("cut with an ellipsis") << QString(400, QLatin1Char('x')) << QString(300, QLatin1Char('x')) + QChar(0x2026);
    }

    void plainTextKeepsTextPlain()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(plainText(input, 300), expected);
    }

    void terminalSafeJsonKeepsTheData()
    {
        const QJsonObject object{{QStringLiteral("detail"), QStringLiteral("a\u009b2J\u202eb\u2028c\u200bd")}};
        const QString json = terminalSafeJson(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        for (const QChar c : json)
            QVERIFY2(c == QLatin1Char('\n') || plainText(QString(c), 10) == QString(c), qPrintable(json));
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(), object);
    }

    void describeEndpointDropsCredentials()
    {
        QCOMPARE(describeEndpoint(QUrl("https://user:pw@www.duckdns.org/update?token=x&domains=y")),
                 QStringLiteral("https://www.duckdns.org/\u2026"));
        QCOMPARE(describeEndpoint(QUrl("http://hooks.example.net:8080/T0KEN/update")),
                 QStringLiteral("http://hooks.example.net:8080/\u2026"));
        QCOMPARE(describeEndpoint(QUrl("https://api.example.net")), QStringLiteral("https://api.example.net"));
    }

    void transportErrors_data()
    {
        QTest::addColumn<TransportError>("error");
        QTest::addColumn<ResultKind>("kind");
        QTest::newRow("timeout") << TransportError::Timeout << ResultKind::NetworkError;
        QTest::newRow("refused") << TransportError::ConnectionFailed << ResultKind::NetworkError;
        QTest::newRow("tls") << TransportError::Tls << ResultKind::TlsError;
        QTest::newRow("too large") << TransportError::TooLarge << ResultKind::BadResponse;
    }

    void transportErrors()
    {
        QFETCH(TransportError, error);
        QFETCH(ResultKind, kind);
        FakeHttpClient http;
        http.on("https://api.test", [error](const HttpRequest &) { return FakeHttpClient::failure(error); });
        const UpdateResult result = run(http, std::make_unique<ScriptedJob>(QList<HttpRequest>{request("https://api.test/a"), request("https://api.test/b")},
                                                                            UpdateResult::make(ResultKind::Ok)));
        QCOMPARE(result.kind, kind);
        QCOMPARE(http.sent().size(), 1); // the job is not asked to go on
    }

    void refusedRequestIsNeverSent()
    {
        FakeHttpClient http;
        http.on("http://api.test", 200, "ok");
        const UpdateResult result = run(http, std::make_unique<ScriptedJob>(QList<HttpRequest>{request("http://api.test/a")},
                                                                            UpdateResult::make(ResultKind::Ok)));
        QCOMPARE(result.kind, ResultKind::ConfigError);
        QVERIFY(result.detail.contains("allow_insecure_http"));
        QCOMPARE(http.sent().size(), 0);
        QCOMPARE(run(http, std::make_unique<ScriptedJob>(QList<HttpRequest>{request("http://api.test/a")},
                                                         UpdateResult::make(ResultKind::Ok)),
                     true).kind,
                 ResultKind::Ok);
    }

    void runawayJobIsStopped()
    {
        FakeHttpClient http;
        http.on("https://api.test", 200, "ok");
        QList<HttpRequest> many;
        for (int i = 0; i < 50; ++i)
            many.append(request("https://api.test/x"));
        const UpdateResult result = run(http, std::make_unique<ScriptedJob>(many, UpdateResult::make(ResultKind::Ok)));
        QCOMPARE(result.kind, ResultKind::BadResponse);
        QCOMPARE(http.sent().size(), JobRunner::kMaximumSteps);
    }

    void basicCredentialsAreLearnt()
    {
        FakeHttpClient http;
        http.on("https://api.test", 200, "ok");
        HttpRequest basic = request("https://api.test/a");
        basic.setHeader("Authorization", "Basic dXNlcm5hbWU6cGFzc3dvcmQ=");
        Redactor redactor;
        test::MockClock clock;
        test::FakeDnsTransport dns;
    JobRunner runner(http, dns, clock);
        bool done = false;
        runner.run(std::make_unique<ScriptedJob>(QList<HttpRequest>{basic}, UpdateResult::make(ResultKind::Ok)),
                   1, JobContext{{}, false, &redactor, {}}, nullptr, [&](const QList<UpdateResult> &) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(redactor.redact(QStringLiteral("echo: Basic dXNlcm5hbWU6cGFzc3dvcmQ=")), QStringLiteral("echo: Basic [redacted]"));
    }

    void serverErrorTakesRetryAfterFromTheReply()
    {
        FakeHttpClient http;
        http.on("https://api.test", [](const HttpRequest &) { return FakeHttpClient::reply(503, {}, {{"Retry-After", "600"}}); });
        const UpdateResult result = run(http, std::make_unique<ScriptedJob>(QList<HttpRequest>{request("https://api.test/a")},
                                                                            UpdateResult::make(ResultKind::ServerError)));
        QCOMPARE(result.retryAfterSeconds, std::optional<int>(600));
    }

    void rateLimitTakesRetryAfterFromTheReply()
    {
        FakeHttpClient http;
        http.on("https://api.test", [](const HttpRequest &) { return FakeHttpClient::reply(429, {}, {{"Retry-After", "900"}}); });
        const UpdateResult result = run(http, std::make_unique<ScriptedJob>(QList<HttpRequest>{request("https://api.test/a")},
                                                                            UpdateResult::make(ResultKind::RateLimited)));
        QCOMPARE(result.retryAfterSeconds, std::optional<int>(900));
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
