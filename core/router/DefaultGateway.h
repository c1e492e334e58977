#pragma once

#include <QHostAddress>
#include <QString>

namespace homing {

// The IPv4 default gateway, where NAT-PMP and PCP (RFC 6887 §8.1: "the
// default router") send their requests. Read from the system by libnatpmp,
// which knows how on Linux, Windows and macOS, so no route table is parsed
// here. Null when there is none; then `libraryCode` is libnatpmp's reason
// (NATPMP_ERR_CANNOTGETGATEWAY, ...).
QHostAddress defaultIPv4Gateway(int *libraryCode = nullptr);

} // namespace homing
