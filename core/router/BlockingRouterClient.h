#pragma once

#include "router/FailedDiscoveryCache.h"
#include "router/RouterClient.h"
#include "router/RouterWorker.h"

#include <QMetaObject>

#include <functional>
#include <memory>

namespace homing {

class Clock;

// What the clients over a blocking library (miniupnpc, libnatpmp) share:
// every call runs in a worker thread (runInWorker); a router that did not
// answer is remembered for a while (FailedDiscoveryCache), so later calls
// fail at once; this host's address towards the router is kept from the last
// call that learnt it. A subclass says only what a call does in the worker.
class BlockingRouterClient : public RouterClient
{
public:
    explicit BlockingRouterClient(const Clock &clock);
    ~BlockingRouterClient() override;

    QHostAddress localAddress() const override;

    // Ask the network again next time (an address or network change).
    void forgetFailedDiscovery();

protected:
    // What a call found out in the worker, beside its result.
    template <typename Result>
    struct Outcome {
        Result result;
        bool noRouter = false; // no router answered: remembered, later calls fail at once
        QString noRouterError;
        QHostAddress localAddress; // null: not learnt by this call
    };

    // A result that says only why there is none.
    template <typename Result>
    static Result failure(const QString &error)
    {
        Result result;
        result.error = error;
        return result;
    }

    // Runs `work` in a worker thread and hands its result to `done` on
    // `context`'s thread; while a failed discovery is remembered, `done` gets
    // that failure (queued, never from within this call) without asking.
    template <typename Result>
    void runBlocking(QObject *context, std::function<Outcome<Result>()> work,
                     std::function<void(const Result &)> done);

private:
    // What the caller's thread keeps; a call finishing after the client is
    // gone still reaches its caller, and updates nothing.
    struct Session {
        explicit Session(const Clock &clock) : failures(clock) {}
        FailedDiscoveryCache failures;
        QHostAddress localAddress;
    };

    std::shared_ptr<Session> m_session;
};

template <typename Result>
void BlockingRouterClient::runBlocking(QObject *context, std::function<Outcome<Result>()> work,
                                       std::function<void(const Result &)> done)
{
    if (const auto recent = m_session->failures.recentFailure()) {
        Result result = failure<Result>(*recent);
        result.noAnswer = true;
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    runInWorker<Outcome<Result>>(
        context, std::move(work),
        [session = std::weak_ptr<Session>(m_session), done = std::move(done)](const Outcome<Result> &outcome) {
            if (const auto alive = session.lock()) {
                if (outcome.noRouter)
                    alive->failures.remember(outcome.noRouterError);
                else
                    alive->failures.forget();
                if (!outcome.localAddress.isNull())
                    alive->localAddress = outcome.localAddress;
            }
            Result result = outcome.result;
            if (outcome.noRouter)
                result.noAnswer = true;
            done(result);
        });
}

} // namespace homing
