#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace homing {

struct SecretStoreResult {
    enum class Status { Ok, NotFound, Unavailable };
    Status status = Status::Unavailable;
    QString value; // for reads
    QString error; // plain words, for NotFound and Unavailable

    bool ok() const { return status == Status::Ok; }
};

// The OS keychain, as the core sees it. Every call is asynchronous and ends
// (with Unavailable at worst) within a bounded time; there is no plaintext fallback.
class SecretStore
{
public:
    using Callback = std::function<void(const SecretStoreResult &)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &account, const QString &field, QObject *context, Callback done) = 0;
    virtual void write(const QString &account, const QString &field, const QString &value, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &account, const QString &field, QObject *context, Callback done) = 0;
};

} // namespace homing
