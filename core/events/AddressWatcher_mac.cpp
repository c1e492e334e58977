#include "events/AddressWatcher.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <CoreFoundation/CoreFoundation.h>
#include <SystemConfiguration/SystemConfiguration.h>
#include <dispatch/dispatch.h>

// SCDynamicStore (platform.md §1.3): the global IPv4/IPv6 keys and every
// interface's IPv4/IPv6 entity. The store runs on a private serial dispatch
// queue, which works under QCoreApplication too (its event dispatcher does not
// service the main CFRunLoop); the callback only queues a call into the
// watcher's thread. An empty changedKeys (configd restarted) also means
// "look again", which the callback does for every call anyway.

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::AddressWatcher)
};

void onStoreChange(SCDynamicStoreRef, CFArrayRef, void *info)
{
    auto *watcher = static_cast<AddressWatcher *>(info);
    QMetaObject::invokeMethod(watcher, [watcher] { Q_EMIT watcher->addressesChanged(); }, Qt::QueuedConnection);
}

CFArrayRef makeArray(CFStringRef first, CFStringRef second)
{
    const void *values[] = {first, second};
    return CFArrayCreate(kCFAllocatorDefault, values, 2, &kCFTypeArrayCallBacks);
}

void drain(void *) { }

} // namespace

struct AddressWatcher::Platform {
    SCDynamicStoreRef store = nullptr;
    dispatch_queue_t queue = nullptr;

    ~Platform()
    {
        if (store) {
            SCDynamicStoreSetDispatchQueue(store, nullptr);
            CFRelease(store);
        }
        if (queue) {
            // A callback already queued runs before this returns: none comes after.
            dispatch_sync_f(queue, nullptr, &drain);
            dispatch_release(queue);
        }
    }
};

AddressWatcher::AddressWatcher(QObject *parent)
    : QObject(parent)
{
}

AddressWatcher::~AddressWatcher()
{
    m_platform.reset(); // stop the store while this object is still whole
}

bool AddressWatcher::isActive() const
{
    return m_platform != nullptr;
}

bool AddressWatcher::start()
{
    if (m_platform)
        return true;
    auto platform = std::make_unique<Platform>();
    SCDynamicStoreContext context{0, this, nullptr, nullptr, nullptr};
    platform->store = SCDynamicStoreCreate(kCFAllocatorDefault, CFSTR("Homing address watcher"), &onStoreChange, &context);
    if (!platform->store) {
        m_error = Text::tr("cannot watch for address changes (SCDynamicStoreCreate: %1); "
                           "Homing checks at the check interval instead")
                      .arg(QString::fromUtf8(SCErrorString(SCError())));
        return false;
    }
    CFStringRef globalIPv4 = SCDynamicStoreKeyCreateNetworkGlobalEntity(kCFAllocatorDefault, kSCDynamicStoreDomainState,
                                                                        kSCEntNetIPv4);
    CFStringRef globalIPv6 = SCDynamicStoreKeyCreateNetworkGlobalEntity(kCFAllocatorDefault, kSCDynamicStoreDomainState,
                                                                        kSCEntNetIPv6);
    CFStringRef interfaceIPv4 = SCDynamicStoreKeyCreateNetworkInterfaceEntity(
        kCFAllocatorDefault, kSCDynamicStoreDomainState, kSCCompAnyRegex, kSCEntNetIPv4);
    CFStringRef interfaceIPv6 = SCDynamicStoreKeyCreateNetworkInterfaceEntity(
        kCFAllocatorDefault, kSCDynamicStoreDomainState, kSCCompAnyRegex, kSCEntNetIPv6);
    CFArrayRef keys = makeArray(globalIPv4, globalIPv6);
    CFArrayRef patterns = makeArray(interfaceIPv4, interfaceIPv6);
    const bool subscribed = SCDynamicStoreSetNotificationKeys(platform->store, keys, patterns);
    CFRelease(keys);
    CFRelease(patterns);
    CFRelease(globalIPv4);
    CFRelease(globalIPv6);
    CFRelease(interfaceIPv4);
    CFRelease(interfaceIPv6);
    if (!subscribed) {
        m_error = Text::tr("cannot watch for address changes (SCDynamicStoreSetNotificationKeys: %1); "
                           "Homing checks at the check interval instead")
                      .arg(QString::fromUtf8(SCErrorString(SCError())));
        return false;
    }
    platform->queue = dispatch_queue_create("org.homing.address-watcher", DISPATCH_QUEUE_SERIAL);
    if (!SCDynamicStoreSetDispatchQueue(platform->store, platform->queue)) {
        m_error = Text::tr("cannot watch for address changes (SCDynamicStoreSetDispatchQueue: %1); "
                           "Homing checks at the check interval instead")
                      .arg(QString::fromUtf8(SCErrorString(SCError())));
        return false;
    }
    m_platform = std::move(platform);
    m_error.clear();
    return true;
}

} // namespace homing
