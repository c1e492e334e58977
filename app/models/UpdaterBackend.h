#pragma once

#include "notify/Notifier.h"
#include "storage/HistoryStore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace homing::gui {

// What the window and the tray icon talk to: the updater of the data
// directory, whether it runs in this process (LocalBackend) or in a
// `homing-cli run` daemon the app attached to (AttachedBackend). The models
// and widgets see only this.
class UpdaterBackend : public QObject
{
    Q_OBJECT

public:
    explicit UpdaterBackend(QObject *parent = nullptr);

    // The status as `homing-cli status --json` prints it, plus "running".
    virtual QJsonObject status() const = 0;
    // Newest last.
    virtual QList<HistoryEntry> history() const = 0;
    // True when another process (a daemon) does the updating.
    virtual bool isAttached() const = 0;

    // Checks the address and updates what needs it; with a key, that record
    // only, sent even if in sync (the user asked for it).
    virtual void updateNow(const QString &recordKey = {}) = 0;
    // After config.json was edited: the updater reads it again.
    virtual void reload() = 0;

Q_SIGNALS:
    void statusChanged();
    void historyAppended(const homing::HistoryEntry &entry);
    // The whole history was read again (when attaching): show it anew.
    void historyReset();
    // Something worth telling the user, decided by the core.
    void notify(const homing::Notification &notification);
    // The daemon the app was attached to went away.
    void detached();

protected:
    // Something changed that the status shows. Changes come in bursts (one
    // per record during a pass): the status is fetched and statusChanged
    // emitted at most once per 20 ms, not once per record.
    void statusMayHaveChanged()
    {
        if (!m_refresh.isActive())
            m_refresh.start();
    }
    // Gets the new status, then emits statusChanged.
    virtual void refreshStatus() = 0;

private:
    QTimer m_refresh;
};

} // namespace homing::gui
