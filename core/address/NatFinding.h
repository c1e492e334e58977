#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QJsonValue>
#include <QString>

namespace homing {

// This host sits behind a NAT it cannot see past: its provider's
// (carrier-grade NAT) or a second router (double NAT). Then an A record with
// the router's WAN address, or the public one, does not reach the host.
struct NatFinding {
    enum class Kind {
        CarrierGrade, // the router's WAN address is shared (100.64.0.0/10) or the router says it is not public
        DoubleNat,    // the router's WAN address is private, or not what the echo services see
    };

    bool detected = false;
    Kind kind = Kind::CarrierGrade;
    QHostAddress routerAddress; // the router's WAN address, when it gave one
    QHostAddress publicAddress; // what the echo services agree on, when they were asked
    QDateTime since;            // when it was first detected
    bool publishing = false;    // the user insists (ip.ipv4.publish_behind_cgnat): the public address is published

    // Plain words: what it means and what to do.
    QString message() const;
    // "The address is not published: ..." for a detection's error.
    QString refusal() const;
};

QString natKindKey(NatFinding::Kind kind); // "carrier_grade", "double_nat"

// `null` or {"detected", "kind", "router_address", "public_address", "since", "message", "publishing"}:
// top-level "cgnat" in `status --json`, and kept in state.json with the family's detection.
QJsonValue natFindingToJson(const NatFinding &finding);
NatFinding natFindingFromJson(const QJsonValue &value);

} // namespace homing
