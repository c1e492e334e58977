#include "ProviderListModel.h"

#include <algorithm>

namespace homing::gui {

ProviderListModel::ProviderListModel(const ProviderRegistry &providers, QObject *parent)
    : QAbstractListModel(parent)
{
    for (const auto &descriptor : providers.all())
        m_providers.append(&descriptor);
    std::stable_sort(m_providers.begin(), m_providers.end(), [](const ProviderDescriptor *a, const ProviderDescriptor *b) {
        if (a->category != b->category)
            return a->category < b->category;
        return a->translatedName().compare(b->translatedName(), Qt::CaseInsensitive) < 0;
    });
}

int ProviderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

QString ProviderListModel::categoryName(ProviderCategory category)
{
    switch (category) {
    case ProviderCategory::DdnsService:
        return tr("DDNS services");
    case ProviderCategory::CloudDns:
        return tr("Cloud DNS");
    case ProviderCategory::SelfHosted:
        return tr("Self-hosted");
    case ProviderCategory::Custom:
        return tr("Custom");
    }
    return {};
}

QVariant ProviderListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_providers.size())
        return {};
    const ProviderDescriptor &provider = *m_providers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return provider.translatedName();
    case IdRole:
        return provider.id;
    case CategoryRole:
        return int(provider.category);
    case CategoryNameRole:
        return categoryName(provider.category);
    default:
        return {};
    }
}

void ProviderSearch::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ProviderSearch::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(ProviderListModel::IdRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(ProviderListModel::CategoryNameRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace homing::gui
