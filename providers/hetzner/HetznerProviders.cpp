// Two provider ids for Hetzner's two DNS APIs: they take different tokens from
// different consoles, so each gets its own help and the setup lists both.
#include "HetznerCloudProvider.h"
#include "HetznerDnsProvider.h"

#include "provider/ProviderRegistry.h"
#include "records/RecordFields.h"

namespace homing {

void registerHetznerProviders(ProviderRegistry &registry)
{
    {
        const auto token = FieldSpec::secret(
            QStringLiteral("token"), QT_TRANSLATE_NOOP("homing::Providers", "API token"),
            QT_TRANSLATE_NOOP("homing::Providers",
                              "In Hetzner Console, open the project that holds the zone, then Security > API tokens > "
                              "Generate API token with Read & Write permission (listing zones and records needs Read, "
                              "changing records needs Write). A token reaches only its own project: keep the DNS zones "
                              "in a project of their own to limit what it can touch."))
                               .makeRequired();
        const auto zone = FieldSpec::setting(
            QStringLiteral("zone"), QT_TRANSLATE_NOOP("homing::Providers", "Zone"),
            QT_TRANSLATE_NOOP("homing::Providers",
                              "Optional. The zone's name (or ID) as Hetzner Console shows it; when set, Homing does not "
                              "list the project's zones to find it."));
        auto recordId = providers::recordIdField();
        recordId.label = QT_TRANSLATE_NOOP("homing::Providers", "Record comment");
        recordId.help = QT_TRANSLATE_NOOP("homing::Providers",
                                          "Optional. Records of a Hetzner record set have no IDs: when the set holds "
                                          "several addresses for this name and type, give the comment (set in Hetzner "
                                          "Console) of the one Homing manages. Without it, Homing manages the only "
                                          "address there is and refuses to guess among several.");

        ProviderDescriptor descriptor;
        descriptor.id = QStringLiteral("hetzner");
        descriptor.name = QStringLiteral("Hetzner");
        descriptor.category = ProviderCategory::CloudDns;
        descriptor.fields = {token, zone, recordId};
        descriptor.create = &providers::HetznerCloudProvider::create;
        descriptor.readOnlyCheck = true;
        descriptor.ttl = {providers::HetznerCloudProvider::kMinimumTtl, 604800};
        registry.add(std::move(descriptor));
    }
    {
        const auto token = FieldSpec::secret(
            QStringLiteral("token"), QT_TRANSLATE_NOOP("homing::Providers", "DNS Console API token"),
            QT_TRANSLATE_NOOP("homing::Providers",
                              "For zones still in the old DNS Console (dns.hetzner.com): create one under Manage API "
                              "access tokens. These tokens cannot be limited: each can change every zone of the "
                              "account. Zones moved to Hetzner Console need the provider hetzner and a Console token."))
                               .makeRequired();
        const auto zoneId = FieldSpec::setting(
            QStringLiteral("zone_id"), QT_TRANSLATE_NOOP("homing::Providers", "Zone ID"),
            QT_TRANSLATE_NOOP("homing::Providers",
                              "Optional. The zone's ID (in the address of its page in the DNS Console); when set, "
                              "Homing does not list the account's zones to find it."));

        ProviderDescriptor descriptor;
        descriptor.id = QStringLiteral("hetzner_dns");
        descriptor.name = QString::fromUtf8(QT_TRANSLATE_NOOP("homing::Providers", "Hetzner DNS Console (old API)"));
        descriptor.category = ProviderCategory::CloudDns;
        descriptor.fields = {token, zoneId, providers::recordIdField()};
        descriptor.create = &providers::HetznerDnsProvider::create;
        descriptor.readOnlyCheck = true;
        descriptor.ttl = {providers::HetznerDnsProvider::kMinimumTtl, 604800};
        registry.add(std::move(descriptor));
    }
}

} // namespace homing
