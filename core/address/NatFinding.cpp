#include "address/NatFinding.h"

#include "address/AddressClassifier.h"
#include "storage/JsonText.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::NatFinding)
};

QJsonValue addressOrNull(const QHostAddress &address)
{
    return address.isNull() ? QJsonValue() : QJsonValue(address.toString());
}

} // namespace

QString natKindKey(NatFinding::Kind kind)
{
    return kind == NatFinding::Kind::CarrierGrade ? QStringLiteral("carrier_grade") : QStringLiteral("double_nat");
}

QString NatFinding::message() const
{
    if (kind == Kind::CarrierGrade) {
        return Text::tr("Your provider shares one public IPv4 among many customers (carrier-grade NAT): an A record "
                        "will not make this host reachable from outside; use IPv6, ask your provider for a public "
                        "address, or use a tunnel such as frp.");
    }
    const bool routerPrivate = classifyAddress(routerAddress).scope == AddressScope::Private;
    if (!routerPrivate && !routerAddress.isNull() && !publicAddress.isNull() && routerAddress != publicAddress) {
        return Text::tr("This host is behind two NATs (double NAT): the router's WAN address %1 is not the public "
                        "address %2 the echo services see, so an A record will not make this host reachable from "
                        "outside; put the first router in bridge mode or forward the ports through both routers, use "
                        "IPv6, or use a tunnel such as frp.")
            .arg(routerAddress.toString(), publicAddress.toString());
    }
    return Text::tr("This host is behind two NATs (double NAT): the router's WAN address %1 is a private address, so "
                    "another router (yours or your provider's) stands between it and the Internet, and an A record will "
                    "not make this host reachable from outside; put the first router in bridge mode or forward the "
                    "ports through both routers, use IPv6, or use a tunnel such as frp.")
        .arg(routerAddress.toString());
}

QString NatFinding::refusal() const
{
    return Text::tr("the address is not published: %1 To publish the public address anyway, set "
                    "\"publish_behind_cgnat\": true in ip.ipv4.")
        .arg(message());
}

QJsonValue natFindingToJson(const NatFinding &finding)
{
    if (!finding.detected)
        return QJsonValue();
    return QJsonObject{
        {QStringLiteral("detected"), true},
        {QStringLiteral("kind"), natKindKey(finding.kind)},
        {QStringLiteral("router_address"), addressOrNull(finding.routerAddress)},
        {QStringLiteral("public_address"), addressOrNull(finding.publicAddress)},
        {QStringLiteral("since"), isoUtcOrNull(finding.since)},
        {QStringLiteral("message"), finding.message()},
        {QStringLiteral("publishing"), finding.publishing},
    };
}

NatFinding natFindingFromJson(const QJsonValue &value)
{
    NatFinding finding;
    const QJsonObject object = value.toObject();
    if (!object.value(QStringLiteral("detected")).toBool())
        return finding;
    finding.detected = true;
    finding.kind = object.value(QStringLiteral("kind")).toString() == QLatin1String("double_nat")
                       ? NatFinding::Kind::DoubleNat
                       : NatFinding::Kind::CarrierGrade;
    finding.routerAddress = QHostAddress(object.value(QStringLiteral("router_address")).toString());
    finding.publicAddress = QHostAddress(object.value(QStringLiteral("public_address")).toString());
    finding.since = fromIsoUtc(object.value(QStringLiteral("since")));
    finding.publishing = object.value(QStringLiteral("publishing")).toBool();
    return finding;
}

} // namespace homing
