#pragma once

#include <QAbstractSocket>
#include <QString>
#include <optional>

namespace homing {

enum class AddressFamily { IPv4, IPv6 };

// "ipv4"/"ipv6": the keys used in config.json and JSON output.
QString addressFamilyKey(AddressFamily family);
// "A"/"AAAA": the DNS record type that carries an address of this family.
QString recordTypeForFamily(AddressFamily family);
std::optional<AddressFamily> familyForRecordType(const QString &recordType);
QAbstractSocket::NetworkLayerProtocol socketProtocol(AddressFamily family);

} // namespace homing
