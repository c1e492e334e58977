#pragma once

#include "provider/Provider.h"

namespace homing::providers {

// A DNS server of the user's own (BIND, Knot, PowerDNS, Windows DNS) updated
// with RFC 2136 UPDATE messages signed with a TSIG key, as `nsupdate -k`
// does: the zone from the settings or from the SOA of the name, the RRset
// read first (an unchanged one is left alone), then replaced in one message
// (delete the RRset, add the value). The core sends the messages.
class Rfc2136Provider final : public Provider
{
public:
    struct Settings {
        QString server;
        quint16 port = 53;
        QString zone; // empty: found from the SOA of the name
        QString keyName;
        TsigAlgorithm algorithm = TsigAlgorithm::HmacSha256;
    };

    explicit Rfc2136Provider(Settings settings);
    static std::unique_ptr<Provider> create(const ProviderAccount &account, QList<ConfigIssue> &issues);

    QList<ConfigIssue> validateRecord(const RecordSpec &record) const override;
    std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const override;
    std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const override;
    // One server; a few messages at once cost it nothing.
    int parallelLimit() const override { return 4; }

    // A DNS answer that is not a success, in the taxonomy, naming the server,
    // the key and what to do.
    static UpdateResult classifyFailure(const DnsMessage &answer, const Settings &settings, const QString &name,
                                        const QString &zone);

    static constexpr int kDefaultTtl = 60;
    static constexpr int kMaximumTtl = 2147483647; // RFC 2181 §8
    static constexpr const char *kSecretKey = "tsig_secret";

private:
    Settings m_settings;
};

} // namespace homing::providers
