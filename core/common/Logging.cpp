#include "common/Logging.h"

#include "platform/FilePrivacy.h"
#include "secrets/Redactor.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>

#include <cstdio>

namespace homing {

Q_LOGGING_CATEGORY(lcConfig, "homing.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDetect, "homing.detect", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUpdate, "homing.update", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "homing.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "homing.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDaemon, "homing.daemon", QtInfoMsg)
Q_LOGGING_CATEGORY(lcState, "homing.state", QtInfoMsg)

namespace {

LogSink *g_installed = nullptr;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_installed)
        g_installed->write(type, context, message);
}

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

} // namespace

struct LogSink::Private {
    Options options;
    const Redactor *redactor;
    QMutex mutex;
    QFile file;
    LogSink *previousSink = nullptr;
    bool installed = false;
};

LogSink::LogSink(Options options, const Redactor *redactor)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->redactor = redactor;
}

LogSink::~LogSink()
{
    // Sinks nest (a command may add a file sink): hand back to the previous one.
    if (d->installed && g_installed == this) {
        g_installed = d->previousSink;
        if (!g_installed)
            qInstallMessageHandler(nullptr);
    }
}

void LogSink::install()
{
    d->previousSink = g_installed;
    d->installed = true;
    g_installed = this;
    qInstallMessageHandler(messageHandler);
}

void LogSink::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString text = d->redactor ? d->redactor->redact(message) : message;
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    QMutexLocker lock(&d->mutex);
    if (d->options.toStderr && severity(type) >= severity(d->options.minimumStderrLevel)) {
        const QByteArray line = (type == QtInfoMsg ? text : QStringLiteral("%1: %2").arg(QLatin1String(levelName(type)), text))
                                    .toLocal8Bit();
        std::fprintf(stderr, "%s\n", line.constData());
        std::fflush(stderr);
    }
    if (!d->options.filePath.isEmpty()) {
        if (!d->file.isOpen()) {
            d->file.setFileName(d->options.filePath);
            if (!openPrivately(d->file, QIODevice::Append | QIODevice::Text))
                return;
        }
        const QByteArray line = QStringLiteral("%1 %2 %3: %4\n")
                                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                         QLatin1String(levelName(type)), category, text)
                                    .toUtf8();
        d->file.write(line);
        d->file.flush();
        if (d->file.size() > d->options.maxFileBytes) {
            d->file.close();
            const QString rotated = d->options.filePath + QStringLiteral(".1");
            QFile::remove(rotated);
            QFile::rename(d->options.filePath, rotated);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace homing
