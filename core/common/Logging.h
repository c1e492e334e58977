#pragma once

#include <QLoggingCategory>
#include <QString>

#include <memory>

namespace homing {

Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcDetect)
Q_DECLARE_LOGGING_CATEGORY(lcUpdate)
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcDaemon)
Q_DECLARE_LOGGING_CATEGORY(lcState)

class Redactor;

// Where log lines go: stderr and/or a size-bounded file, every line redacted.
// Installed once by the program (Qt's message handler is process-wide).
class LogSink
{
public:
    struct Options {
        bool toStderr = true;
        QString filePath;                  // empty: no file
        qint64 maxFileBytes = 1024 * 1024; // then rotated to <file>.1
        QtMsgType minimumStderrLevel = QtInfoMsg;
    };

    LogSink(Options options, const Redactor *redactor);
    ~LogSink();
    LogSink(const LogSink &) = delete;
    LogSink &operator=(const LogSink &) = delete;

    // Becomes Qt's message handler until destroyed; then the sink installed
    // before it takes over again.
    void install();
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace homing
