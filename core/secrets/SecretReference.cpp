#include "secrets/SecretReference.h"

#include <QRegularExpression>

namespace homing {

std::optional<SecretReference> SecretReference::parse(const QString &text)
{
    if (text == QLatin1String("keychain"))
        return SecretReference{Kind::Keychain, {}};
    if (text.startsWith(QLatin1String("env:"))) {
        const QString name = text.mid(4);
        static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (validName.match(name).hasMatch())
            return SecretReference{Kind::Environment, name};
        return std::nullopt;
    }
    if (text.startsWith(QLatin1String("file:")) && text.size() > 5)
        return SecretReference{Kind::File, text.mid(5)};
    return std::nullopt;
}

QString SecretReference::toString() const
{
    switch (kind) {
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Environment:
        return QStringLiteral("env:") + target;
    case Kind::File:
        return QStringLiteral("file:") + target;
    }
    return {};
}

} // namespace homing
