#include "net/RequestPolicy.h"

#include "secrets/Redactor.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace homing {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString refusalReason(const HttpRequest &request, bool allowInsecureHttp, bool throughProxy)
{
    // A line break would end the header and start another one of the
    // attacker's choosing; NUL cuts it short. A secret or setting may hold one.
    for (const auto &[name, value] : request.headers) {
        const auto unsafe = [](const QByteArray &text) {
            return text.contains('\r') || text.contains('\n') || text.contains('\0');
        };
        if (unsafe(name) || unsafe(value)) {
            return QCoreApplication::translate("homing::RequestPolicy",
                                               "Homing refused to send a request to %1: its header %2 holds a line "
                                               "break or NUL character, which would change the request. Check the "
                                               "account's settings and secrets for a stray line break")
                .arg(describeEndpoint(request.url), QString::fromLatin1(name.left(64)).simplified());
        }
    }
    const QString scheme = request.url.scheme();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http")) {
        return QCoreApplication::translate("homing::RequestPolicy", "%1 is not an http(s) URL")
            .arg(describeEndpoint(request.url));
    }
    if (!request.carriesCredential || allowInsecureHttp || (isLoopbackHost(request.url.host()) && !throughProxy))
        return {};
    return QCoreApplication::translate("homing::RequestPolicy",
                                       "Homing refused to send credentials to %1 over plain HTTP, where anyone on "
                                       "the way could read them. Use an https:// endpoint, or set "
                                       "\"allow_insecure_http\": true on the account if this provider offers "
                                       "nothing better and you accept the risk")
        .arg(describeEndpoint(request.url));
}

} // namespace homing
