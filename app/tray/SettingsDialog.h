#pragma once

#include "address/IpSourceFactory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace homing::gui {

class AppPreferences;
class ConfigEditor;
class ProxyField;
class SourceRulesBox;

// Settings: start at login, the check interval and the proxies (config.json),
// the language and which notifications to show (the app's own preferences),
// and where Homing keeps its files.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Files {
        QString configPath;
        QString dataDir;
        QString logPath;
    };

    // `sources` and `environment`: the rule preview creates and asks the sources being typed.
    SettingsDialog(AppPreferences &preferences, ConfigEditor &configEditor, int checkInterval, Files files,
                   const IpSourceFactory &sources, IpSourceEnvironment environment, QWidget *parent = nullptr);

    void accept() override;

private:
    AppPreferences &m_preferences;
    ConfigEditor &m_configEditor;
    int m_checkInterval;
    QCheckBox *m_startAtLogin;
    QSpinBox *m_interval;
    QComboBox *m_language;
    ProxyField *m_providerProxy;
    ProxyField *m_detectionProxy;
    QString m_providerProxyBefore;
    QString m_detectionProxyBefore;
    SourceRulesBox *m_sourceRules;
    QList<std::pair<int, QCheckBox *>> m_notifications; // Notification::Kind → its box
};

} // namespace homing::gui
