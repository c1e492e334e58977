#pragma once

#include "AppPreferences.h"
#include "address/IpSourceFactory.h"
#include "common/Logging.h"
#include "provider/ProviderRegistry.h"
#include "secrets/Redactor.h"

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QApplication;
class QLocalServer;
class QSystemTrayIcon;

namespace homing {
class Daemon;
class InstanceLock;
class Runtime;
struct Notification;
}

namespace homing::gui {

class ConfigEditor;
class MainWindow;
class NotificationPresenter;
class UpdaterBackend;

// The `homing` tray app: runs the updater of the data directory itself, or
// attaches to the `homing-cli run` daemon that holds it, and shows its
// state in the tray, a window and notifications.
class TrayApplication : public QObject
{
    Q_OBJECT

public:
    TrayApplication(QApplication &application, QString configDir, QString dataDir);
    ~TrayApplication() override;

    // 0 when running (call exec()), else the exit code: 0 when another
    // `homing` was asked to show its window, 1 on failure.
    int start();
    // True once start() set up the tray (rather than forwarding to another `homing`).
    bool isRunning() const { return m_backend != nullptr; }
    // Switches the language while the app runs ("" for the system's):
    // saves the choice, loads its translations and builds the menu and
    // the window anew in it.
    void applyLanguage(const QString &language);
    // Opens the window (building it the first time), as the tray's click does.
    void showWindow();

private:
    bool forwardToRunningApp();
    bool startLocal(QString *error);
    bool attach(QString *error);
    void listenForOtherInstances();
    void buildTray();
    void buildTrayMenu();
    void buildWindow();
    void refresh();
    void togglePause();
    void showAbout();
    void showSettings();
    TransportOptions detectionTransport() const;
    void toggleStartAtLogin();
    void showStartAtLogin(QAction *action);
    MainWindow &window();

    QApplication &m_application;
    QString m_configDir;
    QString m_dataDir;
    AppPreferences m_preferences;
    ProviderRegistry m_providers;
    IpSourceFactory m_sources;
    Redactor m_redactor;
    // Every log line through the redactor; to homing.log too while this app
    // runs the updater (as `homing-cli run` does). Sinks nest: the file's is
    // installed over the other and, declared after it, goes first.
    std::unique_ptr<LogSink> m_log;
    std::unique_ptr<LogSink> m_fileLog;
    std::unique_ptr<InstanceLock> m_lock;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<Daemon> m_daemon;
    UpdaterBackend *m_backend = nullptr;
    std::unique_ptr<ConfigEditor> m_configEditor;
    // What the editor works with: its own keychain calls and network, for
    // Test, whether the app runs the updater or follows a daemon.
    struct EditorServices;
    std::unique_ptr<EditorServices> m_editorServices;
    QLocalServer *m_instanceServer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<MainWindow> m_window;
    NotificationPresenter *m_notifications = nullptr;
};

} // namespace homing::gui
