// Widget tests: the real tray app (TrayApplication, its window, setup and
// editor) in the headless desktop of tests/gui, against the fake services
// test_widgets.py starts. Run through test_widgets.py, which sets the
// HOMING_TEST_* variables, the display, the D-Bus session and the keyring.
#include "MainWindow.h"
#include "RecordTableModel.h"
#include "TrayApplication.h"
#include "Translations.h"
#include "editor/EditorDialog.h"
#include "editor/SetupWizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QMenu>
#include <QSpinBox>
#include <QSystemTrayIcon>
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
    auto *toggle = parent->findChild<QAbstractButton *>(QStringLiteral("advancedToggle"));
    QVERIFY(toggle);
    if (!toggle->isChecked())
        QTest::mouseClick(toggle, Qt::LeftButton);
}

// A picture of a window for people to look at (tests/screenshots.sh).
void picture(QWidget *window, const QString &name)
{
    QTest::qWait(300); // let layouts settle and the last repaint land
    const QString language = qEnvironmentVariable("HOMING_LANGUAGE", QStringLiteral("en"));
    const QString theme = qEnvironmentVariable("HOMING_SCREENSHOT_THEME", QStringLiteral("light"));
    const QString path = QDir(qEnvironmentVariable("HOMING_SCREENSHOTS"))
                             .filePath(QStringLiteral("%1-%2-%3.png").arg(language, theme, name));
    QVERIFY2(window->grab().save(path), qPrintable(path));
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

// Answers the next message box by clicking the button with this text (any
// button when empty); its text goes to `seen`.
void answerNextMessageBox(const QString &buttonText, std::shared_ptr<QString> seen = {})
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonText, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (buttonText.isEmpty() || button->text() == buttonText) {
                if (seen)
                    *seen = box->text();
                timer->deleteLater();
                button->click();
                return;
            }
        }
    });
    timer->start();
}

// Counts how long the event loop went without running this app's code: a
// keychain call that blocked the UI shows up as one long gap.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_clock.start();
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = std::max(m_worst, m_clock.restart());
        });
        m_timer.start();
    }
    qint64 worstGapMs() const { return m_worst; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_worst = 0;
};

} // namespace

// What a screen reader would be told for each control a user can reach
// with the keyboard (Qt's accessibility layer is what AT-SPI reads on
// Linux): the controls that have no name, as "class objectName".
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
            continue;
        // Parts of a composite control that has the name (a spin box's line edit, a viewport).
        if (widget->parentWidget() && (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                                       || qobject_cast<QComboBox *>(widget->parentWidget())
                                       || widget->objectName() == QLatin1String("qt_scrollarea_viewport")))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()),
                                                        widget->objectName()));
    }
    return unnamed;
}

// The main run, or one of the runs that use the app otherwise (a macro:
// QSKIP returns from the test function).
#define SKIP_UNLESS_THE_MAIN_RUN()                                                                                   \
    if (!qEnvironmentVariableIsEmpty("HOMING_TEST_KEYRING") || !qEnvironmentVariableIsEmpty("HOMING_SCREENSHOTS"))  \
    QSKIP("not the main run")

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
        SKIP_UNLESS_THE_MAIN_RUN();
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<MainWindow>(), 10000);
        QPointer<SetupWizard> wizard; // deleted when it closes
        QTRY_VERIFY_WITH_TIMEOUT((wizard = visibleTopLevel<MainWindow>()->findChild<SetupWizard *>()) && wizard->isVisible(), 10000);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ProviderPage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled() || !wizard->chosenProvider().isEmpty());
        QVERIFY2(unnamedControls(wizard).isEmpty(), qPrintable(unnamedControls(wizard).join(QStringLiteral(", "))));

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
        showAdvanced(wizard);
        QVERIFY2(unnamedControls(wizard).isEmpty(), qPrintable(unnamedControls(wizard).join(QStringLiteral(", "))));

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
        SKIP_UNLESS_THE_MAIN_RUN();
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
        SKIP_UNLESS_THE_MAIN_RUN();
        MainWindow *window = visibleTopLevel<MainWindow>();
        window->editRecord(QStringLiteral("dyndns2/%1/A").arg(env("HOMING_TEST_DD_NAME")));
        QPointer<EditorDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<EditorDialog *>()) && dialog->isVisible(), 10000);
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        QVERIFY2(unnamedControls(dialog).isEmpty(), qPrintable(unnamedControls(dialog).join(QStringLiteral(", "))));
        QVERIFY2(unnamedControls(window).isEmpty(), qPrintable(unnamedControls(window).join(QStringLiteral(", "))));
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

    // Another device on the LAN in the record editor: an AAAA record takes a
    // suffix or a MAC and a prefix length, checked as the loader checks them,
    // with a live preview from this computer's IPv6 address (the echo fake
    // of test_widgets.py answers 2a00:1450:4001:81c::200e). Nothing is saved.
    void lanHostFieldsPreviewTheAddress()
    {
        SKIP_UNLESS_THE_MAIN_RUN();
        MainWindow *window = visibleTopLevel<MainWindow>();
        const QJsonObject before = readConfig();
        window->editRecord(QStringLiteral("dyndns2/%1/A").arg(env("HOMING_TEST_DD_NAME")));
        QPointer<EditorDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<EditorDialog *>()) && dialog->isVisible(), 10000);
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("lanHostKind"));
        QVERIFY(kind);
        QVERIFY(!kind->isVisible()); // an A record: this computer's address only
        dialog->findChild<QComboBox *>(QStringLiteral("recordType"))->setCurrentIndex(1); // AAAA
        QTRY_VERIFY(kind->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("lanHostValue"))->isVisible());
        kind->setCurrentIndex(2); // another device, by its MAC
        type(dialog, "lanHostValue", QStringLiteral("01:00:5e:00:00:01"));
        QTRY_VERIFY2(labelText(dialog, "problem_lan_host").contains(QStringLiteral("multicast")),
                     qPrintable(labelText(dialog, "problem_lan_host")));
        QVERIFY(!save->isEnabled());
        type(dialog, "lanHostValue", QStringLiteral("00:11:22:33:44:55"));
        QTRY_COMPARE(labelText(dialog, "problem_lan_host"), QString());
        QTRY_VERIFY2_WITH_TIMEOUT(labelText(dialog, "lanHostPreview").contains(QStringLiteral("2a00:1450:4001:81c:211:22ff:fe33:4455")),
                                  qPrintable(labelText(dialog, "lanHostPreview")), 10000);
        QVERIFY2(save->isEnabled(), qPrintable(labelText(dialog, "saveBlocked")));
        auto *length = dialog->findChild<QSpinBox *>(QStringLiteral("prefixLength"));
        length->setValue(80);
        QTRY_VERIFY2(labelText(dialog, "problem_lan_host").contains(QStringLiteral("64 or less")),
                     qPrintable(labelText(dialog, "problem_lan_host")));
        QVERIFY(!save->isEnabled());
        length->setValue(56);
        QTRY_VERIFY2(labelText(dialog, "lanHostPreview").contains(QStringLiteral("2a00:1450:4001:800:211:22ff:fe33:4455")),
                     qPrintable(labelText(dialog, "lanHostPreview")));
        length->setValue(64);
        kind->setCurrentIndex(1); // by a fixed suffix: the field starts empty again
        type(dialog, "lanHostValue", QStringLiteral("::1234"));
        QTRY_VERIFY2(labelText(dialog, "lanHostPreview").contains(QStringLiteral("2a00:1450:4001:81c::1234")),
                     qPrintable(labelText(dialog, "lanHostPreview")));
        QVERIFY(save->isEnabled());
        QVERIFY2(unnamedControls(dialog).isEmpty(), qPrintable(unnamedControls(dialog).join(QStringLiteral(", "))));
        dialog->reject();
        QTRY_VERIFY(!window->findChild<EditorDialog *>());
        QCOMPARE(readConfig(), before);
    }

    // Removing the Cloudflare account, its keychain secret with it (the
    // Python side checks the keychain with secret-tool afterwards).
    void removingAnAccountDeletesItsSecrets()
    {
        SKIP_UNLESS_THE_MAIN_RUN();
        MainWindow *window = visibleTopLevel<MainWindow>();
        answerNextMessageBox(QStringLiteral("Remove, and delete its secrets"));
        window->removeAccount(QStringLiteral("cloudflare"));
        QTRY_COMPARE_WITH_TIMEOUT(readConfig().value(QStringLiteral("accounts")).toArray().size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(recordState(window, QStringLiteral("cloudflare/%1/A").arg(env("HOMING_TEST_CF_NAME"))),
                                  QString(), 10000);
        QTest::qWait(1000); // the keychain delete is asynchronous
    }

    // Settings' language applies at once: the window and the tray menu are
    // built again in it, the window where it was.
    void languageSwitchesWithoutRestart()
    {
        SKIP_UNLESS_THE_MAIN_RUN();
        const auto addRecordText = [] {
            MainWindow *window = visibleTopLevel<MainWindow>();
            auto *button = window ? window->findChild<QPushButton *>(QStringLiteral("addRecord")) : nullptr;
            return button ? button->text() : QString();
        };
        const auto trayMenuTexts = [this] {
            QStringList texts;
            if (auto *tray = m_app->findChild<QSystemTrayIcon *>(); tray && tray->contextMenu()) {
                for (QAction *action : tray->contextMenu()->actions())
                    texts.append(action->text());
            }
            return texts;
        };
        QCOMPARE(addRecordText(), QStringLiteral("&Add record…"));
        QVERIFY(trayMenuTexts().contains(QStringLiteral("&Update now")));
        m_app->applyLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(addRecordText(), QStringLiteral("添加记录(&A)…"));
        QVERIFY2(trayMenuTexts().contains(QStringLiteral("立即更新(&U)")), qPrintable(trayMenuTexts().join('|')));
        m_app->applyLanguage(QStringLiteral("en"));
        QCOMPARE(addRecordText(), QStringLiteral("&Add record…"));
        QVERIFY(trayMenuTexts().contains(QStringLiteral("&Update now")));
    }

    // A keyring that is missing or never answers (test_widgets.py starts the
    // session so and runs `tst_widgets keyringTrouble`): the window and the
    // editor open and stay responsive, the editor says what is wrong and
    // what to do, and saving a new secret fails plainly, saving nothing.
    void keyringTrouble()
    {
        const QString mode = qEnvironmentVariable("HOMING_TEST_KEYRING");
        if (mode.isEmpty())
            QSKIP("HOMING_TEST_KEYRING is not set");
        Heartbeat heartbeat;
        // Records exist, so the window stays closed until asked for (and is built then).
        QVERIFY(!visibleTopLevel<MainWindow>());
        m_app->showWindow();
        MainWindow *window = visibleTopLevel<MainWindow>();
        QVERIFY(window);
        window->editAccount(QStringLiteral("dd"));
        QPointer<EditorDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<EditorDialog *>()) && dialog->isVisible(), 3000);
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("note_password"));
        QVERIFY(note);
        if (mode == QLatin1String("hung"))
            QTRY_VERIFY2(note->text().contains(QStringLiteral("waiting for the keyring")), qPrintable(note->text()));
        // The keychain's own timeout ends the wait: then it says what to do.
        QTRY_VERIFY2_WITH_TIMEOUT(note->text().contains(QStringLiteral("does not answer"))
                                      && note->text().contains(QStringLiteral("env:NAME")),
                                  qPrintable(note->text()), 40000);

        const QJsonObject before = readConfig();
        type(dialog, "field_password", QStringLiteral("a-new-secret-123"));
        auto seen = std::make_shared<QString>();
        answerNextMessageBox(QString(), seen);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!seen->isEmpty(), 40000);
        QVERIFY2(seen->contains(QStringLiteral("Nothing was saved")) && seen->contains(QStringLiteral("keychain")),
                 qPrintable(*seen));
        QCOMPARE(readConfig(), before);
        dialog->reject();
        QVERIFY2(heartbeat.worstGapMs() < 1000, qPrintable(QString::number(heartbeat.worstGapMs())));
    }

    // Not a test: pictures of the setup, the editor and the window, in the
    // language and palette the caller chose (tests/screenshots.sh runs
    // `tst_widgets pictures`). Drives the widgets by object name only, so
    // that it works in every language.
    void pictures()
    {
        if (qEnvironmentVariableIsEmpty("HOMING_SCREENSHOTS"))
            QSKIP("HOMING_SCREENSHOTS names no directory");
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<MainWindow>(), 10000);
        MainWindow *window = visibleTopLevel<MainWindow>();
        QPointer<SetupWizard> wizard;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = window->findChild<SetupWizard *>()) && wizard->isVisible(), 10000);
        picture(wizard, QStringLiteral("setup-providers"));
        wizard->chooseProvider(QStringLiteral("cloudflare"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(!labelText(wizard, "problem_name").isEmpty());
        picture(wizard, QStringLiteral("setup-empty"));
        type(wizard, "field_token", env("HOMING_TEST_CF_TOKEN"));
        type(wizard, "recordName", env("HOMING_TEST_CF_NAME"));
        showAdvanced(wizard);
        type(wizard, "endpoint", env("HOMING_TEST_CF_ENDPOINT"));
        type(wizard, "caFile", env("HOMING_TEST_CA_FILE"));
        const QString verdict = pressTest(wizard);
        QVERIFY2(verdict.startsWith(QStringLiteral("✔")), qPrintable(verdict));
        picture(wizard, QStringLiteral("setup-tested"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        wizard->findChild<QCheckBox *>(QStringLiteral("startAtLogin"))->setChecked(false);
        picture(wizard, QStringLiteral("setup-done"));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard, 20000);
        const QString key = QStringLiteral("cloudflare/%1/A").arg(env("HOMING_TEST_CF_NAME"));
        QTRY_COMPARE_WITH_TIMEOUT(recordState(window, key), QStringLiteral("in_sync"), 20000);
        picture(window, QStringLiteral("main-window"));

        window->editRecord(key);
        QPointer<EditorDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<EditorDialog *>()) && dialog->isVisible(), 10000);
        picture(dialog, QStringLiteral("editor-record"));
        type(dialog, "recordName", QStringLiteral("not a name!"));
        dialog->findChild<QSpinBox *>(QStringLiteral("recordTtl"))->setValue(10);
        QTRY_VERIFY(!labelText(dialog, "problem_name").isEmpty());
        picture(dialog, QStringLiteral("editor-problems"));
        dialog->reject();
        QTRY_VERIFY(!window->findChild<EditorDialog *>());
        // Another device on the LAN: this computer's prefix and the device's MAC.
        window->editRecord(key);
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<EditorDialog *>()) && dialog->isVisible(), 10000);
        dialog->findChild<QComboBox *>(QStringLiteral("recordType"))->setCurrentIndex(1);
        QTRY_VERIFY(dialog->findChild<QComboBox *>(QStringLiteral("lanHostKind"))->isVisible());
        dialog->findChild<QComboBox *>(QStringLiteral("lanHostKind"))->setCurrentIndex(2);
        type(dialog, "lanHostValue", QStringLiteral("00:11:22:33:44:55"));
        QTRY_VERIFY(!labelText(dialog, "lanHostPreview").isEmpty());
        picture(dialog, QStringLiteral("editor-lan-host"));
        dialog->reject();
        window->editAccount(QStringLiteral("cloudflare"));
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<EditorDialog *>()) && dialog->isVisible(), 10000);
        QTest::qWait(1000); // the keychain answers whether the token is stored
        picture(dialog, QStringLiteral("editor-account"));
        dialog->reject();

        // A signed cloud provider's form: the key pair, the ISP line with its
        // default, record_id, and the help on least-privilege keys.
        window->startSetup();
        QTRY_VERIFY_WITH_TIMEOUT((wizard = window->findChild<SetupWizard *>()) && wizard->isVisible(), 10000);
        wizard->chooseProvider(QStringLiteral("alidns"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(!labelText(wizard, "problem_name").isEmpty());
        picture(wizard, QStringLiteral("setup-alidns"));
        wizard->reject();
    }

    void cleanupTestCase() { m_app.reset(); }

private:
    std::unique_ptr<TrayApplication> m_app;
};

// As app/tray/main.cpp sets the app up (HOMING_LANGUAGE picks the language).
int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("homing"));
    QApplication::setApplicationDisplayName(QStringLiteral("Homing"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.homing.Homing"));
    QApplication::setQuitOnLastWindowClosed(false);
    homing::installTranslations(application, QString());
    TestWidgets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_widgets.moc"
