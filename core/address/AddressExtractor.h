#pragma once

#include "address/AddressFamily.h"

#include <QByteArray>
#include <QHostAddress>

namespace homing {

// Finds the first valid address of `family` in an echo service's body, whether
// plain text ("203.0.113.5\n"), JSON ({"ip":"203.0.113.5"}) or HTML
// ("Current IP Address: 203.0.113.5"). Returns a null address when none is found.
QHostAddress extractAddress(const QByteArray &body, AddressFamily family);

} // namespace homing
