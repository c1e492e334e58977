#include "CgnatNotice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace homing::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::gui::CgnatNotice)
};

} // namespace

std::optional<CgnatNotice> CgnatNotice::fromStatus(const QJsonObject &status)
{
    const QJsonObject object = status.value(QStringLiteral("cgnat")).toObject();
    if (object.isEmpty() || !object.value(QStringLiteral("detected")).toBool())
        return std::nullopt;
    CgnatNotice notice;
    notice.doubleNat = object.value(QStringLiteral("kind")).toString() == QLatin1String("double_nat");
    notice.routerAddress = object.value(QStringLiteral("router_address")).toString();
    notice.publicAddress = object.value(QStringLiteral("public_address")).toString();
    notice.since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    notice.message = object.value(QStringLiteral("message")).toString();
    notice.publishing = object.value(QStringLiteral("publishing")).toBool();
    return notice;
}

QString CgnatNotice::bannerText() const
{
    const QString headline = doubleNat ? Text::tr("This host is behind double NAT")
                                       : Text::tr("This host is behind carrier-grade NAT");
    QStringList facts;
    if (!routerAddress.isEmpty())
        facts.append(Text::tr("the router's WAN address is %1").arg(routerAddress));
    if (!publicAddress.isEmpty())
        facts.append(Text::tr("the echo services see %1").arg(publicAddress));
    if (since.isValid())
        facts.append(Text::tr("since %1").arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)));
    const QString publishingText = publishing
        ? Text::tr("IPv4 is published anyway, as you asked: the A records will not reach this host from outside.")
        : Text::tr("Homing does not publish the IPv4 address; IPv6 records are updated as usual.");
    QString text = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    if (!facts.isEmpty())
        text += QStringLiteral(" (%1)").arg(facts.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!message.isEmpty())
        text += QStringLiteral("<br>") + message.toHtmlEscaped();
    text += QStringLiteral("<br><i>%1</i>").arg(publishingText.toHtmlEscaped());
    return text;
}

} // namespace homing::gui
