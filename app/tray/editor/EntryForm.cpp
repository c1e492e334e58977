#include "editor/EntryForm.h"

#include "AccountRecordEditor.h"
#include "ProxyField.h"
#include "editor/FieldsForm.h"
#include "address/Ipv6Suffix.h"
#include "provider/ProviderRegistry.h"
#include "result/ResultKind.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QTimer>
#include <QVBoxLayout>

namespace homing::gui {

namespace {

QWidget *withProblem(QWidget *editor, QLabel *problem)
{
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    column->addWidget(problem);
    return cell;
}

} // namespace

EntryForm::EntryForm(AccountRecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    m_problems.saveBlockedBecause = tr("Nothing to save yet."); // until reload() shows a draft
    auto *layout = new QVBoxLayout(this);
    buildAccountSection();
    buildRecordSection();
    layout->addWidget(m_accountBox);
    layout->addWidget(m_recordBox);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test"));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    testRow->addWidget(m_testButton);
    m_testNote = makeHelpLabel(QString());
    testRow->addWidget(m_testNote, 1);
    layout->addLayout(testRow);
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setAccessibleName(tr("Test result"));
    layout->addWidget(m_testResult);
    m_blocked = makeProblemLabel(QStringLiteral("saveBlocked"));
    m_blocked->setAccessibleName(tr("Why it cannot be saved yet"));
    layout->addWidget(m_blocked);
    layout->addStretch(1);

    connect(m_testButton, &QPushButton::clicked, this, &EntryForm::test);
    connect(&m_editor, &AccountRecordEditor::testFinished, this, &EntryForm::showTestResult);
    connect(&m_editor, &AccountRecordEditor::secretStatesChanged, this, [this] {
        showSecretStates();
        showProblems();
    });
}

void EntryForm::buildAccountSection()
{
    m_accountBox = new QGroupBox;
    auto *form = new QFormLayout(m_accountBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_accountId = new QLineEdit;
    m_accountId->setObjectName(QStringLiteral("accountId"));
    m_accountId->setAccessibleName(tr("Account name in Homing"));
    m_accountIdProblem = makeProblemLabel(QStringLiteral("problem_id"));
    form->addRow(tr("Account &name:"), withProblem(m_accountId, m_accountIdProblem));
    m_accountFields = new FieldsForm;
    form->addRow(m_accountFields);

    m_advancedToggle = new QToolButton;
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAccessibleName(tr("Show advanced settings"));
    form->addRow(m_advancedToggle);
    m_advanced = new QWidget;
    auto *advanced = new QFormLayout(m_advanced);
    advanced->setContentsMargins(0, 0, 0, 0);
    m_endpoint = new QLineEdit;
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setPlaceholderText(tr("The provider's own address"));
    m_endpoint->setAccessibleName(tr("Server address"));
    m_endpoint->setToolTip(tr("Only for a server of your own or a test server: the base URL Homing sends to instead of "
                              "the provider's."));
    m_endpointProblem = makeProblemLabel(QStringLiteral("problem_endpoint"));
    advanced->addRow(tr("Server address:"), withProblem(m_endpoint, m_endpointProblem));
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setAccessibleName(tr("Choose the CA certificate file"));
    auto *caRow = new QWidget;
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);
    m_caFileProblem = makeProblemLabel(QStringLiteral("problem_ca_file"));
    advanced->addRow(tr("Extra CA certificate:"), withProblem(caRow, m_caFileProblem));
    m_proxy = new ProxyField(ProxyField::Default::Inherited);
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_proxy->setAccessibleName(tr("Proxy for this account"));
    m_proxy->setToolTip(tr("How this account's provider is reached. \"As in Settings\" follows the proxy chosen in "
                           "Settings for all providers."));
    m_proxyProblem = makeProblemLabel(QStringLiteral("problem_proxy"));
    advanced->addRow(tr("Proxy:"), withProblem(m_proxy, m_proxyProblem));
    m_allowInsecure = new QCheckBox(tr("Allow plain HTTP"));
    m_allowInsecure->setToolTip(tr("The password then travels readable by anyone on the way. Only for services that "
                                   "offer nothing else (Oray)."));
    m_allowInsecure->setObjectName(QStringLiteral("allowInsecureHttp"));
    advanced->addRow(m_allowInsecure);
    m_advanced->setVisible(false);
    form->addRow(m_advanced);

    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
            edited();
        }
    });
    for (QLineEdit *edit : {m_accountId, m_endpoint, m_caFile})
        connect(edit, &QLineEdit::textEdited, this, &EntryForm::edited);
    connect(m_proxy, &ProxyField::edited, this, &EntryForm::edited);
    connect(m_allowInsecure, &QCheckBox::toggled, this, &EntryForm::edited);
    connect(m_accountFields, &FieldsForm::edited, this, &EntryForm::edited);
}

void EntryForm::buildRecordSection()
{
    m_recordBox = new QGroupBox(tr("Record"));
    auto *form = new QFormLayout(m_recordBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_recordAccount = new QComboBox;
    m_recordAccount->setObjectName(QStringLiteral("recordAccount"));
    m_recordAccount->setAccessibleName(tr("Account of the record"));
    m_recordAccountLabel = new QLabel(tr("A&ccount:"));
    m_recordAccountLabel->setBuddy(m_recordAccount);
    form->addRow(m_recordAccountLabel, m_recordAccount);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("recordName"));
    m_name->setPlaceholderText(QStringLiteral("home.example.com"));
    m_name->setAccessibleName(tr("Record name"));
    m_nameProblem = makeProblemLabel(QStringLiteral("problem_name"));
    form->addRow(tr("Na&me:"), withProblem(m_name, m_nameProblem));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("recordType"));
    m_type->setAccessibleName(tr("Record type"));
    m_typeProblem = makeProblemLabel(QStringLiteral("problem_type"));
    form->addRow(tr("T&ype:"), withProblem(m_type, m_typeProblem));
    buildLanHostRows(form);
    m_ttl = new QSpinBox;
    m_ttl->setObjectName(QStringLiteral("recordTtl"));
    m_ttl->setAccessibleName(tr("Time to live in seconds"));
    m_ttl->setSuffix(tr(" s"));
    m_ttl->setSpecialValueText(tr("Provider's default"));
    m_ttlLabel = new QLabel(tr("TT&L:"));
    m_ttlLabel->setBuddy(m_ttl);
    m_ttlProblem = makeProblemLabel(QStringLiteral("problem_ttl"));
    form->addRow(m_ttlLabel, withProblem(m_ttl, m_ttlProblem));
    m_recordFields = new FieldsForm;
    form->addRow(m_recordFields);
    m_paused = new QCheckBox(tr("&Paused (Homing sends nothing for this record)"));
    m_paused->setObjectName(QStringLiteral("recordPaused"));
    form->addRow(m_paused);
    m_alwaysCorrect = new QCheckBox(tr("Al&ways set it back when someone else changes it"));
    m_alwaysCorrect->setObjectName(QStringLiteral("recordAlwaysCorrect"));
    m_alwaysCorrect->setToolTip(tr("Homing checks what the zone's servers serve. When the record was changed by "
                                   "someone else, Homing warns you and sets it back at most once a day; with this on, "
                                   "at every check."));
    form->addRow(m_alwaysCorrect);

    connect(m_name, &QLineEdit::textEdited, this, &EntryForm::edited);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EntryForm::edited);
    connect(m_ttl, &QSpinBox::valueChanged, this, &EntryForm::edited);
    connect(m_paused, &QCheckBox::toggled, this, &EntryForm::edited);
    connect(m_alwaysCorrect, &QCheckBox::toggled, this, &EntryForm::edited);
    connect(m_recordFields, &FieldsForm::edited, this, &EntryForm::edited);
    connect(m_recordAccount, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_editor.record().account = m_recordAccount->currentText();
        m_editor.record().settings = {};
        rebuildRecordFields();
        edited();
    });
}

// Another host on the LAN: its AAAA record is this computer's current prefix
// plus the host's fixed suffix or its MAC's EUI-64, with a live preview.
void EntryForm::buildLanHostRows(QFormLayout *form)
{
    m_lanHost = new QWidget;
    m_lanHost->setObjectName(QStringLiteral("lanHost"));
    auto *rows = new QFormLayout(m_lanHost);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_lanHostKind = new QComboBox;
    m_lanHostKind->setObjectName(QStringLiteral("lanHostKind"));
    m_lanHostKind->setAccessibleName(tr("Whose address the record holds"));
    m_lanHostKind->addItem(tr("This computer's"));
    m_lanHostKind->addItem(tr("Another device's: this prefix and its suffix"));
    m_lanHostKind->addItem(tr("Another device's: this prefix and its MAC address"));
    m_lanHostKind->setToolTip(tr("A NAS or camera on this network keeps its own interface ID while the provider "
                                 "changes the prefix: Homing publishes this computer's current prefix followed by "
                                 "the device's part."));
    m_lanHostLabel = new QLabel(tr("Addre&ss:"));
    m_lanHostLabel->setBuddy(m_lanHostKind);
    form->addRow(m_lanHostLabel, m_lanHostKind);

    m_lanHostValue = new QLineEdit;
    m_lanHostValue->setObjectName(QStringLiteral("lanHostValue"));
    m_lanHostValueProblem = makeProblemLabel(QStringLiteral("problem_lan_host"));
    rows->addRow(tr("Device's pa&rt:"), withProblem(m_lanHostValue, m_lanHostValueProblem));
    m_prefixLength = new QSpinBox;
    m_prefixLength->setObjectName(QStringLiteral("prefixLength"));
    m_prefixLength->setAccessibleName(tr("Prefix length"));
    m_prefixLength->setRange(Ipv6Suffix::kMinimumPrefixLength, Ipv6Suffix::kMaximumPrefixLength);
    m_prefixLength->setValue(Ipv6Suffix::kDefaultPrefixLength);
    m_prefixLength->setPrefix(QStringLiteral("/"));
    m_prefixLength->setToolTip(tr("How many leading bits come from this computer's address: 64 on most networks; "
                                  "shorter (such as 56) when the device sits in another subnet of the delegated "
                                  "prefix and its part carries the subnet."));
    m_prefixLengthProblem = makeProblemLabel(QStringLiteral("problem_ipv6_prefix_length"));
    rows->addRow(tr("Prefi&x length:"), withProblem(m_prefixLength, m_prefixLengthProblem));
    m_lanHostPreview = makeHelpLabel(QString());
    m_lanHostPreview->setObjectName(QStringLiteral("lanHostPreview"));
    m_lanHostPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rows->addRow(m_lanHostPreview);
    form->addRow(m_lanHost);

    connect(m_lanHostKind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_lanHostValue->clear();
        edited();
    });
    connect(m_lanHostValue, &QLineEdit::textEdited, this, &EntryForm::edited);
    connect(m_prefixLength, &QSpinBox::valueChanged, this, &EntryForm::edited);
}

void EntryForm::reload()
{
    m_loading = true;
    const AccountDraft &account = m_editor.account();
    const RecordDraft &record = m_editor.record();
    const ProviderDescriptor *provider = m_editor.provider();

    m_accountBox->setVisible(m_editor.editsAccount());
    if (m_editor.editsAccount()) {
        m_accountBox->setTitle(tr("%1 account").arg(provider ? provider->translatedName() : account.provider));
        m_accountId->setText(account.id);
        m_accountFields->setFields(m_editor.fields(FieldSpec::Scope::Account), account.settings);
        fillAdvanced();
        showSecretStates();
    }

    m_recordBox->setVisible(m_editor.editsRecord());
    if (m_editor.editsRecord()) {
        const bool chooseAccount = !m_editor.editsAccount();
        m_recordAccount->setVisible(chooseAccount);
        m_recordAccountLabel->setVisible(chooseAccount);
        m_recordAccount->clear();
        m_recordAccount->addItems(m_editor.accountIds());
        m_recordAccount->setCurrentText(record.account);
        m_name->setText(record.name);
        m_type->clear();
        m_type->addItem(tr("A (IPv4)"));
        m_type->addItem(tr("AAAA (IPv6)"));
        if (record.originalKey.isEmpty())
            m_type->addItem(tr("A and AAAA (IPv4 and IPv6)"));
        m_type->setCurrentIndex(record.ipv4 && record.ipv6 ? 2 : (record.ipv6 ? 1 : 0));
        m_paused->setVisible(!record.originalKey.isEmpty());
        m_paused->setChecked(record.paused);
        m_alwaysCorrect->setChecked(record.alwaysCorrect);
        m_lanHostKind->setCurrentIndex(!record.ipv6Mac.isEmpty() ? 2 : (!record.ipv6Suffix.isEmpty() ? 1 : 0));
        m_lanHostValue->setText(!record.ipv6Mac.isEmpty() ? record.ipv6Mac : record.ipv6Suffix);
        m_prefixLength->setValue(record.ipv6PrefixLength > 0 ? record.ipv6PrefixLength
                                                             : Ipv6Suffix::kDefaultPrefixLength);
        rebuildRecordFields();
    }
    const bool realUpdate = m_editor.testSendsRealUpdate();
    m_testButton->setText(realUpdate ? tr("&Test (sends a real update)") : tr("&Test"));
    m_testNote->setText(realUpdate ? tr("This service has no way to check an account without changing a record: Test "
                                        "sends one real update of the record with this computer's current address.")
                                   : tr("Test checks the settings with the provider and changes nothing."));
    m_testResult->clear();
    m_loading = false;
    showProblems();
}

void EntryForm::fillAdvanced()
{
    const AccountDraft &account = m_editor.account();
    m_endpoint->setText(account.endpoint);
    m_caFile->setText(account.caFile);
    m_proxy->setValue(account.proxy);
    m_allowInsecure->setChecked(account.allowInsecureHttp);
    // Advanced settings that are set are shown, not hidden away.
    const bool anySet = !account.endpoint.isEmpty() || !account.caFile.isEmpty() || !account.proxy.isEmpty()
        || account.allowInsecureHttp;
    m_advancedToggle->setChecked(anySet);
}

void EntryForm::rebuildRecordFields()
{
    const ProviderDescriptor *provider = m_editor.provider();
    const RecordDraft &record = m_editor.record();
    const bool hasTtl = provider && provider->ttl.maximum > 0;
    m_ttl->setVisible(hasTtl);
    m_ttlLabel->setVisible(hasTtl);
    if (hasTtl) {
        // 0 shows as "Provider's default"; below the minimum only 0 is allowed.
        m_ttl->setRange(0, provider->ttl.maximum);
        m_ttl->setValue(record.ttl);
        m_ttl->setToolTip(tr("From %1 to %2 seconds, or the provider's default.")
                              .arg(provider->ttl.minimum)
                              .arg(provider->ttl.maximum));
    }
    m_recordFields->setFields(m_editor.fields(FieldSpec::Scope::Record), record.settings);
    m_recordFields->setVisible(!m_recordFields->isEmpty());
}

void EntryForm::edited()
{
    if (m_loading)
        return;
    if (m_editor.editsAccount()) {
        AccountDraft &account = m_editor.account();
        account.id = m_accountId->text();
        account.settings = m_accountFields->settings();
        account.typedSecrets = m_accountFields->typedSecrets();
        account.endpoint = m_endpoint->text();
        account.caFile = m_caFile->text();
        account.proxy = m_proxy->value();
        account.allowInsecureHttp = m_allowInsecure->isChecked();
    }
    if (m_editor.editsRecord()) {
        RecordDraft &record = m_editor.record();
        record.name = m_name->text();
        record.ipv4 = m_type->currentIndex() != 1;
        record.ipv6 = m_type->currentIndex() >= 1;
        const ProviderDescriptor *provider = m_editor.provider();
        record.ttl = provider && provider->ttl.maximum > 0 ? m_ttl->value() : 0;
        record.settings = m_recordFields->settings();
        record.paused = m_paused->isChecked();
        record.alwaysCorrect = m_alwaysCorrect->isChecked();
        const int kind = m_lanHostKind->currentIndex();
        record.ipv6Suffix = kind == 1 ? m_lanHostValue->text() : QString();
        record.ipv6Mac = kind == 2 ? m_lanHostValue->text() : QString();
        // The default is left out of the file.
        record.ipv6PrefixLength = kind == 0 || m_prefixLength->value() == Ipv6Suffix::kDefaultPrefixLength
            ? 0
            : m_prefixLength->value();
    }
    m_testResult->clear();
    showProblems();
}

void EntryForm::showProblems()
{
    m_problems = m_editor.problems();
    const DraftProblems &problems = m_problems;
    showProblem(m_accountIdProblem, problems.account.value(QStringLiteral("id")));
    showProblem(m_endpointProblem, problems.account.value(QStringLiteral("endpoint")));
    showProblem(m_caFileProblem, problems.account.value(QStringLiteral("ca_file")));
    showProblem(m_proxyProblem, problems.account.value(QStringLiteral("proxy")));
    // A problem in a hidden advanced setting opens them.
    if (!m_advancedToggle->isChecked()
        && (problems.account.contains(QStringLiteral("endpoint")) || problems.account.contains(QStringLiteral("ca_file"))
            || problems.account.contains(QStringLiteral("proxy"))))
        m_advancedToggle->setChecked(true);
    m_accountFields->setProblems(problems.account);
    showProblem(m_nameProblem, problems.record.value(QStringLiteral("name")));
    showProblem(m_typeProblem, problems.record.value(QStringLiteral("type")));
    showProblem(m_ttlProblem, problems.record.value(QStringLiteral("ttl")));
    m_recordFields->setProblems(problems.record);
    showLanHost();
    showProblem(m_blocked, problems.saveBlockedBecause);
    m_testButton->setEnabled(!m_editor.isTesting());
    Q_EMIT validityChanged();
}

void EntryForm::showLanHost()
{
    const RecordDraft &record = m_editor.record();
    const int kind = m_lanHostKind->currentIndex();
    // For AAAA records; shown for another type too while one is set, so it can be cleared.
    const bool aaaaOnly = record.ipv6 && !record.ipv4;
    const bool visible = m_editor.editsRecord() && (aaaaOnly || kind != 0);
    m_lanHostKind->setVisible(visible);
    m_lanHostLabel->setVisible(visible);
    m_lanHost->setVisible(visible && kind != 0);
    m_lanHostValue->setPlaceholderText(kind == 2 ? QStringLiteral("00:11:22:33:44:55") : QStringLiteral("::1234"));
    m_lanHostValue->setAccessibleName(kind == 2 ? tr("The device's MAC address") : tr("The device's IPv6 suffix"));
    const QString key = kind == 2 ? QStringLiteral("ipv6_mac") : QStringLiteral("ipv6_suffix");
    showProblem(m_lanHostValueProblem, kind == 0 ? QString() : m_problems.record.value(key));
    showProblem(m_prefixLengthProblem, m_problems.record.value(QStringLiteral("ipv6_prefix_length")));
    const LanHostPreview preview = m_editor.lanHostPreview();
    m_lanHostPreview->setText(preview.text);
    m_lanHostPreview->setVisible(!preview.text.isEmpty());
}

void EntryForm::showSecretStates()
{
    for (const FieldSpec &field : m_editor.fields(FieldSpec::Scope::Account)) {
        if (field.kind != FieldSpec::Kind::Secret)
            continue;
        QString note;
        switch (m_editor.secretState(field.key)) {
        case AccountRecordEditor::SecretState::Checking:
            note = tr("Asking the keychain whether one is stored… (waiting for the keyring)");
            break;
        case AccountRecordEditor::SecretState::Stored:
            note = tr("Stored in the keychain. Leave this empty to keep it; type a new one to replace it.");
            break;
        case AccountRecordEditor::SecretState::NotStored:
            note = m_editor.account().originalId.isEmpty() ? tr("Saved to the system keychain, never to a file.")
                                                           : tr("Not stored yet: type it to save it to the keychain.");
            break;
        case AccountRecordEditor::SecretState::Elsewhere:
            note = tr("Read from %1, as config.json says. Type one here to keep it in the keychain instead.")
                       .arg(m_editor.account().references.value(field.key).toString());
            break;
        case AccountRecordEditor::SecretState::KeychainUnavailable:
            note = tr("The keychain does not answer (%1). Homing never stores secrets in plain text: unlock the "
                      "keyring, or refer to the secret as env:NAME or file:PATH in config.json.")
                       .arg(m_editor.keychainError());
            break;
        case AccountRecordEditor::SecretState::Unknown:
            break;
        }
        m_accountFields->setSecretNote(field.key, note);
    }
}

void EntryForm::test()
{
    m_testResult->setText(tr("Testing…"));
    m_testButton->setEnabled(false);
    m_editor.test();
}

void EntryForm::showTestResult(const AccountCheckResult &result)
{
    m_testButton->setEnabled(true);
    // The verdict is where the eye is, even in a form taller than its window.
    const auto revealResult = [this] {
        for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(ancestor)) {
                scroll->ensureWidgetVisible(m_testResult);
                break;
            }
        }
    };
    QTimer::singleShot(0, this, revealResult); // once the label has its new height
    const UpdateResult &outcome = result.result;
    if (isSuccess(outcome.kind)) {
        QString text = result.realUpdate ? tr("✔ It works: the provider accepted the update.")
                                         : tr("✔ It works.");
        if (!outcome.detail.isEmpty())
            text += QLatin1Char(' ') + tr("The provider says: %1").arg(outcome.detail);
        m_testResult->setText(text);
        Q_EMIT testSucceeded();
        return;
    }
    QString text = tr("✘ %1").arg(resultKindSummary(outcome.kind));
    if (!outcome.detail.isEmpty())
        text += QStringLiteral(" — ") + outcome.detail;
    const QString advice = resultKindAdvice(outcome.kind);
    if (!advice.isEmpty())
        text += QLatin1Char('\n') + advice;
    m_testResult->setText(text);
}

bool EntryForm::canSave() const
{
    return m_problems.ok() && !m_editor.isSaving();
}

QString EntryForm::saveBlockedBecause() const
{
    return m_problems.saveBlockedBecause;
}

QScrollArea *scrollable(EntryForm *form)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(form);
    scroll->setAccessibleName(EntryForm::tr("Account and record settings"));
    return scroll;
}

} // namespace homing::gui
