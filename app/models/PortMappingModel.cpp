#include "PortMappingModel.h"

#include "AddressCandidateModel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

#include <algorithm>

namespace homing::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::gui::PortMappingModel)
};

} // namespace

PortMappingModel::PortMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PortMappingModel::setStatus(const QJsonObject &status, const QDateTime &now)
{
    beginResetModel();
    m_mappings = status.value(QStringLiteral("port_mappings")).toArray();
    m_now = now;
    endResetModel();
}

int PortMappingModel::failedCount() const
{
    return int(std::count_if(m_mappings.begin(), m_mappings.end(), [](const QJsonValue &mapping) {
        return mapping.toObject().value(QStringLiteral("state")).toString() == QLatin1String("failed");
    }));
}

int PortMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mappings.size());
}

int PortMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortMappingModel::stateWords(const QString &stateKey)
{
    if (stateKey == QLatin1String("active"))
        return Text::tr("Active");
    if (stateKey == QLatin1String("pending"))
        return Text::tr("Requesting");
    if (stateKey == QLatin1String("failed"))
        return Text::tr("Refused");
    if (stateKey == QLatin1String("removed"))
        return Text::tr("Removed");
    return stateKey;
}

QString PortMappingModel::methodWords(const QJsonValue &method)
{
    const QString key = method.toString();
    if (key == QLatin1String("upnp"))
        return QStringLiteral("UPnP IGD");
    if (key == QLatin1String("natpmp"))
        return QStringLiteral("NAT-PMP");
    if (key == QLatin1String("pcp"))
        return QStringLiteral("PCP");
    return QStringLiteral("—");
}

QVariant PortMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_mappings.size())
        return {};
    const QJsonObject mapping = m_mappings.at(index.row()).toObject();
    const QString state = mapping.value(QStringLiteral("state")).toString();
    if (role == StateKeyRole)
        return state;
    if (role == Qt::ForegroundRole && (index.column() == State || index.column() == Error) && state == QLatin1String("failed"))
        return QBrush(QColor(0xb0, 0x2a, 0x1e));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Protocol:
        return mapping.value(QStringLiteral("protocol")).toString().toUpper();
    case Mapping: {
        const QString externalAddress = mapping.value(QStringLiteral("external_address")).toString();
        const QString external = externalAddress.isEmpty()
            ? QString::number(mapping.value(QStringLiteral("external")).toInt())
            : QStringLiteral("%1:%2").arg(externalAddress).arg(mapping.value(QStringLiteral("external")).toInt());
        return QStringLiteral("%1 → %2:%3")
            .arg(external, mapping.value(QStringLiteral("host")).toString())
            .arg(mapping.value(QStringLiteral("internal")).toInt());
    }
    case Method:
        return methodWords(mapping.value(QStringLiteral("method")));
    case State:
        return stateWords(state);
    case ExpiresIn: {
        const QDateTime expires = QDateTime::fromString(mapping.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        if (state != QLatin1String("active"))
            return QStringLiteral("—");
        if (!expires.isValid())
            return Text::tr("never (permanent lease)");
        return AddressCandidateModel::lifetimeWords(double(std::max<qint64>(0, m_now.secsTo(expires))));
    }
    case Error: {
        const QString error = mapping.value(QStringLiteral("error")).toString();
        return error.isEmpty() ? QString() : error;
    }
    default:
        return {};
    }
}

QVariant PortMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Protocol:
        return Text::tr("Protocol");
    case Mapping:
        return Text::tr("External → host:internal");
    case Method:
        return Text::tr("Method");
    case State:
        return Text::tr("State");
    case ExpiresIn:
        return Text::tr("Expires in");
    case Error:
        return Text::tr("Router's reason");
    default:
        return {};
    }
}

} // namespace homing::gui
