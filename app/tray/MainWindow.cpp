#include "MainWindow.h"

#include "AddressesView.h"
#include "CgnatNotice.h"
#include "ConfigEditor.h"
#include "PortMappingModel.h"
#include "PortMappingsView.h"
#include "HistoryModel.h"
#include "OverallState.h"
#include "RecordTableModel.h"
#include "UpdaterBackend.h"
#include "editor/EditorDialog.h"
#include "editor/SetupWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QToolButton>

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace homing::gui {

MainWindow::MainWindow(UpdaterBackend &backend, ConfigEditor &configEditor, AccountRecordEditor::Parts editorParts,
                       QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_configEditor(configEditor)
    , m_editorParts(std::move(editorParts))
    , m_addresses(new QLabel(this))
    , m_detection(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_mode(new QLabel(this))
    , m_records(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_model(new RecordTableModel(this))
    , m_historyModel(new HistoryModel(this))
    , m_historyFilter(new HistoryFilter(this))
    , m_history(new QTableView(this))
    , m_recordFilter(new QComboBox(this))
    , m_cgnatBanner(new QLabel(this))
    , m_addressesView(new AddressesView(this))
    , m_portMappings(new PortMappingsView(this))
{
    setWindowTitle(tr("Homing"));
    setObjectName(QStringLiteral("mainWindow"));
    QFont big = m_addresses->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_addresses->setFont(big);
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_addresses->setAccessibleName(tr("Current public addresses"));
    m_detection->setAccessibleName(tr("How the addresses were found"));
    m_detection->setForegroundRole(QPalette::PlaceholderText);
    m_headline->setAccessibleName(tr("State"));
    m_headline->setWordWrap(true);
    m_mode->setAccessibleName(tr("Who updates the records"));
    // Carrier-grade NAT: shown only while the status reports it.
    m_cgnatBanner->setObjectName(QStringLiteral("cgnatBanner"));
    m_cgnatBanner->setAccessibleName(tr("Carrier-grade NAT"));
    m_cgnatBanner->setWordWrap(true);
    m_cgnatBanner->setTextFormat(Qt::RichText);
    m_cgnatBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cgnatBanner->setMargin(8);
    m_cgnatBanner->setStyleSheet(QStringLiteral("QLabel#cgnatBanner { background: #fff4ce; color: #3d2e00; "
                                                "border: 1px solid #e0b100; border-radius: 4px; }"));
    m_cgnatBanner->hide();

    auto *update = new QPushButton(tr("&Update now"), this);
    update->setAccessibleName(tr("Update now"));
    connect(update, &QPushButton::clicked, this, [this] { m_backend.updateNow(); });
    auto *addRecordButton = new QPushButton(tr("&Add record…"), this);
    addRecordButton->setObjectName(QStringLiteral("addRecord"));
    connect(addRecordButton, &QPushButton::clicked, this, &MainWindow::addRecord);
    auto *accounts = new QPushButton(tr("A&ccounts"), this);
    accounts->setObjectName(QStringLiteral("accounts"));
    m_accountsMenu = new QMenu(accounts);
    accounts->setMenu(m_accountsMenu);
    connect(m_accountsMenu, &QMenu::aboutToShow, this, &MainWindow::fillAccountsMenu);
    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setObjectName(QStringLiteral("copyAddress"));
    copy->setAccessibleName(tr("Copy the addresses"));
    copy->setToolTip(tr("Copy the addresses"));
    connect(copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_addresses->text().replace(QStringLiteral(" · "), QStringLiteral("\n")));
    });

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("records"));
    m_table->setAccessibleName(tr("Records"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showRecordMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        editRecord(index.data(RecordTableModel::KeyRole).toString());
    });

    // Nothing to show yet: say what to do, with the button that does it.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyText = new QLabel(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_setupButton = new QPushButton(empty);
    m_setupButton->setObjectName(QStringLiteral("setupButton"));
    connect(m_setupButton, &QPushButton::clicked, this, &MainWindow::addRecord);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_setupButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_records->addWidget(m_table);
    m_records->addWidget(empty);


    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->setAccessibleName(tr("Records and history"));
    tabs->addTab(m_records, tr("&Records"));
    m_addressesView->setObjectName(QStringLiteral("addressesTab"));
    tabs->addTab(m_addressesView, tr("A&ddresses"));
    m_portMappings->setObjectName(QStringLiteral("portMappingsTab"));
    tabs->addTab(m_portMappings, tr("&Port mappings"));
    tabs->addTab(buildHistoryTab(), tr("&History"));

    auto *layout = new QVBoxLayout(this);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_addresses);
    addressRow->addWidget(copy);
    addressRow->addStretch(1);
    layout->addLayout(addressRow);
    layout->addWidget(m_detection);
    layout->addWidget(m_headline);
    layout->addWidget(m_mode);
    layout->addWidget(m_cgnatBanner);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(update);
    buttons->addWidget(addRecordButton);
    buttons->addWidget(accounts);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 1);
    // Wide enough for the records' columns, propagation included; never wider than the screen.
    QSize size(1280, 560);
    if (const QScreen *display = screen())
        size = size.boundedTo(display->availableSize() * 0.9);
    resize(size);

    connect(&backend, &UpdaterBackend::statusChanged, this, &MainWindow::refresh);
    connect(&backend, &UpdaterBackend::historyAppended, this, &MainWindow::prependHistory);
    connect(&backend, &UpdaterBackend::historyReset, this, &MainWindow::fillHistory);
    refresh();
    fillHistory();
}

// The actions on one record: update it now (sent even if in sync; for a
// blocked record, the retry the user decided on), and pause or resume it.
void MainWindow::showRecordMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const QString key = index.data(RecordTableModel::KeyRole).toString();
    const bool paused = index.data(RecordTableModel::PausedRole).toBool();
    const bool blocked = index.data(RecordTableModel::StateKeyRole).toString() == QLatin1String("blocked");
    QMenu menu(this);
    QAction *update = menu.addAction(blocked ? tr("&Retry now") : tr("&Update now"), this,
                                     [this, key] { m_backend.updateNow(key); });
    update->setEnabled(!paused);
    menu.addAction(paused ? tr("&Resume") : tr("&Pause"), this, [this, key, paused] {
        if (const QString error = m_configEditor.setRecordPaused(key, !paused); !error.isEmpty())
            QMessageBox::warning(this, tr("Homing"), tr("Homing could not change config.json: %1").arg(error));
    });
    menu.addSeparator();
    menu.addAction(tr("&Edit…"), this, [this, key] { editRecord(key); });
    const QString account = index.data(RecordTableModel::AccountRole).toString();
    menu.addAction(tr("Edit &account %1…").arg(account), this, [this, account] { editAccount(account); });
    menu.addAction(tr("Re&move…"), this, [this, key] { removeRecord(key); });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

// Dialogs open without a nested event loop: the tray and the updater go on
// while the user types. Each editor lives as long as its dialog.
void MainWindow::openEditor(const QString &title, const std::function<bool(AccountRecordEditor &, QString *)> &start)
{
    auto *editor = new AccountRecordEditor(m_editorParts);
    QString error;
    if (!start(*editor, &error)) {
        delete editor;
        QMessageBox::warning(this, tr("Homing"), error);
        return;
    }
    auto *dialog = new EditorDialog(*editor, title, this);
    editor->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void MainWindow::startSetup()
{
    if (auto *open = findChild<SetupWizard *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *editor = new AccountRecordEditor(m_editorParts);
    auto *wizard = new SetupWizard(m_editorParts.providers, *editor, this);
    editor->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &SetupWizard::setupSaved, this, [this](bool startAtLogin) {
        Q_EMIT setupFinished(startAtLogin);
        m_backend.updateNow(); // the first update, at once
    });
    wizard->show();
}

void MainWindow::addRecord()
{
    // No account yet: the setup makes one with its first record.
    if (m_configEditor.accountIds().isEmpty()) {
        startSetup();
        return;
    }
    openEditor(tr("Add a record"), [](AccountRecordEditor &editor, QString *problem) {
        return editor.startNewRecord({}, problem);
    });
}

void MainWindow::editRecord(const QString &recordKey)
{
    openEditor(tr("Edit record"), [recordKey](AccountRecordEditor &editor, QString *problem) {
        return editor.startEditRecord(recordKey, problem);
    });
}

void MainWindow::editAccount(const QString &accountId)
{
    openEditor(tr("Edit account %1").arg(accountId), [accountId](AccountRecordEditor &editor, QString *problem) {
        return editor.startEditAccount(accountId, problem);
    });
}

void MainWindow::removeRecord(const QString &recordKey)
{
    if (QMessageBox::question(this, tr("Remove record"),
                              tr("Remove %1 from Homing? The record stays at the provider as it is; Homing stops "
                                 "updating it.")
                                  .arg(recordKey))
        != QMessageBox::Yes)
        return;
    AccountRecordEditor editor(m_editorParts);
    if (const QString error = editor.removeRecord(recordKey); !error.isEmpty())
        QMessageBox::warning(this, tr("Homing"), tr("Nothing was removed: %1").arg(error));
}

void MainWindow::removeAccount(const QString &accountId)
{
    QMessageBox ask(QMessageBox::Question, tr("Remove account"),
                    tr("Remove the account %1 and its records from Homing? The records stay at the provider as they "
                       "are. What should happen to the account's secrets in the keychain?")
                        .arg(accountId),
                    QMessageBox::NoButton, this);
    QPushButton *remove = ask.addButton(tr("Remove, and delete its secrets"), QMessageBox::AcceptRole);
    QPushButton *keep = ask.addButton(tr("Remove, keep its secrets"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(remove);
    ask.exec();
    if (ask.clickedButton() != remove && ask.clickedButton() != keep)
        return;
    auto *editor = new AccountRecordEditor(m_editorParts, this);
    connect(editor, &AccountRecordEditor::accountRemoved, this, [this, editor](const QString &error) {
        editor->deleteLater();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Homing"), error);
    });
    editor->removeAccount(accountId, ask.clickedButton() == remove);
}

void MainWindow::fillAccountsMenu()
{
    m_accountsMenu->clear();
    for (const QString &id : m_configEditor.accountIds()) {
        QMenu *sub = m_accountsMenu->addMenu(id);
        sub->addAction(tr("&Edit…"), this, [this, id] { editAccount(id); });
        sub->addAction(tr("&Remove…"), this, [this, id] { removeAccount(id); });
    }
    if (!m_accountsMenu->isEmpty())
        m_accountsMenu->addSeparator();
    m_accountsMenu->addAction(tr("&Add account…"), this, &MainWindow::startSetup);
}

void MainWindow::refresh()
{
    const QJsonObject status = m_backend.status();
    const OverallSummary summary = summarise(status);
    m_addresses->setText(summary.addresses.isEmpty() ? tr("Address not checked yet") : summary.addresses);
    m_detection->setText(summary.detection);
    m_detection->setToolTip(summary.detectionDetails);
    m_detection->setVisible(!summary.detection.isEmpty());
    m_headline->setText(summary.headline);
    m_mode->setText(m_backend.isAttached() ? tr("Following the Homing service that runs on this computer (homing-cli run).")
                                           : tr("Homing updates the records while this app runs."));
    m_model->setStatus(status);
    updateRecordFilter(status);
    if (const auto cgnat = CgnatNotice::fromStatus(status)) {
        m_cgnatBanner->setText(cgnat->bannerText());
        m_cgnatBanner->show();
    } else {
        m_cgnatBanner->hide();
    }
    m_addressesView->setStatus(status);
    // Port mappings: a tab only when some are configured.
    m_portMappings->setStatus(status);
    const int mappings = m_portMappings->model()->rowCount();
    const int failed = m_portMappings->model()->failedCount();
    const int portTab = m_tabs->indexOf(m_portMappings);
    m_tabs->setTabVisible(portTab, mappings > 0);
    m_tabs->setTabText(portTab, failed > 0 ? tr("&Port mappings (%1 refused)").arg(failed) : tr("&Port mappings"));
    m_records->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    if (m_model->rowCount() == 0) {
        m_emptyText->setText(tr("<h3>Add your first record</h3><p>Homing watches this network's address. Add a record, "
                                "and Homing keeps its name pointing here.</p>"));
        m_setupButton->setText(tr("&Add your first record…"));
    }
}

// The history: filters by record and by result, words to search for, and
// an export of what is shown.
QWidget *MainWindow::buildHistoryTab()
{
    auto *tab = new QWidget(this);
    m_historyModel->setObjectName(QStringLiteral("historyModel"));
    m_historyFilter->setSourceModel(m_historyModel);
    m_history->setModel(m_historyFilter);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("History"));
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(false);

    m_recordFilter->setAccessibleName(tr("Show the history of"));
    connect(m_recordFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_historyFilter->setRecord(m_recordFilter->currentData().toString()); });
    auto *results = new QComboBox(tab);
    results->setAccessibleName(tr("Show results"));
    results->addItem(tr("All results"), int(HistoryFilter::Results::All));
    results->addItem(tr("Successes"), int(HistoryFilter::Results::Successes));
    results->addItem(tr("Failures"), int(HistoryFilter::Results::Failures));
    connect(results, &QComboBox::currentIndexChanged, this, [this, results] {
        m_historyFilter->setResults(HistoryFilter::Results(results->currentData().toInt()));
    });
    auto *search = new QLineEdit(tab);
    search->setPlaceholderText(tr("Search"));
    search->setAccessibleName(tr("Search the history"));
    search->setClearButtonEnabled(true);
    connect(search, &QLineEdit::textChanged, m_historyFilter, &HistoryFilter::setSearchText);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), tab);
    connect(exportButton, &QPushButton::clicked, this, &MainWindow::exportHistory);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_recordFilter);
    filters->addWidget(results);
    filters->addWidget(search, 1);
    filters->addWidget(exportButton);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_history, 1);
    return tab;
}

// The record filter lists the configured records, and address changes.
void MainWindow::updateRecordFilter(const QJsonObject &status)
{
    QList<std::pair<QString, QString>> choices{{tr("All records"), QString()},
                                               {tr("Address changes"), HistoryFilter::kAddressChanges}};
    for (const auto &value : status.value(QStringLiteral("records")).toArray()) {
        const QJsonObject record = value.toObject();
        const QString label = QStringLiteral("%1 %2").arg(record.value(QStringLiteral("name")).toString(),
                                                          record.value(QStringLiteral("type")).toString());
        choices.append({label, label});
    }
    bool same = m_recordFilter->count() == choices.size();
    for (int i = 0; same && i < choices.size(); ++i)
        same = m_recordFilter->itemData(i).toString() == choices.at(i).second;
    if (same)
        return;
    const QString current = m_recordFilter->currentData().toString();
    const QSignalBlocker blocker(m_recordFilter);
    m_recordFilter->clear();
    for (const auto &[text, label] : choices)
        m_recordFilter->addItem(text, label);
    m_recordFilter->setCurrentIndex(std::max(0, m_recordFilter->findData(current)));
    m_historyFilter->setRecord(m_recordFilter->currentData().toString());
}

void MainWindow::exportHistory()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the history"),
                                                      QDir::home().filePath(QStringLiteral("homing-history.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(*m_historyFilter)) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Homing"), tr("Homing could not write %1: %2").arg(path, file.errorString()));
}

void MainWindow::fillHistory()
{
    m_historyModel->setEntries(m_backend.history());
}

void MainWindow::prependHistory(const HistoryEntry &entry)
{
    // As many rows as the history keeps: the oldest roll off here too.
    m_historyModel->prepend(entry, int(m_backend.history().size()));
}

} // namespace homing::gui
