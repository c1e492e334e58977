#include "events/ResumeWatcher.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <windows.h>

// RegisterSuspendResumeNotification with DEVICE_NOTIFY_CALLBACK (platform.md
// §2.2, option A): no window needed, which suits homing-cli run and the tray
// app alike. PBT_APMRESUMEAUTOMATIC comes on every resume, user present or not.

#ifndef DEVICE_NOTIFY_CALLBACK
#define DEVICE_NOTIFY_CALLBACK 2
#endif

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::ResumeWatcher)
};

// DEVICE_NOTIFY_SUBSCRIBE_PARAMETERS (powrprof.h), which some mingw-w64
// versions lack: declared here with the same layout, as libuv does.
using ResumeCallback = ULONG(CALLBACK *)(PVOID context, ULONG type, PVOID setting);
struct SubscribeParameters {
    ResumeCallback callback;
    PVOID context;
};

ULONG CALLBACK onPowerEvent(PVOID context, ULONG type, PVOID)
{
    // A system thread: hop to the watcher's own.
    if (type == PBT_APMRESUMEAUTOMATIC) {
        auto *watcher = static_cast<ResumeWatcher *>(context);
        QMetaObject::invokeMethod(watcher, [watcher] { Q_EMIT watcher->resumed(); }, Qt::QueuedConnection);
    }
    return 0; // ERROR_SUCCESS
}

} // namespace

struct ResumeWatcher::Platform {
    // Kept alive until unregistered: whether Windows copies it is undocumented.
    SubscribeParameters parameters{nullptr, nullptr};
    HPOWERNOTIFY registration = nullptr;

    ~Platform()
    {
        if (registration)
            UnregisterSuspendResumeNotification(registration);
    }
};

ResumeWatcher::ResumeWatcher(QObject *parent)
    : QObject(parent)
{
}

ResumeWatcher::~ResumeWatcher()
{
    m_platform.reset(); // unregister while this object is still whole
}

bool ResumeWatcher::isActive() const
{
    return m_platform != nullptr;
}

bool ResumeWatcher::start()
{
    if (m_platform)
        return true;
    auto platform = std::make_unique<Platform>();
    platform->parameters = SubscribeParameters{&onPowerEvent, this};
    platform->registration = RegisterSuspendResumeNotification(static_cast<HANDLE>(&platform->parameters),
                                                               DEVICE_NOTIFY_CALLBACK);
    if (!platform->registration) {
        m_error = Text::tr("cannot hear of resume from sleep (RegisterSuspendResumeNotification error %1); "
                           "address changes and the check interval still apply")
                      .arg(qulonglong(GetLastError()));
        return false;
    }
    m_platform = std::move(platform);
    m_error.clear();
    return true;
}

} // namespace homing
