#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QTimer>

namespace homing {
class Clock;
}

namespace homing::gui {

// The records of a status object, one row each, for the main window's table.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Account, Value, State, Live, LastSuccess, NextAttempt, LastError, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, StateKeyRole, PausedRole, AccountRole, StateIconRole, LiveKeyRole, LiveIconRole };

    explicit RecordTableModel(QObject *parent = nullptr);
    // The clock says how long the caches' countdowns have left (tests move it by hand).
    explicit RecordTableModel(const Clock &clock, QObject *parent = nullptr);

    void setStatus(const QJsonObject &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "in_sync" → "In sync", in the reader's language.
    static QString stateWords(const QString &stateKey, bool paused);
    // "caches clear in 4 min" / "caches clear in 0:42"; empty once the time is past.
    static QString countdownWords(qint64 secondsLeft);

    // Whether a countdown runs, so the Live column is repainted every second.
    bool isTicking() const { return m_ticker.isActive(); }
    // Once a second while a countdown runs: repaint the countdowns, stop when none is left.
    void tick();

private:
    qint64 secondsUntilCachesClear(const QJsonObject &record) const;
    QString liveWords(const QJsonObject &record) const;
    QString liveDetails(const QJsonObject &record) const;
    void updateTicker();

    const Clock &m_clock;
    QJsonArray m_records;
    QTimer m_ticker;
};

} // namespace homing::gui
