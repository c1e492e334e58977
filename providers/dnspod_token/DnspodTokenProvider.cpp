#include "DnspodTokenProvider.h"
#include "DnspodProvider.h"

#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordDecision.h"
#include "records/RecordFields.h"
#include "signing/Rfc3986.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::DnspodToken)
};

const QString kDefaultBase = QStringLiteral("https://dnsapi.cn");
const QString kDefaultLine = QString::fromUtf8("\xe9\xbb\x98\xe8\xae\xa4"); // 默认

// Lists are forced into pages of 3000 (domains) and read 100 records at a
// time; the caps keep a job within JobRunner::kMaximumSteps (12): domain
// pages, record pages, the write and, after "the record exists", the record
// pages again (3 + 3 + 1 + 3).
constexpr int kDomainPageSize = 3000;
constexpr int kMaximumDomainPages = 3;
constexpr int kRecordPageSize = 100;
constexpr int kMaximumRecordPages = 3;
constexpr int kZonesNamedInCheck = 10;

const QString kDomainList = QStringLiteral("Domain.List");
const QString kRecordList = QStringLiteral("Record.List");
const QString kRecordCreate = QStringLiteral("Record.Create");
const QString kRecordModify = QStringLiteral("Record.Modify");
const QString kRecordExists = QStringLiteral("104"); // 记录已经存在，无需再次添加

qint64 integerOf(const QJsonValue &value)
{
    // This API writes most numbers as strings ("ttl":"600").
    if (value.isString())
        return value.toString().toLongLong();
    return value.toInteger();
}

QString stringOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

// What status.code means; some codes mean different things per action
// (DNSPod's API documentation lists them per action).
struct CodeMeaning {
    ResultKind kind;
    enum class Advice { None, Login, Permission, Ttl, Line, Exists, Empty } advice = Advice::None;
};

CodeMeaning meaningOf(const QString &action, const QString &code)
{
    using Advice = CodeMeaning::Advice;
    const bool create = action == kRecordCreate;
    const bool modify = action == kRecordModify;
    const bool write = create || modify;
    // Common codes, every action.
    if (code == QLatin1String("-1"))
        return {ResultKind::AuthFailed, Advice::Login};
    if (code == QLatin1String("-2"))
        return {ResultKind::RateLimited};
    if (code == QLatin1String("-3") || code == QLatin1String("-4") || code == QLatin1String("-7"))
        return {ResultKind::AuthFailed, Advice::Permission};
    if (code == QLatin1String("-8") || code == QLatin1String("-15") || code == QLatin1String("83"))
        return {ResultKind::Abuse};
    if (code == QLatin1String("85") || code == QLatin1String("50") || code == QLatin1String("52")
        || code == QLatin1String("54"))
        return {ResultKind::AuthFailed};
    if (code == QLatin1String("-99") || code == QLatin1String("3"))
        return {ResultKind::ServerError};
    if (code == QLatin1String("2"))
        return {ResultKind::BadResponse};
    if (action == kDomainList) {
        if (code == QLatin1String("9"))
            return {ResultKind::NoSuchHost, Advice::Empty};
        return {ResultKind::BadResponse};
    }
    if (action == kRecordList) {
        if (code == QLatin1String("10"))
            return {ResultKind::NoSuchHost, Advice::Empty};
        if (code == QLatin1String("6"))
            return {ResultKind::NoSuchHost};
        if (code == QLatin1String("9"))
            return {ResultKind::AuthFailed, Advice::Permission};
        return {ResultKind::BadResponse};
    }
    if (write) {
        if (code == kRecordExists)
            return {ResultKind::ConfigError, Advice::Exists};
        if (code == QLatin1String("7"))
            return {ResultKind::AuthFailed, Advice::Permission};
        if (code == QLatin1String("6"))
            return {modify ? ResultKind::NoSuchHost : ResultKind::ConfigError};
        if (code == QLatin1String("8") && modify)
            return {ResultKind::NoSuchHost};
        if (code == QLatin1String("26"))
            return {ResultKind::ConfigError, Advice::Line};
        if (code == QLatin1String("29") || (code == QLatin1String("32") && create))
            return {ResultKind::ConfigError, Advice::Ttl};
        // 21 locked, 22-25 sub-domain and round-robin limits, 27 type, 30 MX,
        // 31 conflicting record, 32-33 record counts, 34 value, 35 address not
        // allowed, 36 NS, 82 blacklisted address, 500025 A round-robin limit.
        bool number = false;
        code.toInt(&number);
        if (number)
            return {ResultKind::ConfigError};
    }
    return {ResultKind::BadResponse};
}

struct Domain {
    QString zone; // punycode, lower case
    QString id;
    QString grade;
};

class DnspodTokenJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    DnspodTokenJob(QUrl apiBase, QString token, RecordTarget target, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_token(std::move(token))
        , m_target(std::move(target))
        , m_mode(mode)
    {
        m_line = recordLine(m_target.record, kDefaultLine);
        m_managedId = managedRecordId(m_target.record);
    }

    ProviderStep start() override
    {
        // The secret is read per update, so its shape is checked here.
        const auto parts = DnspodTokenProvider::splitToken(m_token);
        if (!parts)
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("the DNSPod token must be written as ID,Token: the token's numeric ID, a "
                                                 "comma, then the token itself, as the DNSPod console shows them"));
        m_loginToken = parts->first + QLatin1Char(',') + parts->second;
        m_tokenPart = parts->second;
        return listDomains();
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        const auto parsed = DnspodTokenProvider::parseReply(m_action, reply);
        if (parsed.failure) {
            const CodeMeaning meaning = meaningOf(m_action, parsed.code);
            if (meaning.advice == CodeMeaning::Advice::Empty)
                return m_stage == Stage::Domains ? domainsComplete() : recordsComplete();
            if (m_stage == Stage::Write && meaning.advice == CodeMeaning::Advice::Exists) {
                m_refusal = parsed.failure->detail;
                m_stage = Stage::Verify;
                m_records.clear();
                return listRecords(0);
            }
            return ProviderStep::finish(explain(*parsed.failure, meaning));
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
    using Parameters = QList<QPair<QString, QString>>;

    ProviderStep send(const QString &action, const Parameters &parameters)
    {
        m_action = action;
        Parameters all{{QStringLiteral("login_token"), m_loginToken},
                       {QStringLiteral("format"), QStringLiteral("json")},
                       {QStringLiteral("error_on_empty"), QStringLiteral("no")}};
        all.append(parameters);
        QByteArray body;
        for (const auto &[name, value] : std::as_const(all)) {
            if (!body.isEmpty())
                body += '&';
            body += rfc3986Encode(name.toUtf8()) + '=' + rfc3986Encode(value.toUtf8());
        }
        HttpRequest request;
        request.method = "POST";
        request.url = appendPath(m_apiBase, QLatin1Char('/') + action);
        request.body = body;
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        request.setHeader("Accept", "application/json");
        request.carriesCredential = true;
        request.sensitiveValues = {m_tokenPart};
        return ProviderStep::send(request);
    }

    // -- the zone ----------------------------------------------------------

    ProviderStep listDomains()
    {
        m_stage = Stage::Domains;
        ++m_domainPages;
        return send(kDomainList, {{QStringLiteral("offset"), QString::number(m_domainOffset)},
                                  {QStringLiteral("length"), QString::number(kDomainPageSize)}});
    }

    ProviderStep domainsListed(const QJsonObject &root)
    {
        const QJsonValue list = root.value(QStringLiteral("domains"));
        if (!list.isArray() && !list.isUndefined() && !list.isNull())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("DNSPod's domain list holds no list of domains"));
        const QJsonArray items = list.toArray();
        for (const auto &item : items) {
            const QJsonObject object = item.toObject();
            const QString punycode = object.value(QStringLiteral("punycode")).toString();
            Domain domain;
            domain.zone = dnsname::normalized(punycode.isEmpty() ? object.value(QStringLiteral("name")).toString() : punycode);
            domain.id = stringOf(object.value(QStringLiteral("id")));
            domain.grade = object.value(QStringLiteral("grade_title")).toString();
            if (!domain.zone.isEmpty() && !domain.id.isEmpty())
                m_domains.append(domain);
        }
        m_domainOffset += int(items.size());
        const qint64 total = integerOf(root.value(QStringLiteral("info")).toObject().value(QStringLiteral("domain_total")));
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
        QStringList zones;
        for (const auto &domain : std::as_const(m_domains))
            zones.append(domain.zone);
        if (m_mode == Mode::Check && m_target.record.name.isEmpty()) {
            if (zones.isEmpty())
                return ProviderStep::finish(ResultKind::NoSuchHost,
                                            Text::tr("the token works but its account has no domain: add the domain to "
                                                     "DNSPod"));
            if (zones.size() > kZonesNamedInCheck)
                zones = zones.mid(0, kZonesNamedInCheck) << QStringLiteral("…");
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the token works; its account has the domain(s) %1")
                                                            .arg(zones.join(QStringLiteral(", "))));
        }
        const QString zone = dnsname::longestZoneFor(m_target.record.name, zones);
        if (zone.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no domain of this DNSPod account holds %1: add the domain to DNSPod")
                                            .arg(m_target.record.name));
        m_domain = m_domains.at(zones.indexOf(zone));
        m_subDomain = dnsname::relativeName(m_target.record.name, m_domain.zone);
        m_stage = Stage::Records;
        return listRecords(0);
    }

    // -- the record --------------------------------------------------------

    ProviderStep listRecords(int offset)
    {
        m_recordOffset = offset;
        if (offset == 0)
            m_recordPages = 0;
        ++m_recordPages;
        return send(kRecordList, {{QStringLiteral("domain_id"), m_domain.id},
                                  {QStringLiteral("sub_domain"), m_subDomain},
                                  {QStringLiteral("record_type"), m_target.record.type},
                                  {QStringLiteral("record_line"), m_line},
                                  {QStringLiteral("offset"), QString::number(offset)},
                                  {QStringLiteral("length"), QString::number(kRecordPageSize)}});
    }

    bool onTheLine(const QJsonObject &record) const
    {
        const QString line = record.value(QStringLiteral("line")).toString();
        if (line == m_line)
            return true;
        const bool wantDefault = m_line == kDefaultLine || m_line.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0;
        return wantDefault && stringOf(record.value(QStringLiteral("line_id"))) == QLatin1String("0");
    }

    ProviderStep recordsListed(const QJsonObject &root)
    {
        const QJsonValue list = root.value(QStringLiteral("records"));
        if (!list.isArray() && !list.isUndefined() && !list.isNull())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("DNSPod's record list holds no list of records"));
        const QJsonArray items = list.toArray();
        for (const auto &item : items) {
            const QJsonObject record = item.toObject();
            // Filter again: never touch a record of another name, type or line.
            if (record.value(QStringLiteral("name")).toString().compare(m_subDomain, Qt::CaseInsensitive) == 0
                && record.value(QStringLiteral("type")).toString().compare(m_target.record.type, Qt::CaseInsensitive) == 0
                && onTheLine(record))
                m_records.append(record);
        }
        const int read = m_recordOffset + int(items.size());
        const qint64 total = integerOf(root.value(QStringLiteral("info")).toObject().value(QStringLiteral("record_total")));
        if (!items.isEmpty() && read < total) {
            if (m_recordPages >= kMaximumRecordPages)
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
            result.append(ExistingRecord{stringOf(record.value(QStringLiteral("id"))),
                                         record.value(QStringLiteral("value")).toString(),
                                         int(integerOf(record.value(QStringLiteral("ttl"))))});
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
        Parameters parameters{{QStringLiteral("domain_id"), m_domain.id},
                              {QStringLiteral("sub_domain"), m_subDomain},
                              {QStringLiteral("record_type"), m_target.record.type},
                              {QStringLiteral("record_line"), m_line},
                              {QStringLiteral("value"), m_target.address.toString()}};
        if (m_target.record.ttl > 0)
            parameters.append({QStringLiteral("ttl"), QString::number(m_target.record.ttl)});
        m_stage = Stage::Write;
        m_done = Text::tr("created on the line %1").arg(m_line);
        return send(kRecordCreate, parameters);
    }

    ProviderStep modifyRecord(const QJsonObject &record)
    {
        // Record.Modify sets what it is given and defaults the rest
        // (sub_domain "@", status enable, no weight): send the record's own.
        Parameters parameters{{QStringLiteral("domain_id"), m_domain.id},
                              {QStringLiteral("record_id"), stringOf(record.value(QStringLiteral("id")))},
                              {QStringLiteral("sub_domain"), record.value(QStringLiteral("name")).toString()},
                              {QStringLiteral("record_type"), record.value(QStringLiteral("type")).toString()},
                              {QStringLiteral("record_line"), record.value(QStringLiteral("line")).toString()}};
        const QString lineId = stringOf(record.value(QStringLiteral("line_id")));
        if (!lineId.isEmpty())
            parameters.append({QStringLiteral("record_line_id"), lineId});
        parameters.append({QStringLiteral("value"), m_target.address.toString()});
        const qint64 ttl = m_target.record.ttl > 0 ? m_target.record.ttl : integerOf(record.value(QStringLiteral("ttl")));
        if (ttl > 0)
            parameters.append({QStringLiteral("ttl"), QString::number(ttl)});
        const QString enabled = stringOf(record.value(QStringLiteral("enabled")));
        if (!enabled.isEmpty())
            parameters.append({QStringLiteral("status"), enabled == QLatin1String("0") ? QStringLiteral("disable")
                                                                                       : QStringLiteral("enable")});
        const QString weight = stringOf(record.value(QStringLiteral("weight")));
        if (!weight.isEmpty())
            parameters.append({QStringLiteral("weight"), weight});
        m_stage = Stage::Write;
        m_done = Text::tr("changed from %1").arg(record.value(QStringLiteral("value")).toString());
        return send(kRecordModify, parameters);
    }

    ProviderStep written(const QJsonObject &root)
    {
        if (stringOf(root.value(QStringLiteral("record")).toObject().value(QStringLiteral("id"))).isEmpty())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("DNSPod answered without the record's id"));
        return ProviderStep::finish(ResultKind::Ok, Text::tr("record %1").arg(m_done));
    }

    ProviderStep verified(const QList<ExistingRecord> &found) const
    {
        return ProviderStep::finish(
            resultAfterDuplicateRefusal(found, m_target, m_managedId, m_line, QStringLiteral("DNSPod"), m_refusal));
    }

    UpdateResult explain(UpdateResult result, const CodeMeaning &meaning) const
    {
        const QString said = result.detail;
        switch (meaning.advice) {
        case CodeMeaning::Advice::Login:
            result.detail = Text::tr("DNSPod refused the token: check the ID,Token in the DNSPod console (API key page); "
                                     "after 30 failed logins in 5 minutes DNSPod blocks the account for an hour, so "
                                     "Homing sends nothing more until the token is corrected (%1)")
                                .arg(said);
            break;
        case CodeMeaning::Advice::Permission:
            result.detail = Text::tr("the token's account may not do this: the domain must belong to the account, or "
                                     "be shared with it with the right to manage records (%1)")
                                .arg(said);
            break;
        case CodeMeaning::Advice::Ttl: {
            const QString plan = m_domain.grade.isEmpty() ? QString()
                                                          : Text::tr(" (this domain's plan: %1)").arg(m_domain.grade);
            result.detail = Text::tr("DNSPod refused the TTL: a TTL is 1 to 604800 seconds, and the domain's plan sets "
                                     "the lowest one%2, 600 on the free plan; set the record's ttl to 600 or more, or to "
                                     "0 for DNSPod's default (%1)")
                                .arg(said, plan);
            break;
        }
        case CodeMeaning::Advice::Line:
            result.detail = Text::tr("DNSPod does not offer the ISP line \"%1\" for %2: write the line as the DNSPod "
                                     "console names it (默认, 电信, 联通, 移动, 境外, 搜索引擎 …); some lines need a paid "
                                     "plan (%3)")
                                .arg(m_line, m_domain.zone, said);
            break;
        case CodeMeaning::Advice::None:
        case CodeMeaning::Advice::Exists:
        case CodeMeaning::Advice::Empty:
            break;
        }
        return result;
    }

    QUrl m_apiBase;
    QString m_token;
    QString m_loginToken;
    QString m_tokenPart;
    RecordTarget m_target;
    Mode m_mode;
    QString m_line;
    QString m_managedId;
    QString m_action;
    Stage m_stage = Stage::Domains;
    QList<Domain> m_domains;
    int m_domainOffset = 0;
    int m_domainPages = 0;
    Domain m_domain;
    QString m_subDomain;
    int m_recordOffset = 0;
    int m_recordPages = 0;
    QList<QJsonObject> m_records;
    QString m_done;
    QString m_refusal;
};

} // namespace

DnspodTokenProvider::DnspodTokenProvider(QUrl apiBase)
    : m_apiBase(std::move(apiBase))
{
}

std::optional<QPair<QString, QString>> DnspodTokenProvider::splitToken(const QString &secret)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*([0-9]+)\\s*,\\s*([^\\s,]+)\\s*$"));
    const QRegularExpressionMatch match = shape.match(secret);
    if (!match.hasMatch())
        return std::nullopt;
    return QPair<QString, QString>{match.captured(1), match.captured(2)};
}

DnspodTokenProvider::Reply DnspodTokenProvider::parseReply(const QString &action, const HttpReply &reply)
{
    Reply result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    result.root = document.object();
    const QJsonObject status = result.root.value(QStringLiteral("status")).toObject();
    const bool parsed = error.error == QJsonParseError::NoError && document.isObject() && !status.isEmpty();
    if (parsed && reply.status >= 200 && reply.status < 300) {
        result.code = stringOf(status.value(QStringLiteral("code")));
        if (result.code == QLatin1String("1"))
            return result;
        const QString detail = QStringLiteral("%1: %2").arg(result.code, status.value(QStringLiteral("message")).toString());
        result.failure = UpdateResult::make(meaningOf(action, result.code).kind, detail);
        return result;
    }
    const QString body = oneLine(reply.body);
    const QString detail = body.isEmpty() ? Text::tr("HTTP status %1").arg(reply.status)
                                          : Text::tr("HTTP status %1, %2").arg(reply.status).arg(body);
    result.failure = UpdateResult::make(classifyHttpStatus(reply.status).value_or(ResultKind::BadResponse), detail);
    return result;
}

QList<ConfigIssue> DnspodTokenProvider::validateRecord(const RecordSpec &record) const
{
    return DnspodProvider::validateDnspodRecord(record);
}

std::unique_ptr<Provider> DnspodTokenProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    return std::make_unique<DnspodTokenProvider>(endpointUrl(account.endpoint, kDefaultBase, QString(), issues));
}

std::unique_ptr<ProviderJob> DnspodTokenProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<DnspodTokenJob>(m_apiBase, secrets.value(QStringLiteral("token")), target,
                                            DnspodTokenJob::Mode::Update);
}

std::unique_ptr<ProviderJob> DnspodTokenProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<DnspodTokenJob>(m_apiBase, secrets.value(QStringLiteral("token")), RecordTarget{record, {}},
                                            DnspodTokenJob::Mode::Check);
}

} // namespace providers

void registerDnspodTokenProvider(ProviderRegistry &registry)
{
    const auto token = FieldSpec::secret(
        QStringLiteral("token"), QT_TRANSLATE_NOOP("homing::Providers", "DNSPod token (ID,Token)"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "A DNSPod token written as ID,Token: the token's numeric ID, a comma, then the token. Create "
                          "it in the DNSPod console under the account's API keys (DNSPod Token); it acts for the whole "
                          "account, so Tencent Cloud's API 3.0 key with a CAM policy limited to DNSPod (the dnspod "
                          "provider) is the least-privilege choice."))
                           .makeRequired();
    const auto line = providers::lineField(QT_TRANSLATE_NOOP("homing::Providers",
                                                             "The ISP line (解析线路) of the record, as DNSPod names it: "
                                                             "默认 (the default line), 电信, 联通, 移动, 境外, 搜索引擎 … "
                                                             "Homing changes only the record on this line; the records of "
                                                             "other lines stay as they are. A line other than 默认 needs a "
                                                             "默认 record of the same name first; some lines need a paid "
                                                             "plan."),
                                           QString::fromUtf8("\xe9\xbb\x98\xe8\xae\xa4"));

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("dnspod_token");
    descriptor.name = QString::fromUtf8(QT_TRANSLATE_NOOP("homing::Providers", "DNSPod (legacy token)"));
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {token, line, providers::recordIdField()};
    descriptor.create = &providers::DnspodTokenProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {1, 604800}; // the plan sets the lowest: 600 on the free plan
    registry.add(std::move(descriptor));
}

} // namespace homing
