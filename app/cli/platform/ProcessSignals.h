#pragma once

#include <QObject>

namespace homing::cli {

// Turns the operating system's stop and reload requests (SIGINT, SIGTERM,
// SIGHUP; Ctrl+C and console close on Windows) into Qt signals delivered on
// the main thread. One per process.
class ProcessSignals : public QObject
{
    Q_OBJECT

public:
    explicit ProcessSignals(QObject *parent = nullptr);
    ~ProcessSignals() override;

Q_SIGNALS:
    void terminationRequested();
    void reloadRequested();

private:
    struct Private;
    Private *d;
};

} // namespace homing::cli
