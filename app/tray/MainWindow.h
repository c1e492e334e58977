#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace homing {
struct HistoryEntry;
}

namespace homing::gui {

class ConfigEditor;
class HistoryFilter;
class HistoryModel;
class RecordTableModel;
class UpdaterBackend;

// The window: the addresses and the state in plain words at the top, the
// records, and the history (newest first).
class MainWindow : public QWidget
{
    Q_OBJECT

public:
    MainWindow(UpdaterBackend &backend, ConfigEditor &configEditor, QWidget *parent = nullptr);

    void refresh();

private:
    QWidget *buildHistoryTab();
    void fillHistory();
    void prependHistory(const HistoryEntry &entry);
    void updateRecordFilter(const QJsonObject &status);
    void exportHistory();
    void showRecordMenu(const QPoint &position);

    UpdaterBackend &m_backend;
    ConfigEditor &m_configEditor;
    QLabel *m_addresses;
    QLabel *m_headline;
    QLabel *m_mode;
    QStackedWidget *m_records;
    QTableView *m_table;
    RecordTableModel *m_model;
    HistoryModel *m_historyModel;
    HistoryFilter *m_historyFilter;
    QTableView *m_history;
    QComboBox *m_recordFilter;
};

} // namespace homing::gui
