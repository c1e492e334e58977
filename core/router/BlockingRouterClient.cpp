#include "router/BlockingRouterClient.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#endif

namespace homing {

BlockingRouterClient::BlockingRouterClient(const Clock &clock)
    : m_session(std::make_shared<Session>(clock))
{
#ifdef Q_OS_WIN
    // miniupnpc and libnatpmp use Winsock directly and leave starting it to
    // the application.
    WSADATA wsaData;
    WSAStartup(MAKEWORD(2, 2), &wsaData);
#endif
}

BlockingRouterClient::~BlockingRouterClient()
{
#ifdef Q_OS_WIN
    WSACleanup();
#endif
}

QHostAddress BlockingRouterClient::localAddress() const
{
    return m_session->localAddress;
}

void BlockingRouterClient::forgetFailedDiscovery()
{
    m_session->failures.forget();
}

} // namespace homing
