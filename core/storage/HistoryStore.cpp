#include "storage/HistoryStore.h"

#include "common/Logging.h"
#include "platform/FilePrivacy.h"
#include "storage/AtomicFile.h"
#include "storage/JsonText.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

namespace homing {

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("time"), toIsoUtc(time));
    object.insert(QStringLiteral("account"), account);
    object.insert(QStringLiteral("record"), record);
    object.insert(QStringLiteral("type"), type);
    object.insert(QStringLiteral("old"), oldValue.isEmpty() ? QJsonValue() : QJsonValue(oldValue));
    object.insert(QStringLiteral("new"), newValue.isEmpty() ? QJsonValue() : QJsonValue(newValue));
    object.insert(QStringLiteral("result"), result);
    object.insert(QStringLiteral("detail"), detail);
    return object;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &object)
{
    HistoryEntry entry;
    entry.time = fromIsoUtc(object.value(QStringLiteral("time")));
    entry.account = object.value(QStringLiteral("account")).toString();
    entry.record = object.value(QStringLiteral("record")).toString();
    entry.type = object.value(QStringLiteral("type")).toString();
    entry.oldValue = object.value(QStringLiteral("old")).toString();
    entry.newValue = object.value(QStringLiteral("new")).toString();
    entry.result = object.value(QStringLiteral("result")).toString();
    entry.detail = object.value(QStringLiteral("detail")).toString();
    return entry;
}

HistoryStore::HistoryStore(QString path, int limit)
    : m_path(std::move(path))
    , m_limit(limit)
{
}

HistoryStore::~HistoryStore() = default;

void HistoryStore::loadOnce() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        m_unterminated = !raw.endsWith('\n');
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        ++m_fileLines;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            m_entries.append(HistoryEntry::fromJson(document.object()));
        else if (!(file.atEnd() && m_unterminated)) // a last line a crash cut short was never written whole
            m_damaged = true;
    }
    trimToLimit();
}

void HistoryStore::trimToLimit() const
{
    if (m_limit > 0 && m_entries.size() > m_limit)
        m_entries.remove(0, m_entries.size() - m_limit);
}

QString HistoryStore::rewrite()
{
    if (m_damaged) {
        const QString aside = m_path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
        if (!QFile::copy(m_path, aside))
            return QStringLiteral("cannot keep a copy of the damaged %1 at %2").arg(m_path, aside);
        qCWarning(lcState).noquote() << m_path << "has lines that cannot be read; the file was copied to" << aside;
        m_damaged = false;
    }
    QByteArray data;
    for (const auto &existing : std::as_const(m_entries)) {
        data += QJsonDocument(existing.toJson()).toJson(QJsonDocument::Compact);
        data += '\n';
    }
    m_appender.reset(); // it would write to the file being replaced
    const QString error = writeFileAtomically(m_path, data);
    if (error.isEmpty()) {
        m_fileLines = m_entries.size();
        m_unterminated = false;
    }
    return error;
}

QString HistoryStore::append(const HistoryEntry &entry)
{
    const QString error = store(entry);
    // The entry is in memory even when the file could not take it.
    if (m_observer)
        m_observer(entry);
    return error;
}

QString HistoryStore::store(const HistoryEntry &entry)
{
    loadOnce();
    m_entries.append(entry);
    trimToLimit();
    QString error;
    const qsizetype slack = std::max<qsizetype>(m_limit / 2, 16);
    if (m_limit > 0 && m_fileLines + 1 > m_limit + slack) {
        error = rewrite();
        if (error.isEmpty())
            return {};
        // Appending still keeps the entry; the rewrite is tried again next time.
        qCWarning(lcState).noquote() << "cannot rewrite" << m_path << ":" << error;
        error.clear();
    }
    if (!m_appender) {
        m_appender = std::make_unique<QFile>(m_path);
        if (!openPrivately(*m_appender, QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            error = m_appender->errorString();
    }
    // A last line left unfinished by a crash stays on a line of its own.
    const QByteArray line = (m_unterminated ? QByteArray("\n") : QByteArray())
        + QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (error.isEmpty() && m_appender->write(line) != line.size())
        error = m_appender->errorString();
    if (error.isEmpty()) {
        ++m_fileLines;
        m_unterminated = false;
    } else {
        m_appender.reset();
        m_unterminated = true; // part of the line may have reached the file
    }
    if (!error.isEmpty())
        qCWarning(lcState).noquote() << "cannot write" << m_path << ":" << error;
    return error;
}

QList<HistoryEntry> HistoryStore::entries(int limit) const
{
    loadOnce();
    if (limit <= 0 || limit >= m_entries.size())
        return m_entries;
    return m_entries.mid(m_entries.size() - limit);
}

} // namespace homing
