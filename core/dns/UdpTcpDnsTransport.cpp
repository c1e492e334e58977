#include "dns/UdpTcpDnsTransport.h"

#include "dns/DnsMessage.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkDatagram>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::UdpTcpDnsTransport)
};

// One exchange; a child of the caller's context, so it ends with it.
class Exchange final : public QObject
{
public:
    Exchange(QString server, quint16 port, QByteArray message, DnsTransportOptions options, QObject *context,
             DnsTransport::Callback done)
        : QObject(context)
        , m_server(std::move(server))
        , m_port(port)
        , m_message(std::move(message))
        , m_options(options)
        , m_done(std::move(done))
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            fail(DnsTransportError::Timeout,
                 Text::tr("no answer from %1 in %2 s").arg(where()).arg(m_options.timeoutMs / 1000.0));
        });
    }

    void start()
    {
        m_deadline.start(std::max(1, m_options.timeoutMs));
        const QHostAddress literal(m_server);
        if (!literal.isNull()) {
            addressFound(literal);
            return;
        }
        QHostInfo::lookupHost(m_server, this, [this](const QHostInfo &info) {
            if (info.addresses().isEmpty()) {
                fail(DnsTransportError::ConnectionFailed,
                     Text::tr("the DNS server's name %1 could not be found (%2)").arg(m_server, info.errorString()));
                return;
            }
            addressFound(info.addresses().first());
        });
    }

private:
    QString where() const
    {
        const bool v6 = m_server.contains(QLatin1Char(':'));
        return v6 ? QStringLiteral("[%1]:%2").arg(m_server).arg(m_port) : QStringLiteral("%1:%2").arg(m_server).arg(m_port);
    }

    void addressFound(const QHostAddress &address)
    {
        m_address = address;
        if (m_message.size() > UdpTcpDnsTransport::kMaximumUdpMessage)
            startTcp();
        else
            startUdp();
    }

    void startUdp()
    {
        m_udp = new QUdpSocket(this);
        // Connected, so that the kernel passes on only the server's datagrams
        // and reports "port unreachable" as a refusal.
        connect(m_udp, &QUdpSocket::connected, this, [this] { sendUdp(); });
        connect(m_udp, &QUdpSocket::readyRead, this, &Exchange::readUdp);
        connect(m_udp, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::ConnectionRefusedError)
                refused();
            else if (error != QAbstractSocket::TemporaryError)
                fail(DnsTransportError::ConnectionFailed, QStringLiteral("%1: %2").arg(where(), m_udp->errorString()));
        });
        auto *resend = new QTimer(this);
        connect(resend, &QTimer::timeout, this, [this] { sendUdp(); });
        resend->start(std::max(1, m_options.timeoutMs / std::max(1, m_options.udpTries)));
        m_udp->connectToHost(m_address, m_port);
    }

    void sendUdp()
    {
        if (m_udp && m_udp->state() == QAbstractSocket::ConnectedState && m_udpSends < std::max(1, m_options.udpTries)) {
            ++m_udpSends;
            m_udp->write(m_message);
        }
    }

    void refused()
    {
        fail(DnsTransportError::ConnectionFailed, Text::tr("%1 refused: no DNS server listens there").arg(where()));
    }

    void readUdp()
    {
        bool anyDatagram = false;
        while (m_udp && m_udp->hasPendingDatagrams()) {
            anyDatagram = true;
            const QNetworkDatagram datagram = m_udp->receiveDatagram();
            const QByteArray answer = datagram.data();
            if (answer.size() < 12 || DnsMessage::idOf(answer) != DnsMessage::idOf(m_message))
                continue; // not the answer to this message
            const bool truncated = (quint8(answer.at(2)) & 0x02) != 0;
            if (truncated) {
                m_udp->deleteLater();
                m_udp = nullptr;
                startTcp();
                return;
            }
            succeed(answer, false);
            return;
        }
        // The ICMP "port unreachable" makes a connected UDP socket readable,
        // but Qt's hasPendingDatagrams() peeks and so takes the error with it:
        // readable with nothing to read is how the refusal shows here.
        if (m_udp && !anyDatagram)
            refused();
    }

    void startTcp()
    {
        m_tcp = new QTcpSocket(this);
        connect(m_tcp, &QTcpSocket::connected, this, [this] {
            QByteArray framed(2, '\0');
            qToBigEndian(quint16(m_message.size()), framed.data());
            m_tcp->write(framed + m_message);
        });
        connect(m_tcp, &QTcpSocket::readyRead, this, [this] {
            m_received += m_tcp->readAll();
            if (m_received.size() < 2)
                return;
            const int length = qFromBigEndian<quint16>(m_received.constData());
            if (m_received.size() < 2 + length)
                return;
            const QByteArray answer = m_received.mid(2, length);
            if (DnsMessage::idOf(answer) != DnsMessage::idOf(m_message)) {
                fail(DnsTransportError::Other, Text::tr("%1 answered another message").arg(where()));
                return;
            }
            succeed(answer, true);
        });
        connect(m_tcp, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::ConnectionRefusedError)
                fail(DnsTransportError::ConnectionFailed,
                     Text::tr("%1 refused a TCP connection: no DNS server listens there").arg(where()));
            else
                fail(DnsTransportError::ConnectionFailed, QStringLiteral("%1: %2").arg(where(), m_tcp->errorString()));
        });
        m_tcp->connectToHost(m_address, m_port);
    }

    void succeed(const QByteArray &answer, bool overTcp)
    {
        DnsReply reply;
        reply.message = answer;
        reply.overTcp = overTcp;
        finish(reply);
    }

    void fail(DnsTransportError error, const QString &text)
    {
        DnsReply reply;
        reply.error = error;
        reply.errorText = text;
        finish(reply);
    }

    void finish(const DnsReply &reply)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_deadline.stop();
        if (m_udp)
            m_udp->disconnect(this);
        if (m_tcp)
            m_tcp->disconnect(this);
        deleteLater();
        // From the event loop, never from inside start(): callers may not expect re-entry.
        QMetaObject::invokeMethod(
            parent(), [done = std::move(m_done), reply] { done(reply); }, Qt::QueuedConnection);
    }

    QString m_server;
    quint16 m_port;
    QByteArray m_message;
    DnsTransportOptions m_options;
    DnsTransport::Callback m_done;
    QHostAddress m_address;
    QTimer m_deadline;
    QPointer<QUdpSocket> m_udp;
    QPointer<QTcpSocket> m_tcp;
    QByteArray m_received;
    int m_udpSends = 0;
    bool m_finished = false;
};

} // namespace

void UdpTcpDnsTransport::exchange(const QString &server, quint16 port, const QByteArray &message,
                                  const DnsTransportOptions &options, QObject *context, Callback done)
{
    auto *exchange = new Exchange(server, port, message, options, context, std::move(done));
    exchange->start();
}

} // namespace homing
