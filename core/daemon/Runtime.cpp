#include "daemon/Runtime.h"

#include "address/IpSourceFactory.h"
#include "config/Paths.h"
#include "net/UserAgent.h"
#include "router/RouterClients.h"
#include "router/RouterOptions.h"

#include <QFile>
#include <QRandomGenerator>

namespace homing {

Runtime::Runtime(const ProviderRegistry &providers, const IpSourceFactory &sources, Config config,
                 const QString &dataDir, Redactor &redactor)
    : m_secrets(&m_keychain)
    , m_state(stateFilePath(dataDir))
    , m_history(historyFilePath(dataDir), config.historyLimit)
{
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

QString Runtime::loadState()
{
    const QString warning = m_state.load();
    // Fold in what a process that ended mid-pass left in the journal.
    if (QFile::exists(m_state.journalPath()))
        m_state.compact();
    return warning;
}

} // namespace homing
