#include "router/PortMapper.h"

#include "router/RouterOptions.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/JsonText.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::PortMapper)
};

// UPnP IGD: "OnlyPermanentLeasesSupported"; the request is made again with
// a lease of 0.
constexpr int kUpnpOnlyPermanentLeases = 725;
// PCP's UNSUPP_VERSION: the router speaks NAT-PMP (or another PCP version);
// not a refusal of the mapping, so NAT-PMP is asked next.
constexpr int kPcpUnsupportedVersion = 1;
// A renewal that fails is tried again sooner than a new mapping, but never
// more often than this.
constexpr int kMinimumRenewalRetrySeconds = 5;
// QTimer takes up to about 24 days; nothing here waits longer than a week.
constexpr qint64 kLongestWaitMs = qint64(8) * 24 * 3600 * 1000;

bool sameMapping(const PortMappingConfig &a, const PortMappingConfig &b)
{
    return a.protocol == b.protocol && a.externalPort == b.externalPort && a.internalPort == b.internalPort
        && a.host == b.host && a.description == b.description && a.leaseSeconds == b.leaseSeconds;
}

bool forThisHost(const PortMappingConfig &config)
{
    return config.host == QLatin1String("this");
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue addressOrNull(const QHostAddress &address)
{
    return address.isNull() ? QJsonValue() : QJsonValue(address.toString());
}

} // namespace

QString portMappingStateKey(PortMappingState state)
{
    switch (state) {
    case PortMappingState::Pending:
        return QStringLiteral("pending");
    case PortMappingState::Active:
        return QStringLiteral("active");
    case PortMappingState::Failed:
        return QStringLiteral("failed");
    case PortMappingState::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QJsonArray portMappingsToJson(const QList<PortMappingStatus> &mappings)
{
    QJsonArray array;
    for (const PortMappingStatus &mapping : mappings) {
        const bool granted = mapping.state == PortMappingState::Active && mapping.externalPort != 0;
        array.append(QJsonObject{
            {QStringLiteral("protocol"), mapping.config.protocol},
            {QStringLiteral("external"), int(granted ? mapping.externalPort : mapping.config.externalPort)},
            {QStringLiteral("internal"), int(mapping.config.internalPort)},
            // "this" until the router has told which address this host has on its LAN.
            {QStringLiteral("host"), mapping.host.isNull() ? mapping.config.host : mapping.host.toString()},
            {QStringLiteral("method"), mapping.method ? QJsonValue(routerProtocolName(*mapping.method)) : QJsonValue()},
            {QStringLiteral("state"), portMappingStateKey(mapping.state)},
            {QStringLiteral("error"), stringOrNull(mapping.error)},
            {QStringLiteral("expires_at"), isoUtcOrNull(mapping.expiresAt)},
            {QStringLiteral("external_address"), addressOrNull(mapping.externalAddress)},
            {QStringLiteral("description"), mapping.config.description},
            {QStringLiteral("lease_seconds"), mapping.state == PortMappingState::Active ? QJsonValue(mapping.leaseSeconds)
                                                                                        : QJsonValue()},
            {QStringLiteral("next_attempt"), isoUtcOrNull(mapping.nextAttempt)},
        });
    }
    return array;
}

QJsonArray configuredPortMappingsToJson(const RouterConfig &router)
{
    QList<PortMappingStatus> mappings;
    for (const PortMappingConfig &config : router.portMappings) {
        PortMappingStatus status;
        status.config = config;
        mappings.append(status);
    }
    return portMappingsToJson(mappings);
}

QStringList describePortMappings(const QJsonArray &mappings)
{
    QStringList lines;
    for (const auto &value : mappings) {
        const QJsonObject mapping = value.toObject();
        const QString external = QString::number(mapping.value(QStringLiteral("external")).toInt());
        const QString methodKey = mapping.value(QStringLiteral("method")).toString();
        QString method = methodKey;
        for (const RouterProtocol protocol : {RouterProtocol::Upnp, RouterProtocol::NatPmp, RouterProtocol::Pcp}) {
            if (routerProtocolName(protocol) == methodKey)
                method = routerProtocolTitle(protocol);
        }
        const QString state = mapping.value(QStringLiteral("state")).toString();
        QString what;
        if (state == QLatin1String("active")) {
            what = mapping.value(QStringLiteral("expires_at")).isString()
                       ? Text::tr("active via %1 until %2").arg(method, mapping.value(QStringLiteral("expires_at")).toString())
                       : Text::tr("active via %1, permanent").arg(method);
            if (mapping.value(QStringLiteral("external_address")).isString())
                what += QStringLiteral("; ") + Text::tr("reachable at %1:%2")
                                                   .arg(mapping.value(QStringLiteral("external_address")).toString(), external);
        } else if (state == QLatin1String("failed")) {
            what = Text::tr("failed: %1").arg(mapping.value(QStringLiteral("error")).toString());
            if (mapping.value(QStringLiteral("next_attempt")).isString())
                what += QStringLiteral("; ") + Text::tr("next try %1").arg(mapping.value(QStringLiteral("next_attempt")).toString());
        } else if (state == QLatin1String("removed")) {
            what = Text::tr("removed from the router");
        } else {
            what = Text::tr("not made yet");
        }
        if (state != QLatin1String("failed") && mapping.value(QStringLiteral("error")).isString())
            what += QStringLiteral("; ") + mapping.value(QStringLiteral("error")).toString();
        lines.append(Text::tr("Port mapping %1 %2 → %3:%4: %5")
                         .arg(mapping.value(QStringLiteral("protocol")).toString().toUpper(), external,
                              mapping.value(QStringLiteral("host")).toString(),
                              QString::number(mapping.value(QStringLiteral("internal")).toInt()), what));
    }
    return lines;
}

// One request of one mapping, as it goes from protocol to protocol.
struct PortMapper::Attempt {
    quint64 id = 0;
    PortMappingConfig config;
    QList<RouterProtocol> order;
    qsizetype next = 0;
    RouterProtocol protocol = RouterProtocol::Upnp;
    QHostAddress host;
    QHostAddress externalAddress;
    bool permanentOnly = false;
    bool permanentTried = false;
    QStringList unanswered; // "UPnP: why", one per protocol that could not be asked
};

PortMapper::PortMapper(RouterConfig config, ClientFactory clients, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_factory(std::move(clients))
    , m_clock(clock)
{
    qRegisterMetaType<homing::PortMappingStatus>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PortMapper::processDue);
    for (const PortMappingConfig &mapping : std::as_const(m_config.portMappings)) {
        PortMappingStatus status;
        status.config = mapping;
        m_mappings.append(status);
        m_books.append(Bookkeeping{.id = m_nextId++, .busy = false, .again = false, .failureTold = false});
    }
}

PortMapper::~PortMapper() = default;

int PortMapper::retryDelaySeconds(int failures)
{
    // Half a minute, then slower up to an hour: a router that refuses now
    // rarely changes its mind within minutes, and one that restarts is back
    // within a few.
    static constexpr int kDelays[] = {30, 60, 120, 300, 600, 1800, 3600};
    const int index = std::clamp(failures, 1, int(std::size(kDelays))) - 1;
    return kDelays[index];
}

void PortMapper::start()
{
    m_started = true;
    m_stopping = false;
    const QDateTime now = m_clock.now();
    for (PortMappingStatus &mapping : m_mappings)
        mapping.nextAttempt = now;
    processDue();
}

void PortMapper::refresh()
{
    const QDateTime now = m_clock.now();
    for (qsizetype i = 0; i < m_mappings.size(); ++i) {
        if (m_books[i].busy)
            m_books[i].again = true;
        else
            m_mappings[i].nextAttempt = now;
    }
    // Through the event loop: a burst of address events gives one request each.
    if (m_started && !m_stopping)
        m_timer.start(0);
}

void PortMapper::processDue()
{
    if (!m_started || m_stopping)
        return;
    const QDateTime now = m_clock.now();
    for (qsizetype i = 0; i < m_mappings.size(); ++i) {
        if (!m_books[i].busy && m_mappings[i].nextAttempt.isValid() && m_mappings[i].nextAttempt <= now)
            request(i);
    }
    arm();
}

QDateTime PortMapper::nextDue() const
{
    QDateTime earliest;
    for (qsizetype i = 0; i < m_mappings.size(); ++i) {
        const QDateTime due = m_mappings[i].nextAttempt;
        if (!m_books[i].busy && due.isValid() && (!earliest.isValid() || due < earliest))
            earliest = due;
    }
    return earliest;
}

void PortMapper::arm()
{
    if (!m_started || m_stopping)
        return;
    const QDateTime due = nextDue();
    if (!due.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_clock.now().msecsTo(due), 0, kLongestWaitMs);
    m_timer.start(std::chrono::milliseconds(wait));
}

qsizetype PortMapper::indexOf(quint64 id) const
{
    for (qsizetype i = 0; i < m_books.size(); ++i) {
        if (m_books[i].id == id)
            return i;
    }
    return -1;
}

RouterClient *PortMapper::client(RouterProtocol protocol)
{
    auto found = m_clients.find(protocol);
    if (found == m_clients.end())
        found = m_clients.emplace(protocol, m_factory ? m_factory(protocol) : nullptr).first;
    return found->second;
}

QList<RouterProtocol> PortMapper::protocolOrder() const
{
    QList<RouterProtocol> order;
    if (m_config.method == QLatin1String("upnp"))
        order = {RouterProtocol::Upnp};
    else if (m_config.method == QLatin1String("natpmp"))
        order = {RouterProtocol::NatPmp};
    else if (m_config.method == QLatin1String("pcp"))
        order = {RouterProtocol::Pcp};
    else
        order = {RouterProtocol::Upnp, RouterProtocol::Pcp, RouterProtocol::NatPmp};
    // The protocol the router answered last time first: no discovery timeout
    // on the other at every renewal.
    if (m_workingProtocol && order.removeOne(*m_workingProtocol))
        order.prepend(*m_workingProtocol);
    return order;
}

void PortMapper::request(qsizetype index)
{
    Bookkeeping &book = m_books[index];
    if (book.busy) {
        book.again = true;
        return;
    }
    book.busy = true;
    book.again = false;
    auto attempt = std::make_shared<Attempt>();
    attempt->id = book.id;
    attempt->config = m_mappings[index].config;
    attempt->permanentOnly = m_mappings[index].permanentOnly;
    attempt->order = protocolOrder();
    // A renewal goes to the protocol that made the mapping.
    if (const auto made = m_mappings[index].method; made && m_mappings[index].state == PortMappingState::Active
                                                      && attempt->order.removeOne(*made))
        attempt->order.prepend(*made);
    tryProtocol(attempt);
}

void PortMapper::tryProtocol(const std::shared_ptr<Attempt> &attempt)
{
    if (indexOf(attempt->id) < 0)
        return; // dropped by a reload meanwhile
    if (attempt->next >= attempt->order.size()) {
        attemptFailed(attempt, attempt->unanswered.join(QStringLiteral("; ")), 0, false);
        return;
    }
    const RouterProtocol protocol = attempt->order.at(attempt->next++);
    attempt->protocol = protocol;
    RouterClient *router = client(protocol);
    if (!router) {
        attempt->unanswered.append(Text::tr("%1: not available in this build of Homing").arg(routerProtocolTitle(protocol)));
        tryProtocol(attempt);
        return;
    }
    // The external address first: it finds the router (and so this host's
    // address on its LAN), and shows when the WAN address changed.
    router->externalAddress(this, [this, attempt, router, protocol](const ExternalAddressResult &answer) {
        if (indexOf(attempt->id) < 0)
            return;
        if (protocol == RouterProtocol::Pcp && (answer.noAnswer || answer.errorCode == kPcpUnsupportedVersion)) {
            pcpUnusable(attempt, answer.error, answer.noAnswer);
            return;
        }
        if (!answer.address.isNull()) {
            attempt->externalAddress = answer.address;
            wanAddressSeen(answer.address);
        }
        const QHostAddress local = router->localAddress();
        attempt->host = forThisHost(attempt->config) ? local : QHostAddress(attempt->config.host);
        if (attempt->host.isNull() || (local.isNull() && answer.address.isNull() && !answer.notPublic)) {
            const QString why = answer.error.isEmpty() ? Text::tr("the router did not answer") : answer.error;
            attempt->unanswered.append(QStringLiteral("%1: %2").arg(routerProtocolTitle(protocol), why));
            if (protocol == RouterProtocol::NatPmp && answer.noAnswer)
                skipSharedPort(attempt, RouterProtocol::NatPmp);
            tryProtocol(attempt);
            return;
        }
        // NAT-PMP maps ports of the host that asks, and of no other.
        if (protocol == RouterProtocol::NatPmp && attempt->host != local) {
            attempt->unanswered.append(Text::tr("NAT-PMP forwards only to the computer that asks, not to %1; use "
                                                "\"method\": \"upnp\" or \"pcp\" for another host")
                                           .arg(attempt->host.toString()));
            tryProtocol(attempt);
            return;
        }
        sendAdd(attempt, router);
    });
}

void PortMapper::sendAdd(const std::shared_ptr<Attempt> &attempt, RouterClient *router)
{
    PortMappingRequest request;
    request.protocol = attempt->config.protocol;
    request.externalPort = attempt->config.externalPort;
    request.internalPort = attempt->config.internalPort;
    request.internalHost = attempt->host;
    request.description = attempt->config.description;
    request.leaseSeconds = attempt->permanentOnly && attempt->protocol == RouterProtocol::Upnp ? 0
                                                                                              : attempt->config.leaseSeconds;
    router->addPortMapping(request, this, [this, attempt](const PortMappingResult &result) { addAnswered(attempt, result); });
}

void PortMapper::addAnswered(const std::shared_ptr<Attempt> &attempt, const PortMappingResult &result)
{
    const qsizetype index = indexOf(attempt->id);
    if (index < 0) {
        // Dropped from the configuration while the router made it: undo it.
        if (result.ok) {
            if (RouterClient *router = client(attempt->protocol)) {
                router->deletePortMapping(attempt->config.protocol, result.externalPort ? result.externalPort : attempt->config.externalPort,
                                          attempt->config.internalPort, this, [](const PortMappingResult &) {});
            }
        }
        return;
    }
    if (!result.ok) {
        if (attempt->protocol == RouterProtocol::Pcp
            && (result.noAnswer || result.errorCode == kPcpUnsupportedVersion)) {
            pcpUnusable(attempt, result.error, result.noAnswer);
            return;
        }
        if (attempt->protocol == RouterProtocol::Upnp && result.errorCode == kUpnpOnlyPermanentLeases
            && !attempt->permanentTried) {
            // Some routers take no lease but a permanent one: ask for that
            // and keep asking at the configured lease, so a lost one returns.
            attempt->permanentTried = true;
            attempt->permanentOnly = true;
            m_mappings[index].permanentOnly = true;
            if (RouterClient *router = client(RouterProtocol::Upnp)) {
                sendAdd(attempt, router);
                return;
            }
        }
        // Positive codes are the router's own answer (UPnP error, NAT-PMP or
        // PCP result); zero or negative ones say it could not be asked.
        if (result.errorCode > 0) {
            // The router answered and said no: another protocol gets the same answer.
            const QString reason = result.error.isEmpty() ? Text::tr("the router refused (error %1)").arg(result.errorCode)
                                                          : result.error;
            attemptFailed(attempt, reason, result.errorCode, true);
            return;
        }
        attempt->unanswered.append(QStringLiteral("%1: %2").arg(routerProtocolTitle(attempt->protocol), result.error));
        if (attempt->protocol == RouterProtocol::NatPmp && result.noAnswer)
            skipSharedPort(attempt, RouterProtocol::NatPmp);
        tryProtocol(attempt);
        return;
    }

    const QDateTime now = m_clock.now();
    PortMappingStatus &mapping = m_mappings[index];
    const bool wasActive = mapping.state == PortMappingState::Active;
    mapping.state = PortMappingState::Active;
    mapping.method = attempt->protocol;
    mapping.host = attempt->host;
    mapping.externalPort = result.externalPort ? result.externalPort : attempt->config.externalPort;
    mapping.leaseSeconds = std::max(0, result.leaseSeconds);
    mapping.expiresAt = mapping.leaseSeconds > 0 ? now.addSecs(mapping.leaseSeconds) : QDateTime();
    mapping.externalAddress = attempt->externalAddress;
    mapping.errorCode = 0;
    mapping.failures = 0;
    mapping.permanentOnly = attempt->permanentOnly;
    mapping.error = mapping.externalPort != attempt->config.externalPort
                        ? Text::tr("the router forwards port %1 instead of %2, which is taken; from outside, use port %1")
                              .arg(mapping.externalPort)
                              .arg(attempt->config.externalPort)
                        : QString();
    // Renewed at half the lease; a permanent mapping is asked for again at
    // the configured lease, in case the router restarted and lost it.
    mapping.nextAttempt = now.addSecs(mapping.leaseSeconds > 0 ? std::max(1, mapping.leaseSeconds / 2)
                                                               : attempt->config.leaseSeconds);
    m_workingProtocol = attempt->protocol;
    Bookkeeping &book = m_books[index];
    book.busy = false;
    book.failureTold = false;
    if (!wasActive) {
        qCInfo(lcDaemon).noquote() << Text::tr("port mapping %1 %2 → %3:%4 made via %5")
                                          .arg(attempt->config.protocol.toUpper())
                                          .arg(mapping.externalPort)
                                          .arg(mapping.host.toString())
                                          .arg(attempt->config.internalPort)
                                          .arg(routerProtocolTitle(attempt->protocol));
    }
    if (m_stopping && m_config.removeMappingsOnExit) {
        ++m_removalsOut;
        remove(index, [this] {
            --m_removalsOut;
            finishStopIfIdle();
        });
    }
    answerRecorded(index);
}

void PortMapper::attemptFailed(const std::shared_ptr<Attempt> &attempt, const QString &reason, int code, bool refused)
{
    const qsizetype index = indexOf(attempt->id);
    if (index < 0)
        return;
    const QDateTime now = m_clock.now();
    PortMappingStatus &mapping = m_mappings[index];
    Bookkeeping &book = m_books[index];
    book.busy = false;
    ++mapping.failures;
    mapping.error = reason;
    mapping.errorCode = code;
    if (refused)
        mapping.method = attempt->protocol; // the one that said no
    if (!attempt->host.isNull())
        mapping.host = attempt->host;
    // A renewal the router did not answer: the mapping holds until its lease
    // ends, so try again sooner than for a new one.
    const bool stillHeld = mapping.state == PortMappingState::Active && !refused
                        && (!mapping.expiresAt.isValid() || now < mapping.expiresAt);
    if (stillHeld) {
        qint64 delay = retryDelaySeconds(mapping.failures);
        if (mapping.expiresAt.isValid())
            delay = std::min<qint64>(delay, std::max<qint64>(kMinimumRenewalRetrySeconds, now.secsTo(mapping.expiresAt) / 2));
        mapping.nextAttempt = now.addSecs(delay);
        qCWarning(lcDaemon).noquote() << Text::tr("port mapping %1 %2 not renewed yet: %3")
                                             .arg(mapping.config.protocol.toUpper())
                                             .arg(mapping.config.externalPort)
                                             .arg(reason);
    } else {
        mapping.state = PortMappingState::Failed;
        mapping.expiresAt = QDateTime();
        mapping.leaseSeconds = 0;
        mapping.nextAttempt = now.addSecs(retryDelaySeconds(mapping.failures));
        qCWarning(lcDaemon).noquote() << Text::tr("port mapping %1 %2 failed: %3")
                                             .arg(mapping.config.protocol.toUpper())
                                             .arg(mapping.config.externalPort)
                                             .arg(reason);
        if (!book.failureTold && !m_stopping) {
            book.failureTold = true;
            Q_EMIT mappingFailed(mapping);
        }
    }
    answerRecorded(index);
}

void PortMapper::answerRecorded(qsizetype index)
{
    if (m_stopping) {
        Q_EMIT changed();
        finishStopIfIdle();
        return;
    }
    Bookkeeping &book = m_books[index];
    if (book.again) {
        // The address changed while this was out: the answer may be stale.
        book.again = false;
        m_mappings[index].nextAttempt = m_clock.now();
    }
    Q_EMIT changed();
    arm();
}

void PortMapper::pcpUnusable(const std::shared_ptr<Attempt> &attempt, const QString &why, bool silent)
{
    attempt->unanswered.append(QStringLiteral("%1: %2").arg(routerProtocolTitle(RouterProtocol::Pcp), why));
    if (silent)
        skipSharedPort(attempt, RouterProtocol::Pcp);
    tryProtocol(attempt);
}

void PortMapper::skipSharedPort(const std::shared_ptr<Attempt> &attempt, RouterProtocol silent)
{
    // NAT-PMP and PCP listen on the same port of the same router: when one
    // got no answer at all, the other would only wait as long again.
    const RouterProtocol sibling = silent == RouterProtocol::Pcp ? RouterProtocol::NatPmp : RouterProtocol::Pcp;
    for (qsizetype i = attempt->next; i < attempt->order.size(); ++i) {
        if (attempt->order.at(i) == sibling) {
            attempt->order.removeAt(i);
            attempt->unanswered.append(sibling == RouterProtocol::NatPmp
                                           ? Text::tr("NAT-PMP: not asked, it shares port 5351 with PCP, which did "
                                                      "not answer")
                                           : Text::tr("PCP: not asked, it shares port 5351 with NAT-PMP, which did "
                                                      "not answer"));
            return;
        }
    }
}

void PortMapper::wanAddressSeen(const QHostAddress &address)
{
    const bool changedAddress = !m_wanAddress.isNull() && address != m_wanAddress;
    m_wanAddress = address;
    if (!changedAddress)
        return;
    qCInfo(lcDaemon).noquote() << Text::tr("the router's WAN address is now %1: asking for the port mappings again")
                                      .arg(address.toString());
    // The others are asked again; the one whose answer told this goes on.
    const QDateTime now = m_clock.now();
    for (qsizetype i = 0; i < m_mappings.size(); ++i) {
        if (!m_books[i].busy)
            m_mappings[i].nextAttempt = now;
    }
    if (m_started && !m_stopping)
        m_timer.start(0);
}

void PortMapper::remove(qsizetype index, std::function<void()> done)
{
    const PortMappingStatus &mapping = m_mappings[index];
    RouterClient *router = mapping.method ? client(*mapping.method) : nullptr;
    if (!router) {
        done();
        return;
    }
    const quint64 id = m_books[index].id;
    router->deletePortMapping(mapping.config.protocol, mapping.externalPort ? mapping.externalPort : mapping.config.externalPort,
                              mapping.config.internalPort, this, [this, id, done](const PortMappingResult &result) {
        if (const qsizetype at = indexOf(id); at >= 0) {
            PortMappingStatus &removed = m_mappings[at];
            if (result.ok) {
                removed.state = PortMappingState::Removed;
                removed.expiresAt = QDateTime();
                removed.leaseSeconds = 0;
                removed.nextAttempt = QDateTime();
                removed.error.clear();
                removed.errorCode = 0;
                qCInfo(lcDaemon).noquote() << Text::tr("port mapping %1 %2 removed from the router")
                                                  .arg(removed.config.protocol.toUpper())
                                                  .arg(removed.externalPort);
            } else {
                removed.error = Text::tr("could not be removed: %1").arg(result.error);
                removed.errorCode = result.errorCode;
                qCWarning(lcDaemon).noquote() << Text::tr("port mapping %1 %2 %3")
                                                     .arg(removed.config.protocol.toUpper())
                                                     .arg(removed.externalPort)
                                                     .arg(removed.error);
            }
            Q_EMIT changed();
        }
        done();
    });
}

void PortMapper::stop(std::function<void()> done)
{
    m_started = false;
    m_stopping = true;
    m_timer.stop();
    if (!m_config.removeMappingsOnExit) {
        // The router forgets them when their leases end.
        if (done)
            done();
        return;
    }
    m_stopDone = std::move(done);
    for (qsizetype i = 0; i < m_mappings.size(); ++i) {
        if (!m_books[i].busy && m_mappings[i].state == PortMappingState::Active) {
            ++m_removalsOut;
            remove(i, [this] {
                --m_removalsOut;
                finishStopIfIdle();
            });
        }
    }
    finishStopIfIdle();
}

void PortMapper::finishStopIfIdle()
{
    if (!m_stopDone || m_removalsOut > 0)
        return;
    for (const Bookkeeping &book : std::as_const(m_books)) {
        if (book.busy)
            return;
    }
    const auto done = std::move(m_stopDone);
    m_stopDone = {};
    done();
}

void PortMapper::setConfig(const RouterConfig &config)
{
    const bool methodChanged = config.method != m_config.method;
    QList<PortMappingStatus> mappings;
    QList<Bookkeeping> books;
    QList<bool> kept(m_mappings.size(), false);
    const QDateTime now = m_clock.now();
    for (const PortMappingConfig &wanted : config.portMappings) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < m_mappings.size(); ++i) {
            if (!kept[i] && sameMapping(m_mappings[i].config, wanted)) {
                found = i;
                break;
            }
        }
        if (found >= 0) {
            kept[found] = true;
            mappings.append(m_mappings[found]);
            books.append(m_books[found]);
            if (methodChanged)
                mappings.last().nextAttempt = now;
            continue;
        }
        PortMappingStatus status;
        status.config = wanted;
        status.nextAttempt = now;
        mappings.append(status);
        books.append(Bookkeeping{.id = m_nextId++, .busy = false, .again = false, .failureTold = false});
    }
    // Mappings no longer wanted leave the router too (one still being
    // requested is undone when its answer comes).
    for (qsizetype i = 0; i < m_mappings.size(); ++i) {
        if (!kept[i] && !m_books[i].busy && m_mappings[i].state == PortMappingState::Active)
            remove(i, [] {});
    }
    // A reload that leaves the mappings as they were tells no one.
    const bool sameSet = !methodChanged && mappings.size() == m_mappings.size() && !kept.contains(false);
    m_mappings = mappings;
    m_books = books;
    m_config = config;
    if (methodChanged)
        m_workingProtocol.reset();
    if (!sameSet)
        Q_EMIT changed();
    if (m_started && !m_stopping)
        m_timer.start(0);
}

} // namespace homing
