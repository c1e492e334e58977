#pragma once

#include "secrets/SecretStore.h"

#include <chrono>
#include <memory>

namespace homing {

// SecretStore over QtKeychain: Windows Credential Manager, macOS Keychain,
// Secret Service (GNOME Keyring, KWallet) on Linux.
class KeychainSecretStore final : public SecretStore
{
public:
    struct Options {
        QString service = QStringLiteral("Homing");
        // A keychain call can block for ever while the keyring shows a prompt.
        std::chrono::milliseconds timeout{10000};
        // At login the keyring may not be unlocked yet: one delayed retry.
        std::chrono::milliseconds retryDelay{3000};
    };

    KeychainSecretStore();
    explicit KeychainSecretStore(Options options);

    void read(const QString &account, const QString &field, QObject *context, Callback done) override;
    void write(const QString &account, const QString &field, const QString &value, QObject *context,
               Callback done) override;
    void remove(const QString &account, const QString &field, QObject *context, Callback done) override;

    // The key under which a secret is stored. Windows ignores the service
    // name, so the key carries the application name too.
    static QString keyFor(const QString &account, const QString &field);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &account, const QString &field, const QString &value,
             QObject *context, Callback done, bool isRetry);

    Options m_options;
    // Calls that timed out and have not finished since. QtKeychain runs one
    // job at a time, so while one hangs (a password prompt nobody answers)
    // every later call would wait out its own timeout behind it.
    std::shared_ptr<int> m_unanswered = std::make_shared<int>(0);
};

} // namespace homing
