#pragma once

#include "storage/HistoryStore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace homing::gui {

// The history, newest first, for the window's history table.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Record, Result, Old, New, Details, ColumnCount };
    enum Role { RecordKeyRole = Qt::UserRole + 1, OutcomeRole };
    enum class Outcome { Success, Failure, AddressChange };

    using QAbstractTableModel::QAbstractTableModel;

    // `entries` oldest first, as HistoryStore keeps them.
    void setEntries(const QList<HistoryEntry> &entries);
    // A new entry at the top; the oldest roll off past `keep`.
    void prepend(const HistoryEntry &entry, int keep);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static Outcome outcomeOf(const HistoryEntry &entry);
    // "name type" of a record's entry; empty for a change of address.
    static QString recordLabel(const HistoryEntry &entry);

private:
    QList<HistoryEntry> m_entries; // newest first
};

// What the user narrowed the history to: one record (or the address
// changes), successes or failures, and words anywhere in a row.
class HistoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Results { All, Successes, Failures };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    // A record label (HistoryModel::recordLabel), kAddressChanges, or empty for all.
    void setRecord(const QString &label);
    void setResults(Results results);
    void setSearchText(const QString &text);

    static const QString kAddressChanges;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_record;
    Results m_results = Results::All;
    QString m_search;
};

// The rows `model` shows, as CSV (RFC 4180, UTF-8, a header row), from each
// cell's EditRole (times in ISO 8601 UTC). A field
// that a spreadsheet would run as a formula (=, +, -, @ first) is written
// with a leading apostrophe: provider text is not to run on the user's desk.
QByteArray toCsv(const QAbstractItemModel &model);

} // namespace homing::gui
