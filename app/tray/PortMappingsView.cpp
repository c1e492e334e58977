#include "PortMappingsView.h"

#include "PortMappingModel.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QTableView>
#include <QVBoxLayout>

namespace homing::gui {

PortMappingsView::PortMappingsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PortMappingModel(this))
    , m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("portMappings"));
    m_table->setAccessibleName(tr("Port mappings"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void PortMappingsView::setStatus(const QJsonObject &status)
{
    m_model->setStatus(status);
}

} // namespace homing::gui
