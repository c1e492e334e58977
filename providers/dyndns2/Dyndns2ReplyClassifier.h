#pragma once

#include "result/UpdateResult.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

namespace homing::providers {

// The one classifier for the dyndns2 protocol family (Dyn, No-IP, Dynu,
// Oray, and the many servers that copy /nic/update).
//
// `body` is the reply text: one line per host in request order, except that
// account-wide errors come once for all hosts. Returns one result per host.
QList<UpdateResult> classifyDyndns2Reply(int httpStatus, const QByteArray &body, int hostCount,
                                         const QHostAddress &sent);

// One line: "good 192.0.2.1", "nochg", "badauth", "911", ...
UpdateResult classifyDyndns2Line(const QString &line, const QHostAddress &sent);

} // namespace homing::providers
