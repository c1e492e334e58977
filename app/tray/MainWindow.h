#pragma once

#include "AccountRecordEditor.h"

#include <functional>

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace homing {
struct HistoryEntry;
}

namespace homing::gui {

class AccountRecordEditor;
class AddressesView;
class PortMappingsView;
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
    MainWindow(UpdaterBackend &backend, ConfigEditor &configEditor, AccountRecordEditor::Parts editorParts,
               QWidget *parent = nullptr);

    void refresh();
    // The first-run setup (also "Add account…"): a provider, an account and its first record.
    void startSetup();
    void addRecord();
    void editRecord(const QString &recordKey);
    void editAccount(const QString &accountId);
    void removeRecord(const QString &recordKey);
    void removeAccount(const QString &accountId);

Q_SIGNALS:
    // The setup saved; the app sets start at login as chosen.
    void setupFinished(bool startAtLogin);

private:
    QWidget *buildHistoryTab();
    void fillHistory();
    void prependHistory(const HistoryEntry &entry);
    void updateRecordFilter(const QJsonObject &status);
    void exportHistory();
    void showRecordMenu(const QPoint &position);
    void fillAccountsMenu();
    // Runs `start` on a new editor and shows it in a dialog titled `title`.
    void openEditor(const QString &title, const std::function<bool(AccountRecordEditor &, QString *)> &start);

    UpdaterBackend &m_backend;
    ConfigEditor &m_configEditor;
    AccountRecordEditor::Parts m_editorParts;
    QMenu *m_accountsMenu = nullptr;
    QPushButton *m_setupButton = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_addresses;
    QLabel *m_detection;
    QLabel *m_headline;
    QLabel *m_mode;
    QStackedWidget *m_records;
    QTableView *m_table;
    RecordTableModel *m_model;
    HistoryModel *m_historyModel;
    HistoryFilter *m_historyFilter;
    QTableView *m_history;
    QComboBox *m_recordFilter;
    QLabel *m_cgnatBanner;
    QTabWidget *m_tabs = nullptr;
    AddressesView *m_addressesView;
    PortMappingsView *m_portMappings;
};

} // namespace homing::gui
