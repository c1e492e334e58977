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

    // While holding, answers wait until released: tests can see which
    // requests are in flight at once and answer them in any order.
    void setHolding(bool holding) { m_holding = holding; }
    qsizetype heldCount() const { return m_held.size(); }
    const HttpRequest &heldRequest(qsizetype index) const { return m_held.at(index).request; }
    void release(qsizetype index);

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
    struct Held {
        HttpRequest request;
        HttpReply answer;
        QPointer<QObject> guard;
        bool hasContext = false;
        Callback done;
    };
    static void deliver(Held held);

    QList<Rule> m_rules;
    QList<Sent> m_sent;
    QList<Held> m_held;
    bool m_holding = false;
};

} // namespace homing::test
