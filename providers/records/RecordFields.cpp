#include "records/RecordFields.h"

#include <QJsonValue>

namespace homing::providers {

FieldSpec recordIdField()
{
    return FieldSpec::setting(QStringLiteral("record_id"), QT_TRANSLATE_NOOP("homing::Providers", "Record ID"),
                              QT_TRANSLATE_NOOP("homing::Providers",
                                                "Optional. When several records share this name and type, the ID "
                                                "(from the provider's console or API) of the one Homing manages. "
                                                "Without it, Homing manages the only record there is and refuses to "
                                                "guess among several."))
        .forRecord();
}

FieldSpec lineField(const char *help, const QString &defaultLine)
{
    return FieldSpec::setting(QStringLiteral("line"), QT_TRANSLATE_NOOP("homing::Providers", "ISP line"), help)
        .forRecord()
        .withDefault(defaultLine);
}

QString recordLine(const RecordSpec &record, const QString &defaultLine)
{
    const QString line = record.settings.value(QStringLiteral("line")).toString().trimmed();
    return line.isEmpty() ? defaultLine : line;
}

QString managedRecordId(const RecordSpec &record)
{
    const QJsonValue id = record.settings.value(QStringLiteral("record_id"));
    if (id.isDouble())
        return QString::number(id.toInteger());
    return id.toString().trimmed();
}

} // namespace homing::providers
