#include "FakeDnsTransport.h"

#include <QPointer>
#include <QTimer>

namespace homing::test {

void FakeDnsTransport::exchange(const QString &server, quint16 port, const QByteArray &message,
                                const DnsTransportOptions &options, QObject *context, Callback done)
{
    Q_UNUSED(options);
    m_sent.append(Sent{server, port, message});
    const DnsReply reply = m_responder ? m_responder(server, port, message)
                                       : failure(DnsTransportError::Timeout, QStringLiteral("no fake DNS server"));
    QTimer::singleShot(0, context, [done = std::move(done), reply] { done(reply); });
}

DnsReply FakeDnsTransport::answer(const QByteArray &message)
{
    DnsReply reply;
    reply.message = message;
    return reply;
}

DnsReply FakeDnsTransport::failure(DnsTransportError error, const QString &text)
{
    DnsReply reply;
    reply.error = error;
    reply.errorText = text;
    return reply;
}

} // namespace homing::test
