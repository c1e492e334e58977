#pragma once

#include <QJsonObject>
#include <QStringList>

namespace homing {

struct Config;
class StateStore;

// The status as homing-cli status --json prints it:
// {"ipv4": {"address", "sources": [...], "checked_at"}, "ipv6": {...},
//  "records": [{"name", "type", "account", "state", "value", "last_success", "last_error", ...}]}
QJsonObject buildStatus(const Config &config, const StateStore &state);
// The same, as lines for people (translated).
QStringList describeStatus(const QJsonObject &status);

} // namespace homing
