#include "FieldSpec.h"

#include <QCoreApplication>

namespace homing {

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
