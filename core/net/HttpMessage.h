#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace homing {

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // True when the request carries a credential (in a header, the URL or the
    // body): it then must go over verified HTTPS and never follows redirects.
    bool carriesCredential = false;
    // Values in the request that are not secrets Homing keeps but must be
    // hidden like them wherever they come back (a token written into a
    // webhook URL or a header of the configuration).
    QStringList sensitiveValues;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

// Why a request got no HTTP answer.
enum class TransportError {
    None,
    Timeout,
    ConnectionFailed, // refused, reset, unreachable, host lookup failed
    Tls,              // certificate or handshake failure
    TooLarge,         // the body exceeded Homing's limit
    Other,
};

struct HttpReply {
    TransportError error = TransportError::None;
    QString errorText; // for transport errors; never contains secrets once redacted
    int status = 0;    // HTTP status, 0 when there was none
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    // Retry-After as seconds after `now` (delta-seconds or an HTTP date), capped at a day.
    std::optional<int> retryAfterSeconds(const QDateTime &now) const;
};

} // namespace homing
