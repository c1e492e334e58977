#include "common/Logging.h"
#include "secrets/Redactor.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace homing;

namespace {

const QString kCanary = QStringLiteral("CANARY-7f3a-SECRET-d41d8cd9");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileIsRedactedPrivateAndBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("homing.log");
        Redactor redactor;
        redactor.addSecret(kCanary);
        LogSink::Options options;
        options.toStderr = false;
        options.filePath = path;
        options.maxFileBytes = 4096;
        {
            LogSink sink(options, &redactor);
            sink.install();
            for (int i = 0; i < 200; ++i)
                qCInfo(lcUpdate).noquote() << "line" << i << "token=" + kCanary << QUrl::toPercentEncoding(kCanary);
        }
        const QByteArray current = readAll(path);
        const QByteArray rotated = readAll(path + ".1");
        QVERIFY(!current.isEmpty());
        QVERIFY(!rotated.isEmpty());
        QVERIFY(QFileInfo(path).size() <= options.maxFileBytes + 200); // one line past the limit at most
        QVERIFY(QFileInfo(path + ".1").size() <= options.maxFileBytes + 200);
        QVERIFY(current.contains("homing.update"));
        QVERIFY(current.contains("line 199"));
        QVERIFY(!current.contains(kCanary.toUtf8()) && !rotated.contains(kCanary.toUtf8()));
        QVERIFY(current.contains("[redacted]"));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void sinksNest()
    {
        QTemporaryDir dir;
        LogSink::Options outer;
        outer.toStderr = false;
        outer.filePath = dir.filePath("outer.log");
        LogSink outerSink(outer, nullptr);
        outerSink.install();
        {
            LogSink::Options inner = outer;
            inner.filePath = dir.filePath("inner.log");
            LogSink innerSink(inner, nullptr);
            innerSink.install();
            qCInfo(lcDaemon) << "to the inner sink";
        }
        qCInfo(lcDaemon) << "back to the outer sink";
        QVERIFY(readAll(dir.filePath("inner.log")).contains("to the inner sink"));
        QVERIFY(readAll(dir.filePath("outer.log")).contains("back to the outer sink"));
        QVERIFY(!readAll(dir.filePath("outer.log")).contains("to the inner sink"));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
