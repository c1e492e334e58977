#include "config/ConfigLoader.h"

#include "address/IpSourceFactory.h"
#include "platform/FilePrivacy.h"
#include "provider/ProviderRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>

#include <cmath>
#include <limits>
#include <map>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::ConfigLoader)
};

// Port mapping leases: UPnP IGD v2 caps them at a week; below half a minute
// the renewals would be most of the traffic.
constexpr int kMinimumMappingLease = 30;
constexpr int kMaximumMappingLease = 7 * 24 * 3600;
// miniupnpd and most routers keep this much of a mapping's description.
constexpr qsizetype kMaximumMappingDescription = 64;

QString join(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + QLatin1Char('.') + key;
}

QString indexed(const QString &base, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(base).arg(index);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Keys starting with "_" are the user's own notes (JSON has no comments).
bool isNoteKey(const QString &key)
{
    return key.startsWith(QLatin1Char('_'));
}

class Validator
{
public:
    explicit Validator(QList<ConfigIssue> &issues)
        : m_issues(issues)
    {
    }

    void error(const QString &path, const QString &message) { m_issues.append(ConfigIssue::error(path, message)); }
    void warning(const QString &path, const QString &message) { m_issues.append(ConfigIssue::warning(path, message)); }

    void checkKnownKeys(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()) && !isNoteKey(it.key()))
                warning(join(path, it.key()), Text::tr("unknown key, ignored (known keys: %1)").arg(known.join(QStringLiteral(", "))));
        }
    }

    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path, bool required)
    {
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error(path, Text::tr("is missing"));
            return std::nullopt;
        }
        if (!value.isObject()) {
            error(path, Text::tr("must be an object, not %1").arg(jsonTypeName(value)));
            return std::nullopt;
        }
        return value.toObject();
    }

    bool boolean(const QJsonValue &value, const QString &path, bool fallback)
    {
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            error(path, Text::tr("must be true or false, not %1").arg(jsonTypeName(value)));
            return fallback;
        }
        return value.toBool();
    }

    std::optional<int> integer(const QJsonValue &value, const QString &path, int minimum, int maximum)
    {
        if (value.isUndefined())
            return std::nullopt;
        const double number = value.toDouble();
        // Checked without a cast: converting a double out of an integer's range is undefined.
        if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
            error(path, Text::tr("must be a whole number, not %1").arg(jsonTypeName(value)));
            return std::nullopt;
        }
        if (number < minimum || number > maximum) {
            error(path, Text::tr("must be between %1 and %2").arg(minimum).arg(maximum));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    std::optional<QString> string(const QJsonValue &value, const QString &path, bool required)
    {
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error(path, Text::tr("is missing"));
            return std::nullopt;
        }
        if (!value.isString()) {
            error(path, Text::tr("must be a string, not %1").arg(jsonTypeName(value)));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<QUrl> httpUrl(const QJsonValue &value, const QString &path)
    {
        const auto text = string(value, path, false);
        if (!text || text->isEmpty())
            return std::nullopt;
        const QUrl url(*text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty()) {
            error(path, Text::tr("must be an http:// or https:// URL with a host"));
            return std::nullopt;
        }
        return url;
    }

    // A proxy setting: "system", "none" or an http:// or socks5:// URL.
    // "system" comes back as an empty string, as Config keeps it.
    std::optional<QString> proxy(const QJsonValue &value, const QString &path)
    {
        const auto text = string(value, path, false);
        if (!text)
            return std::nullopt;
        const QUrl url(*text, QUrl::StrictMode);
        const bool valid = text->isEmpty() || *text == QLatin1String("system") || *text == QLatin1String("none")
            || (url.isValid() && !url.host().isEmpty() && url.port() > 0
                && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("socks5")));
        if (!valid) {
            error(path, Text::tr("must be \"system\", \"none\", or a URL such as http://proxy:3128 or socks5://proxy:1080"));
            return std::nullopt;
        }
        if (!url.userInfo().isEmpty()) {
            // Never repeat it: it holds a password. Proxy credentials would be a secret in config.json.
            error(path, Text::tr("must not contain a user name or password; proxies that need a login are not supported yet"));
            return std::nullopt;
        }
        return *text == QLatin1String("system") ? QString() : *text;
    }

    // An account's endpoint: the base URL under which the provider appends its
    // own documented path. Scheme, host, optional port and path prefix only.
    std::optional<QUrl> baseUrl(const QJsonValue &value, const QString &path)
    {
        auto url = httpUrl(value, path);
        if (!url)
            return std::nullopt;
        if (url->hasQuery() || url->hasFragment() || !url->userInfo().isEmpty()) {
            error(path, Text::tr("must be a base URL (scheme, host, optional port and path, such as "
                                 "https://dyndns.example.net or https://example.net/ddns): without a query, a "
                                 "fragment, or a user name or password; the provider adds its own path to it"));
            return std::nullopt;
        }
        return url;
    }

    void caFile(const QString &file, const QString &path)
    {
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable()) {
            error(path, Text::tr("the file %1 does not exist or cannot be read").arg(file));
            return;
        }
        const TrustedFileContent content = readTrustedFile(file, TrustedFileUse::Certificates, kMaximumCaFileBytes);
        if (!content.problem.isEmpty()) {
            error(path, content.problem);
            return;
        }
        if (QSslCertificate::fromData(content.data, QSsl::Pem).isEmpty())
            error(path, Text::tr("the file %1 holds no PEM certificate").arg(file));
    }

private:
    QList<ConfigIssue> &m_issues;
};

// Checks one "settings" object against the provider's declared fields and
// returns it with defaults filled in.
QJsonObject validateSettings(Validator &v, const ProviderDescriptor &provider, const QJsonObject &settings,
                             FieldSpec::Scope scope, const QString &path)
{
    QJsonObject result = settings;
    QStringList known;
    for (const auto &field : provider.fields) {
        if (field.kind == FieldSpec::Kind::Setting && field.scope == scope)
            known.append(field.key);
    }
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QString fieldPath = join(path, it.key());
        if (isNoteKey(it.key()))
            continue;
        const FieldSpec *spec = provider.field(it.key(), FieldSpec::Kind::Setting, scope);
        if (!spec) {
            if (provider.field(it.key(), FieldSpec::Kind::Secret, FieldSpec::Scope::Account)) {
                // Never repeat the value: it is probably the secret itself.
                v.error(fieldPath, Text::tr("is a secret and must not be written in config.json: put \"%1\": "
                                      "\"keychain\" (or \"env:NAME\", \"file:PATH\") under \"secrets\" and "
                                      "store the value with homing-cli secret set")
                                       .arg(it.key()));
            } else if (known.isEmpty()) {
                v.warning(fieldPath, Text::tr("unknown setting, ignored (provider %1 has no settings here)").arg(provider.id));
            } else {
                v.warning(fieldPath, Text::tr("unknown setting, ignored (provider %1 knows: %2)")
                                         .arg(provider.id, known.join(QStringLiteral(", "))));
            }
            continue;
        }
        const QJsonValue value = it.value();
        switch (spec->type) {
        case FieldSpec::Type::String:
        case FieldSpec::Type::Text:
            v.string(value, fieldPath, false);
            break;
        case FieldSpec::Type::Url:
            v.httpUrl(value, fieldPath);
            break;
        case FieldSpec::Type::Boolean:
            v.boolean(value, fieldPath, false);
            break;
        case FieldSpec::Type::Integer:
            v.integer(value, fieldPath, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            break;
        case FieldSpec::Type::Choice:
            if (const auto text = v.string(value, fieldPath, false); text && !spec->choices.contains(*text))
                v.error(fieldPath, Text::tr("must be one of: %1").arg(spec->choices.join(QStringLiteral(", "))));
            break;
        case FieldSpec::Type::StringMap:
            if (const auto map = v.object(value, fieldPath, false)) {
                for (auto entry = map->begin(); entry != map->end(); ++entry) {
                    if (!entry.value().isString())
                        v.error(join(fieldPath, entry.key()), Text::tr("must be a string"));
                }
            }
            break;
        }
    }
    for (const auto &field : provider.fields) {
        if (field.kind != FieldSpec::Kind::Setting || field.scope != scope || result.contains(field.key))
            continue;
        if (!field.defaultValue.isUndefined())
            result.insert(field.key, field.defaultValue);
        else if (field.required)
            v.error(join(path, field.key), Text::tr("is required by provider %1 (%2)").arg(provider.id, field.translatedLabel()));
    }
    return result;
}

QMap<QString, SecretReference> validateSecrets(Validator &v, const ProviderDescriptor &provider,
                                               const QString &accountId, const QJsonValue &value,
                                               const QString &path)
{
    QMap<QString, SecretReference> result;
    const auto secrets = v.object(value, path, false).value_or(QJsonObject{});
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QString fieldPath = join(path, it.key());
        if (isNoteKey(it.key()))
            continue;
        if (!provider.field(it.key(), FieldSpec::Kind::Secret, FieldSpec::Scope::Account)) {
            v.warning(fieldPath, Text::tr("provider %1 has no secret called %2; ignored").arg(provider.id, it.key()));
            continue;
        }
        const auto reference = it.value().isString() ? SecretReference::parse(it.value().toString()) : std::nullopt;
        if (!reference) {
            // Never repeat the value: it is probably the secret itself.
            v.error(fieldPath, Text::tr("must be \"keychain\", \"env:NAME\" or \"file:PATH\"; secret values never go in "
                                  "config.json (store one with: homing-cli secret set %1 %2)")
                                   .arg(accountId, it.key()));
            continue;
        }
        result.insert(it.key(), *reference);
    }
    for (const auto &field : provider.fields) {
        if (field.kind == FieldSpec::Kind::Secret && field.required && !result.contains(field.key)
            && !secrets.contains(field.key)) {
            v.error(join(path, field.key), Text::tr("is required by provider %1: add \"%2\": \"keychain\" and run "
                                              "homing-cli secret set %3 %2")
                                               .arg(provider.id, field.key, accountId));
        }
    }
    return result;
}

// Normalises a host name to lower-case ASCII (punycode) without a trailing
// dot; returns an empty string and reports when it cannot be a DNS name.
QString validHostName(Validator &v, const QString &name, const QString &path)
{
    const QString ascii = normaliseHostName(name);
    static const QRegularExpression label(QStringLiteral("^(\\*|[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)$"));
    const QStringList labels = ascii.split(QLatin1Char('.'));
    bool valid = !ascii.isEmpty() && ascii.size() <= 253 && labels.size() >= 2;
    for (qsizetype i = 0; valid && i < labels.size(); ++i) {
        valid = label.match(labels[i]).hasMatch() && (labels[i] != QLatin1String("*") || i == 0);
    }
    if (!valid) {
        v.error(path, Text::tr("\"%1\" is not a fully qualified host name such as home.example.com").arg(name));
        return {};
    }
    return ascii;
}

// Another LAN host's part of an AAAA record: "ipv6_suffix" or "ipv6_mac",
// and the prefix length taken from this host's address.
std::optional<Ipv6Suffix> lanHostSuffix(Validator &v, const QJsonObject &record, const QString &path,
                                        const QString &type)
{
    const QString suffixPath = join(path, QStringLiteral("ipv6_suffix"));
    const QString macPath = join(path, QStringLiteral("ipv6_mac"));
    const QString lengthPath = join(path, QStringLiteral("ipv6_prefix_length"));
    const auto suffixText = v.string(record.value(QStringLiteral("ipv6_suffix")), suffixPath, false);
    const auto mac = v.string(record.value(QStringLiteral("ipv6_mac")), macPath, false);
    const bool hasLength = record.contains(QStringLiteral("ipv6_prefix_length"));
    const auto length = v.integer(record.value(QStringLiteral("ipv6_prefix_length")), lengthPath,
                                  Ipv6Suffix::kMinimumPrefixLength, Ipv6Suffix::kMaximumPrefixLength);
    if (!suffixText && !mac) {
        if (hasLength)
            v.error(lengthPath, Text::tr("has no effect without \"ipv6_suffix\" or \"ipv6_mac\"; add one of them "
                                         "or remove it"));
        return std::nullopt;
    }
    const QString usedPath = suffixText ? suffixPath : macPath;
    if (suffixText && mac) {
        v.error(path, Text::tr("sets both \"ipv6_suffix\" and \"ipv6_mac\"; keep only one of them"));
        return std::nullopt;
    }
    if (!type.isEmpty() && familyForRecordType(type) != AddressFamily::IPv6) {
        v.error(usedPath, Text::tr("only AAAA records can be another host's IPv6 address; make the record AAAA or "
                                   "remove this key"));
        return std::nullopt;
    }
    if (hasLength && !length)
        return std::nullopt; // the integer check said why
    const int prefixLength = length.value_or(Ipv6Suffix::kDefaultPrefixLength);
    const Ipv6SuffixParse parsed = suffixText ? parseIpv6Suffix(*suffixText, prefixLength)
                                              : ipv6SuffixFromMac(*mac, prefixLength);
    if (!parsed.suffix)
        v.error(usedPath, parsed.error);
    return parsed.suffix;
}

// A list of DNS servers, "address[:port]" or "host[:port]" each.
QList<DnsServerAddress> dnsServers(Validator &v, const QJsonValue &value, const QString &path)
{
    QList<DnsServerAddress> servers;
    if (value.isUndefined() || value.isNull())
        return servers;
    if (!value.isArray()) {
        v.error(path, Text::tr("must be a list of DNS servers such as \"192.0.2.53\" or \"[2001:db8::53]:5353\""));
        return servers;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemPath = indexed(path, i);
        const auto text = v.string(list.at(i), itemPath, true);
        if (!text)
            continue;
        const auto server = DnsServerAddress::parse(*text);
        if (!server)
            v.error(itemPath, Text::tr("\"%1\" is not a DNS server: write an address or host name, with \":port\" "
                                       "when it is not 53 (\"[address]:port\" for IPv6)")
                                  .arg(*text));
        else
            servers.append(*server);
    }
    return servers;
}

// A LAN (RFC 1918) IPv4 address: the only kind a home router forwards to.
bool isLanIpv4(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    return address.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8)
        || address.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12)
        || address.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16);
}

// The "router" section: the ports the home router should forward here.
RouterConfig routerSection(Validator &v, const QJsonValue &value)
{
    RouterConfig router;
    const QString base = QStringLiteral("router");
    const QJsonObject section = v.object(value, base, false).value_or(QJsonObject{});
    v.checkKnownKeys(section, base,
                     {QStringLiteral("port_mappings"), QStringLiteral("remove_mappings_on_exit"), QStringLiteral("method")});
    router.removeMappingsOnExit = v.boolean(section.value(QStringLiteral("remove_mappings_on_exit")),
                                            join(base, QStringLiteral("remove_mappings_on_exit")), false);
    const QStringList methods{QStringLiteral("auto"), QStringLiteral("upnp"), QStringLiteral("natpmp"), QStringLiteral("pcp")};
    const QString methodPath = join(base, QStringLiteral("method"));
    if (const auto method = v.string(section.value(QStringLiteral("method")), methodPath, false)) {
        if (methods.contains(*method))
            router.method = *method;
        else
            v.error(methodPath, Text::tr("must be \"auto\" (UPnP, then PCP, then NAT-PMP), \"upnp\", \"natpmp\" or \"pcp\""));
    }

    const QString listPath = join(base, QStringLiteral("port_mappings"));
    const QJsonValue listValue = section.value(QStringLiteral("port_mappings"));
    if (!listValue.isUndefined() && !listValue.isNull() && !listValue.isArray()) {
        v.error(listPath, Text::tr("must be a list of mappings such as {\"protocol\": \"tcp\", \"external\": 8443, "
                                   "\"internal\": 443, \"host\": \"this\"}"));
        return router;
    }
    const QJsonArray list = listValue.toArray();
    QMap<QString, qsizetype> taken; // "tcp/8443" -> the index that maps it
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = indexed(listPath, i);
        const auto object = v.object(list.at(i), path, true);
        if (!object)
            continue;
        v.checkKnownKeys(*object, path,
                         {QStringLiteral("protocol"), QStringLiteral("external"), QStringLiteral("internal"),
                          QStringLiteral("host"), QStringLiteral("description"), QStringLiteral("lease_seconds")});
        PortMappingConfig mapping;
        bool valid = true;
        const QString protocolPath = join(path, QStringLiteral("protocol"));
        if (const auto protocol = v.string(object->value(QStringLiteral("protocol")), protocolPath, false)) {
            const QString lower = protocol->toLower();
            if (lower == QLatin1String("tcp") || lower == QLatin1String("udp")) {
                mapping.protocol = lower;
            } else {
                v.error(protocolPath, Text::tr("must be \"tcp\" or \"udp\""));
                valid = false;
            }
        }
        const QString externalPath = join(path, QStringLiteral("external"));
        const auto external = v.integer(object->value(QStringLiteral("external")), externalPath, 1, 65535);
        if (object->value(QStringLiteral("external")).isUndefined())
            v.error(externalPath, Text::tr("is missing: the port people reach from outside, such as 8443"));
        if (external)
            mapping.externalPort = quint16(*external);
        else
            valid = false;
        const QString internalPath = join(path, QStringLiteral("internal"));
        // The same port inside as outside, unless told otherwise.
        if (const auto internal = v.integer(object->value(QStringLiteral("internal")), internalPath, 1, 65535))
            mapping.internalPort = quint16(*internal);
        else if (object->value(QStringLiteral("internal")).isUndefined())
            mapping.internalPort = mapping.externalPort;
        else
            valid = false;
        const QString hostPath = join(path, QStringLiteral("host"));
        if (const auto host = v.string(object->value(QStringLiteral("host")), hostPath, false)) {
            const QString trimmed = host->trimmed();
            if (trimmed == QLatin1String("this")) {
                mapping.host = trimmed;
            } else if (isLanIpv4(QHostAddress(trimmed))) {
                mapping.host = QHostAddress(trimmed).toString();
            } else {
                v.error(hostPath, Text::tr("\"%1\" is not a LAN IPv4 address: write \"this\" for this computer, or the "
                                           "address of a host on the home network such as 192.168.1.20 (routers "
                                           "forward only to their own LAN)")
                                      .arg(*host));
                valid = false;
            }
        }
        const QString descriptionPath = join(path, QStringLiteral("description"));
        if (const auto description = v.string(object->value(QStringLiteral("description")), descriptionPath, false))
            mapping.description = description->trimmed();
        if (mapping.description.size() > kMaximumMappingDescription) {
            v.warning(descriptionPath, Text::tr("is longer than %1 characters; routers keep only the first %1, and so "
                                                "does Homing")
                                           .arg(kMaximumMappingDescription));
            mapping.description.truncate(kMaximumMappingDescription);
        }
        if (mapping.description.isEmpty())
            mapping.description = QStringLiteral("Homing %1/%2").arg(mapping.protocol).arg(mapping.externalPort);
        const QString leasePath = join(path, QStringLiteral("lease_seconds"));
        const QJsonValue lease = object->value(QStringLiteral("lease_seconds"));
        if (lease.isDouble() && (lease.toDouble() < kMinimumMappingLease || lease.toDouble() > kMaximumMappingLease)) {
            v.error(leasePath, Text::tr("must be between %1 and %2 seconds (a week): the router forgets a mapping whose "
                                        "lease ends, and Homing renews it at half the lease")
                                   .arg(kMinimumMappingLease)
                                   .arg(kMaximumMappingLease));
            valid = false;
        } else if (const auto seconds = v.integer(lease, leasePath, kMinimumMappingLease, kMaximumMappingLease)) {
            mapping.leaseSeconds = *seconds;
        } else if (!lease.isUndefined()) {
            valid = false;
        }
        if (!valid)
            continue;
        const QString key = QStringLiteral("%1/%2").arg(mapping.protocol).arg(mapping.externalPort);
        if (const auto other = taken.constFind(key); other != taken.cend()) {
            v.error(externalPath, Text::tr("%1 port %2 is already mapped by %3: the router forwards an outside port to "
                                           "one place only; pick another external port")
                                      .arg(mapping.protocol.toUpper())
                                      .arg(mapping.externalPort)
                                      .arg(indexed(listPath, *other)));
            continue;
        }
        taken.insert(key, i);
        router.portMappings.append(mapping);
    }
    return router;
}

} // namespace

ConfigLoader::ConfigLoader(const ProviderRegistry &providers, const IpSourceFactory &sources)
    : m_providers(providers)
    , m_sources(sources)
{
}

ConfigLoadResult ConfigLoader::loadFile(const QString &path) const
{
    const TrustedFileContent content = readTrustedFile(path, TrustedFileUse::Configuration, kMaximumConfigFileBytes);
    if (!content.problem.isEmpty()) {
        ConfigLoadResult result;
        result.issues.append(ConfigIssue::error(QString(), content.problem));
        return result;
    }
    return parse(content.data);
}

bool ConfigLoader::migrate(QJsonObject &document, QList<ConfigIssue> &issues)
{
    const QJsonValue versionValue = document.value(QStringLiteral("version"));
    int version = Config::kCurrentVersion;
    if (versionValue.isUndefined()) {
        issues.append(ConfigIssue::warning(QStringLiteral("version"),
                                           Text::tr("is missing; assuming %1").arg(Config::kCurrentVersion)));
    } else if (!versionValue.isDouble() || versionValue.toDouble() != versionValue.toInt()) {
        issues.append(ConfigIssue::error(QStringLiteral("version"), Text::tr("must be a whole number")));
        return false;
    } else {
        version = versionValue.toInt();
    }
    if (version > Config::kCurrentVersion) {
        issues.append(ConfigIssue::error(QStringLiteral("version"),
                                         Text::tr("this file was written by a newer Homing (version %1; this one "
                                            "understands up to %2)")
                                             .arg(version)
                                             .arg(Config::kCurrentVersion)));
        return false;
    }
    if (version < 1) {
        issues.append(ConfigIssue::error(QStringLiteral("version"), Text::tr("must be 1 or more")));
        return false;
    }
    // Each future format change adds a step here, from version N to N + 1,
    // so that files written by any older Homing keep working.
    document.insert(QStringLiteral("version"), Config::kCurrentVersion);
    return true;
}

ConfigLoadResult ConfigLoader::parse(const QByteArray &json) const
{
    ConfigLoadResult result;
    Validator v(result.issues);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column help more than a byte offset.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        v.error(QString(), Text::tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
        return result;
    }
    if (!document.isObject()) {
        v.error(QString(), Text::tr("the top level must be a JSON object"));
        return result;
    }
    QJsonObject root = document.object();
    if (!migrate(root, result.issues))
        return result;

    Config config;
    v.checkKnownKeys(root, QString(),
                     {QStringLiteral("version"), QStringLiteral("check_interval"), QStringLiteral("request_timeout"),
                      QStringLiteral("history_limit"), QStringLiteral("paused"), QStringLiteral("proxy"),
                      QStringLiteral("watch_addresses"), QStringLiteral("ip"), QStringLiteral("propagation"), QStringLiteral("accounts"),
                      QStringLiteral("records"), QStringLiteral("router")});

    if (const auto interval = v.integer(root.value(QStringLiteral("check_interval")), QStringLiteral("check_interval"),
                                        1, 7 * 24 * 3600)) {
        config.checkIntervalSeconds = *interval;
        if (*interval < Config::kMinimumCheckInterval) {
            v.warning(QStringLiteral("check_interval"),
                      Text::tr("%1 seconds is below the floor of %2 seconds that protects the echo services; using %2")
                          .arg(*interval)
                          .arg(Config::kMinimumCheckInterval));
            config.checkIntervalSeconds = Config::kMinimumCheckInterval;
        }
    }
    if (const auto timeout = v.integer(root.value(QStringLiteral("request_timeout")), QStringLiteral("request_timeout"), 1, 300))
        config.requestTimeoutSeconds = *timeout;
    // Kept in memory and rewritten in bulk: 100,000 entries is about 20 MB.
    if (const auto limit = v.integer(root.value(QStringLiteral("history_limit")), QStringLiteral("history_limit"), 10, 100000))
        config.historyLimit = *limit;
    config.paused = v.boolean(root.value(QStringLiteral("paused")), QStringLiteral("paused"), false);
    config.watchAddresses = v.boolean(root.value(QStringLiteral("watch_addresses")), QStringLiteral("watch_addresses"), true);
    // How providers are reached when an account names no proxy of its own.
    if (const auto proxy = v.proxy(root.value(QStringLiteral("proxy")), QStringLiteral("proxy")))
        config.providerProxy = *proxy;

    // propagation
    const QJsonObject propagation =
        v.object(root.value(QStringLiteral("propagation")), QStringLiteral("propagation"), false).value_or(QJsonObject{});
    v.checkKnownKeys(propagation, QStringLiteral("propagation"), {QStringLiteral("enabled"), QStringLiteral("resolvers")});
    config.propagation.enabled = v.boolean(propagation.value(QStringLiteral("enabled")),
                                           QStringLiteral("propagation.enabled"), true);
    config.propagation.resolvers = propagation.contains(QStringLiteral("resolvers"))
                                       ? dnsServers(v, propagation.value(QStringLiteral("resolvers")),
                                                    QStringLiteral("propagation.resolvers"))
                                       : defaultResolvers();

    // ip
    const QJsonObject ip = v.object(root.value(QStringLiteral("ip")), QStringLiteral("ip"), false).value_or(QJsonObject{});
    v.checkKnownKeys(ip, QStringLiteral("ip"),
                     {QStringLiteral("ipv4"), QStringLiteral("ipv6"), QStringLiteral("ca_file"), QStringLiteral("proxy")});
    // Echo services are asked directly by default: behind a desktop proxy they
    // would all see, and agree on, the proxy's exit address.
    if (const auto proxy = v.proxy(ip.value(QStringLiteral("proxy")), QStringLiteral("ip.proxy")))
        config.ip.proxy = *proxy;
    for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        const QString key = addressFamilyKey(family);
        const QString path = join(QStringLiteral("ip"), key);
        IpFamilyConfig &target = family == AddressFamily::IPv4 ? config.ip.ipv4 : config.ip.ipv6;
        const QJsonObject section = v.object(ip.value(key), path, false).value_or(QJsonObject{});
        v.checkKnownKeys(section, path,
                         {QStringLiteral("enabled"), QStringLiteral("sources"), QStringLiteral("min_agree"),
                          QStringLiteral("cross_check_hours"), QStringLiteral("publish_behind_cgnat")});
        target.enabled = v.boolean(section.value(QStringLiteral("enabled")), join(path, QStringLiteral("enabled")),
                                   family == AddressFamily::IPv4);
        const QJsonValue sources = section.value(QStringLiteral("sources"));
        const QString sourcesPath = join(path, QStringLiteral("sources"));
        if (sources.isUndefined()) {
            target.sources = defaultIpSources(family);
        } else if (!sources.isArray()) {
            v.error(sourcesPath, Text::tr("must be a list of sources"));
        } else {
            const QJsonArray list = sources.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString itemPath = indexed(sourcesPath, i);
                const auto source = v.string(list.at(i), itemPath, true);
                if (!source)
                    continue;
                if (const QString problem = m_sources.validate(*source); !problem.isEmpty())
                    v.error(itemPath, problem);
                else if (target.sources.contains(*source))
                    v.error(itemPath, Text::tr("%1 is listed twice; a source cannot agree with itself").arg(*source));
                else
                    target.sources.append(*source);
            }
        }
        if (target.enabled && target.sources.isEmpty() && sources.isArray())
            v.error(sourcesPath, Text::tr("is empty: name at least one source, or set enabled to false"));
        const int defaultAgree = target.sources.size() >= 2 ? 2 : 1;
        const QString agreePath = join(path, QStringLiteral("min_agree"));
        target.minAgree = v.integer(section.value(QStringLiteral("min_agree")), agreePath, 1, 100).value_or(defaultAgree);
        if (target.enabled && target.minAgree > target.sources.size() && !target.sources.isEmpty()) {
            v.error(agreePath, Text::tr("asks for %1 agreeing sources but only %2 are listed")
                                   .arg(target.minAgree)
                                   .arg(target.sources.size()));
        }
        const QJsonValue crossCheck = section.value(QStringLiteral("cross_check_hours"));
        if (!crossCheck.isUndefined()) {
            const double hours = crossCheck.toDouble(-1);
            if (!crossCheck.isDouble() || hours < 0 || hours > 8760)
                v.error(join(path, QStringLiteral("cross_check_hours")),
                        Text::tr("must be a number of hours from 0 (cross-check the router at every check) to 8760 "
                                 "(a year)"));
            else
                target.crossCheckHours = hours;
        }
        const QJsonValue publish = section.value(QStringLiteral("publish_behind_cgnat"));
        if (family == AddressFamily::IPv6 && !publish.isUndefined())
            v.error(join(path, QStringLiteral("publish_behind_cgnat")),
                    Text::tr("applies to IPv4 only: carrier-grade NAT shares IPv4 addresses; move it to ip.ipv4"));
        else
            target.publishBehindCgnat = v.boolean(publish, join(path, QStringLiteral("publish_behind_cgnat")), false);
    }
    if (const auto caFile = v.string(ip.value(QStringLiteral("ca_file")), QStringLiteral("ip.ca_file"), false);
        caFile && !caFile->isEmpty()) {
        config.ip.caFile = *caFile;
        v.caFile(*caFile, QStringLiteral("ip.ca_file"));
    }

    // accounts
    // Providers built for validation, so that records can be checked by them.
    std::map<QString, std::unique_ptr<Provider>> providers;
    const QJsonValue accountsValue = root.value(QStringLiteral("accounts"));
    if (!accountsValue.isUndefined() && !accountsValue.isArray())
        v.error(QStringLiteral("accounts"), Text::tr("must be a list of accounts"));
    const QJsonArray accounts = accountsValue.toArray();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QString path = indexed(QStringLiteral("accounts"), i);
        const auto object = v.object(accounts.at(i), path, true);
        if (!object)
            continue;
        v.checkKnownKeys(*object, path,
                         {QStringLiteral("id"), QStringLiteral("provider"), QStringLiteral("endpoint"),
                          QStringLiteral("ca_file"), QStringLiteral("allow_insecure_http"), QStringLiteral("proxy"),
                          QStringLiteral("nameservers"), QStringLiteral("settings"), QStringLiteral("secrets")});
        AccountConfig account;
        const auto id = v.string(object->value(QStringLiteral("id")), join(path, QStringLiteral("id")), true);
        if (id && !idPattern.match(*id).hasMatch()) {
            v.error(join(path, QStringLiteral("id")),
                    Text::tr("must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        } else if (id && config.account(*id)) {
            v.error(join(path, QStringLiteral("id")), Text::tr("another account already uses the id \"%1\"").arg(*id));
        } else if (id) {
            account.id = *id;
        }
        const QString providerPath = join(path, QStringLiteral("provider"));
        const auto providerId = v.string(object->value(QStringLiteral("provider")), providerPath, true);
        const ProviderDescriptor *descriptor = providerId ? m_providers.find(*providerId) : nullptr;
        if (providerId && !descriptor) {
            QStringList ids;
            for (const auto &known : m_providers.all())
                ids.append(known.id);
            v.error(providerPath, Text::tr("unknown provider \"%1\" (known: %2)").arg(*providerId, ids.join(QStringLiteral(", "))));
        }
        if (providerId)
            account.provider = *providerId;
        if (const auto endpoint = v.baseUrl(object->value(QStringLiteral("endpoint")), join(path, QStringLiteral("endpoint"))))
            account.endpoint = *endpoint;
        if (const auto caFile = v.string(object->value(QStringLiteral("ca_file")), join(path, QStringLiteral("ca_file")), false);
            caFile && !caFile->isEmpty()) {
            account.caFile = *caFile;
            v.caFile(*caFile, join(path, QStringLiteral("ca_file")));
        }
        account.allowInsecureHttp = v.boolean(object->value(QStringLiteral("allow_insecure_http")),
                                              join(path, QStringLiteral("allow_insecure_http")), false);
        account.nameservers = dnsServers(v, object->value(QStringLiteral("nameservers")),
                                         join(path, QStringLiteral("nameservers")));
        account.proxy = config.providerProxy;
        if (const auto proxy = v.proxy(object->value(QStringLiteral("proxy")), join(path, QStringLiteral("proxy"))))
            account.proxy = *proxy;
        const auto settings = v.object(object->value(QStringLiteral("settings")), join(path, QStringLiteral("settings")), false)
                                  .value_or(QJsonObject{});
        if (descriptor) {
            const qsizetype errorsBefore = result.issues.size();
            account.settings = validateSettings(v, *descriptor, settings, FieldSpec::Scope::Account,
                                                join(path, QStringLiteral("settings")));
            account.secrets = validateSecrets(v, *descriptor, account.id, object->value(QStringLiteral("secrets")),
                                              join(path, QStringLiteral("secrets")));
            if (!hasErrors(result.issues.mid(errorsBefore))) {
                QList<ConfigIssue> providerIssues;
                auto provider = descriptor->create(ProviderAccount{account.id, account.endpoint, account.settings},
                                                   providerIssues);
                for (auto issue : providerIssues) {
                    issue.path = join(path, issue.path);
                    result.issues.append(issue);
                }
                if (provider && !account.id.isEmpty())
                    providers.emplace(account.id, std::move(provider));
            }
        }
        config.accounts.append(account);
    }

    // records
    const QJsonValue recordsValue = root.value(QStringLiteral("records"));
    if (!recordsValue.isUndefined() && !recordsValue.isArray())
        v.error(QStringLiteral("records"), Text::tr("must be a list of records"));
    const QJsonArray records = recordsValue.toArray();
    QSet<QString> recordKeys;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString path = indexed(QStringLiteral("records"), i);
        const auto object = v.object(records.at(i), path, true);
        if (!object)
            continue;
        v.checkKnownKeys(*object, path,
                         {QStringLiteral("account"), QStringLiteral("name"), QStringLiteral("type"),
                          QStringLiteral("ttl"), QStringLiteral("settings"), QStringLiteral("allow_private"),
                          QStringLiteral("paused"), QStringLiteral("always_correct"), QStringLiteral("ipv6_suffix"),
                          QStringLiteral("ipv6_mac"), QStringLiteral("ipv6_prefix_length")});
        RecordConfig record;
        const QString accountPath = join(path, QStringLiteral("account"));
        const auto accountId = v.string(object->value(QStringLiteral("account")), accountPath, true);
        const AccountConfig *account = accountId ? config.account(*accountId) : nullptr;
        if (accountId && !account)
            v.error(accountPath, Text::tr("no account has the id \"%1\"").arg(*accountId));
        record.account = accountId.value_or(QString());
        if (const auto name = v.string(object->value(QStringLiteral("name")), join(path, QStringLiteral("name")), true))
            record.spec.name = validHostName(v, *name, join(path, QStringLiteral("name")));
        const QString typePath = join(path, QStringLiteral("type"));
        const auto type = v.string(object->value(QStringLiteral("type")), typePath, true);
        if (type && !familyForRecordType(*type)) {
            v.error(typePath, Text::tr("must be \"A\" (IPv4) or \"AAAA\" (IPv6)"));
        } else if (type) {
            record.spec.type = *type;
            if (!config.ip.family(*familyForRecordType(*type)).enabled) {
                v.error(typePath, Text::tr("%1 records need ip.%2.enabled set to true")
                                      .arg(*type, addressFamilyKey(*familyForRecordType(*type))));
            }
        }
        record.spec.ttl = v.integer(object->value(QStringLiteral("ttl")), join(path, QStringLiteral("ttl")), 0, 604800)
                              .value_or(0);
        record.allowPrivate = v.boolean(object->value(QStringLiteral("allow_private")),
                                        join(path, QStringLiteral("allow_private")), false);
        record.paused = v.boolean(object->value(QStringLiteral("paused")), join(path, QStringLiteral("paused")), false);
        record.alwaysCorrect = v.boolean(object->value(QStringLiteral("always_correct")),
                                         join(path, QStringLiteral("always_correct")), false);
        record.ipv6Suffix = lanHostSuffix(v, *object, path, record.spec.type);
        const auto settings = v.object(object->value(QStringLiteral("settings")), join(path, QStringLiteral("settings")), false)
                                  .value_or(QJsonObject{});
        const ProviderDescriptor *descriptor = account ? m_providers.find(account->provider) : nullptr;
        if (descriptor)
            record.spec.settings = validateSettings(v, *descriptor, settings, FieldSpec::Scope::Record,
                                                    join(path, QStringLiteral("settings")));
        if (!record.spec.name.isEmpty() && !record.spec.type.isEmpty()) {
            if (recordKeys.contains(record.key()))
                v.error(path, Text::tr("%1 %2 is listed twice for account %3").arg(record.spec.name, record.spec.type, record.account));
            recordKeys.insert(record.key());
            const auto provider = providers.find(record.account);
            if (provider != providers.end()) {
                for (auto issue : provider->second->validateRecord(record.spec)) {
                    issue.path = join(path, issue.path);
                    result.issues.append(issue);
                }
            }
        }
        config.records.append(record);
    }
    config.router = routerSection(v, root.value(QStringLiteral("router")));

    if (config.records.isEmpty())
        v.warning(QStringLiteral("records"), Text::tr("no records: Homing will only watch the address"));

    if (!hasErrors(result.issues))
        result.config = std::move(config);
    return result;
}

} // namespace homing
