#pragma once

#include "common/Clock.h"
#include "router/RouterClient.h"
#include "router/RouterOptions.h"

#include <QString>

#include <map>
#include <memory>

namespace homing {

// The router clients of one process, one per protocol and options, kept
// across detections so that a discovered gateway and a failed discovery are
// remembered between them (sources are made anew for every detection).
// The port mapper asks here for its clients too.
class RouterClients
{
public:
    // `clock` (for how long a failed discovery is remembered) must outlive
    // this; without one, the system clock.
    explicit RouterClients(const Clock *clock = nullptr);
    ~RouterClients();

    // The client for `options` (made on first use); null for a protocol
    // without a client.
    RouterClient *client(const RouterOptions &options);
    // After an address or network change: ask the network again even if no
    // router answered a moment ago.
    void forgetFailedDiscovery();
    // Keep what was learnt about the router between runs in `filePath` (a
    // small JSON file in the data directory: the UPnP gateway's description
    // URL), so a one-shot `homing-cli update` need not wait for a discovery.
    // Before the UPnP client is made.
    void rememberIn(const QString &filePath);

private:
    SystemClock m_systemClock;
    const Clock &m_clock;
    std::map<QString, std::unique_ptr<RouterClient>> m_clients;
    QString m_memoryFile;
};

} // namespace homing
