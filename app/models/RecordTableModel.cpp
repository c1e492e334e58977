#include "RecordTableModel.h"

#include "common/Clock.h"

#include <QColor>
#include <QDateTime>
#include <QJsonObject>
#include <QIcon>
#include <QLocale>

#include <algorithm>

namespace homing::gui {

namespace {

// The tray icon of a record's state (resources/icons/tray/).
QString stateIcon(const QString &state, bool paused)
{
    QString name = QStringLiteral("in-sync");
    if (paused)
        name = QStringLiteral("paused");
    else if (state == QLatin1String("failing"))
        name = QStringLiteral("failing");
    else if (state == QLatin1String("blocked"))
        name = QStringLiteral("blocked");
    else if (state == QLatin1String("pending"))
        name = QStringLiteral("updating");
    return QStringLiteral(":/icons/tray/%1.svg").arg(name);
}

QString localTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// What the authoritative servers say about a record: "drift" (someone else
// changed it), "live", "not_live", or "unknown" (never checked, or checks off).
QString liveKey(const QJsonObject &record)
{
    if (record.value(QStringLiteral("drift")).isObject())
        return QStringLiteral("drift");
    const QJsonValue live = record.value(QStringLiteral("live"));
    if (!live.isBool())
        return QStringLiteral("unknown");
    return live.toBool() ? QStringLiteral("live") : QStringLiteral("not_live");
}

// The same pictures as the state column: green served, blue on its way, amber warning.
QString liveIcon(const QString &key)
{
    if (key == QLatin1String("drift"))
        return QStringLiteral(":/icons/tray/failing.svg");
    if (key == QLatin1String("live"))
        return QStringLiteral(":/icons/tray/in-sync.svg");
    if (key == QLatin1String("not_live"))
        return QStringLiteral(":/icons/tray/updating.svg");
    return {};
}

// The red of the "blocked" icon: readable on light and dark backgrounds.
const QColor kDriftColor(0xd7, 0x26, 0x1e);

SystemClock &systemClock()
{
    static SystemClock clock;
    return clock;
}

} // namespace

RecordTableModel::RecordTableModel(QObject *parent)
    : RecordTableModel(systemClock(), parent)
{
}

RecordTableModel::RecordTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RecordTableModel::tick);
}

void RecordTableModel::setStatus(const QJsonObject &status)
{
    const QJsonArray records = status.value(QStringLiteral("records")).toArray();
    if (records.size() == m_records.size()) {
        // The same rows: update in place, so selection and scrolling stay.
        m_records = records;
        if (!m_records.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1));
        updateTicker();
        return;
    }
    beginResetModel();
    m_records = records;
    endResetModel();
    updateTicker();
}

qint64 RecordTableModel::secondsUntilCachesClear(const QJsonObject &record) const
{
    const QDateTime at = QDateTime::fromString(record.value(QStringLiteral("caches_expire_at")).toString(), Qt::ISODate);
    return at.isValid() ? m_clock.now().secsTo(at) : 0;
}

void RecordTableModel::updateTicker()
{
    // Only the countdowns shown: a drifted record shows its new value instead.
    const bool running = std::any_of(m_records.begin(), m_records.end(), [this](const QJsonValue &record) {
        return liveKey(record.toObject()) != QLatin1String("drift") && secondsUntilCachesClear(record.toObject()) > 0;
    });
    if (running && !m_ticker.isActive())
        m_ticker.start();
    else if (!running)
        m_ticker.stop();
}

void RecordTableModel::tick()
{
    // The last tick repaints a countdown that has just run out, so it goes away.
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, Live), index(int(m_records.size()) - 1, Live), {Qt::DisplayRole, Qt::ToolTipRole});
    updateTicker();
}

QString RecordTableModel::countdownWords(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return {};
    // The last two minutes tick by the second; longer waits in whole minutes, rounded up.
    if (secondsLeft < 120)
        return tr("caches clear in %1:%2").arg(secondsLeft / 60).arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
    const qint64 minutes = (secondsLeft + 59) / 60;
    if (minutes < 60)
        return tr("caches clear in %1 min").arg(minutes); // "min" and "h" need no plural forms
    if (minutes % 60 == 0)
        return tr("caches clear in %1 h").arg(minutes / 60);
    return tr("caches clear in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString RecordTableModel::liveWords(const QJsonObject &record) const
{
    const QString key = liveKey(record);
    if (key == QLatin1String("drift"))
        return tr("Changed by someone else: now %1")
            .arg(record.value(QStringLiteral("drift")).toObject().value(QStringLiteral("value")).toString());
    QString words;
    if (key == QLatin1String("live"))
        words = tr("Live");
    else if (key == QLatin1String("not_live"))
        words = tr("Not live yet");
    else
        return QStringLiteral("—");
    const QString countdown = countdownWords(secondsUntilCachesClear(record));
    return countdown.isEmpty() ? words : words + QStringLiteral(" · ") + countdown;
}

// The tooltip: what each authoritative server answered, and when.
QString RecordTableModel::liveDetails(const QJsonObject &record) const
{
    const QString key = liveKey(record);
    const QString value = record.value(QStringLiteral("value")).toString();
    QStringList lines;
    if (key == QLatin1String("drift")) {
        const QJsonObject drift = record.value(QStringLiteral("drift")).toObject();
        lines << tr("Someone else changed this record: it now points to %1, which Homing did not set (since %2).")
                     .arg(drift.value(QStringLiteral("value")).toString(), localTime(drift.value(QStringLiteral("since"))));
        lines << (record.value(QStringLiteral("always_correct")).toBool()
                      ? tr("Homing sets it back at every check, as the record's settings ask.")
                      : tr("Homing sets it back at most once a day; to set it back at every check, edit the record "
                           "and tick “Always set it back”."));
    } else if (key == QLatin1String("live")) {
        lines << tr("Every authoritative server serves %1.").arg(value);
    } else if (key == QLatin1String("not_live")) {
        lines << tr("Not every authoritative server serves %1 yet.").arg(value);
    } else {
        lines << tr("Not checked: Homing has not asked the authoritative servers yet, or checks are off.");
    }
    const QJsonArray served = record.value(QStringLiteral("served")).toArray();
    if (!served.isEmpty()) {
        lines << tr("Authoritative servers:");
        for (const QJsonValue &item : served) {
            const QJsonObject answer = item.toObject();
            const QString server = answer.value(QStringLiteral("server")).toString();
            const QString nameserver = answer.value(QStringLiteral("nameserver")).toString();
            const QString who = nameserver.isEmpty() ? server : QStringLiteral("%1 (%2)").arg(nameserver, server);
            if (answer.contains(QStringLiteral("error"))) {
                lines << tr("  %1: no answer: %2").arg(who, answer.value(QStringLiteral("error")).toString());
                continue;
            }
            QStringList values;
            for (const QJsonValue &one : answer.value(QStringLiteral("values")).toArray())
                values << one.toString();
            lines << (values.isEmpty()
                          ? tr("  %1: no such record").arg(who)
                          : tr("  %1: %2 (TTL %3 s)")
                                .arg(who, values.join(QStringLiteral(", ")))
                                .arg(answer.value(QStringLiteral("ttl")).toInteger()));
        }
    }
    const QString checked = localTime(record.value(QStringLiteral("last_verified")));
    if (!checked.isEmpty())
        lines << tr("Last checked: %1").arg(checked);
    const QString problem = record.value(QStringLiteral("verify_problem")).toString();
    if (!problem.isEmpty())
        lines << tr("The last check could not ask them: %1").arg(problem);
    if (secondsUntilCachesClear(record) > 0)
        lines << tr("Public resolvers may serve the old value until %1.")
                     .arg(localTime(record.value(QStringLiteral("caches_expire_at"))));
    return lines.join(QLatin1Char('\n'));
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordTableModel::stateWords(const QString &stateKey, bool paused)
{
    if (paused)
        return tr("Paused");
    if (stateKey == QLatin1String("in_sync"))
        return tr("In sync");
    if (stateKey == QLatin1String("pending"))
        return tr("Waiting for update");
    if (stateKey == QLatin1String("failing"))
        return tr("Failing, will retry");
    if (stateKey == QLatin1String("blocked"))
        return tr("Blocked until you act");
    return stateKey;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const QJsonObject record = m_records.at(index.row()).toObject();
    const bool paused = record.value(QStringLiteral("paused")).toBool();
    const QString state = record.value(QStringLiteral("state")).toString();
    switch (role) {
    case KeyRole:
        return record.value(QStringLiteral("key")).toString();
    case StateKeyRole:
        return paused ? QStringLiteral("paused") : state;
    case PausedRole:
        return paused;
    case AccountRole:
        return record.value(QStringLiteral("account")).toString();
    case StateIconRole:
        return stateIcon(state, paused);
    case LiveKeyRole:
        return liveKey(record);
    case LiveIconRole:
        return liveIcon(liveKey(record));
    case Qt::DecorationRole:
        // The state's icon beside its words: the tray's own pictures.
        if (index.column() == State)
            return QIcon(stateIcon(state, paused));
        if (index.column() == Live) {
            const QString icon = liveIcon(liveKey(record));
            return icon.isEmpty() ? QVariant() : QVariant(QIcon(icon));
        }
        break;
    case Qt::ForegroundRole:
        // Someone else changed the record: it must stand out.
        if (index.column() == Live && liveKey(record) == QLatin1String("drift"))
            return kDriftColor;
        break;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return record.value(QStringLiteral("name")).toString();
        case Type:
            return record.value(QStringLiteral("type")).toString();
        case Account:
            return QStringLiteral("%1 (%2)").arg(record.value(QStringLiteral("account")).toString(),
                                                 record.value(QStringLiteral("provider")).toString());
        case Value:
            return record.value(QStringLiteral("value")).toString();
        case State:
            return stateWords(state, paused);
        case Live:
            return role == Qt::ToolTipRole ? liveDetails(record) : liveWords(record);
        case LastSuccess:
            return localTime(record.value(QStringLiteral("last_success")));
        case NextAttempt:
            return localTime(record.value(QStringLiteral("next_attempt")));
        case LastError: {
            const QString error = record.value(QStringLiteral("last_error")).toString();
            const QString advice = record.value(QStringLiteral("advice")).toString();
            return advice.isEmpty() ? error : error + QLatin1Char(' ') + advice;
        }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Account:
        return tr("Account");
    case Value:
        return tr("Confirmed value");
    case State:
        return tr("State");
    case Live:
        return tr("Live");
    case LastSuccess:
        return tr("Last success");
    case NextAttempt:
        return tr("Next attempt");
    case LastError:
        return tr("Last error");
    }
    return {};
}

} // namespace homing::gui
