#include "provider/FieldSpec.h"

#include <QCoreApplication>

namespace homing {

FieldSpec FieldSpec::setting(QString key, const char *label, const char *help, Type type)
{
    FieldSpec field;
    field.key = std::move(key);
    field.label = label;
    field.help = help;
    field.type = type;
    return field;
}

FieldSpec FieldSpec::secret(QString key, const char *label, const char *help)
{
    FieldSpec field = setting(std::move(key), label, help);
    field.kind = Kind::Secret;
    return field;
}

QString FieldSpec::translatedLabel() const
{
    return QCoreApplication::translate("homing::Providers", label);
}

QString FieldSpec::translatedHelp() const
{
    return QCoreApplication::translate("homing::Providers", help);
}

QString FieldSpec::typeKey(Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("string");
    case Type::Boolean:
        return QStringLiteral("bool");
    case Type::Integer:
        return QStringLiteral("int");
    case Type::Url:
        return QStringLiteral("url");
    case Type::Choice:
        return QStringLiteral("choice");
    case Type::StringMap:
        return QStringLiteral("map");
    case Type::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("string");
}

} // namespace homing
