#include "platform/ControlSocketName.h"
#include "storage/AtomicFile.h"
#include "storage/HistoryStore.h"
#include "storage/StateStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace homing;

namespace {

// Lines cut short by a crash. Raw strings with unbalanced braces confuse moc
// inside a class body, so they live here.
const char *const kTornHistoryLine = R"({"time":"2026-01-01T00:00:01Z","rec)";
const char *const kTornJournalLine = R"({"record":"a/one/A","state":{"conf)";

int lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().count('\n'));
}

RecordState stateWithValue(const QString &value)
{
    RecordState state;
    state.condition = RecordCondition::InSync;
    state.confirmedValue = value;
    return state;
}

} // namespace

class TestStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        StateStore store(path);
        QVERIFY(store.load().isEmpty()); // a missing file is an empty state
        RecordState state;
        state.condition = RecordCondition::Blocked;
        state.confirmedValue = "81.2.69.160";
        state.lastSuccess = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        state.lastResult = ResultKind::AuthFailed;
        state.lastDetail = "badauth";
        state.consecutiveFailures = 3;
        state.nextAttempt = QDateTime(QDate(2026, 1, 3), QTime(0, 0), Qt::UTC);
        state.blockedFingerprint = "abc";
        store.setRecord("a/b/A", state);
        DetectionResult detection;
        detection.family = AddressFamily::IPv6;
        detection.address = QHostAddress("2a00:1450::1");
        detection.answers = {{"https://e", QHostAddress("2a00:1450::1"), {}}};
        store.setDetection(detection);
        store.setLastAcceptedAddress(AddressFamily::IPv6, "2a00:1450::1");
        const QByteArray key = store.fingerprintKey();
        QCOMPARE(key.size(), 32);
        QVERIFY(store.compact().isEmpty());
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        StateStore reloaded(path);
        QVERIFY(reloaded.load().isEmpty());
        const RecordState back = reloaded.record("a/b/A");
        QCOMPARE(back.condition, RecordCondition::Blocked);
        QCOMPARE(back.confirmedValue, state.confirmedValue);
        QCOMPARE(back.lastSuccess, state.lastSuccess);
        QCOMPARE(*back.lastResult, ResultKind::AuthFailed);
        QCOMPARE(back.lastDetail, QStringLiteral("badauth"));
        QVERIFY(back.lastError().contains("badauth"));
        QCOMPARE(back.consecutiveFailures, 3);
        QCOMPARE(back.nextAttempt, state.nextAttempt);
        QCOMPARE(back.blockedFingerprint, QStringLiteral("abc"));
        QCOMPARE(reloaded.detection(AddressFamily::IPv6)->address, detection.address);
        QVERIFY(!reloaded.detection(AddressFamily::IPv4));
        QCOMPARE(reloaded.lastAcceptedAddress(AddressFamily::IPv6), QStringLiteral("2a00:1450::1"));
        QCOMPARE(reloaded.fingerprintKey(), key);
    }

    void damagedStateIsMovedAsideNotDeleted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();
        StateStore store(path);
        const QString warning = store.load();
        QVERIFY(warning.contains("moved"));
        QVERIFY(!QFile::exists(path));
        const QStringList aside = QDir(dir.path()).entryList({"state.json.damaged-*"});
        QCOMPARE(aside.size(), 1);
    }

    void atomicWriteLeavesNoTemporaryFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("f.json");
        QVERIFY(writeFileAtomically(path, "one").isEmpty());
        QVERIFY(writeFileAtomically(path, "two").isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"f.json"});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("two"));
    }

    void atomicWriteFailureKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("sub/f.json"); // the directory does not exist
        QVERIFY(!writeFileAtomically(path, "x").isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void controlSocketLivesInThePrivateDataDirectory()
    {
        QCOMPARE(controlSocketName("/home/ann/.local/share/homing"), QStringLiteral("/home/ann/.local/share/homing/homing.sock"));
        // Too long for a socket address: a short name in the private runtime directory.
        QTemporaryDir runtime;
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
        const QString longDir = "/srv/" + QString(120, QLatin1Char('d'));
        const QString name = controlSocketName(longDir);
        QVERIFY2(name.startsWith(runtime.path() + "/homing-"), qPrintable(name));
        QVERIFY(name.toLocal8Bit().size() < 100);
        QCOMPARE(controlSocketName(longDir), name); // stable
        QVERIFY(controlSocketName(longDir + "x") != name);
    }

    void historyRollsOff()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("history.jsonl");
        HistoryStore history(path, 10);
        for (int i = 0; i < 25; ++i) {
            HistoryEntry entry;
            entry.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
            entry.record = "r";
            entry.type = "A";
            entry.newValue = QString::number(i);
            entry.result = "ok";
            QVERIFY(history.append(entry).isEmpty());
        }
        const auto entries = HistoryStore(path, 10).entries();
        QCOMPARE(entries.size(), 10);
        QCOMPARE(entries.first().newValue, QStringLiteral("15"));
        QCOMPARE(entries.last().newValue, QStringLiteral("24"));
        QCOMPARE(HistoryStore(path, 10).entries(3).first().newValue, QStringLiteral("22"));
    }

    void historySkipsADamagedLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("history.jsonl");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"time":"2026-01-01T00:00:00Z","record":"a","type":"A","new":"1","result":"ok"})" "\n");
        file.write("{broken\n");
        file.write(R"({"time":"2026-01-01T00:00:01Z","record":"a","type":"A","new":"2","result":"ok"})" "\n");
        file.close();
        HistoryStore history(path, 100);
        const auto entries = history.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().newValue, QStringLiteral("2"));
        // Appending leaves the damaged line where it is.
        QVERIFY(history.append(entries.first()).isEmpty());
        QVERIFY(QDir(dir.path()).entryList({"history.jsonl.damaged-*"}).isEmpty());
        QFile appended(path);
        QVERIFY(appended.open(QIODevice::ReadOnly));
        QVERIFY(appended.readAll().contains("{broken"));
        QCOMPARE(HistoryStore(path, 100).entries().size(), 3);
        // The rewrite at the bound keeps the damaged file as it was, aside.
        for (int i = 0; i < 200; ++i)
            QVERIFY(history.append(entries.first()).isEmpty());
        const QStringList aside = QDir(dir.path()).entryList({"history.jsonl.damaged-*"});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("{broken"));
        QCOMPARE(HistoryStore(path, 100).entries().size(), 100);
    }

    // An append writes one line; the file is rewritten only when it holds
    // half as many lines again as the history keeps.
    void historyAppendsWithoutRewriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("history.jsonl");
        HistoryStore history(path, 100);
        HistoryEntry entry;
        entry.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        entry.record = "r";
        entry.result = "ok";
        int maximumLines = 0;
        int rewrites = 0;
        for (int i = 0; i < 1000; ++i) {
            entry.newValue = QString::number(i);
            const int before = lineCount(path);
            QVERIFY(history.append(entry).isEmpty());
            const int after = lineCount(path);
            if (after != std::max(before, 0) + 1) {
                ++rewrites;
                QCOMPARE(after, 100); // a rewrite keeps exactly the limit
            }
            maximumLines = std::max(maximumLines, after);
        }
        QCOMPARE(maximumLines, 150);
        QVERIFY2(rewrites <= 1000 / 50, qPrintable(QString::number(rewrites)));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        const auto entries = HistoryStore(path, 100).entries();
        QCOMPARE(entries.size(), 100);
        QCOMPARE(entries.first().newValue, QStringLiteral("900"));
        QCOMPARE(entries.last().newValue, QStringLiteral("999"));
    }

    // A crash in the middle of writing the last line leaves it unfinished;
    // the next append starts a line of its own.
    void historyAppendAfterATornLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("history.jsonl");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"time":"2026-01-01T00:00:00Z","record":"a","type":"A","new":"1","result":"ok"})" "\n");
        file.write(kTornHistoryLine);
        file.close();
        HistoryStore history(path, 100);
        HistoryEntry entry;
        entry.time = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
        entry.record = "a";
        entry.newValue = "3";
        entry.result = "ok";
        QVERIFY(history.append(entry).isEmpty());
        const auto entries = HistoryStore(path, 100).entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().newValue, QStringLiteral("3"));
        // A line that was never finished is no damage: nothing is copied aside at the next rewrite.
        HistoryStore small(path, 10);
        for (int i = 0; i < 20; ++i)
            QVERIFY(small.append(entry).isEmpty());
        QVERIFY(QDir(dir.path()).entryList({"history.jsonl.damaged-*"}).isEmpty());
    }

    // Changes are committed to the journal in O(changes); a reader replays it
    // over state.json, and compact() folds it in.
    void stateJournalReplaysCommittedChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        StateStore store(path);
        QVERIFY(store.load().isEmpty());
        store.setRecord("a/one/A", stateWithValue("81.2.69.1"));
        store.setRecord("a/two/A", stateWithValue("81.2.69.2"));
        QVERIFY(store.compact().isEmpty());
        QVERIFY(!QFile::exists(store.journalPath()));
        const QByteArray compacted = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();

        RecordState uncertain = stateWithValue("81.2.69.1");
        uncertain.confirmedUncertain = true;
        store.setRecord("a/one/A", uncertain);
        store.retainRecords({"a/one/A"});
        store.setLastAcceptedAddress(AddressFamily::IPv4, "81.2.69.9");
        QVERIFY(store.commit().isEmpty());
        QVERIFY(store.commit().isEmpty()); // nothing new: nothing written
        QCOMPARE(lineCount(store.journalPath()), 3);
        QCOMPARE(QFileInfo(store.journalPath()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // state.json was not touched by commit().
        QFile unchanged(path);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), compacted);

        StateStore reader(path); // what a process started after a crash sees
        QVERIFY(reader.load().isEmpty());
        QVERIFY(reader.record("a/one/A").confirmedUncertain);
        QVERIFY(!reader.hasRecord("a/two/A"));
        QCOMPARE(reader.lastAcceptedAddress(AddressFamily::IPv4), QStringLiteral("81.2.69.9"));

        QVERIFY(store.compact().isEmpty());
        QVERIFY(!QFile::exists(store.journalPath()));
        StateStore after(path);
        QVERIFY(after.load().isEmpty());
        QVERIFY(after.record("a/one/A").confirmedUncertain);
        QVERIFY(!after.hasRecord("a/two/A"));
    }

    void stateJournalIgnoresATornLastLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        StateStore store(path);
        store.setRecord("a/one/A", stateWithValue("81.2.69.1"));
        QVERIFY(store.commit().isEmpty());
        QFile journal(store.journalPath());
        QVERIFY(journal.open(QIODevice::Append));
        journal.write(kTornJournalLine);
        journal.close();
        StateStore reader(path);
        QVERIFY(reader.load().isEmpty());
        QCOMPARE(reader.record("a/one/A").confirmedValue, QStringLiteral("81.2.69.1"));

        // The next commit starts a line of its own instead of joining the torn one.
        reader.setRecord("a/two/A", stateWithValue("81.2.69.2"));
        QVERIFY(reader.commitDurably().isEmpty());
        StateStore after(path);
        QVERIFY(after.load().isEmpty());
        QCOMPARE(after.record("a/one/A").confirmedValue, QStringLiteral("81.2.69.1"));
        QCOMPARE(after.record("a/two/A").confirmedValue, QStringLiteral("81.2.69.2"));
    }

    // A state.json that exists but cannot be read is never overwritten by
    // compaction, and the journal that completes it is kept.
    void compactionKeepsAnUnreadableStateFile()
    {
        QTemporaryDir dir;
        // Root reads any file: run this part as an ordinary user.
        struct AsNobody {
            bool dropped = false;
            explicit AsNobody(const QString &directory)
            {
                if (geteuid() == 0 && ::chown(QFile::encodeName(directory).constData(), 65534, 65534) == 0)
                    dropped = ::seteuid(65534) == 0;
            }
            ~AsNobody()
            {
                if (dropped && ::seteuid(0) != 0)
                    qFatal("cannot become root again");
            }
        } asNobody(dir.path());
        QVERIFY(geteuid() != 0);
        const QString path = dir.filePath("state.json");
        StateStore store(path);
        store.setRecord("a/one/A", stateWithValue("81.2.69.1"));
        QVERIFY(store.compact().isEmpty());
        store.setRecord("a/two/A", stateWithValue("81.2.69.2"));
        QVERIFY(store.commit().isEmpty());
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        StateStore unreadable(path);
        QVERIFY(!unreadable.load().isEmpty());
        unreadable.compact();
        QVERIFY(QFile::exists(unreadable.journalPath()));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        StateStore readable(path);
        QVERIFY(readable.load().isEmpty());
        QCOMPARE(readable.record("a/one/A").confirmedValue, QStringLiteral("81.2.69.1"));
        QCOMPARE(readable.record("a/two/A").confirmedValue, QStringLiteral("81.2.69.2"));
    }

    // A link planted in place of a data file never redirects a write, nor
    // the permission change that follows it, to another file.
    void plantedLinksAreNeverFollowed()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath("victim.txt");
        QFile target(victim);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write("precious\n");
        target.close();
        QVERIFY(QFile::setPermissions(victim, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const auto untouched = [&] {
            QFile check(victim);
            return check.open(QIODevice::ReadOnly) && check.readAll() == "precious\n"
                && (QFileInfo(victim).permissions() & QFileDevice::ReadOther);
        };

        QVERIFY(QFile::link(victim, dir.filePath("history.jsonl")));
        HistoryStore history(dir.filePath("history.jsonl"), 100);
        HistoryEntry entry;
        entry.record = "r";
        entry.result = "ok";
        QVERIFY(!history.append(entry).isEmpty());
        QVERIFY(untouched());

        QVERIFY(QFile::link(victim, dir.filePath("state.json")));
        StateStore state(dir.filePath("state.json"));
        state.setRecord("a/one/A", stateWithValue("81.2.69.1"));
        QVERIFY(!state.compact().isEmpty());
        QVERIFY(untouched());

        // (the failed compaction kept its changes in the journal)
        QVERIFY(QFile::remove(dir.filePath("state.json.journal")));
        QVERIFY(QFile::link(victim, dir.filePath("state.json.journal")));
        StateStore journaled(dir.filePath("state.json"));
        journaled.setRecord("a/one/A", stateWithValue("81.2.69.1"));
        QVERIFY(!journaled.commit().isEmpty());
        QVERIFY(untouched());

        QVERIFY(!writeFileAtomically(dir.filePath("state.json"), "{}").isEmpty());
        QVERIFY(untouched());
    }

    // A data directory that another user owns, or that others can write to,
    // is refused rather than used or quietly repaired.
    void dataDirectoryMustBeTrusted()
    {
        QTemporaryDir parent;
        const QString fresh = parent.filePath("new/homing");
        QVERIFY(ensurePrivateDirectory(fresh).isEmpty());
        QCOMPARE(QFileInfo(fresh).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                                   | QFileDevice::WriteOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());

        const QString shared = parent.filePath("shared");
        QVERIFY(QDir().mkpath(shared));
        QVERIFY(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
        const QString problem = ensurePrivateDirectory(shared);
        QVERIFY2(problem.contains("chmod 700"), qPrintable(problem));
        QVERIFY(QFileInfo(shared).permissions() & QFileDevice::WriteOther); // refused, not changed

        const QString readable = parent.filePath("readable");
        QVERIFY(QDir().mkpath(readable));
        QVERIFY(QFile::setPermissions(readable, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                    | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(ensurePrivateDirectory(readable).isEmpty()); // nobody else could write: made private
        QVERIFY(!(QFileInfo(readable).permissions() & QFileDevice::ReadOther));

        if (geteuid() == 0) {
            const QString foreign = parent.filePath("foreign");
            QVERIFY(QDir().mkpath(foreign));
            QCOMPARE(::chown(QFile::encodeName(foreign).constData(), 65534, 65534), 0);
            const QString owned = ensurePrivateDirectory(foreign);
            QVERIFY2(owned.contains("another user"), qPrintable(owned));
        }
    }

    // A desktop session's umask of 002 (or 000) must not make the directory
    // Homing creates group-writable, and so refused by Homing itself.
    void dataDirectoryCreatedPrivateWhateverTheUmask()
    {
        QTemporaryDir parent;
        for (const mode_t mask : {mode_t(002), mode_t(000)}) {
            const mode_t previous = ::umask(mask);
            const QString fresh = parent.filePath(QStringLiteral("umask%1/homing").arg(mask));
            const QString problem = ensurePrivateDirectory(fresh);
            ::umask(previous);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(QFileInfo(fresh).permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
    }

    void historyJsonShape()
    {
        HistoryEntry entry;
        entry.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        entry.record = "nas.example.com";
        entry.type = "A";
        entry.newValue = "81.2.69.160";
        entry.result = "ok";
        const QJsonObject json = entry.toJson();
        for (const char *key : {"time", "record", "type", "old", "new", "result", "detail"})
            QVERIFY2(json.contains(key), key);
        QVERIFY(json.value("old").isNull());
        QCOMPARE(json.value("time").toString(), QStringLiteral("2026-01-01T00:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
