#include "records/RecordFields.h"

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

} // namespace homing::providers
