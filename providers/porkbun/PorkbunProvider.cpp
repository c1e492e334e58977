#include "PorkbunProvider.h"

#include "jsonrest/JsonRest.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Porkbun)
};

// /domain/listAll answers 1000 domains at a time from `start`. Four pages, the
// record read and the write stay within JobRunner::kMaximumSteps.
constexpr int kDomainPageSize = 1000;
constexpr int kMaximumDomainPages = 4;

// TTLs come as strings ("600").
int ttlOf(const QJsonValue &ttl)
{
    return ttl.isDouble() ? ttl.toInt() : ttl.toString().toInt();
}

class PorkbunJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    PorkbunJob(QUrl apiBase, QString apiKey, QString secret, RecordTarget target, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_apiKey(std::move(apiKey))
        , m_secret(std::move(secret))
        , m_target(std::move(target))
        , m_managedId(m_target.record.settings.value(QStringLiteral("record_id")).toString())
        , m_mode(mode)
    {
    }

    ProviderStep start() override { return listDomains(); }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        if (const auto failure = PorkbunProvider::failureOf(reply))
            return ProviderStep::finish(*failure);
        const QJsonObject answer = jsonrest::parse(reply.body).object();
        switch (m_stage) {
        case Stage::Domains:
            return domainsListed(answer);
        case Stage::Records:
            return recordsRead(answer);
        case Stage::Write:
            return ProviderStep::finish(m_written);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Domains, Records, Write };

    // Every call is a POST; the key and secret travel in the body.
    ProviderStep post(const QString &path, QJsonObject body)
    {
        body.insert(QStringLiteral("apikey"), m_apiKey);
        body.insert(QStringLiteral("secretapikey"), m_secret);
        return ProviderStep::send(jsonrest::request("POST", appendPath(m_apiBase, path), {}, body));
    }

    ProviderStep listDomains()
    {
        m_stage = Stage::Domains;
        ++m_pages;
        return post(QStringLiteral("/domain/listAll"), {{QStringLiteral("start"), QString::number(m_domains.size())},
                                                        {QStringLiteral("includeLabels"), QStringLiteral("no")}});
    }

    ProviderStep domainsListed(const QJsonObject &answer)
    {
        const QJsonValue list = answer.value(QStringLiteral("domains"));
        // An account without domains answers without the list.
        if (!list.isArray() && !list.isUndefined() && !list.isNull())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Porkbun's list of domains is not a list"));
        const QJsonArray page = list.toArray();
        for (const auto &item : page) {
            const QString domain = dnsname::normalized(item.toObject().value(QStringLiteral("domain")).toString());
            if (!domain.isEmpty())
                m_domains.append(domain);
        }
        // A short page is the last; a full one may have more behind it.
        if (page.size() >= kDomainPageSize && m_pages < kMaximumDomainPages)
            return listDomains();
        if (m_mode == Mode::Check && m_target.record.name.isEmpty())
            return ProviderStep::finish(jsonrest::zonesFinding(m_domains, Text::tr("the account has no domain at Porkbun")));
        m_zone = dnsname::longestZoneFor(m_target.record.name, m_domains);
        if (m_zone.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no domain of this Porkbun account holds %1: check the record's name, and "
                                                 "that the domain is registered in this account")
                                            .arg(m_target.record.name));
        m_stage = Stage::Records;
        return post(QStringLiteral("/dns/retrieveByNameType/%1/%2/%3").arg(m_zone, m_target.record.type, subdomain()), {});
    }

    // Porkbun's "subdomain": empty at the apex.
    QString subdomain() const { return dnsname::relativeName(m_target.record.name, m_zone, QString()); }

    ProviderStep recordsRead(const QJsonObject &answer)
    {
        const QJsonValue list = answer.value(QStringLiteral("records"));
        if (!list.isArray())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("Porkbun's answer holds no list of records for %1").arg(m_target.record.name));
        const QJsonArray records = list.toArray();
        for (const auto &item : records) {
            const QJsonObject record = item.toObject();
            // Porkbun names records in full ("www.example.com"; the apex is the domain).
            if (record.value(QStringLiteral("type")).toString() != m_target.record.type
                || dnsname::normalized(record.value(QStringLiteral("name")).toString()) != m_target.record.name)
                continue;
            m_matches.append({jsonrest::idText(record.value(QStringLiteral("id"))), record.value(QStringLiteral("content")).toString(),
                              ttlOf(record.value(QStringLiteral("ttl")))});
            m_matchedRecords.append(record);
        }
        if (m_mode == Mode::Check)
            return ProviderStep::finish(describeCheckFinding(m_matches, m_target.record, m_zone, m_managedId));
        return write(RecordChoice::choose(m_matches, m_target, m_managedId));
    }

    ProviderStep write(const RecordChoice &choice)
    {
        const QString content = m_target.address.toString();
        int ttl = m_target.record.ttl;
        switch (choice.action) {
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Refuse:
            return ProviderStep::finish(choice.refusal);
        case RecordChoice::Action::Create:
            m_stage = Stage::Write;
            m_written = jsonrest::created();
            return post(QStringLiteral("/dns/create/%1").arg(m_zone),
                        {{QStringLiteral("name"), subdomain()},
                         {QStringLiteral("type"), m_target.record.type},
                         {QStringLiteral("content"), content},
                         {QStringLiteral("ttl"), QString::number(ttl > 0 ? ttl : PorkbunProvider::kMinimumTtl)}});
        case RecordChoice::Action::Update:
            break;
        }
        const ExistingRecord &record = m_matches.at(choice.index);
        // An edit without a TTL resets it to Porkbun's default: send the record's own.
        if (ttl <= 0)
            ttl = record.ttl > 0 ? record.ttl : PorkbunProvider::kMinimumTtl;
        m_stage = Stage::Write;
        m_written = jsonrest::changed(record.value);
        QJsonObject body{{QStringLiteral("content"), content}, {QStringLiteral("ttl"), QString::number(ttl)}};
        // The edit may replace every field it takes: send the record's notes
        // and priority back as read, so that they stay either way.
        const QJsonObject &read = m_matchedRecords.at(choice.index);
        for (const char *kept : {"prio", "notes"}) {
            const QJsonValue value = read.value(QLatin1String(kept));
            if (value.isString() || value.isDouble())
                body.insert(QLatin1String(kept), value);
        }
        if (m_matches.size() == 1) {
            // The only record of the name and type: editByNameType changes exactly it.
            return post(QStringLiteral("/dns/editByNameType/%1/%2/%3").arg(m_zone, m_target.record.type, subdomain()), body);
        }
        // record_id picked one of several: editByNameType would change them all.
        body.insert(QStringLiteral("name"), subdomain());
        body.insert(QStringLiteral("type"), m_target.record.type);
        return post(QStringLiteral("/dns/edit/%1/%2").arg(m_zone, record.id), body);
    }

    QUrl m_apiBase;
    QString m_apiKey;
    QString m_secret;
    RecordTarget m_target;
    QString m_managedId;
    Mode m_mode;
    Stage m_stage = Stage::Domains;
    int m_pages = 0;
    QStringList m_domains;
    QString m_zone;
    QList<ExistingRecord> m_matches;
    QList<QJsonObject> m_matchedRecords; // as read, in the order of m_matches
    UpdateResult m_written;
};

} // namespace

PorkbunProvider::PorkbunProvider(QUrl apiBase, QString apiKey)
    : m_apiBase(std::move(apiBase))
    , m_apiKey(std::move(apiKey))
{
}

std::optional<UpdateResult> PorkbunProvider::failureOf(const HttpReply &reply)
{
    // Porkbun answers {"status":"SUCCESS",…} or {"status":"ERROR","message":"…"} (HTTP 400 for
    // most errors); its front end answers 503 with an HTML page when requests come too fast.
    const auto json = jsonrest::parse(reply.body);
    const QJsonObject answer = json.object();
    const QString status = answer.value(QStringLiteral("status")).toString();
    if (jsonrest::isSuccess(reply) && status == QLatin1String("SUCCESS"))
        return std::nullopt;
    const QString message = answer.value(QStringLiteral("message")).toString();
    const QString detail = jsonrest::statusDetail(reply, message);

    if (reply.status == 429 || reply.status == 503)
        return jsonrest::rateLimited(Text::tr("%1. Porkbun answers this when a key sends more than about one request a "
                                              "second; Homing tries again later")
                                         .arg(detail));
    if (message.contains(QLatin1String("opted in"), Qt::CaseInsensitive)) {
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. Porkbun lets API keys change only the domains whose API ACCESS switch is "
                                           "on: in Porkbun's Domain Management, open the domain's Details and switch API "
                                           "ACCESS on")
                                      .arg(detail));
    }
    if (message.contains(QLatin1String("API key"), Qt::CaseInsensitive) || reply.status == 401 || reply.status == 403) {
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. Porkbun refused the key: check the API key (pk1_…) and the secret API key "
                                           "(sk1_…) at porkbun.com/account/api")
                                      .arg(detail));
    }
    if (message.contains(QLatin1String("Invalid domain"), Qt::CaseInsensitive) || reply.status == 404) {
        return UpdateResult::make(ResultKind::NoSuchHost,
                                  Text::tr("%1. Porkbun's DNS API takes only domains registered in this account").arg(detail));
    }
    if (message.contains(QLatin1String("TTL"), Qt::CaseInsensitive)) {
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("%1. Porkbun takes TTLs of 600 seconds or more: set the record's ttl to 600 or "
                                           "more")
                                      .arg(detail));
    }
    if (reply.status >= 500)
        return UpdateResult::make(ResultKind::ServerError, detail);
    if (status == QLatin1String("ERROR"))
        return UpdateResult::make(ResultKind::ConfigError, detail);
    return UpdateResult::make(ResultKind::BadResponse, detail);
}

QList<ConfigIssue> PorkbunProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl != 0 && (record.ttl < kMinimumTtl || record.ttl > kMaximumTtl))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"), Text::tr("Porkbun takes TTLs of 600 seconds (its minimum "
                                                                         "and default) to 604800")));
    return issues;
}

std::unique_ptr<Provider> PorkbunProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    const QString key = account.settings.value(QStringLiteral("api_key")).toString().trimmed();
    if (key.startsWith(QLatin1String("sk1_"))) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.api_key"),
                                         Text::tr("is the secret API key (sk1_…): put the API key (pk1_…) here and the "
                                                  "secret in the account's secrets")));
        return nullptr;
    }
    return std::make_unique<PorkbunProvider>(
        endpointUrl(account.endpoint, QStringLiteral("https://api.porkbun.com/api/json/v3"), QString(), issues), key);
}

std::unique_ptr<ProviderJob> PorkbunProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<PorkbunJob>(m_apiBase, m_apiKey, secrets.value(QStringLiteral("secret_api_key")), target,
                                        PorkbunJob::Mode::Update);
}

std::unique_ptr<ProviderJob> PorkbunProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<PorkbunJob>(m_apiBase, m_apiKey, secrets.value(QStringLiteral("secret_api_key")),
                                        RecordTarget{record, {}}, PorkbunJob::Mode::Check);
}

} // namespace providers

void registerPorkbunProvider(ProviderRegistry &registry)
{
    const auto key = FieldSpec::setting(
        QStringLiteral("api_key"), QT_TRANSLATE_NOOP("homing::Providers", "API key"),
        QT_TRANSLATE_NOOP("homing::Providers", "The API Key (pk1_…) of a key created at porkbun.com/account/api."))
                         .makeRequired();
    const auto secret = FieldSpec::secret(
        QStringLiteral("secret_api_key"), QT_TRANSLATE_NOOP("homing::Providers", "Secret API key"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The Secret Key (sk1_…) shown once with the API key. A Porkbun key reaches only the domains "
                          "whose API ACCESS switch is on: in Domain Management, open each domain's Details and switch API "
                          "ACCESS on for the domains Homing updates, and for no other. Homing lists the domains, reads "
                          "the record, and creates or edits it."))
                            .makeRequired();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("porkbun");
    descriptor.name = QStringLiteral("Porkbun");
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {key, secret, providers::recordIdField()};
    descriptor.create = &providers::PorkbunProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {providers::PorkbunProvider::kMinimumTtl, providers::PorkbunProvider::kMaximumTtl};
    registry.add(std::move(descriptor));
}

} // namespace homing
