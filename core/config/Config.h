#pragma once

#include "address/AddressFamily.h"
#include "address/Ipv6Suffix.h"
#include "dns/DnsServerAddress.h"
#include "provider/Provider.h"
#include "secrets/SecretReference.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace homing {

struct IpFamilyConfig {
    bool enabled = false;
    QStringList sources;
    int minAgree = 1; // echo services that must agree (capped at the number listed when a router is too)
    // With a router source: how often its answer is cross-checked with the
    // echo services even when it did not change (cross_check_hours).
    double crossCheckHours = 24;
    // Behind carrier-grade or double NAT, publish what the echo services see
    // anyway (publish_behind_cgnat; IPv4 only).
    bool publishBehindCgnat = false;
};

struct IpConfig {
    IpFamilyConfig ipv4;
    IpFamilyConfig ipv6;
    QString caFile; // extra trust for self-hosted echo services
    // How echo services are reached: "none" (directly, the default), empty for
    // the system proxy, or "http://host:port" / "socks5://host:port".
    QString proxy = QStringLiteral("none");

    const IpFamilyConfig &family(AddressFamily family) const { return family == AddressFamily::IPv4 ? ipv4 : ipv6; }
};

// Is the new address being served? Checked after each update and on a
// schedule, to notice when someone else changes a record.
struct PropagationConfig {
    bool enabled = true;
    // Recursive resolvers: they find the zone's name servers, and their
    // caches show when the old value will be gone.
    QList<DnsServerAddress> resolvers;
};

struct AccountConfig {
    QString id;
    QString provider;
    QUrl endpoint; // a base URL: the provider appends its own path
    QString caFile;
    bool allowInsecureHttp = false;
    QString proxy; // empty: the system proxy; "none"; or "http://host:port", "socks5://host:port"
    // The zone's authoritative servers to check, instead of its NS records.
    QList<DnsServerAddress> nameservers;
    QJsonObject settings;
    QMap<QString, SecretReference> secrets;
};

struct RecordConfig {
    QString account;
    RecordSpec spec; // name, type, ttl, settings
    bool allowPrivate = false;
    bool paused = false; // the user paused it: nothing is sent for it
    // Someone else changed the record: correct it at every check, not at
    // most once a day.
    bool alwaysCorrect = false;
    // Another host on the LAN ("ipv6_suffix" or "ipv6_mac", AAAA only): its
    // address is this host's prefix plus this suffix.
    std::optional<Ipv6Suffix> ipv6Suffix;

    // The address this record publishes when this host's is `detected`:
    // `detected` itself, or its prefix plus the record's suffix.
    QHostAddress targetAddress(const QHostAddress &detected) const;

    // Identifies the record in state and history: "account/name/type".
    QString key() const;
    AddressFamily family() const;
};

// A port the home router forwards to a LAN host ("router.port_mappings").
struct PortMappingConfig {
    static constexpr int kDefaultLeaseSeconds = 3600;
    QString protocol = QStringLiteral("tcp"); // "tcp" or "udp"
    quint16 externalPort = 0;
    quint16 internalPort = 0;
    QString host = QStringLiteral("this"); // "this" (this host's LAN address) or a LAN IPv4 address
    QString description;
    int leaseSeconds = kDefaultLeaseSeconds; // asked for; the router may grant less
};

// The home router: ports it should forward, and how to ask it.
struct RouterConfig {
    QList<PortMappingConfig> portMappings;
    bool removeMappingsOnExit = false;
    // "auto" (UPnP, then PCP, then NAT-PMP), "upnp", "natpmp" or "pcp".
    QString method = QStringLiteral("auto");
};

struct Config {
    static constexpr int kCurrentVersion = 1;
    static constexpr int kMinimumCheckInterval = 30;
    static constexpr int kDefaultCheckInterval = 300;

    int version = kCurrentVersion;
    int checkIntervalSeconds = kDefaultCheckInterval;
    int requestTimeoutSeconds = 20;
    int historyLimit = 2000;
    bool paused = false; // the user paused Homing: no pass runs by itself
    // Look again as soon as the system reports an address change ("watch_addresses"),
    // not only at the check interval.
    bool watchAddresses = true;
    // The proxy of accounts that name none ("proxy" at the top of
    // config.json): empty for the system's, "none", or a URL.
    QString providerProxy;
    IpConfig ip;
    PropagationConfig propagation;
    QList<AccountConfig> accounts;
    QList<RecordConfig> records;
    RouterConfig router;

    const AccountConfig *account(const QString &id) const;
};

// A host name as Homing keeps it: lower case, ASCII (punycode), without a
// trailing dot. It does not check that the result is a valid name.
QString normaliseHostName(const QString &name);

// The echo services Homing uses when a config names none: HTTPS only, a mix
// reachable from inside and outside mainland China.
QStringList defaultIpSources(AddressFamily family);
// Public resolvers that answer inside and outside mainland China.
QList<DnsServerAddress> defaultResolvers();

} // namespace homing
