#pragma once

#include "provider/ProviderRegistry.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace homing::gui {

// The providers to choose from in the setup: grouped (DDNS services, cloud
// DNS, self-hosted, custom), by name within a group. A provider added later
// appears here by its descriptor alone.
class ProviderListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, CategoryRole, CategoryNameRole };

    explicit ProviderListModel(const ProviderRegistry &providers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    static QString categoryName(ProviderCategory category);

private:
    QList<const ProviderDescriptor *> m_providers;
};

// The providers whose name or id holds the words typed (any case).
class ProviderSearch : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace homing::gui
