#include "SettingsDialog.h"

#include "AppPreferences.h"
#include "ConfigEditor.h"
#include "ProxyField.h"
#include "SourceRulesBox.h"
#include "config/Config.h"
#include "platform/LoginItem.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QJsonObject>
#include <QUrl>
#include <QVBoxLayout>

namespace homing::gui {

SettingsDialog::SettingsDialog(AppPreferences &preferences, ConfigEditor &configEditor, int checkInterval, Files files,
                               const IpSourceFactory &sources, IpSourceEnvironment environment, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_configEditor(configEditor)
    , m_checkInterval(checkInterval)
    , m_startAtLogin(new QCheckBox(tr("Start Homing when I log in"), this))
    , m_interval(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_providerProxy(new ProxyField(ProxyField::Default::System, this))
    , m_detectionProxy(new ProxyField(ProxyField::Default::Direct, this))
    , m_sourceRules(new SourceRulesBox(sources, std::move(environment), configEditor.current(), this))
{
    setWindowTitle(tr("Settings")); // Qt adds " — Homing"
    setMinimumWidth(1100); // two columns: a proxy URL beside its choice, and the sources with their preview
    const LoginItemState login = loginItemState();
    m_startAtLogin->setChecked(login == LoginItemState::On || login == LoginItemState::NeedsApproval);

    m_interval->setRange(Config::kMinimumCheckInterval, 24 * 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(checkInterval);
    m_interval->setAccessibleName(tr("Check the address every (seconds)"));
    m_interval->setToolTip(tr("How often Homing asks the echo services for this network's address. At least %1 seconds.")
                               .arg(Config::kMinimumCheckInterval));

    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language())));
    m_language->setAccessibleName(tr("Language"));

    auto *general = new QFormLayout;
    general->addRow(m_startAtLogin);
    general->addRow(tr("Check the address every"), m_interval);
    general->addRow(tr("Language"), m_language);

    // Two proxies: in mainland China some provider APIs are reached only
    // through one, while the address must be asked directly (a proxy's exit
    // address is not this network's).
    const QJsonObject config = m_configEditor.current();
    m_providerProxyBefore = config.value(QStringLiteral("proxy")).toString();
    m_detectionProxyBefore = config.value(QStringLiteral("ip")).toObject().value(QStringLiteral("proxy")).toString();
    // Compared in the fields' own terms: an explicit default is no change.
    m_providerProxy->setValue(m_providerProxyBefore);
    m_detectionProxy->setValue(m_detectionProxyBefore);
    m_providerProxyBefore = m_providerProxy->value();
    m_detectionProxyBefore = m_detectionProxy->value();
    m_providerProxy->setObjectName(QStringLiteral("providerProxy"));
    m_providerProxy->setAccessibleName(tr("Proxy for providers"));
    m_detectionProxy->setObjectName(QStringLiteral("detectionProxy"));
    m_detectionProxy->setAccessibleName(tr("Proxy for address detection"));
    m_detectionProxy->setToolTip(tr("Echo services asked through a proxy see the proxy's address, not this network's: "
                                    "keep this direct unless this computer has no direct way out."));
    auto *proxyBox = new QGroupBox(tr("Proxy"), this);
    auto *proxyLayout = new QFormLayout(proxyBox);
    proxyLayout->addRow(tr("Providers"), m_providerProxy);
    proxyLayout->addRow(tr("Address detection"), m_detectionProxy);

    auto *notificationsBox = new QGroupBox(tr("Notify me when"), this);
    auto *notificationsLayout = new QVBoxLayout(notificationsBox);
    const QList<std::pair<Notification::Kind, QString>> kinds{
        {Notification::Kind::AddressChanged, tr("the public address changes")},
        {Notification::Kind::RecordUpdated, tr("a record is updated")},
        {Notification::Kind::RecordFailing, tr("a record starts failing")},
        {Notification::Kind::RecordRecovered, tr("a record works again")},
        {Notification::Kind::RecordBlocked, tr("a record is blocked")},
        {Notification::Kind::AddressNotPublic, tr("no public address can be found")},
        {Notification::Kind::RecordDrifted, tr("someone else changes a record")},
        {Notification::Kind::CarrierGradeNat, tr("this host is found behind carrier-grade NAT")},
        {Notification::Kind::PortMappingFailed, tr("the router does not forward a port")},
    };
    for (const auto &[kind, label] : kinds) {
        auto *box = new QCheckBox(label, notificationsBox);
        box->setChecked(preferences.shows(kind));
        notificationsLayout->addWidget(box);
        m_notifications.append({int(kind), box});
    }

    auto *filesBox = new QGroupBox(tr("Files"), this);
    auto *filesLayout = new QFormLayout(filesBox);
    const auto pathLabel = [filesBox](const QString &path) {
        auto *label = new QLabel(path, filesBox);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    };
    filesLayout->addRow(tr("Configuration"), pathLabel(files.configPath));
    filesLayout->addRow(tr("Data"), pathLabel(files.dataDir));
    auto *openData = new QPushButton(tr("Open the &data folder"), filesBox);
    connect(openData, &QPushButton::clicked, this,
            [dir = files.dataDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
    auto *openLog = new QPushButton(tr("Open the &log"), filesBox);
    openLog->setEnabled(QFileInfo::exists(files.logPath));
    connect(openLog, &QPushButton::clicked, this,
            [log = files.logPath] { QDesktopServices::openUrl(QUrl::fromLocalFile(log)); });
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(openData);
    fileButtons->addWidget(openLog);
    fileButtons->addStretch();
    filesLayout->addRow(fileButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    // Two columns: the address sources and their preview need the room.
    auto *left = new QVBoxLayout;
    left->addLayout(general);
    left->addWidget(proxyBox);
    left->addWidget(notificationsBox);
    left->addWidget(filesBox);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_sourceRules, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    // A source that cannot work: say which, and keep the dialog open.
    if (const QString wrong = m_sourceRules->problem(); !wrong.isEmpty()) {
        QMessageBox::warning(this, tr("Homing"), tr("The sources were not saved: %1").arg(wrong));
        return;
    }
    QStringList problems;
    const LoginItemState login = loginItemState();
    const bool wasOn = login == LoginItemState::On || login == LoginItemState::NeedsApproval;
    if (m_startAtLogin->isChecked() != wasOn) {
        if (const QString error = setLoginItem(m_startAtLogin->isChecked(), QCoreApplication::applicationFilePath());
            !error.isEmpty())
            problems.append(error);
    }
    // config.json only when the interval changed: an edit rewrites the file.
    if (m_interval->value() != m_checkInterval) {
        if (const QString error = m_configEditor.setCheckInterval(m_interval->value()); !error.isEmpty())
            problems.append(error);
    }
    if (m_providerProxy->value() != m_providerProxyBefore || m_detectionProxy->value() != m_detectionProxyBefore) {
        if (const QString error = m_configEditor.setProxies(m_providerProxy->value(), m_detectionProxy->value());
            !error.isEmpty())
            problems.append(error);
    }
    for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        if (!m_sourceRules->changed(family))
            continue;
        if (const QString error = m_configEditor.setSources(addressFamilyKey(family), m_sourceRules->sources(family));
            !error.isEmpty())
            problems.append(error);
    }
    m_preferences.setLanguage(m_language->currentData().toString());
    for (const auto &[kind, box] : std::as_const(m_notifications))
        m_preferences.setShows(Notification::Kind(kind), box->isChecked());
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Homing"), tr("Some settings could not be saved:\n%1").arg(problems.join(QLatin1Char('\n'))));
        return;
    }
    QDialog::accept();
}

} // namespace homing::gui
