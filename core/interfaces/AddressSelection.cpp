#include "interfaces/AddressSelection.h"

#include "address/AddressClassifier.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::AddressSelection)
};

const char *const kSuffixKindNames[] = {"static", "eui64", "stable-privacy", "temporary", "dhcpv6", "other"};

// Rank classes, best first.
enum class RankClass { Permanent = 0, Stable = 1, Other = 2 };

struct Considered {
    const InterfaceAddress *address = nullptr;
    qsizetype candidate = -1; // index into the outcome's candidates
    bool ula = false;
    bool outbound = false; // on the interface of the default route
    RankClass rankClass = RankClass::Other;
};

qint64 lifetimeOrMax(const std::optional<qint64> &lifetime)
{
    return lifetime ? *lifetime : std::numeric_limits<qint64>::max();
}

RankClass rankClassOf(const InterfaceAddress &address, AddressFamily family)
{
    if (family == AddressFamily::IPv4) // a secondary IPv4 address is an alias: the primary first
        return address.flags.testFlag(InterfaceAddressFlag::Secondary) ? RankClass::Other : RankClass::Permanent;
    if (address.flags.testFlag(InterfaceAddressFlag::Permanent))
        return RankClass::Permanent;
    const SuffixKind kind = suffixKindOf(address);
    return kind == SuffixKind::Eui64 || kind == SuffixKind::StablePrivacy ? RankClass::Stable : RankClass::Other;
}

// Strict weak order: true when a ranks before b.
bool ranksBefore(const Considered &a, const Considered &b)
{
    if (a.outbound != b.outbound)
        return a.outbound;
    if (a.rankClass != b.rankClass)
        return a.rankClass < b.rankClass;
    const qint64 la = lifetimeOrMax(a.address->preferredLifetime);
    const qint64 lb = lifetimeOrMax(b.address->preferredLifetime);
    if (la != lb)
        return la > lb;
    // The lower address wins, so that the choice does not flap between scans.
    const Q_IPV6ADDR ia = a.address->address.toIPv6Address();
    const Q_IPV6ADDR ib = b.address->address.toIPv6Address();
    return std::lexicographical_compare(ia.c, ia.c + 16, ib.c, ib.c + 16);
}

QString chosenReason(const Considered &chosen, qsizetype poolSize)
{
    QString reason;
    if (poolSize == 1) {
        reason = Text::tr("chosen: the only usable address");
    } else {
        switch (chosen.rankClass) {
        case RankClass::Permanent:
            reason = chosen.address->address.protocol() == QAbstractSocket::IPv4Protocol
                ? Text::tr("chosen: the interface's primary address")
                : Text::tr("chosen: a static (permanent) address, which comes before addresses that come and go");
            break;
        case RankClass::Stable:
            reason = Text::tr("chosen: a stable address (%1), which comes before other automatic addresses")
                         .arg(suffixKindName(suffixKindOf(*chosen.address)));
            break;
        case RankClass::Other:
            reason = Text::tr("chosen: the usable address with the longest preferred lifetime");
            break;
        }
    }
    if (chosen.ula) {
        reason += QLatin1String("; ")
            + Text::tr("it is a unique local address (ULA), taken because no global address is usable: "
                       "it is published only for records that allow private addresses");
    }
    return reason;
}

QString outrankedReason(const Considered &loser, const Considered &winner)
{
    const QString name = winner.address->address.toString();
    if (winner.outbound && !loser.outbound) {
        return Text::tr("skipped: %1 is preferred: it is on %2, the interface this host's default route leaves by, "
                        "and this one is on %3")
            .arg(name, winner.address->interfaceName, loser.address->interfaceName);
    }
    if (winner.rankClass < loser.rankClass) {
        if (winner.rankClass == RankClass::Permanent) {
            return winner.address->address.protocol() == QAbstractSocket::IPv4Protocol
                ? Text::tr("skipped: %1 is preferred: the interface's primary address comes before a secondary one").arg(name)
                : Text::tr("skipped: %1 is preferred: a static (permanent) address comes first").arg(name);
        }
        return Text::tr("skipped: %1 is preferred: a stable address (EUI-64 or stable-privacy) comes before this one")
            .arg(name);
    }
    if (lifetimeOrMax(winner.address->preferredLifetime) != lifetimeOrMax(loser.address->preferredLifetime))
        return Text::tr("skipped: %1 is preferred: its preferred lifetime is longer").arg(name);
    return Text::tr("skipped: %1 is preferred: the two rank the same, and the lower address is taken so that "
                    "the choice does not change between checks")
        .arg(name);
}

QString prefixList(const QList<QPair<QHostAddress, int>> &prefixes)
{
    QStringList texts;
    for (const auto &prefix : prefixes)
        texts.append(QStringLiteral("%1/%2").arg(prefix.first.toString()).arg(prefix.second));
    return texts.join(QLatin1String(", "));
}

QString suffixList(const QList<SuffixKind> &kinds)
{
    QStringList texts;
    for (const SuffixKind kind : kinds)
        texts.append(suffixKindName(kind));
    return texts.join(QLatin1String(", "));
}

// Why an address can never be taken under these rules; empty if it can.
QString unusableReason(const InterfaceAddress &address, AddressFamily family, const SelectionRules &rules, bool *ula)
{
    *ula = false;
    const AddressClassification classification = classifyAddress(address.address);
    if (family == AddressFamily::IPv4) {
        if (!classification.isPublic()) {
            return Text::tr("skipped: not a public IPv4 address (%1); behind a router, an echo service or the "
                            "router source gives the public one")
                .arg(classification.description());
        }
    } else if (classification.scope == AddressScope::UniqueLocal) {
        *ula = true;
    } else if (!classification.isPublic()) {
        return Text::tr("skipped: not a global address (%1)").arg(classification.description());
    }
    const InterfaceAddressFlags flags = address.flags;
    if (flags.testFlag(InterfaceAddressFlag::DadFailed))
        return Text::tr("skipped: duplicate address detection failed: another host on the link uses this address");
    if (flags.testFlag(InterfaceAddressFlag::Tentative))
        return Text::tr("skipped: tentative: duplicate address detection is still running, so it cannot be used yet");
    if (flags.testFlag(InterfaceAddressFlag::Optimistic))
        return Text::tr("skipped: optimistic: duplicate address detection has not confirmed it yet");
    if (flags.testFlag(InterfaceAddressFlag::Detached))
        return Text::tr("skipped: detached: the system no longer sees a router for its prefix");
    if (family == AddressFamily::IPv6 && flags.testFlag(InterfaceAddressFlag::Temporary) && !rules.allowTemporary) {
        return Text::tr("skipped: a temporary privacy address, which the system replaces every day or so "
                        "(add temporary=allow to the source to take it anyway)");
    }
    const bool deprecated = flags.testFlag(InterfaceAddressFlag::Deprecated)
        || (address.preferredLifetime && *address.preferredLifetime == 0);
    if (deprecated && !rules.allowDeprecated) {
        return Text::tr("skipped: deprecated: its preferred lifetime is over, so its prefix is being withdrawn "
                        "(add deprecated=allow to the source to take it anyway)");
    }
    if (flags.testFlag(InterfaceAddressFlag::SkipAsSource))
        return Text::tr("skipped: the system does not use it as a source address (SkipAsSource)");
    if (!rules.prefixes.isEmpty()) {
        const bool inside = std::any_of(rules.prefixes.cbegin(), rules.prefixes.cend(), [&](const auto &prefix) {
            return address.address.isInSubnet(prefix.first, prefix.second);
        });
        if (!inside)
            return Text::tr("skipped: not in the prefix this source asks for (%1)").arg(prefixList(rules.prefixes));
    }
    if (!rules.suffixKinds.isEmpty()) {
        const SuffixKind kind = suffixKindOf(address);
        if (!rules.suffixKinds.contains(kind)) {
            return Text::tr("skipped: its suffix is %1, and this source takes only %2")
                .arg(suffixKindName(kind), suffixList(rules.suffixKinds));
        }
    }
    if (*ula && rules.ula == SelectionRules::Ula::Never)
        return Text::tr("skipped: a unique local address (ULA), and this source is set to ula=never");
    return {};
}

} // namespace

QString suffixKindName(SuffixKind kind)
{
    return QLatin1String(kSuffixKindNames[int(kind)]);
}

bool suffixKindFromName(const QString &name, SuffixKind *kind)
{
    for (int i = 0; i < int(std::size(kSuffixKindNames)); ++i) {
        if (name == QLatin1String(kSuffixKindNames[i])) {
            *kind = SuffixKind(i);
            return true;
        }
    }
    return false;
}

bool isEui64Address(const QHostAddress &address, const QByteArray &mac)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    if (bytes[11] != 0xff || bytes[12] != 0xfe)
        return false;
    if (mac.size() != 6) // without the MAC, the ff:fe stuffing is all there is to see
        return true;
    const auto m = [&mac](int i) { return quint8(mac.at(i)); };
    return bytes[8] == (m(0) ^ 0x02) && bytes[9] == m(1) && bytes[10] == m(2) && bytes[13] == m(3)
        && bytes[14] == m(4) && bytes[15] == m(5);
}

SuffixKind suffixKindOf(const InterfaceAddress &address)
{
    const InterfaceAddressFlags flags = address.flags;
    if (address.address.protocol() != QAbstractSocket::IPv6Protocol)
        return flags.testFlag(InterfaceAddressFlag::Permanent) ? SuffixKind::Static : SuffixKind::Other;
    if (flags.testFlag(InterfaceAddressFlag::Temporary))
        return SuffixKind::Temporary;
    if (flags.testFlag(InterfaceAddressFlag::Dhcp))
        return SuffixKind::Dhcpv6;
    if (isEui64Address(address.address, address.mac))
        return SuffixKind::Eui64;
    if (flags.testFlag(InterfaceAddressFlag::StablePrivacy) || flags.testFlag(InterfaceAddressFlag::Secured))
        return SuffixKind::StablePrivacy;
    if (flags.testFlag(InterfaceAddressFlag::Permanent))
        return SuffixKind::Static;
    const bool finite = address.validLifetime.has_value();
    // DHCPv6 (IA_NA): a /128 with finite lifetimes; nothing in the kernel says so (a heuristic).
    if (address.prefixLength == 128 && finite)
        return SuffixKind::Dhcpv6;
    // NetworkManager does SLAAC itself: a /64 with noprefixroute (and mngtmpaddr with privacy on),
    // no stable-privacy flag; not ff:fe-stuffed, so an RFC 7217 stable IID (its default).
    if (address.prefixLength == 64 && finite
        && (flags.testFlag(InterfaceAddressFlag::NoPrefixRoute) || flags.testFlag(InterfaceAddressFlag::ManageTempAddr)))
        return SuffixKind::StablePrivacy;
    return SuffixKind::Other;
}

SelectionOutcome selectAddress(const QList<InterfaceAddress> &addresses, AddressFamily family, const SelectionRules &rules)
{
    SelectionOutcome outcome;
    const auto protocol = socketProtocol(family);
    QList<Considered> global;
    QList<Considered> uniqueLocal;
    for (const auto &address : addresses) {
        if (address.address.protocol() != protocol)
            continue;
        AddressCandidate candidate;
        candidate.address = address.address;
        candidate.interfaceName = address.interfaceName;
        candidate.prefixLength = address.prefixLength;
        candidate.flags = interfaceAddressFlagNames(address.flags);
        candidate.suffixKind = suffixKindName(suffixKindOf(address));
        candidate.preferredLifetime = address.preferredLifetime.value_or(-1);
        candidate.validLifetime = address.validLifetime.value_or(-1);
        bool ula = false;
        candidate.reason = unusableReason(address, family, rules, &ula);
        outcome.candidates.append(candidate);
        if (!candidate.reason.isEmpty())
            continue;
        const bool outbound = !rules.outboundInterface.isEmpty() && address.interfaceName == rules.outboundInterface;
        const Considered considered{&address, outcome.candidates.size() - 1, ula, outbound, rankClassOf(address, family)};
        (ula ? uniqueLocal : global).append(considered);
    }
    if (!global.isEmpty()) {
        for (const auto &skipped : uniqueLocal) {
            outcome.candidates[skipped.candidate].reason =
                Text::tr("skipped: a unique local address (ULA), used only when no global address is usable");
        }
    }
    QList<Considered> &pool = global.isEmpty() ? uniqueLocal : global;
    if (pool.isEmpty())
        return outcome;
    std::stable_sort(pool.begin(), pool.end(), ranksBefore);
    const Considered &winner = pool.first();
    outcome.chosen = winner.address->address;
    outcome.candidates[winner.candidate].chosen = true;
    outcome.candidates[winner.candidate].reason = chosenReason(winner, pool.size());
    for (qsizetype i = 1; i < pool.size(); ++i)
        outcome.candidates[pool[i].candidate].reason = outrankedReason(pool[i], winner);
    return outcome;
}

} // namespace homing
