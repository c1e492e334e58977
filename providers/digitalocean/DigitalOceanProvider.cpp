#include "DigitalOceanProvider.h"

#include "jsonrest/JsonRest.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordFields.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::DigitalOcean)
};

// Lists are paged (per_page up to 200, page) with links.pages.next. Three pages
// of domains, three of records and the write stay within JobRunner::kMaximumSteps.
constexpr int kPageSize = 200;
constexpr int kMaximumPages = 3;
// A new record's TTL when none is configured: short, for an address that changes.
constexpr int kNewRecordTtl = 60;

// links.pages.next of a list, when there is a next page.
std::optional<QUrl> nextPage(const QJsonObject &list)
{
    const QString next = list.value(QStringLiteral("links")).toObject().value(QStringLiteral("pages")).toObject()
                             .value(QStringLiteral("next")).toString();
    return next.isEmpty() ? std::nullopt : std::optional<QUrl>(QUrl(next));
}

class DigitalOceanJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    DigitalOceanJob(QUrl apiBase, QByteArray authorization, RecordTarget target, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_authorization(std::move(authorization))
        , m_target(std::move(target))
        , m_managedId(m_target.record.settings.value(QStringLiteral("record_id")).toString())
        , m_mode(mode)
    {
    }

    ProviderStep start() override
    {
        QUrl url = appendPath(m_apiBase, QStringLiteral("/domains"));
        url.setQuery(QUrlQuery{{QStringLiteral("per_page"), QString::number(kPageSize)}});
        return requestPage(Stage::Domains, url);
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        if (!jsonrest::isSuccess(reply)) {
            const UpdateResult failure = DigitalOceanProvider::classifyFailure(reply);
            // The record deleted or created since it was read: read again next time.
            if (m_stage == Stage::Write && (reply.status == 404 || reply.status == 409))
                return ProviderStep::finish(jsonrest::changedMeanwhile(failure));
            return ProviderStep::finish(failure);
        }
        const auto json = jsonrest::parse(reply.body);
        if (!json.value.isObject())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("DigitalOcean's answer is not a JSON object: %1").arg(oneLine(reply.body)));
        switch (m_stage) {
        case Stage::Domains:
            return domainsListed(json.object());
        case Stage::Records:
            return recordsListed(json.object());
        case Stage::Write:
            return written(json.object());
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Domains, Records, Write };

    ProviderStep send(const QByteArray &method, const QUrl &url, const QJsonValue &body = QJsonValue(QJsonValue::Undefined))
    {
        return ProviderStep::send(jsonrest::request(method, url, m_authorization, body));
    }

    ProviderStep requestPage(Stage stage, const QUrl &url)
    {
        if (stage != m_stage)
            m_pages = 0;
        m_stage = stage;
        m_listUrl = url;
        ++m_pages;
        return send("GET", url);
    }

    // The next page as DigitalOcean links it, asked of the account's own endpoint.
    std::optional<ProviderStep> followNext(const QJsonObject &list, qsizetype itemsOnPage)
    {
        const auto next = nextPage(list);
        if (!next || itemsOnPage == 0 || m_pages >= kMaximumPages)
            return std::nullopt;
        return requestPage(m_stage, jsonrest::withQueryOf(m_listUrl, *next));
    }

    ProviderStep domainsListed(const QJsonObject &answer)
    {
        const QJsonArray domains = answer.value(QStringLiteral("domains")).toArray();
        for (const auto &item : domains) {
            const QString name = dnsname::normalized(item.toObject().value(QStringLiteral("name")).toString());
            if (!name.isEmpty())
                m_domains.append(name);
        }
        if (auto next = followNext(answer, domains.size()))
            return *next;
        const bool cutOff = nextPage(answer) && !domains.isEmpty(); // more domains than Homing reads
        if (m_mode == Mode::Check && m_target.record.name.isEmpty())
            return ProviderStep::finish(jsonrest::zonesFinding(
                m_domains, Text::tr("add the domain under Networking > Domains, or give the token domain:read")));
        m_zone = dnsname::longestZoneFor(m_target.record.name, m_domains);
        if (m_zone.isEmpty() && cutOff)
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("none of the first %1 domains of this DigitalOcean account holds %2, and "
                                                 "Homing reads no more than that, so the domain may be among the others: "
                                                 "check the record's name; an account with this many domains is beyond "
                                                 "what Homing supports here")
                                            .arg(m_domains.size())
                                            .arg(m_target.record.name));
        if (m_zone.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no domain of this DigitalOcean account holds %1: check the record's name, "
                                                 "and that the domain is under Networking > Domains")
                                            .arg(m_target.record.name));
        QUrl url = appendPath(m_apiBase, QStringLiteral("/domains/%1/records").arg(m_zone));
        // The name filter takes the full name; records come back with the relative one.
        url.setQuery(QUrlQuery{{QStringLiteral("type"), m_target.record.type},
                               {QStringLiteral("name"), m_target.record.name},
                               {QStringLiteral("per_page"), QString::number(kPageSize)}});
        return requestPage(Stage::Records, url);
    }

    ProviderStep recordsListed(const QJsonObject &answer)
    {
        const QJsonValue list = answer.value(QStringLiteral("domain_records"));
        if (!list.isArray())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("DigitalOcean's answer holds no list of records for %1").arg(m_target.record.name));
        const QString relative = dnsname::relativeName(m_target.record.name, m_zone);
        const QJsonArray records = list.toArray();
        for (const auto &item : records) {
            const QJsonObject record = item.toObject();
            // Filter again: never act on a record of another name or type.
            if (record.value(QStringLiteral("type")).toString() != m_target.record.type
                || record.value(QStringLiteral("name")).toString().compare(relative, Qt::CaseInsensitive) != 0)
                continue;
            m_matches.append({jsonrest::idText(record.value(QStringLiteral("id"))), record.value(QStringLiteral("data")).toString(),
                              record.value(QStringLiteral("ttl")).toInt()});
        }
        if (auto next = followNext(answer, records.size()))
            return *next;
        if (nextPage(answer) && !records.isEmpty())
            // Never create a record while some of the list is unread: it may hold this one.
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("DigitalOcean listed more than %1 %2 records for %3; Homing changes nothing")
                                            .arg(kPageSize * kMaximumPages)
                                            .arg(m_target.record.type, m_target.record.name));
        if (m_mode == Mode::Check)
            return ProviderStep::finish(describeCheckFinding(m_matches, m_target.record, m_zone, m_managedId));
        return write(RecordChoice::choose(m_matches, m_target, m_managedId));
    }

    ProviderStep write(const RecordChoice &choice)
    {
        QJsonObject body{{QStringLiteral("type"), m_target.record.type}, {QStringLiteral("data"), m_target.address.toString()}};
        switch (choice.action) {
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Refuse:
            return ProviderStep::finish(choice.refusal);
        case RecordChoice::Action::Create:
            body.insert(QStringLiteral("name"), dnsname::relativeName(m_target.record.name, m_zone));
            body.insert(QStringLiteral("ttl"), m_target.record.ttl > 0 ? m_target.record.ttl : kNewRecordTtl);
            m_stage = Stage::Write;
            m_written = jsonrest::created();
            return send("POST", appendPath(m_apiBase, QStringLiteral("/domains/%1/records").arg(m_zone)), body);
        case RecordChoice::Action::Update:
            break;
        }
        // PATCH changes only what it carries: the name, the TTL (unless configured)
        // and the other attributes stay as they are.
        const ExistingRecord &record = m_matches.at(choice.index);
        if (m_target.record.ttl > 0)
            body.insert(QStringLiteral("ttl"), m_target.record.ttl);
        m_stage = Stage::Write;
        m_written = jsonrest::changed(record.value);
        return send("PATCH", appendPath(m_apiBase, QStringLiteral("/domains/%1/records/%2").arg(m_zone, record.id)), body);
    }

    ProviderStep written(const QJsonObject &answer)
    {
        const QString data = answer.value(QStringLiteral("domain_record")).toObject().value(QStringLiteral("data")).toString();
        if (QHostAddress(data) != m_target.address)
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("DigitalOcean answered with %1 instead of %2").arg(data, m_target.address.toString()));
        return ProviderStep::finish(m_written);
    }

    QUrl m_apiBase;
    QByteArray m_authorization;
    RecordTarget m_target;
    QString m_managedId;
    Mode m_mode;
    Stage m_stage = Stage::Domains;
    QUrl m_listUrl;
    int m_pages = 0;
    QStringList m_domains;
    QString m_zone;
    QList<ExistingRecord> m_matches;
    UpdateResult m_written;
};

// How long a 429 asks to wait: Retry-After, or the ratelimit-reset time (epoch seconds).
std::optional<int> waitOf(const HttpReply &reply)
{
    // A Retry-After is left to the core, which reads it with its own clock.
    if (!reply.header("Retry-After").trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 reset = reply.header("ratelimit-reset").trimmed().toLongLong(&ok);
    return ok ? jsonrest::secondsUntil(reply, reset) : std::nullopt;
}

} // namespace

DigitalOceanProvider::DigitalOceanProvider(QUrl apiBase)
    : m_apiBase(std::move(apiBase))
{
}

UpdateResult DigitalOceanProvider::classifyFailure(const HttpReply &reply)
{
    // DigitalOcean's errors: {"id":"unauthorized","message":"Unable to authenticate you","request_id":"…"}.
    const auto json = jsonrest::parse(reply.body);
    const QJsonObject error = json.object();
    const QString id = error.value(QStringLiteral("id")).toString();
    const QString message = error.value(QStringLiteral("message")).toString();
    QString said = message;
    if (!id.isEmpty())
        said = message.isEmpty() ? id : QStringLiteral("%1: %2").arg(id, message);
    const QString detail = jsonrest::statusDetail(reply, said);

    if (reply.status == 429 || id == QLatin1String("too_many_requests")) {
        return jsonrest::rateLimited(Text::tr("%1. DigitalOcean allows a token 250 requests a minute and 5000 an hour")
                                         .arg(detail),
                                     waitOf(reply));
    }
    if (reply.status == 401) {
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. DigitalOcean refused the token: it may have expired or been deleted, or "
                                           "be mistyped; create a new one")
                                      .arg(detail));
    }
    if (reply.status == 403) {
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. The token may not do this: a custom-scoped token needs domain:read and "
                                           "domain:update (and domain:create to add a record)")
                                      .arg(detail));
    }
    if (reply.status == 404)
        return UpdateResult::make(ResultKind::NoSuchHost, detail);
    if (message.contains(QLatin1String("ttl"), Qt::CaseInsensitive)) {
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("%1. DigitalOcean takes TTLs of 30 seconds or more: set the record's ttl to 30 "
                                           "or more")
                                      .arg(detail));
    }
    return jsonrest::unexplainedFailure(reply, json, detail);
}

QList<ConfigIssue> DigitalOceanProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl != 0 && (record.ttl < kMinimumTtl || record.ttl > kMaximumTtl))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"), Text::tr("DigitalOcean takes TTLs of 30 seconds or more "
                                                                         "(Homing: at most 604800)")));
    return issues;
}

std::unique_ptr<Provider> DigitalOceanProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    return std::make_unique<DigitalOceanProvider>(
        endpointUrl(account.endpoint, QStringLiteral("https://api.digitalocean.com/v2"), QString(), issues));
}

std::unique_ptr<ProviderJob> DigitalOceanProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<DigitalOceanJob>(m_apiBase, "Bearer " + secrets.value(QStringLiteral("token")).toUtf8(), target,
                                             DigitalOceanJob::Mode::Update);
}

std::unique_ptr<ProviderJob> DigitalOceanProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<DigitalOceanJob>(m_apiBase, "Bearer " + secrets.value(QStringLiteral("token")).toUtf8(),
                                             RecordTarget{record, {}}, DigitalOceanJob::Mode::Check);
}

} // namespace providers

void registerDigitalOceanProvider(ProviderRegistry &registry)
{
    const auto token = FieldSpec::secret(
        QStringLiteral("token"), QT_TRANSLATE_NOOP("homing::Providers", "Personal access token"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Create one in DigitalOcean's control panel under API > Tokens > Generate New Token, with "
                          "Custom Scopes: domain read and update (and create, for Homing to add a record that does not "
                          "exist yet). Homing lists the domains, reads the record, and creates or changes it."))
                           .makeRequired();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("digitalocean");
    descriptor.name = QStringLiteral("DigitalOcean");
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {token, providers::recordIdField()};
    descriptor.create = &providers::DigitalOceanProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {providers::DigitalOceanProvider::kMinimumTtl, providers::DigitalOceanProvider::kMaximumTtl};
    registry.add(std::move(descriptor));
}

} // namespace homing
