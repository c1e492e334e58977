#include "router/RouterSource.h"

#include "router/RouterClient.h"

#include <QCoreApplication>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::RouterSource)
};

} // namespace

RouterSource::RouterSource(QString spec, RouterOptions options, RouterClient *client)
    : m_spec(std::move(spec)), m_options(std::move(options)), m_client(client)
{
}

QString RouterSource::validate(const QString &spec)
{
    return RouterOptions::parse(spec, nullptr);
}

void RouterSource::query(AddressFamily family, QObject *context, Callback done)
{
    const QString spec = m_spec;
    auto answerLater = [context, done](SourceAnswer answer) {
        QMetaObject::invokeMethod(context, [done, answer] { done(answer); }, Qt::QueuedConnection);
    };
    if (family != AddressFamily::IPv4) {
        answerLater(SourceAnswer(spec, {},
                                 Text::tr("%1 gives only the router's IPv4 address; list \"%2\" under ip.ipv4.sources")
                                     .arg(routerProtocolTitle(m_options.protocol), spec)));
        return;
    }
    if (!m_client) {
        answerLater(SourceAnswer(spec, {}, validate(spec)));
        return;
    }
    m_client->externalAddress(context, [spec, done](const ExternalAddressResult &result) {
        SourceAnswer answer(spec, result.notPublic ? QHostAddress() : result.address, result.error);
        answer.wanNotPublic = result.notPublic;
        if (result.notPublic && !result.address.isNull()) {
            // The router's own address, not usable but worth showing (and
            // for the carrier-grade NAT report: router_address).
            AddressCandidate candidate;
            candidate.address = result.address;
            candidate.reason = result.error;
            answer.candidates.append(candidate);
        }
        done(answer);
    });
}

} // namespace homing
