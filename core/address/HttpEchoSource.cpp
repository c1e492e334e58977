#include "address/HttpEchoSource.h"

#include "address/AddressExtractor.h"
#include "common/Logging.h"
#include "common/PlainText.h"

#include <QCoreApplication>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::HttpEchoSource)
};

} // namespace

HttpEchoSource::HttpEchoSource(QUrl url, HttpClient *http, TransportOptions transport)
    : m_url(std::move(url))
    , m_http(http)
    , m_transport(std::move(transport))
{
    m_transport.followRedirects = true;
    m_transport.maxBodyBytes = 64 * 1024; // an address fits in a few bytes
}

QString HttpEchoSource::validate(const QString &spec)
{
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Text::tr("\"%1\" is not a valid URL").arg(spec);
    if (!url.userInfo().isEmpty())
        return Text::tr("an echo service URL must not contain a user name or password");
    return {};
}

void HttpEchoSource::query(AddressFamily family, QObject *context, Callback done)
{
    HttpRequest request;
    request.url = m_url;
    request.setHeader("Accept", "text/plain, application/json;q=0.9, */*;q=0.5");
    const QString spec = this->spec();
    m_http->send(request, m_transport, context, [spec, family, done = std::move(done)](const HttpReply &reply) {
        SourceAnswer answer{spec, {}, {}};
        if (reply.error != TransportError::None) {
            answer.error = reply.error == TransportError::Timeout ? Text::tr("no answer in time")
                : reply.error == TransportError::Tls             ? Text::tr("certificate not trusted: %1").arg(reply.errorText)
                                                                 : reply.errorText;
            answer.error = plainText(answer.error, kMaximumDetailLength);
        } else if (reply.status != 200) {
            answer.error = Text::tr("HTTP status %1").arg(reply.status);
        } else {
            answer.address = extractAddress(reply.body, family);
            if (answer.address.isNull()) {
                answer.error = family == AddressFamily::IPv4 ? Text::tr("no IPv4 address in the answer")
                                                             : Text::tr("no IPv6 address in the answer");
            }
        }
        qCDebug(lcDetect) << spec << "answered" << (answer.address.isNull() ? answer.error : answer.address.toString());
        done(answer);
    });
}

} // namespace homing
