#include "MemorySecretStore.h"

namespace homing::test {

void MemorySecretStore::read(const QString &account, const QString &field, QObject *, Callback done)
{
    ++m_reads;
    if (m_unavailable)
        return done({SecretStoreResult::Status::Unavailable, {}, QStringLiteral("the keychain is locked")});
    const auto it = m_values.constFind(account + u'/' + field);
    if (it == m_values.cend())
        return done({SecretStoreResult::Status::NotFound, {}, QStringLiteral("not found")});
    done({SecretStoreResult::Status::Ok, *it, {}});
}

void MemorySecretStore::write(const QString &account, const QString &field, const QString &value, QObject *,
                              Callback done)
{
    if (m_unavailable)
        return done({SecretStoreResult::Status::Unavailable, {}, QStringLiteral("the keychain is locked")});
    m_values.insert(account + u'/' + field, value);
    done({SecretStoreResult::Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &account, const QString &field, QObject *, Callback done)
{
    if (m_unavailable)
        return done({SecretStoreResult::Status::Unavailable, {}, QStringLiteral("the keychain is locked")});
    m_values.remove(account + u'/' + field);
    done({SecretStoreResult::Status::Ok, {}, {}});
}

} // namespace homing::test
