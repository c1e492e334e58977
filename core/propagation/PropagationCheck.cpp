#include "propagation/PropagationCheck.h"

#include "common/Clock.h"
#include "dns/DnsClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

#include <memory>
#include <utility>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::PropagationCheck)
};

QString stripDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

// One check: find the authoritative servers (unless given), then ask them
// and the resolvers side by side.
struct Run : std::enable_shared_from_this<Run> {
    DnsClient client;
    const Clock *clock = nullptr;
    PropagationQuery query;
    QObject *context = nullptr;
    PropagationCheck::Callback done;
    PropagationReport report;
    QList<ServedAnswer> found; // name servers found so far from the NS records
    int pending = 0;

    Run(DnsTransport &transport, const Clock &clockRef)
        : client(transport, clockRef)
        , clock(&clockRef)
    {
    }

    void start()
    {
        report.checkedAt = clock->now();
        if (!query.nameservers.isEmpty()) {
            for (const DnsServerAddress &server : std::as_const(query.nameservers))
                report.authoritative.append(ServedAnswer{server.toString(), {}, {}, 0, {}});
            askAll();
            return;
        }
        if (query.resolvers.isEmpty()) {
            report.problem = Text::tr("no resolver is configured to find the zone's name servers, and the account "
                                      "names none");
            finish();
            return;
        }
        findZone();
    }

    // Asks resolver `index` (or the next one, if it does not answer) a question.
    void resolve(qsizetype index, const QString &name, const QString &type,
                 std::function<void(const std::optional<DnsMessage> &)> then)
    {
        if (index >= query.resolvers.size()) {
            then(std::nullopt);
            return;
        }
        const auto message = DnsMessage::query(name, type, true);
        if (!message) {
            then(std::nullopt);
            return;
        }
        const DnsServerAddress &resolver = query.resolvers.at(index);
        client.ask(DnsRequest{resolver.host, resolver.port, *message, std::nullopt}, query.options, context,
                   [self = shared_from_this(), index, name, type, then](const DnsAnswer &answer) {
            if (answer.error != DnsTransportError::None || answer.message->rcode == dnsrcode::ServFail
                || answer.message->rcode == dnsrcode::Refused) {
                self->resolve(index + 1, name, type, then);
                return;
            }
            then(answer.message);
        });
    }

    void findZone()
    {
        resolve(0, query.name, QStringLiteral("SOA"), [self = shared_from_this()](const std::optional<DnsMessage> &answer) {
            QString zone;
            if (answer) {
                for (const QList<DnsRecord> *section : {&answer->answers, &answer->authority}) {
                    for (const DnsRecord &record : *section) {
                        if (record.type == QLatin1String("SOA") && zone.isEmpty())
                            zone = record.name;
                    }
                }
            }
            if (zone.isEmpty()) {
                self->report.problem = Text::tr("no resolver said which zone holds %1").arg(self->query.name);
                self->finish();
                return;
            }
            self->findNameservers(zone);
        });
    }

    void findNameservers(const QString &zone)
    {
        if (query.nameServers) {
            const bool lookUp = query.nameServers->want(
                zone, [self = shared_from_this()](const QList<ServedAnswer> &servers, const QString &problem) {
                    self->serversFound(servers, problem);
                });
            if (!lookUp)
                return; // another check of this round looks the zone up
        }
        resolve(0, zone, QStringLiteral("NS"), [self = shared_from_this(), zone](const std::optional<DnsMessage> &answer) {
            QStringList names;
            if (answer) {
                for (const DnsRecord &record : answer->answersFor(zone, QStringLiteral("NS")))
                    names.append(stripDot(record.value));
            }
            names.removeDuplicates();
            if (names.isEmpty()) {
                self->discovered(zone, Text::tr("no resolver gave the name servers of zone %1").arg(zone));
                return;
            }
            self->pending = int(names.size());
            for (const QString &name : std::as_const(names))
                self->findAddress(zone, name);
        });
    }

    // The zone's servers are known (or cannot be): to this check, and to
    // the others of the round that wait for the same zone.
    void discovered(const QString &zone, const QString &problem)
    {
        if (query.nameServers)
            query.nameServers->done(zone, found, problem);
        else
            serversFound(found, problem);
    }

    void serversFound(const QList<ServedAnswer> &servers, const QString &problem)
    {
        if (!problem.isEmpty()) {
            report.problem = problem;
            finish();
            return;
        }
        report.authoritative = servers;
        askAll();
    }

    void findAddress(const QString &zone, const QString &nameserver)
    {
        resolve(0, nameserver, QStringLiteral("A"),
                [self = shared_from_this(), zone, nameserver](const std::optional<DnsMessage> &answer) {
            bool addressed = false;
            if (answer) {
                for (const DnsRecord &record : answer->answersFor(nameserver, QStringLiteral("A"))) {
                    self->found.append(ServedAnswer{DnsServerAddress{record.value, 53}.toString(), nameserver, {}, 0, {}});
                    addressed = true;
                }
            }
            if (!addressed)
                self->found.append(ServedAnswer{QString(), nameserver, {}, 0,
                                                Text::tr("the address of %1 was not found").arg(nameserver)});
            if (--self->pending == 0)
                self->discovered(zone, QString());
        });
    }

    void askAll()
    {
        const auto message = DnsMessage::query(query.name, query.type, false);
        const auto recursive = DnsMessage::query(query.name, query.type, true);
        if (!message || !recursive) {
            report.problem = Text::tr("%1 cannot be asked for in DNS").arg(query.name);
            finish();
            return;
        }
        for (const DnsServerAddress &resolver : std::as_const(query.resolvers))
            report.resolvers.append(ServedAnswer{resolver.toString(), {}, {}, 0, {}});
        pending = 0;
        for (qsizetype i = 0; i < report.authoritative.size(); ++i) {
            if (!report.authoritative.at(i).answered())
                continue; // its address was not found
            ++pending;
            ask(&report.authoritative, i, *message, true);
        }
        for (qsizetype i = 0; i < report.resolvers.size(); ++i) {
            ++pending;
            ask(&report.resolvers, i, *recursive, false);
        }
        if (pending == 0)
            finish();
    }

    void ask(QList<ServedAnswer> *list, qsizetype index, const QByteArray &message, bool authoritative)
    {
        const auto server = DnsServerAddress::parse(list->at(index).server);
        client.ask(DnsRequest{server->host, server->port, message, std::nullopt}, query.options, context,
                   [self = shared_from_this(), list, index, authoritative](const DnsAnswer &answer) {
            ServedAnswer &served = (*list)[index];
            if (answer.error != DnsTransportError::None) {
                served.error = answer.errorText;
            } else if (answer.message->rcode != dnsrcode::NoError && answer.message->rcode != dnsrcode::NxDomain) {
                served.error = Text::tr("answered %1").arg(DnsMessage::rcodeName(answer.message->rcode));
            } else if (authoritative && !answer.message->authoritative) {
                served.error = Text::tr("is not authoritative for %1").arg(self->query.name);
            } else {
                for (const DnsRecord &record : answer.message->answersFor(self->query.name, self->query.type)) {
                    served.values.append(QHostAddress(record.value).toString());
                    served.ttl = record.ttl;
                }
                served.values.sort();
            }
            if (--self->pending == 0)
                self->finish();
        });
    }

    void finish()
    {
        auto callback = std::move(done);
        done = nullptr;
        if (callback)
            callback(report);
    }
};

} // namespace

bool NameServerCache::want(const QString &zone, Found found)
{
    auto entry = m_zones.find(zone);
    if (entry != m_zones.end() && entry->known) {
        found(entry->servers, entry->problem);
        return false;
    }
    const bool first = entry == m_zones.end();
    if (first)
        entry = m_zones.insert(zone, Zone{});
    entry->waiting.append(std::move(found));
    return first;
}

void NameServerCache::done(const QString &zone, const QList<ServedAnswer> &servers, const QString &problem)
{
    Zone &entry = m_zones[zone];
    entry.known = true;
    entry.servers = servers;
    entry.problem = problem;
    const QList<Found> waiting = std::exchange(entry.waiting, {});
    for (const Found &found : waiting)
        found(servers, problem);
}

bool PropagationReport::allServe(const QString &value) const
{
    if (!problem.isEmpty() || authoritative.isEmpty())
        return false;
    const QString expected = QHostAddress(value).toString();
    for (const ServedAnswer &answer : authoritative) {
        if (!answer.answered() || answer.values != QStringList{expected})
            return false;
    }
    return true;
}

QStringList PropagationReport::otherValues(const QString &expected) const
{
    const QString normal = QHostAddress(expected).toString();
    QStringList others;
    for (const ServedAnswer &answer : authoritative) {
        for (const QString &value : answer.values) {
            if (value != normal && !others.contains(value))
                others.append(value);
        }
    }
    return others;
}

PropagationCheck::PropagationCheck(DnsTransport &transport, const Clock &clock)
    : m_transport(transport)
    , m_clock(clock)
{
}

void PropagationCheck::run(const PropagationQuery &query, QObject *context, Callback done) const
{
    auto run = std::make_shared<Run>(m_transport, m_clock);
    run->query = query;
    run->context = context;
    run->done = std::move(done);
    run->start();
}

} // namespace homing
