#include "events/ResumeWatcher.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <IOKit/IOMessage.h>
#include <IOKit/pwr_mgt/IOPMLib.h>
#include <dispatch/dispatch.h>

#include <cstdint>

// IORegisterForSystemPower (platform.md §2.3, Apple QA1340) on a private
// serial dispatch queue. Sleep messages are acknowledged at once (otherwise
// the system waits 30 s); kIOMessageSystemHasPoweredOn is the resume.

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::ResumeWatcher)
};

void drain(void *) { }

} // namespace

struct ResumeWatcher::Platform {
    ResumeWatcher *watcher = nullptr;
    io_connect_t rootPort = MACH_PORT_NULL;
    IONotificationPortRef port = nullptr;
    io_object_t notifier = 0;
    dispatch_queue_t queue = nullptr;

    static void onPowerMessage(void *refCon, io_service_t, natural_t type, void *argument)
    {
        auto *self = static_cast<Platform *>(refCon);
        const long notificationId = static_cast<long>(reinterpret_cast<std::intptr_t>(argument));
        switch (type) {
        case kIOMessageCanSystemSleep:
        case kIOMessageSystemWillSleep:
            IOAllowPowerChange(self->rootPort, notificationId);
            break;
        case kIOMessageSystemHasPoweredOn: {
            ResumeWatcher *watcher = self->watcher;
            QMetaObject::invokeMethod(watcher, [watcher] { Q_EMIT watcher->resumed(); }, Qt::QueuedConnection);
            break;
        }
        default:
            break;
        }
    }

    ~Platform()
    {
        if (rootPort != MACH_PORT_NULL) {
            IODeregisterForSystemPower(&notifier);
            IOServiceClose(rootPort);
        }
        if (port)
            IONotificationPortDestroy(port);
        if (queue) {
            // A message already queued is handled before this returns.
            dispatch_sync_f(queue, nullptr, &drain);
            dispatch_release(queue);
        }
    }
};

ResumeWatcher::ResumeWatcher(QObject *parent)
    : QObject(parent)
{
}

ResumeWatcher::~ResumeWatcher()
{
    m_platform.reset(); // deregister while this object is still whole
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
    platform->watcher = this;
    platform->rootPort = IORegisterForSystemPower(platform.get(), &platform->port, &Platform::onPowerMessage,
                                                  &platform->notifier);
    if (platform->rootPort == MACH_PORT_NULL) {
        m_error = Text::tr("cannot hear of resume from sleep (IORegisterForSystemPower failed); "
                           "address changes and the check interval still apply");
        return false;
    }
    platform->queue = dispatch_queue_create("org.homing.resume-watcher", DISPATCH_QUEUE_SERIAL);
    IONotificationPortSetDispatchQueue(platform->port, platform->queue);
    m_platform = std::move(platform);
    m_error.clear();
    return true;
}

} // namespace homing
