#pragma once

#include "net/HttpMessage.h"

#include <QString>

namespace homing {

// Why Homing refuses to send `request`, or an empty string. A request that
// carries a credential goes over HTTPS only, unless its host is a loopback
// address reached directly (`throughProxy` false: an account's own proxy
// would see it in the clear) or the account explicitly allows plain HTTP.
QString refusalReason(const HttpRequest &request, bool allowInsecureHttp, bool throughProxy = false);

bool isLoopbackHost(const QString &host);

} // namespace homing
