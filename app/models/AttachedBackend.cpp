#include "AttachedBackend.h"

#include "daemon/ControlChannel.h"
#include "daemon/ControlProtocol.h"

#include <QJsonArray>

namespace homing::gui {

AttachedBackend::AttachedBackend(ControlConnection *connection, QObject *parent)
    : UpdaterBackend(parent)
    , m_connection(connection)
{
    m_connection->setParent(this);
    connect(m_connection, &ControlConnection::eventReceived, this, &AttachedBackend::handleEvent);
    connect(m_connection, &ControlConnection::closed, this, &UpdaterBackend::detached);
    m_connection->request({{QStringLiteral("command"), QStringLiteral("subscribe")}}, {});
    m_connection->request({{QStringLiteral("command"), QStringLiteral("history")}}, [this](const auto &reply) {
        if (!reply)
            return;
        QList<HistoryEntry> entries;
        for (const auto &value : reply->value(QStringLiteral("entries")).toArray())
            entries.append(HistoryEntry::fromJson(value.toObject()));
        // Entries pushed while this answer was on its way are already in it.
        m_history = entries;
        Q_EMIT historyReset();
    });
    refreshStatus();
}

void AttachedBackend::updateNow(const QString &recordKey)
{
    QJsonObject request{{QStringLiteral("command"), QStringLiteral("update")}};
    if (!recordKey.isEmpty()) {
        request.insert(QStringLiteral("key"), recordKey);
        request.insert(QStringLiteral("force"), true);
    }
    m_connection->request(request, {});
}

void AttachedBackend::reload()
{
    m_connection->request({{QStringLiteral("command"), QStringLiteral("reload")}}, {});
}

void AttachedBackend::handleEvent(const QJsonObject &event)
{
    const QString name = event.value(QStringLiteral("event")).toString();
    if (name == QLatin1String("history")) {
        const HistoryEntry entry = HistoryEntry::fromJson(event.value(QStringLiteral("entry")).toObject());
        m_history.append(entry);
        Q_EMIT historyAppended(entry);
        return;
    }
    // The notifications are worked out here, in this app's language, by
    // the same core rules the daemon follows.
    if (name == QLatin1String("record")) {
        if (const auto outcome = control::outcomeFromJson(event.value(QStringLiteral("outcome")).toObject())) {
            for (const auto &notification : notificationsFor(*outcome))
                Q_EMIT notify(notification);
        }
    } else if (name == QLatin1String("address")) {
        const AddressFamily family = event.value(QStringLiteral("family")).toString() == QLatin1String("ipv6")
            ? AddressFamily::IPv6
            : AddressFamily::IPv4;
        for (const auto &notification : notificationsForAddressChange(family, event.value(QStringLiteral("old")).toString(),
                                                                      event.value(QStringLiteral("new")).toString()))
            Q_EMIT notify(notification);
    }
    statusMayHaveChanged();
}

void AttachedBackend::refreshStatus()
{
    m_connection->request({{QStringLiteral("command"), QStringLiteral("status")}}, [this](const auto &reply) {
        if (!reply || !reply->value(QStringLiteral("ok")).toBool())
            return;
        m_status = reply->value(QStringLiteral("status")).toObject();
        Q_EMIT statusChanged();
    });
}

} // namespace homing::gui
