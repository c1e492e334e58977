#include "router/DefaultGateway.h"

#include <QtEndian>

#include <natpmp.h>

#ifdef Q_OS_WIN
#include <winsock2.h>
#endif

namespace homing {

QHostAddress defaultIPv4Gateway(int *libraryCode)
{
#ifdef Q_OS_WIN
    // libnatpmp uses Winsock directly and leaves starting it to the application.
    WSADATA wsaData;
    WSAStartup(MAKEWORD(2, 2), &wsaData);
#endif
    // initnatpmp() finds the gateway with libnatpmp's route reader (its
    // getdefaultgateway() is exported but not in the installed header);
    // the UDP socket it opens on the way is closed at once.
    natpmp_t natpmp{};
    const int code = initnatpmp(&natpmp, 0, 0);
    QHostAddress gateway;
    if (code < 0) {
        if (libraryCode)
            *libraryCode = code;
    } else {
        gateway = QHostAddress(qFromBigEndian<quint32>(natpmp.gateway));
        closenatpmp(&natpmp);
    }
#ifdef Q_OS_WIN
    WSACleanup();
#endif
    return gateway;
}

} // namespace homing
