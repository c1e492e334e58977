#include "storage/HistoryStore.h"

#include "storage/AtomicFile.h"
#include "storage/JsonText.h"
#include "common/Logging.h"

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

void HistoryStore::loadOnce() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            m_entries.append(HistoryEntry::fromJson(document.object()));
        else
            m_damaged = true;
    }
}

QString HistoryStore::append(const HistoryEntry &entry)
{
    loadOnce();
    if (m_damaged) {
        const QString aside = m_path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
        if (QFile::copy(m_path, aside)) {
            qCWarning(lcState).noquote() << m_path << "has lines that cannot be read; the file was copied to" << aside;
            m_damaged = false;
        }
    }
    m_entries.append(entry);
    if (m_limit > 0 && m_entries.size() > m_limit)
        m_entries.remove(0, m_entries.size() - m_limit);
    QByteArray data;
    for (const auto &existing : std::as_const(m_entries)) {
        data += QJsonDocument(existing.toJson()).toJson(QJsonDocument::Compact);
        data += '\n';
    }
    const QString error = writeFileAtomically(m_path, data);
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
