#pragma once

#include "address/IpSourceFactory.h"
#include "common/Logging.h"
#include "config/Config.h"
#include "daemon/Runtime.h"
#include "provider/ProviderRegistry.h"
#include "secrets/Redactor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace homing::cli {

// homing-cli: the verbs of the command line, each a thin layer over the core.
// Exit codes: 0 success, 1 a record failed or is blocked (or the command
// could not do its work), 2 a usage or configuration error.
class CliApplication
{
public:
    explicit CliApplication(QCoreApplication &application);
    int run();

    static constexpr int kExitOk = 0;
    static constexpr int kExitFailure = 1;
    static constexpr int kExitUsage = 2;

private:
    int runDaemon();
    int update();
    int status();
    int verify();
    QStringList verifyUpdated(Runtime &runtime, const PassSummary &summary);
    int ip();
    int history();
    int providers();
    int checkConfig();
    int testAccount();
    int secret();

    std::optional<Config> loadConfig(bool showWarnings);
    // For the process that owns the data directory: logs go to its log file
    // too, and its state is loaded (a damaged state file is reported).
    std::unique_ptr<LogSink> logToDataDir(QtMsgType quietStderrLevel);
    std::unique_ptr<Runtime> openRuntime(Config config);
    // Runs the event loop until `start` calls the function it is given.
    void waitFor(const std::function<void(std::function<void()>)> &start);
    int usageError(const QString &message);
    bool checkOptions(const QStringList &allowed);
    void printLines(const QStringList &lines);
    void printJson(const QJsonValue &value);
    QString usage() const;

    QCoreApplication &m_application;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    ProviderRegistry m_providers;
    IpSourceFactory m_sources;
    Redactor m_redactor;
    QString m_command;
    QStringList m_arguments;
    QString m_configDir;
    QString m_dataDir;
};

} // namespace homing::cli
