#include "DynuApiProvider.h"

#include "jsonrest/JsonRest.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Dynu)
};

constexpr int kDefaultTtl = 300;

// Dynu's exception types (the API's OpenAPI description), by what they mean
// for an update. The type decides: the numeric statusCode is only looked at
// when the type is missing or unknown, since a "Server Exception" or
// "Timeout Exception" may well carry a 503.
std::optional<ResultKind> kindForType(const QString &type)
{
    const auto is = [&type](const char *prefix) { return type.startsWith(QLatin1String(prefix), Qt::CaseInsensitive); };
    if (is("Authentication") || is("Authorization"))
        return ResultKind::AuthFailed;
    if (is("Request"))
        return ResultKind::NoSuchHost;
    if (is("Argument") || is("Parse") || is("Validation") || is("Quota") || is("Not Implemented"))
        return ResultKind::ConfigError;
    if (is("Server") || is("Timeout") || is("IO") || is("Application"))
        return ResultKind::ServerError;
    return std::nullopt;
}

std::optional<ResultKind> kindForCode(int code)
{
    switch (code) {
    case 401:
    case 403:
        return ResultKind::AuthFailed;
    case 404:
        return ResultKind::NoSuchHost;
    case 429:
        return ResultKind::RateLimited;
    case 501: // Argument
    case 502: // Parse
        return ResultKind::ConfigError;
    default:
        // 503 is Quota in the OpenAPI, but without the type it may as well be an outage.
        return code >= 500 && code < 600 ? std::optional<ResultKind>(ResultKind::ServerError) : std::nullopt;
    }
}

class DynuJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    DynuJob(QUrl apiBase, RecordTarget target, QString key, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_target(std::move(target))
        , m_key(std::move(key))
        , m_mode(mode)
        , m_addressField(m_target.record.type == QLatin1String("AAAA") ? QStringLiteral("ipv6Address")
                                                                        : QStringLiteral("ipv4Address"))
        , m_familyFlag(m_target.record.type == QLatin1String("AAAA") ? QStringLiteral("ipv6") : QStringLiteral("ipv4"))
    {
    }

    ProviderStep start() override
    {
        m_stage = Stage::Domains;
        return send("GET", QStringLiteral("/dns"));
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        const DynuApiProvider::Parsed parsed = DynuApiProvider::parse(reply);
        if (parsed.failure) {
            UpdateResult failure = *parsed.failure;
            if (failure.kind == ResultKind::NoSuchHost && (m_stage == Stage::Domain || m_stage == Stage::Write))
                failure.kind = ResultKind::ServerError; // the record went away meanwhile: look again next time
            return ProviderStep::finish(failure);
        }
        switch (m_stage) {
        case Stage::Domains:
            return domainsListed(parsed.object);
        case Stage::Records:
            return recordsListed(parsed.object);
        case Stage::Domain:
            return domainRead(parsed.object);
        case Stage::Write:
            return written(parsed.object);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Domains, Records, Domain, Write };

    ProviderStep send(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return ProviderStep::send(jsonrest::requestWith(method, appendPath(m_apiBase, path), {"API-Key", m_key.toUtf8()},
                                                        body.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(body)));
    }

    ProviderStep domainsListed(const QJsonObject &root)
    {
        // Every domain of the account in one list: the API has no paging here.
        const QJsonValue domains = root.value(QStringLiteral("domains"));
        if (!domains.isArray())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Dynu's answer holds no list of domains"));
        QStringList names;
        QHash<QString, QJsonObject> byName;
        for (const auto &value : domains.toArray()) {
            const QJsonObject domain = value.toObject();
            const QString name = dnsname::normalized(domain.value(QStringLiteral("name")).toString());
            names.append(name);
            byName.insert(name, domain);
        }
        if (m_target.record.name.isEmpty()) {
            if (names.isEmpty())
                return ProviderStep::finish(ResultKind::NoSuchHost, Text::tr("the API key works but the account has no domain"));
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the API key works; it can read the domain(s) %1")
                                                            .arg(names.join(QStringLiteral(", "))));
        }
        m_zoneName = dnsname::longestZoneFor(m_target.record.name, names);
        if (m_zoneName.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no domain of this Dynu account contains %1: add it under DDNS Services "
                                                 "or DNS Services in the Dynu control panel")
                                            .arg(m_target.record.name));
        m_domain = byName.value(m_zoneName);
        m_domainId = jsonrest::idText(m_domain.value(QStringLiteral("id")));
        m_node = dnsname::relativeName(m_target.record.name, m_zoneName, QString());
        m_stage = Stage::Records;
        return send("GET", QStringLiteral("/dns/%1/record").arg(m_domainId));
    }

    ProviderStep recordsListed(const QJsonObject &root)
    {
        const QJsonValue records = root.value(QStringLiteral("dnsRecords"));
        if (!records.isArray())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Dynu's answer holds no list of records"));
        // The domain's own address is the apex record; it is not in the list.
        if (m_node.isEmpty()) {
            const QString address = m_domain.value(m_addressField).toString();
            if (!address.isEmpty() && m_domain.value(m_familyFlag).toBool(true)) {
                m_apexIndex = 0;
                m_records.append(QJsonObject{{QStringLiteral("id"), m_domainId},
                                             {m_addressField, address},
                                             {QStringLiteral("ttl"), m_domain.value(QStringLiteral("ttl"))},
                                             {QStringLiteral("state"), true}});
            }
        }
        for (const auto &value : records.toArray()) {
            const QJsonObject record = value.toObject();
            if (record.value(QStringLiteral("nodeName")).toString().compare(m_node, Qt::CaseInsensitive) == 0
                && record.value(QStringLiteral("recordType")).toString() == m_target.record.type)
                m_records.append(record);
        }
        return decide();
    }

    ProviderStep decide()
    {
        QList<ExistingRecord> existing;
        for (const auto &record : std::as_const(m_records))
            existing.append(ExistingRecord{jsonrest::idText(record.value(QStringLiteral("id"))), record.value(m_addressField).toString(),
                                           record.value(QStringLiteral("ttl")).toInt()});
        const QString managedId = m_target.record.settings.value(QStringLiteral("record_id")).toString();
        if (m_mode == Mode::Check)
            return ProviderStep::finish(describeCheckFinding(existing, m_target.record, m_zoneName, managedId));
        const RecordChoice choice = RecordChoice::choose(existing, m_target, managedId);
        if (choice.action == RecordChoice::Action::Refuse)
            return ProviderStep::finish(choice.refusal);
        m_stage = Stage::Write;
        if (choice.action == RecordChoice::Action::Create) {
            m_action = jsonrest::created().detail;
            if (m_node.isEmpty())
                return updateDomain();
            const int domainTtl = m_domain.value(QStringLiteral("ttl")).toInt();
            const QJsonObject body{{QStringLiteral("nodeName"), m_node},
                                   {QStringLiteral("recordType"), m_target.record.type},
                                   {QStringLiteral("ttl"), m_target.record.ttl > 0 ? m_target.record.ttl
                                                                                   : (domainTtl > 0 ? domainTtl : kDefaultTtl)},
                                   {QStringLiteral("state"), true},
                                   {QStringLiteral("group"), QString()},
                                   {m_addressField, m_target.address.toString()}};
            return send("POST", QStringLiteral("/dns/%1/record").arg(m_domainId), body);
        }
        const QJsonObject &record = m_records.at(choice.index);
        if (!record.value(QStringLiteral("state")).toBool(true))
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("the %1 record of %2 (id %3) is disabled at Dynu; Homing does not change "
                                                 "a disabled record: enable it, or delete it")
                                            .arg(m_target.record.type, m_target.record.name, existing.at(choice.index).id));
        if (choice.action == RecordChoice::Action::Keep)
            return ProviderStep::finish(choice.keepResult(m_target));
        m_action = jsonrest::changed(existing.at(choice.index).value).detail;
        if (choice.index == m_apexIndex)
            return updateDomain();
        // The update takes the whole record: send its own fields back, with the new address.
        QJsonObject body{{QStringLiteral("nodeName"), record.value(QStringLiteral("nodeName")).toString()},
                         {QStringLiteral("recordType"), m_target.record.type},
                         {QStringLiteral("ttl"), m_target.record.ttl > 0 ? m_target.record.ttl
                                                                         : record.value(QStringLiteral("ttl")).toInt(kDefaultTtl)},
                         {QStringLiteral("state"), record.value(QStringLiteral("state")).toBool(true)},
                         {m_addressField, m_target.address.toString()}};
        if (record.contains(QStringLiteral("group")))
            body.insert(QStringLiteral("group"), record.value(QStringLiteral("group")));
        return send("POST", QStringLiteral("/dns/%1/record/%2").arg(m_domainId, existing.at(choice.index).id), body);
    }

    // The apex lives on the domain itself: POST /dns/{id} takes the whole
    // domain object. The list of domains may leave settings out (dnssec,
    // allowZoneTransfer, ipv6WildcardAlias…), so read the domain on its own
    // first and send back exactly that, with only the address changed.
    ProviderStep updateDomain()
    {
        m_stage = Stage::Domain;
        return send("GET", QStringLiteral("/dns/%1").arg(m_domainId));
    }

    ProviderStep domainRead(const QJsonObject &domain)
    {
        if (dnsname::normalized(domain.value(QStringLiteral("name")).toString()) != m_zoneName)
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Dynu answered with another domain than %1: %2")
                                                                     .arg(m_zoneName, oneLine(QJsonDocument(domain).toJson(QJsonDocument::Compact))));
        m_stage = Stage::Write;
        m_writingDomain = true;
        QJsonObject body = domain;
        for (const char *readOnly : {"statusCode", "id", "unicodeName", "token", "state", "createdOn", "updatedOn"})
            body.remove(QLatin1String(readOnly));
        body.insert(m_addressField, m_target.address.toString());
        body.insert(m_familyFlag, true);
        if (m_target.record.ttl > 0)
            body.insert(QStringLiteral("ttl"), m_target.record.ttl);
        return send("POST", QStringLiteral("/dns/%1").arg(m_domainId), body);
    }

    ProviderStep written(const QJsonObject &root)
    {
        // A record write answers with the record; a domain write with its status only.
        if (!m_writingDomain) {
            const QString address = root.value(m_addressField).toString();
            if (QHostAddress(address) != m_target.address)
                return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Dynu answered with %1 instead of %2")
                                                                         .arg(address, m_target.address.toString()));
        } else if (root.value(QStringLiteral("statusCode")).toInt(200) != 200) {
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Dynu did not confirm the change: %1")
                                                                     .arg(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact))));
        }
        return ProviderStep::finish(ResultKind::Ok, m_action);
    }

    QUrl m_apiBase;
    RecordTarget m_target;
    QString m_key;
    Mode m_mode;
    QString m_addressField;
    QString m_familyFlag;
    Stage m_stage = Stage::Domains;
    QString m_zoneName;
    QJsonObject m_domain;
    QString m_domainId;
    QString m_node;
    QList<QJsonObject> m_records;
    qsizetype m_apexIndex = -1;
    bool m_writingDomain = false;
    QString m_action;
};

} // namespace

DynuApiProvider::DynuApiProvider(QUrl apiBase)
    : m_apiBase(std::move(apiBase))
{
}

DynuApiProvider::Parsed DynuApiProvider::parse(const HttpReply &reply)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    const bool isObject = error.error == QJsonParseError::NoError && document.isObject();
    parsed.object = document.object();
    const QJsonObject exception = parsed.object.value(QStringLiteral("exception")).toObject();
    if (isObject && exception.isEmpty() && reply.status >= 200 && reply.status < 300)
        return parsed;
    if (!exception.isEmpty()) {
        const QString type = exception.value(QStringLiteral("type")).toString();
        const int code = exception.value(QStringLiteral("statusCode")).toInt();
        const QString message = exception.value(QStringLiteral("message")).toString();
        std::optional<ResultKind> kind = reply.status == 429 ? ResultKind::RateLimited : kindForType(type);
        if (!kind)
            kind = kindForCode(code);
        QString detail = Text::tr("HTTP status %1, %2 %3: %4").arg(reply.status).arg(code).arg(type, message);
        if (kind == ResultKind::AuthFailed)
            detail += QStringLiteral("; ") + Text::tr("create an API key in the Dynu control panel under API Credentials");
        else if (type.startsWith(QLatin1String("Quota")))
            detail += QStringLiteral("; ") + Text::tr("the Dynu plan allows no more records of this kind");
        parsed.failure = UpdateResult::make(kind.value_or(ResultKind::BadResponse), detail);
        return parsed;
    }
    std::optional<ResultKind> kind = classifyHttpStatus(reply.status);
    if (!kind)
        kind = reply.status == 404 ? ResultKind::NoSuchHost : ResultKind::BadResponse;
    parsed.failure = UpdateResult::make(*kind, Text::tr("HTTP status %1: %2").arg(reply.status).arg(oneLine(reply.body)));
    return parsed;
}

std::unique_ptr<Provider> DynuApiProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    return std::make_unique<DynuApiProvider>(
        endpointUrl(account.endpoint, QStringLiteral("https://api.dynu.com/v2"), QString(), issues));
}

QList<ConfigIssue> DynuApiProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl != 0 && (record.ttl < kMinimumTtl || record.ttl > kMaximumTtl))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"), Text::tr("Dynu takes TTLs from %1 to %2 seconds")
                                                                    .arg(kMinimumTtl)
                                                                    .arg(kMaximumTtl)));
    return issues;
}

std::unique_ptr<ProviderJob> DynuApiProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<DynuJob>(m_apiBase, target, secrets.value(QStringLiteral("api_key")), DynuJob::Mode::Update);
}

std::unique_ptr<ProviderJob> DynuApiProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<DynuJob>(m_apiBase, RecordTarget{record, {}}, secrets.value(QStringLiteral("api_key")),
                                     DynuJob::Mode::Check);
}

} // namespace providers

void registerDynuApiProvider(ProviderRegistry &registry)
{
    const auto key = FieldSpec::secret(
        QStringLiteral("api_key"), QT_TRANSLATE_NOOP("homing::Providers", "API key"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "From the Dynu control panel > API Credentials (the API-Key, not the OAuth2 client). Dynu "
                          "has one key per account and it cannot be limited: it can change every domain of the "
                          "account. Reading the domains and records and changing a record all use it."))
                         .makeRequired();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("dynu_api");
    descriptor.name = QString::fromUtf8(QT_TRANSLATE_NOOP("homing::Providers", "Dynu (API key)"));
    descriptor.category = ProviderCategory::DdnsService; // next to the dyndns2 preset "dynu"
    descriptor.fields = {key, providers::recordIdField()};
    descriptor.create = &providers::DynuApiProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {providers::DynuApiProvider::kMinimumTtl, providers::DynuApiProvider::kMaximumTtl};
    registry.add(std::move(descriptor));
}

} // namespace homing
