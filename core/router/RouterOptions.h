#pragma once

#include "router/RouterClient.h"

#include <QHostAddress>
#include <QString>

namespace homing {

// What a router source's spec says: which protocol and how to talk to the
// router. "upnp", "natpmp?gateway=192.168.1.1", "pcp?timeout_ms=1500".
struct RouterOptions {
    static constexpr int kDefaultTimeoutMs = 2000;
    static constexpr int kMinTimeoutMs = 100;
    static constexpr int kMaxTimeoutMs = 10000;

    RouterProtocol protocol = RouterProtocol::Upnp;
    // How long to wait for the router: UPnP discovery, the NAT-PMP/PCP
    // retries (RFC 6886's 250 ms doubling schedule, cut off here).
    int timeoutMs = kDefaultTimeoutMs;
    // NAT-PMP and PCP: the router to ask; null: the default gateway.
    QHostAddress gateway;

    // Parses `spec`; the empty string when it is valid, otherwise what is
    // wrong in plain words (and `options` is left unspecified).
    static QString parse(const QString &spec, RouterOptions *options);
    // Whether `spec` names a router source at all ("upnp", "natpmp", "pcp",
    // with or without options), valid or not.
    static bool isRouterSpec(const QString &spec);
    // One client per distinct key is kept, so its cached discovery is shared.
    QString key() const;
};

QString routerProtocolName(RouterProtocol protocol); // "upnp", "natpmp", "pcp"
QString routerProtocolTitle(RouterProtocol protocol); // "UPnP", "NAT-PMP", "PCP"

} // namespace homing
