// The tray app's GUI-free models: the overall state the tray icon shows, the
// record table, and the local backend over a real Daemon on the fake
// network and clock.
#include "AccountRecordEditor.h"
#include "AppPreferences.h"
#include "ConfigEditor.h"
#include "ConfigEditorRig.h"
#include "DiagnosticsReport.h"
#include "HistoryModel.h"
#include "LocalBackend.h"
#include "OverallState.h"
#include "ProviderListModel.h"
#include "RecordTableModel.h"
#include "platform/LoginItem.h"
#include "FakeDnsTransport.h"
#include "FakeHttpClient.h"
#include "MemorySecretStore.h"
#include "MockClock.h"
#include "UpdaterRig.h"
#include "secrets/SecretResolver.h"
#include "config/ConfigLoader.h"
#include "daemon/Daemon.h"
#include "secrets/Redactor.h"

#include <QColor>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <optional>

#include <sys/stat.h>

using namespace homing;
using namespace homing::gui;

namespace {

QJsonObject family(const QString &address, bool checked = true)
{
    QJsonObject object{{"enabled", true}};
    if (checked)
        object.insert("checked_at", "2026-11-26T00:00:00Z");
    if (!address.isEmpty())
        object.insert("address", address);
    return object;
}

QJsonObject record(const QString &name, const QString &state, bool paused = false, const QString &error = {})
{
    QJsonObject object{{"key", "dd/" + name + "/A"}, {"name", name}, {"type", "A"}, {"account", "dd"},
                       {"provider", "dyndns2"}, {"state", state}, {"paused", paused}};
    if (!error.isEmpty())
        object.insert("last_error", error);
    return object;
}

QJsonObject status(const QJsonArray &records, const QJsonObject &ipv4 = family("81.2.69.160"), bool running = false,
                   bool paused = false)
{
    return {{"ipv4", ipv4}, {"ipv6", QJsonObject{{"enabled", false}}}, {"records", records}, {"running", running},
            {"paused", paused}};
}

// Counts what the editor asks of the updater.
class RecordingBackend : public UpdaterBackend
{
public:
    QJsonObject status() const override { return current; }
    QList<HistoryEntry> history() const override { return {}; }
    bool isAttached() const override { return false; }
    void updateNow(const QString &) override {}
    void reload() override { ++reloads; }
    int reloads = 0;
    QJsonObject current;

private:
    void refreshStatus() override {}
};

// Written out by hand, as a user would: comments, unknown keys, a name
// spelled differently from how Homing keeps it. (Not a raw string: moc 6.4
// misreads one holding "//".)
const QByteArray kEditableConfig = QJsonDocument(QJsonObject{
    {"_comment", "mine"},
    {"version", 1},
    {"x-unknown", QJsonObject{{"kept", true}}},
    {"ip", QJsonObject{{"ipv4", QJsonObject{{"sources", QJsonArray{"https://echo.test/v4"}}}}}},
    {"accounts", QJsonArray{QJsonObject{{"id", "dd"}, {"provider", "noip"}, {"settings", QJsonObject{{"username", "u"}}},
                                        {"secrets", QJsonObject{{"password", "keychain"}}}}}},
    {"records", QJsonArray{QJsonObject{{"account", "dd"}, {"name", "Home.Example.org."}, {"type", "A"}, {"_note", "the NAS"}},
                           QJsonObject{{"account", "dd"}, {"name", "b.example.org"}, {"type", "A"}}}},
}).toJson();

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// A custom account with tokens written into its URL, a header and its body,
// as users paste them. (At namespace scope: moc 6.4 misreads such literals
// in a class body.)
QByteArray customHookConfig()
{
    const QJsonObject settings{{"url", "https://hooks.example.net/T0KEN/abc123def456?key=zzz"},
                               {"headers", QJsonObject{{"X-Api-Key", "k3y-literal-0123"}}},
                               {"body", "token=b0dy-secret-99"}};
    const QJsonObject account{{"id", "hook"}, {"provider", "custom"}, {"settings", settings},
                              {"secrets", QJsonObject{{"secret", "keychain"}}}};
    return QJsonDocument(QJsonObject{{"accounts", QJsonArray{account}}}).toJson();
}

void writePrivateFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

const QString kEditorCanary = QStringLiteral("canary-5e1f0c9d77ab42");

// The editor's parts over a temporary config.json, the fake keychain and network.
struct EditorRig : test::ConfigEditorRig<RecordingBackend> {
    AccountRecordEditor editor{{registry, sources, keychain, checker, config, backend, path}};

    QString saveAndWait()
    {
        QSignalSpy saved(&editor, &AccountRecordEditor::saved);
        editor.save();
        if (saved.isEmpty() && !saved.wait(5000))
            return QStringLiteral("never saved");
        return saved.first().first().toString();
    }

    std::optional<QString> stored(const QString &account, const QString &field)
    {
        std::optional<QString> value;
        keychain.read(account, field, nullptr, [&](const SecretStoreResult &result) {
            if (result.ok())
                value = result.value;
        });
        return value;
    }
};


// A record as the status reports it after propagation checks (core/report/StatusReport.cpp).
// `liveValue` is true, false or null (never checked); `expiresIn` seconds from `now`, or none.
QJsonObject checkedRecord(const QString &name, const QJsonValue &liveValue, const QDateTime &now,
                          std::optional<qint64> expiresIn = std::nullopt, const QString &driftValue = {})
{
    QJsonObject object = record(name, "in_sync");
    object.insert("value", "81.2.69.160");
    object.insert("live", liveValue);
    object.insert("served", QJsonArray{
        QJsonObject{{"server", "192.0.2.53:53"}, {"nameserver", "ns1.example.org"},
                    {"values", QJsonArray{driftValue.isEmpty() ? "81.2.69.160" : driftValue}}, {"ttl", 300}},
        QJsonObject{{"server", "198.51.100.53:53"}, {"error", "timed out after 3 tries"}},
    });
    object.insert("last_verified", now.toString(Qt::ISODate));
    object.insert("verify_problem", QJsonValue());
    object.insert("caches_expire_at", expiresIn ? QJsonValue(now.addSecs(*expiresIn).toString(Qt::ISODate)) : QJsonValue());
    object.insert("drift", driftValue.isEmpty()
                               ? QJsonValue()
                               : QJsonValue(QJsonObject{{"value", driftValue}, {"since", now.toString(Qt::ISODate)}}));
    object.insert("always_correct", false);
    return object;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The worst state wins, in the order a glance should tell it.
    void overallState_data()
    {
        QTest::addColumn<QJsonObject>("status");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("headline");
        const auto ok = record("a.example.org", "in_sync");
        const auto failing = record("b.example.org", "failing", false, "the server timed out");
        const auto blocked = record("c.example.org", "blocked", false, "the token was rejected");
        QTest::newRow("all in sync") << status({ok, record("d.example.org", "in_sync")}) << int(OverallState::InSync)
                                     << "All 2 record(s) point here";
        QTest::newRow("updating wins") << status({blocked}, family("81.2.69.160"), true) << int(OverallState::Updating)
                                       << "Checking the address";
        QTest::newRow("blocked over failing") << status({ok, failing, blocked}) << int(OverallState::Blocked)
                                              << "1 record(s) blocked: the token was rejected";
        QTest::newRow("failing") << status({ok, failing}) << int(OverallState::Failing)
                                 << "1 record(s) failing: the server timed out";
        QTest::newRow("no public address") << status({ok}, family({})) << int(OverallState::NoAddress)
                                           << "No public address";
        QTest::newRow("not checked yet is not 'no address'") << status({}, family({}, false)) << int(OverallState::InSync)
                                                             << "No records yet";
        QTest::newRow("paused") << status({ok}, family("81.2.69.160"), false, true) << int(OverallState::Paused)
                                << "Paused";
        QTest::newRow("a paused record does not count") << status({ok, record("e.example.org", "blocked", true)})
                                                        << int(OverallState::InSync) << "All 1 record(s) point here";
        QTest::newRow("pending") << status({record("f.example.org", "pending")}) << int(OverallState::InSync)
                                 << "1 record(s) waiting";
    }

    void overallState()
    {
        QFETCH(QJsonObject, status);
        QFETCH(int, state);
        QFETCH(QString, headline);
        const OverallSummary summary = summarise(status);
        QCOMPARE(int(summary.state), state);
        QVERIFY2(summary.headline.startsWith(headline), qPrintable(summary.headline));
        QVERIFY(!iconName(summary.state).isEmpty());
    }

    // The header says how many echo services agreed, and when they were asked.
    void detectionLine()
    {
        QJsonObject ipv4 = family("81.2.69.160");
        ipv4.insert("sources", QJsonArray{QJsonObject{{"source", "https://a.test/"}, {"address", "81.2.69.160"}},
                                          QJsonObject{{"source", "https://b.test/"}, {"address", "81.2.69.160"}},
                                          QJsonObject{{"source", "https://c.test/"}, {"error", "timed out"}}});
        const OverallSummary summary = summarise(status({}, ipv4));
        QVERIFY2(summary.detection.startsWith("IPv4: 2 of 3 sources agreed, asked "), qPrintable(summary.detection));
        QVERIFY(summary.detectionDetails.contains("IPv4 https://c.test/: timed out"));
        QVERIFY(summary.detectionDetails.contains("IPv4 https://a.test/: 81.2.69.160"));
        QCOMPARE(summarise(status({}, family({}, false))).detection, QString()); // not asked yet
    }

    void addressesLine()
    {
        QJsonObject both = status({});
        both.insert("ipv6", family("2001:db8::1"));
        QCOMPARE(summarise(both).addresses, QString("IPv4 81.2.69.160 · IPv6 2001:db8::1"));
        QCOMPARE(summarise(status({}, family({}, false))).addresses, QString("IPv4 not checked yet"));
    }

    void recordTable()
    {
        RecordTableModel model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(status({record("a.example.org", "in_sync"), record("b.example.org", "blocked", false, "rejected")}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RecordTableModel::ColumnCount));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.index(1, RecordTableModel::State).data().toString(), QString("Blocked until you act"));
        QCOMPARE(model.index(1, RecordTableModel::LastError).data().toString(), QString("rejected"));
        QCOMPARE(model.index(1, 0).data(RecordTableModel::KeyRole).toString(), QString("dd/b.example.org/A"));
        // The same rows again: changed in place, so selection and scrolling stay.
        model.setStatus(status({record("a.example.org", "in_sync"), record("b.example.org", "blocked", true)}));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(1, RecordTableModel::State).data().toString(), QString("Paused"));
        QCOMPARE(model.index(1, 0).data(RecordTableModel::StateKeyRole).toString(), QString("paused"));
    }

    // The history newest first, filtered by record, by result and by words,
    // and exported as CSV that a spreadsheet cannot run.
    void recordStateIcons()
    {
        RecordTableModel model;
        model.setStatus(status({record("a.example.org", "in_sync"), record("b.example.org", "blocked"),
                                record("c.example.org", "failing", true)}));
        QCOMPARE(model.index(0, 0).data(RecordTableModel::StateIconRole).toString(), QString(":/icons/tray/in-sync.svg"));
        QCOMPARE(model.index(1, 0).data(RecordTableModel::StateIconRole).toString(), QString(":/icons/tray/blocked.svg"));
        QCOMPARE(model.index(2, 0).data(RecordTableModel::StateIconRole).toString(), QString(":/icons/tray/paused.svg"));
    }

    // Whether the authoritative servers serve the record, in its own column.
    void recordLive_data()
    {
        QTest::addColumn<QJsonValue>("live");
        QTest::addColumn<QString>("drift");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("icon");
        QTest::newRow("live") << QJsonValue(true) << QString() << "live" << "Live" << ":/icons/tray/in-sync.svg";
        QTest::newRow("not live yet") << QJsonValue(false) << QString() << "not_live" << "Not live yet"
                                      << ":/icons/tray/updating.svg";
        QTest::newRow("never checked") << QJsonValue() << QString() << "unknown" << "—" << QString();
        QTest::newRow("drift") << QJsonValue(false) << "203.0.113.9" << "drift"
                               << "Changed by someone else: now 203.0.113.9" << ":/icons/tray/failing.svg";
        QTest::newRow("drift while live") << QJsonValue(true) << "203.0.113.9" << "drift"
                                          << "Changed by someone else: now 203.0.113.9" << ":/icons/tray/failing.svg";
    }

    void recordLive()
    {
        QFETCH(QJsonValue, live);
        QFETCH(QString, drift);
        QFETCH(QString, key);
        QFETCH(QString, words);
        QFETCH(QString, icon);
        test::MockClock clock;
        RecordTableModel model(clock);
        model.setStatus(status({checkedRecord("a.example.org", live, clock.now(), std::nullopt, drift)}));
        const QModelIndex cell = model.index(0, RecordTableModel::Live);
        QCOMPARE(model.headerData(RecordTableModel::Live, Qt::Horizontal, Qt::DisplayRole).toString(), QString("Live"));
        QCOMPARE(cell.data(RecordTableModel::LiveKeyRole).toString(), key);
        QCOMPARE(cell.data().toString(), words);
        // The state column's pictures (resources/icons/tray/), none while unknown.
        QCOMPARE(cell.data(RecordTableModel::LiveIconRole).toString(), icon);
        QCOMPARE(cell.data(Qt::DecorationRole).isValid(), !icon.isEmpty());
        // A drifted record stands out: in the blocked icon's red, beside the warning icon.
        const bool drifted = key == "drift";
        QCOMPARE(cell.data(Qt::ForegroundRole).isValid(), drifted);
        if (drifted)
            QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), QColor(0xd7, 0x26, 0x1e));
        // The tooltip lists each authoritative server's answer.
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("ns1.example.org (192.0.2.53:53): " + (drifted ? drift : QString("81.2.69.160")) + " (TTL 300 s)"),
                 qPrintable(tip));
        QVERIFY2(tip.contains("198.51.100.53:53: no answer: timed out after 3 tries"), qPrintable(tip));
        if (drifted) {
            QVERIFY2(tip.contains("it now points to 203.0.113.9, which Homing did not set"), qPrintable(tip));
            QVERIFY2(tip.contains("at most once a day"), qPrintable(tip));
        }
        // The other columns are not painted as a warning.
        QVERIFY(!model.index(0, RecordTableModel::Name).data(Qt::ForegroundRole).isValid());
    }

    void recordDriftAlwaysCorrect()
    {
        test::MockClock clock;
        RecordTableModel model(clock);
        QJsonObject drifted = checkedRecord("a.example.org", true, clock.now(), std::nullopt, "203.0.113.9");
        drifted.insert("always_correct", true);
        model.setStatus(status({drifted}));
        const QString tip = model.index(0, RecordTableModel::Live).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("at every check, as the record's settings ask"), qPrintable(tip));
    }

    void recordCheckProblem()
    {
        test::MockClock clock;
        RecordTableModel model(clock);
        QJsonObject unchecked = record("a.example.org", "in_sync");
        unchecked.insert("live", QJsonValue());
        unchecked.insert("verify_problem", "no resolver answered for the zone's name servers");
        model.setStatus(status({unchecked}));
        const QModelIndex cell = model.index(0, RecordTableModel::Live);
        QCOMPARE(cell.data().toString(), QString("—"));
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains("could not ask them: no resolver answered"),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QVERIFY(!model.isTicking());
    }

    // The countdown to the public resolvers' caches letting the old value go.
    void countdownWords_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("words");
        QTest::newRow("past") << qint64(-5) << QString();
        QTest::newRow("now") << qint64(0) << QString();
        QTest::newRow("1 s") << qint64(1) << "caches clear in 0:01";
        QTest::newRow("42 s") << qint64(42) << "caches clear in 0:42";
        QTest::newRow("1:05") << qint64(65) << "caches clear in 1:05";
        QTest::newRow("1:59") << qint64(119) << "caches clear in 1:59";
        QTest::newRow("2 min") << qint64(120) << "caches clear in 2 min";
        QTest::newRow("4 min, rounded up") << qint64(181) << "caches clear in 4 min";
        QTest::newRow("4 min") << qint64(240) << "caches clear in 4 min";
        QTest::newRow("59 min") << qint64(3540) << "caches clear in 59 min";
        QTest::newRow("1 h") << qint64(3600) << "caches clear in 1 h";
        QTest::newRow("1 h 1 min") << qint64(3601) << "caches clear in 1 h 1 min";
        QTest::newRow("2 h 30 min") << qint64(9000) << "caches clear in 2 h 30 min";
        QTest::newRow("1 day") << qint64(86400) << "caches clear in 24 h";
    }

    void countdownWords()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, words);
        QCOMPARE(RecordTableModel::countdownWords(seconds), words);
    }

    // The countdown beside "live" / "not live yet", read from the model's clock.
    void recordCountdown_data()
    {
        QTest::addColumn<QJsonValue>("live");
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<QString>("words");
        QTest::newRow("not live, 4 min") << QJsonValue(false) << qint64(240) << "Not live yet · caches clear in 4 min";
        QTest::newRow("live, 0:42") << QJsonValue(true) << qint64(42) << "Live · caches clear in 0:42";
        QTest::newRow("live, past") << QJsonValue(true) << qint64(-1) << "Live";
        QTest::newRow("not live, just now") << QJsonValue(false) << qint64(0) << "Not live yet";
    }

    void recordCountdown()
    {
        QFETCH(QJsonValue, live);
        QFETCH(qint64, expiresIn);
        QFETCH(QString, words);
        test::MockClock clock;
        RecordTableModel model(clock);
        model.setStatus(status({checkedRecord("a.example.org", live, clock.now(), expiresIn)}));
        QCOMPARE(model.index(0, RecordTableModel::Live).data().toString(), words);
        QCOMPARE(model.isTicking(), expiresIn > 0);
        const QString tip = model.index(0, RecordTableModel::Live).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip.contains("Public resolvers may serve the old value until"), expiresIn > 0);
    }

    // A timer repaints the countdowns once a second while one runs, and only then.
    void countdownTicksUntilPast()
    {
        test::MockClock clock;
        RecordTableModel model(clock);
        QVERIFY(!model.isTicking());
        model.setStatus(status({checkedRecord("a.example.org", true, clock.now()),
                                checkedRecord("b.example.org", false, clock.now(), 61),
                                checkedRecord("c.example.org", false, clock.now(), 2)}));
        QVERIFY(model.isTicking());
        const QModelIndex b = model.index(1, RecordTableModel::Live);
        const QModelIndex c = model.index(2, RecordTableModel::Live);
        QCOMPARE(b.data().toString(), QString("Not live yet · caches clear in 1:01"));
        QCOMPARE(c.data().toString(), QString("Not live yet · caches clear in 0:02"));

        // The real timer fires and repaints the Live column; the clock says what is left.
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        clock.advance(1);
        QVERIFY(changes.wait(3000));
        QCOMPARE(changes.first().at(0).value<QModelIndex>().column(), int(RecordTableModel::Live));
        QCOMPARE(changes.first().at(1).value<QModelIndex>().column(), int(RecordTableModel::Live));
        QCOMPARE(b.data().toString(), QString("Not live yet · caches clear in 1:00"));
        QCOMPARE(c.data().toString(), QString("Not live yet · caches clear in 0:01"));

        // One countdown past: the other keeps the timer going.
        clock.advance(2);
        model.tick();
        QCOMPARE(c.data().toString(), QString("Not live yet"));
        QVERIFY(model.isTicking());

        // None left: the last tick repaints, then the timer stops.
        clock.advance(60);
        changes.clear();
        QVERIFY(changes.wait(3000));
        QCOMPARE(b.data().toString(), QString("Not live yet"));
        QVERIFY(!model.isTicking());
        changes.clear();
        QVERIFY(!changes.wait(1500));

        // A fresh status with a countdown starts it again; one without stops it.
        model.setStatus(status({checkedRecord("a.example.org", true, clock.now(), 300)}));
        QVERIFY(model.isTicking());
        model.setStatus(status({checkedRecord("a.example.org", true, clock.now())}));
        QVERIFY(!model.isTicking());
        // A drifted record shows its new value, not a countdown: nothing to tick for.
        model.setStatus(status({checkedRecord("a.example.org", false, clock.now(), 300, "203.0.113.9")}));
        QCOMPARE(model.index(0, RecordTableModel::Live).data().toString(), QString("Changed by someone else: now 203.0.113.9"));
        QVERIFY(!model.isTicking());
    }

    // Propagation checks in the history: "live" is a success, drift a failure, in plain words.
    void historyPropagation()
    {
        const QDateTime t0(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
        const HistoryEntry live{t0, "dd", "a.example.org", "A", {}, "81.2.69.160", "live", "served by all 2"};
        const HistoryEntry drift{t0, "dd", "a.example.org", "A", "81.2.69.160", "203.0.113.9", "drift", "now points"};
        QCOMPARE(HistoryModel::outcomeOf(live), HistoryModel::Outcome::Success);
        QCOMPARE(HistoryModel::outcomeOf(drift), HistoryModel::Outcome::Failure);
        HistoryModel model;
        model.setEntries({live, drift});
        QCOMPARE(model.index(0, HistoryModel::Result).data().toString(), QString("Changed by someone else"));
        QCOMPARE(model.index(1, HistoryModel::Result).data().toString(), QString("Live"));
        QCOMPARE(model.index(0, HistoryModel::Result).data(Qt::EditRole).toString(), QString("drift"));
    }

    void historyFilterAndCsv()
    {
        const QDateTime t0(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
        QList<HistoryEntry> entries{
            {t0, {}, {}, "A", {}, "81.2.69.160", "address_changed", "2 of 2 sources agree"},
            {t0.addSecs(1), "dd", "a.example.org", "A", {}, "81.2.69.160", "ok", "good 81.2.69.160"},
            {t0.addSecs(2), "dd", "b.example.org", "A", {}, "81.2.69.160", "auth_failed", "=HYPERLINK(\"x\"), \"quoted\""},
        };
        HistoryModel model;
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, HistoryModel::Record).data().toString(), QString("b.example.org A")); // newest first
        QCOMPARE(model.index(2, HistoryModel::Record).data().toString(), QString("(address IPv4)"));

        HistoryFilter filter;
        filter.setSourceModel(&model);
        filter.setResults(HistoryFilter::Results::Failures);
        QCOMPARE(filter.rowCount(), 1);
        filter.setResults(HistoryFilter::Results::Successes);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, HistoryModel::Record).data().toString(), QString("a.example.org A"));
        filter.setResults(HistoryFilter::Results::All);
        filter.setRecord(HistoryFilter::kAddressChanges);
        QCOMPARE(filter.rowCount(), 1);
        filter.setRecord("b.example.org A");
        QCOMPARE(filter.rowCount(), 1);
        filter.setRecord({});
        filter.setSearchText("GOOD 81");
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), 3);

        const QList<QByteArray> lines = toCsv(filter).split('\n');
        QCOMPARE(lines.at(0), QByteArray("Time,Record,Result,Old,New,Details\r"));
        QCOMPARE(lines.at(1), QByteArray("2026-11-26T08:00:02Z,b.example.org A,auth_failed,,81.2.69.160,"
                                         "\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\"\r"));
        QCOMPARE(lines.size(), 5); // a header, three rows, and the empty rest after the last line break

        // New entries at the top; the oldest roll off past what the history keeps.
        model.prepend({t0.addSecs(3), "dd", "a.example.org", "A", "81.2.69.160", "81.2.69.161", "ok", {}}, 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, HistoryModel::New).data().toString(), QString("81.2.69.161"));
        QCOMPARE(model.index(2, HistoryModel::Record).data().toString(), QString("a.example.org A"));
    }

    // "Copy diagnostics": everything a bug report needs, no secret in it,
    // bounded however long the history and log.
    void diagnosticsReportHidesSecrets()
    {
        const QString canary = QStringLiteral("CANARY-7f3a-SECRET-d41d8cd9");
        QTemporaryDir dir;
        QFile log(dir.filePath("homing.log"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        for (int i = 0; i < 500; ++i)
            log.write(QByteArray("log line ") + QByteArray::number(i) + "\n");
        log.write("a leaked " + canary.toUtf8() + " and " + canary.toUtf8().toBase64() + "\n");
        log.close();
        const QByteArray config = customHookConfig();
        QList<HistoryEntry> history;
        for (int i = 0; i < 80; ++i)
            history.append({QDateTime::currentDateTimeUtc(), "hook", "h.example.org", "A", {}, "81.2.69.160", "ok",
                            QString("entry %1").arg(i)});
        Redactor redactor;
        redactor.addSecret(canary);
        const QString report = diagnosticsReport({"Homing 0.1.0", config, QJsonObject{{"paused", false}}, history,
                                                  log.fileName()},
                                                 redactor);
        for (const QString &secret : {canary, QString(canary.toUtf8().toBase64()), QString("T0KEN"),
                                      QString("abc123def456"), QString("k3y-literal"), QString("b0dy-secret")})
            QVERIFY2(!report.contains(secret), qPrintable(secret));
        QVERIFY(report.contains("https://hooks.example.net/[hidden]"));
        QVERIFY(report.contains("\"secret\": \"keychain\""));
        QVERIFY(report.contains("entry 79") && report.contains("entry 30") && !report.contains("entry 29\""));
        QVERIFY(report.contains("log line 499") && !report.contains("log line 300\n"));
        QVERIFY(report.contains("log line 301"));
        QVERIFY(report.contains("Homing 0.1.0"));
    }

    // Pausing from the app edits config.json: only the key it manages
    // changes, the previous file is kept, and the updater reads it again.
    void configEditorPauses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kEditableConfig);
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ProviderRegistry registry;
        registerBuiltinProviders(registry);
        const IpSourceFactory sources;
        RecordingBackend backend;
        ConfigEditor editor(path, registry, sources, backend);

        QCOMPARE(editor.setRecordPaused("dd/home.example.org/A", true), QString());
        QJsonObject saved = readJson(path);
        QCOMPARE(saved.value("records").toArray().at(0).toObject().value("paused").toBool(), true);
        QCOMPARE(saved.value("records").toArray().at(0).toObject().value("_note").toString(), QString("the NAS"));
        QVERIFY(!saved.value("records").toArray().at(1).toObject().contains("paused"));
        QCOMPARE(saved.value("_comment").toString(), QString("mine"));
        QCOMPARE(saved.value("x-unknown").toObject().value("kept").toBool(), true);
        QCOMPARE(readJson(path + ".bak"), QJsonDocument::fromJson(kEditableConfig).object());
        QCOMPARE(backend.reloads, 1);

        QCOMPARE(editor.setRecordPaused("dd/home.example.org/A", false), QString());
        QVERIFY(!readJson(path).value("records").toArray().at(0).toObject().contains("paused"));
        QCOMPARE(editor.setPaused(true), QString());
        QCOMPARE(readJson(path).value("paused").toBool(), true);
        QCOMPARE(backend.reloads, 3);
        QCOMPARE(editor.setCheckInterval(600), QString());
        QCOMPARE(readJson(path).value("check_interval").toInt(), 600);
        QCOMPARE(backend.reloads, 4);

        // A record that is gone, and a file that would not load: nothing saved.
        QVERIFY(editor.setRecordPaused("dd/gone.example.org/A", true).contains("no longer"));
        QJsonObject broken = readJson(path);
        broken.insert("check_interval", "often");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(broken).toJson());
        file.close();
        QVERIFY(editor.setPaused(false).contains("errors"));
        QCOMPARE(readJson(path).value("paused").toBool(), true);
        QCOMPARE(backend.reloads, 4);
    }

    // Settings' two proxies: the providers' (top level) and detection's (ip).
    void configEditorSetsTheProxies()
    {
        EditorRig rig;
        writePrivateFile(rig.path, kEditableConfig);
        QCOMPARE(rig.config.setProxies("http://127.0.0.1:3128", "system"), QString());
        QJsonObject saved = readJson(rig.path);
        QCOMPARE(saved.value("proxy").toString(), QString("http://127.0.0.1:3128"));
        QCOMPARE(saved.value("ip").toObject().value("proxy").toString(), QString("system"));
        QCOMPARE(saved.value("ip").toObject().value("ipv4").toObject().value("sources").toArray().size(), 1);
        QCOMPARE(saved.value("_comment").toString(), QString("mine"));
        QCOMPARE(rig.config.setProxies({}, {}), QString());
        saved = readJson(rig.path);
        QVERIFY(!saved.contains("proxy"));
        QVERIFY(!saved.value("ip").toObject().contains("proxy"));
        const QString refused = rig.config.setProxies("ftp://x:1", {});
        QVERIFY2(refused.contains("proxy") && refused.contains("nothing was saved"), qPrintable(refused));
        QVERIFY(!readJson(rig.path).contains("proxy"));
        QCOMPARE(rig.config.current().value("_comment").toString(), QString("mine"));
    }

    // The first-run setup: problems next to their fields until the drafts
    // would load; then the secret goes to the keychain and config.json gets
    // the account and its A and AAAA records, keeping what it had.
    void editorSetupSavesKeychainThenConfig()
    {
        EditorRig rig;
        writePrivateFile(rig.path, QJsonDocument(QJsonObject{{"_comment", "mine"}}).toJson());
        QString error;
        QVERIFY(rig.editor.startSetup("dyndns2", &error));
        QCOMPARE(rig.editor.account().id, QString("dyndns2"));
        DraftProblems problems = rig.editor.problems();
        QVERIFY(!problems.ok());
        QVERIFY2(problems.account.contains("server"), qPrintable(problems.account.keys().join(',')));
        QVERIFY(problems.account.contains("username"));
        QVERIFY2(problems.account.value("password").contains("Password"), qPrintable(problems.account.value("password")));
        QVERIFY(problems.record.contains("name"));
        QVERIFY(problems.saveBlockedBecause.startsWith("The account is not complete"));

        rig.editor.account().settings = {{"server", "https://ddns.test/nic/update"}, {"username", "homer"}};
        rig.editor.account().typedSecrets.insert("password", kEditorCanary);
        rig.editor.record().name = "Nas.Example.org";
        rig.editor.record().ttl = 0;
        problems = rig.editor.problems();
        QVERIFY2(problems.ok(), qPrintable(problems.saveBlockedBecause));

        rig.editor.record().ipv6 = true; // both: two records, and IPv6 switched on
        QCOMPARE(rig.saveAndWait(), QString());
        QCOMPARE(rig.stored("dyndns2", "password"), std::optional<QString>(kEditorCanary));
        const QJsonObject saved = readJson(rig.path);
        QCOMPARE(saved.value("_comment").toString(), QString("mine"));
        QVERIFY(!QJsonDocument(saved).toJson().contains(kEditorCanary.toUtf8()));
        const QJsonObject account = saved.value("accounts").toArray().at(0).toObject();
        QCOMPARE(account.value("secrets").toObject().value("password").toString(), QString("keychain"));
        QCOMPARE(account.value("settings").toObject().value("username").toString(), QString("homer"));
        const QJsonArray records = saved.value("records").toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).toObject().value("type").toString(), QString("A"));
        QCOMPARE(records.at(1).toObject().value("type").toString(), QString("AAAA"));
        QCOMPARE(saved.value("ip").toObject().value("ipv6").toObject().value("enabled").toBool(), true);
        QCOMPARE(rig.editor.savedRecordKeys(), (QStringList{"dyndns2/nas.example.org/A", "dyndns2/nas.example.org/AAAA"}));
        QCOMPARE(rig.backend.reloads, 1);
        QVERIFY(QFile::exists(rig.path + ".bak"));
    }

    // A new machine: no configuration directory yet. The setup makes it,
    // private whatever the umask, so that the file it writes is trusted.
    // Another LAN host's AAAA record in the editor: checked as the loader
    // checks it, saved as the three keys, and previewed from this host's IPv6.
    void editorLanHostRecord()
    {
        EditorRig rig;
        writePrivateFile(rig.path, kEditableConfig);
        rig.backend.current = QJsonObject{{"ipv6", QJsonObject{{"address", "2a00:1450:4001:81c::200e"}}}};
        QString error;
        QVERIFY2(rig.editor.startEditRecord("dd/home.example.org/A", &error), qPrintable(error));
        RecordDraft &record = rig.editor.record();
        record.ipv4 = false;
        record.ipv6 = true;
        record.ipv6Mac = "01:00:5e:00:00:01";
        DraftProblems problems = rig.editor.problems();
        QVERIFY(!problems.ok());
        QVERIFY2(problems.record.value("ipv6_mac").contains("multicast"), qPrintable(problems.saveBlockedBecause));
        QVERIFY(rig.editor.lanHostPreview().address.isEmpty());
        QVERIFY(rig.editor.lanHostPreview().text.contains("multicast"));

        record.ipv6Mac = "00-11-22-33-44-55";
        problems = rig.editor.problems();
        QVERIFY2(problems.ok(), qPrintable(problems.saveBlockedBecause));
        QCOMPARE(rig.editor.lanHostPreview().address, QString("2a00:1450:4001:81c:211:22ff:fe33:4455"));
        QVERIFY(rig.editor.lanHostPreview().text.contains("/64"));

        record.ipv6PrefixLength = 80;
        QVERIFY(rig.editor.problems().record.value("ipv6_mac").contains("64 or less"));
        record.ipv6PrefixLength = 0;

        // An A record cannot take it: said next to the field.
        record.ipv4 = true;
        record.ipv6 = false;
        QVERIFY2(rig.editor.problems().record.value("ipv6_mac").contains("Only AAAA"),
                 qPrintable(rig.editor.problems().saveBlockedBecause));
        record.ipv4 = false;
        record.ipv6 = true;

        QCOMPARE(rig.saveAndWait(), QString());
        const QJsonObject saved = readJson(rig.path).value("records").toArray().at(0).toObject();
        QCOMPARE(saved.value("type").toString(), QString("AAAA"));
        QCOMPARE(saved.value("ipv6_mac").toString(), QString("00-11-22-33-44-55"));
        QVERIFY(!saved.contains("ipv6_suffix"));
        QVERIFY(!saved.contains("ipv6_prefix_length")); // the default is left out
        QCOMPARE(saved.value("_note").toString(), QString("the NAS"));

        // Opened again: the draft shows it; a suffix with a /56 replaces it.
        QVERIFY2(rig.editor.startEditRecord("dd/home.example.org/AAAA", &error), qPrintable(error));
        QCOMPARE(rig.editor.record().ipv6Mac, QString("00-11-22-33-44-55"));
        rig.editor.record().ipv6Mac.clear();
        rig.editor.record().ipv6Suffix = "0:0:0:7::80";
        rig.editor.record().ipv6PrefixLength = 56;
        QCOMPARE(rig.saveAndWait(), QString());
        const QJsonObject again = readJson(rig.path).value("records").toArray().at(0).toObject();
        QCOMPARE(again.value("ipv6_suffix").toString(), QString("0:0:0:7::80"));
        QCOMPARE(again.value("ipv6_prefix_length").toInt(), 56);
        QVERIFY(!again.contains("ipv6_mac"));
        const auto loaded = ConfigLoader(rig.registry, rig.sources).loadFile(rig.path);
        QVERIFY(loaded.config);
        QCOMPARE(loaded.config->records.at(0).targetAddress(QHostAddress("2a00:1450:4001:81c::200e")),
                 QHostAddress("2a00:1450:4001:807::80"));
    }

    void lanHostPreview_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("mac");
        QTest::addColumn<int>("prefixLength");
        QTest::addColumn<QString>("thisHost");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("textMentions");

        QTest::newRow("nothing set") << "" << "" << 0 << "2001:db8:1:2::3" << "" << "";
        QTest::newRow("suffix") << "::1234" << "" << 0 << "2001:db8:1:2::3" << "2001:db8:1:2::1234" << "/64";
        QTest::newRow("suffix /61") << "0:0:0:5::1" << "" << 61 << "2001:db8:1:fff8::3" << "2001:db8:1:fffd::1"
                                    << "/61";
        QTest::newRow("mac") << "" << "0011.2233.4455" << 0 << "2001:db8:1:2::3"
                             << "2001:db8:1:2:211:22ff:fe33:4455" << "2001:db8:1:2::3";
        QTest::newRow("no IPv6 yet") << "::1234" << "" << 0 << "" << "" << "once Homing has detected";
        QTest::newRow("suffix too long") << "0:0:0:1::1" << "" << 0 << "2001:db8:1:2::3" << "" << "does not fit";
        QTest::newRow("both") << "::1" << "00:11:22:33:44:55" << 0 << "2001:db8:1:2::3" << "" << "not both";
    }

    void lanHostPreview()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, mac);
        QFETCH(int, prefixLength);
        QFETCH(QString, thisHost);
        QFETCH(QString, address);
        QFETCH(QString, textMentions);
        RecordDraft record;
        record.ipv4 = false;
        record.ipv6 = true;
        record.ipv6Suffix = suffix;
        record.ipv6Mac = mac;
        record.ipv6PrefixLength = prefixLength;
        const LanHostPreview preview = AccountRecordEditor::lanHostPreview(record, thisHost);
        QCOMPARE(preview.address, address);
        if (textMentions.isEmpty())
            QVERIFY(preview.text.isEmpty());
        else
            QVERIFY2(preview.text.contains(textMentions), qPrintable(preview.text));
    }

    void editorCreatesTheConfigurationDirectory()
    {
        EditorRig rig;
        const QString path = rig.dir.filePath("new/homing/config.json");
        ConfigEditor config{path, rig.registry, rig.sources, rig.backend};
        AccountRecordEditor editor{{rig.registry, rig.sources, rig.keychain, rig.checker, config, rig.backend, path}};
        const mode_t before = umask(002);
        QString error;
        QVERIFY(editor.startSetup("duckdns", &error));
        editor.account().typedSecrets.insert("token", kEditorCanary);
        editor.record().name = "myhome.duckdns.org";
        QSignalSpy saved(&editor, &AccountRecordEditor::saved);
        editor.save();
        QTRY_COMPARE(saved.size(), 1);
        umask(before);
        QCOMPARE(saved.first().first().toString(), QString());
        struct stat info {};
        QCOMPARE(stat(QFile::encodeName(rig.dir.filePath("new/homing")).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
        QVERIFY(ConfigLoader(rig.registry, rig.sources).loadFile(path).config);
    }

    // Nothing is half-saved: a keychain that fails leaves config.json as it was.
    void editorKeychainFailureSavesNothing()
    {
        EditorRig rig;
        writePrivateFile(rig.path, "{}");
        QString error;
        QVERIFY(rig.editor.startSetup("duckdns", &error));
        rig.editor.account().typedSecrets.insert("token", kEditorCanary);
        rig.editor.record().name = "myhome.duckdns.org";
        QVERIFY2(rig.editor.problems().ok(), qPrintable(rig.editor.problems().saveBlockedBecause));
        rig.keychain.setUnavailable(true);
        QVERIFY(rig.saveAndWait().contains("keychain"));
        QCOMPARE(readJson(rig.path), QJsonObject());
        QCOMPARE(rig.backend.reloads, 0);
    }

    void editorValidatesFieldsAsTheLoaderWould_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problemField");
        QTest::newRow("ttl out of range") << "ttl" << QJsonValue(10) << "ttl";
        QTest::newRow("bad name") << "name" << QJsonValue("not a name!") << "name";
        QTest::newRow("bad zone id") << "zone_id" << QJsonValue("xyz") << "zone_id";
        QTest::newRow("bad account id") << "id" << QJsonValue("-bad id") << "id";
        QTest::newRow("bad endpoint") << "endpoint" << QJsonValue("ftp://x") << "endpoint";
    }

    void editorValidatesFieldsAsTheLoaderWould()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problemField);
        EditorRig rig;
        writePrivateFile(rig.path, "{}");
        QString error;
        QVERIFY(rig.editor.startSetup("cloudflare", &error));
        rig.editor.account().typedSecrets.insert("token", "t0ken-value-abc");
        rig.editor.record().name = "nas.example.com";
        QVERIFY2(rig.editor.problems().ok(), qPrintable(rig.editor.problems().saveBlockedBecause));
        if (field == "ttl")
            rig.editor.record().ttl = value.toInt();
        else if (field == "name")
            rig.editor.record().name = value.toString();
        else if (field == "id")
            rig.editor.account().id = value.toString();
        else if (field == "endpoint")
            rig.editor.account().endpoint = value.toString();
        else
            rig.editor.account().settings.insert(field, value);
        const DraftProblems problems = rig.editor.problems();
        QVERIFY(!problems.ok());
        const bool found = problems.account.contains(problemField) || problems.record.contains(problemField);
        QVERIFY2(found, qPrintable(problems.saveBlockedBecause));
        QVERIFY(!problems.saveBlockedBecause.isEmpty());
        QCOMPARE(rig.saveAndWait(), problems.saveBlockedBecause);
        QCOMPARE(readJson(rig.path), QJsonObject());
    }

    // Test against a Cloudflare-like fake: token rejected, then accepted.
    void editorTestsBeforeSaving()
    {
        EditorRig rig;
        writePrivateFile(rig.path, "{}");
        QString error;
        QVERIFY(rig.editor.startSetup("cloudflare", &error));
        QVERIFY(!rig.editor.testSendsRealUpdate());
        rig.editor.account().endpoint = "https://cf.test/client/v4";
        rig.editor.record().name = "nas.example.com";
        rig.http.on("https://cf.test/client/v4/", [](const HttpRequest &request) {
            if (request.header("Authorization") != "Bearer good-token")
                return test::FakeHttpClient::reply(403, R"({"success":false,"errors":[{"code":9109,"message":"Invalid access token"}]})");
            if (request.url.path().endsWith("/zones"))
                return test::FakeHttpClient::reply(200, R"({"success":true,"errors":[],"result":[{"id":"023e105f4ecef8ad9ca31a8372d0c353","name":"example.com","status":"active"}]})");
            return test::FakeHttpClient::reply(200, R"({"success":true,"errors":[],"result":[]})");
        });
        QSignalSpy tested(&rig.editor, &AccountRecordEditor::testFinished);
        rig.editor.account().typedSecrets.insert("token", "bad-token");
        rig.editor.test();
        QVERIFY(tested.wait(5000));
        QCOMPARE(tested.takeFirst().first().value<AccountCheckResult>().result.kind, ResultKind::AuthFailed);
        rig.editor.account().typedSecrets.insert("token", "good-token");
        rig.editor.test();
        QVERIFY(tested.wait(5000));
        const auto result = tested.takeFirst().first().value<AccountCheckResult>();
        QCOMPARE(result.result.kind, ResultKind::Ok);
        QVERIFY(!result.realUpdate);
        for (const auto &sent : rig.http.sent())
            QCOMPARE(sent.request.method, QByteArray("GET"));
        QCOMPARE(readJson(rig.path), QJsonObject()); // Test saves nothing
        QVERIFY(!rig.stored("cloudflare", "token"));
    }

    // Renaming an account moves its keychain secrets; removing one deletes
    // them when asked, with its records.
    void editorRenamesAndRemovesAccounts()
    {
        EditorRig rig;
        writePrivateFile(rig.path, kEditableConfig);
        rig.keychain.write("dd", "password", kEditorCanary, nullptr, [](const SecretStoreResult &) {});
        QString error;
        QVERIFY(rig.editor.startEditAccount("dd", &error));
        QTRY_COMPARE(rig.editor.secretState("password"), AccountRecordEditor::SecretState::Stored);
        QVERIFY(rig.editor.problems().ok());
        rig.editor.account().id = "noip-home";
        QVERIFY(rig.editor.renamesAccountWithKeychainSecrets());
        rig.editor.setDeleteOldSecretsOnRename(true);
        QCOMPARE(rig.saveAndWait(), QString());
        QCOMPARE(rig.stored("noip-home", "password"), std::optional<QString>(kEditorCanary));
        QTRY_VERIFY(!rig.stored("dd", "password"));
        QJsonObject saved = readJson(rig.path);
        QCOMPARE(saved.value("accounts").toArray().at(0).toObject().value("id").toString(), QString("noip-home"));
        for (const auto &record : saved.value("records").toArray())
            QCOMPARE(record.toObject().value("account").toString(), QString("noip-home"));
        QCOMPARE(saved.value("records").toArray().at(0).toObject().value("_note").toString(), QString("the NAS"));

        QSignalSpy removed(&rig.editor, &AccountRecordEditor::accountRemoved);
        rig.editor.removeAccount("noip-home", true);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), QString());
        QVERIFY(!rig.stored("noip-home", "password"));
        saved = readJson(rig.path);
        QVERIFY(saved.value("accounts").toArray().isEmpty());
        QVERIFY(saved.value("records").toArray().isEmpty());
        QCOMPARE(saved.value("_comment").toString(), QString("mine"));
    }

    void editorEditsARecordInPlace()
    {
        EditorRig rig;
        writePrivateFile(rig.path, kEditableConfig);
        QString error;
        QVERIFY(rig.editor.startEditRecord("dd/home.example.org/A", &error));
        QCOMPARE(rig.editor.record().name, QString("Home.Example.org."));
        rig.editor.record().name = "nas.example.org";
        rig.editor.record().paused = true;
        QVERIFY2(rig.editor.problems().ok(), qPrintable(rig.editor.problems().saveBlockedBecause));
        QCOMPARE(rig.saveAndWait(), QString());
        const QJsonArray records = readJson(rig.path).value("records").toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).toObject().value("name").toString(), QString("nas.example.org"));
        QCOMPARE(records.at(0).toObject().value("_note").toString(), QString("the NAS"));
        QCOMPARE(records.at(0).toObject().value("paused").toBool(), true);
        QVERIFY(!records.at(0).toObject().contains("always_correct"));
        // "Always set it back": the record's always_correct, read back and cleared again.
        QVERIFY(rig.editor.startEditRecord("dd/nas.example.org/A", &error));
        QVERIFY(!rig.editor.record().alwaysCorrect);
        rig.editor.record().alwaysCorrect = true;
        QCOMPARE(rig.saveAndWait(), QString());
        QCOMPARE(readJson(rig.path).value("records").toArray().at(0).toObject().value("always_correct").toBool(), true);
        QVERIFY(rig.editor.startEditRecord("dd/nas.example.org/A", &error));
        QVERIFY(rig.editor.record().alwaysCorrect);
        rig.editor.record().alwaysCorrect = false;
        QCOMPARE(rig.saveAndWait(), QString());
        QVERIFY(!readJson(rig.path).value("records").toArray().at(0).toObject().contains("always_correct"));
        // A name another record of the account already has is refused.
        QVERIFY(rig.editor.startEditRecord("dd/nas.example.org/A", &error));
        rig.editor.record().name = "b.example.org";
        QVERIFY(!rig.editor.problems().ok());
        QCOMPARE(rig.editor.removeRecord("dd/nas.example.org/A"), QString());
        QCOMPARE(readJson(rig.path).value("records").toArray().size(), 1);
    }

#if defined(Q_OS_LINUX)
    // Start at login on Linux: an XDG autostart entry of the user's, which a
    // desktop session runs (and which masks a system-wide one with Hidden=true).
    void loginItemIsAnAutostartEntry()
    {
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath("config")));
        qputenv("XDG_CONFIG_DIRS", QFile::encodeName(home.filePath("etc-xdg")));
        const QString entry = home.filePath("config/autostart/io.github.homing.Homing.desktop");
        const QString program = home.filePath("My Apps/$HOME/homing");

        QCOMPARE(loginItemState(), LoginItemState::Off);
        QCOMPARE(setLoginItem(true, program), QString());
        QCOMPARE(loginItemState(), LoginItemState::On);
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        file.close();
        // Quoted and escaped for Exec; TryExec takes the path as it is.
        QVERIFY2(text.contains(QString("Exec=\"%1\"\n").arg(home.filePath("My Apps/\\$HOME/homing"))), qPrintable(text));
        QVERIFY2(text.contains(QString("TryExec=%1\n").arg(program)), qPrintable(text));
        const QString validator = QStandardPaths::findExecutable("desktop-file-validate");
        if (!validator.isEmpty()) {
            QProcess validate;
            validate.start(validator, {entry});
            QVERIFY(validate.waitForFinished());
            QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());
        }

        QCOMPARE(setLoginItem(false, program), QString());
        QVERIFY(!QFile::exists(entry));
        QCOMPARE(loginItemState(), LoginItemState::Off);

        // A packaged, system-wide entry: on by default; off only through a
        // user entry that hides it.
        QVERIFY(QDir().mkpath(home.filePath("etc-xdg/autostart")));
        QFile system(home.filePath("etc-xdg/autostart/io.github.homing.Homing.desktop"));
        QVERIFY(system.open(QIODevice::WriteOnly));
        system.write("[Desktop Entry]\nType=Application\nName=Homing\nExec=homing\n");
        system.close();
        QCOMPARE(loginItemState(), LoginItemState::On);
        QCOMPARE(setLoginItem(false, program), QString());
        QCOMPARE(loginItemState(), LoginItemState::Off);
        QVERIFY(QFile::exists(entry));
        QCOMPARE(setLoginItem(true, program), QString());
        QCOMPARE(loginItemState(), LoginItemState::On);
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_CONFIG_DIRS");
    }
#endif

    // The setup's list of providers: grouped, then by name; searchable by
    // name (Chinese included), id or group.
    void providerList()
    {
        ProviderRegistry registry;
        registerBuiltinProviders(registry);
        ProviderListModel model(registry);
        QCOMPARE(model.rowCount(), int(registry.all().size()));
        int lastCategory = -1;
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int category = model.index(row).data(ProviderListModel::CategoryRole).toInt();
            QVERIFY(category >= lastCategory);
            lastCategory = category;
            order.append(model.index(row).data(ProviderListModel::IdRole).toString());
        }
        QVERIFY(order.indexOf("duckdns") < order.indexOf("cloudflare")); // DDNS services before cloud DNS
        QVERIFY(order.indexOf("cloudflare") < order.indexOf("dyndns2")); // before self-hosted
        QCOMPARE(order.last(), QString("custom"));

        ProviderSearch search;
        search.setSourceModel(&model);
        search.setSearchText("花生");
        QCOMPARE(search.rowCount(), 1);
        QCOMPARE(search.index(0, 0).data(ProviderListModel::IdRole).toString(), QString("oray"));
        search.setSearchText("CLOUD"); // names and the category "Cloud DNS", in any case
        QStringList found;
        for (int row = 0; row < search.rowCount(); ++row)
            found.append(search.index(row, 0).data(ProviderListModel::IdRole).toString());
        QVERIFY2(found.contains("cloudflare") && found.contains("route53"), qPrintable(found.join(',')));
        QVERIFY2(!found.contains("dyndns2"), qPrintable(found.join(',')));
        search.setSearchText("flare");
        QCOMPARE(search.rowCount(), 1);
        QCOMPARE(search.index(0, 0).data(ProviderListModel::IdRole).toString(), QString("cloudflare"));
        search.setSearchText("self-hosted");
        found.clear();
        for (int row = 0; row < search.rowCount(); ++row) {
            found.append(search.index(row, 0).data(ProviderListModel::IdRole).toString());
            QCOMPARE(search.index(row, 0).data(ProviderListModel::CategoryRole).toInt(), int(ProviderCategory::SelfHosted));
        }
        QVERIFY2(found.contains("dyndns2") && found.contains("powerdns"), qPrintable(found.join(',')));
        search.setSearchText({});
        QCOMPARE(search.rowCount(), model.rowCount());
    }

    // The app's own preferences: every notification shown until turned off,
    // the language one of those Homing has.
    void appPreferences()
    {
        QTemporaryDir dir;
        AppPreferences preferences(dir.path());
        QCOMPARE(preferences.language(), QString());
        QVERIFY(preferences.shows(Notification::Kind::RecordBlocked));
        preferences.setShows(Notification::Kind::RecordBlocked, false);
        preferences.setLanguage("zh_CN");
        const AppPreferences again(dir.path());
        QVERIFY(!again.shows(Notification::Kind::RecordBlocked));
        QVERIFY(again.shows(Notification::Kind::RecordFailing));
        QCOMPARE(again.language(), QString("zh_CN"));
        preferences.setLanguage("klingon");
        QCOMPARE(again.language(), QString());
        QVERIFY(QFile::exists(dir.filePath("homing-app.ini")));
    }

    // The local backend over a real Daemon: a pass of ten records gives a
    // few status refreshes, not one per record, one notification per record
    // updated, and the history as it is appended.
    void localBackendFollowsTheDaemon()
    {
        test::UpdaterRig rig;
        rig.http.on("https://echo.test/v4", 200, "81.2.69.160");
        rig.http.on("https://dd.test/nic/update", [](const HttpRequest &request) {
            HttpReply reply;
            reply.status = 200;
            const int hosts = int(QUrlQuery(request.url).queryItemValue("hostname").split(',').size());
            QByteArrayList lines;
            for (int i = 0; i < hosts; ++i)
                lines.append("good 81.2.69.160");
            reply.body = lines.join('\n');
            return reply;
        });
        rig.keychain.write("dd", "password", "pw", nullptr, [](const SecretStoreResult &) {});
        QJsonArray records;
        for (int i = 0; i < 10; ++i)
            records.append(QJsonObject{{"account", "dd"}, {"name", QString("h%1.example.org").arg(i)}, {"type", "A"}});
        const QJsonObject root{
            {"version", 1},
            {"ip", QJsonObject{{"ipv4", QJsonObject{{"sources", QJsonArray{"https://echo.test/v4"}}}}}},
            {"accounts", QJsonArray{QJsonObject{{"id", "dd"}, {"provider", "noip"}, {"endpoint", "https://dd.test"},
                                                {"settings", QJsonObject{{"username", "u"}}},
                                                {"secrets", QJsonObject{{"password", "keychain"}}}}}},
            {"records", records}};
        rig.loadConfig(QJsonDocument(root).toJson());
        rig.restart();

        Daemon daemon({*rig.updater, *rig.propagation, *rig.state, *rig.history, rig.clock}, QString(), control::Role::App,
                      [] { return ConfigLoadResult{}; });
        LocalBackend backend(daemon);
        QSignalSpy statusChanges(&backend, &UpdaterBackend::statusChanged);
        QSignalSpy notifications(&backend, &UpdaterBackend::notify);
        QSignalSpy appended(&backend, &UpdaterBackend::historyAppended);
        daemon.start(nullptr); // no socket name: it runs without one
        QTRY_COMPARE_WITH_TIMEOUT(backend.history().size(), qsizetype(11), 5000); // an address change and ten updates
        QTRY_VERIFY(!backend.status().value("running").toBool());
        QTRY_VERIFY(statusChanges.count() >= 1);
        QTest::qWait(50);
        QVERIFY2(statusChanges.count() <= 4, qPrintable(QString::number(statusChanges.count())));
        QCOMPARE(appended.count(), 11);
        QCOMPARE(notifications.count(), 11); // the address, and each record updated
        const OverallSummary summary = summarise(backend.status());
        QCOMPARE(summary.state, OverallState::InSync);
        QCOMPARE(summary.headline, QString("All 10 record(s) point here"));

        // "Update now" on one record sends that record alone, even in sync.
        const qsizetype sent = rig.http.sent().size();
        backend.updateNow("dd/h3.example.org/A");
        QTRY_VERIFY(rig.http.sent().size() > sent);
        QTRY_VERIFY(!backend.status().value("running").toBool());
        const auto last = rig.http.sent().last();
        QCOMPARE(QUrlQuery(last.request.url).queryItemValue("hostname"), QString("h3.example.org"));
        daemon.stop();
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
