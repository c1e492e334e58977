#pragma once

#include "common/Clock.h"
#include "config/Config.h"
#include "dns/UdpTcpDnsTransport.h"
#include "net/QtHttpClient.h"
#include "propagation/PropagationMonitor.h"
#include "router/PortMapper.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/Redactor.h"
#include "secrets/SecretResolver.h"
#include "storage/HistoryStore.h"
#include "storage/StateStore.h"
#include "update/Updater.h"

#include <memory>

namespace homing {

class AddressWatcher;
class IpSourceFactory;
class ProviderRegistry;
class ResumeWatcher;

// The real parts an updater runs on, put together for one data directory:
// the network, the system clock, the OS keychain, state and history files.
// homing-cli and the tray app both build one; tests build their own with fakes.
class Runtime
{
public:
    Runtime(const ProviderRegistry &providers, const IpSourceFactory &sources, Config config, const QString &dataDir,
            Redactor &redactor);
    ~Runtime();

    // Reads state.json; returns a warning to show when it had to be moved aside.
    QString loadState();

    Updater &updater() { return *m_updater; }
    PropagationMonitor &propagation() { return *m_propagation; }
    StateStore &state() { return m_state; }
    HistoryStore &history() { return m_history; }
    const Clock &clock() const { return m_clock; }
    // The system's address-change and resume notifications, subscribed to on
    // first use (by a daemon; a one-shot update never asks). A watcher the
    // system refused is still returned: it stays quiet, and the poll remains.
    AddressWatcher *addressWatcher();
    ResumeWatcher *resumeWatcher();
    PortMapper &portMapper() { return *m_portMapper; }

private:
    const IpSourceFactory &m_sources;
    SystemClock m_clock;
    QtHttpClient m_http;
    UdpTcpDnsTransport m_dns;
    KeychainSecretStore m_keychain;
    SecretResolver m_secrets;
    StateStore m_state;
    HistoryStore m_history;
    std::unique_ptr<Updater> m_updater;
    std::unique_ptr<PropagationMonitor> m_propagation;
    std::unique_ptr<AddressWatcher> m_addressWatcher;
    std::unique_ptr<ResumeWatcher> m_resumeWatcher;
    std::unique_ptr<PortMapper> m_portMapper;
};

} // namespace homing
