#include "net/QtHttpClient.h"

#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace homing;

namespace {

// A tiny HTTP/1.1 server on loopback that answers each request from a table
// of path -> raw response, and remembers what it received.
class RawServer : public QObject
{
public:
    explicit RawServer(QTcpServer *server)
        : m_server(server)
    {
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                if (socket->bytesAvailable())
                    serve(socket);
            }
        });
    }

    QHash<QByteArray, QByteArray> responses; // path -> raw response (empty: never answer)
    QList<QByteArray> received;

    quint16 port() const { return m_server->serverPort(); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.clear();
        received.append(head);
        const QByteArray path = head.split(' ').value(1);
        const QByteArray response = responses.value(path, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        if (!response.isEmpty()) {
            socket->write(response);
            socket->flush();
        }
    }

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray ok(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nX-Test: yes\r\n\r\n" + body;
}

HttpReply fetch(QtHttpClient &client, HttpRequest request, TransportOptions options = {})
{
    HttpReply reply;
    bool done = false;
    client.send(request, options, nullptr, [&](const HttpReply &r) {
        reply = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
    return reply;
}

HttpRequest get(const QString &url, bool credential = false)
{
    HttpRequest request;
    request.url = QUrl(url);
    request.carriesCredential = credential;
    return request;
}

} // namespace

class TestQtHttpClient : public QObject
{
    Q_OBJECT

    QTcpServer m_tcp;
    std::unique_ptr<RawServer> m_server;
    QString m_base;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tcp.listen(QHostAddress::LocalHost));
        m_server = std::make_unique<RawServer>(&m_tcp);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    }

    void answerWithHeaders()
    {
        m_server->responses["/ip"] = ok("81.2.69.160\n");
        QtHttpClient client;
        TransportOptions options;
        options.userAgent = "Homing/test";
        const HttpReply reply = fetch(client, get(m_base + "/ip"), options);
        QCOMPARE(reply.error, TransportError::None);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("81.2.69.160\n"));
        QCOMPARE(reply.header("x-test"), QByteArray("yes"));
        QVERIFY(m_server->received.last().contains("User-Agent: Homing/test"));
    }

    void httpErrorsAreAnswers()
    {
        m_server->responses["/gone"] = "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\ngone";
        m_server->responses["/auth"] = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"x\"\r\nContent-Length: 7\r\n\r\nbadauth";
        m_server->responses["/busy"] = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\nContent-Length: 0\r\n\r\n";
        QtHttpClient client;
        HttpReply reply = fetch(client, get(m_base + "/gone"));
        QCOMPARE(reply.error, TransportError::None);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, QByteArray("gone"));
        reply = fetch(client, get(m_base + "/auth", true));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.body, QByteArray("badauth"));
        reply = fetch(client, get(m_base + "/busy"));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.header("Retry-After"), QByteArray("30"));
    }

    void credentialsDoNotFollowRedirects()
    {
        m_server->responses["/moved"] = "HTTP/1.1 302 Found\r\nLocation: /ip\r\nContent-Length: 0\r\n\r\n";
        m_server->responses["/ip"] = ok("81.2.69.160");
        QtHttpClient client;
        TransportOptions follow;
        follow.followRedirects = true;
        const int before = m_server->received.size();
        HttpReply reply = fetch(client, get(m_base + "/moved", true), follow);
        QCOMPARE(reply.status, 302);
        QCOMPARE(m_server->received.size(), before + 1);
        // Without a credential (an echo service) the redirect is followed.
        reply = fetch(client, get(m_base + "/moved", false), follow);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("81.2.69.160"));
    }

    void bodyIsBounded()
    {
        const QByteArray big(200 * 1024, 'x');
        m_server->responses["/big"] = ok(big);
        QtHttpClient client;
        TransportOptions options;
        options.maxBodyBytes = 64 * 1024;
        QCOMPARE(fetch(client, get(m_base + "/big"), options).error, TransportError::TooLarge);
    }

    void timeout()
    {
        m_server->responses["/silent"] = QByteArray(); // never answers
        QtHttpClient client;
        TransportOptions options;
        options.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(fetch(client, get(m_base + "/silent"), options).error, TransportError::Timeout);
        QVERIFY(timer.elapsed() < 5000);
    }

    void trickleIsCutOffAtTheDeadline()
    {
        // Headers at once, then a byte every 100 ms: never silent long enough
        // for a transfer timeout, but far past the deadline.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> sockets;
        QTimer drip;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            sockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
            });
        });
        connect(&drip, &QTimer::timeout, this, [&] {
            for (auto *socket : sockets)
                socket->write("x");
        });
        drip.start(100);
        QtHttpClient client;
        TransportOptions options;
        options.timeoutMs = 600;
        QElapsedTimer timer;
        timer.start();
        const HttpReply reply = fetch(client, get(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort())), options);
        QCOMPARE(reply.error, TransportError::Timeout);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        QtHttpClient client;
        const HttpReply reply = fetch(client, get(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QCOMPARE(reply.error, TransportError::ConnectionFailed);
        QVERIFY(!reply.errorText.isEmpty());
    }

    void tlsIsVerified()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath("key.pem");
        const QString cert = dir.filePath("cert.pem");
        const int status = QProcess::execute("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                                                         "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
                                                         "-addext", "subjectAltName=IP:127.0.0.1"});
        if (status != 0)
            QSKIP("openssl is not available to make a test certificate");
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(cert);
        QCOMPARE(certificates.size(), 1);

        QSslServer server;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificates.first());
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        RawServer raw(&server);
        raw.responses["/ip"] = ok("81.2.69.160");
        const QString url = QStringLiteral("https://127.0.0.1:%1/ip").arg(server.serverPort());

        QtHttpClient client;
        // Not trusted: refused, and nothing reaches the server.
        HttpReply reply = fetch(client, get(url, true));
        QCOMPARE(reply.error, TransportError::Tls);
        QVERIFY(!reply.errorText.isEmpty());
        QCOMPARE(raw.received.size(), 0);

        // Trusted through the account's ca_file: accepted.
        TransportOptions options;
        options.extraCaCertificates = certificates;
        // The same client: connections made under one trust must not be reused under another.
        reply = fetch(client, get(url, true), options);
        QVERIFY2(reply.error == TransportError::None, qPrintable(reply.errorText));
        QCOMPARE(reply.body, QByteArray("81.2.69.160"));
        QCOMPARE(raw.received.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQtHttpClient)
#include "tst_qthttpclient.moc"
