#include "secrets/KeychainSecretStore.h"

#include "common/Logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::KeychainSecretStore)
};

bool mayBeLockedKeyring(QKeychain::Error error)
{
    return error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

KeychainSecretStore::KeychainSecretStore()
    : KeychainSecretStore(Options{})
{
}

KeychainSecretStore::KeychainSecretStore(Options options)
    : m_options(std::move(options))
{
}

KeychainSecretStore::~KeychainSecretStore()
{
    m_queue->storeAlive = false;
    m_queue->waiting.clear();
}

QString KeychainSecretStore::keyFor(const QString &account, const QString &field)
{
    return QStringLiteral("homing/%1/%2").arg(account, field);
}

void KeychainSecretStore::read(const QString &account, const QString &field, QObject *context, Callback done)
{
    schedule(Operation::Read, account, field, {}, context, std::move(done));
}

void KeychainSecretStore::write(const QString &account, const QString &field, const QString &value,
                                QObject *context, Callback done)
{
    schedule(Operation::Write, account, field, value, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &account, const QString &field, QObject *context, Callback done)
{
    schedule(Operation::Remove, account, field, {}, context, std::move(done));
}

void KeychainSecretStore::schedule(Operation operation, const QString &account, const QString &field,
                                   const QString &value, QObject *context, Callback done)
{
    const std::shared_ptr<Queue> queue = m_queue;
    auto start = [this, queue, operation, account, field, value, guard = QPointer<QObject>(context),
                  hasContext = context != nullptr, done = std::move(done)] {
        // The call reports even when its context is gone, so that the next one starts.
        run(operation, account, field, value, nullptr,
            [queue, guard, hasContext, done](const SecretStoreResult &result) {
            if (!hasContext || guard)
                done(result);
            if (!queue->storeAlive || queue->waiting.empty()) {
                queue->busy = false;
                return;
            }
            const auto next = std::move(queue->waiting.front());
            queue->waiting.pop_front();
            next();
        }, false);
    };
    if (queue->busy) {
        queue->waiting.push_back(std::move(start));
        return;
    }
    queue->busy = true;
    start();
}

void KeychainSecretStore::run(Operation operation, const QString &account, const QString &field,
                              const QString &value, QObject *context, Callback done, bool isRetry)
{
    if (*m_unanswered > 0) {
        done({SecretStoreResult::Status::Unavailable, {},
              Text::tr("the system keychain has still not answered an earlier request (it may be locked and waiting "
                       "for a password); Homing asks again later")});
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_options.service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_options.service);
        write->setTextData(value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_options.service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    job->setKey(keyFor(account, field));

    // Exactly one of "finished" and "timed out" reports; a job that finishes
    // after its timeout is ignored (it may finish never).
    struct Call {
        bool reported = false;
        bool timedOut = false;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        void report(const SecretStoreResult &result)
        {
            if (reported || (hasContext && !context))
                return;
            reported = true;
            done(result);
        }
    };
    auto call = std::make_shared<Call>();
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);

    auto *timer = new QTimer;
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, timer, [call, timer, unanswered = m_unanswered, timeout = m_options.timeout] {
        timer->deleteLater();
        call->timedOut = true;
        ++*unanswered;
        qCWarning(lcSecrets) << "the keychain did not answer in" << timeout.count() << "ms";
        call->report({SecretStoreResult::Status::Unavailable, {},
                      Text::tr("the system keychain did not answer within %1 seconds (it may be locked and "
                         "waiting for a password)")
                          .arg(timeout.count() / 1000.0)});
    });
    timer->start(m_options.timeout);

    QObject::connect(job, &QKeychain::Job::finished, job, [call, unanswered = m_unanswered] {
        if (call->timedOut)
            --*unanswered;
    });
    QObject::connect(job, &QKeychain::Job::finished, timer,
                     [this, queue = m_queue, call, timer, operation, account, field, value, isRetry](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError) {
            SecretStoreResult result{SecretStoreResult::Status::Ok, {}, {}};
            if (operation == Operation::Read)
                result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            call->report(result);
            return;
        }
        if (error == QKeychain::EntryNotFound) {
            // Deleting what is not there leaves the keychain as asked.
            if (operation == Operation::Remove)
                call->report({SecretStoreResult::Status::Ok, {}, {}});
            else
                call->report({SecretStoreResult::Status::NotFound, {},
                              Text::tr("no secret is stored in the keychain for account \"%1\", field \"%2\"").arg(account, field)});
            return;
        }
        // Once the store is gone there is no retry: it would call into the store.
        if (!isRetry && mayBeLockedKeyring(error) && !call->reported && queue->storeAlive) {
            qCInfo(lcSecrets) << "keychain error, retrying once:" << finished->errorString();
            QTimer::singleShot(m_options.retryDelay, [this, queue, call, operation, account, field, value] {
                if (call->reported || !queue->storeAlive)
                    return;
                run(operation, account, field, value, call->context, [call](const SecretStoreResult &result) {
                    call->report(result);
                }, true);
            });
            return;
        }
        QString reason = finished->errorString();
        if (error == QKeychain::NoBackendAvailable)
            reason = Text::tr("no system keychain is available (on Linux: a Secret Service such as GNOME Keyring "
                        "or KWallet must be running)");
        call->report({SecretStoreResult::Status::Unavailable, {}, reason});
    });
    job->start();
}

} // namespace homing
