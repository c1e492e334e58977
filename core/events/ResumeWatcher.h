#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace homing {

// Tells when the computer woke from sleep or hibernation (logind, the Windows
// power broadcast, IOKit), when addresses are likely to have changed while
// no notification could be delivered.
//
// Does nothing until start(); one that is never started is a quiet stand-in
// whose signal a test emits by hand.
class ResumeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ResumeWatcher(QObject *parent = nullptr);
    ~ResumeWatcher() override;

    // False, with errorString() set, when the system offers no such
    // notification here (no system bus, say): not an error, only less prompt.
    bool start();
    bool isActive() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void resumed();

private:
    struct Platform;
    std::unique_ptr<Platform> m_platform;
    QString m_error;
};

} // namespace homing
