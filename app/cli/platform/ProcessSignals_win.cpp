#include "ProcessSignals.h"

#include <QMetaObject>
#include <QPointer>

#include <windows.h>

namespace homing::cli {

namespace {

// The console control handler runs on a thread of its own; it only queues
// the request to the main thread.
QPointer<ProcessSignals> g_instance;

BOOL WINAPI handleConsoleControl(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        if (g_instance)
            QMetaObject::invokeMethod(g_instance.data(), &ProcessSignals::terminationRequested, Qt::QueuedConnection);
        return TRUE;
    default:
        return FALSE;
    }
}

} // namespace

struct ProcessSignals::Private {
};

ProcessSignals::ProcessSignals(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    g_instance = this;
    SetConsoleCtrlHandler(handleConsoleControl, TRUE);
}

ProcessSignals::~ProcessSignals()
{
    SetConsoleCtrlHandler(handleConsoleControl, FALSE);
    g_instance = nullptr;
    delete d;
}

} // namespace homing::cli
