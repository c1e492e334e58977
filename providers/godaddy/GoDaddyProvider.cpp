#include "GoDaddyProvider.h"

#include "jsonrest/JsonRest.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::GoDaddy)
};

// GET /v1/domains takes at most 1000 a page; the next page starts after the
// `marker` domain. Four pages cover any personal account and keep the job
// (pages, the record read, the write) within JobRunner::kMaximumSteps.
constexpr int kDomainPageSize = 1000;
constexpr int kMaximumDomainPages = 4;

QString tooManyDomains()
{
    return Text::tr("the account has more than %1 domains; Homing reads only the first %1").arg(kDomainPageSize * kMaximumDomainPages);
}

class GoDaddyJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    GoDaddyJob(QUrl apiBase, QByteArray authorization, RecordTarget target, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_authorization(std::move(authorization))
        , m_target(std::move(target))
        , m_mode(mode)
    {
    }

    ProviderStep start() override { return listDomains(); }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        if (!jsonrest::isSuccess(reply))
            return ProviderStep::finish(GoDaddyProvider::classifyFailure(reply));
        switch (m_stage) {
        case Stage::Domains:
            return domainsListed(reply);
        case Stage::Records:
            return recordsRead(reply);
        case Stage::Write:
            return ProviderStep::finish(m_written);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Domains, Records, Write };

    ProviderStep send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                      const QJsonValue &body = QJsonValue(QJsonValue::Undefined))
    {
        QUrl url = appendPath(m_apiBase, path);
        if (!query.isEmpty())
            url.setQuery(query);
        return ProviderStep::send(jsonrest::request(method, url, m_authorization, body));
    }

    // The account's active domains, page by page (sorted by name).
    ProviderStep listDomains()
    {
        m_stage = Stage::Domains;
        ++m_pages;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("statuses"), QStringLiteral("ACTIVE"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(kDomainPageSize));
        if (!m_domains.isEmpty())
            query.addQueryItem(QStringLiteral("marker"), m_domains.last());
        return send("GET", QStringLiteral("/v1/domains"), query);
    }

    ProviderStep domainsListed(const HttpReply &reply)
    {
        const auto json = jsonrest::parse(reply.body);
        if (!json.value.isArray())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("GoDaddy's list of domains is not a list: %1").arg(oneLine(reply.body)));
        const QJsonArray page = json.array();
        for (const auto &item : page) {
            const QString domain = dnsname::normalized(item.toObject().value(QStringLiteral("domain")).toString());
            if (!domain.isEmpty())
                m_domains.append(domain);
        }
        bool truncated = false;
        if (page.size() >= kDomainPageSize && !m_domains.isEmpty()) {
            if (m_pages < kMaximumDomainPages)
                return listDomains();
            truncated = true;
        }
        if (m_mode == Mode::Check && m_target.record.name.isEmpty())
            return ProviderStep::finish(jsonrest::zonesFinding(
                m_domains, Text::tr("the account has no active domain at GoDaddy")));
        m_zone = dnsname::longestZoneFor(m_target.record.name, m_domains);
        if (m_zone.isEmpty()) {
            QString detail = Text::tr("no active domain of this GoDaddy account holds %1: check the record's name, and "
                                      "that the domain is registered in this account")
                                 .arg(m_target.record.name);
            if (truncated)
                detail += QStringLiteral("; ") + tooManyDomains();
            return ProviderStep::finish(ResultKind::NoSuchHost, detail);
        }
        return readRecords();
    }

    QString recordPath() const
    {
        return QStringLiteral("/v1/domains/%1/records/%2/%3")
            .arg(m_zone, m_target.record.type, dnsname::relativeName(m_target.record.name, m_zone));
    }

    // The records of this name and type (GoDaddy's "@" is the apex).
    ProviderStep readRecords()
    {
        m_stage = Stage::Records;
        return send("GET", recordPath());
    }

    ProviderStep recordsRead(const HttpReply &reply)
    {
        const auto json = jsonrest::parse(reply.body);
        if (!json.value.isArray())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("GoDaddy's records of %1 are not a list: %2")
                                            .arg(m_target.record.name, oneLine(reply.body)));
        const QString relative = dnsname::relativeName(m_target.record.name, m_zone);
        QList<ExistingRecord> matches;
        const QJsonArray records = json.array();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject record = records.at(i).toObject();
            // The path filters already; never act on a record the answer says is another one.
            const QString type = record.value(QStringLiteral("type")).toString(m_target.record.type);
            const QString name = record.value(QStringLiteral("name")).toString(relative);
            if (type != m_target.record.type || name.compare(relative, Qt::CaseInsensitive) != 0)
                continue;
            matches.append({QString::number(i), record.value(QStringLiteral("data")).toString(),
                            record.value(QStringLiteral("ttl")).toInt()});
        }
        if (m_mode == Mode::Check)
            return ProviderStep::finish(describeCheckFinding(matches, m_target.record, m_zone, {}, RecordIdSetting::NotOffered));

        const RecordChoice choice = RecordChoice::choose(matches, m_target, {}, RecordIdSetting::NotOffered);
        int ttl = m_target.record.ttl;
        switch (choice.action) {
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Refuse:
            return ProviderStep::finish(choice.refusal);
        case RecordChoice::Action::Create:
            m_written = jsonrest::created();
            break;
        case RecordChoice::Action::Update:
            // The set holds this one record: replacing the set changes only it.
            if (ttl <= 0)
                ttl = matches.at(choice.index).ttl;
            m_written = jsonrest::changed(matches.at(choice.index).value);
            break;
        }
        if (ttl <= 0)
            ttl = GoDaddyProvider::kMinimumTtl;
        m_stage = Stage::Write;
        const QJsonArray body{QJsonObject{{QStringLiteral("data"), m_target.address.toString()}, {QStringLiteral("ttl"), ttl}}};
        return send("PUT", recordPath(), {}, body);
    }

    QUrl m_apiBase;
    QByteArray m_authorization;
    RecordTarget m_target;
    Mode m_mode;
    Stage m_stage = Stage::Domains;
    int m_pages = 0;
    QStringList m_domains;
    QString m_zone;
    UpdateResult m_written;
};

QString fieldProblems(const QJsonArray &fields, bool *aboutTtl)
{
    QStringList parts;
    for (const auto &value : fields) {
        const QJsonObject field = value.toObject();
        const QString path = field.value(QStringLiteral("path")).toString();
        if (path.endsWith(QLatin1String(".ttl")) || path == QLatin1String("ttl"))
            *aboutTtl = true;
        parts.append(QStringLiteral("%1: %2").arg(path, field.value(QStringLiteral("message")).toString()));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

GoDaddyProvider::GoDaddyProvider(QUrl apiBase, QString apiKey)
    : m_apiBase(std::move(apiBase))
    , m_apiKey(std::move(apiKey))
{
}

UpdateResult GoDaddyProvider::classifyFailure(const HttpReply &reply)
{
    // GoDaddy's error body: {"code":"ACCESS_DENIED","message":"…","fields":[{"path","code","message"}]},
    // and for 429 also "retryAfterSec".
    const auto json = jsonrest::parse(reply.body);
    const QJsonObject error = json.object();
    const QString code = error.value(QStringLiteral("code")).toString();
    bool aboutTtl = false;
    QString said = error.value(QStringLiteral("message")).toString();
    if (!code.isEmpty())
        said = said.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, said);
    const QString fields = fieldProblems(error.value(QStringLiteral("fields")).toArray(), &aboutTtl);
    if (!fields.isEmpty())
        said += QStringLiteral(" (%1)").arg(fields);
    const QString detail = jsonrest::statusDetail(reply, json.parsed ? said : QString());

    if (reply.status == 429 || code == QLatin1String("TOO_MANY_REQUESTS") || code == QLatin1String("QUOTA_EXCEEDED")) {
        const QJsonValue wait = error.value(QStringLiteral("retryAfterSec"));
        return jsonrest::rateLimited(detail, wait.isDouble() ? std::optional<int>(wait.toInt()) : std::nullopt);
    }
    if (code == QLatin1String("ACCESS_DENIED") || reply.status == 403) {
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. GoDaddy accepted the key but does not let this account use its DNS API: "
                                           "since May 2024 only accounts with 10 or more domains, or with a Discount Domain "
                                           "Club Premier membership, may use it. Ask GoDaddy to open the API to the account, or move "
                                           "the domain's DNS to a provider Homing supports")
                                      .arg(detail));
    }
    if (reply.status == 401 || code == QLatin1String("UNABLE_TO_AUTHENTICATE") || code == QLatin1String("MALFORMED_CREDENTIALS")) {
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. GoDaddy refused the key: check the API key and secret, and that they are a "
                                           "Production key (an OTE test key does not work on real domains)")
                                      .arg(detail));
    }
    if (reply.status == 404 || code == QLatin1String("NOT_FOUND") || code == QLatin1String("UNKNOWN_DOMAIN"))
        return UpdateResult::make(ResultKind::NoSuchHost, detail);
    if (aboutTtl) {
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("%1. GoDaddy takes TTLs of 600 to 604800 seconds: set the record's ttl within them")
                                      .arg(detail));
    }
    if (reply.status >= 500)
        return UpdateResult::make(ResultKind::ServerError, detail);
    if (json.parsed && (reply.status == 400 || reply.status == 409 || reply.status == 422))
        return UpdateResult::make(ResultKind::ConfigError, detail);
    return UpdateResult::make(ResultKind::BadResponse, detail);
}

QList<ConfigIssue> GoDaddyProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl != 0 && (record.ttl < kMinimumTtl || record.ttl > kMaximumTtl))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"),
                                         Text::tr("GoDaddy takes TTLs of 600 to 604800 seconds (10 minutes to a week) "
                                                  "and refuses less than 600")));
    return issues;
}

std::unique_ptr<Provider> GoDaddyProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    const QString key = account.settings.value(QStringLiteral("api_key")).toString().trimmed();
    if (key.contains(QLatin1Char(':')) || key.contains(QLatin1Char(' '))) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.api_key"),
                                         Text::tr("must be the key alone; the secret goes in the account's secrets")));
        return nullptr;
    }
    return std::make_unique<GoDaddyProvider>(endpointUrl(account.endpoint, QStringLiteral("https://api.godaddy.com"), QString(), issues),
                                             key);
}

std::unique_ptr<ProviderJob> GoDaddyProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    const QByteArray authorization = "sso-key " + (m_apiKey + QLatin1Char(':') + secrets.value(QStringLiteral("api_secret"))).toUtf8();
    return std::make_unique<GoDaddyJob>(m_apiBase, authorization, target, GoDaddyJob::Mode::Update);
}

std::unique_ptr<ProviderJob> GoDaddyProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    const QByteArray authorization = "sso-key " + (m_apiKey + QLatin1Char(':') + secrets.value(QStringLiteral("api_secret"))).toUtf8();
    return std::make_unique<GoDaddyJob>(m_apiBase, authorization, RecordTarget{record, {}}, GoDaddyJob::Mode::Check);
}

} // namespace providers

void registerGoDaddyProvider(ProviderRegistry &registry)
{
    const auto key = FieldSpec::setting(
        QStringLiteral("api_key"), QT_TRANSLATE_NOOP("homing::Providers", "API key"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The Key of a Production API key, created at developer.godaddy.com/keys (a Test/OTE key does "
                          "not work on real domains). GoDaddy keys cannot be limited: a key can do all that the account "
                          "can, so create one for Homing alone and keep it only here."))
                         .makeRequired();
    const auto secret = FieldSpec::secret(
        QStringLiteral("api_secret"), QT_TRANSLATE_NOOP("homing::Providers", "API secret"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The Secret shown once with the key. Homing reads the domain list and the record, and replaces "
                          "the record. Since May 2024 GoDaddy refuses its DNS API (ACCESS_DENIED) to accounts with fewer "
                          "than 10 domains and no Discount Domain Club Premier membership."))
                            .makeRequired();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("godaddy");
    descriptor.name = QStringLiteral("GoDaddy");
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {key, secret};
    descriptor.create = &providers::GoDaddyProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {providers::GoDaddyProvider::kMinimumTtl, providers::GoDaddyProvider::kMaximumTtl};
    registry.add(std::move(descriptor));
}

} // namespace homing
