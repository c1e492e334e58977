// What the window shows of issue 10's findings, from a seeded status: the
// Addresses tab (every source's answer, every interface candidate with its
// badges, lifetimes and reason), the carrier-grade NAT banner, the port
// mappings tab, and the settings' rule preview (sources created through the
// IpSourceFactory and asked, before saving). Runs on Qt's offscreen platform.
// With HOMING_SCREENSHOTS set (tests/gui/screenshots.py), it takes pictures
// of the same views from the status file HOMING_TEST_STATUS instead.
#include "AddressCandidateModel.h"
#include "AddressesView.h"
#include "AppPreferences.h"
#include "BuiltinProviders.h"
#include "CgnatNotice.h"
#include "ConfigEditor.h"
#include "ConfigEditorRig.h"
#include "FakeDnsTransport.h"
#include "FakeHttpClient.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MockClock.h"
#include "PortMappingModel.h"
#include "PortMappingsView.h"
#include "SettingsDialog.h"
#include "SourceRulesBox.h"
#include "Translations.h"
#include "UpdaterBackend.h"
#include "address/AddressDetector.h"
#include "provider/AccountCheck.h"
#include "provider/ProviderRegistry.h"
#include "secrets/Redactor.h"
#include "secrets/SecretResolver.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace homing;
using namespace homing::gui;

namespace {

class SeededBackend : public UpdaterBackend
{
public:
    QJsonObject status() const override { return current; }
    QList<HistoryEntry> history() const override { return {}; }
    bool isAttached() const override { return false; }
    void updateNow(const QString &) override {}
    void reload() override {}
    void set(const QJsonObject &status)
    {
        current = status;
        Q_EMIT statusChanged();
    }
    QJsonObject current;

private:
    void refreshStatus() override {}
};

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject candidate(const QString &address, const QStringList &flags, const QString &suffix, const QJsonValue &preferred,
                      const QJsonValue &valid, bool chosen, const QString &reason, int prefix = 64)
{
    return {{"address", address},        {"interface", "eth0"},         {"prefix_length", prefix},
            {"flags", QJsonArray::fromStringList(flags)}, {"suffix_kind", suffix}, {"preferred_lifetime", preferred},
            {"valid_lifetime", valid},   {"chosen", chosen},            {"reason", reason}};
}

// An IPv6 interface source that looked at six addresses and took the
// stable-privacy one; an echo service agreeing; IPv4 behind carrier-grade NAT.
QJsonObject seededStatus(const QDateTime &now)
{
    const QJsonArray candidates{
        candidate("2001:db8:42:1:5a1e:93ff:fe12:3456", {}, "eui64", 14400, 86400, false,
                  "skipped: an EUI-64 address ranks below the stable-privacy one"),
        candidate("2001:db8:42:1:b2c4:1f0e:7d3a:9c21", {"stable-privacy"}, "stable-privacy", QJsonValue(), QJsonValue(), true,
                  "chosen: global, stable-privacy, longest preferred lifetime"),
        candidate("2001:db8:42:1:9e3a:51c2:2b7f:e410", {"temporary"}, "temporary", 3600, 7200, false,
                  "skipped: temporary (privacy) address"),
        candidate("2001:db8:41:1:b2c4:1f0e:7d3a:9c21", {"deprecated", "stable-privacy"}, "stable-privacy", 0, 1800, false,
                  "skipped: deprecated"),
        candidate("fd00:77::10", {"permanent"}, "static", QJsonValue(), QJsonValue(), false,
                  "skipped: unique local address (the record does not allow private addresses)"),
        candidate("fe80::b2c4:1f0e:7d3a:9c21", {"permanent"}, "stable-privacy", QJsonValue(), QJsonValue(), false,
                  "skipped: link-local"),
        candidate("2001:db8:42:1::77", {"tentative"}, "dhcpv6", 3600, 3600, false, "skipped: tentative (DAD not finished)", 128),
    };
    const QJsonObject ipv6{
        {"enabled", true},
        {"address", "2001:db8:42:1:b2c4:1f0e:7d3a:9c21"},
        {"checked_at", iso(now)},
        {"error", QJsonValue()},
        {"sources", QJsonArray{QJsonObject{{"source", "interface:*?suffix=stable-privacy"},
                                           {"address", "2001:db8:42:1:b2c4:1f0e:7d3a:9c21"},
                                           {"error", QJsonValue()},
                                           {"candidates", candidates}},
                               QJsonObject{{"source", "https://v6.echo.example/"},
                                           {"address", QJsonValue()},
                                           {"error", "no answer in 10 s; check the network or the service"}}}}};
    const QJsonObject ipv4{
        {"enabled", true},
        {"address", "203.0.113.7"},
        {"checked_at", iso(now)},
        {"error", QJsonValue()},
        {"sources", QJsonArray{QJsonObject{{"source", "upnp"}, {"address", "100.64.3.4"}, {"error", QJsonValue()},
                                           {"wan_not_public", true}},
                               QJsonObject{{"source", "https://v4.echo.example/"}, {"address", "203.0.113.7"},
                                           {"error", QJsonValue()}}}}};
    return {
        {"ipv4", ipv4},
        {"ipv6", ipv6},
        {"records", QJsonArray{}},
        {"running", false},
        {"cgnat",
         QJsonObject{{"detected", true},
                     {"kind", "carrier_grade"},
                     {"router_address", "100.64.3.4"},
                     {"public_address", "203.0.113.7"},
                     {"since", iso(now.addSecs(-3600))},
                     {"message", "Your provider shares one public IPv4 address among many customers: an A record will "
                                 "not make this host reachable from outside. Use IPv6, ask your provider for a public "
                                 "address, or use a tunnel such as frp."},
                     {"publishing", false}}},
        {"port_mappings",
         QJsonArray{QJsonObject{{"protocol", "tcp"}, {"external", 8443}, {"internal", 443}, {"host", "192.168.77.10"},
                                {"method", "upnp"}, {"state", "active"}, {"error", QJsonValue()},
                                {"expires_at", iso(now.addSecs(3630))}, {"external_address", "203.0.113.7"}},
                    QJsonObject{{"protocol", "udp"}, {"external", 51820}, {"internal", 51820}, {"host", "192.168.77.10"},
                                {"method", "natpmp"}, {"state", "failed"}, {"error", "ConflictInMappingEntry (718): the "
                                                                                     "port is mapped to another host"},
                                {"expires_at", QJsonValue()}, {"external_address", QJsonValue()}}}},
    };
}

// A source the rule preview can ask without a network: "fake:stable" answers
// with the stable address and its candidates, "fake:silent" fails.
class FakeInterfaceSource : public IpSource
{
public:
    explicit FakeInterfaceSource(QString spec) : m_spec(std::move(spec)) {}
    QString spec() const override { return m_spec; }
    SourceKind kind() const override { return SourceKind::Interface; }
    void query(AddressFamily, QObject *context, Callback done) override
    {
        const QString spec = m_spec;
        QTimer::singleShot(10, context, [spec, done] {
            if (spec == QLatin1String("fake:silent")) {
                done(SourceAnswer(spec, {}, QStringLiteral("no global address on eth9")));
                return;
            }
            SourceAnswer answer(spec, QHostAddress(QStringLiteral("2001:db8:42:1:b2c4:1f0e:7d3a:9c21")));
            answer.candidates = candidatesFromJson(seededStatus(QDateTime::currentDateTimeUtc())
                                                       .value("ipv6").toObject().value("sources").toArray()
                                                       .at(0).toObject().value("candidates").toArray());
            done(answer);
        });
    }

private:
    QString m_spec;
};

void addFakeKind(IpSourceFactory &factory)
{
    factory.addKind({QStringLiteral("fake"), [](const QString &spec) { return spec.startsWith(QLatin1String("fake:")); },
                     [](const QString &spec) {
                         return spec == QLatin1String("fake:stable") || spec == QLatin1String("fake:silent")
                             ? QString()
                             : QStringLiteral("unknown fake source");
                     },
                     [](const QString &spec, const IpSourceEnvironment &) -> std::unique_ptr<IpSource> {
                         return std::make_unique<FakeInterfaceSource>(spec);
                     }});
}

// The window's parts over a temporary config.json, the fake keychain and network.
struct WindowRig : test::ConfigEditorRig<SeededBackend> {
    std::unique_ptr<MainWindow> window;

    WindowRig()
    {
        addFakeKind(sources);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(QJsonObject{{"version", 1},
                                                 {"ip", QJsonObject{{"ipv4", QJsonObject{{"sources", QJsonArray{
                                                                                              "https://v4.echo.example/"}}}}}}})
                           .toJson());
    }

    MainWindow &show(const QJsonObject &status)
    {
        backend.current = status;
        window = std::make_unique<MainWindow>(backend, config,
                                              AccountRecordEditor::Parts{registry, sources, keychain, checker, config,
                                                                         backend, path});
        window->show();
        return *window;
    }

    std::unique_ptr<SettingsDialog> settings(AppPreferences &preferences)
    {
        return std::make_unique<SettingsDialog>(preferences, config, 300,
                                                SettingsDialog::Files{path, dir.path(), dir.filePath("homing.log")},
                                                sources, IpSourceEnvironment{&http, {}, {}}, window.get());
    }
};

QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

int rowWithAddress(const QAbstractItemModel *model, const QString &address)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(AddressCandidateModel::IsSourceRole).toBool())
            continue; // a source's answer, not a candidate
        if (cell(model, row, AddressCandidateModel::Address).section(QLatin1Char('/'), 0, 0) == address)
            return row;
    }
    return -1;
}

void picture(QWidget *window, const QString &name)
{
    QTest::qWait(300); // let layouts settle
    const QString language = qEnvironmentVariable("HOMING_LANGUAGE", QStringLiteral("en"));
    const QString path = QDir(qEnvironmentVariable("HOMING_SCREENSHOTS")).filePath(QStringLiteral("%1-%2.png").arg(language, name));
    QVERIFY2(window->grab().save(path), qPrintable(path));
}

} // namespace

class TestStatusViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addressesTabListsSourcesAndCandidates()
    {
        WindowRig rig;
        MainWindow &window = rig.show(seededStatus(QDateTime::currentDateTimeUtc()));
        auto *view = window.findChild<AddressesView *>(QStringLiteral("addressesTab"));
        QVERIFY(view);
        const QAbstractItemModel *model = view->table()->model();
        // IPv4: two sources; IPv6: the interface source, its seven candidates, the echo service.
        QCOMPARE(model->rowCount(), 2 + 1 + 7 + 1);
        QCOMPARE(cell(model, 0, AddressCandidateModel::Source), QStringLiteral("IPv4 · upnp"));
        QCOMPARE(cell(model, 0, AddressCandidateModel::Address), QStringLiteral("100.64.3.4"));
        QVERIFY2(cell(model, 0, AddressCandidateModel::Reason).contains(QStringLiteral("carrier-grade")),
                 qPrintable(cell(model, 0, AddressCandidateModel::Reason)));
        QVERIFY(model->index(1, 0).data(AddressCandidateModel::ChosenRole).toBool()); // the echo's answer was accepted
        QCOMPARE(cell(model, 2, AddressCandidateModel::Source), QStringLiteral("IPv6 · interface:*?suffix=stable-privacy"));
        QVERIFY(model->index(2, 0).data(AddressCandidateModel::IsSourceRole).toBool());

        const int chosen = rowWithAddress(model, QStringLiteral("2001:db8:42:1:b2c4:1f0e:7d3a:9c21"));
        QVERIFY(chosen > 0);
        QCOMPARE(model->index(chosen, 0).data(AddressCandidateModel::BadgesRole).toStringList(),
                 (QStringList{"chosen", "stable-privacy"}));
        QCOMPARE(cell(model, chosen, AddressCandidateModel::Address), QStringLiteral("2001:db8:42:1:b2c4:1f0e:7d3a:9c21/64"));
        QCOMPARE(cell(model, chosen, AddressCandidateModel::Badges), QStringLiteral("chosen · stable-privacy"));
        QCOMPARE(cell(model, chosen, AddressCandidateModel::Preferred), QStringLiteral("forever"));
        QVERIFY(cell(model, chosen, AddressCandidateModel::Reason).startsWith(QStringLiteral("chosen:")));

        const auto badges = [&](const QString &address) {
            return model->index(rowWithAddress(model, address), 0).data(AddressCandidateModel::BadgesRole).toStringList();
        };
        QCOMPARE(badges("2001:db8:42:1:5a1e:93ff:fe12:3456"), QStringList{"eui64"});
        QCOMPARE(badges("2001:db8:42:1:9e3a:51c2:2b7f:e410"), QStringList{"temporary"});
        QCOMPARE(badges("2001:db8:41:1:b2c4:1f0e:7d3a:9c21"), (QStringList{"deprecated", "stable-privacy"}));
        QCOMPARE(badges("fd00:77::10"), (QStringList{"ula", "static"}));
        QCOMPARE(badges("fe80::b2c4:1f0e:7d3a:9c21"), (QStringList{"link-local", "stable-privacy"}));
        QCOMPARE(badges("2001:db8:42:1::77"), (QStringList{"tentative", "dhcpv6"}));
        const int deprecated = rowWithAddress(model, "2001:db8:41:1:b2c4:1f0e:7d3a:9c21");
        QCOMPARE(cell(model, deprecated, AddressCandidateModel::Preferred), QStringLiteral("expired"));
        QCOMPARE(cell(model, deprecated, AddressCandidateModel::Valid), QStringLiteral("30 min 0 s"));
        const int eui64 = rowWithAddress(model, "2001:db8:42:1:5a1e:93ff:fe12:3456");
        QCOMPARE(cell(model, eui64, AddressCandidateModel::Preferred), QStringLiteral("4 h 0 min"));
        QCOMPARE(cell(model, eui64, AddressCandidateModel::Valid), QStringLiteral("1 d 0 h"));
        QVERIFY(cell(model, eui64, AddressCandidateModel::Badges, Qt::ToolTipRole).contains(QStringLiteral("MAC address")));
        // The failed echo service says why, on its own row.
        QCOMPARE(cell(model, model->rowCount() - 1, AddressCandidateModel::Reason),
                 QStringLiteral("no answer in 10 s; check the network or the service"));

        // A status without candidates (echo sources only): one row per source, nothing else.
        QJsonObject plain = seededStatus(QDateTime::currentDateTimeUtc());
        plain.remove(QStringLiteral("ipv6"));
        rig.backend.set(plain);
        QCOMPARE(model->rowCount(), 2);
    }

    void cgnatBannerSaysWhatAndWhetherIpv4IsPublished()
    {
        WindowRig rig;
        QJsonObject status = seededStatus(QDateTime::currentDateTimeUtc());
        MainWindow &window = rig.show(status);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("cgnatBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("behind carrier-grade NAT")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("use a tunnel such as frp")));
        QVERIFY(banner->text().contains(QStringLiteral("100.64.3.4")));
        QVERIFY(banner->text().contains(QStringLiteral("203.0.113.7")));
        QVERIFY(banner->text().contains(QStringLiteral("does not publish the IPv4 address")));

        QJsonObject cgnat = status.value("cgnat").toObject();
        cgnat.insert("publishing", true);
        cgnat.insert("kind", "double_nat");
        status.insert("cgnat", cgnat);
        rig.backend.set(status);
        QVERIFY(banner->text().contains(QStringLiteral("behind double NAT")));
        QVERIFY(banner->text().contains(QStringLiteral("IPv4 is published anyway")));

        status.insert("cgnat", QJsonValue());
        rig.backend.set(status);
        QVERIFY(!banner->isVisible());
        QVERIFY(!CgnatNotice::fromStatus(status));
    }

    void portMappingsShownOnlyWhenConfigured()
    {
        WindowRig rig;
        QJsonObject status = seededStatus(QDateTime::currentDateTimeUtc());
        MainWindow &window = rig.show(status);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *view = window.findChild<PortMappingsView *>(QStringLiteral("portMappingsTab"));
        QVERIFY(tabs && view);
        const int tab = tabs->indexOf(view);
        QVERIFY(tabs->isTabVisible(tab));
        QCOMPARE(tabs->tabText(tab), QStringLiteral("&Port mappings (1 refused)"));
        const PortMappingModel *model = view->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(cell(model, 0, PortMappingModel::Protocol), QStringLiteral("TCP"));
        QCOMPARE(cell(model, 0, PortMappingModel::Mapping), QStringLiteral("203.0.113.7:8443 → 192.168.77.10:443"));
        QCOMPARE(cell(model, 0, PortMappingModel::Method), QStringLiteral("UPnP IGD"));
        QCOMPARE(cell(model, 0, PortMappingModel::State), QStringLiteral("Active"));
        QCOMPARE(cell(model, 0, PortMappingModel::ExpiresIn), QStringLiteral("1 h 0 min"));
        QCOMPARE(cell(model, 0, PortMappingModel::Error), QString());
        QCOMPARE(cell(model, 1, PortMappingModel::Mapping), QStringLiteral("51820 → 192.168.77.10:51820"));
        QCOMPARE(cell(model, 1, PortMappingModel::Method), QStringLiteral("NAT-PMP"));
        QCOMPARE(cell(model, 1, PortMappingModel::State), QStringLiteral("Refused"));
        QCOMPARE(cell(model, 1, PortMappingModel::ExpiresIn), QStringLiteral("—"));
        QVERIFY(cell(model, 1, PortMappingModel::Error).contains(QStringLiteral("ConflictInMappingEntry")));

        status.insert("port_mappings", QJsonArray{});
        rig.backend.set(status);
        QVERIFY(!tabs->isTabVisible(tab));
    }

    // Typing a spec previews its choice before saving; a bad spec says why
    // and is not saved; a good one is saved to ip.ipv6.sources.
    void rulePreviewShowsTheChoiceBeforeSaving()
    {
        WindowRig rig;
        rig.show(seededStatus(QDateTime::currentDateTimeUtc()));
        AppPreferences preferences(rig.dir.path());
        auto dialog = rig.settings(preferences);
        dialog->show();
        auto *rules = dialog->findChild<SourceRulesBox *>();
        QVERIFY(rules);
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("sourcesIpv6"));
        auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("sourcesVerdict"));
        QVERIFY(field && verdict);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("sourcesIpv4"))->text(), QStringLiteral("https://v4.echo.example/"));
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("fake:stable"));
        QTRY_VERIFY2(verdict->text().contains(QStringLiteral("2001:db8:42:1:b2c4:1f0e:7d3a:9c21")), qPrintable(verdict->text()));
        QVERIFY2(verdict->text().contains(QStringLiteral("chosen: global, stable-privacy")), qPrintable(verdict->text()));
        auto *preview = dialog->findChild<AddressesView *>(QStringLiteral("sourcesPreview"));
        QCOMPARE(preview->model()->rowCount(), 1 + 7);
        // Nothing saved yet.
        QVERIFY(!rig.config.current().value("ip").toObject().contains("ipv6"));

        // A source that fails: the verdict says so, with the source's reason.
        field->clear();
        QTest::keyClicks(field, QStringLiteral("fake:silent"));
        QTRY_VERIFY2(verdict->text().contains(QStringLiteral("no global address on eth9")), qPrintable(verdict->text()));
        QVERIFY(verdict->text().startsWith(QStringLiteral("✘")));

        field->clear();
        QTest::keyClicks(field, QStringLiteral("fake:nonsense"));
        QTRY_VERIFY2(verdict->text().contains(QStringLiteral("unknown fake source")), qPrintable(verdict->text()));
        QVERIFY(rules->problem().contains(QStringLiteral("fake:nonsense")));

        field->clear();
        QTest::keyClicks(field, QStringLiteral("fake:stable"));
        QVERIFY(rules->problem().isEmpty());
        QVERIFY(rules->changed(AddressFamily::IPv6));
        QVERIFY(!rules->changed(AddressFamily::IPv4));
        dialog->accept();
        QCOMPARE(rig.config.current().value("ip").toObject().value("ipv6").toObject().value("sources").toArray(),
                 QJsonArray{"fake:stable"});
        QCOMPARE(rig.config.current().value("ip").toObject().value("ipv4").toObject().value("sources").toArray(),
                 QJsonArray{"https://v4.echo.example/"});
    }

    // Not a test: pictures of the views for people to look at, from the
    // status tests/gui/screenshots.py seeds (HOMING_TEST_STATUS).
    void pictures()
    {
        if (qEnvironmentVariableIsEmpty("HOMING_SCREENSHOTS"))
            QSKIP("HOMING_SCREENSHOTS names no directory");
        QFile file(qEnvironmentVariable("HOMING_TEST_STATUS"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "HOMING_TEST_STATUS names no readable file");
        const QJsonObject status = QJsonDocument::fromJson(file.readAll()).object();
        WindowRig rig;
        MainWindow &window = rig.show(status);
        window.resize(1280, 640);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        picture(&window, QStringLiteral("cgnat-banner"));
        tabs->setCurrentWidget(window.findChild<AddressesView *>(QStringLiteral("addressesTab")));
        picture(&window, QStringLiteral("addresses"));
        tabs->setCurrentWidget(window.findChild<PortMappingsView *>(QStringLiteral("portMappingsTab")));
        picture(&window, QStringLiteral("port-mappings"));

        AppPreferences preferences(rig.dir.path());
        auto dialog = rig.settings(preferences);
        dialog->show();
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("sourcesIpv6"));
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("fake:stable"));
        auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("sourcesVerdict"));
        QTRY_VERIFY(verdict->text().contains(QStringLiteral("2001:db8:42:1:b2c4:1f0e:7d3a:9c21")));
        picture(dialog.get(), QStringLiteral("rule-preview"));
    }
};

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("homing"));
    QApplication::setApplicationDisplayName(QStringLiteral("Homing"));
    homing::installTranslations(application, QString());
    TestStatusViews test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_statusviews.moc"
