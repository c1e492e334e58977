#include "FakeHttpClient.h"

#include <QTimer>

namespace homing::test {

void FakeHttpClient::on(const QString &urlPrefix, Responder responder, const QByteArray &method)
{
    m_rules.prepend(Rule{urlPrefix, method, std::move(responder)});
}

void FakeHttpClient::on(const QString &urlPrefix, int status, const QByteArray &body, const QByteArray &method)
{
    on(urlPrefix, [status, body](const HttpRequest &) { return reply(status, body); }, method);
}

HttpReply FakeHttpClient::reply(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    HttpReply result;
    result.status = status;
    result.body = body;
    result.headers = std::move(headers);
    return result;
}

HttpReply FakeHttpClient::failure(TransportError error, const QString &text)
{
    HttpReply result;
    result.error = error;
    result.errorText = text;
    return result;
}

void FakeHttpClient::send(const HttpRequest &request, const TransportOptions &options, QObject *context, Callback done)
{
    m_sent.append(Sent{request, options});
    HttpReply answer = failure(TransportError::ConnectionFailed, QStringLiteral("no fake rule for %1").arg(request.url.toString()));
    const QString url = request.url.toString(QUrl::FullyEncoded);
    for (const auto &rule : std::as_const(m_rules)) {
        if (url.startsWith(rule.prefix) && (rule.method.isEmpty() || rule.method == request.method)) {
            answer = rule.responder(request);
            break;
        }
    }
    Held held{request, answer, QPointer<QObject>(context), context != nullptr, std::move(done)};
    if (m_holding)
        m_held.append(std::move(held));
    else
        deliver(std::move(held));
}

void FakeHttpClient::deliver(Held held)
{
    QTimer::singleShot(0, [held = std::move(held)] {
        if (held.hasContext && !held.guard)
            return;
        held.done(held.answer);
    });
}

void FakeHttpClient::release(qsizetype index)
{
    deliver(m_held.takeAt(index));
}

int FakeHttpClient::count(const QString &urlPrefix, const QByteArray &method) const
{
    int total = 0;
    for (const auto &sent : m_sent) {
        if (sent.request.url.toString(QUrl::FullyEncoded).startsWith(urlPrefix)
            && (method.isEmpty() || sent.request.method == method))
            ++total;
    }
    return total;
}

} // namespace homing::test
