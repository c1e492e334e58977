#include "DnspodProvider.h"

#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordDecision.h"
#include "records/RecordFields.h"
#include "signing/HostHeader.h"
#include "signing/Tc3Signer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Dnspod)
};

const QString kDefaultBase = QStringLiteral("https://dnspod.tencentcloudapi.com");
const QByteArray kContentType = "application/json; charset=utf-8";

// TTL 1 to 604800 seconds; the domain's plan sets the lowest (600 on the free
// plan, as DNSPod's plan table and other clients say; the API page only says
// "different grades have different minimums").
constexpr int kMinimumTtl = 1;
constexpr int kMaximumTtl = 604800;
constexpr int kFreePlanMinimumTtl = 600;

// Pages: DescribeDomainList takes up to 3000 a page (its default), the record
// list 100 (its default). The caps keep a job within JobRunner::kMaximumSteps
// (12): domain pages, record pages, the write and, after a "record exists"
// refusal, the record pages again (3 + 3 + 1 + 3).
constexpr int kDomainPageSize = 3000;
constexpr int kMaximumDomainPages = 3;
constexpr int kRecordPageSize = 100;
constexpr int kMaximumRecordPages = 3;
constexpr int kZonesNamedInCheck = 10;

const QString kNoDataOfRecord = QStringLiteral("ResourceNotFound.NoDataOfRecord");
const QString kNoDataOfDomain = QStringLiteral("ResourceNotFound.NoDataOfDomain");
const QString kRecordExists = QStringLiteral("InvalidParameter.DomainRecordExist");

QString defaultLine()
{
    return QString::fromUtf8(DnspodProvider::kDefaultLine);
}

qint64 integerOf(const QJsonValue &value)
{
    // DNSPod writes ids and counts as numbers; older answers wrote some as strings.
    if (value.isString())
        return value.toString().toLongLong();
    return value.toInteger();
}

bool isTtlCode(const QString &code)
{
    return code == QLatin1String("LimitExceeded.RecordTtlLimit") || code == QLatin1String("InvalidParameter.RecordTtlLimit")
        || code == QLatin1String("InvalidParameter.TTLInvalid");
}

// DNSPod refuses to publish an address on its blacklist: not a permission.
constexpr const char *kBlacklistedAddress = "OperationDenied.IPInBlacklistNotAllowed";

bool isPermissionCode(const QString &code)
{
    return code.startsWith(QLatin1String("UnauthorizedOperation")) || code == QLatin1String("AuthFailure.UnauthorizedOperation")
        || (code.startsWith(QLatin1String("OperationDenied.")) && code != QLatin1String(kBlacklistedAddress))
        || code == QLatin1String("FailedOperation.NotDomainOwner");
}

struct Domain {
    QString zone;   // punycode, lower case: what record names are matched against
    QString name;   // as DNSPod wrote it (the API's Domain parameter)
    qint64 id = 0;
    QString grade;  // GradeTitle, for the TTL advice
};

class DnspodJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    DnspodJob(QUrl apiBase, QString secretId, QString secretKey, RecordTarget target, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_secretId(std::move(secretId))
        , m_secretKey(std::move(secretKey))
        , m_target(std::move(target))
        , m_mode(mode)
    {
        if (m_apiBase.path().isEmpty())
            m_apiBase.setPath(QStringLiteral("/"));
        m_line = recordLine(m_target.record, defaultLine());
        m_managedId = managedRecordId(m_target.record);
    }

    ProviderStep start() override
    {
        if (m_secretKey.isEmpty())
            return ProviderStep::finish(ResultKind::ConfigError, Text::tr("the account has no SecretKey"));
        return listDomains();
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        const auto parsed = DnspodProvider::parseReply(reply);
        if (parsed.failure) {
            // Empty lists are errors in this API; they only mean "none".
            if (m_stage == Stage::Domains && parsed.errorCode == kNoDataOfDomain)
                return domainsComplete();
            if ((m_stage == Stage::Records || m_stage == Stage::Verify) && parsed.errorCode == kNoDataOfRecord)
                return recordsComplete();
            if (m_stage == Stage::Write && parsed.errorCode == kRecordExists) {
                // The same name, type, line and value exist already: only a
                // fresh list says whether it is this record's address.
                m_refusal = parsed.failure->detail;
                m_stage = Stage::Verify;
                m_records.clear();
                return listRecords(0);
            }
            return ProviderStep::finish(explain(parsed));
        }
        switch (m_stage) {
        case Stage::Domains:
            return domainsListed(parsed.response);
        case Stage::Records:
        case Stage::Verify:
            return recordsListed(parsed.response);
        case Stage::Write:
            return written(parsed.response);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Domains, Records, Write, Verify };

    HttpRequest request(const QByteArray &action, const QJsonObject &body) const
    {
        HttpRequest request;
        request.method = "POST";
        request.url = m_apiBase;
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        Tc3Request signing;
        // Signed as the official SDK signs: content-type and host. The host is
        // the Host header exactly as sent (with a port that is not 443: the
        // service signs what it receives), set here so that Qt writes no other.
        signing.host = hostHeader(m_apiBase);
        signing.service = "dnspod";
        signing.action = action;
        signing.contentType = kContentType;
        signing.payload = request.body;
        signing.timestamp = QDateTime::currentDateTimeUtc().toSecsSinceEpoch();
        signing.signAction = false;
        request.setHeader("Host", signing.host);
        request.setHeader("Content-Type", kContentType);
        request.setHeader("X-TC-Action", action);
        request.setHeader("X-TC-Version", DnspodProvider::kVersion);
        request.setHeader("X-TC-Timestamp", QByteArray::number(signing.timestamp));
        request.setHeader("Authorization", tc3Authorization(signing, m_secretId, m_secretKey));
        request.setHeader("Accept", "application/json");
        request.carriesCredential = true;
        return request;
    }

    // -- the zone ----------------------------------------------------------

    ProviderStep listDomains()
    {
        m_stage = Stage::Domains;
        ++m_domainPages;
        return ProviderStep::send(request("DescribeDomainList", QJsonObject{{QStringLiteral("Offset"), m_domainOffset},
                                                                            {QStringLiteral("Limit"), kDomainPageSize}}));
    }

    ProviderStep domainsListed(const QJsonObject &response)
    {
        const QJsonValue list = response.value(QStringLiteral("DomainList"));
        if (!list.isArray() && !list.isUndefined() && !list.isNull())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("DNSPod's domain list holds no list of domains"));
        const QJsonArray items = list.toArray();
        for (const auto &item : items) {
            const QJsonObject object = item.toObject();
            Domain domain;
            domain.name = object.value(QStringLiteral("Name")).toString();
            const QString punycode = object.value(QStringLiteral("Punycode")).toString();
            domain.zone = dnsname::normalized(punycode.isEmpty() ? domain.name : punycode);
            domain.id = integerOf(object.value(QStringLiteral("DomainId")));
            domain.grade = object.value(QStringLiteral("GradeTitle")).toString();
            if (!domain.zone.isEmpty() && !domain.name.isEmpty())
                m_domains.append(domain);
        }
        m_domainOffset += int(items.size());
        const qint64 total = integerOf(response.value(QStringLiteral("DomainCountInfo")).toObject().value(QStringLiteral("DomainTotal")));
        if (!items.isEmpty() && m_domainOffset < total) {
            // Permanent until the account changes: a setting, not a retry.
            if (m_domainPages >= kMaximumDomainPages)
                return ProviderStep::finish(ResultKind::ConfigError,
                                            Text::tr("the DNSPod account has %1 domains, more than Homing reads (%2) to "
                                                     "find the one that holds a name; Homing changes nothing: use a key "
                                                     "of an account (or a CAM user limited to the domains it needs) that "
                                                     "sees fewer domains")
                                                .arg(total)
                                                .arg(kMaximumDomainPages * kDomainPageSize));
            return listDomains();
        }
        return domainsComplete();
    }

    ProviderStep domainsComplete()
    {
        if (m_mode == Mode::Check && m_target.record.name.isEmpty()) {
            if (m_domains.isEmpty())
                return ProviderStep::finish(ResultKind::NoSuchHost,
                                            Text::tr("the API key works but sees no domain: add the domain to DNSPod, or "
                                                     "give the key's CAM user access to it"));
            QStringList names;
            for (const auto &domain : std::as_const(m_domains))
                names.append(domain.zone);
            if (names.size() > kZonesNamedInCheck)
                names = names.mid(0, kZonesNamedInCheck) << QStringLiteral("…");
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the API key works; it sees the domain(s) %1")
                                                            .arg(names.join(QStringLiteral(", "))));
        }
        QStringList zones;
        for (const auto &domain : std::as_const(m_domains))
            zones.append(domain.zone);
        const QString zone = dnsname::longestZoneFor(m_target.record.name, zones);
        if (zone.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no domain of this DNSPod account holds %1: add the domain to DNSPod, or "
                                                 "give the key's CAM user access to it")
                                            .arg(m_target.record.name));
        m_domain = m_domains.at(zones.indexOf(zone));
        m_subDomain = dnsname::relativeName(m_target.record.name, m_domain.zone);
        m_stage = Stage::Records;
        return listRecords(0);
    }

    // -- the record --------------------------------------------------------

    QJsonObject domainParameters() const
    {
        return {{QStringLiteral("Domain"), m_domain.name}, {QStringLiteral("DomainId"), m_domain.id}};
    }

    ProviderStep listRecords(int offset)
    {
        m_recordOffset = offset;
        if (offset == 0)
            m_recordPages = 0;
        ++m_recordPages;
        QJsonObject body = domainParameters();
        body.insert(QStringLiteral("Subdomain"), m_subDomain); // lower-case d in this call only
        body.insert(QStringLiteral("RecordType"), m_target.record.type);
        body.insert(QStringLiteral("RecordLine"), m_line);
        body.insert(QStringLiteral("Offset"), offset);
        body.insert(QStringLiteral("Limit"), kRecordPageSize);
        return ProviderStep::send(request("DescribeRecordList", body));
    }

    bool onTheLine(const QJsonObject &record) const
    {
        const QString line = record.value(QStringLiteral("Line")).toString();
        if (line == m_line)
            return true;
        // The default line's id is "0" whatever the language of its name.
        const bool wantDefault = m_line == defaultLine() || m_line.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0;
        return wantDefault && record.value(QStringLiteral("LineId")).toVariant().toString() == QLatin1String("0");
    }

    ProviderStep recordsListed(const QJsonObject &response)
    {
        const QJsonValue list = response.value(QStringLiteral("RecordList"));
        if (!list.isArray())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("DNSPod's record list holds no list of records"));
        const QJsonArray items = list.toArray();
        for (const auto &item : items) {
            const QJsonObject record = item.toObject();
            // Filter again: never touch a record of another name, type or line.
            if (record.value(QStringLiteral("Name")).toString().compare(m_subDomain, Qt::CaseInsensitive) == 0
                && record.value(QStringLiteral("Type")).toString().compare(m_target.record.type, Qt::CaseInsensitive) == 0
                && onTheLine(record)) {
                m_records.append(record);
            }
        }
        const int read = m_recordOffset + int(items.size());
        const qint64 total = integerOf(response.value(QStringLiteral("RecordCountInfo")).toObject().value(QStringLiteral("TotalCount")));
        if (!items.isEmpty() && read < total) {
            if (m_recordPages >= kMaximumRecordPages)
                // Never create a record while some of the list is unread: it may hold this one.
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("DNSPod listed %1 %2 records for %3 on the line %4, more than Homing "
                                                     "reads (%5); Homing changes nothing")
                                                .arg(total)
                                                .arg(m_target.record.type, m_target.record.name, m_line)
                                                .arg(kMaximumRecordPages * kRecordPageSize));
            return listRecords(read);
        }
        return recordsComplete();
    }

    QList<ExistingRecord> matches() const
    {
        QList<ExistingRecord> result;
        for (const auto &record : m_records)
            result.append(ExistingRecord{QString::number(integerOf(record.value(QStringLiteral("RecordId")))),
                                         record.value(QStringLiteral("Value")).toString(),
                                         int(integerOf(record.value(QStringLiteral("TTL"))))});
        return result;
    }

    ProviderStep recordsComplete()
    {
        const QList<ExistingRecord> found = matches();
        if (m_stage == Stage::Verify)
            return verified(found);
        return decideRecord(
            found, m_target, m_domain.zone, m_managedId, m_mode == Mode::Check, m_line, [this] { return createRecord(); },
            [this](qsizetype index) { return modifyRecord(m_records.at(index)); });
    }

    ProviderStep createRecord()
    {
        QJsonObject body = domainParameters();
        body.insert(QStringLiteral("SubDomain"), m_subDomain);
        body.insert(QStringLiteral("RecordType"), m_target.record.type);
        body.insert(QStringLiteral("RecordLine"), m_line);
        body.insert(QStringLiteral("Value"), m_target.address.toString());
        if (m_target.record.ttl > 0)
            body.insert(QStringLiteral("TTL"), m_target.record.ttl);
        m_stage = Stage::Write;
        m_action = Text::tr("created on the line %1").arg(m_line);
        return ProviderStep::send(request("CreateRecord", body));
    }

    ProviderStep modifyRecord(const QJsonObject &record)
    {
        // ModifyRecord sets what it is given and defaults the rest (SubDomain
        // "@", Status ENABLE, no weight): send the record's own name, line,
        // TTL, weight, status and remark, with the new value.
        QJsonObject body = domainParameters();
        body.insert(QStringLiteral("RecordId"), integerOf(record.value(QStringLiteral("RecordId"))));
        body.insert(QStringLiteral("SubDomain"), record.value(QStringLiteral("Name")).toString());
        body.insert(QStringLiteral("RecordType"), record.value(QStringLiteral("Type")).toString());
        body.insert(QStringLiteral("RecordLine"), record.value(QStringLiteral("Line")).toString());
        const QString lineId = record.value(QStringLiteral("LineId")).toVariant().toString();
        if (!lineId.isEmpty())
            body.insert(QStringLiteral("RecordLineId"), lineId);
        body.insert(QStringLiteral("Value"), m_target.address.toString());
        const qint64 ttl = m_target.record.ttl > 0 ? m_target.record.ttl : integerOf(record.value(QStringLiteral("TTL")));
        if (ttl > 0)
            body.insert(QStringLiteral("TTL"), ttl);
        const QJsonValue weight = record.value(QStringLiteral("Weight"));
        if (weight.isDouble())
            body.insert(QStringLiteral("Weight"), weight.toInteger());
        const QString status = record.value(QStringLiteral("Status")).toString();
        if (!status.isEmpty())
            body.insert(QStringLiteral("Status"), status);
        const QString remark = record.value(QStringLiteral("Remark")).toString();
        if (!remark.isEmpty())
            body.insert(QStringLiteral("Remark"), remark);
        m_stage = Stage::Write;
        m_action = Text::tr("changed from %1").arg(record.value(QStringLiteral("Value")).toString());
        return ProviderStep::send(request("ModifyRecord", body));
    }

    ProviderStep written(const QJsonObject &response)
    {
        if (integerOf(response.value(QStringLiteral("RecordId"))) <= 0)
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("DNSPod answered without the record's id"));
        return ProviderStep::finish(ResultKind::Ok, Text::tr("record %1").arg(m_action));
    }

    ProviderStep verified(const QList<ExistingRecord> &found) const
    {
        return ProviderStep::finish(
            resultAfterDuplicateRefusal(found, m_target, m_managedId, m_line, QStringLiteral("DNSPod"), m_refusal));
    }

    // An error answer in plain words: what happened, then what to do.
    UpdateResult explain(const DnspodProvider::Reply &parsed) const
    {
        UpdateResult result = *parsed.failure;
        const QString &code = parsed.errorCode;
        const QString said = result.detail;
        if (code.isEmpty())
            return result;
        if (code == QLatin1String("AuthFailure.SignatureExpire")) {
            result.detail = Text::tr("DNSPod refused the request's time stamp: this computer's clock is more than 5 "
                                     "minutes off (%1)")
                                .arg(said);
        } else if (code == QLatin1String(kBlacklistedAddress)) {
            result.detail = Text::tr("DNSPod refuses to publish %1: the address is on its blacklist. No key or setting "
                                     "changes that; ask DNSPod (Tencent Cloud support) to review the address, or publish "
                                     "another one (%2)")
                                .arg(m_target.address.toString(), said);
        } else if (isPermissionCode(code)) {
            result.detail = Text::tr("the API key may not do this: attach the policy QcloudDNSPodFullAccess to its CAM "
                                     "user, or a custom policy allowing dnspod:DescribeDomainList, "
                                     "dnspod:DescribeRecordList, dnspod:CreateRecord and dnspod:ModifyRecord (%1)")
                                .arg(said);
        } else if (code.startsWith(QLatin1String("AuthFailure"))) {
            result.detail = Text::tr("DNSPod rejected the API key: check the SecretId and the SecretKey (Tencent Cloud "
                                     "console, CAM > API keys) (%1)")
                                .arg(said);
        } else if (isTtlCode(code)) {
            QString plan = m_domain.grade.isEmpty() ? QString() : Text::tr(" (this domain's plan: %1)").arg(m_domain.grade);
            result.detail = Text::tr("DNSPod refused the TTL: a TTL is 1 to 604800 seconds, and the domain's plan sets "
                                     "the lowest one%2, 600 on the free plan; set the record's ttl to 600 or more, or to "
                                     "0 for DNSPod's default (%1)")
                                .arg(said, plan);
        } else if (code == QLatin1String("InvalidParameter.RecordLineInvalid")) {
            result.detail = Text::tr("DNSPod does not offer the ISP line \"%1\" for %2: write the line as the DNSPod "
                                     "console names it (默认, 电信, 联通, 移动, 境外, 搜索引擎 …); some lines need a paid "
                                     "plan (%3)")
                                .arg(m_line, m_domain.zone.isEmpty() ? m_target.record.name : m_domain.zone, said);
        } else if (code == QLatin1String("FailedOperation.MustAddDefaultLineFirst")) {
            result.detail = Text::tr("DNSPod needs an %1 record of %2 on the default line (默认) before one on the line %3: "
                                     "create the default line's record first (%4)")
                                .arg(m_target.record.type, m_target.record.name, m_line, said);
        } else if (result.kind == ResultKind::NoSuchHost) {
            result.detail = Text::tr("DNSPod does not know the domain or record: check the record's name, and that the "
                                     "domain is in this account (%1)")
                                .arg(said);
        }
        return result;
    }

    QUrl m_apiBase;
    QString m_secretId;
    QString m_secretKey;
    RecordTarget m_target;
    Mode m_mode;
    QString m_line;
    QString m_managedId;
    Stage m_stage = Stage::Domains;
    QList<Domain> m_domains;
    int m_domainOffset = 0;
    int m_domainPages = 0;
    Domain m_domain;
    QString m_subDomain;
    int m_recordOffset = 0;
    int m_recordPages = 0;
    QList<QJsonObject> m_records; // this record's matches, from every page read so far
    QString m_action;
    QString m_refusal; // the "record exists" answer, while the list is read again
};

} // namespace

DnspodProvider::DnspodProvider(QUrl apiBase, QString secretId)
    : m_apiBase(std::move(apiBase))
    , m_secretId(std::move(secretId))
{
}

ResultKind DnspodProvider::kindForCode(const QString &code)
{
    const auto is = [&code](const char *name) { return code == QLatin1String(name); };
    const auto starts = [&code](const char *prefix) { return code.startsWith(QLatin1String(prefix)); };
    if (is("AuthFailure.SignatureExpire"))
        return ResultKind::ClockSkew;
    if (starts("RequestLimitExceeded") || is("FailedOperation.FrequencyLimit"))
        return ResultKind::RateLimited;
    if (is("LimitExceeded.FailedLoginLimitExceeded") || is("InvalidParameter.AccountIsBanned")
        || is("FailedOperation.DomainIsSpam") || is("InvalidParameter.RequestIpLimited"))
        return ResultKind::Abuse;
    if (is(kBlacklistedAddress))
        return ResultKind::Abuse;
    if (starts("AuthFailure") || starts("UnauthorizedOperation") || starts("OperationDenied")
        || is("FailedOperation.NotDomainOwner") || is("FailedOperation.LoginFailed")
        || is("FailedOperation.LoginAreaNotAllowed") || starts("InvalidParameter.LoginToken"))
        return ResultKind::AuthFailed;
    if (starts("ResourceNotFound") || is("InvalidParameterValue.DomainNotExists") || is("InvalidParameter.DomainNotExists")
        || is("InvalidParameter.DomainIdInvalid") || is("InvalidParameter.RecordIdInvalid"))
        return ResultKind::NoSuchHost;
    // "操作失败，请稍候再试" (failed, try again later): transient, before the
    // InvalidParameter prefix makes it a setting.
    if (starts("InternalError") || is("FailedOperation") || is("FailedOperation.UnknowError")
        || is("InvalidParameter.OperateFailed")
        || starts("ResourceUnavailable") || is("ServiceUnavailable"))
        return ResultKind::ServerError;
    if (starts("InvalidParameter") || starts("LimitExceeded") || starts("FailedOperation.")
        || starts("UnsupportedOperation") || starts("ResourceInUse"))
        return ResultKind::ConfigError;
    // MissingParameter, UnknownParameter, InvalidAction: what Homing sent is wrong.
    return ResultKind::BadResponse;
}

DnspodProvider::Reply DnspodProvider::parseReply(const HttpReply &reply)
{
    Reply result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    const bool parsed = error.error == QJsonParseError::NoError && document.isObject()
        && document.object().value(QStringLiteral("Response")).isObject();
    result.response = document.object().value(QStringLiteral("Response")).toObject();
    const QJsonObject apiError = result.response.value(QStringLiteral("Error")).toObject();
    if (parsed && apiError.isEmpty() && reply.status >= 200 && reply.status < 300)
        return result;

    if (parsed && !apiError.isEmpty()) {
        // API errors come with HTTP 200: the code decides.
        result.errorCode = apiError.value(QStringLiteral("Code")).toString();
        const QString message = apiError.value(QStringLiteral("Message")).toString();
        // The request id is left out: details are cut at 300 characters, and
        // the code and message say what happened.
        result.failure = UpdateResult::make(kindForCode(result.errorCode), QStringLiteral("%1: %2").arg(result.errorCode, message));
        return result;
    }
    const QString body = oneLine(reply.body);
    const QString detail = body.isEmpty() ? Text::tr("HTTP status %1").arg(reply.status)
                                          : Text::tr("HTTP status %1, %2").arg(reply.status).arg(body);
    result.failure = UpdateResult::make(classifyHttpStatus(reply.status).value_or(ResultKind::BadResponse), detail);
    return result;
}

QList<ConfigIssue> DnspodProvider::validateRecord(const RecordSpec &record) const
{
    return validateDnspodRecord(record);
}

QList<ConfigIssue> DnspodProvider::validateDnspodRecord(const RecordSpec &record)
{
    QList<ConfigIssue> issues;
    const int ttl = record.ttl;
    if (ttl != 0 && (ttl < kMinimumTtl || ttl > kMaximumTtl))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"), Text::tr("DNSPod takes a TTL of 1 to 604800 seconds")));
    else if (ttl != 0 && ttl < kFreePlanMinimumTtl)
        issues.append(ConfigIssue::warning(QStringLiteral("ttl"),
                                           Text::tr("DNSPod's free plan takes 600 seconds at least; less needs a paid "
                                                    "plan (DNSPod refuses it otherwise)")));
    const QJsonValue line = record.settings.value(QStringLiteral("line"));
    if (!line.isUndefined() && line.toString().trimmed().isEmpty())
        issues.append(ConfigIssue::error(QStringLiteral("settings.line"),
                                         Text::tr("must name an ISP line, such as 默认 (the default line)")));
    return issues;
}

std::unique_ptr<Provider> DnspodProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    const QString secretId = account.settings.value(QStringLiteral("secret_id")).toString().trimmed();
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9]+$"));
    // An empty one is the required-field check's to report.
    if (!secretId.isEmpty() && !shape.match(secretId).hasMatch()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.secret_id"),
                                         Text::tr("must be the API key's SecretId (letters and digits, such as AKID…)")));
        return nullptr;
    }
    return std::make_unique<DnspodProvider>(endpointUrl(account.endpoint, kDefaultBase, QString(), issues), secretId);
}

std::unique_ptr<ProviderJob> DnspodProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<DnspodJob>(m_apiBase, m_secretId, secrets.value(QStringLiteral("secret_key")), target,
                                       DnspodJob::Mode::Update);
}

std::unique_ptr<ProviderJob> DnspodProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<DnspodJob>(m_apiBase, m_secretId, secrets.value(QStringLiteral("secret_key")),
                                       RecordTarget{record, {}}, DnspodJob::Mode::Check);
}

} // namespace providers

void registerDnspodProvider(ProviderRegistry &registry)
{
    const auto secretId = FieldSpec::setting(
        QStringLiteral("secret_id"), QT_TRANSLATE_NOOP("homing::Providers", "SecretId"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The SecretId of a Tencent Cloud API key. Create a sub-user in the console under CAM > Users "
                          "(programmatic access) with the policy QcloudDNSPodFullAccess, or a custom policy allowing "
                          "dnspod:DescribeDomainList and dnspod:DescribeRecordList (read, enough for the Test button) and "
                          "dnspod:CreateRecord and dnspod:ModifyRecord (write); its key is under API keys."))
                              .makeRequired();
    const auto secretKey = FieldSpec::secret(QStringLiteral("secret_key"), QT_TRANSLATE_NOOP("homing::Providers", "SecretKey"),
                                             QT_TRANSLATE_NOOP("homing::Providers",
                                                               "The SecretKey shown with the SecretId when the API key "
                                                               "was created."))
                               .makeRequired();
    const auto line = providers::lineField(QT_TRANSLATE_NOOP("homing::Providers",
                                                  "The ISP line (解析线路) of the record, as DNSPod names it: 默认 (the "
                                                  "default line), 电信, 联通, 移动, 境外, 搜索引擎 … Homing changes only the "
                                                  "record on this line; the records of other lines stay as they are. A "
                                                  "line other than 默认 needs a 默认 record of the same name first; some "
                                                  "lines need a paid plan."),
                                QString::fromUtf8(providers::DnspodProvider::kDefaultLine));

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("dnspod");
    descriptor.name = QString::fromUtf8(QT_TRANSLATE_NOOP("homing::Providers", "Tencent Cloud DNSPod"));
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {secretId, secretKey, line, providers::recordIdField()};
    descriptor.create = &providers::DnspodProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {1, 604800}; // the plan sets the lowest: 600 on the free plan
    registry.add(std::move(descriptor));
}

} // namespace homing
