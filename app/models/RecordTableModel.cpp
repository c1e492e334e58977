#include "RecordTableModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QIcon>
#include <QLocale>

namespace homing::gui {

namespace {

// The tray icon of a record's state (resources/icons/tray/).
QString stateIcon(const QString &state, bool paused)
{
    QString name = QStringLiteral("in-sync");
    if (paused)
        name = QStringLiteral("paused");
    else if (state == QLatin1String("failing"))
        name = QStringLiteral("failing");
    else if (state == QLatin1String("blocked"))
        name = QStringLiteral("blocked");
    else if (state == QLatin1String("pending"))
        name = QStringLiteral("updating");
    return QStringLiteral(":/icons/tray/%1.svg").arg(name);
}

QString localTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

void RecordTableModel::setStatus(const QJsonObject &status)
{
    const QJsonArray records = status.value(QStringLiteral("records")).toArray();
    if (records.size() == m_records.size()) {
        // The same rows: update in place, so selection and scrolling stay.
        m_records = records;
        if (!m_records.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_records = records;
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordTableModel::stateWords(const QString &stateKey, bool paused)
{
    if (paused)
        return tr("Paused");
    if (stateKey == QLatin1String("in_sync"))
        return tr("In sync");
    if (stateKey == QLatin1String("pending"))
        return tr("Waiting for update");
    if (stateKey == QLatin1String("failing"))
        return tr("Failing, will retry");
    if (stateKey == QLatin1String("blocked"))
        return tr("Blocked until you act");
    return stateKey;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const QJsonObject record = m_records.at(index.row()).toObject();
    const bool paused = record.value(QStringLiteral("paused")).toBool();
    const QString state = record.value(QStringLiteral("state")).toString();
    switch (role) {
    case KeyRole:
        return record.value(QStringLiteral("key")).toString();
    case StateKeyRole:
        return paused ? QStringLiteral("paused") : state;
    case PausedRole:
        return paused;
    case AccountRole:
        return record.value(QStringLiteral("account")).toString();
    case StateIconRole:
        return stateIcon(state, paused);
    case Qt::DecorationRole:
        // The state's icon beside its words: the tray's own pictures.
        if (index.column() == State)
            return QIcon(stateIcon(state, paused));
        break;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return record.value(QStringLiteral("name")).toString();
        case Type:
            return record.value(QStringLiteral("type")).toString();
        case Account:
            return QStringLiteral("%1 (%2)").arg(record.value(QStringLiteral("account")).toString(),
                                                 record.value(QStringLiteral("provider")).toString());
        case Value:
            return record.value(QStringLiteral("value")).toString();
        case State:
            return stateWords(state, paused);
        case LastSuccess:
            return localTime(record.value(QStringLiteral("last_success")));
        case NextAttempt:
            return localTime(record.value(QStringLiteral("next_attempt")));
        case LastError: {
            const QString error = record.value(QStringLiteral("last_error")).toString();
            const QString advice = record.value(QStringLiteral("advice")).toString();
            return advice.isEmpty() ? error : error + QLatin1Char(' ') + advice;
        }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Account:
        return tr("Account");
    case Value:
        return tr("Confirmed value");
    case State:
        return tr("State");
    case LastSuccess:
        return tr("Last success");
    case NextAttempt:
        return tr("Next attempt");
    case LastError:
        return tr("Last error");
    }
    return {};
}

} // namespace homing::gui
