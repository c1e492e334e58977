#include "provider/ProviderRegistry.h"

#include <QCoreApplication>

namespace homing {

QString ProviderDescriptor::translatedName() const
{
    return QCoreApplication::translate("homing::Providers", name.toUtf8().constData());
}

const FieldSpec *ProviderDescriptor::field(const QString &key, FieldSpec::Kind kind, FieldSpec::Scope scope) const
{
    for (const auto &spec : fields) {
        if (spec.key == key && spec.kind == kind && spec.scope == scope)
            return &spec;
    }
    return nullptr;
}

void ProviderRegistry::add(ProviderDescriptor descriptor)
{
    Q_ASSERT(!find(descriptor.id));
    m_descriptors.append(std::move(descriptor));
}

const ProviderDescriptor *ProviderRegistry::find(const QString &id) const
{
    for (const auto &descriptor : m_descriptors) {
        if (descriptor.id == id)
            return &descriptor;
    }
    return nullptr;
}

} // namespace homing
