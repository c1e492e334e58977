#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace homing::gui {

// The configured port mappings of a status object ("port_mappings"): what
// the router was asked for, how, whether it holds, and the router's reason
// when it refused.
class PortMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Protocol, Mapping, Method, State, ExpiresIn, Error, ColumnCount };
    enum Role { StateKeyRole = Qt::UserRole + 1 };

    explicit PortMappingModel(QObject *parent = nullptr);

    // `now` says how long the leases have left (tests pass their own).
    void setStatus(const QJsonObject &status, const QDateTime &now = QDateTime::currentDateTimeUtc());
    int failedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateWords(const QString &stateKey);
    static QString methodWords(const QJsonValue &method);

private:
    QJsonArray m_mappings;
    QDateTime m_now;
};

} // namespace homing::gui
