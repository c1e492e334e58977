#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace homing::test {

// A keychain in memory; can be made unavailable to test the error paths.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &account, const QString &field, QObject *context, Callback done) override;
    void write(const QString &account, const QString &field, const QString &value, QObject *context,
               Callback done) override;
    void remove(const QString &account, const QString &field, QObject *context, Callback done) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    QString value(const QString &account, const QString &field) const { return m_values.value(account + u'/' + field); }
    int reads() const { return m_reads; }

private:
    QHash<QString, QString> m_values;
    bool m_unavailable = false;
    int m_reads = 0;
};

} // namespace homing::test
