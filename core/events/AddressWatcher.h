#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace homing {

// Tells when this host's addresses or links may have changed, from the
// operating system's own notifications (rtnetlink, IP Helper, SCDynamicStore),
// so that a change is published within a second instead of at the next poll.
// It says only "look again": what changed is read by the interface sources.
//
// A watcher does nothing until start(); one that is never started is a
// quiet stand-in whose signal a test emits by hand.
class AddressWatcher : public QObject
{
    Q_OBJECT

public:
    explicit AddressWatcher(QObject *parent = nullptr);
    ~AddressWatcher() override;

    // Subscribes to the system's notifications. False, with errorString() set,
    // when the system refused; Homing then relies on polling alone.
    bool start();
    bool isActive() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // Possibly more than once per change: receivers debounce.
    void addressesChanged();

private:
    struct Platform;
    std::unique_ptr<Platform> m_platform;
    QString m_error;
};

} // namespace homing
