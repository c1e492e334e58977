#pragma once

#include <QString>
#include <optional>

namespace homing {

// The one error taxonomy every provider maps its replies to, and every
// user-facing failure message is built from.
enum class ResultKind {
    Ok,            // the provider now serves the new value
    NoChange,      // the provider already served this value
    AuthFailed,    // credentials rejected, or not allowed for this host
    NoSuchHost,    // the host name or zone does not exist in the account
    RateLimited,   // too many requests: wait (honours Retry-After)
    Abuse,         // the provider blocked the host or this client
    ServerError,   // the provider had a problem (5xx, dyndns2 911/dnserr)
    NetworkError,  // no answer: DNS lookup, connection, timeout
    TlsError,      // the certificate could not be verified
    BadResponse,   // an answer Homing does not understand
    ConfigError,   // the configuration cannot work as written
    ClockSkew,     // a signed request was refused because this computer's clock is off
    // Not from a provider: the record could not be attempted.
    NoAddress,        // no detected address of this family was accepted
    AddressNotPublic, // the detected address cannot be reached from the Internet
    SecretUnavailable // the secret could not be read (keychain locked, file missing)
};

// Fatal results put a record in `blocked` until the user acts.
bool isFatal(ResultKind kind);
bool isSuccess(ResultKind kind);

// Stable identifiers used in JSON output, state and history.
QString resultKindKey(ResultKind kind);
std::optional<ResultKind> resultKindFromKey(const QString &key);

// Plain words: what happened (short, translated).
QString resultKindSummary(ResultKind kind);
// Plain words: what the user should do about it (translated; empty for success).
QString resultKindAdvice(ResultKind kind);
// "Summary (detail)": the summary in the reader's language, the detail as the
// provider (or Homing at the time) wrote it.
QString describeResult(ResultKind kind, const QString &detail);

} // namespace homing
