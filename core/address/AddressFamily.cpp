#include "address/AddressFamily.h"

namespace homing {

QString addressFamilyKey(AddressFamily family)
{
    return family == AddressFamily::IPv4 ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
}

QString recordTypeForFamily(AddressFamily family)
{
    return family == AddressFamily::IPv4 ? QStringLiteral("A") : QStringLiteral("AAAA");
}

std::optional<AddressFamily> familyForRecordType(const QString &recordType)
{
    if (recordType == QLatin1String("A"))
        return AddressFamily::IPv4;
    if (recordType == QLatin1String("AAAA"))
        return AddressFamily::IPv6;
    return std::nullopt;
}

QAbstractSocket::NetworkLayerProtocol socketProtocol(AddressFamily family)
{
    return family == AddressFamily::IPv4 ? QAbstractSocket::IPv4Protocol
                                         : QAbstractSocket::IPv6Protocol;
}

} // namespace homing
