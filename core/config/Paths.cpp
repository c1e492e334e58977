#include "config/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace homing {

namespace {

QString resolve(const QString &option, const char *variable, QStandardPaths::StandardLocation location)
{
    QString path = option;
    if (path.isEmpty())
        path = qEnvironmentVariable(variable);
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(location);
    return QDir(path).absolutePath();
}

} // namespace

QString resolveConfigDir(const QString &option)
{
    return resolve(option, "HOMING_CONFIG_DIR", QStandardPaths::AppConfigLocation);
}

QString resolveDataDir(const QString &option)
{
    return resolve(option, "HOMING_DATA_DIR", QStandardPaths::AppDataLocation);
}

QString configFilePath(const QString &configDir)
{
    return QDir(configDir).filePath(QStringLiteral("config.json"));
}

QString stateFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("state.json"));
}

QString routerFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("router.json"));
}

QString historyFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("history.jsonl"));
}

QString logFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("homing.log"));
}

} // namespace homing
