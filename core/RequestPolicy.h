#pragma once

#include "HttpMessage.h"

#include <QString>

namespace homing {

// Why Homing refuses to send `request`, or an empty string. A request that
// carries a credential goes over HTTPS only, unless its host is a loopback
// address or the account explicitly allows plain HTTP.
QString refusalReason(const HttpRequest &request, bool allowInsecureHttp);

bool isLoopbackHost(const QString &host);

} // namespace homing
