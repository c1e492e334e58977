#include "CloudflareProvider.h"

#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Cloudflare)
};

constexpr int kAutomaticTtl = 1;

// Record lists are read page by page, following result_info. A list filtered by
// exact name and type has one or two records; the cap only stops a runaway
// answer. Zone lookups (one per label), the pages and the write must stay
// within JobRunner::kMaximumSteps (12 requests per job).
constexpr int kPageSize = 100;
constexpr int kMaximumPages = 8;

// Cloudflare publishes no complete code table; these are the codes seen in
// real answers. The HTTP status decides everything else.
std::optional<ResultKind> kindForCode(int code)
{
    switch (code) {
    case 1000:  // invalid API token
    case 6003:  // invalid request headers (malformed token)
    case 6102:
    case 6103:
    case 6111:
    case 9103:  // unknown X-Auth-Key or X-Auth-Email
    case 9109:  // invalid access token / unauthorized
    case 10000: // authentication error (token lacks permission)
        return ResultKind::AuthFailed;
    case 7000:  // no route for that URI
    case 7003:  // could not route: invalid object identifier (zone id)
    case 81044: // record does not exist
        return ResultKind::NoSuchHost;
    case 81053: // an A, AAAA or CNAME record with that host already exists
    case 81057: // record already exists
    case 81058: // an identical record already exists
        return ResultKind::ConfigError;
    case 971:   // rate limited
        return ResultKind::RateLimited;
    default:
        return std::nullopt;
    }
}

QString describeErrors(const QJsonArray &errors)
{
    QStringList parts;
    for (const auto &value : errors) {
        const QJsonObject error = value.toObject();
        QString part = QStringLiteral("%1: %2").arg(error.value(QStringLiteral("code")).toInt()).arg(error.value(QStringLiteral("message")).toString());
        const QJsonArray chain = error.value(QStringLiteral("error_chain")).toArray();
        for (const auto &link : chain) {
            const QJsonObject inner = link.toObject();
            part += QStringLiteral(" (%1: %2)").arg(inner.value(QStringLiteral("code")).toInt()).arg(inner.value(QStringLiteral("message")).toString());
        }
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

class CloudflareJob final : public ProviderJob
{
public:
    // Update: bring the record to the address. Check: the same reads (find
    // the zone, list the record), then say what an update would do, without
    // writing. Cloudflare's /user/tokens/verify is not used: it refuses
    // account-owned tokens, which work for DNS all the same.
    enum class Mode { Update, Check };

    CloudflareJob(QUrl apiBase, QString zoneId, RecordTarget target, QString token, Mode mode = Mode::Update)
        : m_apiBase(std::move(apiBase))
        , m_zoneId(std::move(zoneId))
        , m_target(std::move(target))
        , m_token(std::move(token))
        , m_candidates(dnsname::zoneCandidates(m_target.record.name))
        , m_mode(mode)
    {
    }

    ProviderStep start() override
    {
        if (m_mode == Mode::Check && m_target.record.name.isEmpty())
            return listZones();
        if (!m_zoneId.isEmpty())
            return listRecords();
        return nextZoneLookup();
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        const auto envelope = CloudflareProvider::parseEnvelope(reply);
        if (envelope.failure)
            return ProviderStep::finish(*envelope.failure);
        const QJsonObject root = envelope.document.object();
        switch (m_stage) {
        case Stage::ZoneList:
            return zonesListed(root);
        case Stage::ZoneLookup:
            return zoneFound(root);
        case Stage::ListRecords:
            return recordsListed(root);
        case Stage::Write:
            return written(root);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { ZoneList, ZoneLookup, ListRecords, Write };

    HttpRequest request(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                        const QJsonObject &body = {})
    {
        HttpRequest request;
        request.method = method;
        request.url = appendPath(m_apiBase, path);
        if (!query.isEmpty())
            request.url.setQuery(query);
        request.setHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setHeader("Accept", "application/json");
        if (!body.isEmpty()) {
            request.setHeader("Content-Type", "application/json");
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        request.carriesCredential = true;
        return request;
    }

    // A check before any record is named: the zones the token can read (or
    // the configured one).
    ProviderStep listZones()
    {
        m_stage = Stage::ZoneList;
        if (!m_zoneId.isEmpty())
            return ProviderStep::send(request("GET", QStringLiteral("/zones/%1").arg(m_zoneId)));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("50"));
        return ProviderStep::send(request("GET", QStringLiteral("/zones"), query));
    }

    ProviderStep zonesListed(const QJsonObject &root)
    {
        const QJsonValue result = root.value(QStringLiteral("result"));
        QStringList names;
        const QJsonArray zones = result.isArray() ? result.toArray() : QJsonArray{result};
        for (const auto &zone : zones)
            names.append(zone.toObject().value(QStringLiteral("name")).toString());
        names.removeAll(QString());
        if (names.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("the token works but can read no zone: grant it Zone:Read, or set the "
                                                 "account's zone_id"));
        return ProviderStep::finish(ResultKind::Ok, Text::tr("the token works; it can read the zone(s) %1")
                                                        .arg(names.join(QStringLiteral(", "))));
    }

    ProviderStep nextZoneLookup()
    {
        if (m_candidates.isEmpty()) {
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no zone of this Cloudflare account contains %1 (or the token may not "
                                           "read zones: grant Zone:Read, or set the account's zone_id)")
                                            .arg(m_target.record.name));
        }
        m_stage = Stage::ZoneLookup;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("name"), m_candidates.takeFirst());
        return ProviderStep::send(request("GET", QStringLiteral("/zones"), query));
    }

    ProviderStep zoneFound(const QJsonObject &root)
    {
        const QJsonArray zones = root.value(QStringLiteral("result")).toArray();
        if (zones.isEmpty())
            return nextZoneLookup();
        // Only an active zone is served by Cloudflare. The same name can also be
        // pending in another account, so look for exactly one active zone.
        QList<QJsonObject> active;
        for (const auto &zone : zones) {
            if (zone.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active"))
                active.append(zone.toObject());
        }
        if (active.size() > 1 || (active.isEmpty() && zones.size() > 1))
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("several Cloudflare zones match; set the account's zone_id"));
        if (active.isEmpty()) {
            // Cloudflare's zone statuses: initializing, pending, active, moved.
            const QJsonObject zone = zones.first().toObject();
            const QString status = zone.value(QStringLiteral("status")).toString();
            const QString name = zone.value(QStringLiteral("name")).toString();
            if (status.isEmpty())
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("Cloudflare did not say whether the zone %1 is active").arg(name));
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("the Cloudflare zone %1 is %2, not active: finish adding it to Cloudflare "
                                                 "(its name servers must point to Cloudflare) before Homing can update it")
                                            .arg(name, status));
        }
        m_zoneId = active.first().value(QStringLiteral("id")).toString();
        if (m_zoneId.isEmpty())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("the zone has no id"));
        return listRecords();
    }

    ProviderStep listRecords(int page = 1)
    {
        m_stage = Stage::ListRecords;
        m_page = page;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("type"), m_target.record.type);
        // The exact-name filter is spelled as Cloudflare's official TypeScript SDK
        // sends it (npm "cloudflare" 7.1.0, src/resources/dns/records.ts):
        // RecordListParams.name is an object {exact, contains, startswith,
        // endswith}, and src/internal/utils/query.ts serializes queries with
        // qs.stringify(query, {allowDots: true, arrayFormat: 'repeat'}), so
        // {name: {exact: "nas.example.com"}} goes out as name.exact=nas.example.com.
        // The API ignores query keys it does not know, so a wrong spelling would
        // list every record of the type; recordsListed() filters again anyway.
        query.addQueryItem(QStringLiteral("name.exact"), m_target.record.name);
        query.addQueryItem(QStringLiteral("per_page"), QString::number(kPageSize));
        // Like the SDK's V4PagePaginationArray: no page on the first request, then page=N.
        if (page > 1)
            query.addQueryItem(QStringLiteral("page"), QString::number(page));
        return ProviderStep::send(request("GET", QStringLiteral("/zones/%1/dns_records").arg(m_zoneId), query));
    }

    std::optional<bool> wantedProxied() const
    {
        const QJsonValue proxied = m_target.record.settings.value(QStringLiteral("proxied"));
        return proxied.isBool() ? std::optional<bool>(proxied.toBool()) : std::nullopt;
    }

    ProviderStep recordsListed(const QJsonObject &root)
    {
        const QJsonValue result = root.value(QStringLiteral("result"));
        if (!result.isArray())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Cloudflare's record list holds no list of records"));
        const QJsonArray items = result.toArray();
        for (const auto &item : items) {
            const QJsonObject record = item.toObject();
            // Filter again: never touch a record that is not exactly this one.
            if (record.value(QStringLiteral("name")).toString().compare(m_target.record.name, Qt::CaseInsensitive) == 0
                && record.value(QStringLiteral("type")).toString() == m_target.record.type) {
                m_records.append(record);
            }
        }
        // More pages: follow result_info.total_pages. No result_info means one
        // page, and an empty page ends the list (as the SDK's hasNextPage does).
        const QJsonObject info = root.value(QStringLiteral("result_info")).toObject();
        const int totalPages = info.value(QStringLiteral("total_pages")).toInt(m_page);
        if (totalPages > m_page && !items.isEmpty()) {
            if (m_page >= kMaximumPages) {
                // Never create a record while some of the list is unread: it may hold this one.
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("Cloudflare returned too many %1 records for %2 (%3 pages, more than %4 "
                                                     "records); Homing changes nothing")
                                                .arg(m_target.record.type, m_target.record.name)
                                                .arg(totalPages)
                                                .arg(kMaximumPages * kPageSize));
            }
            return listRecords(m_page + 1);
        }
        return recordsComplete();
    }

    // What an update would do, as the check's finding.
    ProviderStep checked() const
    {
        const QString name = m_target.record.name;
        const QString type = m_target.record.type;
        if (m_records.size() > 1)
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("%1 %2 records exist for %3; Homing manages exactly one: delete the "
                                                 "others in the Cloudflare dashboard")
                                            .arg(m_records.size())
                                            .arg(type, name));
        if (m_records.isEmpty())
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the token works and the zone is found; %1 has no %2 "
                                                                 "record yet, so the first update creates it")
                                                            .arg(name, type));
        return ProviderStep::finish(ResultKind::Ok, Text::tr("the token works and the zone is found; the %1 record of %2 "
                                                             "holds %3 now")
                                                        .arg(type, name,
                                                             m_records.first().value(QStringLiteral("content")).toString()));
    }

    ProviderStep recordsComplete()
    {
        if (m_mode == Mode::Check)
            return checked();
        const QString value = m_target.address.toString();
        const QList<QJsonObject> &records = m_records;
        m_stage = Stage::Write;
        if (records.isEmpty()) {
            const int ttl = m_target.record.ttl > 0 ? m_target.record.ttl : kAutomaticTtl;
            QJsonObject body{
                {QStringLiteral("type"), m_target.record.type},
                {QStringLiteral("name"), m_target.record.name},
                {QStringLiteral("content"), value},
                {QStringLiteral("ttl"), ttl},
                {QStringLiteral("proxied"), wantedProxied().value_or(false)},
            };
            m_action = Text::tr("created");
            return ProviderStep::send(request("POST", QStringLiteral("/zones/%1/dns_records").arg(m_zoneId), {}, body));
        }
        for (const auto &record : records) {
            if (isWanted(record))
                return ProviderStep::finish(ResultKind::NoChange, Text::tr("the record already holds %1").arg(value));
        }
        if (records.size() > 1) {
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("%1 %2 records exist for %3 and none holds %4; Homing manages exactly one: "
                                           "delete the others in the Cloudflare dashboard")
                                            .arg(records.size())
                                            .arg(m_target.record.type, m_target.record.name, value));
        }
        // The schema requires type, name and ttl in a PATCH body (RecordEditParams
        // in the SDK); send the record's own type, name and TTL, unless a TTL is
        // configured. Leave proxied and comment out, so that they stay as they are,
        // unless proxied is configured.
        const QJsonObject &record = records.first();
        const QJsonValue existingTtl = record.value(QStringLiteral("ttl"));
        const int ttl = m_target.record.ttl > 0 ? m_target.record.ttl
                                                : (existingTtl.isDouble() ? existingTtl.toInt(kAutomaticTtl) : kAutomaticTtl);
        QJsonObject body{
            {QStringLiteral("type"), record.value(QStringLiteral("type")).toString()},
            {QStringLiteral("name"), record.value(QStringLiteral("name")).toString()},
            {QStringLiteral("content"), value},
            {QStringLiteral("ttl"), ttl},
        };
        if (const auto proxied = wantedProxied())
            body.insert(QStringLiteral("proxied"), *proxied);
        m_action = Text::tr("changed from %1").arg(record.value(QStringLiteral("content")).toString());
        const QString id = record.value(QStringLiteral("id")).toString();
        return ProviderStep::send(request("PATCH", QStringLiteral("/zones/%1/dns_records/%2").arg(m_zoneId, id), {}, body));
    }

    bool isWanted(const QJsonObject &record) const
    {
        if (QHostAddress(record.value(QStringLiteral("content")).toString()) != m_target.address)
            return false;
        if (m_target.record.ttl > 0 && record.value(QStringLiteral("ttl")).toInt() != m_target.record.ttl)
            return false;
        const auto proxied = wantedProxied();
        return !proxied || record.value(QStringLiteral("proxied")).toBool() == *proxied;
    }

    ProviderStep written(const QJsonObject &root)
    {
        const QJsonObject record = root.value(QStringLiteral("result")).toObject();
        const QHostAddress content(record.value(QStringLiteral("content")).toString());
        if (content != m_target.address)
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("Cloudflare answered with %1 instead of %2")
                                            .arg(record.value(QStringLiteral("content")).toString(), m_target.address.toString()));
        return ProviderStep::finish(ResultKind::Ok, Text::tr("record %1").arg(m_action));
    }

    QUrl m_apiBase;
    QString m_zoneId;
    RecordTarget m_target;
    QString m_token;
    QStringList m_candidates;
    Mode m_mode;
    Stage m_stage = Stage::ZoneLookup;
    int m_page = 1;
    QList<QJsonObject> m_records; // this record's matches, from every page read so far
    QString m_action;
};

} // namespace

CloudflareProvider::CloudflareProvider(QUrl apiBase, QString zoneId)
    : m_apiBase(std::move(apiBase))
    , m_zoneId(std::move(zoneId))
{
}

CloudflareProvider::Envelope CloudflareProvider::parseEnvelope(const HttpReply &reply)
{
    Envelope envelope;
    QJsonParseError error;
    envelope.document = QJsonDocument::fromJson(reply.body, &error);
    const QJsonObject root = envelope.document.object();
    const bool parsed = error.error == QJsonParseError::NoError && envelope.document.isObject();
    if (parsed && root.value(QStringLiteral("success")).toBool() && reply.status >= 200 && reply.status < 300)
        return envelope;

    const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
    QString detail = parsed ? describeErrors(errors) : oneLine(reply.body);
    detail = detail.isEmpty() ? Text::tr("HTTP status %1").arg(reply.status) : Text::tr("HTTP status %1, %2").arg(reply.status).arg(detail);

    std::optional<ResultKind> kind = classifyHttpStatus(reply.status);
    if (!kind) {
        for (const auto &value : errors) {
            if ((kind = kindForCode(value.toObject().value(QStringLiteral("code")).toInt())))
                break;
        }
    }
    if (!kind) {
        if (reply.status == 404)
            kind = ResultKind::NoSuchHost;
        else if (reply.status == 400 && parsed)
            kind = ResultKind::ConfigError;
        else
            kind = ResultKind::BadResponse;
    }
    envelope.failure = UpdateResult::make(*kind, detail);
    return envelope;
}

QList<ConfigIssue> CloudflareProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    const int ttl = record.ttl;
    if (ttl != 0 && ttl != kAutomaticTtl && (ttl < 30 || ttl > 86400))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"),
                                         Text::tr("Cloudflare accepts 1 (automatic) or 30 to 86400 seconds (60 at least on "
                                            "the free plan)")));
    if (record.settings.value(QStringLiteral("proxied")).toBool() && ttl > kAutomaticTtl)
        issues.append(ConfigIssue::warning(QStringLiteral("ttl"), Text::tr("proxied records always use an automatic TTL")));
    return issues;
}

std::unique_ptr<Provider> CloudflareProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    const QString zone = account.settings.value(QStringLiteral("zone_id")).toString();
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    if (!zone.isEmpty() && !hex32.match(zone).hasMatch()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.zone_id"), Text::tr("must be the 32-character zone ID")));
        return nullptr;
    }
    return std::make_unique<CloudflareProvider>(endpointUrl(account.endpoint, QStringLiteral("https://api.cloudflare.com/client/v4"), QString(), issues),
                                                zone);
}

std::unique_ptr<ProviderJob> CloudflareProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<CloudflareJob>(m_apiBase, m_zoneId, target, secrets.value(QStringLiteral("token")));
}

std::unique_ptr<ProviderJob> CloudflareProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<CloudflareJob>(m_apiBase, m_zoneId, RecordTarget{record, {}},
                                           secrets.value(QStringLiteral("token")), CloudflareJob::Mode::Check);
}

} // namespace providers

void registerCloudflareProvider(ProviderRegistry &registry)
{
    const auto token = FieldSpec::secret(
        QStringLiteral("token"), QT_TRANSLATE_NOOP("homing::Providers", "API token"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Create one under My Profile > API Tokens with the \"Edit zone DNS\" template, limited to the "
                          "one zone (add Zone:Read to let Homing find the zone by name). The Global API Key is not "
                          "accepted."))
                           .makeRequired();
    const auto zoneId = FieldSpec::setting(
        QStringLiteral("zone_id"), QT_TRANSLATE_NOOP("homing::Providers", "Zone ID"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional. The zone's ID from its Overview page; when set, Homing does not look the zone up "
                          "by name."));
    const auto proxied = FieldSpec::setting(
        QStringLiteral("proxied"), QT_TRANSLATE_NOOP("homing::Providers", "Proxied through Cloudflare"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional. When set, Homing makes the record proxied (true) or DNS only (false); when not "
                          "set, an existing record keeps its setting and a new one is DNS only."),
        FieldSpec::Type::Boolean)
                             .forRecord();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("cloudflare");
    descriptor.name = QStringLiteral("Cloudflare");
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {token, zoneId, proxied};
    descriptor.create = &providers::CloudflareProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {1, 86400}; // 1 is automatic; 30 (Enterprise) or 60 at least otherwise
    registry.add(std::move(descriptor));
}

} // namespace homing
