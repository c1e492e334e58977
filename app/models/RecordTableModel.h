#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace homing::gui {

// The records of a status object, one row each, for the main window's table.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Account, Value, State, LastSuccess, NextAttempt, LastError, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, StateKeyRole, PausedRole, AccountRole, StateIconRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setStatus(const QJsonObject &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "in_sync" → "In sync", in the reader's language.
    static QString stateWords(const QString &stateKey, bool paused);

private:
    QJsonArray m_records;
};

} // namespace homing::gui
