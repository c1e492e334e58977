#include "CliApplication.h"

#include "BuiltinProviders.h"
#include "common/HomingVersion.h"
#include "common/Logging.h"
#include "common/PlainText.h"
#include "config/ConfigLoader.h"
#include "config/Paths.h"
#include "daemon/ControlChannel.h"
#include "daemon/Daemon.h"
#include "daemon/InstanceLock.h"
#include "daemon/Runtime.h"
#include "dns/UdpTcpDnsTransport.h"
#include "net/QtHttpClient.h"
#include "net/UserAgent.h"
#include "notify/Notifier.h"
#include "provider/AccountCheck.h"
#include "provider/ProviderRegistry.h"
#include "platform/ProcessSignals.h"
#include "platform/TerminalInput.h"
#include "report/StatusReport.h"
#include "report/VerificationReport.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretResolver.h"
#include "storage/AtomicFile.h"
#include "storage/HistoryStore.h"
#include "storage/JsonText.h"
#include "update/UpdateScheduler.h"

#include <QEventLoop>
#include <QSet>
#include <QThread>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace homing::cli {

namespace {

constexpr int kControlTimeoutMs = 10 * 60 * 1000;  // a pass over many records may take minutes
constexpr int kOneShotLockWaitMs = 2 * 60 * 1000;  // another one-shot update finishing

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::cli)
};

QJsonObject fieldToJson(const FieldSpec &field)
{
    QJsonObject object{
        {QStringLiteral("key"), field.key},
        {QStringLiteral("label"), field.translatedLabel()},
        {QStringLiteral("kind"), field.kind == FieldSpec::Kind::Secret ? QStringLiteral("secret") : QStringLiteral("setting")},
        {QStringLiteral("scope"), field.scope == FieldSpec::Scope::Record ? QStringLiteral("record") : QStringLiteral("account")},
        {QStringLiteral("type"), FieldSpec::typeKey(field.type)},
        {QStringLiteral("required"), field.required},
        {QStringLiteral("default"), field.defaultValue.isUndefined() ? QJsonValue() : field.defaultValue},
        {QStringLiteral("help"), field.translatedHelp()},
    };
    if (!field.choices.isEmpty())
        object.insert(QStringLiteral("choices"), QJsonArray::fromStringList(field.choices));
    return object;
}

QString describeLifetime(qint64 seconds)
{
    return seconds < 0 ? Text::tr("forever") : Text::tr("%1 s").arg(seconds);
}

// One line per address an interface source looked at: what it is and why it was (not) taken.
QString describeCandidate(const AddressCandidate &candidate)
{
    const QString flags = candidate.flags.isEmpty() ? QStringLiteral("-") : candidate.flags.join(QLatin1Char(','));
    return Text::tr("%1 %2/%3 on %4 [%5] suffix %6, preferred %7, valid %8: %9")
        .arg(candidate.chosen ? QStringLiteral("*") : QStringLiteral("-"), candidate.address.toString())
        .arg(candidate.prefixLength)
        .arg(candidate.interfaceName, flags, candidate.suffixKind, describeLifetime(candidate.preferredLifetime),
             describeLifetime(candidate.validLifetime), candidate.reason);
}

} // namespace

CliApplication::CliApplication(QCoreApplication &application)
    : m_application(application)
    , m_out(stdout)
    , m_err(stderr)
{
    registerBuiltinProviders(m_providers);
}

QString CliApplication::usage() const
{
    return Text::tr("Usage: homing-cli [options] <command> [arguments]\n"
              "\n"
              "Keeps DNS records pointed at this network's changing public address.\n"
              "\n"
              "Commands:\n"
              "  run                         Watch the address and update records until stopped\n"
              "  update [--force] [--record NAME]\n"
              "                              Detect and update once (asks a running daemon if any)\n"
              "  status [--json]             Addresses and the state of every record\n"
              "  verify [--record NAME] [--json]\n"
              "                              Ask the authoritative servers whether they serve what Homing set\n"
              "  ip [--json]                 Detect the addresses only: each source's answer\n"
              "  history [--json] [--limit N]\n"
              "                              Past updates and address changes\n"
              "  providers [--json]          Supported providers and their settings\n"
              "  check-config                Validate config.json and check the secrets it names\n"
              "  test-account ACCOUNT [--record NAME]\n"
              "                              Check an account's credentials and zone without changing anything\n"
              "  secret set ACCOUNT FIELD    Store a secret in the system keychain (value from standard input)\n"
              "  secret delete ACCOUNT FIELD Remove a secret from the system keychain\n"
              "\n"
              "Options:\n"
              "  --config-dir DIR            Directory of config.json (also HOMING_CONFIG_DIR)\n"
              "  --data-dir DIR              Directory of state, history and log (also HOMING_DATA_DIR)\n"
              "  -v, --verbose               More detail on standard error\n"
              "  -h, --help                  Show this help\n"
              "  --version                   Show the version\n"
              "\n"
              "Exit status: 0 all records in sync (or success), 1 a record failed or is blocked, "
              "2 usage or configuration error.\n");
}

int CliApplication::usageError(const QString &message)
{
    m_err << Text::tr("homing-cli: %1").arg(message) << Qt::endl << Text::tr("Run homing-cli --help for usage.") << Qt::endl;
    return kExitUsage;
}

bool CliApplication::checkOptions(const QStringList &allowed)
{
    for (const auto &name : {QStringLiteral("force"), QStringLiteral("record"), QStringLiteral("json"),
                             QStringLiteral("limit")}) {
        if (m_parser.isSet(name) && !allowed.contains(name)) {
            usageError(Text::tr("--%1 does not apply to \"%2\"").arg(name, m_command));
            return false;
        }
    }
    return true;
}

void CliApplication::printLines(const QStringList &lines)
{
    // Lines may quote what a provider or a file said: never a terminal escape.
    // Room for a record's name, its state and a bounded detail.
    constexpr qsizetype kMaximumLineLength = 2000;
    for (const auto &line : lines)
        m_out << plainText(line, kMaximumLineLength) << Qt::endl;
}

void CliApplication::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << terminalSafeJson(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    m_out.flush();
}

void CliApplication::waitFor(const std::function<void(std::function<void()>)> &start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

std::optional<Config> CliApplication::loadConfig(bool showWarnings)
{
    const QString path = configFilePath(m_configDir);
    if (!QFile::exists(path)) {
        m_err << Text::tr("homing-cli: there is no configuration at %1. Create it (see the README's example), or point "
                    "--config-dir or HOMING_CONFIG_DIR at the directory that holds config.json.")
                     .arg(path)
              << Qt::endl;
        return std::nullopt;
    }
    const ConfigLoader loader(m_providers, m_sources);
    const ConfigLoadResult result = loader.loadFile(path);
    for (const auto &issue : result.issues) {
        if (issue.isError())
            m_err << Text::tr("error: %1").arg(issue.toString()) << Qt::endl;
        else if (showWarnings)
            m_err << Text::tr("warning: %1").arg(issue.toString()) << Qt::endl;
    }
    if (!result.config)
        m_err << Text::tr("homing-cli: %1 has errors; nothing was changed.").arg(path) << Qt::endl;
    return result.config;
}

std::unique_ptr<LogSink> CliApplication::logToDataDir(QtMsgType quietStderrLevel)
{
    LogSink::Options options;
    options.minimumStderrLevel = m_parser.isSet(QStringLiteral("verbose")) ? QtDebugMsg : quietStderrLevel;
    options.filePath = logFilePath(m_dataDir);
    auto sink = std::make_unique<LogSink>(options, &m_redactor);
    sink->install();
    return sink;
}

std::unique_ptr<Runtime> CliApplication::openRuntime(Config config)
{
    auto runtime = std::make_unique<Runtime>(m_providers, m_sources, std::move(config), m_dataDir, m_redactor);
    if (const QString warning = runtime->loadState(); !warning.isEmpty())
        qCWarning(lcState).noquote() << warning;
    return runtime;
}

int CliApplication::run()
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        {QStringLiteral("config-dir"), QString(), QStringLiteral("dir")},
        {QStringLiteral("data-dir"), QString(), QStringLiteral("dir")},
        {{QStringLiteral("v"), QStringLiteral("verbose")}, QString()},
        {{QStringLiteral("h"), QStringLiteral("help")}, QString()},
        {QStringLiteral("version"), QString()},
        {QStringLiteral("force"), QString()},
        {QStringLiteral("record"), QString(), QStringLiteral("name")},
        {QStringLiteral("json"), QString()},
        {QStringLiteral("limit"), QString(), QStringLiteral("n")},
    });
    if (!m_parser.parse(m_application.arguments()))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << usage();
        return kExitOk;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("homing-cli %1").arg(QLatin1String(HOMING_VERSION)) << Qt::endl;
        return kExitOk;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(Text::tr("no command given"));
    m_command = positional.first();
    m_arguments = positional.mid(1);
    m_configDir = resolveConfigDir(m_parser.value(QStringLiteral("config-dir")));
    m_dataDir = resolveDataDir(m_parser.value(QStringLiteral("data-dir")));

    const bool takesArguments = m_command == QLatin1String("secret") || m_command == QLatin1String("test-account");
    if (!takesArguments && !m_arguments.isEmpty())
        return usageError(Text::tr("unexpected argument \"%1\"").arg(m_arguments.first()));

    // One-shot commands show warnings and errors only, unless asked for more.
    LogSink::Options logOptions;
    logOptions.minimumStderrLevel = m_parser.isSet(QStringLiteral("verbose")) ? QtDebugMsg : QtWarningMsg;
    if (m_command == QLatin1String("run") && !m_parser.isSet(QStringLiteral("verbose")))
        logOptions.minimumStderrLevel = QtInfoMsg;
    if (m_parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("homing.*.debug=true"));
    LogSink stderrSink(logOptions, &m_redactor);
    stderrSink.install();

    using Command = int (CliApplication::*)();
    const QList<std::tuple<QString, QStringList, Command>> commands{
        {QStringLiteral("run"), {}, &CliApplication::runDaemon},
        {QStringLiteral("update"), {QStringLiteral("force"), QStringLiteral("record")}, &CliApplication::update},
        {QStringLiteral("status"), {QStringLiteral("json")}, &CliApplication::status},
        {QStringLiteral("verify"), {QStringLiteral("record"), QStringLiteral("json")}, &CliApplication::verify},
        {QStringLiteral("ip"), {QStringLiteral("json")}, &CliApplication::ip},
        {QStringLiteral("history"), {QStringLiteral("json"), QStringLiteral("limit")}, &CliApplication::history},
        {QStringLiteral("providers"), {QStringLiteral("json")}, &CliApplication::providers},
        {QStringLiteral("check-config"), {}, &CliApplication::checkConfig},
        {QStringLiteral("test-account"), {QStringLiteral("record")}, &CliApplication::testAccount},
        {QStringLiteral("secret"), {}, &CliApplication::secret},
    };
    for (const auto &[name, allowed, command] : commands) {
        if (name == m_command)
            return checkOptions(allowed) ? (this->*command)() : kExitUsage;
    }
    return usageError(Text::tr("unknown command \"%1\"").arg(m_command));
}

int CliApplication::runDaemon()
{
    auto config = loadConfig(true);
    if (!config)
        return kExitUsage;
    if (const QString error = ensurePrivateDirectory(m_dataDir); !error.isEmpty()) {
        m_err << Text::tr("homing-cli: %1").arg(error) << Qt::endl;
        return kExitFailure;
    }
    InstanceLock lock(m_dataDir);
    if (!lock.tryAcquire()) {
        m_err << Text::tr("homing-cli: another Homing process (pid %1) already updates the records of %2. Use "
                    "\"homing-cli status\" and \"homing-cli update\" to talk to it.")
                     .arg(lock.holderPid())
                     .arg(m_dataDir)
              << Qt::endl;
        return kExitFailure;
    }
    const auto sink = logToDataDir(QtInfoMsg);
    const auto runtime = openRuntime(std::move(*config));
    // A reload (SIGHUP, or "reload" from the tray app after an edit) reads
    // the file again and prints its problems like check-config does.
    Daemon daemon({runtime->updater(), runtime->propagation(), runtime->state(), runtime->history(), runtime->clock(),
                   runtime->addressWatcher(), runtime->resumeWatcher(), &runtime->portMapper()},
                  lock.socketName(), control::Role::Daemon, [this] {
        ConfigLoadResult result = ConfigLoader(m_providers, m_sources).loadFile(configFilePath(m_configDir));
        for (const auto &issue : std::as_const(result.issues))
            qCWarning(lcConfig).noquote() << issue.toString();
        return result;
    });
    QObject::connect(&daemon, &Daemon::notify, &m_application, [](const Notification &notification) {
        qCInfo(lcDaemon).noquote() << notification.title + QStringLiteral(": ") + notification.body;
    });

    ProcessSignals signals;
    QObject::connect(&signals, &ProcessSignals::terminationRequested, &m_application, [this] {
        qCInfo(lcDaemon).noquote() << Text::tr("stopping");
        m_application.quit();
    });
    QObject::connect(&signals, &ProcessSignals::reloadRequested, &daemon, [&daemon] { daemon.reload(); });

    qCInfo(lcDaemon).noquote() << Text::tr("Homing %1 watching %n record(s); data in %2", "", int(daemon.config().records.size()))
                                      .arg(QLatin1String(HOMING_VERSION), m_dataDir);
    QString listenError;
    daemon.start(&listenError);
    if (!listenError.isEmpty())
        qCWarning(lcDaemon).noquote() << Text::tr("cannot listen for commands (%1); homing-cli update and status will not "
                                            "reach this process")
                                             .arg(listenError);
    m_application.exec();
    daemon.stop();
    return kExitOk;
}

int CliApplication::update()
{
    auto config = loadConfig(false);
    if (!config)
        return kExitUsage;
    const QString recordName = m_parser.value(QStringLiteral("record"));
    PassOptions selection;
    selection.recordName = recordName;
    switch (RecordSelector(selection).problem(*config)) {
    case RecordSelector::Problem::None:
        break;
    case RecordSelector::Problem::NoSuchRecord:
        return usageError(Text::tr("no record named \"%1\" in the configuration").arg(recordName));
    case RecordSelector::Problem::AllPaused:
        return usageError(Text::tr("%1 is paused (\"paused\": true in the configuration); resume it first").arg(recordName));
    }
    if (const QString error = ensurePrivateDirectory(m_dataDir); !error.isEmpty()) {
        m_err << Text::tr("homing-cli: %1").arg(error) << Qt::endl;
        return kExitFailure;
    }
    const bool force = m_parser.isSet(QStringLiteral("force"));

    InstanceLock lock(m_dataDir);
    if (!lock.tryAcquire()) {
        // A daemon holds the directory: let it do the work.
        const ControlClient client(lock.socketName());
        QString error;
        const auto answer = client.request({{QStringLiteral("command"), QStringLiteral("update")},
                                            {QStringLiteral("force"), force},
                                            {QStringLiteral("record"), recordName}},
                                           kControlTimeoutMs, &error);
        if (answer && answer->value(QStringLiteral("ok")).toBool()) {
            QStringList lines;
            for (const auto &line : answer->value(QStringLiteral("lines")).toArray())
                lines.append(line.toString());
            printLines(lines);
            return answer->value(QStringLiteral("exit_code")).toInt(kExitFailure);
        }
        if (answer) {
            // The daemon refused (its configuration differs from the file's, say).
            m_err << Text::tr("homing-cli: the running Homing refused: %1").arg(plainText(answer->value(QStringLiteral("error")).toString(), 300))
                  << Qt::endl;
            return kExitFailure;
        }
        // Another one-shot update holds it and does not listen: wait for it.
        if (!lock.tryAcquire(kOneShotLockWaitMs)) {
            m_err << Text::tr("homing-cli: another Homing process (pid %1) holds %2 and does not answer (%3).")
                         .arg(lock.holderPid())
                         .arg(m_dataDir, error)
                  << Qt::endl;
            return kExitFailure;
        }
    }
    const auto sink = logToDataDir(QtWarningMsg);
    const auto runtime = openRuntime(std::move(*config));
    PassSummary summary;
    waitFor([&](std::function<void()> done) {
        PassOptions options;
        options.force = force;
        options.recordName = recordName;
        runtime->updater().runPass(options, [&summary, done](const PassSummary &result) {
            summary = result;
            done();
        });
    });
    printLines(summary.describe());
    printLines(verifyUpdated(*runtime, summary));
    return summary.exitCode();
}

// After an update, the authoritative servers are asked until they serve the
// new value, for a few seconds: a one-shot command cannot wait longer, and
// "homing-cli verify" (or a running Homing) carries on later.
QStringList CliApplication::verifyUpdated(Runtime &runtime, const PassSummary &summary)
{
    const Config &config = runtime.updater().config();
    QSet<QString> updated;
    for (const RecordOutcome &outcome : summary.records) {
        if (outcome.result && outcome.result->kind == ResultKind::Ok)
            updated.insert(outcome.key);
    }
    if (updated.isEmpty() || !config.propagation.enabled)
        return {};
    Config selected = config;
    selected.records.removeIf([&updated](const RecordConfig &record) { return !updated.contains(record.key()); });
    QList<VerifyOutcome> outcomes;
    for (const int waitMs : {0, 500, 1000, 2000, 4000}) {
        QThread::msleep(waitMs);
        waitFor([&](std::function<void()> done) {
            runtime.propagation().verify(selected, VerifyOptions{}, [&outcomes, done](const QList<VerifyOutcome> &result) {
                outcomes = result;
                done();
            });
        });
        const bool allLive = std::all_of(outcomes.cbegin(), outcomes.cend(), [](const VerifyOutcome &outcome) {
            return outcome.live() || !outcome.report.problem.isEmpty();
        });
        if (allLive)
            break;
    }
    return describeVerification(verificationToJson(outcomes));
}

int CliApplication::verify()
{
    auto config = loadConfig(false);
    if (!config)
        return kExitUsage;
    const QString recordName = m_parser.value(QStringLiteral("record"));
    PassOptions selection;
    selection.recordName = recordName;
    if (RecordSelector(selection).problem(*config) == RecordSelector::Problem::NoSuchRecord)
        return usageError(Text::tr("no record named \"%1\" in the configuration").arg(recordName));
    if (!config->propagation.enabled)
        return usageError(Text::tr("propagation checks are off (\"propagation\": {\"enabled\": false})"));
    if (const QString error = ensurePrivateDirectory(m_dataDir); !error.isEmpty()) {
        m_err << Text::tr("homing-cli: %1").arg(error) << Qt::endl;
        return kExitFailure;
    }
    QJsonObject verification;
    InstanceLock lock(m_dataDir);
    if (!lock.tryAcquire()) {
        // A running Homing owns the state: it checks, and records what it found.
        QString error;
        const auto answer = ControlClient(lock.socketName())
                                .request({{QStringLiteral("command"), QStringLiteral("verify")},
                                          {QStringLiteral("record"), recordName}},
                                         kControlTimeoutMs, &error);
        if (!answer || !answer->value(QStringLiteral("ok")).toBool()) {
            m_err << Text::tr("homing-cli: the running Homing did not answer: %1")
                         .arg(answer ? plainText(answer->value(QStringLiteral("error")).toString(), 300) : error)
                  << Qt::endl;
            return kExitFailure;
        }
        verification = *answer;
        verification.remove(QStringLiteral("ok"));
    } else {
        const auto sink = logToDataDir(QtWarningMsg);
        const auto runtime = openRuntime(std::move(*config));
        VerifyOptions options;
        options.recordName = recordName;
        waitFor([&](std::function<void()> done) {
            runtime->propagation().verify(runtime->updater().config(), options,
                                          [&verification, done](const QList<VerifyOutcome> &outcomes) {
                verification = verificationToJson(outcomes);
                done();
            });
        });
        runtime->state().compact();
    }
    if (m_parser.isSet(QStringLiteral("json")))
        printJson(verification);
    else
        printLines(describeVerification(verification));
    return verification.value(QStringLiteral("exit_code")).toInt(kExitFailure);
}

int CliApplication::status()
{
    auto config = loadConfig(false);
    if (!config)
        return kExitUsage;
    QJsonObject status;
    const InstanceLock lock(m_dataDir);
    const auto answer = ControlClient(lock.socketName()).request({{QStringLiteral("command"), QStringLiteral("status")}}, 5000, nullptr);
    if (answer && answer->value(QStringLiteral("ok")).toBool()) {
        status = answer->value(QStringLiteral("status")).toObject();
    } else {
        StateStore state(stateFilePath(m_dataDir));
        // Read-only here: a damaged file is left for the updater to handle.
        // Without state.json, the journal alone may hold what a first pass did.
        QFile file(state.path());
        if (!file.exists() || (file.open(QIODevice::ReadOnly) && QJsonDocument::fromJson(file.readAll()).isObject()))
            state.load();
        status = buildStatus(*config, state);
    }
    if (m_parser.isSet(QStringLiteral("json")))
        printJson(status);
    else
        printLines(describeStatus(status));
    return kExitOk;
}

int CliApplication::ip()
{
    auto config = loadConfig(false);
    if (!config)
        return kExitUsage;
    const IpConfig ipConfig = config->ip;
    Runtime runtime(m_providers, m_sources, std::move(*config), m_dataDir, m_redactor);
    QList<DetectionResult> results;
    waitFor([&](std::function<void()> done) {
        runtime.updater().detect([&results, done](const QList<DetectionResult> &detected) {
            results = detected;
            done();
        });
    });
    bool allAccepted = !results.isEmpty();
    QJsonObject json;
    QStringList lines;
    for (const auto &result : results) {
        allAccepted = allAccepted && result.accepted();
        const IpFamilyConfig &family = ipConfig.family(result.family);
        QJsonObject object = detectionToJson(result);
        object.insert(QStringLiteral("min_agree"), family.minAgree);
        json.insert(addressFamilyKey(result.family), object);
        const QString label = result.family == AddressFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
        lines.append(result.accepted() ? Text::tr("%1: %2 (at least %3 source(s) must agree)").arg(label, result.address.toString()).arg(family.minAgree)
                                       : Text::tr("%1: no address accepted: %2").arg(label, result.error));
        for (const auto &answer : result.answers) {
            lines.append(QStringLiteral("  %1: %2").arg(answer.source, answer.address.isNull() ? answer.error : answer.address.toString()));
            for (const auto &candidate : answer.candidates)
                lines.append(QStringLiteral("    ") + describeCandidate(candidate));
        }
    }
    if (results.isEmpty())
        lines.append(Text::tr("Neither IPv4 nor IPv6 detection is enabled in the configuration."));
    if (m_parser.isSet(QStringLiteral("json")))
        printJson(json);
    else
        printLines(lines);
    return allAccepted ? kExitOk : kExitFailure;
}

int CliApplication::history()
{
    int limit = 0;
    if (m_parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usageError(Text::tr("--limit needs a positive number"));
    } else if (!m_parser.isSet(QStringLiteral("json"))) {
        limit = 50;
    }
    // The file may hold up to half as many lines again as the history keeps
    // (it is trimmed in bulk); show only what the configuration keeps.
    const auto config = ConfigLoader(m_providers, m_sources).loadFile(configFilePath(m_configDir)).config;
    const HistoryStore store(historyFilePath(m_dataDir), config ? config->historyLimit : 0);
    const QList<HistoryEntry> entries = store.entries(limit);
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &entry : entries)
            array.append(entry.toJson());
        printJson(array);
        return kExitOk;
    }
    if (entries.isEmpty())
        m_out << Text::tr("No history yet.") << Qt::endl;
    QStringList lines;
    for (const auto &entry : entries) {
        const QString what = entry.record.isEmpty()
            ? (entry.type == QLatin1String("AAAA") ? Text::tr("IPv6 address") : Text::tr("IPv4 address"))
            : QStringLiteral("%1 %2").arg(entry.record, entry.type);
        const QString change = entry.oldValue.isEmpty() ? entry.newValue
                                                        : QStringLiteral("%1 -> %2").arg(entry.oldValue, entry.newValue);
        lines.append(QStringLiteral("%1  %2  %3  %4  %5").arg(toIsoUtc(entry.time), what, change, entry.result, entry.detail));
    }
    printLines(lines);
    return kExitOk;
}

int CliApplication::providers()
{
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &descriptor : m_providers.all()) {
            QJsonArray fields;
            for (const auto &field : descriptor.fields)
                fields.append(fieldToJson(field));
            array.append(QJsonObject{
                {QStringLiteral("id"), descriptor.id},
                {QStringLiteral("name"), descriptor.translatedName()},
                {QStringLiteral("keep_alive_days"), descriptor.keepAliveDays},
                {QStringLiteral("fields"), fields},
            });
        }
        printJson(array);
        return kExitOk;
    }
    for (const auto &descriptor : m_providers.all()) {
        m_out << QStringLiteral("%1 - %2").arg(descriptor.id,
                                               descriptor.translatedName())
              << Qt::endl;
        for (const auto &field : descriptor.fields) {
            const QString where = field.kind == FieldSpec::Kind::Secret ? QStringLiteral("secrets")
                : field.scope == FieldSpec::Scope::Record               ? QStringLiteral("record settings")
                                                                        : QStringLiteral("settings");
            m_out << QStringLiteral("    %1 (%2%3): %4")
                         .arg(field.key, where, field.required ? Text::tr(", required") : QString(), field.translatedHelp())
                  << Qt::endl;
        }
    }
    return kExitOk;
}

int CliApplication::checkConfig()
{
    auto config = loadConfig(true);
    if (!config)
        return kExitUsage;
    m_out << Text::tr("%1 is valid: %n account(s)", "", int(config->accounts.size())).arg(configFilePath(m_configDir))
          << Text::tr(", %n record(s).", "", int(config->records.size())) << Qt::endl;
    // Check that every secret the configuration names can be read.
    KeychainSecretStore keychain;
    const SecretResolver resolver(&keychain);
    bool allAvailable = true;
    for (const auto &account : std::as_const(config->accounts)) {
        if (account.secrets.isEmpty())
            continue;
        SecretResolution resolution;
        waitFor([&](std::function<void()> done) {
            resolver.resolve(account, nullptr, [&resolution, done](const SecretResolution &result) {
                resolution = result;
                done();
            });
        });
        if (resolution.ok) {
            m_out << Text::tr("account %1: secrets available (%2)").arg(account.id, account.secrets.keys().join(QStringLiteral(", ")))
                  << Qt::endl;
        } else {
            allAvailable = false;
            m_out << Text::tr("account %1: %2").arg(account.id, resolution.error) << Qt::endl;
        }
    }
    return allAvailable ? kExitOk : kExitFailure;
}

// The tray app's Test button, for servers: the provider's read-only check
// (list the zone, find the record), never a write.
int CliApplication::testAccount()
{
    if (m_arguments.size() != 1)
        return usageError(Text::tr("use: homing-cli test-account ACCOUNT [--record NAME]"));
    auto config = loadConfig(false);
    if (!config)
        return kExitUsage;
    const AccountConfig *account = config->account(m_arguments.first());
    if (!account)
        return usageError(Text::tr("no account has the id \"%1\"").arg(m_arguments.first()));
    if (AccountChecker::sendsRealUpdate(m_providers, account->provider))
        return usageError(Text::tr("%1 has no way to check an account without updating a record; use homing-cli "
                                   "update --record NAME")
                              .arg(account->provider));
    AccountCheckRequest request;
    request.account = *account;
    const QString recordName = m_parser.value(QStringLiteral("record"));
    bool found = recordName.isEmpty();
    for (const RecordConfig &record : std::as_const(config->records)) {
        if (record.account == account->id && (recordName.isEmpty() || record.spec.name == recordName)) {
            request.record = record.spec;
            found = true;
            break;
        }
    }
    if (!found)
        return usageError(Text::tr("account %1 has no record named \"%2\"").arg(account->id, recordName));
    request.timeoutSeconds = config->requestTimeoutSeconds;
    request.userAgent = homingUserAgent();

    SystemClock clock;
    QtHttpClient http;
    UdpTcpDnsTransport dns;
    KeychainSecretStore keychain;
    const SecretResolver resolver(&keychain);
    const AccountChecker checker(m_providers, http, dns, clock, resolver, m_redactor);
    AccountCheckResult outcome;
    waitFor([&](std::function<void()> done) {
        checker.check(request, &m_application, [&outcome, done](const AccountCheckResult &result) {
            outcome = result;
            done();
        });
    });
    const UpdateResult &result = outcome.result;
    if (isSuccess(result.kind)) {
        m_out << Text::tr("account %1: %2").arg(account->id, result.detail) << Qt::endl;
        return kExitOk;
    }
    m_out << Text::tr("account %1: %2").arg(account->id, describeResult(result.kind, result.detail)) << Qt::endl
          << resultKindAdvice(result.kind) << Qt::endl;
    return kExitFailure;
}

int CliApplication::secret()
{
    if (m_arguments.size() != 3 || (m_arguments[0] != QLatin1String("set") && m_arguments[0] != QLatin1String("delete")))
        return usageError(Text::tr("use: homing-cli secret set ACCOUNT FIELD, or homing-cli secret delete ACCOUNT FIELD"));
    const bool setting = m_arguments[0] == QLatin1String("set");
    const QString accountId = m_arguments[1];
    const QString field = m_arguments[2];
    auto config = loadConfig(false);
    if (!config)
        return kExitUsage;
    const AccountConfig *account = config->account(accountId);
    if (!account)
        return usageError(Text::tr("no account has the id \"%1\"").arg(accountId));
    const ProviderDescriptor *descriptor = m_providers.find(account->provider);
    if (!descriptor || !descriptor->field(field, FieldSpec::Kind::Secret, FieldSpec::Scope::Account)) {
        QStringList secretFields;
        for (const auto &spec : descriptor ? descriptor->fields : QList<FieldSpec>{}) {
            if (spec.kind == FieldSpec::Kind::Secret)
                secretFields.append(spec.key);
        }
        return usageError(Text::tr("provider %1 has no secret called \"%2\" (its secrets: %3)")
                              .arg(account->provider, field, secretFields.join(QStringLiteral(", "))));
    }
    const auto reference = account->secrets.constFind(field);
    if (reference != account->secrets.cend() && reference->kind != SecretReference::Kind::Keychain) {
        m_err << Text::tr("warning: config.json takes this secret from %1, so the keychain value will not be used "
                    "until accounts[].secrets.%2 is \"keychain\".")
                     .arg(reference->toString(), field)
              << Qt::endl;
    }

    KeychainSecretStore keychain;
    SecretStoreResult result;
    if (setting) {
        QString value;
        if (standardInputIsTerminal()) {
            m_err << Text::tr("Secret for account %1, field %2 (not shown): ").arg(accountId, field) << Qt::flush;
            value = readLineWithoutEcho();
        } else {
            QFile input;
            if (input.open(stdin, QIODevice::ReadOnly))
                value = QString::fromUtf8(input.readAll());
        }
        value = withoutTrailingNewline(value);
        if (value.isEmpty())
            return usageError(Text::tr("the secret is empty; give it on standard input"));
        m_redactor.addSecret(value);
        waitFor([&](std::function<void()> done) {
            keychain.write(accountId, field, value, nullptr, [&result, done](const SecretStoreResult &written) {
                result = written;
                done();
            });
        });
    } else {
        waitFor([&](std::function<void()> done) {
            keychain.remove(accountId, field, nullptr, [&result, done](const SecretStoreResult &removed) {
                result = removed;
                done();
            });
        });
    }
    if (!result.ok()) {
        m_err << (setting ? Text::tr("homing-cli: the system keychain could not store the secret: %1")
                          : Text::tr("homing-cli: the system keychain could not remove the secret: %1"))
                         .arg(result.error)
              << Qt::endl
              << Text::tr("Nothing was written anywhere else. Alternatives: refer to the secret in config.json as "
                    "\"env:NAME\" (an environment variable) or \"file:PATH\" (a file only you can read).")
              << Qt::endl;
        return kExitFailure;
    }
    m_out << (setting ? Text::tr("Stored the secret for account %1, field %2, in the system keychain.")
                      : Text::tr("Removed the secret for account %1, field %2, from the system keychain."))
                 .arg(accountId, field)
          << Qt::endl;
    return kExitOk;
}

} // namespace homing::cli
