#include "editor/SetupWizard.h"

#include "AccountRecordEditor.h"
#include "ProviderListModel.h"
#include "editor/EntryForm.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <functional>

namespace homing::gui {

namespace {

// Draws the group's name above the first provider of each group, so that
// the list reads as "DDNS services / Cloud DNS / Self-hosted / Custom".
class GroupedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static bool startsGroup(const QModelIndex &index)
    {
        if (index.row() == 0)
            return true;
        const QModelIndex above = index.sibling(index.row() - 1, 0);
        return above.data(ProviderListModel::CategoryRole) != index.data(ProviderListModel::CategoryRole);
    }

    int headerHeight(const QStyleOptionViewItem &option) const { return option.fontMetrics.height() * 2; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(size.height() + option.fontMetrics.height() / 2);
        if (startsGroup(index))
            size.setHeight(size.height() + headerHeight(option));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        if (startsGroup(index)) {
            const int header = headerHeight(option);
            QRect headerRect = option.rect;
            headerRect.setHeight(header);
            painter->save();
            QFont bold = option.font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
            painter->drawText(headerRect.adjusted(4, 0, 0, -2), Qt::AlignLeft | Qt::AlignBottom,
                              index.data(ProviderListModel::CategoryNameRole).toString());
            painter->restore();
            item.rect.setTop(option.rect.top() + header);
        }
        item.rect.setLeft(item.rect.left() + 12);
        QStyledItemDelegate::paint(painter, item, index);
    }
};

// A page that is complete when its check says so.
class CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete)
        : m_complete(std::move(complete))
    {
    }
    bool isComplete() const override { return m_complete(); }

private:
    std::function<bool()> m_complete;
};

} // namespace

SetupWizard::SetupWizard(const ProviderRegistry &providers, AccountRecordEditor &editor, QWidget *parent)
    : QWizard(parent)
    , m_editor(editor)
    , m_providerModel(new ProviderListModel(providers, this))
    , m_search(new ProviderSearch(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Homing"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_search->setSourceModel(m_providerModel);
    setPage(ProviderPage, buildProviderPage());
    setPage(SettingsPage, buildSettingsPage());
    setPage(DonePage, buildDonePage());
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    resize(720, 720);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != SettingsPage || chosenProvider() == m_startedFor)
            return;
        QString error;
        if (!m_editor.startSetup(chosenProvider(), &error)) {
            QMessageBox::warning(this, windowTitle(), error);
            back();
            return;
        }
        m_startedFor = chosenProvider();
        m_form->reload();
    });
    connect(&m_editor, &AccountRecordEditor::saved, this, [this](const QString &error) {
        if (!m_saving)
            return;
        m_saving = false;
        button(QWizard::FinishButton)->setEnabled(true);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Nothing was saved: %1").arg(error));
            return;
        }
        Q_EMIT setupSaved(startAtLogin());
        QWizard::accept();
    });
}

QWizardPage *SetupWizard::buildProviderPage()
{
    auto *page = new CheckedPage([this] { return !chosenProvider().isEmpty(); });
    page->setTitle(tr("Where is your domain's DNS?"));
    page->setSubTitle(tr("Choose the service that holds the name Homing should keep pointing at this network."));
    auto *layout = new QVBoxLayout(page);
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("providerSearch"));
    m_searchEdit->setPlaceholderText(tr("Search providers"));
    m_searchEdit->setAccessibleName(tr("Search providers"));
    m_searchEdit->setClearButtonEnabled(true);
    layout->addWidget(m_searchEdit);
    m_providerList = new QListView;
    m_providerList->setObjectName(QStringLiteral("providerList"));
    m_providerList->setAccessibleName(tr("Providers"));
    m_providerList->setModel(m_search);
    m_providerList->setItemDelegate(new GroupedDelegate(m_providerList));
    m_providerList->setUniformItemSizes(false);
    m_providerList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_providerList, 1);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_search->setSearchText(text);
        if (m_search->rowCount() > 0 && !m_providerList->currentIndex().isValid())
            m_providerList->setCurrentIndex(m_search->index(0, 0));
    });
    connect(m_providerList->selectionModel(), &QItemSelectionModel::currentChanged, page, &QWizardPage::completeChanged);
    connect(m_providerList, &QListView::activated, this, [this] { next(); });
    return page;
}

QWizardPage *SetupWizard::buildSettingsPage()
{
    auto *page = new CheckedPage([this] { return m_form->canSave(); });
    page->setTitle(tr("Your account and record"));
    page->setSubTitle(tr("Enter what the provider gave you, and the name to keep pointing here. Press Test to check "
                         "it before saving."));
    auto *layout = new QVBoxLayout(page);
    m_form = new EntryForm(m_editor);
    layout->addWidget(scrollable(m_form));
    connect(m_form, &EntryForm::validityChanged, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage *SetupWizard::buildDonePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Ready"));
    page->setSubTitle(tr("One step left: save, and Homing starts updating."));
    auto *layout = new QVBoxLayout(page);
    auto *summary = new QLabel;
    summary->setObjectName(QStringLiteral("setupSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_startAtLogin = new QCheckBox(tr("&Start Homing when I log in"));
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setChecked(true);
    layout->addWidget(m_startAtLogin);
    layout->addStretch(1);
    connect(this, &QWizard::currentIdChanged, summary, [this, summary](int id) {
        if (id != DonePage)
            return;
        const RecordDraft &record = m_editor.record();
        QString types = record.ipv4 && record.ipv6 ? tr("A and AAAA") : (record.ipv6 ? tr("AAAA") : tr("A"));
        summary->setText(tr("Finish saves the secret to the system keychain and the settings to config.json, then "
                            "Homing updates %1 (%2) at once and keeps it pointing at this network's address.")
                             .arg(record.name.trimmed(), types));
    });
    return page;
}

QString SetupWizard::chosenProvider() const
{
    return m_providerList->currentIndex().data(ProviderListModel::IdRole).toString();
}

bool SetupWizard::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

void SetupWizard::chooseProvider(const QString &providerId)
{
    for (int row = 0; row < m_search->rowCount(); ++row) {
        const QModelIndex index = m_search->index(row, 0);
        if (index.data(ProviderListModel::IdRole).toString() == providerId) {
            m_providerList->setCurrentIndex(index);
            return;
        }
    }
}

void SetupWizard::accept()
{
    if (m_saving)
        return;
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    m_editor.save();
}

} // namespace homing::gui
