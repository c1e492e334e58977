#include "notify/Notifier.h"

#include "router/PortMapper.h"
#include "update/Updater.h"

#include <QCoreApplication>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::Notifier)
};

} // namespace

QList<Notification> notificationsFor(const RecordOutcome &outcome)
{
    QList<Notification> notifications;
    const RecordState &before = outcome.before;
    const RecordState &after = outcome.after;
    const QString record = QStringLiteral("%1 (%2)").arg(outcome.name, outcome.type);

    if (after.condition == RecordCondition::InSync && outcome.result && isSuccess(outcome.result->kind)) {
        const bool recovered = before.condition == RecordCondition::Failing || before.condition == RecordCondition::Blocked;
        if (before.confirmedValue != after.confirmedValue) {
            notifications.append({recovered ? Notification::Kind::RecordRecovered : Notification::Kind::RecordUpdated,
                                  outcome.key, Text::tr("%1 updated").arg(record),
                                  Text::tr("%1 now points to %2.").arg(outcome.name, after.confirmedValue)});
        } else if (recovered) {
            notifications.append({Notification::Kind::RecordRecovered, outcome.key, Text::tr("%1 works again").arg(record),
                                  Text::tr("%1 points to %2.").arg(outcome.name, after.confirmedValue)});
        }
    } else if (after.condition == RecordCondition::InSync && before.condition == RecordCondition::Failing) {
        notifications.append({Notification::Kind::RecordRecovered, outcome.key, Text::tr("%1 works again").arg(record),
                              Text::tr("%1 points to %2.").arg(outcome.name, after.confirmedValue)});
    }

    if (after.condition == RecordCondition::Blocked && before.condition != RecordCondition::Blocked) {
        notifications.append({Notification::Kind::RecordBlocked, outcome.key, Text::tr("%1 is blocked").arg(record),
                              after.lastError() + QLatin1Char(' ')
                                  + (after.lastResult ? resultKindAdvice(*after.lastResult) : QString())});
    } else if (after.condition == RecordCondition::Failing && before.condition != RecordCondition::Failing
               && after.lastResult != ResultKind::AddressNotPublic) {
        notifications.append({Notification::Kind::RecordFailing, outcome.key, Text::tr("%1 cannot be updated").arg(record),
                              after.lastError() + QLatin1Char(' ')
                                  + (after.lastResult ? resultKindAdvice(*after.lastResult) : QString())});
    }

    if (after.lastResult == ResultKind::AddressNotPublic && !after.lastRefusedValue.isEmpty()
        && after.lastRefusedValue != before.lastRefusedValue) {
        notifications.append({Notification::Kind::AddressNotPublic, outcome.key,
                              Text::tr("%1 not updated").arg(record),
                              after.lastError() + QLatin1Char(' ') + resultKindAdvice(ResultKind::AddressNotPublic)});
    }
    return notifications;
}

QList<Notification> notificationsForAddressChange(AddressFamily family, const QString &oldAddress,
                                                  const QString &newAddress)
{
    const QString label = family == AddressFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
    if (oldAddress.isEmpty())
        return {{Notification::Kind::AddressChanged, {}, Text::tr("%1 address detected").arg(label),
                 Text::tr("This network's %1 address is %2.").arg(label, newAddress)}};
    return {{Notification::Kind::AddressChanged, {}, Text::tr("%1 address changed").arg(label),
             Text::tr("This network's %1 address changed from %2 to %3.").arg(label, oldAddress, newAddress)}};
}

QList<Notification> notificationsForNat(const NatFinding &before, const NatFinding &after)
{
    if (before.detected == after.detected)
        return {};
    if (!after.detected) {
        return {{Notification::Kind::CarrierGradeNat, {}, Text::tr("No longer behind carrier-grade or double NAT"),
                 Text::tr("The router's address is public again: an A record can make this host reachable from "
                          "outside.")}};
    }
    const QString title = after.kind == NatFinding::Kind::CarrierGrade ? Text::tr("Behind carrier-grade NAT")
                                                                       : Text::tr("Behind double NAT");
    const QString what = after.publishing
                             ? Text::tr("Homing publishes the public address anyway, as configured.")
                             : Text::tr("Homing does not publish an IPv4 address that cannot work.");
    return {{Notification::Kind::CarrierGradeNat, {}, title, after.message() + QLatin1Char(' ') + what}};
}

QList<Notification> notificationsForVerification(const VerifyOutcome &outcome)
{
    if (!outcome.driftFound)
        return {};
    const QString what = Text::tr("%1 now points to %2, which Homing did not set.").arg(outcome.name, outcome.after.driftValue);
    return {{Notification::Kind::RecordDrifted, outcome.key, Text::tr("%1 (%2) was changed").arg(outcome.name, outcome.type),
             outcome.correcting ? what + QLatin1Char(' ') + Text::tr("Homing sets it back to %1.").arg(outcome.expected)
                                : what + QLatin1Char(' ')
                                      + Text::tr("Homing already set it back today and leaves it for now; check who "
                                                 "changed it.")}};
}

QList<Notification> notificationsForPortMapping(const PortMappingStatus &mapping)
{
    const QString port = QStringLiteral("%1 %2").arg(mapping.config.protocol.toUpper()).arg(mapping.config.externalPort);
    const QString target = mapping.host.isNull() ? QStringLiteral("%1").arg(mapping.config.internalPort)
                                                 : QStringLiteral("%1:%2").arg(mapping.host.toString()).arg(mapping.config.internalPort);
    QString body;
    if (mapping.errorCode > 0) {
        QString reason = mapping.error;
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        body = Text::tr("The router refused to forward port %1 to %2: %3.").arg(port, target, reason) + QLatin1Char(' ')
            + Text::tr("Pick another external port if another device uses it, allow the port in the router's UPnP "
                       "settings, or forward it by hand in the router. Homing keeps asking now and then.");
    } else {
        body = Text::tr("No router answered the request to forward port %1 to %2 (%3).").arg(port, target, mapping.error)
            + QLatin1Char(' ')
            + Text::tr("Turn on UPnP, NAT-PMP or PCP in the router, or forward the port by hand. Homing keeps asking "
                       "now and then.");
    }
    return {{Notification::Kind::PortMappingFailed, {}, Text::tr("Port %1 is not forwarded").arg(port), body}};
}

void Notifier::watch(PortMapper *portMapper)
{
    connect(portMapper, &PortMapper::mappingFailed, this, [this](const PortMappingStatus &mapping) {
        for (const auto &notification : notificationsForPortMapping(mapping))
            Q_EMIT notify(notification);
    });
}

Notifier::Notifier(Updater *updater, PropagationMonitor *propagation, QObject *parent)
    : QObject(parent)
{
    if (propagation) {
        connect(propagation, &PropagationMonitor::recordVerified, this, [this](const VerifyOutcome &outcome) {
            for (const auto &notification : notificationsForVerification(outcome))
                Q_EMIT notify(notification);
        });
    }
    connect(updater, &Updater::recordChanged, this, [this](const RecordOutcome &outcome) {
        for (const auto &notification : notificationsFor(outcome))
            Q_EMIT notify(notification);
    });
    connect(updater, &Updater::natChanged, this,
            [this](AddressFamily, const NatFinding &before, const NatFinding &after) {
        for (const auto &notification : notificationsForNat(before, after))
            Q_EMIT notify(notification);
    });
    connect(updater, &Updater::addressChanged, this,
            [this](AddressFamily family, const QString &oldAddress, const QString &newAddress) {
        for (const auto &notification : notificationsForAddressChange(family, oldAddress, newAddress))
            Q_EMIT notify(notification);
    });
}

} // namespace homing
