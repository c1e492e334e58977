#include "dns/DnsClient.h"

#include "common/Clock.h"

#include <QCoreApplication>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::DnsClient)
};

} // namespace

QString DnsRequest::where() const
{
    if (server.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(server).arg(port);
    return QStringLiteral("%1:%2").arg(server).arg(port);
}

DnsClient::DnsClient(DnsTransport &transport, const Clock &clock)
    : m_transport(transport)
    , m_clock(clock)
{
}

void DnsClient::ask(const DnsRequest &request, const DnsTransportOptions &options, QObject *context, Callback done)
{
    QByteArray message = request.message;
    QByteArray requestMac;
    if (request.tsig) {
        const auto signedMessage = Tsig::sign(message, *request.tsig, m_clock.now().toSecsSinceEpoch());
        if (!signedMessage) {
            DnsAnswer failure;
            failure.error = DnsTransportError::Other;
            failure.errorText = Text::tr("the message could not be signed with the key \"%1\"").arg(request.tsig->name);
            QMetaObject::invokeMethod(context, [done, failure] { done(failure); }, Qt::QueuedConnection);
            return;
        }
        message = signedMessage->message;
        requestMac = signedMessage->mac;
    }
    m_transport.exchange(request.server, request.port, message, options, context,
                         [request, requestMac, done = std::move(done)](const DnsReply &reply) {
        DnsAnswer answer;
        answer.error = reply.error;
        answer.errorText = reply.errorText;
        answer.overTcp = reply.overTcp;
        if (reply.error == DnsTransportError::None) {
            QString problem;
            answer.message = DnsMessage::parse(reply.message, &problem);
            if (!answer.message || !answer.message->isResponse) {
                answer.message.reset();
                answer.error = DnsTransportError::Other;
                answer.errorText = Text::tr("%1 did not answer in DNS: %2")
                                       .arg(request.where(), problem.isEmpty() ? Text::tr("not a response") : problem);
            } else if (request.tsig) {
                answer.tsig = Tsig::verify(reply.message, *request.tsig, requestMac);
            }
        }
        done(answer);
    });
}

} // namespace homing
