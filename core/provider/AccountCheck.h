#pragma once

#include "config/Config.h"
#include "provider/Provider.h"
#include "result/UpdateResult.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

namespace homing {

class Clock;
class DnsTransport;
class HttpClient;
class ProviderRegistry;
class Redactor;
class SecretResolver;

// What the editor's Test button asks: does this account, as entered and
// not saved yet, work?
struct AccountCheckRequest {
    AccountConfig account;      // as it would be saved
    SecretValues typedSecrets;  // entered in the form; the others are read through their references
    RecordSpec record;          // the record to try with; its name may be empty when none is named yet
    // For providers whose every call is an update: the address to send.
    QHostAddress address;
    int timeoutSeconds = 20;
    QByteArray userAgent;
};

struct AccountCheckResult {
    // True when the check was a real update (the dyndns2 family): the record
    // now holds `address` at the provider when it succeeded.
    bool realUpdate = false;
    UpdateResult result; // Ok/NoChange/Updated, or the failure, its detail redacted and made plain
};

// Runs a provider's read-only check of an account, or, for a provider that
// has none, one real update with the given address. The same wire policy,
// transport and redaction as an update; nothing is written to state or history.
class AccountChecker
{
public:
    using Callback = std::function<void(const AccountCheckResult &)>;

    AccountChecker(const ProviderRegistry &providers, HttpClient &http, DnsTransport &dns, const Clock &clock,
                   const SecretResolver &secrets, Redactor &redactor);

    // Whether testing an account of this provider sends a real update.
    static bool sendsRealUpdate(const ProviderRegistry &providers, const QString &providerId);

    void check(const AccountCheckRequest &request, QObject *context, Callback done) const;

private:
    void run(const AccountCheckRequest &request, const SecretValues &secrets, QObject *context, Callback done) const;

    const ProviderRegistry &m_providers;
    HttpClient &m_http;
    DnsTransport &m_dns;
    const Clock &m_clock;
    const SecretResolver &m_secrets;
    Redactor &m_redactor;
};

} // namespace homing
