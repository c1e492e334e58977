#include "MainWindow.h"

#include "ConfigEditor.h"
#include "HistoryModel.h"
#include "OverallState.h"
#include "RecordTableModel.h"
#include "UpdaterBackend.h"

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
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace homing::gui {

MainWindow::MainWindow(UpdaterBackend &backend, ConfigEditor &configEditor, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_configEditor(configEditor)
    , m_addresses(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_mode(new QLabel(this))
    , m_records(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_model(new RecordTableModel(this))
    , m_historyModel(new HistoryModel(this))
    , m_historyFilter(new HistoryFilter(this))
    , m_history(new QTableView(this))
    , m_recordFilter(new QComboBox(this))
{
    setWindowTitle(tr("Homing"));
    setObjectName(QStringLiteral("mainWindow"));
    QFont big = m_addresses->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_addresses->setFont(big);
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_addresses->setAccessibleName(tr("Current public addresses"));
    m_headline->setAccessibleName(tr("State"));
    m_headline->setWordWrap(true);
    m_mode->setAccessibleName(tr("Who updates the records"));

    auto *update = new QPushButton(tr("&Update now"), this);
    update->setAccessibleName(tr("Update now"));
    connect(update, &QPushButton::clicked, this, [this] { m_backend.updateNow(); });

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

    auto *empty = new QLabel(tr("<h3>Add your first record</h3><p>Homing watches this network's address. Add a record "
                                "to config.json (see the README's examples), and Homing keeps its name pointing here.</p>"),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_records->addWidget(m_table);
    m_records->addWidget(empty);


    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_records, tr("&Records"));
    tabs->addTab(buildHistoryTab(), tr("&History"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_addresses);
    layout->addWidget(m_headline);
    layout->addWidget(m_mode);
    layout->addWidget(update, 0, Qt::AlignLeft);
    layout->addWidget(tabs, 1);
    resize(960, 560);

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
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::refresh()
{
    const QJsonObject status = m_backend.status();
    const OverallSummary summary = summarise(status);
    m_addresses->setText(summary.addresses.isEmpty() ? tr("Address not checked yet") : summary.addresses);
    m_headline->setText(summary.headline);
    m_mode->setText(m_backend.isAttached() ? tr("Following the Homing service that runs on this computer (homing-cli run).")
                                           : tr("Homing updates the records while this app runs."));
    m_model->setStatus(status);
    updateRecordFilter(status);
    m_records->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
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
