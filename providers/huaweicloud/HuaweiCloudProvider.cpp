#include "HuaweiCloudProvider.h"

#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordFields.h"
#include "signing/HostHeader.h"
#include "signing/HuaweiSigner.h"
#include "signing/Rfc3986.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::HuaweiCloud)
};

// Lists are read with the API's largest page and followed with "marker" (the
// id of the last item read), as the SDKs do. Zone pages, record set pages and
// the write stay within JobRunner::kMaximumSteps (12 requests per job).
constexpr int kPageSize = 500;
constexpr int kMaximumZonePages = 4;
constexpr int kMaximumRecordSetPages = 6;
const QByteArray kContentType = "application/json";

struct Zone {
    QString id;
    QString name; // without the final dot, lower case
    QString status;
};

// A record set of exactly the name, type and line: Huawei keeps a name's
// values of one type and line in one set ("records": [...]).
struct RecordSet {
    QString id;
    QString name; // as the API wrote it, with the final dot
    QString type;
    int ttl = 0;
    QStringList values;
};

QString withFinalDot(const QString &name)
{
    return name.endsWith(QLatin1Char('.')) ? name : name + QLatin1Char('.');
}

QString permissionHint()
{
    return Text::tr("the IAM user needs DNS FullAccess or a policy allowing dns:zone:list, dns:recordset:list, "
                    "dns:recordset:create and dns:recordset:update");
}

// The gateway's throttling message names its window ("...,limit:20,time:1
// minute"); that is how long to wait when no Retry-After comes with it.
std::optional<int> throttleWindowSeconds(const QString &message)
{
    static const QRegularExpression window(QStringLiteral("time:\\s*(\\d{1,6})\\s*(second|minute|hour|day)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = window.match(message);
    if (!match.hasMatch())
        return std::nullopt;
    const int count = match.captured(1).toInt();
    const QString unit = match.captured(2).toLower();
    const int unitSeconds = unit == QLatin1String("day") ? 86400 : unit == QLatin1String("hour") ? 3600
                          : unit == QLatin1String("minute")                                   ? 60
                                                                                              : 1;
    return qMin(count * unitSeconds, 86400);
}

class HuaweiCloudJob final : public ProviderJob
{
public:
    // Update: bring the record set to the address. Check: the same reads, then
    // say what an update would do, without writing.
    enum class Mode { Update, Check };

    HuaweiCloudJob(QUrl apiBase, QString accessKeyId, QString projectId, RecordTarget target, QString secret, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_accessKeyId(std::move(accessKeyId))
        , m_projectId(std::move(projectId))
        , m_target(std::move(target))
        , m_secret(std::move(secret))
        , m_mode(mode)
        , m_line(HuaweiCloudProvider::lineOf(m_target.record))
        , m_managedId(managedRecordId(m_target.record))
    {
    }

    ProviderStep start() override { return listZones(); }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        if (const auto failure = HuaweiCloudProvider::classifyFailure(reply))
            return ProviderStep::finish(*failure);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("Huawei Cloud DNS answered HTTP status %1 with something that is not a JSON "
                                                 "object: %2")
                                            .arg(reply.status)
                                            .arg(oneLine(reply.body)));
        const QJsonObject root = document.object();
        switch (m_stage) {
        case Stage::Zones:
            return zonesListed(root);
        case Stage::RecordSets:
            return recordSetsListed(root);
        case Stage::Write:
            return written(root);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Zones, RecordSets, Write };

    // A signed request: content-type, host, x-sdk-date (and x-project-id when
    // set) are signed, as Huawei's SDKs sign them.
    HttpRequest request(const QByteArray &method, const QString &path, const ByteArrayPairs &query = {},
                        const QJsonObject &body = {}) const
    {
        HttpRequest request;
        request.method = method;
        request.url = appendPath(m_apiBase, path);
        if (!query.isEmpty()) {
            // The query goes out exactly as it is signed: RFC 3986-encoded, never QUrlQuery's spelling.
            QList<QByteArray> parts;
            for (const auto &[name, value] : query)
                parts.append(rfc3986Encode(name) + '=' + rfc3986Encode(value));
            request.url.setQuery(QString::fromLatin1(parts.join('&')), QUrl::StrictMode);
        }
        if (!body.isEmpty())
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);

        HuaweiRequest signing;
        signing.method = method;
        signing.path = request.url.path(QUrl::FullyDecoded).toUtf8();
        signing.query = query;
        signing.headers = {{"content-type", kContentType}, {"host", hostHeader(request.url)}};
        if (!m_projectId.isEmpty())
            signing.headers.append({"x-project-id", m_projectId.toUtf8()});
        signing.payload = request.body;
        signing.sdkDate = huaweiSdkDate(QDateTime::currentDateTimeUtc());

        // Sent exactly as signed, not left to the HTTP client to spell.
        request.setHeader("Host", hostHeader(request.url));
        request.setHeader("Content-Type", kContentType);
        request.setHeader("X-Sdk-Date", signing.sdkDate);
        if (!m_projectId.isEmpty())
            request.setHeader("X-Project-Id", m_projectId.toUtf8());
        request.setHeader("Authorization", huaweiAuthorization(signing, m_accessKeyId, m_secret));
        request.carriesCredential = true;
        return request;
    }

    ProviderStep listZones(const QString &marker = {})
    {
        m_stage = Stage::Zones;
        ++m_zonePages;
        ByteArrayPairs query{{"type", "public"}, {"limit", QByteArray::number(kPageSize)}};
        if (!marker.isEmpty())
            query.append({"marker", marker.toUtf8()});
        return ProviderStep::send(request("GET", QStringLiteral("/v2/zones"), query));
    }

    ProviderStep zonesListed(const QJsonObject &root)
    {
        const QJsonValue zones = root.value(QStringLiteral("zones"));
        if (!zones.isArray())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("Huawei Cloud DNS's zone list holds no list of zones"));
        const QJsonArray items = zones.toArray();
        for (const auto &item : items) {
            const QJsonObject zone = item.toObject();
            // Public zones only: the query asks for them, and a private zone of
            // the same name (zone_type "private") is never used even if listed.
            const QString type = zone.value(QStringLiteral("zone_type")).toString();
            if (!type.isEmpty() && type != QLatin1String("public"))
                continue;
            const QString id = zone.value(QStringLiteral("id")).toString();
            const QString name = dnsname::normalized(zone.value(QStringLiteral("name")).toString());
            if (!id.isEmpty() && !name.isEmpty())
                m_zones.append({id, name, zone.value(QStringLiteral("status")).toString()});
        }
        m_zonesRead += items.size();
        if (hasMore(root, items, m_zonesRead)) {
            if (m_zonePages >= kMaximumZonePages)
                return ProviderStep::finish(ResultKind::ConfigError,
                                            Text::tr("the account has more than %1 public zones in Huawei Cloud DNS; Homing "
                                                     "reads at most that many to find the one that holds a name and "
                                                     "changes nothing: use an access key of an account, or an IAM user "
                                                     "of a project, that sees fewer zones")
                                                .arg(kMaximumZonePages * kPageSize));
            return listZones(items.last().toObject().value(QStringLiteral("id")).toString());
        }
        return zonesComplete();
    }

    // Another page: the answer links to one, or says there are more than were
    // read. An empty page always ends the list.
    static bool hasMore(const QJsonObject &root, const QJsonArray &items, int read)
    {
        if (items.isEmpty())
            return false;
        if (!root.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).toString().isEmpty())
            return true;
        return root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("total_count")).toInt(0) > read;
    }

    ProviderStep zonesComplete()
    {
        QStringList names;
        for (const auto &zone : std::as_const(m_zones))
            names.append(zone.name);
        if (m_mode == Mode::Check && m_target.record.name.isEmpty()) {
            if (names.isEmpty())
                return ProviderStep::finish(ResultKind::NoSuchHost,
                                            Text::tr("the access key works but the account has no public zone in Huawei "
                                                     "Cloud DNS (private zones are never used)"));
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the access key works; the account's public zones: %1")
                                                            .arg(names.join(QStringLiteral(", "))));
        }
        const QString zoneName = dnsname::longestZoneFor(m_target.record.name, names);
        if (zoneName.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no public zone of this Huawei Cloud account holds %1: add the zone in the "
                                                 "Huawei Cloud DNS console under Public Zones (a private zone of that name "
                                                 "is never used)")
                                            .arg(m_target.record.name));
        for (const auto &zone : std::as_const(m_zones)) {
            if (zone.name == zoneName) {
                m_zone = zone;
                break;
            }
        }
        // ACTIVE, or a change in progress. DISABLE (paused), FREEZE, ERROR and
        // PENDING_DELETE zones would not serve the record.
        static const QStringList usable{QStringLiteral("ACTIVE"), QStringLiteral("PENDING_CREATE"),
                                        QStringLiteral("PENDING_UPDATE")};
        if (!m_zone.status.isEmpty() && !usable.contains(m_zone.status))
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("the public zone %1 is %2 in Huawei Cloud DNS, not ACTIVE: enable it (or "
                                                 "have it unfrozen) in the console before Homing can update it")
                                            .arg(m_zone.name, m_zone.status));
        return listRecordSets();
    }

    ProviderStep listRecordSets(const QString &marker = {})
    {
        m_stage = Stage::RecordSets;
        ++m_recordSetPages;
        // The name and line filters are fuzzy unless search_mode=equal; the
        // answer is filtered again by recordSetsListed() either way.
        ByteArrayPairs query{{"name", withFinalDot(m_target.record.name).toUtf8()},
                             {"type", m_target.record.type.toUtf8()},
                             {"line_id", m_line.toUtf8()},
                             {"search_mode", "equal"},
                             {"limit", QByteArray::number(kPageSize)}};
        if (!marker.isEmpty())
            query.append({"marker", marker.toUtf8()});
        return ProviderStep::send(request("GET", QStringLiteral("/v2.1/zones/%1/recordsets").arg(m_zone.id), query));
    }

    ProviderStep recordSetsListed(const QJsonObject &root)
    {
        const QJsonValue sets = root.value(QStringLiteral("recordsets"));
        if (!sets.isArray())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("Huawei Cloud DNS's record set list holds no list of record sets"));
        const QJsonArray items = sets.toArray();
        for (const auto &item : items) {
            const QJsonObject set = item.toObject();
            // Exactly this name, type and line: never a set of another line.
            const QString line = set.contains(QStringLiteral("line")) ? set.value(QStringLiteral("line")).toString()
                                                                      : QString::fromLatin1(HuaweiCloudProvider::kDefaultLine);
            if (dnsname::normalized(set.value(QStringLiteral("name")).toString()) != m_target.record.name
                || set.value(QStringLiteral("type")).toString().compare(m_target.record.type, Qt::CaseInsensitive) != 0
                || line != m_line)
                continue;
            RecordSet recordSet;
            recordSet.id = set.value(QStringLiteral("id")).toString();
            recordSet.name = set.value(QStringLiteral("name")).toString();
            recordSet.type = set.value(QStringLiteral("type")).toString();
            recordSet.ttl = set.value(QStringLiteral("ttl")).toInt(0);
            for (const auto &value : set.value(QStringLiteral("records")).toArray())
                recordSet.values.append(value.toString());
            if (recordSet.id.isEmpty())
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("Huawei Cloud DNS listed a record set of %1 without an id")
                                                .arg(m_target.record.name));
            m_sets.append(recordSet);
        }
        m_setsRead += items.size();
        if (hasMore(root, items, m_setsRead)) {
            if (m_recordSetPages >= kMaximumRecordSetPages)
                // Never create a set while some of the list is unread: it may hold this one.
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("Huawei Cloud DNS listed too many record sets for %1 %2 (more than %3); "
                                                     "Homing changes nothing")
                                                .arg(m_target.record.type, m_target.record.name)
                                                .arg(kMaximumRecordSetPages * kPageSize));
            return listRecordSets(items.last().toObject().value(QStringLiteral("id")).toString());
        }
        return recordSetsComplete();
    }

    // One entry per value, so that RecordChoice sees a set of several values
    // as several records sharing the set's id.
    QList<ExistingRecord> matches() const
    {
        QList<ExistingRecord> records;
        for (const auto &set : m_sets) {
            if (set.values.isEmpty())
                records.append({set.id, QString(), set.ttl});
            for (const auto &value : set.values)
                records.append({set.id, value, set.ttl});
        }
        return records;
    }

    const RecordSet *setWithId(const QString &id) const
    {
        for (const auto &set : m_sets) {
            if (set.id == id)
                return &set;
        }
        return nullptr;
    }

    bool holdsAddress(const RecordSet &set) const
    {
        for (const auto &value : set.values) {
            if (QHostAddress(value) == m_target.address)
                return true;
        }
        return false;
    }

    // A set of several values, none of them the address: replacing them with
    // one value would drop the others, so Homing does not.
    UpdateResult severalValues(const RecordSet &set) const
    {
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("the %1 record set of %2 on the line %3 holds several values (%4) and none is "
                                           "%5; Homing replaces only a set of one value: remove the values it should not "
                                           "keep in the Huawei Cloud DNS console, or manage another name")
                                      .arg(m_target.record.type, m_target.record.name, m_line,
                                           set.values.join(QStringLiteral(", ")), m_target.address.toString()));
    }

    QString lineNote() const
    {
        return m_line == QLatin1String(HuaweiCloudProvider::kDefaultLine) ? QString()
                                                                          : Text::tr(" (ISP line %1)").arg(m_line);
    }

    ProviderStep checked() const
    {
        const QList<ExistingRecord> records = matches();
        const RecordSet *only = m_sets.size() == 1 ? &m_sets.first() : nullptr;
        if (only && only->values.size() > 1 && (m_managedId.isEmpty() || m_managedId == only->id))
            return ProviderStep::finish(ResultKind::Ok,
                                        Text::tr("the credentials work and the zone %1 is found; the %2 record set of %3 "
                                                 "holds several values (%4): an update leaves it as it is when one of them "
                                                 "is the address, and refuses to replace them otherwise")
                                                .arg(m_zone.name, m_target.record.type, m_target.record.name,
                                                     only->values.join(QStringLiteral(", ")))
                                            + lineNote());
        UpdateResult finding = describeCheckFinding(records, m_target.record, m_zone.name, m_managedId);
        finding.detail += lineNote();
        return ProviderStep::finish(finding);
    }

    ProviderStep recordSetsComplete()
    {
        if (m_mode == Mode::Check)
            return checked();
        const QList<ExistingRecord> records = matches();
        const RecordChoice choice = RecordChoice::choose(records, m_target, m_managedId);
        switch (choice.action) {
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Refuse: {
            // Several values of a single set: say so in its own words.
            const RecordSet *set = setWithId(records.value(0).id);
            bool oneSet = set != nullptr;
            for (const auto &record : records)
                oneSet = oneSet && record.id == set->id;
            if (oneSet && m_managedId.isEmpty())
                return ProviderStep::finish(severalValues(*set));
            return ProviderStep::finish(choice.refusal);
        }
        case RecordChoice::Action::Create:
            return create();
        case RecordChoice::Action::Update:
            break;
        }
        const RecordSet *set = setWithId(records.at(choice.index).id);
        if (!set)
            return ProviderStep::finish(ResultKind::BadResponse);
        QStringList values{m_target.address.toString()};
        if (holdsAddress(*set)) {
            // record_id names a set of several values, one of them the address.
            const int wantedTtl = m_target.record.ttl;
            if (wantedTtl <= 0 || set->ttl <= 0 || set->ttl == wantedTtl)
                return ProviderStep::finish(choice.keepResult(m_target));
            values = set->values; // only the TTL changes
        } else if (set->values.size() > 1) {
            return ProviderStep::finish(severalValues(*set));
        }
        return update(*set, values);
    }

    ProviderStep create()
    {
        m_stage = Stage::Write;
        m_written = {m_target.address.toString()};
        QJsonObject body{
            {QStringLiteral("name"), withFinalDot(m_target.record.name)},
            {QStringLiteral("type"), m_target.record.type},
            {QStringLiteral("records"), QJsonArray::fromStringList(m_written)},
            {QStringLiteral("line"), m_line},
        };
        // No ttl: the service's default (300 s).
        if (m_target.record.ttl > 0)
            body.insert(QStringLiteral("ttl"), m_target.record.ttl);
        m_action = Text::tr("created");
        return ProviderStep::send(request("POST", QStringLiteral("/v2.1/zones/%1/recordsets").arg(m_zone.id), {}, body));
    }

    // PUT takes the set whole: its own name and type, the values, and the TTL
    // (the configured one, else the set's own). Description and weight are
    // left out, which keeps them; the line cannot change.
    ProviderStep update(const RecordSet &set, const QStringList &values)
    {
        m_stage = Stage::Write;
        m_written = values;
        QJsonObject body{
            {QStringLiteral("name"), set.name},
            {QStringLiteral("type"), set.type},
            {QStringLiteral("records"), QJsonArray::fromStringList(values)},
        };
        const int ttl = m_target.record.ttl > 0 ? m_target.record.ttl : set.ttl;
        if (ttl > 0)
            body.insert(QStringLiteral("ttl"), ttl);
        m_action = values == set.values ? Text::tr("TTL changed to %1").arg(ttl)
                                        : Text::tr("changed from %1").arg(set.values.join(QStringLiteral(", ")));
        return ProviderStep::send(
            request("PUT", QStringLiteral("/v2.1/zones/%1/recordsets/%2").arg(m_zone.id, set.id), {}, body));
    }

    ProviderStep written(const QJsonObject &root)
    {
        // 202 Accepted with the set (status PENDING_CREATE / PENDING_UPDATE).
        const QJsonValue records = root.value(QStringLiteral("records"));
        if (records.isArray()) {
            QStringList answered;
            for (const auto &value : records.toArray())
                answered.append(value.toString());
            bool holds = false;
            for (const auto &value : std::as_const(answered))
                holds = holds || QHostAddress(value) == m_target.address;
            if (!holds)
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("Huawei Cloud DNS answered with the values %1 instead of %2")
                                                .arg(answered.join(QStringLiteral(", ")), m_target.address.toString()));
        }
        return ProviderStep::finish(ResultKind::Ok, Text::tr("record set %1").arg(m_action) + lineNote());
    }

    QUrl m_apiBase;
    QString m_accessKeyId;
    QString m_projectId;
    RecordTarget m_target;
    QString m_secret;
    Mode m_mode;
    QString m_line;
    QString m_managedId;
    Stage m_stage = Stage::Zones;
    int m_zonePages = 0;
    int m_zonesRead = 0;
    QList<Zone> m_zones;
    Zone m_zone;
    int m_recordSetPages = 0;
    int m_setsRead = 0;
    QList<RecordSet> m_sets; // the sets of exactly this name, type and line, from every page read so far
    QStringList m_written;
    QString m_action;
};

} // namespace

HuaweiCloudProvider::HuaweiCloudProvider(QUrl apiBase, QString accessKeyId, QString projectId)
    : m_apiBase(std::move(apiBase))
    , m_accessKeyId(std::move(accessKeyId))
    , m_projectId(std::move(projectId))
{
}

QString HuaweiCloudProvider::lineOf(const RecordSpec &record)
{
    return recordLine(record, QString::fromLatin1(kDefaultLine));
}

std::optional<UpdateResult> HuaweiCloudProvider::classifyFailure(const HttpReply &reply)
{
    if (reply.status >= 200 && reply.status < 300)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    const bool parsed = error.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject root = document.object();
    // The DNS service writes {"code","message"}; the API gateway in front of it
    // {"error_code","error_msg","request_id"} (APIGW.*, or APIG.* on dedicated gateways).
    QString code = root.value(QStringLiteral("code")).toString();
    QString message = root.value(QStringLiteral("message")).toString();
    if (code.isEmpty()) {
        code = root.value(QStringLiteral("error_code")).toString();
        message = root.value(QStringLiteral("error_msg")).toString();
    }
    QString words = code.isEmpty() ? oneLine(reply.body) : QStringLiteral("%1: %2").arg(code, oneLine(message.toUtf8(), 200));
    words = words.isEmpty() ? Text::tr("HTTP status %1").arg(reply.status)
                            : Text::tr("HTTP status %1, %2").arg(reply.status).arg(words);

    std::optional<ResultKind> kind;
    QString hint;
    std::optional<int> retryAfter;
    static const QRegularExpression gateway(QStringLiteral("^APIGW?\\.(\\d{4})$"));
    const QRegularExpressionMatch gatewayCode = gateway.match(code);
    if (gatewayCode.hasMatch()) {
        const int number = gatewayCode.captured(1).toInt();
        if (number >= 301 && number <= 307) {
            // A signature whose X-Sdk-Date is more than 15 minutes off: "calc aksk
            // signature fail:signature expired, signature time:...,server time:...".
            if (message.contains(QLatin1String("expired"), Qt::CaseInsensitive)) {
                kind = ResultKind::ClockSkew;
                hint = Text::tr("Huawei Cloud takes a request only within 15 minutes of its clock: correct this "
                                "computer's clock");
            } else if (number == 302) {
                kind = ResultKind::AuthFailed;
                hint = permissionHint();
            } else {
                kind = ResultKind::AuthFailed;
                hint = Text::tr("check the Access Key ID and Secret Access Key; after 5 failures in a row the key is "
                                "locked for 5 minutes");
            }
        } else if (number == 308) {
            kind = ResultKind::RateLimited;
            if (reply.header("Retry-After").isEmpty())
                retryAfter = throttleWindowSeconds(message);
        } else if (number == 101) {
            kind = ResultKind::ConfigError;
            hint = Text::tr("no such API here: check the account's region and endpoint");
        }
    } else if (!code.isEmpty()) {
        // The DNS service's own codes (API reference, "Error Codes").
        static const QHash<QString, ResultKind> kinds{
            {QStringLiteral("DNS.0005"), ResultKind::AuthFailed},   // authentication required
            {QStringLiteral("DNS.0013"), ResultKind::AuthFailed},   // no permission for this API
            {QStringLiteral("DNS.0310"), ResultKind::AuthFailed},   // invalid tenant ID
            {QStringLiteral("DNS.0311"), ResultKind::AuthFailed},   // invalid domain ID
            {QStringLiteral("DNS.0014"), ResultKind::RateLimited},  // flow control
            {QStringLiteral("DNS.0004"), ResultKind::NoSuchHost},   // no record sets found
            {QStringLiteral("DNS.0301"), ResultKind::NoSuchHost},   // invalid zone ID
            {QStringLiteral("DNS.0302"), ResultKind::NoSuchHost},   // this zone does not exist
            {QStringLiteral("DNS.0313"), ResultKind::NoSuchHost},   // this record set does not exist
            {QStringLiteral("DNS.0319"), ResultKind::ConfigError},  // TTL out of range
            {QStringLiteral("DNS.0016"), ResultKind::ConfigError},  // this record already exists
            {QStringLiteral("DNS.0304"), ResultKind::ConfigError},  // invalid record set name
            {QStringLiteral("DNS.0308"), ResultKind::ConfigError},  // invalid record set value
            {QStringLiteral("DNS.0312"), ResultKind::ConfigError},  // this record set already exists
            {QStringLiteral("DNS.0318"), ResultKind::ConfigError},  // a default set cannot be updated
            {QStringLiteral("DNS.0321"), ResultKind::ConfigError},  // too many subdomain levels
            {QStringLiteral("DNS.0324"), ResultKind::ConfigError},  // too many sets of this name, type and line
            {QStringLiteral("DNS.0403"), ResultKind::ConfigError},  // record set quota used up
            {QStringLiteral("DNS.0209"), ResultKind::ServerError},  // zone not in a steady state: later
            {QStringLiteral("DNS.0314"), ResultKind::ServerError},  // record set not in a steady state: later
        };
        if (kinds.contains(code))
            kind = kinds.value(code);
        if (code == QLatin1String("DNS.0013") || code == QLatin1String("DNS.0005"))
            hint = permissionHint();
        else if (code == QLatin1String("DNS.0319"))
            hint = Text::tr("TTLs are 1 to 2147483647 s (300 when unset) and a zone may allow a narrower range: set "
                            "the record's ttl within the one below");
        else if (code == QLatin1String("DNS.0312") || code == QLatin1String("DNS.0016"))
            hint = Text::tr("a set of this name, type and line exists that Homing did not list: set the record's "
                            "record_id");
        else if (code == QLatin1String("DNS.0403"))
            hint = Text::tr("the record set quota is used up: delete unused record sets or ask Huawei Cloud for more");
    }
    if (!kind)
        kind = classifyHttpStatus(reply.status);
    if (!kind) {
        if (reply.status == 404)
            kind = ResultKind::NoSuchHost;
        else if (reply.status == 400 && parsed)
            kind = ResultKind::ConfigError;
        else
            kind = ResultKind::BadResponse;
    }
    UpdateResult result = UpdateResult::make(*kind, hint.isEmpty() ? words : Text::tr("%1; %2").arg(hint, words));
    result.retryAfterSeconds = retryAfter;
    return result;
}

QList<ConfigIssue> HuaweiCloudProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    // Huawei takes 1 to 2147483647 s; config.json caps every TTL at 604800.
    if (record.ttl < 0)
        issues.append(ConfigIssue::error(QStringLiteral("ttl"), Text::tr("Huawei Cloud DNS takes a TTL of 1 to 2147483647 "
                                                                         "seconds (300 when none is set)")));
    static const QRegularExpression lineId(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QJsonValue line = record.settings.value(QStringLiteral("line"));
    if (line.isString() && !line.toString().trimmed().isEmpty() && !lineId.match(line.toString().trimmed()).hasMatch())
        issues.append(ConfigIssue::error(QStringLiteral("settings.line"),
                                         Text::tr("must be a line ID as the API spells it (default_view, Dianxin, Liantong, "
                                                  "Yidong, Abroad, ...), not the line's name in the console")));
    static const QRegularExpression setId(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    const QString recordId = managedRecordId(record);
    if (!recordId.isEmpty() && !setId.match(recordId).hasMatch())
        issues.append(ConfigIssue::error(QStringLiteral("settings.record_id"),
                                         Text::tr("must be the record set's ID (letters and digits, as in the record set's "
                                                  "details in the console)")));
    return issues;
}

std::unique_ptr<Provider> HuaweiCloudProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    bool valid = true;
    const QString accessKeyId = account.settings.value(QStringLiteral("access_key_id")).toString().trimmed();
    static const QRegularExpression keyId(QStringLiteral("^[A-Za-z0-9]{1,128}$"));
    // Whether it is there at all is the generic check's (the field is required).
    if (!accessKeyId.isEmpty() && !keyId.match(accessKeyId).hasMatch()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.access_key_id"),
                                         Text::tr("must be an Access Key ID (AK): letters and digits, as in the "
                                                  "credentials.csv file of the access key")));
        valid = false;
    }
    const QString region = account.settings.value(QStringLiteral("region")).toString().trimmed().toLower();
    static const QRegularExpression regionId(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$"));
    if (!region.isEmpty() && !regionId.match(region).hasMatch()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.region"),
                                         Text::tr("must be a region ID such as cn-north-4 or ap-southeast-1, or empty for "
                                                  "the global endpoint")));
        valid = false;
    }
    const QString projectId = account.settings.value(QStringLiteral("project_id")).toString().trimmed().toLower();
    static const QRegularExpression projectHex(QStringLiteral("^[0-9a-f]{32}$"));
    if (!projectId.isEmpty() && !projectHex.match(projectId).hasMatch()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.project_id"),
                                         Text::tr("must be the 32-character project ID from My Credentials > API "
                                                  "Credentials, or empty")));
        valid = false;
    }
    if (!valid)
        return nullptr;
    const QString base = region.isEmpty() ? QString::fromLatin1(kGlobalEndpoint)
                                          : QStringLiteral("https://dns.%1.myhuaweicloud.com").arg(region);
    return std::make_unique<HuaweiCloudProvider>(endpointUrl(account.endpoint, base, QString(), issues), accessKeyId,
                                                 projectId);
}

std::unique_ptr<ProviderJob> HuaweiCloudProvider::createUpdateJob(const RecordTarget &target,
                                                                  const SecretValues &secrets) const
{
    return std::make_unique<HuaweiCloudJob>(m_apiBase, m_accessKeyId, m_projectId, target,
                                            secrets.value(QStringLiteral("secret_access_key")),
                                            HuaweiCloudJob::Mode::Update);
}

std::unique_ptr<ProviderJob> HuaweiCloudProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<HuaweiCloudJob>(m_apiBase, m_accessKeyId, m_projectId, RecordTarget{record, {}},
                                            secrets.value(QStringLiteral("secret_access_key")),
                                            HuaweiCloudJob::Mode::Check);
}

} // namespace providers

void registerHuaweiCloudProvider(ProviderRegistry &registry)
{
    const auto accessKeyId = FieldSpec::setting(
        QStringLiteral("access_key_id"), QT_TRANSLATE_NOOP("homing::Providers", "Access Key ID (AK)"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The AK of an IAM user made for Homing: in the console, Identity and Access Management (IAM) > "
                          "Users > Create User with programmatic access, then the user's Security Settings > Access Keys "
                          "(My Credentials > Access Keys for your own user). Give the user the DNS FullAccess policy, or "
                          "a custom policy allowing dns:zone:list and dns:recordset:list (to find the zone and the record "
                          "set), dns:recordset:create and dns:recordset:update (to write it)."))
                                 .makeRequired();
    const auto secretAccessKey = FieldSpec::secret(
        QStringLiteral("secret_access_key"), QT_TRANSLATE_NOOP("homing::Providers", "Secret Access Key (SK)"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The SK that comes with the AK (in the credentials.csv file, shown only when the key is "
                          "created). Homing signs each request with it and never sends it."))
                                     .makeRequired();
    const auto region = FieldSpec::setting(
        QStringLiteral("region"), QT_TRANSLATE_NOOP("homing::Providers", "Region"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional. Empty: the global endpoint dns.myhuaweicloud.com, which serves every account's "
                          "public zones. A region ID such as cn-north-4 (Beijing 4) or ap-southeast-1 (Hong Kong) sends "
                          "to dns.<region>.myhuaweicloud.com instead."));
    const auto projectId = FieldSpec::setting(
        QStringLiteral("project_id"), QT_TRANSLATE_NOOP("homing::Providers", "Project ID"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional, usually empty. When the IAM user's DNS permission is granted for one region's "
                          "project only: that project's ID (My Credentials > API Credentials), sent as X-Project-Id. "
                          "Set the region to match."));
    const auto line = providers::lineField(
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The ISP line (解析线路) of the record set, as the API names it: default_view (全网默认), "
                          "Dianxin (电信), Liantong (联通), Yidong (移动), Jiaoyuwang (教育网), Tietong (铁通), Pengboshi "
                          "(鹏博士), CN (中国大陆), Abroad (境外), or the ID of a regional or custom line. Homing "
                          "changes only the record set of this line; other lines' record sets are never touched."),
        QString::fromLatin1(providers::HuaweiCloudProvider::kDefaultLine));

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("huaweicloud");
    descriptor.name = QString::fromUtf8(QT_TRANSLATE_NOOP("homing::Providers", "Huawei Cloud DNS"));
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {accessKeyId, secretAccessKey, region, projectId, line, providers::recordIdField()};
    descriptor.create = &providers::HuaweiCloudProvider::create;
    descriptor.readOnlyCheck = true;
    // Huawei takes 1 to 2147483647 s (300 by default); config.json caps TTLs at a week.
    descriptor.ttl = {1, 604800};
    registry.add(std::move(descriptor));
}

} // namespace homing
