#pragma once

#include "dns/DnsServerAddress.h"
#include "dns/DnsTransport.h"
#include "propagation/ServedAnswer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace homing {

class Clock;

struct PropagationReport {
    QDateTime checkedAt;
    QString problem; // the authoritative servers could not be found or asked
    QList<ServedAnswer> authoritative;
    QList<ServedAnswer> resolvers;

    // Every authoritative server answered, and with exactly `value`.
    bool allServe(const QString &value) const;
    // Values some authoritative server serves besides `expected`.
    QStringList otherValues(const QString &expected) const;
};

// The name servers found for each zone during one round of checks, so that
// the records of one zone share one NS and address lookup: the first check
// to need a zone looks it up, the others wait for its answer.
class NameServerCache
{
public:
    using Found = std::function<void(const QList<ServedAnswer> &servers, const QString &problem)>;

    // Calls `found` once the zone's servers are known (at once when they
    // are). True when the caller is the one to look them up and report them
    // with done().
    bool want(const QString &zone, Found found);
    void done(const QString &zone, const QList<ServedAnswer> &servers, const QString &problem);

private:
    struct Zone {
        bool known = false;
        QList<ServedAnswer> servers;
        QString problem;
        QList<Found> waiting;
    };
    QHash<QString, Zone> m_zones;
};

struct PropagationQuery {
    QString name; // the record's name, ASCII
    QString type; // "A" or "AAAA"
    // Asked instead of the zone's NS records when set.
    QList<DnsServerAddress> nameservers;
    // Recursive resolvers: they find the NS records (when none are
    // configured), and their caches are compared with the new value.
    QList<DnsServerAddress> resolvers;
    DnsTransportOptions options;
    // Shared by the checks of one round; none: every check looks up its zone.
    std::shared_ptr<NameServerCache> nameServers;
};

// Asks the zone's authoritative servers, and the public resolvers, what they
// serve for a record: the mechanism of "is the new address live?" and of
// drift detection. Queries are unsigned and ask for no recursion from the
// authoritative servers, so their own data is what comes back.
class PropagationCheck
{
public:
    using Callback = std::function<void(const PropagationReport &)>;

    PropagationCheck(DnsTransport &transport, const Clock &clock);
    void run(const PropagationQuery &query, QObject *context, Callback done) const;

private:
    DnsTransport &m_transport;
    const Clock &m_clock;
};

} // namespace homing
