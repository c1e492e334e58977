// Widget tests: the real tray app (TrayApplication, its window, setup and
// editor) in the headless desktop of tests/gui, against the fake services
// test_widgets.py starts. Run through test_widgets.py, which sets the
// HOMING_TEST_* variables, the display, the D-Bus session and the keyring.
#include "MainWindow.h"
#include "RecordTableModel.h"
#include "TrayApplication.h"
#include "editor/EditorDialog.h"
#include "editor/SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace homing::gui;

namespace {

QString env(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: run this through tests/gui/test_widgets.py", name);
    return value;
}

QJsonObject readConfig()
{
    QFile file(QDir(env("HOMING_TEST_CONFIG_DIR")).filePath(QStringLiteral("config.json")));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

template <typename T>
T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

// Types into a line edit as a user does (so that textEdited fires).
void type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    QTRY_VERIFY2(edit->isVisible(), name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void showAdvanced(QWidget *parent)
{
    for (auto *button : parent->findChildren<QPushButton *>()) {
        if (button->isCheckable() && button->text().startsWith(QStringLiteral("Advanced")) && !button->isChecked())
            QTest::mouseClick(button, Qt::LeftButton);
    }
}

QString labelText(QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label && label->isVisible() ? label->text() : QString();
}

// Presses Test and waits for its verdict.
QString pressTest(QWidget *parent)
{
    auto *button = parent->findChild<QPushButton *>(QStringLiteral("testButton"));
    if (!button || !button->isEnabled())
        return QStringLiteral("(no Test button to press)");
    QTest::mouseClick(button, Qt::LeftButton);
    auto *result = parent->findChild<QLabel *>(QStringLiteral("testResult"));
    if (!QTest::qWaitFor([&] { return result->text().startsWith(QStringLiteral("✔"))
                                      || result->text().startsWith(QStringLiteral("✘")); }, 20000))
        return QStringLiteral("(no verdict: %1)").arg(result->text());
    return result->text();
}

// The state of a record in the window's table.
QString recordState(MainWindow *window, const QString &key)
{
    auto *table = window->findChild<QTableView *>(QStringLiteral("records"));
    for (int row = 0; table && row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(RecordTableModel::KeyRole).toString() == key)
            return index.data(RecordTableModel::StateKeyRole).toString();
    }
    return {};
}

// Answers the next message box by clicking the button with this text.
void answerNextMessageBox(const QString &buttonText)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == buttonText) {
                timer->deleteLater();
                button->click();
                return;
            }
        }
    });
    timer->start();
}

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<TrayApplication>(*qApp, env("HOMING_TEST_CONFIG_DIR"), env("HOMING_TEST_DATA_DIR"));
        QCOMPARE(m_app->start(), 0);
        QVERIFY(m_app->isRunning());
    }

    // No account yet: the window opens on the setup. From there to a record
    // in sync at the local dyndns2 server.
    void firstRunSetupToARecordInSync()
    {
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<MainWindow>(), 10000);
        QPointer<SetupWizard> wizard; // deleted when it closes
        QTRY_VERIFY_WITH_TIMEOUT((wizard = visibleTopLevel<MainWindow>()->findChild<SetupWizard *>()) && wizard->isVisible(), 10000);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ProviderPage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled() || !wizard->chosenProvider().isEmpty());

        // The search narrows the list; the choice is the generic dyndns2 server.
        type(wizard, "providerSearch", QStringLiteral("dyndns2"));
        wizard->chooseProvider(QStringLiteral("dyndns2"));
        QCOMPARE(wizard->chosenProvider(), QStringLiteral("dyndns2"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::SettingsPage));

        // Empty, the page says why it cannot go on, next to the fields.
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!labelText(wizard, "saveBlocked").isEmpty());
        // (Rows added to a shown form appear from the event loop: wait for them.)
        QTRY_VERIFY2(!labelText(wizard, "problem_server").isEmpty(), qPrintable(labelText(wizard, "saveBlocked")));
        QTRY_VERIFY(!labelText(wizard, "problem_name").isEmpty());
        auto *testButton = wizard->findChild<QPushButton *>(QStringLiteral("testButton"));
        QVERIFY2(testButton->text().contains(QStringLiteral("real update")), qPrintable(testButton->text()));

        type(wizard, "field_server", env("HOMING_TEST_DD_URL"));
        type(wizard, "field_username", env("HOMING_TEST_DD_USER"));
        type(wizard, "field_password", env("HOMING_TEST_DD_PASSWORD"));
        type(wizard, "recordName", env("HOMING_TEST_DD_NAME"));
        showAdvanced(wizard);
        type(wizard, "caFile", env("HOMING_TEST_CA_FILE"));
        QTRY_VERIFY2(wizard->button(QWizard::NextButton)->isEnabled(), qPrintable(labelText(wizard, "saveBlocked")));
        QCOMPARE(labelText(wizard, "saveBlocked"), QString());

        // Test: the dyndns2 family has no read-only call, so one real update.
        const QString verdict = pressTest(wizard);
        QVERIFY2(verdict.startsWith(QStringLiteral("✔")), qPrintable(verdict));
        QVERIFY(readConfig().value(QStringLiteral("accounts")).toArray().isEmpty()); // Test saved nothing

        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DonePage));
        auto *login = wizard->findChild<QCheckBox *>(QStringLiteral("startAtLogin"));
        QVERIFY(login->isChecked()); // offered, on by default
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), 20000);

        const QJsonObject config = readConfig();
        const QJsonObject account = config.value(QStringLiteral("accounts")).toArray().at(0).toObject();
        QCOMPARE(account.value(QStringLiteral("provider")).toString(), QStringLiteral("dyndns2"));
        QCOMPARE(account.value(QStringLiteral("secrets")).toObject().value(QStringLiteral("password")).toString(),
                 QStringLiteral("keychain"));
        QVERIFY(!QJsonDocument(config).toJson().contains(env("HOMING_TEST_DD_PASSWORD").toUtf8()));
        QCOMPARE(config.value(QStringLiteral("ip")).toObject().value(QStringLiteral("proxy")).toString(),
                 QStringLiteral("none")); // what the file had is kept

        const QString key = QStringLiteral("dyndns2/%1/A").arg(env("HOMING_TEST_DD_NAME"));
        MainWindow *window = visibleTopLevel<MainWindow>();
        QTRY_COMPARE_WITH_TIMEOUT(recordState(window, key), QStringLiteral("in_sync"), 20000);
        QVERIFY(QFile::exists(QDir(qEnvironmentVariable("XDG_CONFIG_HOME"))
                                  .filePath(QStringLiteral("autostart/io.github.homing.Homing.desktop"))));
    }

    // A second account and its record in the editor: a Cloudflare-like
    // server rejects the first token, accepts the second; a TTL out of
    // range keeps Save off and says why; saved, the record goes in sync.
    void editorCreatesACloudflareAccountAndRecord()
    {
        MainWindow *window = visibleTopLevel<MainWindow>();
        QVERIFY(window);
        window->startSetup(); // "Accounts > Add account…"
        QPointer<SetupWizard> wizard; // deleted when it closes
        QTRY_VERIFY_WITH_TIMEOUT((wizard = window->findChild<SetupWizard *>()) && wizard->isVisible(), 10000);
        type(wizard, "providerSearch", QStringLiteral("cloud"));
        wizard->chooseProvider(QStringLiteral("cloudflare"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::SettingsPage));
        auto *testButton = wizard->findChild<QPushButton *>(QStringLiteral("testButton"));
        QVERIFY2(!testButton->text().contains(QStringLiteral("real update")), qPrintable(testButton->text()));

        type(wizard, "field_token", QStringLiteral("not-the-token"));
        type(wizard, "recordName", env("HOMING_TEST_CF_NAME"));
        showAdvanced(wizard);
        type(wizard, "endpoint", env("HOMING_TEST_CF_ENDPOINT"));
        type(wizard, "caFile", env("HOMING_TEST_CA_FILE"));
        QString verdict = pressTest(wizard);
        QVERIFY2(verdict.startsWith(QStringLiteral("✘")), qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("9109")), qPrintable(verdict));

        type(wizard, "field_token", env("HOMING_TEST_CF_TOKEN"));
        verdict = pressTest(wizard);
        QVERIFY2(verdict.startsWith(QStringLiteral("✔")), qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("creates it")), qPrintable(verdict));

        // A TTL Cloudflare does not take: Next stays off, and the page says why.
        auto *ttl = wizard->findChild<QSpinBox *>(QStringLiteral("recordTtl"));
        QVERIFY(ttl->isVisible());
        ttl->setValue(10);
        QTRY_VERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY2(labelText(wizard, "problem_ttl").contains(QStringLiteral("86400")), qPrintable(labelText(wizard, "problem_ttl")));
        QVERIFY(labelText(wizard, "saveBlocked").contains(QStringLiteral("record is not complete")));
        ttl->setValue(120);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        wizard->findChild<QCheckBox *>(QStringLiteral("startAtLogin"))->setChecked(true);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), 20000);

        const QString key = QStringLiteral("cloudflare/%1/A").arg(env("HOMING_TEST_CF_NAME"));
        QTRY_COMPARE_WITH_TIMEOUT(recordState(window, key), QStringLiteral("in_sync"), 20000);
        const QJsonArray records = readConfig().value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).toObject().value(QStringLiteral("ttl")).toInt(), 120);
    }

    // Editing a record: an invalid name keeps Save off and says why.
    void anInvalidFieldKeepsSaveDisabled()
    {
        MainWindow *window = visibleTopLevel<MainWindow>();
        window->editRecord(QStringLiteral("dyndns2/%1/A").arg(env("HOMING_TEST_DD_NAME")));
        QPointer<EditorDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<EditorDialog *>()) && dialog->isVisible(), 10000);
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        type(dialog, "recordName", QStringLiteral("not a name!"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!labelText(dialog, "problem_name").isEmpty());
        QVERIFY(!labelText(dialog, "saveBlocked").isEmpty());
        QCOMPARE(save->toolTip(), labelText(dialog, "saveBlocked"));
        type(dialog, "recordName", env("HOMING_TEST_DD_NAME"));
        QVERIFY(save->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!window->findChild<EditorDialog *>());
    }

    // Removing the Cloudflare account, its keychain secret with it (the
    // Python side checks the keychain with secret-tool afterwards).
    void removingAnAccountDeletesItsSecrets()
    {
        MainWindow *window = visibleTopLevel<MainWindow>();
        answerNextMessageBox(QStringLiteral("Remove, and delete its secrets"));
        window->removeAccount(QStringLiteral("cloudflare"));
        QTRY_COMPARE_WITH_TIMEOUT(readConfig().value(QStringLiteral("accounts")).toArray().size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(recordState(window, QStringLiteral("cloudflare/%1/A").arg(env("HOMING_TEST_CF_NAME"))),
                                  QString(), 10000);
        QTest::qWait(1000); // the keychain delete is asynchronous
    }

    void cleanupTestCase() { m_app.reset(); }

private:
    std::unique_ptr<TrayApplication> m_app;
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
