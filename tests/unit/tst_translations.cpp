#include "address/AddressClassifier.h"
#include "BuiltinProviders.h"
#include "provider/ProviderRegistry.h"
#include "result/ResultKind.h"
#include "Translations.h"
#include "update/RecordState.h"

#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace homing;

// Every user-visible text exists in both languages, and the program really
// finds the translations at run time (contexts and the embedded .qm agree).
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(HOMING_TS_DIR));
        const QStringList files = dir.entryList({"*.ts"});
        QVERIFY(files.contains("homing_zh_CN.ts"));
        for (const auto &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        QString source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value("type").toString();
                if (type == "unfinished" || type == "vanished" || type == "obsolete")
                    problems.append("untranslated: " + source);
                // A plural message has one <numerusform> per form; check each.
                QStringList forms;
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms.append(xml.readElementText());
                    else if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (forms.isEmpty())
                    forms.append(text);
                auto placeholders = [&](const QString &s) {
                    QStringList found;
                    for (auto it = placeholder.globalMatch(s); it.hasNext();)
                        found.append(it.next().captured());
                    found.sort();
                    return found;
                };
                for (const auto &form : std::as_const(forms)) {
                    if (form.trimmed().isEmpty())
                        problems.append("empty translation: " + source);
                    else if (placeholders(source) != placeholders(form))
                        problems.append("placeholders differ: " + source + " -> " + form);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        if (path.endsWith("zh_CN.ts"))
            QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("\n")));
    }

    void englishCoversEveryPluralForm()
    {
        // Every %n message of the full catalogue has English singular and plural forms.
        auto numerusSources = [](const QString &path) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            QXmlStreamReader xml(&file);
            QStringList sources;
            bool numerus = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("message"))
                    numerus = xml.attributes().value("numerus") == QLatin1String("yes");
                else if (xml.isStartElement() && xml.name() == QLatin1String("source") && numerus)
                    sources.append(xml.readElementText());
            }
            sources.sort();
            return sources;
        };
        const QDir dir(QStringLiteral(HOMING_TS_DIR));
        const QStringList chinese = numerusSources(dir.filePath("homing_zh_CN.ts"));
        QVERIFY(!chinese.isEmpty());
        QCOMPARE(numerusSources(dir.filePath("homing_en.ts")), chinese);
    }

    void englishPluralsAreFoundAtRunTime()
    {
        qputenv("HOMING_LANGUAGE", "en");
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("homing::cli", "%1 is valid: %n account(s)", "", 1).arg("x"),
                 QStringLiteral("x is valid: 1 account"));
        QCOMPARE(QCoreApplication::translate("homing::cli", "%1 is valid: %n account(s)", "", 2).arg("x"),
                 QStringLiteral("x is valid: 2 accounts"));
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(translator);
    }

    void chineseIsFoundAtRunTime()
    {
        qputenv("HOMING_LANGUAGE", "zh_CN");
        installTranslations(*QCoreApplication::instance());
        static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        for (int i = 0; i <= int(ResultKind::SecretUnavailable); ++i) {
            const auto kind = ResultKind(i);
            QVERIFY2(han.match(resultKindSummary(kind)).hasMatch(), qPrintable(resultKindSummary(kind)));
            if (!isSuccess(kind))
                QVERIFY2(han.match(resultKindAdvice(kind)).hasMatch(), qPrintable(resultKindAdvice(kind)));
        }
        QVERIFY(han.match(AddressClassification{AddressScope::SharedCgnat}.description()).hasMatch());
        // A state written by a process running in English reads in Chinese.
        RecordState blocked;
        blocked.condition = RecordCondition::Blocked;
        blocked.lastResult = ResultKind::AuthFailed;
        blocked.lastDetail = "badauth";
        const RecordState reloaded = RecordState::fromJson(blocked.toJson());
        QVERIFY2(han.match(reloaded.lastError()).hasMatch(), qPrintable(reloaded.lastError()));
        QVERIFY(reloaded.lastError().contains("badauth"));
        ProviderRegistry registry;
        registerBuiltinProviders(registry);
        for (const auto &provider : registry.all()) {
            for (const auto &field : provider.fields)
                QVERIFY2(han.match(field.translatedHelp()).hasMatch(), qPrintable(provider.id + "." + field.key));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
