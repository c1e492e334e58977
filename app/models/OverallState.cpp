#include "OverallState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QJsonArray>
#include <QStringList>

namespace homing::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::gui::OverallState)
};

QString familyText(const QJsonObject &status, const QString &key, const QString &label)
{
    const QJsonObject family = status.value(key).toObject();
    if (!family.value(QStringLiteral("enabled")).toBool())
        return {};
    if (family.value(QStringLiteral("address")).isString())
        return QStringLiteral("%1 %2").arg(label, family.value(QStringLiteral("address")).toString());
    if (family.value(QStringLiteral("checked_at")).isString())
        return Text::tr("no %1 address").arg(label);
    return Text::tr("%1 not checked yet").arg(label);
}

// How many of a family's sources gave the accepted address, and when they were asked.
void describeDetection(const QJsonObject &family, const QString &label, QStringList &lines, QStringList &details)
{
    if (!family.value(QStringLiteral("enabled")).toBool() || !family.value(QStringLiteral("checked_at")).isString())
        return;
    const QString accepted = family.value(QStringLiteral("address")).toString();
    const QJsonArray sources = family.value(QStringLiteral("sources")).toArray();
    int agreed = 0;
    for (const auto &value : sources) {
        const QJsonObject source = value.toObject();
        const QString address = source.value(QStringLiteral("address")).toString();
        if (!accepted.isEmpty() && address == accepted)
            ++agreed;
        details.append(QStringLiteral("%1 %2: %3").arg(label, source.value(QStringLiteral("source")).toString(),
                                                       address.isEmpty() ? source.value(QStringLiteral("error")).toString()
                                                                         : address));
    }
    const QDateTime checked = QDateTime::fromString(family.value(QStringLiteral("checked_at")).toString(), Qt::ISODate);
    const QString when = QLocale().toString(checked.toLocalTime(), QLocale::ShortFormat);
    if (sources.isEmpty())
        lines.append(Text::tr("%1: asked %2").arg(label, when));
    else
        lines.append(Text::tr("%1: %2 of %3 sources agreed, asked %4")
                         .arg(label)
                         .arg(agreed)
                         .arg(sources.size())
                         .arg(when));
}

} // namespace

OverallSummary summarise(const QJsonObject &status)
{
    OverallSummary summary;
    QStringList addresses, detection, details;
    for (const auto &[key, label] : {std::pair{QStringLiteral("ipv4"), QStringLiteral("IPv4")},
                                     std::pair{QStringLiteral("ipv6"), QStringLiteral("IPv6")}}) {
        if (const QString text = familyText(status, key, label); !text.isEmpty())
            addresses.append(text);
        describeDetection(status.value(key).toObject(), label, detection, details);
    }
    summary.addresses = addresses.join(QStringLiteral(" · "));
    summary.detection = detection.join(QStringLiteral(" · "));
    summary.detectionDetails = details.join(QLatin1Char('\n'));

    int active = 0, blocked = 0, failing = 0, pending = 0;
    QString firstBlockedError, firstFailingError;
    for (const auto &value : status.value(QStringLiteral("records")).toArray()) {
        const QJsonObject record = value.toObject();
        if (record.value(QStringLiteral("paused")).toBool())
            continue;
        ++active;
        const QString state = record.value(QStringLiteral("state")).toString();
        const QString error = record.value(QStringLiteral("last_error")).toString();
        if (state == QLatin1String("blocked")) {
            if (blocked++ == 0)
                firstBlockedError = error;
        } else if (state == QLatin1String("failing")) {
            if (failing++ == 0)
                firstFailingError = error;
        } else if (state == QLatin1String("pending")) {
            ++pending;
        }
    }
    // Detection ran and accepted no address of any family (carrier-grade
    // NAT, no network): nothing can be published.
    bool anyAddress = false, anyChecked = false;
    for (const QString &key : {QStringLiteral("ipv4"), QStringLiteral("ipv6")}) {
        const QJsonObject family = status.value(key).toObject();
        anyAddress = anyAddress || family.value(QStringLiteral("address")).isString();
        anyChecked = anyChecked || family.value(QStringLiteral("checked_at")).isString();
    }
    const bool noAddress = anyChecked && !anyAddress;

    if (status.value(QStringLiteral("running")).toBool()) {
        summary.state = OverallState::Updating;
        summary.headline = Text::tr("Checking the address and updating…");
    } else if (blocked > 0) {
        summary.state = OverallState::Blocked;
        summary.headline = Text::tr("%n record(s) blocked: %1", "", blocked).arg(firstBlockedError);
    } else if (failing > 0) {
        summary.state = OverallState::Failing;
        summary.headline = Text::tr("%n record(s) failing: %1", "", failing).arg(firstFailingError);
    } else if (noAddress) {
        summary.state = OverallState::NoAddress;
        summary.headline = Text::tr("No public address was found");
    } else if (status.value(QStringLiteral("paused")).toBool()) {
        summary.state = OverallState::Paused;
        summary.headline = Text::tr("Paused: nothing is updated until you resume");
    } else if (active == 0) {
        summary.state = OverallState::InSync;
        summary.headline = Text::tr("No records yet: watching the address");
    } else if (pending > 0) {
        summary.state = OverallState::InSync;
        summary.headline = Text::tr("%n record(s) waiting for the first update", "", pending);
    } else {
        summary.state = OverallState::InSync;
        summary.headline = Text::tr("All %n record(s) point here", "", active);
    }
    return summary;
}

QString iconName(OverallState state)
{
    switch (state) {
    case OverallState::Updating:
        return QStringLiteral("updating");
    case OverallState::Blocked:
        return QStringLiteral("blocked");
    case OverallState::Failing:
        return QStringLiteral("failing");
    case OverallState::NoAddress:
        return QStringLiteral("no-address");
    case OverallState::Paused:
        return QStringLiteral("paused");
    case OverallState::InSync:
        return QStringLiteral("in-sync");
    }
    return QStringLiteral("in-sync");
}

} // namespace homing::gui
