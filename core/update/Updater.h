#pragma once

#include "address/AddressDetector.h"
#include "config/Config.h"
#include "dns/DnsTransport.h"
#include "net/HttpClient.h"
#include "provider/Provider.h"
#include "report/PassSummary.h"
#include "update/PassTrigger.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>

namespace homing {

class Clock;
class HistoryStore;
class IpSourceFactory;
class ProviderRegistry;
class Redactor;
class SecretResolver;
class StateStore;

// Everything the updater works with, injected so that tests can replace the
// network, the clock, the keychain and the randomness of backoff.
struct UpdaterDependencies {
    const ProviderRegistry &providers;
    const IpSourceFactory &sources;
    HttpClient &http;
    DnsTransport &dns;
    const Clock &clock;
    const SecretResolver &secrets;
    StateStore &state;
    HistoryStore &history;
    Redactor &redactor;
    std::function<double()> random; // [0, 1), for backoff jitter
    QByteArray userAgent;
};

struct PassOptions {
    bool force = false;     // ignore in-sync, backoff and the blocked latch
    QString recordName;     // only records with this name (empty: all)
    QString recordKey;      // only the record with this key, "account/name/type" (empty: all)
    PassTrigger trigger = PassTrigger::Request; // why it runs, for the log and history
};

// Which configured records a pass with these options is for: the one rule
// behind the pass itself, the daemon's answer to "update", and homing-cli's
// check before it asks. Paused records are never updated.
class RecordSelector
{
public:
    explicit RecordSelector(const PassOptions &options);

    // Named by the options (whether paused or not).
    bool names(const RecordConfig &record) const;
    bool updates(const RecordConfig &record) const { return !record.paused && names(record); }

    enum class Problem { None, NoSuchRecord, AllPaused };
    // Why asking for particular records updates none of them.
    Problem problem(const Config &config) const;

private:
    QString m_name; // normalised once, not per record
    QString m_key;
};

// Detects the addresses and brings each record to them: plans, sends through
// the provider, records state and history, and reports what changed.
class Updater : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const PassSummary &)>;

    Updater(UpdaterDependencies dependencies, Config config, QObject *parent = nullptr);
    ~Updater() override;

    const Config &config() const { return m_config; }
    // Replaces the configuration; a pass in progress finishes with the old one,
    // and the state of records no longer configured is dropped after it.
    void setConfig(Config config);

    void runPass(const PassOptions &options, Callback done);
    // Detection only, without touching state or history.
    void detect(std::function<void(const QList<DetectionResult> &)> done);
    bool isRunning() const { return m_running; }

    // When the next pass is due: the check interval after the last pass, or
    // earlier when a failing record's retry comes first.
    QDateTime nextPassDue() const;

Q_SIGNALS:
    void passStarted();
    // A detection accepted an address different from the last accepted one.
    void addressChanged(homing::AddressFamily family, const QString &oldAddress, const QString &newAddress);
    // Carrier-grade or double NAT was first found (after.detected) or is gone (!after.detected).
    void natChanged(homing::AddressFamily family, const homing::NatFinding &before, const homing::NatFinding &after);
    // A record's state changed (after planning or after the provider answered).
    void recordChanged(const homing::RecordOutcome &outcome);
    void passFinished(const homing::PassSummary &summary);

private:
    class Pass;
    friend class Pass;

    void rebuildProviders();
    // Detects `families` of `config` in parallel; `done` gets the results in family order.
    void detectFamilies(const Config &config, const QList<AddressFamily> &families,
                        std::function<void(const QList<DetectionResult> &)> done);

    UpdaterDependencies m_deps;
    Config m_config;
    std::map<QString, std::shared_ptr<Provider>> m_providers;
    bool m_running = false;
    QDateTime m_lastPassStart;
};

} // namespace homing

Q_DECLARE_METATYPE(homing::RecordOutcome)
Q_DECLARE_METATYPE(homing::PassSummary)
