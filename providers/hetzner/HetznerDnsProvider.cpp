#include "HetznerDnsProvider.h"

#include "jsonrest/JsonRest.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "signing/Rfc3986.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace homing::providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Hetzner)
};

// Zones come 100 a page (the API's maximum); records come all at once unless
// the server pages them, which is then followed. The caps keep a job within
// JobRunner::kMaximumSteps: four zone pages, six record pages, one write.
constexpr int kZonePageSize = 100;
constexpr int kMaximumZonePages = 4;
constexpr int kMaximumRecordPages = 6;

QString movedHint()
{
    return Text::tr("if the zone was moved to Hetzner Console, use the provider hetzner with a Hetzner Console API "
                    "token instead");
}

class HetznerDnsJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    HetznerDnsJob(QUrl apiBase, QString zoneId, RecordTarget target, QString token, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_zoneId(std::move(zoneId))
        , m_target(std::move(target))
        , m_token(std::move(token))
        , m_mode(mode)
    {
    }

    ProviderStep start() override
    {
        if (!m_zoneId.isEmpty()) {
            m_stage = Stage::ZoneGet;
            return send("GET", QStringLiteral("/zones/%1").arg(m_zoneId));
        }
        return listZones(1);
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        HetznerDnsProvider::Parsed parsed = HetznerDnsProvider::parse(reply);
        if (parsed.failure) {
            UpdateResult failure = *parsed.failure;
            if (failure.kind == ResultKind::NoSuchHost && m_stage != Stage::Write)
                failure.detail += QStringLiteral("; ") + movedHint();
            else if (failure.kind == ResultKind::NoSuchHost)
                failure.kind = ResultKind::ServerError; // the record went away meanwhile: look again next time
            return ProviderStep::finish(failure);
        }
        const QJsonObject &root = parsed.object;
        switch (m_stage) {
        case Stage::ZoneList:
            return zonesListed(root);
        case Stage::ZoneGet:
            return zoneRead(root.value(QStringLiteral("zone")).toObject());
        case Stage::Records:
            return recordsListed(root);
        case Stage::Write:
            return written(root);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { ZoneList, ZoneGet, Records, Write };

    ProviderStep send(const QByteArray &method, const QString &path, const QByteArray &query = {},
                      const QJsonObject &body = {})
    {
        QUrl url = appendPath(m_apiBase, path);
        if (!query.isEmpty())
            url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        return ProviderStep::send(jsonrest::requestWith(method, url, {"Auth-API-Token", m_token.toUtf8()},
                                                        body.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(body)));
    }

    static std::pair<int, int> pagination(const QJsonObject &root)
    {
        const QJsonObject page = root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("pagination")).toObject();
        return {page.value(QStringLiteral("page")).toInt(1), page.value(QStringLiteral("last_page")).toInt(1)};
    }

    ProviderStep listZones(int page)
    {
        m_stage = Stage::ZoneList;
        m_page = page;
        return send("GET", QStringLiteral("/zones"),
                    "page=" + QByteArray::number(page) + "&per_page=" + QByteArray::number(kZonePageSize));
    }

    ProviderStep zonesListed(const QJsonObject &root)
    {
        const QJsonValue zones = root.value(QStringLiteral("zones"));
        if (!zones.isArray())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Hetzner's zone list holds no zones"));
        for (const auto &value : zones.toArray()) {
            const QJsonObject zone = value.toObject();
            m_zones.append(std::make_pair(zone.value(QStringLiteral("id")).toString(),
                                          dnsname::normalized(zone.value(QStringLiteral("name")).toString())));
        }
        const auto [page, lastPage] = pagination(root);
        if (lastPage > page && !zones.toArray().isEmpty()) {
            if (m_page >= kMaximumZonePages)
                return ProviderStep::finish(ResultKind::ConfigError,
                                            Text::tr("this Hetzner DNS account has more than %1 zones: set the "
                                                     "account's zone_id")
                                                .arg(kMaximumZonePages * kZonePageSize));
            return listZones(m_page + 1);
        }
        QStringList names;
        for (const auto &zone : std::as_const(m_zones))
            names.append(zone.second);
        if (m_target.record.name.isEmpty()) {
            if (names.isEmpty())
                return ProviderStep::finish(ResultKind::NoSuchHost, Text::tr("the token works but the account has no zone; %1")
                                                                        .arg(movedHint()));
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the token works; it can read the zone(s) %1")
                                                            .arg(names.join(QStringLiteral(", "))));
        }
        const QString best = dnsname::longestZoneFor(m_target.record.name, names);
        if (best.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost, Text::tr("no zone of this Hetzner DNS account contains %1; %2")
                                                                    .arg(m_target.record.name, movedHint()));
        for (const auto &zone : std::as_const(m_zones)) {
            if (zone.second == best) {
                m_zoneId = zone.first;
                m_zoneName = zone.second;
            }
        }
        return listRecords(1);
    }

    ProviderStep zoneRead(const QJsonObject &zone)
    {
        m_zoneName = dnsname::normalized(zone.value(QStringLiteral("name")).toString());
        if (m_zoneName.isEmpty())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Hetzner's answer holds no zone"));
        if (m_target.record.name.isEmpty())
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the token works; it can read the zone %1").arg(m_zoneName));
        if (!dnsname::isInZone(m_target.record.name, m_zoneName))
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("%1 is not in the zone %2 that the account's zone_id names")
                                            .arg(m_target.record.name, m_zoneName));
        return listRecords(1);
    }

    ProviderStep listRecords(int page)
    {
        m_stage = Stage::Records;
        m_page = page;
        m_name = dnsname::relativeName(m_target.record.name, m_zoneName, QStringLiteral("@"));
        // Without page/per_page the API returns every record of the zone.
        QByteArray query = "zone_id=" + rfc3986Encode(m_zoneId);
        if (page > 1)
            query += "&page=" + QByteArray::number(page) + "&per_page=" + QByteArray::number(m_perPage);
        return send("GET", QStringLiteral("/records"), query);
    }

    ProviderStep recordsListed(const QJsonObject &root)
    {
        const QJsonValue records = root.value(QStringLiteral("records"));
        if (!records.isArray())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Hetzner's record list holds no records"));
        for (const auto &value : records.toArray()) {
            const QJsonObject record = value.toObject();
            if (record.value(QStringLiteral("name")).toString() == m_name
                && record.value(QStringLiteral("type")).toString() == m_target.record.type)
                m_records.append(record);
        }
        const auto [page, lastPage] = pagination(root);
        if (lastPage > page && !records.toArray().isEmpty()) {
            if (m_page >= kMaximumRecordPages)
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("the zone %1 has more than %2 pages of records; Homing changes nothing")
                                                .arg(m_zoneName)
                                                .arg(kMaximumRecordPages));
            m_perPage = root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("pagination")).toObject().value(QStringLiteral("per_page")).toInt(100);
            return listRecords(m_page + 1);
        }
        return decide();
    }

    QList<ExistingRecord> matches() const
    {
        QList<ExistingRecord> result;
        for (const auto &record : m_records)
            result.append(ExistingRecord{record.value(QStringLiteral("id")).toString(),
                                         record.value(QStringLiteral("value")).toString(),
                                         record.value(QStringLiteral("ttl")).toInt()});
        return result;
    }

    ProviderStep decide()
    {
        const QList<ExistingRecord> existing = matches();
        const QString managedId = m_target.record.settings.value(QStringLiteral("record_id")).toString();
        if (m_mode == Mode::Check)
            return ProviderStep::finish(describeCheckFinding(existing, m_target.record, m_zoneName, managedId));
        const RecordChoice choice = RecordChoice::choose(existing, m_target, managedId);
        QJsonObject body{{QStringLiteral("value"), m_target.address.toString()},
                         {QStringLiteral("type"), m_target.record.type},
                         {QStringLiteral("name"), m_name},
                         {QStringLiteral("zone_id"), m_zoneId}};
        switch (choice.action) {
        case RecordChoice::Action::Refuse:
            return ProviderStep::finish(choice.refusal);
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Create:
            if (m_target.record.ttl > 0)
                body.insert(QStringLiteral("ttl"), m_target.record.ttl);
            m_stage = Stage::Write;
            m_action = jsonrest::created().detail;
            return send("POST", QStringLiteral("/records"), {}, body);
        case RecordChoice::Action::Update:
            break;
        }
        // PUT replaces the record: keep its own TTL unless one is configured.
        const QJsonObject &record = m_records.at(choice.index);
        if (m_target.record.ttl > 0)
            body.insert(QStringLiteral("ttl"), m_target.record.ttl);
        else if (record.value(QStringLiteral("ttl")).isDouble())
            body.insert(QStringLiteral("ttl"), record.value(QStringLiteral("ttl")).toInt());
        m_stage = Stage::Write;
        m_action = jsonrest::changed(record.value(QStringLiteral("value")).toString()).detail;
        return send("PUT", QStringLiteral("/records/%1").arg(record.value(QStringLiteral("id")).toString()), {}, body);
    }

    ProviderStep written(const QJsonObject &root)
    {
        const QString value = root.value(QStringLiteral("record")).toObject().value(QStringLiteral("value")).toString();
        if (QHostAddress(value) != m_target.address)
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Hetzner answered with %1 instead of %2")
                                                                     .arg(value, m_target.address.toString()));
        return ProviderStep::finish(ResultKind::Ok, m_action);
    }

    QUrl m_apiBase;
    QString m_zoneId;
    RecordTarget m_target;
    QString m_token;
    Mode m_mode;
    Stage m_stage = Stage::ZoneList;
    int m_page = 1;
    int m_perPage = 100;
    QList<std::pair<QString, QString>> m_zones; // id, name
    QString m_zoneName;
    QString m_name;
    QList<QJsonObject> m_records;
    QString m_action;
};

} // namespace

HetznerDnsProvider::HetznerDnsProvider(QUrl apiBase, QString zoneId)
    : m_apiBase(std::move(apiBase))
    , m_zoneId(std::move(zoneId))
{
}

HetznerDnsProvider::Parsed HetznerDnsProvider::parse(const HttpReply &reply)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    const bool isObject = error.error == QJsonParseError::NoError && document.isObject();
    parsed.object = document.object();
    if (isObject && reply.status >= 200 && reply.status < 300)
        return parsed;
    // Two shapes: {"message": "…"} (401, 429 from the gateway) and
    // {"error": {"message": "…", "code": N}} (404, 422).
    QString message = parsed.object.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = parsed.object.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = oneLine(reply.body);
    QString detail = Text::tr("HTTP status %1: %2").arg(reply.status).arg(message);
    std::optional<ResultKind> kind = classifyHttpStatus(reply.status);
    if (reply.status == 401 || reply.status == 403)
        detail += QStringLiteral("; ") + Text::tr("create a token in the DNS Console under Manage API access tokens");
    if (!kind) {
        if (reply.status == 404)
            kind = ResultKind::NoSuchHost;
        else if (reply.status == 406 || reply.status == 409 || reply.status == 422 || reply.status == 400)
            kind = ResultKind::ConfigError;
        else
            kind = ResultKind::BadResponse;
    }
    parsed.failure = UpdateResult::make(*kind, detail);
    return parsed;
}

std::unique_ptr<Provider> HetznerDnsProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    return std::make_unique<HetznerDnsProvider>(
        endpointUrl(account.endpoint, QStringLiteral("https://dns.hetzner.com/api/v1"), QString(), issues),
        account.settings.value(QStringLiteral("zone_id")).toString().trimmed());
}

QList<ConfigIssue> HetznerDnsProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl != 0 && record.ttl < kMinimumTtl)
        issues.append(ConfigIssue::error(QStringLiteral("ttl"),
                                         Text::tr("Hetzner takes TTLs from %1 seconds up; 0 keeps the zone's default")
                                             .arg(kMinimumTtl)));
    return issues;
}

std::unique_ptr<ProviderJob> HetznerDnsProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<HetznerDnsJob>(m_apiBase, m_zoneId, target, secrets.value(QStringLiteral("token")),
                                           HetznerDnsJob::Mode::Update);
}

std::unique_ptr<ProviderJob> HetznerDnsProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<HetznerDnsJob>(m_apiBase, m_zoneId, RecordTarget{record, {}},
                                           secrets.value(QStringLiteral("token")), HetznerDnsJob::Mode::Check);
}

} // namespace homing::providers
