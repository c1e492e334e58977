#pragma once

#include "propagation/PropagationMonitor.h"

#include <QJsonObject>
#include <QStringList>

namespace homing {

// What `homing-cli verify` prints and the control socket's "verify" answers:
// per record, whether every authoritative server serves the value Homing
// set, their answers, the resolvers' caches, and drift; "exit_code" 0 when
// every record checked is live.
QJsonObject verificationToJson(const QList<VerifyOutcome> &outcomes);
QStringList describeVerification(const QJsonObject &verification);

} // namespace homing
