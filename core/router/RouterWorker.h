#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace homing {

// Runs `work` (a blocking library call: miniupnpc, libnatpmp) in a thread of
// its own and hands its result to `done` on `context`'s thread, unless
// `context` is gone by then: the caller's event loop never blocks on the
// router. Router calls are rare (a detection, a renewal), so one short-lived
// thread per call costs nothing worth pooling.
template <typename Result>
void runInWorker(QObject *context, std::function<Result()> work, std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([result, work = std::move(work)] { *result = work(); });
    // `finished` is emitted in the worker; the connection to `context`
    // queues `done` to its thread and is dropped if `context` is destroyed.
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace homing
