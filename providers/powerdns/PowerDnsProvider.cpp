#include "PowerDnsProvider.h"

#include "jsonrest/JsonRest.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::PowerDns)
};

// PowerDNS names are absolute: "nas.example.test.".
QString absolute(const QString &name)
{
    return name.endsWith(QLatin1Char('.')) ? name : name + QLatin1Char('.');
}

// The id PowerDNS gives a zone: its absolute name with "/" (RFC 2317
// classless zones) written as "=2F".
QString zoneIdOf(const QString &zone)
{
    return absolute(zone).replace(QLatin1Char('/'), QStringLiteral("=2F"));
}

class PowerDnsJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    PowerDnsJob(QUrl apiBase, QString serverId, QString zone, QByteArray apiKey, RecordTarget target, Mode mode)
        : m_serverUrl(appendPath(apiBase, QStringLiteral("/servers/") + serverId))
        , m_serverId(std::move(serverId))
        , m_zone(std::move(zone))
        , m_apiKey(std::move(apiKey))
        , m_target(std::move(target))
        , m_mode(mode)
    {
        if (!m_zone.isEmpty())
            m_zoneId = zoneIdOf(m_zone);
    }

    ProviderStep start() override
    {
        // The Test button first asks for the server itself: the key and the
        // server id are then known good before any zone is looked at.
        if (m_mode == Mode::Check)
            return read(Stage::Server, m_serverUrl);
        return findZone();
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        if (!jsonrest::isSuccess(reply))
            return ProviderStep::finish(PowerDnsProvider::classifyFailure(reply, aboutWhat()));
        if (m_stage == Stage::Write)
            return ProviderStep::finish(m_written);
        const auto json = jsonrest::parse(reply.body);
        switch (m_stage) {
        case Stage::Server:
            if (!json.value.isObject())
                return notUnderstood(reply);
            return findZone();
        case Stage::Zones:
            if (!json.value.isArray())
                return notUnderstood(reply);
            return zonesListed(json.array());
        case Stage::Zone:
            if (!json.value.isObject())
                return notUnderstood(reply);
            return zoneRead(json.object());
        case Stage::Write:
            break;
        }
        return notUnderstood(reply);
    }

private:
    enum class Stage { Server, Zones, Zone, Write };

    ProviderStep read(Stage stage, const QUrl &url)
    {
        m_stage = stage;
        return ProviderStep::send(jsonrest::requestWith("GET", url, {"X-API-Key", m_apiKey}));
    }

    ProviderStep notUnderstood(const HttpReply &reply) const
    {
        return ProviderStep::finish(ResultKind::BadResponse,
                                    Text::tr("the PowerDNS API answered something other than JSON of the expected "
                                             "shape: %1. Check that the account's endpoint is the PowerDNS webserver "
                                             "(webserver-address and webserver-port of pdns.conf)")
                                        .arg(oneLine(reply.body)));
    }

    // What a 404 is about, in the words of the stage that met it.
    QString aboutWhat() const
    {
        if (m_stage == Stage::Server || m_stage == Stage::Zones)
            return Text::tr("PowerDNS has no server %1: set the account's server_id to the server's id (localhost "
                            "unless the server was set up otherwise)")
                .arg(m_serverId);
        return Text::tr("PowerDNS server %1 has no zone %2: create the zone (pdnsutil create-zone %3), or correct the "
                        "account's zone setting, or clear it to let Homing find the zone")
            .arg(m_serverId, m_zoneId, absolute(m_zone));
    }

    ProviderStep findZone()
    {
        if (m_zone.isEmpty())
            return read(Stage::Zones, appendPath(m_serverUrl, QStringLiteral("/zones")));
        return readZone();
    }

    ProviderStep readZone()
    {
        QUrl url = appendPath(m_serverUrl, QStringLiteral("/zones/") + m_zoneId);
        QUrlQuery query;
        if (m_target.record.name.isEmpty()) {
            query.addQueryItem(QStringLiteral("rrsets"), QStringLiteral("false"));
        } else {
            // Only the RRset of the name and type (PowerDNS 4.6 and later; an
            // older server sends the whole zone, which is filtered here too).
            query.addQueryItem(QStringLiteral("rrset_name"), absolute(m_target.record.name));
            query.addQueryItem(QStringLiteral("rrset_type"), m_target.record.type);
        }
        url.setQuery(query);
        return read(Stage::Zone, url);
    }

    ProviderStep zonesListed(const QJsonArray &zones)
    {
        QStringList names;
        QHash<QString, QString> idOf; // normalized name -> the zone's id
        for (const auto &value : zones) {
            const QJsonObject zone = value.toObject();
            const QString name = dnsname::normalized(zone.value(QStringLiteral("name")).toString());
            if (name.isEmpty())
                continue;
            names.append(name);
            const QString id = zone.value(QStringLiteral("id")).toString();
            idOf.insert(name, id.isEmpty() ? zoneIdOf(name) : id);
        }
        if (m_target.record.name.isEmpty())
            return ProviderStep::finish(jsonrest::zonesFinding(
                names, Text::tr("the PowerDNS server %1 has no zone: create one (pdnsutil create-zone)").arg(m_serverId)));
        m_zone = dnsname::normalized(dnsname::longestZoneFor(m_target.record.name, names));
        if (m_zone.isEmpty()) {
            names.sort();
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no zone of the PowerDNS server %1 holds %2 (it has: %3): create the "
                                                 "zone, or correct the record's name or the account's server_id")
                                            .arg(m_serverId, m_target.record.name,
                                                 names.isEmpty() ? Text::tr("no zone") : names.join(QStringLiteral(", "))));
        }
        m_zoneId = idOf.value(m_zone, zoneIdOf(m_zone));
        return readZone();
    }

    ProviderStep zoneRead(const QJsonObject &zone)
    {
        const QString zoneName = dnsname::normalized(zone.value(QStringLiteral("name")).toString());
        if (!zoneName.isEmpty())
            m_zone = zoneName;
        if (m_target.record.name.isEmpty())
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the API key works and the PowerDNS server %1 has the "
                                                                 "zone %2")
                                                            .arg(m_serverId, absolute(m_zone)));
        if (!dnsname::isInZone(m_target.record.name, m_zone))
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("%1 is not in the zone %2: correct the record's name or the account's "
                                                 "zone setting")
                                            .arg(m_target.record.name, absolute(m_zone)));

        // The RRset of the name and type: its records share one TTL. A
        // disabled record is not served, so it never counts as holding the
        // address; a REPLACE would drop it, so it still counts as a value.
        QList<ExistingRecord> matches;
        int rrsetTtl = 0;
        const QString wantedName = dnsname::normalized(m_target.record.name);
        const QJsonArray rrsets = zone.value(QStringLiteral("rrsets")).toArray();
        for (const auto &value : rrsets) {
            const QJsonObject rrset = value.toObject();
            if (dnsname::normalized(rrset.value(QStringLiteral("name")).toString()) != wantedName
                || rrset.value(QStringLiteral("type")).toString().compare(m_target.record.type, Qt::CaseInsensitive) != 0)
                continue;
            rrsetTtl = rrset.value(QStringLiteral("ttl")).toInt();
            for (const auto &record : rrset.value(QStringLiteral("records")).toArray()) {
                const QJsonObject object = record.toObject();
                const QString content = object.value(QStringLiteral("content")).toString();
                const bool disabled = object.value(QStringLiteral("disabled")).toBool();
                matches.append({QString(), disabled ? Text::tr("%1 (disabled)").arg(content) : content, rrsetTtl});
            }
        }
        if (m_mode == Mode::Check)
            return ProviderStep::finish(
                describeCheckFinding(matches, m_target.record, absolute(m_zone), {}, RecordIdSetting::NotOffered));

        const RecordChoice choice = RecordChoice::choose(matches, m_target, {}, RecordIdSetting::NotOffered);
        switch (choice.action) {
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Refuse:
            return ProviderStep::finish(choice.refusal);
        case RecordChoice::Action::Create:
            m_written = jsonrest::created();
            break;
        case RecordChoice::Action::Update:
            m_written = jsonrest::changed(matches.at(choice.index).value);
            break;
        }
        // The configured TTL, else the RRset's own, else PowerDNS's default.
        const int ttl = m_target.record.ttl > 0 ? m_target.record.ttl
                        : rrsetTtl > 0          ? rrsetTtl
                                                : PowerDnsProvider::kDefaultTtl;
        // REPLACE of this one name and type: the RRset then holds exactly the
        // address; other types of the name are not part of it.
        const QJsonObject rrset{
            {QStringLiteral("name"), absolute(m_target.record.name)},
            {QStringLiteral("type"), m_target.record.type},
            {QStringLiteral("ttl"), ttl},
            {QStringLiteral("changetype"), QStringLiteral("REPLACE")},
            {QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("content"), m_target.address.toString()},
                                                               {QStringLiteral("disabled"), false}}}},
        };
        m_stage = Stage::Write;
        return ProviderStep::send(jsonrest::requestWith("PATCH", appendPath(m_serverUrl, QStringLiteral("/zones/") + m_zoneId),
                                                        {"X-API-Key", m_apiKey},
                                                        QJsonObject{{QStringLiteral("rrsets"), QJsonArray{rrset}}}));
    }

    QUrl m_serverUrl;
    QString m_serverId;
    QString m_zone;   // normalized, empty until known
    QString m_zoneId; // as PowerDNS spells it in URLs
    QByteArray m_apiKey;
    RecordTarget m_target;
    Mode m_mode;
    Stage m_stage = Stage::Zone;
    UpdateResult m_written;
};

} // namespace

PowerDnsProvider::PowerDnsProvider(QUrl apiBase, QString serverId, QString zone)
    : m_apiBase(std::move(apiBase))
    , m_serverId(std::move(serverId))
    , m_zone(std::move(zone))
{
}

UpdateResult PowerDnsProvider::classifyFailure(const HttpReply &reply, const QString &what)
{
    // PowerDNS answers {"error": "…"} for most failures, and plain text for
    // some ("Unauthorized" for a wrong key, "Not Found" for an unknown URL).
    const auto json = jsonrest::parse(reply.body);
    QString said = json.object().value(QStringLiteral("error")).toString();
    if (said.isEmpty())
        said = oneLine(reply.body);
    const QString detail = jsonrest::statusDetail(reply, said);

    switch (reply.status) {
    case 401:
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. The PowerDNS server refused the API key: set the account's api_key to "
                                           "the api-key of the server's pdns.conf")
                                      .arg(detail));
    case 403:
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. The PowerDNS server refused the request: check that this computer's "
                                           "address is in webserver-allow-from of the server's pdns.conf, and the API "
                                           "key")
                                      .arg(detail));
    case 404:
        return UpdateResult::make(ResultKind::NoSuchHost, QStringLiteral("%1 (%2)").arg(what, detail));
    case 422:
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("%1. PowerDNS refused the change: correct what it names (the record's "
                                           "name, its ttl or the zone), or the zone itself (pdnsutil check-zone)")
                                      .arg(detail));
    default:
        break;
    }
    if (reply.status >= 500)
        return UpdateResult::make(ResultKind::ServerError,
                                  Text::tr("%1. The PowerDNS server failed; its log says why. Homing tries again later")
                                      .arg(detail));
    return jsonrest::unexplainedFailure(reply, json, detail);
}

QList<ConfigIssue> PowerDnsProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl < 0 || record.ttl > kMaximumTtl)
        issues.append(ConfigIssue::error(QStringLiteral("ttl"),
                                         Text::tr("PowerDNS takes TTLs from 1 to 2147483647 seconds; 0 keeps the RRset's "
                                                  "TTL, or gives a new one 3600 seconds (PowerDNS's default-ttl)")));
    if (!m_zone.isEmpty() && !record.name.isEmpty() && !dnsname::isInZone(record.name, m_zone))
        issues.append(ConfigIssue::error(QStringLiteral("name"),
                                         Text::tr("is not in the account's zone %1: correct the name or the account's "
                                                  "zone setting")
                                             .arg(m_zone)));
    return issues;
}

std::unique_ptr<Provider> PowerDnsProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    // A server of the user's own: there is no official address to default to.
    if (account.endpoint.isEmpty() || account.endpoint.host().isEmpty()
        || (account.endpoint.scheme() != QLatin1String("https") && account.endpoint.scheme() != QLatin1String("http"))) {
        issues.append(ConfigIssue::error(QStringLiteral("endpoint"),
                                         Text::tr("must be the URL of the PowerDNS webserver, such as "
                                                  "https://dns.example.net:8081 (webserver-address and webserver-port "
                                                  "of pdns.conf)")));
        return nullptr;
    }
    const QString serverId = account.settings.value(QStringLiteral("server_id")).toString(QStringLiteral("localhost")).trimmed();
    static const QRegularExpression unsafe(QStringLiteral("[/?#%\\s]"));
    if (serverId.isEmpty() || serverId.contains(unsafe)) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.server_id"),
                                         Text::tr("must be the PowerDNS server's id, such as localhost, without "
                                                  "spaces, '/', '?', '#' or '%'")));
        return nullptr;
    }
    const QString zoneSetting = account.settings.value(QStringLiteral("zone")).toString().trimmed();
    const QString zone = dnsname::normalized(zoneSetting);
    if (!zoneSetting.isEmpty() && (zone.isEmpty() || zone.contains(unsafe))) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.zone"),
                                         Text::tr("must be a zone name such as example.com, or empty to let Homing find "
                                                  "the zone")));
        return nullptr;
    }
    const QUrl apiBase = endpointUrl(account.endpoint, QString(), QStringLiteral("/api/v1"), issues);
    return std::make_unique<PowerDnsProvider>(apiBase, serverId, zone);
}

std::unique_ptr<ProviderJob> PowerDnsProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<PowerDnsJob>(m_apiBase, m_serverId, m_zone, secrets.value(QStringLiteral("api_key")).toUtf8(),
                                         target, PowerDnsJob::Mode::Update);
}

std::unique_ptr<ProviderJob> PowerDnsProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<PowerDnsJob>(m_apiBase, m_serverId, m_zone, secrets.value(QStringLiteral("api_key")).toUtf8(),
                                         RecordTarget{record, {}}, PowerDnsJob::Mode::Check);
}

} // namespace providers

void registerPowerDnsProvider(ProviderRegistry &registry)
{
    const auto serverId =
        FieldSpec::setting(QStringLiteral("server_id"), QT_TRANSLATE_NOOP("homing::Providers", "Server id"),
                           QT_TRANSLATE_NOOP("homing::Providers",
                                             "The id of the server in the PowerDNS API: localhost for a PowerDNS "
                                             "Authoritative server of its own."))
            .withDefault(QStringLiteral("localhost"));
    const auto zone = FieldSpec::setting(
        QStringLiteral("zone"), QT_TRANSLATE_NOOP("homing::Providers", "Zone"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The zone that holds the records, such as example.com. Leave it empty to let Homing pick the "
                          "longest of the server's zones that holds each record's name."));
    const auto apiKey = FieldSpec::secret(
        QStringLiteral("api_key"), QT_TRANSLATE_NOOP("homing::Providers", "API key"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The api-key of the server's pdns.conf (sent as X-API-Key). Set the account's endpoint to "
                          "the PowerDNS webserver (webserver-address and webserver-port, such as "
                          "https://dns.example.net:8081), and allow this computer in webserver-allow-from. The API "
                          "key can change every zone: put the webserver behind HTTPS; plain HTTP to another computer "
                          "needs the account's allow_insecure_http."))
                            .makeRequired();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("powerdns");
    descriptor.name = QStringLiteral("PowerDNS");
    descriptor.category = ProviderCategory::SelfHosted;
    descriptor.fields = {serverId, zone, apiKey};
    descriptor.create = &providers::PowerDnsProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {1, providers::PowerDnsProvider::kMaximumTtl};
    registry.add(std::move(descriptor));
}

} // namespace homing
