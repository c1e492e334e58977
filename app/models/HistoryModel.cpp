#include "HistoryModel.h"

#include "result/ResultKind.h"

#include <QLocale>

namespace homing::gui {

const QString HistoryFilter::kAddressChanges = QStringLiteral("address");

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        m_entries.append(*it);
    endResetModel();
}

void HistoryModel::prepend(const HistoryEntry &entry, int keep)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    const int excess = int(m_entries.size()) - std::max(keep, 1);
    if (excess > 0) {
        beginRemoveRows({}, int(m_entries.size()) - excess, int(m_entries.size()) - 1);
        m_entries.resize(m_entries.size() - excess);
        endRemoveRows();
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

HistoryModel::Outcome HistoryModel::outcomeOf(const HistoryEntry &entry)
{
    if (entry.result == QLatin1String("address_changed"))
        return Outcome::AddressChange;
    // Propagation checks: served everywhere is good news; someone else's change is not.
    if (entry.result == QLatin1String("live"))
        return Outcome::Success;
    if (entry.result == QLatin1String("drift"))
        return Outcome::Failure;
    const auto kind = resultKindFromKey(entry.result);
    return kind && isSuccess(*kind) ? Outcome::Success : Outcome::Failure;
}

QString HistoryModel::recordLabel(const HistoryEntry &entry)
{
    return entry.record.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(entry.record, entry.type);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    if (role == RecordKeyRole)
        return entry.record.isEmpty() ? HistoryFilter::kAddressChanges : recordLabel(entry);
    if (role == OutcomeRole)
        return int(outcomeOf(entry));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Time:
        // Shown in the reader's time and format; exported exact (EditRole).
        return role == Qt::EditRole ? entry.time.toUTC().toString(Qt::ISODate)
                                    : QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case Record:
        return entry.record.isEmpty()
            ? tr("(address %1)").arg(entry.type == QLatin1String("AAAA") ? QStringLiteral("IPv6") : QStringLiteral("IPv4"))
            : recordLabel(entry);
    case Result: {
        // Plain words on screen; the stable key in an export.
        if (role == Qt::EditRole)
            return entry.result;
        if (entry.result == QLatin1String("address_changed"))
            return tr("Address changed");
        if (entry.result == QLatin1String("live"))
            return tr("Live");
        if (entry.result == QLatin1String("drift"))
            return tr("Changed by someone else");
        const auto kind = resultKindFromKey(entry.result);
        return kind ? resultKindSummary(*kind) : entry.result;
    }
    case Old:
        return entry.oldValue;
    case New:
        return entry.newValue;
    case Details:
        return entry.detail;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Record:
        return tr("Record");
    case Result:
        return tr("Result");
    case Old:
        return tr("Old");
    case New:
        return tr("New");
    case Details:
        return tr("Details");
    }
    return {};
}

void HistoryFilter::setRecord(const QString &label)
{
    m_record = label;
    invalidateFilter();
}

void HistoryFilter::setResults(Results results)
{
    m_results = results;
    invalidateFilter();
}

void HistoryFilter::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool HistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_record.isEmpty() && first.data(HistoryModel::RecordKeyRole).toString() != m_record)
        return false;
    const auto outcome = HistoryModel::Outcome(first.data(HistoryModel::OutcomeRole).toInt());
    if (m_results == Results::Successes && outcome != HistoryModel::Outcome::Success)
        return false;
    if (m_results == Results::Failures && outcome != HistoryModel::Outcome::Failure)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

namespace {

QByteArray csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

} // namespace

QByteArray toCsv(const QAbstractItemModel &model)
{
    QByteArray csv;
    const int columns = model.columnCount();
    QByteArrayList fields;
    for (int column = 0; column < columns; ++column)
        fields.append(csvField(model.headerData(column, Qt::Horizontal).toString()));
    csv += fields.join(',') + "\r\n";
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < columns; ++column)
            fields.append(csvField(model.index(row, column).data(Qt::EditRole).toString()));
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

} // namespace homing::gui
