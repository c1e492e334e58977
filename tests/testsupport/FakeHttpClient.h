#pragma once

#include "net/HttpClient.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace homing::test {

// An HttpClient that answers from rules the test sets up and records every
// request. Answers are delivered from the event loop, as the real one does.
class FakeHttpClient final : public HttpClient
{
public:
    using Responder = std::function<HttpReply(const HttpRequest &)>;

    struct Sent {
        HttpRequest request;
        TransportOptions options;
    };

    // Answers requests whose URL starts with `urlPrefix` (and whose method
    // matches, when given). Later rules win over earlier ones.
    void on(const QString &urlPrefix, Responder responder, const QByteArray &method = {});
    void on(const QString &urlPrefix, int status, const QByteArray &body, const QByteArray &method = {});

    void send(const HttpRequest &request, const TransportOptions &options, QObject *context, Callback done) override;

    const QList<Sent> &sent() const { return m_sent; }
    int count(const QString &urlPrefix, const QByteArray &method = {}) const;
    void clear() { m_sent.clear(); }

    static HttpReply reply(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {});
    static HttpReply failure(TransportError error, const QString &text = QStringLiteral("simulated failure"));

private:
    struct Rule {
        QString prefix;
        QByteArray method;
        Responder responder;
    };
    QList<Rule> m_rules;
    QList<Sent> m_sent;
};

} // namespace homing::test
