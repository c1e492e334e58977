#pragma once

#include "UpdaterBackend.h"

namespace homing {
class Daemon;
}

namespace homing::gui {

// The updater running in the tray app itself (no daemon held the data directory).
class LocalBackend : public UpdaterBackend
{
    Q_OBJECT

public:
    explicit LocalBackend(Daemon &daemon, QObject *parent = nullptr);

    QJsonObject status() const override;
    QList<HistoryEntry> history() const override;
    bool isAttached() const override { return false; }
    void updateNow(const QString &recordKey) override;
    void reload() override;

private:
    void refreshStatus() override;

    Daemon &m_daemon;
};

} // namespace homing::gui
