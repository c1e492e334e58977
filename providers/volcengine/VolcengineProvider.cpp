#include "VolcengineProvider.h"

#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordFields.h"
#include "signing/HostHeader.h"
#include "signing/VolcengineSigner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Volcengine)
};

const QByteArray kVersion = "2018-08-01";
const QByteArray kRegion = "cn-north-1";
const QByteArray kService = "DNS";
const QString kDefaultLine = QStringLiteral("default");

// TTLs: 600 s is both the API's default and the free edition's minimum; the
// paid editions go lower. ../shared/reference/providers.md §8.9.
constexpr int kFreeEditionMinimumTtl = 600;
constexpr int kMaximumTtl = 86400;

// Lists are read page by page (PageNumber/PageSize, then Total or TotalCount).
// The zones of a large account and the pages of one name's records must stay,
// with the write, within JobRunner::kMaximumSteps (12 requests per job).
constexpr int kPageSize = 100;
constexpr int kMaximumZonePages = 4;
constexpr int kMaximumRecordPages = 6;

// Record IDs are decimal strings too long for a double; ZIDs are numbers. Take either spelling.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}


QString lineOf(const QJsonObject &record)
{
    const QString line = record.value(QStringLiteral("Line")).toString();
    return line.isEmpty() ? kDefaultLine : line;
}

// Volcengine's gateway codes (common to every OpenAPI service) and the DNS
// service's own (docs 6758/163143, "Err..."). The HTTP status decides the rest.
std::optional<ResultKind> kindForCode(const QString &code, int status)
{
    static const QHash<QString, ResultKind> kinds{
        {QStringLiteral("InvalidAccessKey"), ResultKind::AuthFailed},
        {QStringLiteral("SignatureDoesNotMatch"), ResultKind::AuthFailed},
        {QStringLiteral("MissingAuthenticationToken"), ResultKind::AuthFailed},
        {QStringLiteral("MissingSignature"), ResultKind::AuthFailed},
        {QStringLiteral("InvalidAuthorization"), ResultKind::AuthFailed},
        {QStringLiteral("InvalidCredential"), ResultKind::AuthFailed},
        {QStringLiteral("InvalidSecretToken"), ResultKind::AuthFailed},
        {QStringLiteral("AccessDenied"), ResultKind::AuthFailed},
        {QStringLiteral("LackPolicy"), ResultKind::AuthFailed},
        {QStringLiteral("InvalidTimestamp"), ResultKind::ClockSkew},
        {QStringLiteral("RequestExpired"), ResultKind::ClockSkew},
        {QStringLiteral("FlowLimitExceeded"), ResultKind::RateLimited},
        {QStringLiteral("Throttling"), ResultKind::RateLimited},
        {QStringLiteral("RequestLimitExceeded"), ResultKind::RateLimited},
        {QStringLiteral("TooManyRequests"), ResultKind::RateLimited},
        {QStringLiteral("ErrZoneNotFound"), ResultKind::NoSuchHost},
        {QStringLiteral("ErrDBNotFound"), ResultKind::NoSuchHost},
        {QStringLiteral("ErrInternalServer"), ResultKind::ServerError},
        {QStringLiteral("InternalError"), ResultKind::ServerError},
        {QStringLiteral("InternalServiceError"), ResultKind::ServerError},
        {QStringLiteral("InternalServiceTimeout"), ResultKind::ServerError},
        {QStringLiteral("ServiceUnavailable"), ResultKind::ServerError},
        {QStringLiteral("ServiceUnavailableTemp"), ResultKind::ServerError},
    };
    const auto found = kinds.constFind(code);
    if (found != kinds.constEnd())
        return *found;
    // A 5xx or 429 says "later" whatever the code: the status decides.
    if (status == 429 || status >= 500)
        return std::nullopt;
    // The DNS service's other codes are about the request: parameters, the
    // zone's edition, quotas (ErrParamInvalid, ErrSpecNotValid, ErrQuotaExceeded, ...).
    if (code.startsWith(QLatin1String("Err")) || code.startsWith(QLatin1String("InvalidParameter"))
        || code.startsWith(QLatin1String("MissingParameter")))
        return ResultKind::ConfigError;
    return std::nullopt;
}

// What to do about a failure, in the words of Volcengine's console.
QString adviceFor(ResultKind kind, const QString &code)
{
    if (code == QLatin1String("InvalidAccessKey"))
        return Text::tr("check access_key_id: it must be an active access key of the IAM user (Volcengine console, "
                        "Identity and Access Management > Users > the user > API keys)");
    if (code == QLatin1String("SignatureDoesNotMatch"))
        return Text::tr("check secret_access_key: it must be the secret shown when the access key was created");
    if (code == QLatin1String("AccessDenied") || code == QLatin1String("LackPolicy"))
        return Text::tr("the key's IAM user may not do this: attach the policy DNSFullAccess to it, or a custom "
                        "policy allowing dns:ListZones, dns:ListRecords, dns:CreateRecord and dns:UpdateRecord");
    if (kind == ResultKind::ClockSkew)
        return Text::tr("Volcengine refused the request's time (X-Date): set this computer's clock right, for example "
                        "with NTP");
    return {};
}

enum class Action { ListZones, ListRecords, CreateRecord, UpdateRecord };

QByteArray actionName(Action action)
{
    switch (action) {
    case Action::ListZones:
        return "ListZones";
    case Action::ListRecords:
        return "ListRecords";
    case Action::CreateRecord:
        return "CreateRecord";
    case Action::UpdateRecord:
        return "UpdateRecord";
    }
    return {};
}

class VolcengineJob final : public ProviderJob
{
public:
    // Update: bring the record to the address. Check: the same reads (the
    // zones, the record), then say what an update would do, writing nothing.
    enum class Mode { Update, Check };

    VolcengineJob(QUrl apiBase, QString accessKeyId, QString secretAccessKey, RecordTarget target, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_accessKeyId(std::move(accessKeyId))
        , m_secretAccessKey(std::move(secretAccessKey))
        , m_target(std::move(target))
        , m_mode(mode)
        , m_line(recordLine(m_target.record, kDefaultLine))
        , m_managedId(managedRecordId(m_target.record))
    {
    }

    ProviderStep start() override { return listZones(1); }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        const auto parsed = VolcengineProvider::parseReply(reply);
        if (parsed.failure)
            return failed(*parsed.failure, parsed.errorCode);
        switch (m_action) {
        case Action::ListZones:
            return zonesListed(parsed.result);
        case Action::ListRecords:
            return recordsListed(parsed.result);
        case Action::CreateRecord:
        case Action::UpdateRecord:
            return written(parsed.result);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    // Query parameters for GET, a JSON body for POST; Action and Version in the query either way.
    HttpRequest request(Action action, const ByteArrayPairs &parameters, const QJsonObject &body = {})
    {
        m_action = action;
        const bool post = action == Action::CreateRecord || action == Action::UpdateRecord;
        VolcengineRequest signing;
        signing.method = post ? "POST" : "GET";
        signing.path = m_apiBase.path(QUrl::FullyEncoded).toLatin1();
        signing.host = hostHeader(m_apiBase);
        signing.query = ByteArrayPairs{{"Action", actionName(action)}, {"Version", kVersion}} + parameters;
        if (post) {
            signing.contentType = "application/json";
            signing.payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        signing.xDate = volcengineDate(QDateTime::currentDateTimeUtc());
        signing.region = kRegion;
        signing.service = kService;

        HttpRequest http;
        http.method = signing.method;
        http.url = m_apiBase;
        // The query on the wire is the canonical one, byte for byte.
        CanonicalRequest canonical;
        canonical.query = signing.query;
        http.url.setQuery(QString::fromLatin1(canonical.canonicalQuery()), QUrl::StrictMode);
        for (const auto &[name, value] : volcengineHeaders(signing, m_accessKeyId, m_secretAccessKey))
            http.setHeader(name, value);
        http.setHeader("Accept", "application/json");
        http.body = signing.payload;
        http.carriesCredential = true;
        return http;
    }

    ProviderStep listZones(int page)
    {
        m_page = page;
        return ProviderStep::send(request(Action::ListZones, {{"PageNumber", QByteArray::number(page)},
                                                              {"PageSize", QByteArray::number(kPageSize)}}));
    }

    ProviderStep zonesListed(const QJsonObject &result)
    {
        const QJsonValue zonesValue = result.value(QStringLiteral("Zones"));
        if (!zonesValue.isArray() && !zonesValue.isNull() && !zonesValue.isUndefined())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Volcengine's zone list holds no list of zones"));
        const QJsonArray zones = zonesValue.toArray();
        m_listed += zones.size();
        for (const auto &value : zones) {
            const QJsonObject zone = value.toObject();
            const QString name = dnsname::normalized(zone.value(QStringLiteral("ZoneName")).toString());
            if (!name.isEmpty())
                m_zones.insert(name, zone.value(QStringLiteral("ZID")));
        }
        // Pages may hold fewer than asked for: count what came.
        const int total = result.value(QStringLiteral("Total")).toInt(0);
        if (!zones.isEmpty() && m_listed < total) {
            if (m_page >= kMaximumZonePages)
                return ProviderStep::finish(ResultKind::ConfigError,
                                            Text::tr("the Volcengine account holds %1 zones, more than Homing reads (%2) "
                                                     "to find the one that holds a name; Homing changes nothing: use an "
                                                     "access key of an account, or an IAM user limited to the zones it "
                                                     "needs, that sees fewer zones")
                                                .arg(total)
                                                .arg(m_listed));
            return listZones(m_page + 1);
        }
        return zonesComplete();
    }

    ProviderStep zonesComplete()
    {
        QStringList names = m_zones.keys();
        names.sort();
        if (m_target.record.name.isEmpty()) {
            // A check before any record is named.
            if (names.isEmpty())
                return ProviderStep::finish(ResultKind::NoSuchHost,
                                            Text::tr("the access key works but the account holds no zone in Volcengine "
                                                     "DNS: add the domain to Volcengine DNS in the console"));
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the access key works; the account holds the zone(s) %1")
                                                            .arg(names.join(QStringLiteral(", "))));
        }
        m_zone = dnsname::longestZoneFor(m_target.record.name, names);
        if (m_zone.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no zone of this Volcengine account holds %1: add the domain to "
                                                 "Volcengine DNS in the console, or correct the record's name")
                                            .arg(m_target.record.name));
        m_zoneId = m_zones.value(m_zone);
        if (idText(m_zoneId).isEmpty())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("the zone %1 has no ZID").arg(m_zone));
        m_host = dnsname::relativeName(m_target.record.name, m_zone);
        m_listed = 0;
        return listRecords(1);
    }

    ProviderStep listRecords(int page)
    {
        m_page = page;
        return ProviderStep::send(request(Action::ListRecords,
                                          {{"ZID", idText(m_zoneId).toLatin1()},
                                           {"Host", m_host.toUtf8()},
                                           {"SearchMode", "exact"},
                                           {"Type", m_target.record.type.toLatin1()},
                                           {"PageNumber", QByteArray::number(page)},
                                           {"PageSize", QByteArray::number(kPageSize)}}));
    }

    ProviderStep recordsListed(const QJsonObject &result)
    {
        const QJsonValue recordsValue = result.value(QStringLiteral("Records"));
        if (!recordsValue.isArray() && !recordsValue.isNull() && !recordsValue.isUndefined())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("Volcengine's record list holds no list of records"));
        const QJsonArray records = recordsValue.toArray();
        m_listed += records.size();
        for (const auto &value : records) {
            const QJsonObject record = value.toObject();
            // Filter again: never touch a record that is not exactly this one
            // (another name, type or line).
            if (record.value(QStringLiteral("Host")).toString().compare(m_host, Qt::CaseInsensitive) != 0
                || record.value(QStringLiteral("Type")).toString() != m_target.record.type || lineOf(record) != m_line)
                continue;
            m_matches.append(ExistingRecord{idText(record.value(QStringLiteral("RecordID"))),
                                            record.value(QStringLiteral("Value")).toString(),
                                            record.value(QStringLiteral("TTL")).toInt(0)});
            m_records.append(record);
        }
        const int total = result.value(QStringLiteral("TotalCount")).toInt(0);
        if (!records.isEmpty() && m_listed < total) {
            if (m_page >= kMaximumRecordPages)
                // Never create a record while some of the list is unread: it may hold this one.
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("Volcengine listed %1 %2 records for %3, more than Homing reads "
                                                     "(%4); Homing changes nothing")
                                                .arg(total)
                                                .arg(m_target.record.type, m_target.record.name)
                                                .arg(m_listed));
            return listRecords(m_page + 1);
        }
        return recordsComplete();
    }

    ProviderStep recordsComplete()
    {
        if (m_mode == Mode::Check) {
            UpdateResult finding = describeCheckFinding(m_matches, m_target.record, m_zone, m_managedId);
            if (finding.kind == ResultKind::Ok)
                finding.detail = Text::tr("%1 (line %2)").arg(finding.detail, m_line);
            return ProviderStep::finish(finding);
        }
        const RecordChoice choice = RecordChoice::choose(m_matches, m_target, m_managedId);
        const QString value = m_target.address.toString();
        switch (choice.action) {
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Refuse:
            return ProviderStep::finish(choice.refusal);
        case RecordChoice::Action::Create: {
            QJsonObject body{
                {QStringLiteral("ZID"), m_zoneId},
                {QStringLiteral("Host"), m_host},
                {QStringLiteral("Type"), m_target.record.type},
                {QStringLiteral("Value"), value},
                {QStringLiteral("Line"), m_line},
            };
            // Without TTL the record gets Volcengine's default, 600 s.
            if (m_target.record.ttl > 0)
                body.insert(QStringLiteral("TTL"), m_target.record.ttl);
            m_done = Text::tr("created on line %1").arg(m_line);
            return ProviderStep::send(request(Action::CreateRecord, {}, body));
        }
        case RecordChoice::Action::Update: {
            // Host and Line are required and sent as the record has them; the
            // fields left out (TTL unless configured, Weight, Remark) stay as they are.
            const QJsonObject &record = m_records.at(choice.index);
            QJsonObject body{
                {QStringLiteral("RecordID"), m_matches.at(choice.index).id},
                {QStringLiteral("Host"), record.value(QStringLiteral("Host")).toString()},
                {QStringLiteral("Line"), lineOf(record)},
                {QStringLiteral("Type"), record.value(QStringLiteral("Type")).toString()},
                {QStringLiteral("Value"), value},
            };
            if (m_target.record.ttl > 0)
                body.insert(QStringLiteral("TTL"), m_target.record.ttl);
            m_done = Text::tr("changed from %1").arg(m_matches.at(choice.index).value);
            if (record.value(QStringLiteral("Enable")) == QJsonValue(false))
                m_done += QStringLiteral("; ")
                    + Text::tr("the record is paused in the console, so it does not resolve until enabled");
            return ProviderStep::send(request(Action::UpdateRecord, {}, body));
        }
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

    ProviderStep written(const QJsonObject &result)
    {
        const QJsonValue written = result.value(QStringLiteral("Value"));
        if (written.isString() && QHostAddress(written.toString()) != m_target.address)
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Volcengine answered with %1 instead of %2")
                                                                     .arg(written.toString(), m_target.address.toString()));
        return ProviderStep::finish(ResultKind::Ok, Text::tr("record %1").arg(m_done));
    }

    // A refused request, with what the record's settings have to do with it.
    ProviderStep failed(UpdateResult result, const QString &code)
    {
        const bool writing = m_action == Action::CreateRecord || m_action == Action::UpdateRecord;
        if (writing && code == QLatin1String("ErrDBDuplicated")) {
            // The very record exists already (the list was a moment old).
            if (m_action == Action::CreateRecord)
                return ProviderStep::finish(ResultKind::NoChange,
                                            Text::tr("Volcengine already holds this record (%1)").arg(result.detail));
            result.detail += QStringLiteral("; ")
                + Text::tr("another %1 record of %2 on line %3 already holds %4: delete one of them")
                      .arg(m_target.record.type, m_target.record.name, m_line, m_target.address.toString());
        }
        const int ttl = m_target.record.ttl;
        if (writing && result.kind == ResultKind::ConfigError && ttl > 0 && ttl < kFreeEditionMinimumTtl)
            result.detail += QStringLiteral("; ")
                + Text::tr("the record asks for a TTL of %1 s: the free edition of Volcengine DNS takes %2 s at least, "
                           "paid editions less; raise the record's ttl or upgrade the zone's edition")
                      .arg(ttl)
                      .arg(kFreeEditionMinimumTtl);
        if (writing && code == QLatin1String("ErrParamInvalid") && m_line != kDefaultLine)
            result.detail += QStringLiteral("; ")
                + Text::tr("check the record's line %1: it must be a line the zone's edition offers").arg(m_line);
        if (code == QLatin1String("ErrZoneNotFound"))
            result.detail += QStringLiteral("; ") + Text::tr("the zone %1 is gone from the account").arg(m_zone);
        return ProviderStep::finish(result);
    }

    QUrl m_apiBase;
    QString m_accessKeyId;
    QString m_secretAccessKey;
    RecordTarget m_target;
    Mode m_mode;
    QString m_line;
    QString m_managedId;
    Action m_action = Action::ListZones;
    int m_page = 1;
    qsizetype m_listed = 0; // items of the current list read so far
    QHash<QString, QJsonValue> m_zones; // name -> ZID, from every page read so far
    QString m_zone;
    QJsonValue m_zoneId;
    QString m_host;                  // the name relative to the zone, "@" at the apex
    QList<ExistingRecord> m_matches; // this record's, from every page read so far
    QList<QJsonObject> m_records;    // the same, as listed
    QString m_done;
};

} // namespace

VolcengineProvider::VolcengineProvider(QUrl apiBase, QString accessKeyId)
    : m_apiBase(std::move(apiBase))
    , m_accessKeyId(std::move(accessKeyId))
{
}

VolcengineProvider::Reply VolcengineProvider::parseReply(const HttpReply &reply)
{
    Reply parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    const bool isJson = error.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject root = document.object();
    const QJsonObject failure = root.value(QStringLiteral("ResponseMetadata")).toObject().value(QStringLiteral("Error")).toObject();
    parsed.errorCode = failure.value(QStringLiteral("Code")).toString();
    if (isJson && parsed.errorCode.isEmpty() && reply.status >= 200 && reply.status < 300) {
        const QJsonValue result = root.value(QStringLiteral("Result"));
        if (result.isObject()) {
            parsed.result = result.toObject();
            return parsed;
        }
        parsed.failure = UpdateResult::make(ResultKind::BadResponse,
                                            Text::tr("HTTP status %1, an answer without a Result: %2")
                                                .arg(reply.status)
                                                .arg(oneLine(reply.body)));
        return parsed;
    }

    QString detail;
    if (!parsed.errorCode.isEmpty())
        detail = Text::tr("HTTP status %1, %2: %3")
                     .arg(reply.status)
                     .arg(parsed.errorCode, failure.value(QStringLiteral("Message")).toString());
    else if (!reply.body.isEmpty())
        detail = Text::tr("HTTP status %1, %2").arg(reply.status).arg(oneLine(reply.body));
    else
        detail = Text::tr("HTTP status %1").arg(reply.status);

    std::optional<ResultKind> kind = kindForCode(parsed.errorCode, reply.status);
    if (!kind)
        kind = classifyHttpStatus(reply.status);
    if (!kind) {
        if (reply.status >= 400 && reply.status < 500 && !parsed.errorCode.isEmpty())
            kind = ResultKind::ConfigError;
        else
            kind = ResultKind::BadResponse;
    }
    const QString advice = adviceFor(*kind, parsed.errorCode);
    if (!advice.isEmpty())
        detail += QStringLiteral("; ") + advice;
    parsed.failure = UpdateResult::make(*kind, detail);
    return parsed;
}

QList<ConfigIssue> VolcengineProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    const int ttl = record.ttl;
    if (ttl < 0 || ttl > kMaximumTtl)
        issues.append(ConfigIssue::error(QStringLiteral("ttl"),
                                         Text::tr("Volcengine DNS takes a TTL of %1 to %2 seconds (the free edition %3 "
                                                  "at least)")
                                             .arg(1)
                                             .arg(kMaximumTtl)
                                             .arg(kFreeEditionMinimumTtl)));
    else if (ttl > 0 && ttl < kFreeEditionMinimumTtl)
        issues.append(ConfigIssue::warning(QStringLiteral("ttl"),
                                           Text::tr("the free edition of Volcengine DNS takes a TTL of %1 s at least; "
                                                    "less needs a paid edition of the zone")
                                               .arg(kFreeEditionMinimumTtl)));
    const QJsonValue line = record.settings.value(QStringLiteral("line"));
    if (!line.isUndefined() && !line.isNull() && (!line.isString() || line.toString().trimmed().isEmpty()))
        issues.append(ConfigIssue::error(QStringLiteral("settings.line"),
                                         Text::tr("must be the name of a line, such as default")));
    const QJsonValue recordId = record.settings.value(QStringLiteral("record_id"));
    if (!recordId.isUndefined() && !recordId.isNull() && idText(recordId).isEmpty())
        issues.append(ConfigIssue::error(QStringLiteral("settings.record_id"),
                                         Text::tr("must be the record's RecordID from the console or ListRecords")));
    return issues;
}

std::unique_ptr<Provider> VolcengineProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    // Its presence is the generic field checks' (the field is required); its shape is checked here.
    const QString keyId = account.settings.value(QStringLiteral("access_key_id")).toString();
    bool printable = true;
    for (const QChar c : keyId)
        printable = printable && c.unicode() > 0x20 && c.unicode() < 0x7f;
    if (!printable) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.access_key_id"),
                                         Text::tr("must be the access key ID (AccessKeyId), without spaces")));
        return nullptr;
    }
    const QUrl base = endpointUrl(account.endpoint, QStringLiteral("https://open.volcengineapi.com"), QStringLiteral("/"), issues);
    return std::make_unique<VolcengineProvider>(base, keyId);
}

std::unique_ptr<ProviderJob> VolcengineProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<VolcengineJob>(m_apiBase, m_accessKeyId, secrets.value(QStringLiteral("secret_access_key")),
                                           target, VolcengineJob::Mode::Update);
}

std::unique_ptr<ProviderJob> VolcengineProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<VolcengineJob>(m_apiBase, m_accessKeyId, secrets.value(QStringLiteral("secret_access_key")),
                                           RecordTarget{record, {}}, VolcengineJob::Mode::Check);
}

} // namespace providers

void registerVolcengineProvider(ProviderRegistry &registry)
{
    const auto keyId = FieldSpec::setting(
        QStringLiteral("access_key_id"), QT_TRANSLATE_NOOP("homing::Providers", "Access key ID"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The AccessKeyId of an IAM user for Homing alone: in the Volcengine console, Identity and "
                          "Access Management > Users, create a user with programmatic access, attach the "
                          "policy DNSFullAccess (or a custom policy allowing dns:ListZones, dns:ListRecords, "
                          "dns:CreateRecord and dns:UpdateRecord), and create an access key under the user's API keys."))
                           .makeRequired();
    const auto secret = FieldSpec::secret(
        QStringLiteral("secret_access_key"), QT_TRANSLATE_NOOP("homing::Providers", "Secret access key"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The SecretAccessKey shown once when the access key was created. Listing zones and records "
                          "(the Test button) needs dns:ListZones and dns:ListRecords; updates also need "
                          "dns:CreateRecord and dns:UpdateRecord. Never use the main account's key."))
                            .makeRequired();
    const auto line = providers::lineField(
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional. The ISP line of the record Homing manages, as Volcengine's API names it: "
                          "default for the default line, or another line's value as the console's line list (the "
                          "ListLines API) gives it for the zone's edition. Records of other lines are never changed."),
        QStringLiteral("default"));

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("volcengine");
    descriptor.name = QString::fromUtf8(QT_TRANSLATE_NOOP("homing::Providers", "Volcengine DNS"));
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {keyId, secret, line, providers::recordIdField()};
    descriptor.create = &providers::VolcengineProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {1, 86400}; // 600 at least on the free edition
    registry.add(std::move(descriptor));
}

} // namespace homing
