#pragma once

#include "provider/FieldSpec.h"
#include "provider/Provider.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace homing {

// How the setup groups providers for people choosing one.
enum class ProviderCategory {
    DdnsService, // a dynamic DNS service with its own update API (No-IP, DuckDNS, Oray)
    CloudDns,    // a DNS host's record API (Cloudflare, Alibaba Cloud, DNSPod)
    SelfHosted,  // a server of the user's own (a generic dyndns2 server, RFC 2136)
    Custom,      // a request the user describes (webhook)
};

struct ProviderDescriptor {
    QString id;   // as written in config.json ("cloudflare")
    QString name; // as shown to people ("Cloudflare")
    ProviderCategory category = ProviderCategory::DdnsService;
    QList<FieldSpec> fields;
    // Send an update even without a change once the last confirmed one is
    // this old (No-IP deletes free hosts that are not refreshed). 0: never.
    int keepAliveDays = 0;
    // The provider's createCheckJob() changes nothing. When false, testing
    // an account sends one real update, and the editor says so first.
    bool readOnlyCheck = false;
    // The TTLs a record may ask for, in seconds; {0, 0}: the provider takes
    // none (the service decides). 0 in config.json always means its default.
    struct TtlRange {
        int minimum = 0;
        int maximum = 0;
    } ttl;
    // Builds a provider for an account whose settings already passed the
    // generic field checks; adds its own findings to `issues` (paths relative
    // to the account, e.g. "settings.server") and returns null on errors.
    std::function<std::unique_ptr<Provider>(const ProviderAccount &, QList<ConfigIssue> &issues)> create;

    const FieldSpec *field(const QString &key, FieldSpec::Kind kind, FieldSpec::Scope scope) const;
    // The name in the user's language (context "homing::Providers"; brand
    // names have no entry and stay as they are).
    QString translatedName() const;
};

// The providers known to this program. Built once at start-up by
// registerBuiltinProviders() and passed to whoever needs it.
class ProviderRegistry
{
public:
    void add(ProviderDescriptor descriptor);
    const ProviderDescriptor *find(const QString &id) const;
    const QList<ProviderDescriptor> &all() const { return m_descriptors; }

private:
    QList<ProviderDescriptor> m_descriptors;
};

} // namespace homing
