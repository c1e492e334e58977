#include "ProcessSignals.h"

#include <QMetaObject>

#include <atomic>

#include <windows.h>

namespace homing::cli {

namespace {

// The console control handler runs on a thread of its own: it only queues
// the request to the main thread, through pointers safe to read from there.
std::atomic<ProcessSignals *> g_instance{nullptr};
std::atomic<HANDLE> g_stopped{nullptr}; // set once the main thread has stopped

BOOL WINAPI handleConsoleControl(DWORD type)
{
    ProcessSignals *instance = g_instance.load();
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        if (instance)
            QMetaObject::invokeMethod(instance, &ProcessSignals::terminationRequested, Qt::QueuedConnection);
        return TRUE;
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        // Windows ends the process as soon as this returns: give the main
        // thread a few seconds to stop cleanly first.
        if (instance) {
            QMetaObject::invokeMethod(instance, &ProcessSignals::terminationRequested, Qt::QueuedConnection);
            if (HANDLE stopped = g_stopped.load())
                WaitForSingleObject(stopped, 4000);
        }
        return TRUE;
    default:
        return FALSE;
    }
}

} // namespace

struct ProcessSignals::Private {
    HANDLE stopped = nullptr;
};

ProcessSignals::ProcessSignals(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->stopped = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    g_stopped.store(d->stopped);
    g_instance.store(this);
    SetConsoleCtrlHandler(handleConsoleControl, TRUE);
}

ProcessSignals::~ProcessSignals()
{
    g_instance.store(nullptr);
    if (d->stopped)
        SetEvent(d->stopped); // the main loop is done: let a waiting handler return
    SetConsoleCtrlHandler(handleConsoleControl, FALSE);
    g_stopped.store(nullptr);
    if (d->stopped)
        CloseHandle(d->stopped);
    delete d;
}

} // namespace homing::cli
