#pragma once

#include "address/AddressFamily.h"
#include "address/NatFinding.h"
#include "propagation/PropagationMonitor.h"
#include "report/PassSummary.h"

#include <QList>
#include <QObject>
#include <QString>

namespace homing {

class PortMapper;
struct PortMappingStatus;
class Updater;

// Something worth telling the user. The core decides what is worth it; the
// tray app (or the daemon's log) decides how to show it.
struct Notification {
    enum class Kind {
        AddressChanged,
        RecordUpdated,
        RecordFailing,
        RecordRecovered,
        RecordBlocked,
        AddressNotPublic,
        RecordDrifted, // someone else changed the record
        CarrierGradeNat, // behind carrier-grade or double NAT: found, or gone
        PortMappingFailed, // the router refused a port mapping, or none answered
    };
    Kind kind;
    QString recordKey; // empty for address changes
    QString title;
    QString body;
};

// The notifications a record's change deserves: one when it is updated, one
// when it starts failing (not on every retry), one when it recovers, one
// when it becomes blocked, one per refused address.
QList<Notification> notificationsFor(const RecordOutcome &outcome);
// One when a check finds that someone else changed a record.
QList<Notification> notificationsForVerification(const VerifyOutcome &outcome);
QList<Notification> notificationsForAddressChange(AddressFamily family, const QString &oldAddress,
                                                  const QString &newAddress);
// One when carrier-grade or double NAT is first found, one when it is gone.
QList<Notification> notificationsForNat(const NatFinding &before, const NatFinding &after);
// One when a port mapping fails (the PortMapper tells once, not per retry).
QList<Notification> notificationsForPortMapping(const PortMappingStatus &mapping);

// Listens to an Updater and emits the notifications above.
class Notifier : public QObject
{
    Q_OBJECT

public:
    Notifier(Updater *updater, PropagationMonitor *propagation, QObject *parent = nullptr);

    // Also tells of port mappings that fail.
    void watch(PortMapper *portMapper);

Q_SIGNALS:
    void notify(const homing::Notification &notification);
};

} // namespace homing
