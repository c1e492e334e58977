#pragma once

#include <QByteArray>

namespace homing {

// "Homing/<version> (<os>)": providers such as No-IP and Dyn block clients
// that do not identify themselves.
QByteArray homingUserAgent();

} // namespace homing
