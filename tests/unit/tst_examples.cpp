#include "address/IpSourceFactory.h"
#include "BuiltinProviders.h"
#include "config/ConfigLoader.h"
#include "provider/ProviderRegistry.h"

#include <QDir>
#include <QtTest>

using namespace homing;

// The example configurations in resources/examples must stay valid: people
// copy them, and scripts/start.sh starts Homing on one.
class TestExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(HOMING_EXAMPLES_DIR));
        const QStringList files = dir.entryList({"*.json"}, QDir::Files);
        QVERIFY(files.contains("watch-only.json"));
        for (const auto &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void examples()
    {
        QFETCH(QString, path);
        ProviderRegistry registry;
        registerBuiltinProviders(registry);
        const IpSourceFactory sources;
        const auto result = ConfigLoader(registry, sources).loadFile(path);
        QStringList errors;
        for (const auto &issue : result.issues) {
            // ca_file names a file on the user's machine; everything else must be right.
            if (issue.isError() && !issue.path.endsWith("ca_file"))
                errors.append(issue.toString());
            if (!issue.isError() && !issue.path.startsWith("records"))
                errors.append("unexpected warning: " + issue.toString());
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join("\n")));
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
