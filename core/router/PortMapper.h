#pragma once

#include "config/Config.h"
#include "router/RouterClient.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace homing {

class Clock;

enum class PortMappingState { Pending, Active, Failed, Removed };
QString portMappingStateKey(PortMappingState state); // "pending", "active", ...

// One configured mapping as the router last answered for it.
struct PortMappingStatus {
    PortMappingConfig config;
    PortMappingState state = PortMappingState::Pending;
    std::optional<RouterProtocol> method; // the protocol that made it (or last tried)
    QHostAddress host;                     // where the router forwards to, once known
    quint16 externalPort = 0;              // granted; NAT-PMP and PCP may give another port
    int leaseSeconds = 0;                  // granted; 0 while none, or a permanent mapping
    QDateTime expiresAt;                   // invalid: no lease, or a permanent one
    QHostAddress externalAddress;          // the router's WAN address
    QString error;                         // the router's reason, or why it could not be asked
    int errorCode = 0;                     // UPnP error code, NAT-PMP/PCP result code
    QDateTime nextAttempt;                 // the next request, renewal or retry
    int failures = 0;                      // failed requests in a row
    bool permanentOnly = false;            // the router grants permanent mappings only (UPnP 725)
};

// The "port_mappings" array of status --json.
QJsonArray portMappingsToJson(const QList<PortMappingStatus> &mappings);
// The same for the configured mappings when no Homing process keeps them.
QJsonArray configuredPortMappingsToJson(const RouterConfig &router);
// One line per mapping for homing-cli status (translated).
QStringList describePortMappings(const QJsonArray &mappings);

// Keeps the configured port mappings on the home router: requests each one
// (UPnP first, then PCP, then NAT-PMP, or the configured method), renews it
// at half its lease, retries failures at a slowing pace, asks again when the
// address changes, and removes them on exit when the configuration says so.
class PortMapper : public QObject
{
    Q_OBJECT

public:
    // The client for one protocol, kept by whoever made the factory (the
    // router sources share them); nullptr when this build has none.
    using ClientFactory = std::function<RouterClient *(RouterProtocol)>;

    PortMapper(RouterConfig config, ClientFactory clients, const Clock &clock, QObject *parent = nullptr);
    ~PortMapper() override;

    // Requests every mapping now.
    void start();
    // Stops renewing. With remove_mappings_on_exit, removes every mapping
    // first; `done` runs when the router has answered for all (at once
    // otherwise). The caller decides how long to wait for it.
    void stop(std::function<void()> done);
    // Applies a reloaded configuration: unchanged mappings keep their lease,
    // dropped ones are removed from the router, new ones are requested.
    void setConfig(const RouterConfig &config);
    // Asks for every mapping again now: the address changed, the router's
    // WAN address changed, or the computer woke up.
    void refresh();
    // Does whatever is due by the clock: requests, renewals and retries.
    // Its timer calls it; tests call it after moving their clock.
    void processDue();

    const QList<PortMappingStatus> &mappings() const { return m_mappings; }
    QJsonArray toJson() const { return portMappingsToJson(m_mappings); }
    const RouterConfig &config() const { return m_config; }
    // When processDue() next has something to do; invalid when nothing is due.
    QDateTime nextDue() const;
    bool isStarted() const { return m_started; }

    // Seconds to wait before the nth retry of a failed request (n from 1).
    static int retryDelaySeconds(int failures);

Q_SIGNALS:
    // Any mapping's state, lease or error changed.
    void changed();
    // A mapping failed after working or at its first request: once, not at
    // every retry; again only after it has worked in between.
    void mappingFailed(const homing::PortMappingStatus &mapping);

private:
    struct Attempt;

    void request(qsizetype index);
    void tryProtocol(const std::shared_ptr<Attempt> &attempt);
    void sendAdd(const std::shared_ptr<Attempt> &attempt, RouterClient *client);
    void addAnswered(const std::shared_ptr<Attempt> &attempt, const PortMappingResult &result);
    void attemptFailed(const std::shared_ptr<Attempt> &attempt, const QString &reason, int code, bool refused);
    // The end of addAnswered and attemptFailed: tell, then finish a stop or
    // ask again at once when the address changed while the request was out.
    void answerRecorded(qsizetype index);
    // PCP got no answer, or the router speaks NAT-PMP only: the next protocol.
    void pcpUnusable(const std::shared_ptr<Attempt> &attempt, const QString &why, bool silent);
    // Takes the other protocol on UDP 5351 out of the attempt's order.
    void skipSharedPort(const std::shared_ptr<Attempt> &attempt, RouterProtocol silent);
    void remove(qsizetype index, std::function<void()> done);
    qsizetype indexOf(quint64 id) const;
    RouterClient *client(RouterProtocol protocol);
    QList<RouterProtocol> protocolOrder() const;
    void wanAddressSeen(const QHostAddress &address);
    void finishStopIfIdle();
    void arm();

    RouterConfig m_config;
    ClientFactory m_factory;
    const Clock &m_clock;
    std::map<RouterProtocol, RouterClient *> m_clients;
    QList<PortMappingStatus> m_mappings;
    // Per mapping, in the same order: an id that outlives reloads, whether a
    // request is out, whether to ask again when it is back, whether its
    // failure was told.
    struct Bookkeeping {
        quint64 id = 0;
        bool busy = false;
        bool again = false;
        bool failureTold = false;
    };
    QList<Bookkeeping> m_books;
    quint64 m_nextId = 1;
    std::optional<RouterProtocol> m_workingProtocol; // the last one that answered: asked first
    QHostAddress m_wanAddress;
    QTimer m_timer;
    bool m_started = false;
    bool m_stopping = false;
    int m_removalsOut = 0;
    std::function<void()> m_stopDone;
};

} // namespace homing

Q_DECLARE_METATYPE(homing::PortMappingStatus)
