#pragma once

#include <QJsonObject>
#include <QStringList>

namespace homing {

struct Config;
class StateStore;

// The status as homing-cli status --json prints it:
// {"ipv4": {"address", "sources": [...], "checked_at"}, "ipv6": {...},
//  "records": [{"name", "type", "account", "state", "value", "target", "lan_host", "last_success",
//               "last_error", ...}]}
// "value" is what the provider confirmed, "target" what Homing publishes now
// (for another LAN host: this host's prefix plus "lan_host": {"suffix",
// "prefix_length", "from_mac"}).
QJsonObject buildStatus(const Config &config, const StateStore &state);
// The same, as lines for people (translated).
QStringList describeStatus(const QJsonObject &status);

} // namespace homing
