#pragma once

#include <QString>

namespace homing {

// The configuration directory: --config-dir, else HOMING_CONFIG_DIR, else
// the platform's per-user location (~/.config/homing on Linux).
QString resolveConfigDir(const QString &option);
// The data directory (state, history, log, lock): --data-dir, else
// HOMING_DATA_DIR, else the platform's location (~/.local/share/homing).
QString resolveDataDir(const QString &option);

QString configFilePath(const QString &configDir);
QString stateFilePath(const QString &dataDir);
QString historyFilePath(const QString &dataDir);
QString logFilePath(const QString &dataDir);
// What was learnt about the home router (RouterClients::rememberIn).
QString routerFilePath(const QString &dataDir);

} // namespace homing
