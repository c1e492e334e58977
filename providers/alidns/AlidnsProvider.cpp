#include "AlidnsProvider.h"

#include "provider/JobRunner.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordDecision.h"
#include "records/RecordFields.h"
#include "signing/Acs3Signer.h"
#include "signing/HostHeader.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Alidns)
};

const QByteArray kApiVersion = "2015-01-09";
const QString kDefaultLine = QStringLiteral("default");

// TTLs (help.aliyun.com doc 29806): 600 to 86400 on the free and Personal
// editions, 60 on Enterprise Standard, 1 on Enterprise Ultimate.
constexpr int kFreeEditionMinimumTtl = 600;
constexpr int kMaximumTtl = 86400;

// DescribeDomains and DescribeSubDomainRecords take at most 100 a page. The
// caps keep a job within JobRunner::kMaximumSteps (12): five pages of domains,
// five of records (a name, type and line have one or two), and the write; a
// write refused as a duplicate reads the records again with what is left.
constexpr int kPageSize = 100;
constexpr int kMaximumDomainPages = 5;
constexpr int kMaximumRecordPages = 5;

// The RAM permissions Homing needs, for the advice of a refusal.
QString policyAdvice(const QByteArray &action)
{
    return Text::tr("the RAM user may not call %1: grant it AliyunDNSFullAccess in the RAM console (访问控制 RAM), or "
                    "alidns:DescribeDomains, alidns:DescribeSubDomainRecords, alidns:AddDomainRecord and "
                    "alidns:UpdateDomainRecord")
        .arg(QString::fromLatin1(action));
}

QString ttlAdvice()
{
    return Text::tr("600 seconds is the shortest TTL of the free and Personal editions of Alibaba Cloud DNS (Enterprise "
                    "Standard allows 60, Enterprise Ultimate 1): set the record's ttl to 600 or more, or to 0 for the "
                    "default");
}

struct Classification {
    ResultKind kind;
    QString advice;
};

// The service's Code decides: Alidns answers most refusals, its own and the
// gateway's (Forbidden.RAM, InvalidAccessKeyId.NotFound), with HTTP 400 or
// 404, so the status alone says little. Codes from providers.md §1.6 and the
// replies quoted in client issue trackers.
std::optional<Classification> classifyCode(const QString &code, const QByteArray &action)
{
    const auto is = [&code](const char *name) { return code == QLatin1String(name); };
    const auto startsWith = [&code](const char *prefix) { return code.startsWith(QLatin1String(prefix)); };
    if (startsWith("InvalidAccessKeyId"))
        return Classification{ResultKind::AuthFailed,
                              Text::tr("check the AccessKey ID: Alibaba Cloud knows no active AccessKey by that ID "
                                       "(RAM console > Identities > Users > the user > AccessKey)")};
    if (is("SignatureDoesNotMatch") || is("IncompleteSignature") || startsWith("InvalidSecurityToken"))
        return Classification{ResultKind::AuthFailed,
                              Text::tr("check the AccessKey secret: the request's signature does not match the one "
                                       "Alibaba Cloud computed with the secret of this AccessKey ID")};
    if (startsWith("Forbidden") || startsWith("NoPermission"))
        return Classification{ResultKind::AuthFailed, policyAdvice(action)};
    if (is("InvalidTimeStamp.Expired"))
        return Classification{ResultKind::ClockSkew,
                              Text::tr("Alibaba Cloud refuses requests whose time is more than 15 minutes off its "
                                       "own: set this computer's clock right (turn on network time)")};
    if (startsWith("InvalidTimeStamp"))
        return Classification{ResultKind::AuthFailed, {}};
    // A nonce is random per request: a reused one is a replay, not a setting.
    if (is("SignatureNonceUsed"))
        return Classification{ResultKind::ServerError, {}};
    if (startsWith("Throttling"))
        return Classification{ResultKind::RateLimited, {}};
    if (is("InvalidDomainName.NoExist") || is("IncorrectDomainUser"))
        return Classification{ResultKind::NoSuchHost,
                              Text::tr("the domain is not in this account's Alibaba Cloud DNS (云解析 DNS): add it "
                                       "there, or use an AccessKey of the account that holds it")};
    if (is("DomainRecordNotBelongToUser"))
        return Classification{ResultKind::NoSuchHost,
                              Text::tr("the record is gone or belongs to another account: check record_id, or let "
                                       "Homing look the record up again by clearing it")};
    // By its exact code: a substring would also match "Throttling".
    if (is("QuotaExceeded.TTL"))
        return Classification{ResultKind::ConfigError, ttlAdvice()};
    if (is("DomainRecordConflict"))
        return Classification{ResultKind::ConfigError,
                              Text::tr("another record of this name conflicts with it (a CNAME, or a record of the "
                                       "same name on the line that cannot stand beside it): resolve it in the console")};
    if (startsWith("DomainRecordLocked"))
        return Classification{ResultKind::ConfigError,
                              Text::tr("the record is locked: unlock it in the console to let Homing change it")};
    if (startsWith("QuotaExceeded"))
        return Classification{ResultKind::ConfigError, {}};
    if (startsWith("InternalError") || startsWith("InternalFailure") || startsWith("ServiceUnavailable")
        || is("UnknownError") || is("LastOperationNotFinished"))
        return Classification{ResultKind::ServerError, {}};
    return std::nullopt;
}

// Alibaba's gateway says how long a throttle lasts in X-RateLimit-User-API and
// X-RateLimit-User ("Limit:60,Remain:0,TimeLeft:2000,Reset:…", TimeLeft in
// milliseconds), as the official SDK's getThrottlingTimeLeft reads them;
// Retry-After is honoured too.
std::optional<int> throttleSeconds(const HttpReply &reply, const QDateTime &now)
{
    qint64 longest = -1;
    for (const char *name : {"x-ratelimit-user-api", "x-ratelimit-user"}) {
        const QList<QByteArray> pairs = reply.header(name).split(',');
        for (const auto &pair : pairs) {
            const QList<QByteArray> keyValue = pair.split(':');
            bool ok = false;
            const qint64 value = keyValue.size() == 2 && keyValue[0].trimmed() == "TimeLeft"
                ? keyValue[1].trimmed().toLongLong(&ok)
                : -1;
            if (ok)
                longest = std::max(longest, value);
        }
    }
    constexpr qint64 kOneDay = 24 * 3600;
    if (longest > 0)
        return int(std::clamp<qint64>((longest + 999) / 1000, 1, kOneDay));
    return reply.retryAfterSeconds(now);
}

QString stringOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

int ttlOf(const QJsonObject &record)
{
    const QJsonValue ttl = record.value(QStringLiteral("TTL"));
    return ttl.isString() ? ttl.toString().toInt() : ttl.toInt();
}

struct Zone {
    QString ascii;  // lower-case ASCII (punycode), as record names are
    QString listed; // as DescribeDomains spells it, which the API is sent back
};

class AlidnsJob final : public ProviderJob
{
public:
    // Update: bring the record to the address. Check: the same reads (list
    // the domains, list the record), then say what an update would do.
    enum class Mode { Update, Check };

    AlidnsJob(QUrl apiBase, QString accessKeyId, QString secret, AlidnsProvider::SigningSources signing,
              RecordTarget target, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_accessKeyId(std::move(accessKeyId))
        , m_secret(std::move(secret))
        , m_signing(std::move(signing))
        , m_target(std::move(target))
        , m_line(AlidnsProvider::lineOf(m_target.record))
        , m_managedId(managedRecordId(m_target.record))
        , m_mode(mode)
    {
    }

    ProviderStep start() override { return listDomains(1); }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        const auto parsed = AlidnsProvider::parseReply(m_action, reply, now());
        if (parsed.failure) {
            // A record of this name, type, line and value exists already. It
            // may be this one, or another record on the line (record_id names
            // a different one): only a fresh list says which.
            if (m_stage == Stage::Write && parsed.code == QLatin1String("DomainRecordDuplicate")) {
                m_refusal = parsed.failure->detail;
                m_records.clear();
                m_recordsSeen = 0;
                return listRecords(1, Stage::Verify);
            }
            return ProviderStep::finish(*parsed.failure);
        }
        switch (m_stage) {
        case Stage::Domains:
            return domainsListed(parsed.root);
        case Stage::Records:
        case Stage::Verify:
            return recordsListed(parsed.root);
        case Stage::Write:
            return written(parsed.root);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Domains, Records, Write, Verify };

    QDateTime now() const { return m_signing.clock ? m_signing.clock() : QDateTime::currentDateTimeUtc(); }

    QByteArray nonce() const
    {
        return m_signing.nonce ? m_signing.nonce() : QUuid::createUuid().toByteArray(QUuid::Id128);
    }

    ProviderStep send(const QByteArray &action, const ByteArrayPairs &parameters)
    {
        m_action = action;
        ++m_requests;
        return ProviderStep::send(
            AlidnsProvider::signedRequest(m_apiBase, action, parameters, m_accessKeyId, m_secret, now(), nonce()));
    }

    ProviderStep listDomains(int page)
    {
        m_stage = Stage::Domains;
        m_page = page;
        return send("DescribeDomains", {{"PageNumber", QByteArray::number(page)},
                                        {"PageSize", QByteArray::number(kPageSize)}});
    }

    ProviderStep domainsListed(const QJsonObject &root)
    {
        const QJsonValue list = root.value(QStringLiteral("Domains")).toObject().value(QStringLiteral("Domain"));
        if (!list.isArray())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("Alibaba Cloud DNS answered DescribeDomains without a list of domains"));
        const QJsonArray items = list.toArray();
        for (const auto &item : items) {
            const QJsonObject domain = item.toObject();
            const QString listed = domain.value(QStringLiteral("DomainName")).toString();
            // PunyCode is set for internationalised names only; DomainName then
            // holds the Unicode form.
            QString ascii = domain.value(QStringLiteral("PunyCode")).toString();
            if (ascii.isEmpty())
                ascii = QString::fromLatin1(QUrl::toAce(listed));
            ascii = dnsname::normalized(ascii);
            if (!listed.isEmpty() && !ascii.isEmpty())
                m_zones.append({ascii, listed});
        }
        m_domainsSeen += int(items.size());
        // A check before any name is given needs no more than the first page.
        if (m_mode == Mode::Check && m_target.record.name.isEmpty())
            return domainsComplete();
        const int total = root.value(QStringLiteral("TotalCount")).toInt(-1);
        if (!items.isEmpty() && total > m_domainsSeen) {
            if (m_page >= kMaximumDomainPages) {
                // An unread page may hold a longer (delegated) zone: never guess.
                return ProviderStep::finish(ResultKind::ConfigError,
                                            Text::tr("this Alibaba Cloud account has %1 domains; Homing reads at most "
                                                     "%2 to find the one that holds a name: use an AccessKey of an "
                                                     "account with fewer domains")
                                                .arg(total)
                                                .arg(kMaximumDomainPages * kPageSize));
            }
            return listDomains(m_page + 1);
        }
        return domainsComplete();
    }

    QStringList zoneNames() const
    {
        QStringList names;
        for (const auto &zone : m_zones)
            names.append(zone.listed);
        return names;
    }

    ProviderStep domainsComplete()
    {
        if (m_mode == Mode::Check && m_target.record.name.isEmpty()) {
            if (m_zones.isEmpty())
                return ProviderStep::finish(ResultKind::NoSuchHost,
                                            Text::tr("the AccessKey works, but its account has no domain in Alibaba "
                                                     "Cloud DNS (云解析 DNS): add the domain there first"));
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the AccessKey works; its account has the domain(s) %1")
                                                            .arg(zoneNames().join(QStringLiteral(", "))));
        }
        QStringList asciiNames;
        for (const auto &zone : m_zones)
            asciiNames.append(zone.ascii);
        const QString zone = dnsname::longestZoneFor(m_target.record.name, asciiNames);
        if (zone.isEmpty()) {
            const QString known = m_zones.isEmpty() ? Text::tr("none") : zoneNames().join(QStringLiteral(", "));
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no domain of this Alibaba Cloud DNS account holds %1: add the "
                                                 "domain in the console (云解析 DNS), or use an AccessKey of the "
                                                 "account that holds it (its domains: %2)")
                                            .arg(m_target.record.name, known));
        }
        for (const auto &candidate : std::as_const(m_zones)) {
            if (candidate.ascii == zone) {
                m_zone = candidate;
                break;
            }
        }
        m_rr = dnsname::relativeName(m_target.record.name, m_zone.ascii);
        return listRecords(1);
    }

    ProviderStep listRecords(int page, Stage stage = Stage::Records)
    {
        m_stage = stage;
        m_page = page;
        // SubDomain is the full name, "@.zone" at the apex, as clients that have
        // driven this API for years send it; DomainName pins the zone, so that
        // a multi-label zone (example.com.cn) is not guessed from the labels.
        const QString subDomain = m_rr + QLatin1Char('.') + m_zone.listed;
        return send("DescribeSubDomainRecords", {{"DomainName", m_zone.listed.toUtf8()},
                                                 {"SubDomain", subDomain.toUtf8()},
                                                 {"Type", m_target.record.type.toUtf8()},
                                                 {"Line", m_line.toUtf8()},
                                                 {"PageNumber", QByteArray::number(page)},
                                                 {"PageSize", QByteArray::number(kPageSize)}});
    }

    ProviderStep recordsListed(const QJsonObject &root)
    {
        const QJsonValue list = root.value(QStringLiteral("DomainRecords")).toObject().value(QStringLiteral("Record"));
        if (!list.isArray())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("Alibaba Cloud DNS answered DescribeSubDomainRecords without a list "
                                                 "of records"));
        const QJsonArray items = list.toArray();
        for (const auto &item : items) {
            const QJsonObject record = item.toObject();
            // Filter again: a record of another name, type or line is never
            // part of the decision, whatever the service returned.
            if (record.value(QStringLiteral("RR")).toString().compare(m_rr, Qt::CaseInsensitive) == 0
                && record.value(QStringLiteral("Type")).toString().compare(m_target.record.type, Qt::CaseInsensitive) == 0
                && record.value(QStringLiteral("Line")).toString() == m_line) {
                m_records.append(record);
            }
        }
        m_recordsSeen += int(items.size());
        const int total = root.value(QStringLiteral("TotalCount")).toInt(-1);
        if (!items.isEmpty() && total > m_recordsSeen) {
            if (m_stage == Stage::Verify) {
                // The write is refused already; read on while the budget lasts.
                if (m_requests < JobRunner::kMaximumSteps)
                    return listRecords(m_page + 1, Stage::Verify);
                return verified();
            }
            if (m_page >= kMaximumRecordPages) {
                // Never add a record while some of the list is unread: it may hold this one.
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("Alibaba Cloud DNS listed %1 %2 records of %3 on the line %4, more "
                                                     "than the %5 Homing reads; Homing changes nothing")
                                                .arg(total)
                                                .arg(m_target.record.type, m_target.record.name, m_line)
                                                .arg(kMaximumRecordPages * kPageSize));
            }
            return listRecords(m_page + 1);
        }
        return recordsComplete();
    }

    QList<ExistingRecord> matches() const
    {
        QList<ExistingRecord> existing;
        for (const auto &record : m_records)
            existing.append({stringOf(record.value(QStringLiteral("RecordId"))),
                             record.value(QStringLiteral("Value")).toString(), ttlOf(record)});
        return existing;
    }

    // After DomainRecordDuplicate: NoChange only when the record Homing
    // manages holds the address; another record holding it is the user's to
    // sort out, never a silent success (the managed one keeps its old value).
    ProviderStep verified() const
    {
        return ProviderStep::finish(
            resultAfterDuplicateRefusal(matches(), m_target, m_managedId, m_line, QStringLiteral("Alibaba Cloud DNS"), m_refusal));
    }

    ProviderStep recordsComplete()
    {
        if (m_stage == Stage::Verify)
            return verified();
        // The default line goes unnamed in the check's finding.
        return decideRecord(
            matches(), m_target, m_zone.listed, m_managedId, m_mode == Mode::Check,
            m_line != kDefaultLine ? m_line : QString(), [this] { return addRecord(); },
            [this](qsizetype index) { return updateRecord(m_records.at(index)); });
    }

    ProviderStep addRecord()
    {
        m_stage = Stage::Write;
        m_actionDone = Text::tr("created");
        ByteArrayPairs parameters{{"DomainName", m_zone.listed.toUtf8()},
                                  {"RR", m_rr.toUtf8()},
                                  {"Type", m_target.record.type.toUtf8()},
                                  {"Value", m_target.address.toString().toUtf8()},
                                  {"Line", m_line.toUtf8()}};
        // No TTL: the service's default (600), unless the record sets one.
        if (m_target.record.ttl > 0)
            parameters.append({"TTL", QByteArray::number(m_target.record.ttl)});
        return send("AddDomainRecord", parameters);
    }

    ProviderStep updateRecord(const QJsonObject &record)
    {
        m_stage = Stage::Write;
        m_actionDone = Text::tr("changed from %1").arg(record.value(QStringLiteral("Value")).toString());
        // UpdateDomainRecord puts back its defaults (line "default", TTL 600)
        // for what it is not sent: send the record's own line, RR and TTL.
        const int ttl = m_target.record.ttl > 0 ? m_target.record.ttl : ttlOf(record);
        ByteArrayPairs parameters{{"RecordId", stringOf(record.value(QStringLiteral("RecordId"))).toUtf8()},
                                  {"RR", record.value(QStringLiteral("RR")).toString().toUtf8()},
                                  {"Type", record.value(QStringLiteral("Type")).toString().toUtf8()},
                                  {"Value", m_target.address.toString().toUtf8()},
                                  {"Line", record.value(QStringLiteral("Line")).toString().toUtf8()}};
        if (ttl > 0)
            parameters.append({"TTL", QByteArray::number(ttl)});
        return send("UpdateDomainRecord", parameters);
    }

    ProviderStep written(const QJsonObject &root)
    {
        if (stringOf(root.value(QStringLiteral("RecordId"))).isEmpty())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("Alibaba Cloud DNS answered %1 without the record's id")
                                            .arg(QString::fromLatin1(m_action)));
        return ProviderStep::finish(ResultKind::Ok, Text::tr("record %1").arg(m_actionDone));
    }

    QUrl m_apiBase;
    QString m_accessKeyId;
    QString m_secret;
    AlidnsProvider::SigningSources m_signing;
    RecordTarget m_target;
    QString m_line;
    QString m_managedId;
    Mode m_mode;
    Stage m_stage = Stage::Domains;
    QByteArray m_action;
    int m_page = 1;
    int m_requests = 0; // sent so far, against JobRunner::kMaximumSteps
    QString m_refusal;  // the DomainRecordDuplicate answer, while the records are read again
    int m_domainsSeen = 0; // domains listed over the pages read so far
    int m_recordsSeen = 0; // records listed (of any name, type or line) over the pages read so far
    QList<Zone> m_zones;
    Zone m_zone;
    QString m_rr;
    QList<QJsonObject> m_records; // this record's matches on its line, from every page read
    QString m_actionDone;
};

} // namespace

AlidnsProvider::AlidnsProvider(QUrl apiBase, QString accessKeyId)
    : m_apiBase(std::move(apiBase))
    , m_accessKeyId(std::move(accessKeyId))
{
}

QString AlidnsProvider::lineOf(const RecordSpec &record)
{
    return recordLine(record, kDefaultLine);
}

HttpRequest AlidnsProvider::signedRequest(const QUrl &apiBase, const QByteArray &action, const ByteArrayPairs &parameters,
                                          const QString &accessKeyId, const QString &accessKeySecret,
                                          const QDateTime &now, const QByteArray &nonce)
{
    HttpRequest request;
    request.method = "POST";
    request.url = apiBase;
    if (request.url.path().isEmpty())
        request.url.setPath(QStringLiteral("/"));

    // The host as it goes out: the Host header of HTTP/1.1 (set here, so Qt
    // does not write its own) and HTTP/2's :authority are both this.
    const QByteArray host = hostHeader(request.url);
    const QByteArray emptyBodyHash = sha256Hex(QByteArray());

    Acs3Request signing;
    signing.method = request.method;
    signing.uri = request.url.path(QUrl::FullyEncoded).toLatin1();
    signing.query = parameters;
    signing.payloadHash = emptyBodyHash;
    signing.headers = {{"host", host},
                       {"x-acs-action", action},
                       {"x-acs-version", kApiVersion},
                       {"x-acs-date", now.toUTC().toString(Qt::ISODate).toLatin1()},
                       {"x-acs-signature-nonce", nonce},
                       {"x-acs-content-sha256", emptyBodyHash}};
    // The query goes out exactly as it is signed: RFC 3986-encoded and sorted.
    request.url.setQuery(QString::fromLatin1(acs3CanonicalRequest(signing).canonicalQuery()), QUrl::StrictMode);

    for (const auto &[name, value] : std::as_const(signing.headers))
        request.setHeader(name, value);
    request.setHeader("Accept", "application/json");
    request.setHeader("Authorization", acs3Authorization(signing, accessKeyId, accessKeySecret));
    request.carriesCredential = true;
    return request;
}

AlidnsProvider::Reply AlidnsProvider::parseReply(const QByteArray &action, const HttpReply &reply, const QDateTime &now)
{
    Reply result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    const bool parsed = error.error == QJsonParseError::NoError && document.isObject();
    result.root = document.object();
    result.code = result.root.value(QStringLiteral("Code")).toString();
    if (parsed && reply.status >= 200 && reply.status < 300 && result.code.isEmpty())
        return result;

    std::optional<Classification> classification;
    if (!result.code.isEmpty())
        classification = classifyCode(result.code, action);
    if (!classification) {
        if (const auto kind = classifyHttpStatus(reply.status))
            classification = Classification{*kind, *kind == ResultKind::AuthFailed ? policyAdvice(action) : QString()};
        else if (parsed && !result.code.isEmpty() && reply.status >= 400 && reply.status < 500)
            classification = Classification{ResultKind::ConfigError, {}};
        else
            classification = Classification{ResultKind::BadResponse, {}};
    }

    // Details are cut at 300 characters: with advice, the Code says enough of
    // the service's words; without, its message and request id follow.
    const QString actionName = QString::fromLatin1(action);
    QString detail;
    if (!result.code.isEmpty() && !classification->advice.isEmpty()) {
        detail = Text::tr("%1: HTTP status %2, %3; %4").arg(actionName).arg(reply.status).arg(result.code, classification->advice);
    } else if (!result.code.isEmpty()) {
        detail = Text::tr("%1: HTTP status %2, %3: %4")
                     .arg(actionName)
                     .arg(reply.status)
                     .arg(result.code, result.root.value(QStringLiteral("Message")).toString());
        const QString requestId = result.root.value(QStringLiteral("RequestId")).toString();
        if (!requestId.isEmpty())
            detail = Text::tr("%1 (request %2)").arg(detail, requestId);
    } else {
        detail = reply.body.trimmed().isEmpty()
            ? Text::tr("%1: HTTP status %2").arg(actionName).arg(reply.status)
            : Text::tr("%1: HTTP status %2, %3").arg(actionName).arg(reply.status).arg(oneLine(reply.body));
        if (!classification->advice.isEmpty())
            detail = Text::tr("%1; %2").arg(detail, classification->advice);
    }
    UpdateResult failure = UpdateResult::make(classification->kind, detail);
    if (failure.kind == ResultKind::RateLimited)
        failure.retryAfterSeconds = throttleSeconds(reply, now);
    result.failure = failure;
    return result;
}

QList<ConfigIssue> AlidnsProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    const int ttl = record.ttl;
    if (ttl < 0 || ttl > kMaximumTtl) {
        issues.append(ConfigIssue::error(QStringLiteral("ttl"),
                                         Text::tr("Alibaba Cloud DNS takes TTLs of 1 to 86400 seconds (0: its default, "
                                                  "600)")));
    } else if (ttl > 0 && ttl < kFreeEditionMinimumTtl) {
        issues.append(ConfigIssue::warning(QStringLiteral("ttl"),
                                           Text::tr("below 600 seconds, the free edition's minimum: only a paid "
                                                    "edition takes it (Enterprise Standard 60, Enterprise Ultimate 1); "
                                                    "on the free edition every update is refused")));
    }
    // Line codes are ASCII ("telecom"); the console shows them by their Chinese names.
    static const QRegularExpression lineCode(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const QJsonValue line = record.settings.value(QStringLiteral("line"));
    if (line.isString() && !line.toString().trimmed().isEmpty() && !lineCode.match(line.toString().trimmed()).hasMatch())
        issues.append(ConfigIssue::error(QStringLiteral("settings.line"),
                                         Text::tr("must be the line's code as the API spells it, e.g. default (默认), "
                                                  "telecom (电信), unicom (联通), mobile (移动), oversea (境外), edu "
                                                  "(教育网)")));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString recordId = managedRecordId(record);
    if (!recordId.isEmpty() && !digits.match(recordId).hasMatch())
        issues.append(ConfigIssue::error(QStringLiteral("settings.record_id"),
                                         Text::tr("must be the record's RecordId, a number such as 9999985")));
    return issues;
}

std::unique_ptr<Provider> AlidnsProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    const QString accessKeyId = account.settings.value(QStringLiteral("access_key_id")).toString().trimmed();
    static const QRegularExpression keyId(QStringLiteral("^[A-Za-z0-9]+$"));
    // A missing ID is the generic check's to report (the field is required).
    if (!accessKeyId.isEmpty() && !keyId.match(accessKeyId).hasMatch()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.access_key_id"),
                                         Text::tr("must be an AccessKey ID: letters and digits, such as "
                                                  "LTAI5tExampleKeyId (the secret goes in the secrets)")));
        return nullptr;
    }
    return std::make_unique<AlidnsProvider>(
        endpointUrl(account.endpoint, QStringLiteral("https://alidns.aliyuncs.com"), QStringLiteral("/"), issues),
        accessKeyId);
}

std::unique_ptr<ProviderJob> AlidnsProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<AlidnsJob>(m_apiBase, m_accessKeyId, secrets.value(QStringLiteral("access_key_secret")),
                                       m_signing, target, AlidnsJob::Mode::Update);
}

std::unique_ptr<ProviderJob> AlidnsProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<AlidnsJob>(m_apiBase, m_accessKeyId, secrets.value(QStringLiteral("access_key_secret")),
                                       m_signing, RecordTarget{record, {}}, AlidnsJob::Mode::Check);
}

} // namespace providers

void registerAlidnsProvider(ProviderRegistry &registry)
{
    const auto accessKeyId = FieldSpec::setting(
        QStringLiteral("access_key_id"), QT_TRANSLATE_NOOP("homing::Providers", "AccessKey ID"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The AccessKey ID of a RAM user made for Homing, not of the main account: in the RAM "
                          "console (访问控制 RAM) > Identities > Users, create a user with OpenAPI access and grant it "
                          "the system policy AliyunDNSFullAccess, or a custom policy allowing alidns:DescribeDomains "
                          "and alidns:DescribeSubDomainRecords (to find the record, and for Test) and "
                          "alidns:AddDomainRecord and alidns:UpdateDomainRecord (to write it)."))
                                 .makeRequired();
    const auto accessKeySecret = FieldSpec::secret(
        QStringLiteral("access_key_secret"), QT_TRANSLATE_NOOP("homing::Providers", "AccessKey secret"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Shown once, when the AccessKey is created (RAM console > Users > the user > AccessKey). "
                          "Homing signs each request with it (ACS3-HMAC-SHA256) and never sends it."))
                                     .makeRequired();
    const auto line = providers::lineField(
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional. The ISP line (解析线路) of the record Homing manages, by its code: default "
                          "(默认), telecom (电信), unicom (联通), mobile (移动), oversea (境外), edu (教育网), drpeng "
                          "(鹏博士), btvn (广电网), or a finer line's code from the console. Records of other lines "
                          "are never read into the decision nor changed."),
        QStringLiteral("default"));

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("alidns");
    descriptor.name = QString::fromUtf8(QT_TRANSLATE_NOOP("homing::Providers", "Alibaba Cloud DNS"));
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {accessKeyId, accessKeySecret, line, providers::recordIdField()};
    descriptor.create = &providers::AlidnsProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {1, 86400}; // 600 at least on the free and Personal editions
    registry.add(std::move(descriptor));
}

} // namespace homing
