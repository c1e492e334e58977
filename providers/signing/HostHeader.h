#pragma once

#include <QByteArray>
#include <QUrl>

namespace homing::providers {

// The Host header of a request to `url`, as a signed provider both signs and
// sends it (setting it explicitly, so that Qt writes no other): the ASCII
// (punycode) host in lower case, an IPv6 address in brackets, and the port
// only when it is not the scheme's default (an endpoint override on
// 127.0.0.1:8443 gives "127.0.0.1:8443", the official host no port).
QByteArray hostHeader(const QUrl &url);

} // namespace homing::providers
