#include "result/ResultKind.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace homing {

namespace {

struct KindInfo {
    ResultKind kind;
    const char *key;
};

constexpr std::array kKinds{
    KindInfo{ResultKind::Ok, "ok"},
    KindInfo{ResultKind::NoChange, "no_change"},
    KindInfo{ResultKind::AuthFailed, "auth_failed"},
    KindInfo{ResultKind::NoSuchHost, "no_such_host"},
    KindInfo{ResultKind::RateLimited, "rate_limited"},
    KindInfo{ResultKind::Abuse, "abuse"},
    KindInfo{ResultKind::ServerError, "server_error"},
    KindInfo{ResultKind::NetworkError, "network_error"},
    KindInfo{ResultKind::TlsError, "tls_error"},
    KindInfo{ResultKind::BadResponse, "bad_response"},
    KindInfo{ResultKind::ConfigError, "config_error"},
    KindInfo{ResultKind::ClockSkew, "clock_skew"},
    KindInfo{ResultKind::NoAddress, "no_address"},
    KindInfo{ResultKind::AddressNotPublic, "address_not_public"},
    KindInfo{ResultKind::SecretUnavailable, "secret_unavailable"},
};

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::ResultKind)
};

} // namespace

bool isFatal(ResultKind kind)
{
    switch (kind) {
    case ResultKind::AuthFailed:
    case ResultKind::NoSuchHost:
    case ResultKind::Abuse:
    case ResultKind::ConfigError:
        return true;
    default:
        return false;
    }
}

bool isSuccess(ResultKind kind)
{
    return kind == ResultKind::Ok || kind == ResultKind::NoChange;
}

QString resultKindKey(ResultKind kind)
{
    for (const auto &info : kKinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    }
    return QStringLiteral("unknown");
}

std::optional<ResultKind> resultKindFromKey(const QString &key)
{
    for (const auto &info : kKinds) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QString resultKindSummary(ResultKind kind)
{
    switch (kind) {
    case ResultKind::Ok:
        return Text::tr("Updated");
    case ResultKind::NoChange:
        return Text::tr("Already up to date");
    case ResultKind::AuthFailed:
        return Text::tr("The provider rejected the credentials");
    case ResultKind::NoSuchHost:
        return Text::tr("The provider does not know this host name or zone");
    case ResultKind::RateLimited:
        return Text::tr("The provider asked Homing to slow down");
    case ResultKind::Abuse:
        return Text::tr("The provider has blocked this host or this client");
    case ResultKind::ServerError:
        return Text::tr("The provider reported a problem on its side");
    case ResultKind::NetworkError:
        return Text::tr("The provider could not be reached");
    case ResultKind::TlsError:
        return Text::tr("The provider's certificate could not be verified");
    case ResultKind::BadResponse:
        return Text::tr("The provider sent an answer Homing does not understand");
    case ResultKind::ConfigError:
        return Text::tr("The configuration cannot work as written");
    case ResultKind::ClockSkew:
        return Text::tr("The provider refused the request because this computer's clock is wrong");
    case ResultKind::NoAddress:
        return Text::tr("No public address was detected");
    case ResultKind::AddressNotPublic:
        return Text::tr("The detected address is not reachable from the Internet");
    case ResultKind::SecretUnavailable:
        return Text::tr("The secret for this account could not be read");
    }
    return {};
}

QString describeResult(ResultKind kind, const QString &detail)
{
    const QString summary = resultKindSummary(kind);
    return detail.isEmpty() ? summary : QStringLiteral("%1 (%2)").arg(summary, detail);
}

QString resultKindAdvice(ResultKind kind)
{
    switch (kind) {
    case ResultKind::Ok:
    case ResultKind::NoChange:
        return {};
    case ResultKind::AuthFailed:
        return Text::tr("Check the account's user name, token or key, store the right secret, "
                  "then retry. Homing sends nothing for this record until then.");
    case ResultKind::NoSuchHost:
        return Text::tr("Check the record's name and that it belongs to this account, "
                  "then retry. Homing sends nothing for this record until then.");
    case ResultKind::RateLimited:
        return Text::tr("Nothing to do: Homing waits as long as the provider asked and retries.");
    case ResultKind::Abuse:
        return Text::tr("Sign in to the provider's website and unblock the host, then retry. "
                  "Homing sends nothing for this record until then.");
    case ResultKind::ServerError:
        return Text::tr("Nothing to do: Homing retries later, waiting longer after each failure.");
    case ResultKind::NetworkError:
        return Text::tr("Check this computer's Internet connection and proxy. "
                  "Homing retries later, waiting longer after each failure.");
    case ResultKind::TlsError:
        return Text::tr("Check the system clock and, for a self-hosted server, the account's "
                  "ca_file. Homing never sends credentials over an unverified connection.");
    case ResultKind::BadResponse:
        return Text::tr("Check the account's endpoint. Homing retries later; if this persists, "
                  "report it with the detail shown.");
    case ResultKind::ConfigError:
        return Text::tr("Correct the configuration (homing-cli check-config explains what is "
                  "wrong), then retry.");
    case ResultKind::ClockSkew:
        return Text::tr("Set this computer's date, time and time zone right (turn on network time "
                  "synchronisation). Homing retries by itself, waiting longer after each failure.");
    case ResultKind::NoAddress:
        return Text::tr("Check the IP sources in the configuration and this computer's connection; "
                  "see homing-cli ip for each source's answer.");
    case ResultKind::AddressNotPublic:
        return Text::tr("This network may be behind carrier-grade NAT or another router. Use IPv6, "
                  "or set \"allow_private\": true on the record if a private address is "
                  "really what you want published.");
    case ResultKind::SecretUnavailable:
        return Text::tr("Unlock the system keychain, or store the secret with homing-cli secret set, "
                  "or refer to it as env:NAME or file:PATH in the configuration.");
    }
    return {};
}

} // namespace homing
