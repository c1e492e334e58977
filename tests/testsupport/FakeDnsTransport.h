#pragma once

#include "dns/DnsTransport.h"

#include <QList>

#include <functional>

namespace homing::test {

// A DnsTransport that answers from a function the test sets up and records
// every message. Answers come from the event loop, as the real one's do.
class FakeDnsTransport final : public DnsTransport
{
public:
    // Gets the message as sent (signed, when a key was given) and returns
    // the answer: a reply with `message`, or one with an error.
    using Responder = std::function<DnsReply(const QString &server, quint16 port, const QByteArray &message)>;

    struct Sent {
        QString server;
        quint16 port = 0;
        QByteArray message;
    };

    void setResponder(Responder responder) { m_responder = std::move(responder); }
    void exchange(const QString &server, quint16 port, const QByteArray &message, const DnsTransportOptions &options,
                  QObject *context, Callback done) override;

    const QList<Sent> &sent() const { return m_sent; }
    void clear() { m_sent.clear(); }

    static DnsReply answer(const QByteArray &message);
    static DnsReply failure(DnsTransportError error, const QString &text = QStringLiteral("simulated failure"));

private:
    Responder m_responder;
    QList<Sent> m_sent;
};

} // namespace homing::test
