#include "interfaces/InterfaceAddress.h"

#include <array>
#include <utility>

namespace homing {

QStringList interfaceAddressFlagNames(InterfaceAddressFlags flags)
{
    // The names `ip addr` prints where there is one.
    static const std::array<std::pair<InterfaceAddressFlag, const char *>, 19> names{{
        {InterfaceAddressFlag::Temporary, "temporary"},
        {InterfaceAddressFlag::Deprecated, "deprecated"},
        {InterfaceAddressFlag::Tentative, "tentative"},
        {InterfaceAddressFlag::DadFailed, "dadfailed"},
        {InterfaceAddressFlag::Permanent, "permanent"},
        {InterfaceAddressFlag::ManageTempAddr, "mngtmpaddr"},
        {InterfaceAddressFlag::StablePrivacy, "stable-privacy"},
        {InterfaceAddressFlag::NoDad, "nodad"},
        {InterfaceAddressFlag::Optimistic, "optimistic"},
        {InterfaceAddressFlag::Dhcp, "dhcp"},
        {InterfaceAddressFlag::Autoconf, "autoconf"},
        {InterfaceAddressFlag::Secured, "secured"},
        {InterfaceAddressFlag::NoPrefixRoute, "noprefixroute"},
        {InterfaceAddressFlag::Secondary, "secondary"},
        {InterfaceAddressFlag::SkipAsSource, "skipassource"},
        {InterfaceAddressFlag::DnsEligible, "dns-eligible"},
        {InterfaceAddressFlag::HomeAddress, "home"},
        {InterfaceAddressFlag::Anycast, "anycast"},
        {InterfaceAddressFlag::Detached, "detached"},
    }};
    QStringList result;
    for (const auto &[flag, name] : names) {
        if (flags.testFlag(flag))
            result.append(QLatin1String(name));
    }
    return result;
}

std::optional<qint64> interfaceAddressLifetime(quint32 seconds)
{
    constexpr quint32 kInfinite = 0xFFFFFFFFu;
    if (seconds == kInfinite)
        return std::nullopt;
    return qint64(seconds);
}

} // namespace homing
