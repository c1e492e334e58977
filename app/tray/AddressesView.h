#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableView;

namespace homing::gui {

class AddressCandidateModel;

// Every address source's answer per family and, for interface sources,
// each address they looked at with badges, lifetimes and why it was chosen
// or skipped. The main window's "Addresses" tab and the settings' rule
// preview both show it.
class AddressesView : public QWidget
{
    Q_OBJECT

public:
    explicit AddressesView(QWidget *parent = nullptr);

    void setStatus(const QJsonObject &status);
    void setFamily(const QString &familyKey, const QJsonObject &family);
    AddressCandidateModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void fitColumns();

    AddressCandidateModel *m_model;
    QTableView *m_table;
};

} // namespace homing::gui
