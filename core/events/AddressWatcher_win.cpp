#include "events/AddressWatcher.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QMetaObject>

// Header order from the GetUnicastIpAddressTable page: netioapi.h only via iphlpapi.h.
#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>

// IP Helper (platform.md §1.2): NotifyUnicastIpAddressChange for addresses and
// NotifyIpInterfaceChange for interfaces (a link coming up). The callbacks run
// on a system thread, serialized; they touch nothing but a queued call into
// the watcher's own thread. Cancelled in the destructor, never from a callback.

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::AddressWatcher)
};

void emitQueued(AddressWatcher *watcher)
{
    // Thread-safe; Qt drops the call if the watcher is gone before it runs.
    QMetaObject::invokeMethod(
        watcher, [watcher] { Q_EMIT watcher->addressesChanged(); }, Qt::QueuedConnection);
}

VOID WINAPI onUnicastAddressChange(PVOID context, PMIB_UNICASTIPADDRESS_ROW row, MIB_NOTIFICATION_TYPE)
{
    // Only Address and the interface are valid in `row` (or it is NULL).
    // A link-local IPv6 address is never published: its churn is not a reason to look.
    if (row && row->Address.si_family == AF_INET6) {
        const IN6_ADDR &address = row->Address.Ipv6.sin6_addr;
        if (address.u.Byte[0] == 0xfe && (address.u.Byte[1] & 0xc0) == 0x80)
            return;
    }
    emitQueued(static_cast<AddressWatcher *>(context));
}

VOID WINAPI onInterfaceChange(PVOID context, PMIB_IPINTERFACE_ROW, MIB_NOTIFICATION_TYPE)
{
    emitQueued(static_cast<AddressWatcher *>(context));
}

} // namespace

struct AddressWatcher::Platform {
    HANDLE addressNotification = nullptr;
    HANDLE interfaceNotification = nullptr;

    // On the watcher's thread, before the watcher dies: CancelMibChangeNotify2
    // waits for a callback in progress, so none runs after this.
    ~Platform()
    {
        if (addressNotification)
            CancelMibChangeNotify2(addressNotification);
        if (interfaceNotification)
            CancelMibChangeNotify2(interfaceNotification);
    }
};

AddressWatcher::AddressWatcher(QObject *parent)
    : QObject(parent)
{
}

AddressWatcher::~AddressWatcher()
{
    m_platform.reset(); // cancel while this object is still whole
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
    const NETIO_STATUS addressStatus = NotifyUnicastIpAddressChange(AF_UNSPEC, &onUnicastAddressChange, this, FALSE,
                                                                    &platform->addressNotification);
    if (addressStatus != NO_ERROR) {
        platform->addressNotification = nullptr;
        m_error = Text::tr("cannot watch for address changes (NotifyUnicastIpAddressChange error %1); "
                           "Homing checks at the check interval instead")
                      .arg(qulonglong(addressStatus));
        return false;
    }
    const NETIO_STATUS interfaceStatus = NotifyIpInterfaceChange(AF_UNSPEC, &onInterfaceChange, this, FALSE,
                                                                 &platform->interfaceNotification);
    if (interfaceStatus != NO_ERROR) {
        // Addresses alone still cover what matters; say so and carry on.
        platform->interfaceNotification = nullptr;
        qCWarning(lcDaemon).noquote() << Text::tr("cannot watch interfaces for changes (NotifyIpInterfaceChange error %1); "
                                                  "address changes are still watched")
                                             .arg(qulonglong(interfaceStatus));
    }
    m_platform = std::move(platform);
    m_error.clear();
    return true;
}

} // namespace homing
