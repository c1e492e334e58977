#pragma once

#include "address/IpSource.h"
#include "net/HttpClient.h"

#include <QUrl>

namespace homing {

// An echo service: GET the URL, take the first address of the wanted family
// in the body (plain text, JSON or HTML).
class HttpEchoSource final : public IpSource
{
public:
    HttpEchoSource(QUrl url, HttpClient *http, TransportOptions transport);

    QString spec() const override { return m_url.toString(); }
    SourceKind kind() const override { return SourceKind::Echo; }
    void query(AddressFamily family, QObject *context, Callback done) override;

    static QString validate(const QString &spec);

private:
    QUrl m_url;
    HttpClient *m_http;
    TransportOptions m_transport;
};

} // namespace homing
