#pragma once

#include "UpdaterBackend.h"


namespace homing {
class ControlConnection;
}

namespace homing::gui {

// The updater of a `homing-cli run` daemon, followed over its control
// socket: the daemon pushes events, this keeps a copy of its status and
// history and asks for a fresh status when an event says it changed.
class AttachedBackend : public UpdaterBackend
{
    Q_OBJECT

public:
    // `connection` is open; this takes it over.
    explicit AttachedBackend(ControlConnection *connection, QObject *parent = nullptr);

    QJsonObject status() const override { return m_status; }
    QList<HistoryEntry> history() const override { return m_history; }
    bool isAttached() const override { return true; }
    void updateNow(const QString &recordKey) override;
    void reload() override;

private:
    void handleEvent(const QJsonObject &event);
    void refreshStatus() override;

    ControlConnection *m_connection;
    QJsonObject m_status;
    QList<HistoryEntry> m_history;
};

} // namespace homing::gui
