#pragma once

#include "net/HttpClient.h"

#include <QByteArray>
#include <QString>

namespace homing {

// The transport an account or the address detection is configured with:
// the timeout, extra trust from a CA file (read, and checked, now) and the
// proxy as config.json writes it ("none", empty for the system's, or
// "http://host:port" / "socks5://host:port").
TransportOptions transportOptionsFor(const QByteArray &userAgent, int timeoutSeconds, const QString &caFile,
                                     const QString &proxy);

} // namespace homing
