#pragma once

#include <QWidget>

class QJsonObject;
class QTableView;

namespace homing::gui {

class PortMappingModel;

// The configured port mappings: protocol, external → host:internal, how,
// their state, when the lease ends, and the router's reason when refused.
class PortMappingsView : public QWidget
{
    Q_OBJECT

public:
    explicit PortMappingsView(QWidget *parent = nullptr);

    void setStatus(const QJsonObject &status);
    PortMappingModel *model() const { return m_model; }

private:
    PortMappingModel *m_model;
    QTableView *m_table;
};

} // namespace homing::gui
