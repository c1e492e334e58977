#include "HetznerCloudProvider.h"

#include "jsonrest/JsonRest.h"
#include "provider/JobRunner.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "signing/Rfc3986.h"

#include <QCoreApplication>

#include <algorithm>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace homing::providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Hetzner)
};

// Zones and RRSets are read 50 a page (the Cloud API's usual maximum). A
// list filtered by name and type holds one RRSet; the caps stop a runaway
// answer and keep a job within JobRunner::kMaximumSteps (12 requests):
// four zone pages, four RRSet pages, and at most two writes.
constexpr int kPageSize = 50;
constexpr int kMaximumPages = 4;

// The Cloud API's error codes (hcloud-go hcloud/error.go and the API
// reference), by what they mean for an update.
std::optional<ResultKind> kindForCode(const QString &code)
{
    static const QHash<QString, ResultKind> kinds{
        {QStringLiteral("unauthorized"), ResultKind::AuthFailed},
        {QStringLiteral("forbidden"), ResultKind::AuthFailed},
        {QStringLiteral("token_readonly"), ResultKind::AuthFailed},
        {QStringLiteral("not_found"), ResultKind::NoSuchHost},
        {QStringLiteral("dns_zone_not_found"), ResultKind::NoSuchHost},
        {QStringLiteral("invalid_input"), ResultKind::ConfigError},
        {QStringLiteral("json_error"), ResultKind::ConfigError},
        {QStringLiteral("uniqueness_error"), ResultKind::ConfigError},
        {QStringLiteral("protected"), ResultKind::ConfigError},
        {QStringLiteral("resource_limit_exceeded"), ResultKind::ConfigError},
        {QStringLiteral("dns_zone_is_secondary_zone"), ResultKind::ConfigError},
        {QStringLiteral("incorrect_zone_mode"), ResultKind::ConfigError},
        {QStringLiteral("unsupported_error"), ResultKind::ConfigError},
        {QStringLiteral("deprecated_api_endpoint"), ResultKind::ConfigError},
        {QStringLiteral("rate_limit_exceeded"), ResultKind::RateLimited},
        {QStringLiteral("locked"), ResultKind::ServerError},
        {QStringLiteral("conflict"), ResultKind::ServerError},
        {QStringLiteral("resource_unavailable"), ResultKind::ServerError},
        {QStringLiteral("maintenance"), ResultKind::ServerError},
        {QStringLiteral("timeout"), ResultKind::ServerError},
        {QStringLiteral("bad_gateway"), ResultKind::ServerError},
        {QStringLiteral("server_error"), ResultKind::ServerError},
        {QStringLiteral("service_error"), ResultKind::ServerError},
        {QStringLiteral("unavailable"), ResultKind::ServerError},
        {QStringLiteral("unknown_error"), ResultKind::ServerError},
    };
    const auto found = kinds.constFind(code);
    return found == kinds.constEnd() ? std::nullopt : std::optional<ResultKind>(*found);
}

// What to do about a code, in plain words, where the code alone is not enough.
QString adviceForCode(const QString &code)
{
    if (code == QLatin1String("token_readonly"))
        return Text::tr("the API token is read-only: create one with Read & Write permission in Hetzner Console > "
                        "Security > API tokens");
    if (code == QLatin1String("unauthorized"))
        return Text::tr("Hetzner does not know this API token: create one in Hetzner Console > Security > API tokens "
                        "(a token of the old DNS Console does not work here; use the provider hetzner_dns for it)");
    if (code == QLatin1String("protected"))
        return Text::tr("the record set is protected against changes: lift its protection in Hetzner Console");
    if (code == QLatin1String("incorrect_zone_mode") || code == QLatin1String("dns_zone_is_secondary_zone"))
        return Text::tr("the zone is a secondary zone: change the record at its primary name server");
    return {};
}

// How long to wait after a 429. A Retry-After header is left to the core.
// Otherwise: RateLimit-Reset is when the whole hourly quota is back, nearly an
// hour after running out, but the bucket refills steadily (RateLimit-Limit an
// hour), so wait for one job's worth of requests, and never past the reset.
// The reset is a Unix time: it is set against the reply's own Date header, so
// the wait is seconds from the reply and not from this computer's clock.
std::optional<int> waitAfterRateLimit(const HttpReply &reply)
{
    if (!reply.header("Retry-After").trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    int limit = reply.header("RateLimit-Limit").trimmed().toInt(&ok);
    if (!ok || limit <= 0)
        limit = 3600; // the project quota Hetzner documents
    constexpr int kOneJob = JobRunner::kMaximumSteps;
    int wait = std::max(1, (kOneJob * 3600 + limit - 1) / limit);
    const qint64 reset = reply.header("RateLimit-Reset").trimmed().toLongLong(&ok);
    if (const auto untilReset = ok ? jsonrest::secondsUntil(reply, reset) : std::nullopt)
        wait = std::min(wait, *untilReset);
    return wait;
}

class HetznerCloudJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    HetznerCloudJob(QUrl apiBase, QString zoneSetting, RecordTarget target, QString token, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_zoneSetting(std::move(zoneSetting))
        , m_target(std::move(target))
        , m_token(std::move(token))
        , m_mode(mode)
    {
    }

    ProviderStep start() override
    {
        if (!m_zoneSetting.isEmpty()) {
            m_stage = Stage::ZoneGet;
            return send("GET", QStringLiteral("/zones/%1").arg(m_zoneSetting));
        }
        return listZones(1);
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        HetznerCloudProvider::Parsed parsed = HetznerCloudProvider::parse(reply);
        if (parsed.failure) {
            // The RRSet deleted (not_found) or created (uniqueness_error) since
            // it was read: read again next time.
            const bool writing = m_stage == Stage::Create || m_stage == Stage::SetRecords || m_stage == Stage::ChangeTtl
                                 || m_stage == Stage::ActionPoll;
            const QString code = parsed.object.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
            if (writing && (code == QLatin1String("not_found") || code == QLatin1String("uniqueness_error")
                            || (code.isEmpty() && (reply.status == 404 || reply.status == 409))))
                return ProviderStep::finish(jsonrest::changedMeanwhile(*parsed.failure));
            return ProviderStep::finish(explained(*parsed.failure));
        }
        const QJsonObject &root = parsed.object;
        switch (m_stage) {
        case Stage::ZoneList:
            return zonesListed(root);
        case Stage::ZoneGet:
            return zoneRead(root.value(QStringLiteral("zone")).toObject());
        case Stage::RRSets:
            return rrsetsListed(root);
        case Stage::Create:
        case Stage::SetRecords:
        case Stage::ChangeTtl:
            return written(root);
        case Stage::ActionPoll:
            m_stage = m_polledStage;
            return written(root);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { ZoneList, ZoneGet, RRSets, Create, SetRecords, ChangeTtl, ActionPoll };

    struct Zone {
        QString id;
        QString name;
        int ttl = 0;
        QString mode;
    };

    static Zone zoneFrom(const QJsonObject &object)
    {
        return Zone{jsonrest::idText(object.value(QStringLiteral("id"))),
                    dnsname::normalized(object.value(QStringLiteral("name")).toString()),
                    object.value(QStringLiteral("ttl")).toInt(), object.value(QStringLiteral("mode")).toString()};
    }

    UpdateResult explained(UpdateResult failure) const
    {
        if (failure.kind == ResultKind::NoSuchHost && m_stage == Stage::ZoneGet)
            failure.detail = Text::tr("this Hetzner project has no zone %1 (%2): check the account's zone setting, and "
                                      "that the token belongs to the project that holds the zone")
                                 .arg(m_zoneSetting, failure.detail);
        return failure;
    }

    ProviderStep send(const QByteArray &method, const QString &path, const QByteArray &query = {},
                      const QJsonObject &body = {})
    {
        QUrl url = appendPath(m_apiBase, path);
        if (!query.isEmpty())
            url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        ++m_requests;
        return ProviderStep::send(jsonrest::request(method, url, "Bearer " + m_token.toUtf8(),
                                                    body.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(body)));
    }

    ProviderStep listZones(int page)
    {
        m_stage = Stage::ZoneList;
        m_page = page;
        QByteArray query = "per_page=" + QByteArray::number(kPageSize);
        if (page > 1)
            query += "&page=" + QByteArray::number(page);
        return send("GET", QStringLiteral("/zones"), query);
    }

    static std::optional<int> nextPage(const QJsonObject &root)
    {
        const QJsonValue next = root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("pagination")).toObject().value(QStringLiteral("next_page"));
        if (!next.isDouble())
            return std::nullopt;
        return next.toInt();
    }

    ProviderStep zonesListed(const QJsonObject &root)
    {
        const QJsonValue zones = root.value(QStringLiteral("zones"));
        if (!zones.isArray())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Hetzner's zone list holds no zones"));
        for (const auto &value : zones.toArray())
            m_zones.append(zoneFrom(value.toObject()));
        if (const auto next = nextPage(root); next && *next > m_page && !zones.toArray().isEmpty()) {
            if (m_page >= kMaximumPages)
                return ProviderStep::finish(ResultKind::ConfigError,
                                            Text::tr("this Hetzner project has more than %1 zones: set the account's "
                                                     "zone setting to the zone's name")
                                                .arg(kMaximumPages * kPageSize));
            return listZones(*next);
        }
        QStringList names;
        for (const auto &zone : std::as_const(m_zones))
            names.append(zone.name);
        if (m_target.record.name.isEmpty()) {
            if (names.isEmpty())
                return ProviderStep::finish(ResultKind::NoSuchHost,
                                            Text::tr("the token works but its project has no DNS zone"));
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the token works; its project holds the zone(s) %1")
                                                            .arg(names.join(QStringLiteral(", "))));
        }
        const QString best = dnsname::longestZoneFor(m_target.record.name, names);
        if (best.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no zone of this Hetzner project contains %1 (zones: %2); a token sees "
                                                 "only the zones of its own project")
                                            .arg(m_target.record.name,
                                                 names.isEmpty() ? Text::tr("none") : names.join(QStringLiteral(", "))));
        for (const auto &zone : std::as_const(m_zones)) {
            if (zone.name == best)
                return zoneChosen(zone);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

    ProviderStep zoneRead(const QJsonObject &object)
    {
        const Zone zone = zoneFrom(object);
        if (zone.id.isEmpty() || zone.name.isEmpty())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Hetzner's answer holds no zone"));
        if (m_target.record.name.isEmpty())
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the token works; it can read the zone %1").arg(zone.name));
        if (!dnsname::isInZone(m_target.record.name, zone.name))
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("%1 is not in the zone %2 that the account's zone setting names")
                                            .arg(m_target.record.name, zone.name));
        return zoneChosen(zone);
    }

    ProviderStep zoneChosen(const Zone &zone)
    {
        m_zone = zone;
        if (zone.mode == QLatin1String("secondary"))
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("the zone %1 is a secondary zone, whose records Hetzner copies from "
                                                 "another name server: change the record there")
                                            .arg(zone.name));
        m_name = dnsname::relativeName(m_target.record.name, zone.name);
        return listRRSets(1);
    }

    ProviderStep listRRSets(int page)
    {
        m_stage = Stage::RRSets;
        m_page = page;
        QByteArray query = "name=" + rfc3986Encode(m_name) + "&type=" + rfc3986Encode(m_target.record.type)
                           + "&per_page=" + QByteArray::number(kPageSize);
        if (page > 1)
            query += "&page=" + QByteArray::number(page);
        return send("GET", QStringLiteral("/zones/%1/rrsets").arg(m_zone.id), query);
    }

    ProviderStep rrsetsListed(const QJsonObject &root)
    {
        const QJsonValue rrsets = root.value(QStringLiteral("rrsets"));
        if (!rrsets.isArray())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Hetzner's record list holds no record sets"));
        for (const auto &value : rrsets.toArray()) {
            const QJsonObject rrset = value.toObject();
            // Filter again: only this name and type, whatever the list held.
            if (rrset.value(QStringLiteral("name")).toString() != m_name
                || rrset.value(QStringLiteral("type")).toString() != m_target.record.type)
                continue;
            m_rrsetExists = true;
            const QJsonValue ttl = rrset.value(QStringLiteral("ttl"));
            // No TTL of its own: the zone's default applies.
            m_rrsetTtl = ttl.isDouble() ? ttl.toInt() : 0;
            for (const auto &record : rrset.value(QStringLiteral("records")).toArray())
                m_records.append(record.toObject());
        }
        if (const auto next = nextPage(root); next && *next > m_page && !rrsets.toArray().isEmpty()) {
            if (m_page >= kMaximumPages)
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("Hetzner listed more than %1 record sets for %2 %3; Homing changes "
                                                     "nothing")
                                                .arg(kMaximumPages * kPageSize)
                                                .arg(m_target.record.type, m_target.record.name));
            return listRRSets(*next);
        }
        return decide();
    }

    int effectiveTtl() const { return m_rrsetTtl > 0 ? m_rrsetTtl : m_zone.ttl; }

    QList<ExistingRecord> matches() const
    {
        // RRSet records have no ids: the record_id setting names a record by its comment.
        QList<ExistingRecord> result;
        for (const auto &record : m_records)
            result.append(ExistingRecord{record.value(QStringLiteral("comment")).toString(),
                                         record.value(QStringLiteral("value")).toString(), effectiveTtl()});
        return result;
    }

    QString managedId() const { return m_target.record.settings.value(QStringLiteral("record_id")).toString(); }

    ProviderStep decide()
    {
        const QList<ExistingRecord> existing = matches();
        if (m_mode == Mode::Check)
            return ProviderStep::finish(describeCheckFinding(existing, m_target.record, m_zone.name, managedId()));
        const RecordChoice choice = RecordChoice::choose(existing, m_target, managedId());
        const QString value = m_target.address.toString();
        m_wantTtlChange = m_target.record.ttl > 0 && m_target.record.ttl != effectiveTtl();
        switch (choice.action) {
        case RecordChoice::Action::Refuse:
            return ProviderStep::finish(choice.refusal);
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Create:
            if (m_rrsetExists) // an RRSet without records: fill it
                return setRecords({QJsonObject{{QStringLiteral("value"), value}}}, jsonrest::created().detail);
            return createRRSet();
        case RecordChoice::Action::Update:
            break;
        }
        const ExistingRecord &chosen = existing.at(choice.index);
        if (QHostAddress(chosen.value) == m_target.address)
            return changeTtl();
        // set_records replaces the whole set: send every record back, the
        // chosen one with the new value, each with its comment.
        QJsonArray records;
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            QJsonObject record{{QStringLiteral("value"), i == choice.index ? value : m_records.at(i).value(QStringLiteral("value")).toString()}};
            const QString comment = m_records.at(i).value(QStringLiteral("comment")).toString();
            if (!comment.isEmpty())
                record.insert(QStringLiteral("comment"), comment);
            records.append(record);
        }
        return setRecords(records, jsonrest::changed(chosen.value).detail);
    }

    ProviderStep createRRSet()
    {
        m_stage = Stage::Create;
        m_action = jsonrest::created().detail;
        QJsonObject body{{QStringLiteral("name"), m_name},
                         {QStringLiteral("type"), m_target.record.type},
                         {QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("value"), m_target.address.toString()}}}}};
        if (m_target.record.ttl > 0)
            body.insert(QStringLiteral("ttl"), m_target.record.ttl);
        return send("POST", QStringLiteral("/zones/%1/rrsets").arg(m_zone.id), {}, body);
    }

    QString rrsetPath() const
    {
        // Paths are set decoded: QUrl keeps "@" and "*" as they are, as the API wants them.
        return QStringLiteral("/zones/%1/rrsets/%2/%3").arg(m_zone.id, m_name, m_target.record.type);
    }

    ProviderStep setRecords(const QJsonArray &records, const QString &action)
    {
        m_stage = Stage::SetRecords;
        m_action = action;
        return send("POST", rrsetPath() + QStringLiteral("/actions/set_records"), {},
                    QJsonObject{{QStringLiteral("records"), records}});
    }

    ProviderStep changeTtl()
    {
        m_stage = Stage::ChangeTtl;
        m_wantTtlChange = false;
        const QString from = effectiveTtl() > 0 ? QString::number(effectiveTtl()) : Text::tr("the zone's default");
        m_action = m_action.isEmpty() ? Text::tr("TTL changed from %1 to %2").arg(from).arg(m_target.record.ttl)
                                      : Text::tr("%1, TTL changed from %2 to %3").arg(m_action, from).arg(m_target.record.ttl);
        return send("POST", rrsetPath() + QStringLiteral("/actions/change_ttl"), {},
                    QJsonObject{{QStringLiteral("ttl"), m_target.record.ttl}});
    }

    ProviderStep written(const QJsonObject &root)
    {
        // Writes are asynchronous actions: "success" means Hetzner applied the
        // change, "error" that it did not, "running" that it is still at it.
        const QJsonObject action = root.value(QStringLiteral("action")).toObject();
        const QString status = action.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("error")) {
            const QJsonObject error = action.value(QStringLiteral("error")).toObject();
            const QString code = error.value(QStringLiteral("code")).toString();
            QString detail = Text::tr("Hetzner could not apply the change (%1: %2)").arg(code, error.value(QStringLiteral("message")).toString());
            if (const QString advice = adviceForCode(code); !advice.isEmpty())
                detail += QStringLiteral("; ") + advice;
            return ProviderStep::finish(kindForCode(code).value_or(ResultKind::ServerError), detail);
        }
        if (status != QLatin1String("running") && status != QLatin1String("success"))
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Hetzner's answer holds no action status"));
        const bool ttlToChange = m_stage == Stage::SetRecords && m_wantTtlChange;
        if (status == QLatin1String("running")) {
            // Ask again, a bounded number of times, while the job has requests to spare.
            const QJsonValue id = action.value(QStringLiteral("id"));
            const int spare = JobRunner::kMaximumSteps - m_requests - (ttlToChange ? 1 : 0);
            if (m_polls < kMaximumPolls && spare > 0 && (id.isDouble() || id.isString())) {
                ++m_polls;
                m_polledStage = m_stage;
                m_stage = Stage::ActionPoll;
                return send("GET", QStringLiteral("/zones/actions/%1").arg(id.isDouble() ? QString::number(qint64(id.toDouble()))
                                                                                        : id.toString()));
            }
            m_stillRunning = true;
        }
        if (ttlToChange) {
            m_polls = 0;
            return changeTtl();
        }
        if (m_stillRunning)
            return ProviderStep::finish(ResultKind::Ok, Text::tr("%1 (Hetzner took the change and was still applying it)")
                                                            .arg(m_action));
        return ProviderStep::finish(ResultKind::Ok, m_action);
    }

    static constexpr int kMaximumPolls = 2; // per action

    QUrl m_apiBase;
    QString m_zoneSetting;
    RecordTarget m_target;
    QString m_token;
    Mode m_mode;
    Stage m_stage = Stage::ZoneList;
    int m_page = 1;
    QList<Zone> m_zones;
    Zone m_zone;
    QString m_name;
    bool m_rrsetExists = false;
    int m_rrsetTtl = 0;
    QList<QJsonObject> m_records;
    bool m_wantTtlChange = false;
    QString m_action;
    int m_requests = 0;              // sent so far, against JobRunner::kMaximumSteps
    int m_polls = 0;                 // of the current action
    Stage m_polledStage = Stage::SetRecords;
    bool m_stillRunning = false;     // an action was still running after the polls
};

} // namespace

HetznerCloudProvider::HetznerCloudProvider(QUrl apiBase, QString zone)
    : m_apiBase(std::move(apiBase))
    , m_zone(std::move(zone))
{
}

HetznerCloudProvider::Parsed HetznerCloudProvider::parse(const HttpReply &reply)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    const bool isObject = error.error == QJsonParseError::NoError && document.isObject();
    parsed.object = document.object();
    if (isObject && reply.status >= 200 && reply.status < 300)
        return parsed;

    const QJsonObject apiError = parsed.object.value(QStringLiteral("error")).toObject();
    const QString code = apiError.value(QStringLiteral("code")).toString();
    const QString message = apiError.value(QStringLiteral("message")).toString();
    QString detail = code.isEmpty() ? Text::tr("HTTP status %1: %2").arg(reply.status).arg(oneLine(reply.body))
                                    : Text::tr("HTTP status %1, %2: %3").arg(reply.status).arg(code, message);
    if (const QString advice = adviceForCode(code); !advice.isEmpty())
        detail += QStringLiteral("; ") + advice;

    std::optional<ResultKind> kind = code.isEmpty() ? std::nullopt : kindForCode(code);
    if (!kind)
        kind = classifyHttpStatus(reply.status);
    if (!kind) {
        if (reply.status == 404)
            kind = ResultKind::NoSuchHost;
        else if (reply.status >= 400 && reply.status < 500 && isObject)
            kind = ResultKind::ConfigError;
        else
            kind = ResultKind::BadResponse;
    }
    UpdateResult result = UpdateResult::make(*kind, detail);
    if (*kind == ResultKind::RateLimited)
        result.retryAfterSeconds = waitAfterRateLimit(reply); // nullopt: the core reads Retry-After
    parsed.failure = result;
    return parsed;
}

std::unique_ptr<Provider> HetznerCloudProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    QString zone = account.settings.value(QStringLiteral("zone")).toString().trimmed();
    if (!zone.isEmpty() && !zone.front().isDigit())
        zone = dnsname::normalized(zone);
    return std::make_unique<HetznerCloudProvider>(
        endpointUrl(account.endpoint, QStringLiteral("https://api.hetzner.cloud/v1"), QString(), issues), zone);
}

QList<ConfigIssue> HetznerCloudProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl != 0 && (record.ttl < kMinimumTtl || record.ttl > kMaximumTtl))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"),
                                         Text::tr("Hetzner takes TTLs from %1 seconds up; 0 keeps the zone's default")
                                             .arg(kMinimumTtl)));
    return issues;
}

std::unique_ptr<ProviderJob> HetznerCloudProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<HetznerCloudJob>(m_apiBase, m_zone, target, secrets.value(QStringLiteral("token")),
                                             HetznerCloudJob::Mode::Update);
}

std::unique_ptr<ProviderJob> HetznerCloudProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<HetznerCloudJob>(m_apiBase, m_zone, RecordTarget{record, {}},
                                             secrets.value(QStringLiteral("token")), HetznerCloudJob::Mode::Check);
}

} // namespace homing::providers
