#include "ClouDnsProvider.h"

#include "jsonrest/JsonRest.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordFields.h"
#include "signing/Rfc3986.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::ClouDns)
};

// Lists come 100 rows a page (the largest ClouDNS allows); a full page means
// there may be another. The caps keep a job within JobRunner::kMaximumSteps:
// four zone pages, four record pages, one write.
constexpr int kRowsPerPage = 100;
constexpr int kMaximumPages = 4;
constexpr int kDefaultTtl = 3600; // what ClouDNS's own panel proposes

QString ttlList()
{
    QStringList values;
    for (int ttl : ClouDnsProvider::allowedTtls())
        values.append(QString::number(ttl));
    return values.join(QStringLiteral(", "));
}

using Params = QList<std::pair<QByteArray, QString>>;

class ClouDnsJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    ClouDnsJob(QUrl apiBase, ClouDnsProvider::Identity identity, QString id, QString zone, RecordTarget target,
               QString password, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_identity(identity)
        , m_id(std::move(id))
        , m_zone(std::move(zone))
        , m_target(std::move(target))
        , m_password(std::move(password))
        , m_mode(mode)
    {
    }

    ProviderStep start() override
    {
        if (!m_zone.isEmpty()) {
            if (m_target.record.name.isEmpty()) {
                m_stage = Stage::ZoneInfo;
                return send("get-zone-info", {{"domain-name", m_zone}});
            }
            if (!dnsname::isInZone(m_target.record.name, m_zone))
                return ProviderStep::finish(ResultKind::ConfigError,
                                            Text::tr("%1 is not in the zone %2 that the account's zone setting names")
                                                .arg(m_target.record.name, m_zone));
            // The zone's type first: a slave or parked zone is refused with advice.
            m_stage = Stage::ZoneInfo;
            return send("get-zone-info", {{"domain-name", m_zone}});
        }
        return listZones(1);
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        const bool writing = m_stage == Stage::Write;
        const ClouDnsProvider::Parsed parsed = ClouDnsProvider::parse(reply, writing);
        if (parsed.failure) {
            UpdateResult failure = *parsed.failure;
            if (failure.kind == ResultKind::ConfigError && writing && failure.detail.contains(QLatin1String("TTL")))
                failure.detail += QStringLiteral("; ") + Text::tr("the TTL sent was %1; ClouDNS plans allow some of %2 seconds")
                                                             .arg(m_sentTtl)
                                                             .arg(ttlList());
            return ProviderStep::finish(failure);
        }
        switch (m_stage) {
        case Stage::Zones:
            return zonesListed(parsed.document);
        case Stage::ZoneInfo:
            return zoneInfoRead(parsed.document.object());
        case Stage::Records:
            return recordsListed(parsed.document);
        case Stage::Write:
            return written(parsed.document.object());
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Zones, ZoneInfo, Records, Write };

    ProviderStep send(const char *method, const Params &params)
    {
        // A POST form keeps the password out of the URL (and out of logs).
        const char *identity = m_identity == ClouDnsProvider::Identity::AuthId      ? "auth-id"
                               : m_identity == ClouDnsProvider::Identity::SubAuthId ? "sub-auth-id"
                                                                                    : "sub-auth-user";
        QByteArray body = QByteArray(identity) + '=' + rfc3986Encode(m_id) + "&auth-password=" + rfc3986Encode(m_password);
        for (const auto &param : params)
            body += '&' + param.first + '=' + rfc3986Encode(param.second);
        HttpRequest request;
        request.method = "POST";
        request.url = appendPath(m_apiBase, QStringLiteral("/dns/%1.json").arg(QLatin1String(method)));
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        request.setHeader("Accept", "application/json");
        request.body = body;
        request.carriesCredential = true;
        return ProviderStep::send(request);
    }

    ProviderStep listZones(int page)
    {
        m_stage = Stage::Zones;
        m_page = page;
        Params params{{"page", QString::number(page)}, {"rows-per-page", QString::number(kRowsPerPage)}};
        // Every zone that could hold the name ends with its last two labels:
        // searching for them keeps the list short without missing any.
        const QStringList candidates = dnsname::zoneCandidates(m_target.record.name);
        if (!candidates.isEmpty())
            params.append(std::make_pair(QByteArray("search"), candidates.last()));
        return send("list-zones", params);
    }

    ProviderStep zonesListed(const QJsonDocument &document)
    {
        if (!document.isArray())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("ClouDNS's zone list is not a list"));
        const QJsonArray zones = document.array();
        for (const auto &value : zones) {
            const QJsonObject zone = value.toObject();
            m_zones.append(std::make_pair(dnsname::normalized(zone.value(QStringLiteral("name")).toString()),
                                          zone.value(QStringLiteral("type")).toString()));
        }
        if (zones.size() >= kRowsPerPage) {
            if (m_page >= kMaximumPages)
                return ProviderStep::finish(ResultKind::ConfigError,
                                            Text::tr("the account has more than %1 zones like %2: set the account's zone "
                                                     "setting")
                                                .arg(kMaximumPages * kRowsPerPage)
                                                .arg(m_target.record.name));
            return listZones(m_page + 1);
        }
        QStringList names;
        for (const auto &zone : std::as_const(m_zones))
            names.append(zone.first);
        if (m_target.record.name.isEmpty()) {
            if (names.isEmpty())
                return ProviderStep::finish(ResultKind::NoSuchHost, Text::tr("the API user works but reaches no zone"));
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the API user works; it reaches the zone(s) %1")
                                                            .arg(names.join(QStringLiteral(", "))));
        }
        m_zone = dnsname::longestZoneFor(m_target.record.name, names);
        if (m_zone.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no ClouDNS zone that this API user reaches contains %1 (a sub-user "
                                                 "reaches only the zones it was given)")
                                            .arg(m_target.record.name));
        for (const auto &zone : std::as_const(m_zones)) {
            if (zone.first == m_zone && isReadOnlyType(zone.second))
                return ProviderStep::finish(readOnlyZone(zone.second));
        }
        return listRecords(1);
    }

    static bool isReadOnlyType(const QString &type)
    {
        return type == QLatin1String("slave") || type == QLatin1String("parked");
    }

    UpdateResult readOnlyZone(const QString &type) const
    {
        return UpdateResult::make(ResultKind::ConfigError, Text::tr("the ClouDNS zone %1 is a %2 zone, whose records cannot "
                                                                    "be changed here: change the record where the zone is "
                                                                    "managed")
                                                               .arg(m_zone, type));
    }

    // The zone the account's zone setting names, read with get-zone-info.
    ProviderStep zoneInfoRead(const QJsonObject &info)
    {
        const QString type = info.value(QStringLiteral("type")).toString();
        if (isReadOnlyType(type))
            return ProviderStep::finish(readOnlyZone(type));
        if (m_target.record.name.isEmpty())
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the API user works; it can read the zone %1").arg(m_zone));
        return listRecords(1);
    }

    ProviderStep listRecords(int page)
    {
        m_stage = Stage::Records;
        m_page = page;
        // The apex is the empty host.
        m_host = dnsname::relativeName(m_target.record.name, m_zone, QString());
        return send("records", {{"domain-name", m_zone},
                                {"host", m_host},
                                {"type", m_target.record.type},
                                {"rows-per-page", QString::number(kRowsPerPage)},
                                {"page", QString::number(page)}});
    }

    ProviderStep recordsListed(const QJsonDocument &document)
    {
        // An object keyed by record id; no record at all is an empty array.
        if (document.isArray() && document.array().isEmpty())
            return decide();
        if (!document.isObject())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("ClouDNS's record list is not what Homing knows"));
        const QJsonObject records = document.object();
        for (auto it = records.begin(); it != records.end(); ++it) {
            const QJsonObject record = it.value().toObject();
            if (record.value(QStringLiteral("host")).toString() == m_host
                && record.value(QStringLiteral("type")).toString() == m_target.record.type)
                m_records.append(record);
        }
        if (records.size() >= kRowsPerPage) {
            if (m_page >= kMaximumPages)
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("ClouDNS listed more than %1 %2 records for %3; Homing changes nothing")
                                                .arg(kMaximumPages * kRowsPerPage)
                                                .arg(m_target.record.type, m_target.record.name));
            return listRecords(m_page + 1);
        }
        return decide();
    }

    static int number(const QJsonValue &value)
    {
        return value.isDouble() ? value.toInt() : value.toString().toInt();
    }

    ProviderStep decide()
    {
        QList<ExistingRecord> existing;
        for (const auto &record : std::as_const(m_records))
            existing.append(ExistingRecord{record.value(QStringLiteral("id")).toString(),
                                           record.value(QStringLiteral("record")).toString(),
                                           number(record.value(QStringLiteral("ttl")))});
        const QString managedId = m_target.record.settings.value(QStringLiteral("record_id")).toString();
        if (m_mode == Mode::Check)
            return ProviderStep::finish(describeCheckFinding(existing, m_target.record, m_zone, managedId));
        const RecordChoice choice = RecordChoice::choose(existing, m_target, managedId);
        if (choice.action == RecordChoice::Action::Refuse)
            return ProviderStep::finish(choice.refusal);
        if (choice.action == RecordChoice::Action::Create) {
            m_sentTtl = m_target.record.ttl > 0 ? m_target.record.ttl : kDefaultTtl;
            m_stage = Stage::Write;
            m_action = jsonrest::created().detail;
            return send("add-record", {{"domain-name", m_zone},
                                       {"record-type", m_target.record.type},
                                       {"host", m_host},
                                       {"record", m_target.address.toString()},
                                       {"ttl", QString::number(m_sentTtl)}});
        }
        const QJsonObject &record = m_records.at(choice.index);
        // A record switched off in the panel stays as the user left it.
        if (number(record.value(QStringLiteral("status"))) == 0 && record.contains(QStringLiteral("status")))
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("the %1 record of %2 (id %3) is switched off in ClouDNS; Homing does not "
                                                 "change a record that is off: switch it on, or delete it")
                                            .arg(m_target.record.type, m_target.record.name, existing.at(choice.index).id));
        if (choice.action == RecordChoice::Action::Keep)
            return ProviderStep::finish(choice.keepResult(m_target));
        // mod-record wants host, record and ttl: the record's own TTL unless one is configured.
        m_sentTtl = m_target.record.ttl > 0 ? m_target.record.ttl : existing.at(choice.index).ttl;
        if (m_sentTtl <= 0)
            m_sentTtl = kDefaultTtl;
        m_stage = Stage::Write;
        m_action = jsonrest::changed(existing.at(choice.index).value).detail;
        return send("mod-record", {{"domain-name", m_zone},
                                   {"record-id", existing.at(choice.index).id},
                                   {"host", m_host},
                                   {"record", m_target.address.toString()},
                                   {"ttl", QString::number(m_sentTtl)}});
    }

    ProviderStep written(const QJsonObject &root)
    {
        if (root.value(QStringLiteral("status")).toString() != QLatin1String("Success"))
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("ClouDNS did not say the change succeeded: %1")
                                            .arg(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact))));
        return ProviderStep::finish(ResultKind::Ok, m_action);
    }

    QUrl m_apiBase;
    ClouDnsProvider::Identity m_identity;
    QString m_id;
    QString m_zone;
    RecordTarget m_target;
    QString m_password;
    Mode m_mode;
    Stage m_stage = Stage::Zones;
    int m_page = 1;
    QList<std::pair<QString, QString>> m_zones; // name, type
    QString m_host;
    QList<QJsonObject> m_records;
    int m_sentTtl = 0;
    QString m_action;
};

} // namespace

ClouDnsProvider::ClouDnsProvider(QUrl apiBase, Identity identity, QString id, QString zone)
    : m_apiBase(std::move(apiBase))
    , m_identity(identity)
    , m_id(std::move(id))
    , m_zone(std::move(zone))
{
}

const QList<int> &ClouDnsProvider::allowedTtls()
{
    static const QList<int> ttls{60, 300, 900, 1800, 3600, 21600, 43200, 86400, 172800, 259200, 604800};
    return ttls;
}

ClouDnsProvider::Parsed ClouDnsProvider::parse(const HttpReply &reply, bool writing)
{
    Parsed parsed;
    if (reply.status < 200 || reply.status >= 300) {
        const auto kind = classifyHttpStatus(reply.status);
        parsed.failure = UpdateResult::make(kind.value_or(ResultKind::BadResponse),
                                            Text::tr("HTTP status %1: %2").arg(reply.status).arg(oneLine(reply.body)));
        return parsed;
    }
    QJsonParseError error;
    parsed.document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.failure = UpdateResult::make(ResultKind::BadResponse,
                                            Text::tr("ClouDNS's answer is not JSON: %1").arg(oneLine(reply.body)));
        return parsed;
    }
    const QJsonObject root = parsed.document.object();
    if (root.value(QStringLiteral("status")).toString() != QLatin1String("Failed"))
        return parsed;
    // Every failure is HTTP 200 with {"status":"Failed","statusDescription":"…"}.
    const QString description = root.value(QStringLiteral("statusDescription")).toString();
    const auto has = [&description](const char *text) { return description.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("Invalid authentication")) {
        parsed.failure = UpdateResult::make(
            ResultKind::AuthFailed,
            Text::tr("%1: check the API user's ID and its type (auth_type), its password, and that the API user allows "
                     "this computer's IP address (ClouDNS > API & Resellers)")
                .arg(description));
    } else if (has("Missing domain")) {
        parsed.failure = UpdateResult::make(
            ResultKind::NoSuchHost,
            Text::tr("%1: ClouDNS has no such zone in this account, or the API user may not reach it").arg(description));
    } else if (has("Request blocked") || has("requests per")) {
        parsed.failure = UpdateResult::make(ResultKind::RateLimited, Text::tr("ClouDNS: %1").arg(description));
    } else if (has("Invalid record-id")) {
        // The record went away between the list and the change: look again next time.
        parsed.failure = UpdateResult::make(ResultKind::ServerError, Text::tr("ClouDNS: %1").arg(description));
    } else if (writing && (has("TTL") || has("host") || has("record") || has("invalid"))) {
        // About what Homing sent: the same request would fail again.
        parsed.failure = UpdateResult::make(ResultKind::ConfigError, Text::tr("ClouDNS: %1").arg(description));
    } else {
        parsed.failure = UpdateResult::make(
            ResultKind::BadResponse,
            Text::tr("ClouDNS refused without a reason Homing knows; Homing tries again later. ClouDNS said: %1")
                .arg(description.isEmpty() ? oneLine(reply.body) : description));
    }
    return parsed;
}

std::unique_ptr<Provider> ClouDnsProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    const QString type = account.settings.value(QStringLiteral("auth_type")).toString();
    const Identity identity = type == QLatin1String("sub-auth-id")     ? Identity::SubAuthId
                              : type == QLatin1String("sub-auth-user") ? Identity::SubAuthUser
                                                                       : Identity::AuthId;
    const QString id = account.settings.value(QStringLiteral("auth_id")).toString().trimmed();
    if (identity != Identity::SubAuthUser && !id.isEmpty() && !QRegularExpression(QStringLiteral("^[0-9]+$")).match(id).hasMatch()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.auth_id"),
                                         Text::tr("must be the API user's numeric ID; for a sub-user given by name, set "
                                                  "auth_type to sub-auth-user")));
        return nullptr;
    }
    return std::make_unique<ClouDnsProvider>(
        endpointUrl(account.endpoint, QStringLiteral("https://api.cloudns.net"), QString(), issues), identity, id,
        dnsname::normalized(account.settings.value(QStringLiteral("zone")).toString()));
}

QList<ConfigIssue> ClouDnsProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl != 0 && !allowedTtls().contains(record.ttl))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"),
                                         Text::tr("ClouDNS takes only these TTLs: %1 seconds (0 uses 3600)").arg(ttlList())));
    return issues;
}

std::unique_ptr<ProviderJob> ClouDnsProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<ClouDnsJob>(m_apiBase, m_identity, m_id, m_zone, target,
                                        secrets.value(QStringLiteral("password")), ClouDnsJob::Mode::Update);
}

std::unique_ptr<ProviderJob> ClouDnsProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<ClouDnsJob>(m_apiBase, m_identity, m_id, m_zone, RecordTarget{record, {}},
                                        secrets.value(QStringLiteral("password")), ClouDnsJob::Mode::Check);
}

} // namespace providers

void registerClouDnsProvider(ProviderRegistry &registry)
{
    const auto authType = FieldSpec::setting(
        QStringLiteral("auth_type"), QT_TRANSLATE_NOOP("homing::Providers", "API user type"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "auth-id for the account's API user, sub-auth-id for a sub-user given by its ID, "
                          "sub-auth-user for a sub-user given by its name."),
        FieldSpec::Type::Choice)
                              .withChoices({QStringLiteral("auth-id"), QStringLiteral("sub-auth-id"), QStringLiteral("sub-auth-user")})
                              .withDefault(QStringLiteral("auth-id"));
    const auto authId = FieldSpec::setting(
        QStringLiteral("auth_id"), QT_TRANSLATE_NOOP("homing::Providers", "API user ID"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "From ClouDNS > API & Resellers (the API needs a paid plan). Best a sub-user (Add new "
                          "sub-user) given only the zone Homing updates: it can then list and change that zone's "
                          "records and nothing else. Limit the API user to your IP addresses there too."))
                            .makeRequired();
    const auto password = FieldSpec::secret(
        QStringLiteral("password"), QT_TRANSLATE_NOOP("homing::Providers", "API user password"),
        QT_TRANSLATE_NOOP("homing::Providers", "The password of that API user or sub-user (auth-password)."))
                              .makeRequired();
    const auto zone = FieldSpec::setting(
        QStringLiteral("zone"), QT_TRANSLATE_NOOP("homing::Providers", "Zone"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional. The zone's name (example.com); when set, Homing does not list the zones to find "
                          "it."));

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("cloudns");
    descriptor.name = QStringLiteral("ClouDNS");
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {authType, authId, password, zone, providers::recordIdField()};
    descriptor.create = &providers::ClouDnsProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {60, 604800};
    registry.add(std::move(descriptor));
}

} // namespace homing
