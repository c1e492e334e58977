#include "TrayApplication.h"

#include "Translations.h"

#include "AboutDialog.h"
#include "AttachedBackend.h"
#include "BuiltinProviders.h"
#include "ConfigEditor.h"
#include "DiagnosticsReport.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "NotificationPresenter.h"
#include "OverallState.h"
#include "SettingsDialog.h"
#include "common/Logging.h"
#include "config/ConfigLoader.h"
#include "config/Paths.h"
#include "daemon/ControlChannel.h"
#include "daemon/Daemon.h"
#include "daemon/InstanceLock.h"
#include "daemon/Runtime.h"
#include "platform/LoginItem.h"
#include "storage/AtomicFile.h"
#include "common/Clock.h"
#include "dns/UdpTcpDnsTransport.h"
#include "net/QtHttpClient.h"
#include "net/TransportSettings.h"
#include "net/UserAgent.h"
#include "provider/AccountCheck.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretResolver.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMenu>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimer>

namespace homing::gui {

namespace {

// Where a running `homing` listens for a second one ("show your window"):
// next to the data directory's control socket, so private in the same way.
QString instanceSocketName(const InstanceLock &lock)
{
    return lock.socketName().isEmpty() ? QString() : lock.socketName() + QStringLiteral(".app");
}

QIcon stateIcon(OverallState state)
{
#if defined(Q_OS_MACOS)
    QIcon icon(QStringLiteral(":/icons/tray/template/%1.svg").arg(iconName(state)));
    icon.setIsMask(true); // a template image: the menu bar colours it
    return icon;
#else
    return QIcon(QStringLiteral(":/icons/tray/%1.svg").arg(iconName(state)));
#endif
}

} // namespace

struct TrayApplication::EditorServices {
    SystemClock clock;
    QtHttpClient http;
    UdpTcpDnsTransport dns;
    KeychainSecretStore keychain;
    SecretResolver resolver{&keychain};
    AccountChecker checker;

    EditorServices(const ProviderRegistry &providers, Redactor &redactor)
        : checker(providers, http, dns, clock, resolver, redactor)
    {
    }
};

TrayApplication::TrayApplication(QApplication &application, QString configDir, QString dataDir)
    : m_application(application)
    , m_configDir(std::move(configDir))
    , m_dataDir(std::move(dataDir))
    , m_preferences(m_configDir)
{
    registerBuiltinProviders(m_providers);
}

TrayApplication::~TrayApplication()
{
    m_window.reset();
    m_editorServices.reset();
    m_configEditor.reset();
    if (m_daemon)
        m_daemon->stop();
    delete m_backend;
    m_daemon.reset();
    m_runtime.reset();
}

int TrayApplication::start()
{
    LogSink::Options stderrOnly;
    stderrOnly.minimumStderrLevel = QtWarningMsg;
    m_log = std::make_unique<LogSink>(stderrOnly, &m_redactor);
    m_log->install();
    if (const QString error = ensurePrivateDirectory(m_dataDir); !error.isEmpty()) {
        QMessageBox::critical(nullptr, tr("Homing"), error);
        return 1;
    }
    m_lock = std::make_unique<InstanceLock>(m_dataDir);
    if (forwardToRunningApp())
        return 0;
    QString error;
    if (m_lock->tryAcquire()) {
        if (!startLocal(&error)) {
            QMessageBox::critical(nullptr, tr("Homing"), error);
            return 1;
        }
    } else if (!attach(&error)) {
        QMessageBox::critical(nullptr, tr("Homing"),
                              tr("Another Homing process (pid %1) updates the records of %2, and this app cannot reach "
                                 "it: %3")
                                  .arg(m_lock->holderPid())
                                  .arg(m_dataDir, error));
        return 1;
    }
    listenForOtherInstances();
    m_configEditor = std::make_unique<ConfigEditor>(configFilePath(m_configDir), m_providers, m_sources, *m_backend);
    buildTray();
    m_notifications = new NotificationPresenter(m_tray, this);
    connect(m_notifications, &NotificationPresenter::activated, this, &TrayApplication::showWindow);
    // The core decides what is worth telling; the user, which of it to see.
    connect(m_backend, &UpdaterBackend::notify, m_notifications, [this](const Notification &notification) {
        if (m_preferences.shows(notification.kind))
            m_notifications->show(notification);
    });
    connect(m_backend, &UpdaterBackend::statusChanged, this, &TrayApplication::refresh);
    connect(m_backend, &UpdaterBackend::detached, this, [this] {
        m_tray->showMessage(tr("Homing"), tr("The Homing service stopped; this app stops following it."),
                            QSystemTrayIcon::Warning);
        m_application.quit();
    });
    refresh();
    m_tray->show(); // after refresh(): with its icon already set
    // Without a tray (some desktops have none) the window is the app; with
    // no records yet, it says what to do. Attached, the daemon's status
    // arrives a moment later: decide then.
    const auto showWindowIfNeeded = [this] {
        const bool noRecords = m_backend->status().value(QStringLiteral("records")).toArray().isEmpty();
        if (!QSystemTrayIcon::isSystemTrayAvailable() || noRecords)
            showWindow();
        // First run: nothing set up yet, so the window opens on the setup.
        if (noRecords && m_configEditor->accountIds().isEmpty())
            QTimer::singleShot(0, this, [this] { window().startSetup(); });
    };
    if (m_backend->isAttached())
        connect(m_backend, &UpdaterBackend::statusChanged, this, showWindowIfNeeded, Qt::SingleShotConnection);
    else
        showWindowIfNeeded();
    return 0;
}

bool TrayApplication::forwardToRunningApp()
{
    // A running app answers "show" on its own socket when it follows a
    // daemon, and on the data directory's control socket when it updates
    // itself (where a daemon says no, and this app attaches to it instead).
    for (const QString &name : {instanceSocketName(*m_lock), m_lock->socketName()}) {
        if (name.isEmpty())
            continue;
        ControlConnection other(name);
        if (!other.open(500, nullptr))
            continue;
        bool shown = false;
        QEventLoop loop;
        other.request({{QStringLiteral("command"), QStringLiteral("show")}}, [&](const std::optional<QJsonObject> &reply) {
            shown = reply && reply->value(QStringLiteral("ok")).toBool();
            loop.quit();
        });
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        if (shown)
            return true;
    }
    return false;
}

bool TrayApplication::startLocal(QString *error)
{
    const QString path = configFilePath(m_configDir);
    ConfigLoadResult loaded;
    if (QFile::exists(path))
        loaded = ConfigLoader(m_providers, m_sources).loadFile(path);
    else
        loaded = ConfigLoader(m_providers, m_sources).parse("{}"); // watches the address until set up
    if (!loaded.config) {
        QStringList problems;
        for (const auto &issue : std::as_const(loaded.issues)) {
            if (issue.isError())
                problems.append(issue.toString());
        }
        *error = tr("%1 has errors; Homing changed nothing:\n%2").arg(path, problems.join(QLatin1Char('\n')));
        return false;
    }
    LogSink::Options withFile;
    withFile.minimumStderrLevel = QtWarningMsg;
    withFile.filePath = logFilePath(m_dataDir);
    m_fileLog = std::make_unique<LogSink>(withFile, &m_redactor);
    m_fileLog->install();
    m_runtime = std::make_unique<Runtime>(m_providers, m_sources, std::move(*loaded.config), m_dataDir, m_redactor);
    if (const QString warning = m_runtime->loadState(); !warning.isEmpty())
        qCWarning(lcState).noquote() << warning;
    m_daemon = std::make_unique<Daemon>(DaemonParts{m_runtime->updater(), m_runtime->propagation(), m_runtime->state(), m_runtime->history(), m_runtime->clock(),
                                                                    m_runtime->addressWatcher(), m_runtime->resumeWatcher(), &m_runtime->portMapper()},
                                        m_lock->socketName(), control::Role::App, [this, path] {
        return ConfigLoader(m_providers, m_sources).loadFile(path);
    });
    connect(m_daemon.get(), &Daemon::showRequested, this, &TrayApplication::showWindow);
    m_backend = new LocalBackend(*m_daemon);
    QString listenError;
    m_daemon->start(&listenError);
    if (!listenError.isEmpty())
        qCWarning(lcDaemon).noquote() << "homing-cli cannot reach this app:" << listenError;
    return true;
}

bool TrayApplication::attach(QString *error)
{
    auto *connection = new ControlConnection(m_lock->socketName());
    if (!connection->open(2000, error)) {
        delete connection;
        return false;
    }
    m_backend = new AttachedBackend(connection);
    return true;
}

void TrayApplication::listenForOtherInstances()
{
    const QString name = instanceSocketName(*m_lock);
    if (name.isEmpty())
        return;
    // Only while attached does the app need a socket of its own for this;
    // running the updater, its control socket answers "show" too.
    if (!m_backend->isAttached())
        return;
    m_instanceServer = new QLocalServer(this);
    m_instanceServer->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(name);
    if (!m_instanceServer->listen(name))
        return;
    connect(m_instanceServer, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_instanceServer->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
                socket->write(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                                        {QStringLiteral("id"), request.value(QStringLiteral("id"))}})
                                  .toJson(QJsonDocument::Compact)
                              + '\n');
                showWindow();
            });
        }
    });
}

void TrayApplication::buildTray()
{
    m_tray = new QSystemTrayIcon(this);
    buildTrayMenu();
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
#if !defined(Q_OS_MACOS)
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
#else
        Q_UNUSED(reason); // menu-bar apps show their menu on a click
#endif
    });
}

void TrayApplication::buildTrayMenu()
{
    QMenu *earlier = m_tray->contextMenu();
    auto *menu = new QMenu();
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    auto *addresses = menu->addAction(QString());
    addresses->setObjectName(QStringLiteral("addresses"));
    addresses->setEnabled(false);
    auto *headline = menu->addAction(QString());
    headline->setObjectName(QStringLiteral("headline"));
    headline->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("&Update now"), this, [this] { m_backend->updateNow(); });
    auto *pause = menu->addAction(tr("&Pause"), this, &TrayApplication::togglePause);
    pause->setObjectName(QStringLiteral("pause"));
    menu->addAction(tr("&Open Homing"), this, &TrayApplication::showWindow);
    menu->addAction(tr("&Settings…"), this, &TrayApplication::showSettings);
    menu->addAction(tr("&About Homing"), this, &TrayApplication::showAbout);
    auto *login = menu->addAction(QString(), this, &TrayApplication::toggleStartAtLogin);
    login->setObjectName(QStringLiteral("login"));
    login->setCheckable(true);
    // Read when the menu opens, not at every status change: the user may
    // have changed it in the system's own settings meanwhile.
    connect(menu, &QMenu::aboutToShow, this, [this, login] { showStartAtLogin(login); });
    showStartAtLogin(login);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), &m_application, &QApplication::quit);
    menu->setToolTipsVisible(true);
    m_tray->setContextMenu(menu);
    if (earlier)
        earlier->deleteLater();
}

// The window is built when it is first shown: a tray app spends most of its
// life with it closed, and then it costs nothing (nor do the editor's keychain
// and network, which only its dialogs use).
MainWindow &TrayApplication::window()
{
    if (!m_window)
        buildWindow();
    return *m_window;
}

void TrayApplication::buildWindow()
{
    if (!m_editorServices)
        m_editorServices = std::make_unique<EditorServices>(m_providers, m_redactor);
    m_window = std::make_unique<MainWindow>(
        *m_backend, *m_configEditor,
        AccountRecordEditor::Parts{m_providers, m_sources, m_editorServices->keychain, m_editorServices->checker,
                                   *m_configEditor, *m_backend, configFilePath(m_configDir)});
    connect(m_window.get(), &MainWindow::setupFinished, this, [this](bool startAtLogin) {
        if (const QString problem = setLoginItem(startAtLogin, QCoreApplication::applicationFilePath()); !problem.isEmpty())
            QMessageBox::warning(m_window.get(), tr("Homing"),
                                 tr("Homing could not change whether it starts at login: %1").arg(problem));
    });
}

void TrayApplication::applyLanguage(const QString &language)
{
    m_preferences.setLanguage(language);
    installTranslations(m_application, language);
    // Widgets take their text when they are built: build them again. The
    // window comes back where it was, if it was open.
    const bool wasVisible = m_window && m_window->isVisible();
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    if (m_window)
        buildWindow();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (wasVisible)
        showWindow();
    buildTrayMenu();
    refresh();
}

void TrayApplication::refresh()
{
    const QJsonObject status = m_backend->status();
    const OverallSummary summary = summarise(status);
    m_tray->setIcon(stateIcon(summary.state));
    m_tray->setToolTip(QStringLiteral("Homing\n%1\n%2").arg(summary.addresses, summary.headline));
    QMenu *menu = m_tray->contextMenu();
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("addresses"))
            action->setText(summary.addresses.isEmpty() ? tr("Address not checked yet") : summary.addresses);
        else if (action->objectName() == QLatin1String("headline")) {
            // A provider's error can be long: the menu keeps a short line,
            // and the whole text is the item's tooltip (and in the window).
            constexpr int kMenuLine = 48;
            action->setText(summary.headline.size() > kMenuLine ? summary.headline.left(kMenuLine - 1) + QChar(0x2026)
                                                                : summary.headline);
            action->setToolTip(summary.headline);
        }
        else if (action->objectName() == QLatin1String("pause"))
            action->setText(status.value(QStringLiteral("paused")).toBool() ? tr("&Resume") : tr("&Pause"));

    }
}

void TrayApplication::togglePause()
{
    // Pausing is a setting of config.json ("paused"), so that it holds for
    // homing-cli and across restarts; the updater reads it again.
    const bool paused = m_backend->status().value(QStringLiteral("paused")).toBool();
    if (const QString error = m_configEditor->setPaused(!paused); !error.isEmpty())
        QMessageBox::warning(m_window.get(), tr("Homing"), tr("Homing could not change config.json: %1").arg(error));
}

// A change made in the system's settings is shown, never silently undone.
void TrayApplication::showStartAtLogin(QAction *action)
{
    switch (loginItemState()) {
    case LoginItemState::On:
        action->setChecked(true);
        action->setText(tr("Start at &login"));
        break;
    case LoginItemState::Off:
        action->setChecked(false);
        action->setText(tr("Start at &login"));
        break;
    case LoginItemState::DisabledByUser:
        action->setChecked(false);
        action->setText(tr("Start at &login (turned off in the system's startup settings)"));
        break;
    case LoginItemState::NeedsApproval:
        action->setChecked(true);
        action->setText(tr("Start at &login (waiting for your approval in System Settings)"));
        break;
    }
}

void TrayApplication::toggleStartAtLogin()
{
    const bool on = loginItemState() == LoginItemState::On || loginItemState() == LoginItemState::NeedsApproval;
    if (const QString error = setLoginItem(!on, QCoreApplication::applicationFilePath()); !error.isEmpty())
        QMessageBox::warning(m_window.get(), tr("Homing"), tr("Homing could not change whether it starts at login: %1").arg(error));
}

// As the detection in config.json reaches its sources: its CA file and proxy.
TransportOptions TrayApplication::detectionTransport() const
{
    const QJsonObject ip = m_configEditor->current().value(QStringLiteral("ip")).toObject();
    return transportOptionsFor(homingUserAgent(), Config().requestTimeoutSeconds,
                               ip.value(QStringLiteral("ca_file")).toString(),
                               ip.value(QStringLiteral("proxy")).toString(QStringLiteral("none")));
}

void TrayApplication::showSettings()
{
    const int interval = m_backend->status().value(QStringLiteral("check_interval")).toInt(Config::kDefaultCheckInterval);
    const QString language = m_preferences.language();
    {
        // Gone before the window it belongs to is built again.
        if (!m_editorServices)
            m_editorServices = std::make_unique<EditorServices>(m_providers, m_redactor);
        // The rule preview asks sources as detection would: directly, not through a proxy.
        SettingsDialog settings(m_preferences, *m_configEditor, interval,
                                {configFilePath(m_configDir), m_dataDir, logFilePath(m_dataDir)}, m_sources,
                                IpSourceEnvironment{&m_editorServices->http, detectionTransport(), {}}, m_window.get());
        settings.exec();
    }
    if (m_preferences.language() != language)
        applyLanguage(m_preferences.language());
}

void TrayApplication::showAbout()
{
    AboutDialog about(AboutDialog::versions(), [this] {
        QFile config(configFilePath(m_configDir));
        DiagnosticsInput input{AboutDialog::versions(), config.open(QIODevice::ReadOnly) ? config.readAll() : QByteArray(),
                               m_backend->status(), m_backend->history(), logFilePath(m_dataDir)};
        return diagnosticsReport(input, m_redactor);
    }, m_window.get());
    about.exec();
}

void TrayApplication::showWindow()
{
    window().show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace homing::gui
