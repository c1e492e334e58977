#pragma once

#include "secrets/SecretStore.h"

#include <chrono>
#include <deque>
#include <functional>
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
    ~KeychainSecretStore() override;

    void read(const QString &account, const QString &field, QObject *context, Callback done) override;
    void write(const QString &account, const QString &field, const QString &value, QObject *context,
               Callback done) override;
    void remove(const QString &account, const QString &field, QObject *context, Callback done) override;

    // The key under which a secret is stored. Windows ignores the service
    // name, so the key carries the application name too.
    static QString keyFor(const QString &account, const QString &field);

private:
    enum class Operation { Read, Write, Remove };
    // One call at a time, as QtKeychain runs its jobs: a call starts when the
    // one before it has reported (answered or timed out), so its own timeout
    // starts when it really starts, and once one has timed out the calls
    // waiting behind it fail at once.
    void schedule(Operation operation, const QString &account, const QString &field, const QString &value,
                  QObject *context, Callback done);
    void run(Operation operation, const QString &account, const QString &field, const QString &value,
             QObject *context, Callback done, bool isRetry);

    struct Queue {
        bool busy = false;
        bool storeAlive = true; // calls still out when the store goes start nothing more
        std::deque<std::function<void()>> waiting;
    };

    Options m_options;
    std::shared_ptr<Queue> m_queue = std::make_shared<Queue>();
    // Calls that timed out and have not finished since. QtKeychain runs one
    // job at a time, so while one hangs (a password prompt nobody answers)
    // every later call would wait out its own timeout behind it.
    std::shared_ptr<int> m_unanswered = std::make_shared<int>(0);
};

} // namespace homing
