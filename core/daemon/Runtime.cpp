#include "daemon/Runtime.h"

#include "common/Logging.h"
#include "address/IpSourceFactory.h"
#include "config/Paths.h"
#include "events/AddressWatcher.h"
#include "events/ResumeWatcher.h"
#include "net/UserAgent.h"
#include "router/RouterClients.h"
#include "router/RouterOptions.h"

#include <QFile>
#include <QRandomGenerator>

namespace homing {

Runtime::Runtime(const ProviderRegistry &providers, const IpSourceFactory &sources, Config config,
                 const QString &dataDir, Redactor &redactor)
    : m_sources(sources)
    , m_secrets(&m_keychain)
    , m_state(stateFilePath(dataDir))
    , m_history(historyFilePath(dataDir), config.historyLimit)
{
    sources.routers().rememberIn(routerFilePath(dataDir));
    // The port mapper shares the router sources' clients: one discovery.
    m_portMapper = std::make_unique<PortMapper>(config.router, [&routers = sources.routers()](RouterProtocol protocol) {
        RouterOptions options;
        options.protocol = protocol;
        return routers.client(options);
    }, m_clock);
    UpdaterDependencies dependencies{
        providers, sources, m_http, m_dns, m_clock, m_secrets, m_state, m_history, redactor,
        [] { return QRandomGenerator::global()->generateDouble(); },
        homingUserAgent(),
    };
    m_updater = std::make_unique<Updater>(std::move(dependencies), std::move(config));
    m_propagation = std::make_unique<PropagationMonitor>(m_dns, m_clock, m_state, m_history);
}

Runtime::~Runtime() = default;

AddressWatcher *Runtime::addressWatcher()
{
    if (!m_addressWatcher) {
        m_addressWatcher = std::make_unique<AddressWatcher>();
        if (!m_addressWatcher->start())
            qCWarning(lcDaemon).noquote() << m_addressWatcher->errorString();
        // A router not found before may be there on the new network.
        QObject::connect(m_addressWatcher.get(), &AddressWatcher::addressesChanged, m_addressWatcher.get(),
                         [&routers = m_sources.routers()] { routers.forgetFailedDiscovery(); });
    }
    return m_addressWatcher.get();
}

ResumeWatcher *Runtime::resumeWatcher()
{
    if (!m_resumeWatcher) {
        m_resumeWatcher = std::make_unique<ResumeWatcher>();
        // Not having it is normal on servers and in containers: said once, quietly.
        if (!m_resumeWatcher->start())
            qCInfo(lcDaemon).noquote() << m_resumeWatcher->errorString();
    }
    return m_resumeWatcher.get();
}

QString Runtime::loadState()
{
    const QString warning = m_state.load();
    // Fold in what a process that ended mid-pass left in the journal.
    if (QFile::exists(m_state.journalPath()))
        m_state.compact();
    return warning;
}

} // namespace homing
