#include "AddressCandidateModel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHostAddress>
#include <QJsonArray>

#include <algorithm>

namespace homing::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::gui::AddressCandidateModel)
};

QString familyLabel(const QString &key)
{
    return key == QLatin1String("ipv6") ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

// The order badges are shown in: the verdict first, then what rules an address out, then what it is.
const QStringList kBadgeOrder{
    QStringLiteral("chosen"),    QStringLiteral("dadfailed"), QStringLiteral("tentative"),      QStringLiteral("deprecated"),
    QStringLiteral("temporary"), QStringLiteral("link-local"), QStringLiteral("ula"),           QStringLiteral("static"),
    QStringLiteral("stable-privacy"), QStringLiteral("eui64"), QStringLiteral("dhcpv6"),
};

} // namespace

AddressCandidateModel::AddressCandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AddressCandidateModel::setStatus(const QJsonObject &status)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &key : {QStringLiteral("ipv4"), QStringLiteral("ipv6")}) {
        const QJsonObject family = status.value(key).toObject();
        if (family.value(QStringLiteral("enabled")).toBool(true))
            appendFamily(key, family);
    }
    endResetModel();
}

void AddressCandidateModel::setFamily(const QString &familyKey, const QJsonObject &family)
{
    beginResetModel();
    m_rows.clear();
    appendFamily(familyKey, family);
    endResetModel();
}

void AddressCandidateModel::appendFamily(const QString &familyKey, const QJsonObject &family)
{
    const QString accepted = family.value(QStringLiteral("address")).toString();
    for (const auto &value : family.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject source = value.toObject();
        const QString answer = source.value(QStringLiteral("address")).toString();
        m_rows.append({familyLabel(familyKey), source, {}, !answer.isEmpty() && answer == accepted});
        for (const auto &candidate : source.value(QStringLiteral("candidates")).toArray())
            m_rows.append({familyLabel(familyKey), source, candidate.toObject(), false});
    }
}

int AddressCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AddressCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList AddressCandidateModel::badgesOf(const QJsonObject &candidate)
{
    QStringList found;
    if (candidate.value(QStringLiteral("chosen")).toBool())
        found.append(QStringLiteral("chosen"));
    QStringList flags;
    for (const auto &flag : candidate.value(QStringLiteral("flags")).toArray())
        flags.append(flag.toString());
    for (const QString &flag : {QStringLiteral("temporary"), QStringLiteral("deprecated"), QStringLiteral("tentative"),
                               QStringLiteral("dadfailed"), QStringLiteral("stable-privacy")}) {
        if (flags.contains(flag))
            found.append(flag);
    }
    const QString suffix = candidate.value(QStringLiteral("suffix_kind")).toString();
    if (suffix == QLatin1String("eui64"))
        found.append(QStringLiteral("eui64"));
    else if (suffix == QLatin1String("static") || suffix == QLatin1String("dhcpv6") || suffix == QLatin1String("temporary")
             || suffix == QLatin1String("stable-privacy"))
        found.append(suffix);
    const QHostAddress address(candidate.value(QStringLiteral("address")).toString());
    if (address.isLinkLocal())
        found.append(QStringLiteral("link-local"));
    else if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isInSubnet(QHostAddress(QStringLiteral("fc00::")), 7))
        found.append(QStringLiteral("ula"));
    found.removeDuplicates();
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return kBadgeOrder.indexOf(a) < kBadgeOrder.indexOf(b); });
    return found;
}

QString AddressCandidateModel::badgeWords(const QString &badge)
{
    if (badge == QLatin1String("chosen"))
        return Text::tr("chosen");
    if (badge == QLatin1String("temporary"))
        return Text::tr("temporary");
    if (badge == QLatin1String("deprecated"))
        return Text::tr("deprecated");
    if (badge == QLatin1String("tentative"))
        return Text::tr("tentative");
    if (badge == QLatin1String("dadfailed"))
        return Text::tr("DAD failed");
    if (badge == QLatin1String("ula"))
        return Text::tr("ULA");
    if (badge == QLatin1String("link-local"))
        return Text::tr("link-local");
    if (badge == QLatin1String("static"))
        return Text::tr("static");
    if (badge == QLatin1String("stable-privacy"))
        return Text::tr("stable-privacy");
    if (badge == QLatin1String("eui64"))
        return Text::tr("EUI-64");
    if (badge == QLatin1String("dhcpv6"))
        return Text::tr("DHCPv6");
    return badge;
}

QString AddressCandidateModel::badgeHelp(const QString &badge)
{
    if (badge == QLatin1String("chosen"))
        return Text::tr("The address this source gives for the records.");
    if (badge == QLatin1String("temporary"))
        return Text::tr("A privacy address: it changes every day or so, so a record pointing at it soon goes stale.");
    if (badge == QLatin1String("deprecated"))
        return Text::tr("Its preferred lifetime has run out (often the previous prefix): it is about to go away.");
    if (badge == QLatin1String("tentative"))
        return Text::tr("Duplicate address detection has not finished: the address cannot be used yet.");
    if (badge == QLatin1String("dadfailed"))
        return Text::tr("Another device on the link uses this address: the system does not use it.");
    if (badge == QLatin1String("ula"))
        return Text::tr("A unique local address (fc00::/7): reachable only inside this network.");
    if (badge == QLatin1String("link-local"))
        return Text::tr("Valid only on this link: never reachable from elsewhere.");
    if (badge == QLatin1String("static"))
        return Text::tr("Configured by hand or permanent: it stays as it is.");
    if (badge == QLatin1String("stable-privacy"))
        return Text::tr("A stable interface identifier (RFC 7217): the same on this network until the prefix changes.");
    if (badge == QLatin1String("eui64"))
        return Text::tr("An interface identifier made from the MAC address: stable, and it identifies the device.");
    if (badge == QLatin1String("dhcpv6"))
        return Text::tr("Leased by a DHCPv6 server.");
    return {};
}

bool AddressCandidateModel::isWarning(const QString &badge)
{
    return badge == QLatin1String("temporary") || badge == QLatin1String("deprecated") || badge == QLatin1String("tentative")
        || badge == QLatin1String("dadfailed") || badge == QLatin1String("ula") || badge == QLatin1String("link-local");
}

QString AddressCandidateModel::lifetimeWords(const QJsonValue &value)
{
    if (!value.isDouble() || value.toDouble() < 0)
        return Text::tr("forever");
    const qint64 seconds = qint64(value.toDouble());
    if (seconds == 0)
        return Text::tr("expired");
    const qint64 days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;
    if (days > 0)
        return Text::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return Text::tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return Text::tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    return Text::tr("%1 s").arg(seconds);
}

QVariant AddressCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool isSource = row.candidate.isEmpty();
    if (role == IsSourceRole)
        return isSource;
    if (role == ChosenRole)
        return isSource ? row.familyAccepted : row.candidate.value(QStringLiteral("chosen")).toBool();

    if (isSource) {
        const QString answer = row.source.value(QStringLiteral("address")).toString();
        const QString error = row.source.value(QStringLiteral("error")).toString();
        const bool wanNotPublic = row.source.value(QStringLiteral("wan_not_public")).toBool();
        if (role == BadgesRole) {
            QStringList badges;
            if (row.familyAccepted)
                badges.append(QStringLiteral("chosen"));
            return badges;
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ForegroundRole && index.column() == Reason && !error.isEmpty())
            return QBrush(QColor(0xb0, 0x2a, 0x1e));
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case Source:
                return QStringLiteral("%1 · %2").arg(row.family, row.source.value(QStringLiteral("source")).toString());
            case Address:
                return answer.isEmpty() ? QStringLiteral("—") : answer;
            case Badges:
                return row.familyAccepted ? badgeWords(QStringLiteral("chosen")) : QString();
            case Reason:
                if (!error.isEmpty())
                    return error;
                if (wanNotPublic)
                    return Text::tr("The router's WAN address is not public: carrier-grade or double NAT.");
                if (answer.isEmpty())
                    return Text::tr("No answer");
                return row.familyAccepted ? Text::tr("Answered; this is the address the records get")
                                          : Text::tr("Answered; another address was accepted");
            default:
                return {};
            }
        }
        return {};
    }

    const QStringList badges = badgesOf(row.candidate);
    if (role == BadgesRole)
        return badges;
    if (role == Qt::FontRole && row.candidate.value(QStringLiteral("chosen")).toBool()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == Badges) {
        QStringList lines;
        for (const QString &badge : badges)
            lines.append(QStringLiteral("%1: %2").arg(badgeWords(badge), badgeHelp(badge)));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Source:
            return QStringLiteral("    %1").arg(row.candidate.value(QStringLiteral("interface")).toString());
        case Address: {
            const QString address = row.candidate.value(QStringLiteral("address")).toString();
            const int prefix = row.candidate.value(QStringLiteral("prefix_length")).toInt(-1);
            return prefix >= 0 ? QStringLiteral("%1/%2").arg(address).arg(prefix) : address;
        }
        case Badges: {
            QStringList words;
            for (const QString &badge : badges)
                words.append(badgeWords(badge));
            return words.join(QStringLiteral(" · "));
        }
        case Preferred:
            return lifetimeWords(row.candidate.value(QStringLiteral("preferred_lifetime")));
        case Valid:
            return lifetimeWords(row.candidate.value(QStringLiteral("valid_lifetime")));
        case Reason:
            return row.candidate.value(QStringLiteral("reason")).toString();
        default:
            return {};
        }
    }
    return {};
}

QVariant AddressCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Source:
        return Text::tr("Source / interface");
    case Address:
        return Text::tr("Address");
    case Badges:
        return Text::tr("Flags");
    case Preferred:
        return Text::tr("Preferred for");
    case Valid:
        return Text::tr("Valid for");
    case Reason:
        return Text::tr("Why");
    default:
        return {};
    }
}

} // namespace homing::gui
