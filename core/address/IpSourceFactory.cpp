#include "address/IpSourceFactory.h"

#include "address/HttpEchoSource.h"
#include "interfaces/InterfaceSource.h"

#include <QCoreApplication>

namespace homing {

IpSourceFactory::IpSourceFactory()
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
    addKind(Kind{
        QStringLiteral("interface"),
        &InterfaceSource::matches,
        &InterfaceSource::validate,
        [](const QString &spec, const IpSourceEnvironment &environment) -> std::unique_ptr<IpSource> {
            return std::make_unique<InterfaceSource>(spec, environment.scanInterfaces);
        },
    });
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
                                           "\"%1\" is not a known kind of source (use an https:// echo service URL, "
                                           "or interface:NAME / interface:* for this host's own interfaces)")
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
