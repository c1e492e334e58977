#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace homing::gui {

// Carrier-grade or double NAT, as the status reports it ("cgnat"): this
// host's IPv4 is shared, so an A record cannot make it reachable.
struct CgnatNotice {
    bool doubleNat = false; // "double_nat": a second router of the user's own; else the provider's
    QString routerAddress;  // the router's WAN address (100.64.x.x, a private one), may be empty
    QString publicAddress;  // what the echo services see, may be empty
    QDateTime since;
    QString message;        // the core's words: what it means and what to do
    bool publishing = false; // the user insists: IPv4 is published anyway

    // Empty when the status reports none.
    static std::optional<CgnatNotice> fromStatus(const QJsonObject &status);
    // The window's banner: a headline, the core's message, the addresses and
    // whether IPv4 is published (rich text, translated).
    QString bannerText() const;
};

} // namespace homing::gui
