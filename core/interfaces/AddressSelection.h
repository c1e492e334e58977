#pragma once

#include "address/AddressFamily.h"
#include "address/IpSource.h"
#include "interfaces/InterfaceAddress.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace homing {

// How an address's interface identifier (its last 64 bits) came about.
enum class SuffixKind { Static, Eui64, StablePrivacy, Temporary, Dhcpv6, Other };

QString suffixKindName(SuffixKind kind); // "static", "eui64", "stable-privacy", "temporary", "dhcpv6", "other"
bool suffixKindFromName(const QString &name, SuffixKind *kind);

// The IID is ff:fe-stuffed and, when the interface's MAC is known, equals it
// with the universal/local bit flipped (modified EUI-64, RFC 4291 appendix A).
bool isEui64Address(const QHostAddress &address, const QByteArray &mac);
SuffixKind suffixKindOf(const InterfaceAddress &address);

// The rules that pick the address to publish from an interface. The
// defaults are the documented ones; an interface source overrides them
// from its spec's options.
struct SelectionRules {
    enum class Ula { Fallback, Never }; // Fallback: only when no global address is usable
    Ula ula = Ula::Fallback;
    bool allowTemporary = false;  // temporary privacy addresses change daily: never by default
    bool allowDeprecated = false; // a deprecated address belongs to a prefix being withdrawn
    QList<QPair<QHostAddress, int>> prefixes; // empty: any prefix
    QList<SuffixKind> suffixKinds;            // empty: any suffix kind
    // The interface this host's default route leaves by (InterfaceScan); its
    // addresses rank first, so a wildcard source does not take a VPN's or a
    // container bridge's address. Empty: no preference.
    QString outboundInterface;
};

struct SelectionOutcome {
    QList<AddressCandidate> candidates; // every address of the family, with chosen/skipped and why
    QHostAddress chosen;                // null when nothing is usable
};

// Ranks usable addresses: global before ULA; those on the outbound interface
// (when the rules name one) before those on others; permanent (static) first, then
// stable suffixes (EUI-64, stable-privacy), then the longest preferred
// lifetime; the lower address breaks ties so the choice does not flap.
// Never usable: tentative, optimistic, dadfailed; by default neither
// temporary nor deprecated. IPv4 only when public.
SelectionOutcome selectAddress(const QList<InterfaceAddress> &addresses, AddressFamily family,
                               const SelectionRules &rules = {});

} // namespace homing
