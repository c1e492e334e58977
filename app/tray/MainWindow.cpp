#include "MainWindow.h"

#include "ConfigEditor.h"
#include "OverallState.h"
#include "RecordTableModel.h"
#include "UpdaterBackend.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
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
    , m_history(new QTreeWidget(this))
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

    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("History"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Time"), tr("Record"), tr("Result"), tr("Old"), tr("New"), tr("Details")});

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_records, tr("&Records"));
    tabs->addTab(m_history, tr("&History"));

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
    m_records->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
}

namespace {

// One row of the history, newest at the top.
QTreeWidgetItem *historyItem(const HistoryEntry &entry)
{
    const QString record = entry.record.isEmpty()
        ? MainWindow::tr("(address %1)").arg(entry.type == QLatin1String("AAAA") ? QStringLiteral("IPv6") : QStringLiteral("IPv4"))
        : QStringLiteral("%1 %2").arg(entry.record, entry.type);
    return new QTreeWidgetItem(QStringList{QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat), record,
                                           entry.result, entry.oldValue, entry.newValue, entry.detail});
}

} // namespace

void MainWindow::fillHistory()
{
    const QList<HistoryEntry> entries = m_backend.history();
    m_history->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        items.append(historyItem(*it));
    m_history->addTopLevelItems(items);
}

void MainWindow::prependHistory(const HistoryEntry &entry)
{
    m_history->insertTopLevelItem(0, historyItem(entry));
    // As many rows as the history keeps: the oldest roll off here too.
    const int kept = std::max(int(m_backend.history().size()), 1);
    while (m_history->topLevelItemCount() > kept)
        delete m_history->takeTopLevelItem(m_history->topLevelItemCount() - 1);
}

} // namespace homing::gui
