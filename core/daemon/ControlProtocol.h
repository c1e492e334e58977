#pragma once

#include "address/AddressFamily.h"
#include "report/PassSummary.h"
#include "storage/HistoryStore.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace homing {

// The messages of the control socket, one JSON object per line.
//
// A request names a "command" and may carry an "id", which its reply
// repeats (so that a client may have several requests open). Commands:
// ping, status, update {force, record, key}, verify {record} (a propagation
// check now; drift it finds is set back as on schedule), history {limit},
// reload, subscribe, and, to the tray app only, show. After "subscribe" the
// server also sends events, objects with an "event" key and no "id":
// pass_started, pass_finished, record {outcome}, address {family, old, new},
// history {entry}, config.
//
// Version 1 (Homing 0.1) had ping, status and update and no "id"; those
// requests and replies are unchanged, so an older homing-cli still works.
namespace control {

inline constexpr int kProtocolVersion = 2;

// What holds the data directory: the `homing-cli run` daemon or the tray app.
enum class Role { Daemon, App };
QString roleKey(Role role);

QJsonObject outcomeToJson(const RecordOutcome &outcome);
std::optional<RecordOutcome> outcomeFromJson(const QJsonObject &object);

QJsonObject recordEvent(const RecordOutcome &outcome);
QJsonObject addressEvent(AddressFamily family, const QString &oldAddress, const QString &newAddress);
QJsonObject historyEvent(const HistoryEntry &entry);
QJsonObject simpleEvent(const QString &name);

} // namespace control

} // namespace homing
