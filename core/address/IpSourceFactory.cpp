#include "address/IpSourceFactory.h"

#include "address/HttpEchoSource.h"
#include "router/RouterClients.h"
#include "router/RouterOptions.h"
#include "router/RouterSource.h"

#include <QCoreApplication>

namespace homing {

IpSourceFactory::IpSourceFactory()
    : m_routers(std::make_shared<RouterClients>())
{
    addKind(Kind{
        QStringLiteral("echo"),
        [](const QString &spec) {
            return spec.startsWith(QLatin1String("https://")) || spec.startsWith(QLatin1String("http://"));
        },
        &HttpEchoSource::validate,
        [](const QString &spec, const IpSourceEnvironment &environment) -> std::unique_ptr<IpSource> {
            return std::make_unique<HttpEchoSource>(QUrl(spec), environment.http, environment.transport);
        },
    });
    // The router: "upnp", "natpmp" (with options, "natpmp?gateway=..."). The
    // clients are kept here, so a discovered (or missing) router is
    // remembered from one detection to the next.
    addKind(Kind{
        QStringLiteral("router"),
        &RouterOptions::isRouterSpec,
        &RouterSource::validate,
        [routers = m_routers](const QString &spec, const IpSourceEnvironment &) -> std::unique_ptr<IpSource> {
            RouterOptions options;
            if (!RouterSource::validate(spec).isEmpty() || !RouterOptions::parse(spec, &options).isEmpty())
                return nullptr;
            return std::make_unique<RouterSource>(spec, options, routers->client(options));
        },
    });
}

RouterClients &IpSourceFactory::routers() const
{
    return *m_routers;
}

void IpSourceFactory::addKind(Kind kind)
{
    m_kinds.append(std::move(kind));
}

const IpSourceFactory::Kind *IpSourceFactory::kindFor(const QString &spec) const
{
    for (const auto &kind : m_kinds) {
        if (kind.matches(spec))
            return &kind;
    }
    return nullptr;
}

QString IpSourceFactory::validate(const QString &spec) const
{
    const Kind *kind = kindFor(spec);
    if (!kind) {
        return QCoreApplication::translate("homing::IpSourceFactory",
                                           "\"%1\" is not a known kind of source (use an https:// echo service URL)")
            .arg(spec);
    }
    return kind->validate(spec);
}

std::unique_ptr<IpSource> IpSourceFactory::create(const QString &spec, const IpSourceEnvironment &environment) const
{
    const Kind *kind = kindFor(spec);
    return kind ? kind->create(spec, environment) : nullptr;
}

} // namespace homing
