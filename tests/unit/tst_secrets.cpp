#include "MemorySecretStore.h"
#include "platform/FilePrivacy.h"
#include "secrets/Fingerprint.h"
#include "secrets/SecretResolver.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace homing;

namespace {

const QString kCanary = QStringLiteral("CANARY-7f3a-SECRET-d41d8cd9");

SecretResolution resolve(const SecretResolver &resolver, const AccountConfig &account)
{
    SecretResolution resolution;
    bool done = false;
    resolver.resolve(account, nullptr, [&](const SecretResolution &result) {
        resolution = result;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return resolution;
}

AccountConfig account(const QString &reference)
{
    AccountConfig account;
    account.id = "home";
    account.provider = "cloudflare";
    account.secrets.insert("token", *SecretReference::parse(reference));
    return account;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void references_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("keychain") << "keychain" << true;
        QTest::newRow("env") << "env:CF_TOKEN" << true;
        QTest::newRow("env lower") << "env:cf_token_2" << true;
        QTest::newRow("env empty") << "env:" << false;
        QTest::newRow("env bad") << "env:1X" << false;
        QTest::newRow("file") << "file:/etc/homing/token" << true;
        QTest::newRow("file empty") << "file:" << false;
        QTest::newRow("a literal secret") << kCanary << false;
        QTest::newRow("keychain typo") << "Keychain" << false;
    }

    void references()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto reference = SecretReference::parse(text);
        QCOMPARE(bool(reference), valid);
        if (reference)
            QCOMPARE(reference->toString(), text);
    }

    void environment()
    {
        test::MemorySecretStore keychain;
        const SecretResolver resolver(&keychain);
        qunsetenv("HOMING_TEST_SECRET");
        SecretResolution result = resolve(resolver, account("env:HOMING_TEST_SECRET"));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains("HOMING_TEST_SECRET"));
        qputenv("HOMING_TEST_SECRET", kCanary.toUtf8() + "\n");
        result = resolve(resolver, account("env:HOMING_TEST_SECRET"));
        QVERIFY(result.ok);
        QCOMPARE(result.values.value("token"), kCanary);
        QCOMPARE(keychain.reads(), 0);
    }

    void fileMustBePrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("token");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kCanary.toUtf8() + "\n");
        file.close();
        const SecretResolver resolver(nullptr);

        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        SecretResolution result = resolve(resolver, account("file:" + path));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("chmod 600"), qPrintable(result.error));
        QVERIFY(!result.error.contains(kCanary));

        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        result = resolve(resolver, account("file:" + path));
        QVERIFY(result.ok);
        QCOMPARE(result.values.value("token"), kCanary); // the trailing newline is not part of it

        result = resolve(resolver, account("file:" + dir.filePath("missing")));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains("does not exist"));
    }

    // A secret file or a ca_file that someone else can change is not trusted:
    // writable by group or others, or owned by another user.
    void trustedFilesMustBeUnchangeableByOthers_data()
    {
        QTest::addColumn<int>("use");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("foreignOwner");
        QTest::addColumn<QString>("problem"); // empty: trusted
        const int secret = int(TrustedFileUse::Secret);
        const int certificates = int(TrustedFileUse::Certificates);
        QTest::newRow("secret 600") << secret << 0600 << false << "";
        QTest::newRow("secret 620") << secret << 0620 << false << "chmod go-w";
        QTest::newRow("secret 602") << secret << 0602 << false << "chmod go-w";
        QTest::newRow("secret 640") << secret << 0640 << false << "chmod 600";
        QTest::newRow("secret of another user") << secret << 0600 << true << "another user";
        QTest::newRow("ca 644") << certificates << 0644 << false << "";
        QTest::newRow("ca 666") << certificates << 0666 << false << "chmod go-w";
        QTest::newRow("ca 664") << certificates << 0664 << false << "chmod go-w";
        QTest::newRow("ca of another user") << certificates << 0644 << true << "another user";
    }

    void trustedFilesMustBeUnchangeableByOthers()
    {
        QFETCH(int, use);
        QFETCH(int, mode);
        QFETCH(bool, foreignOwner);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath("trusted");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("content\n");
        file.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
        if (foreignOwner) {
            if (geteuid() != 0)
                QSKIP("only root can give a file to another user");
            QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        }
        const TrustedFileContent content = readTrustedFile(path, TrustedFileUse(use), 1024);
        if (problem.isEmpty()) {
            QVERIFY2(content.problem.isEmpty(), qPrintable(content.problem));
            QCOMPARE(content.data, QByteArray("content\n"));
        } else {
            QVERIFY2(content.problem.contains(problem), qPrintable(content.problem));
            QVERIFY(content.data.isEmpty());
        }
        // Through a link of the user's own, the file itself is what is checked.
        const QString link = dir.filePath("link");
        QVERIFY(QFile::link(path, link));
        QCOMPARE(readTrustedFile(link, TrustedFileUse(use), 1024).problem.isEmpty(), problem.isEmpty());
    }

    // Nor is one in a directory where others could put another file in its
    // place: group- or world-writable without the sticky bit, or another
    // user's. (The sticky bit of /tmp keeps others from replacing it.)
    void trustedFilesMustNotBeReplaceable_data()
    {
        QTest::addColumn<int>("use");
        QTest::addColumn<int>("directoryMode");
        QTest::addColumn<bool>("trusted");
        for (const auto use : {TrustedFileUse::Configuration, TrustedFileUse::Certificates, TrustedFileUse::Secret}) {
            const QByteArray name = QByteArray::number(int(use));
            QTest::newRow(name + " in 700") << int(use) << 0700 << true;
            QTest::newRow(name + " in 755") << int(use) << 0755 << true;
            QTest::newRow(name + " in 770") << int(use) << 0770 << false;
            QTest::newRow(name + " in 777") << int(use) << 0777 << false;
            QTest::newRow(name + " in 1777") << int(use) << 01777 << true;
        }
    }

    void trustedFilesMustNotBeReplaceable()
    {
        QFETCH(int, use);
        QFETCH(int, directoryMode);
        QFETCH(bool, trusted);
        QTemporaryDir parent;
        const QString directory = parent.filePath("files");
        QVERIFY(QDir().mkdir(directory));
        const QString path = directory + "/trusted";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("content\n");
        file.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        QCOMPARE(::chmod(QFile::encodeName(directory).constData(), mode_t(directoryMode)), 0);
        const TrustedFileContent content = readTrustedFile(path, TrustedFileUse(use), 1024);
        QCOMPARE(content.problem.isEmpty(), trusted);
        if (!trusted)
            QVERIFY2(content.problem.contains("can replace"), qPrintable(content.problem));

        // Through a link in a private directory, the target's directory counts.
        const QString link = parent.filePath("link");
        QVERIFY(QFile::link(path, link));
        QCOMPARE(readTrustedFile(link, TrustedFileUse(use), 1024).problem.isEmpty(), trusted);
    }

    // A FIFO put where a ca_file was must not hang the pass that reads it
    // (a blocking open would wait here for a writer that never comes).
    void fifoIsRefusedWithoutWaiting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("ca.pem");
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const TrustedFileContent content = readTrustedFile(path, TrustedFileUse::Certificates, 1024);
        QVERIFY2(content.problem.contains("not a regular file"), qPrintable(content.problem));
    }

    void keychain()
    {
        test::MemorySecretStore keychain;
        const SecretResolver resolver(&keychain);
        SecretResolution result = resolve(resolver, account("keychain"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("homing-cli secret set home token"), qPrintable(result.error));

        keychain.write("home", "token", kCanary, nullptr, [](const SecretStoreResult &) {});
        result = resolve(resolver, account("keychain"));
        QVERIFY(result.ok);
        QCOMPARE(result.values.value("token"), kCanary);

        keychain.setUnavailable(true);
        result = resolve(resolver, account("keychain"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("locked"), qPrintable(result.error));
    }

    void noKeychainAtAllSaysWhatToDo()
    {
        const SecretResolver resolver(nullptr);
        const SecretResolution result = resolve(resolver, account("keychain"));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains("env:NAME"));
    }

    void fingerprint()
    {
        const QByteArray key(32, 'k');
        AccountConfig acct = account("keychain");
        RecordConfig record;
        record.account = "home";
        record.spec = RecordSpec{"nas.example.com", "A", 0, {}};
        const QByteArray digest = secretsDigest({{"token", kCanary}}, key);
        QCOMPARE(digest.size(), 32);
        QCOMPARE(secretsDigest({{"token", kCanary}}, key), digest); // stable
        QVERIFY(secretsDigest({{"token", "other"}}, key) != digest); // secret changed
        QVERIFY(secretsDigest({{"token", kCanary}}, QByteArray(32, 'x')) != digest); // salted
        const QString base = recordFingerprint(acct, record, digest);
        QCOMPARE(recordFingerprint(acct, record, digest), base);
        QVERIFY(!base.contains(kCanary));
        QVERIFY(recordFingerprint(acct, record, secretsDigest({{"token", "other"}}, key)) != base);
        AccountConfig changed = acct;
        changed.settings.insert("zone_id", "x");
        QVERIFY(recordFingerprint(changed, record, digest) != base); // account changed
        RecordConfig renamed = record;
        renamed.spec.name = "nas2.example.com";
        QVERIFY(recordFingerprint(acct, renamed, digest) != base); // record changed
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
