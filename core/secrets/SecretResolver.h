#pragma once

#include "config/Config.h"
#include "provider/Provider.h"

#include <QObject>

#include <functional>

namespace homing {

class SecretStore;

struct SecretResolution {
    bool ok = false;
    SecretValues values;
    QString error; // plain words, without any secret value
};

// A secret as typed or written with `echo`: the trailing newline is not part of it.
QString withoutTrailingNewline(QString value);

// Reads the secrets an account refers to: from the keychain, the environment
// or an owner-only file.
class SecretResolver
{
public:
    using Callback = std::function<void(const SecretResolution &)>;

    explicit SecretResolver(SecretStore *keychain);
    void resolve(const AccountConfig &account, QObject *context, Callback done) const;

    // The synchronous part: env: and file: references. Empty error when found.
    static QString readLocal(const SecretReference &reference, QString &value);

private:
    SecretStore *m_keychain;
};

} // namespace homing
