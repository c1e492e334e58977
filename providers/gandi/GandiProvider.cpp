#include "GandiProvider.h"

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
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Gandi)
};

// GET /domains is paged (per_page, page) with a Link header to the next page.
// Four pages, the rrset read and the write stay within JobRunner::kMaximumSteps.
constexpr int kDomainPageSize = 100;
constexpr int kMaximumDomainPages = 4;

class GandiJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    GandiJob(QUrl apiBase, QByteArray authorization, RecordTarget target, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_authorization(std::move(authorization))
        , m_target(std::move(target))
        , m_mode(mode)
    {
    }

    ProviderStep start() override
    {
        QUrl url = appendPath(m_apiBase, QStringLiteral("/domains"));
        url.setQuery(QUrlQuery{{QStringLiteral("per_page"), QString::number(kDomainPageSize)}});
        return listDomains(url);
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        // No rrset of this name and type yet: LiveDNS answers 404.
        if (m_stage == Stage::Records && reply.status == 404)
            return rrsetRead({});
        if (!jsonrest::isSuccess(reply)) {
            const UpdateResult failure = GandiProvider::classifyFailure(reply);
            // The record deleted or created since it was read: read again next time.
            if (m_stage == Stage::Write && (reply.status == 404 || reply.status == 409))
                return ProviderStep::finish(jsonrest::changedMeanwhile(failure));
            return ProviderStep::finish(failure);
        }
        switch (m_stage) {
        case Stage::Domains:
            return domainsListed(reply);
        case Stage::Records: {
            const auto json = jsonrest::parse(reply.body);
            if (!json.value.isObject())
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("Gandi's record set of %1 is not an object: %2")
                                                .arg(m_target.record.name, oneLine(reply.body)));
            return rrsetRead(json.object());
        }
        case Stage::Write:
            return ProviderStep::finish(m_written);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Domains, Records, Write };

    ProviderStep send(const QByteArray &method, const QUrl &url, const QJsonValue &body = QJsonValue(QJsonValue::Undefined))
    {
        return ProviderStep::send(jsonrest::request(method, url, m_authorization, body));
    }

    ProviderStep listDomains(const QUrl &url)
    {
        m_stage = Stage::Domains;
        m_domainsUrl = url;
        ++m_pages;
        return send("GET", url);
    }

    ProviderStep domainsListed(const HttpReply &reply)
    {
        const auto json = jsonrest::parse(reply.body);
        if (!json.value.isArray())
            return ProviderStep::finish(ResultKind::BadResponse,
                                        Text::tr("Gandi's list of LiveDNS domains is not a list: %1").arg(oneLine(reply.body)));
        const QJsonArray page = json.array();
        for (const auto &item : page) {
            const QString fqdn = dnsname::normalized(item.toObject().value(QStringLiteral("fqdn")).toString());
            if (!fqdn.isEmpty())
                m_domains.append(fqdn);
        }
        const auto next = jsonrest::nextLink(reply);
        if (next && !page.isEmpty() && m_pages < kMaximumDomainPages)
            return listDomains(jsonrest::withQueryOf(m_domainsUrl, *next));
        const bool cutOff = next && !page.isEmpty(); // more domains than Homing reads
        if (m_mode == Mode::Check && m_target.record.name.isEmpty())
            return ProviderStep::finish(jsonrest::zonesFinding(
                m_domains, Text::tr("the token reaches no LiveDNS domain; give it the domain, in the organisation that "
                                    "owns it")));
        m_zone = dnsname::longestZoneFor(m_target.record.name, m_domains);
        if (m_zone.isEmpty() && cutOff)
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("none of the first %1 LiveDNS domains that this token reaches holds %2, "
                                                 "and Homing reads no more than that, so the domain may be among the "
                                                 "others: give the token only the domains Homing updates")
                                            .arg(m_domains.size())
                                            .arg(m_target.record.name));
        if (m_zone.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no LiveDNS domain that this token reaches holds %1: check the record's "
                                                 "name, that the domain uses Gandi's LiveDNS name servers, and that the "
                                                 "token was made for the organisation that owns it")
                                            .arg(m_target.record.name));
        m_stage = Stage::Records;
        return send("GET", rrsetUrl());
    }

    QUrl rrsetUrl() const
    {
        return appendPath(m_apiBase, QStringLiteral("/domains/%1/records/%2/%3")
                                         .arg(m_zone, dnsname::relativeName(m_target.record.name, m_zone),
                                              m_target.record.type));
    }

    // The rrset's values are the records of the name and type; they share one TTL.
    ProviderStep rrsetRead(const QJsonObject &rrset)
    {
        QList<ExistingRecord> matches;
        const int ttl = rrset.value(QStringLiteral("rrset_ttl")).toInt();
        const QJsonArray values = rrset.value(QStringLiteral("rrset_values")).toArray();
        for (const auto &value : values)
            matches.append({value.toString(), value.toString(), ttl});
        if (m_mode == Mode::Check)
            return ProviderStep::finish(describeCheckFinding(matches, m_target.record, m_zone, {}, RecordIdSetting::NotOffered));

        const RecordChoice choice = RecordChoice::choose(matches, m_target, {}, RecordIdSetting::NotOffered);
        int wantedTtl = m_target.record.ttl;
        QByteArray method = "PUT";
        switch (choice.action) {
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Refuse:
            return ProviderStep::finish(choice.refusal);
        case RecordChoice::Action::Create:
            // POST creates and refuses (409) if someone made the rrset meanwhile: never replace unseen values.
            method = "POST";
            if (wantedTtl <= 0)
                wantedTtl = GandiProvider::kMinimumTtl;
            m_written = jsonrest::created();
            break;
        case RecordChoice::Action::Update:
            // The rrset holds this one value: replacing the set changes only it.
            if (wantedTtl <= 0)
                wantedTtl = ttl > 0 ? ttl : GandiProvider::kMinimumTtl;
            m_written = jsonrest::changed(matches.at(choice.index).value);
            break;
        }
        m_stage = Stage::Write;
        const QJsonObject body{{QStringLiteral("rrset_values"), QJsonArray{m_target.address.toString()}},
                               {QStringLiteral("rrset_ttl"), wantedTtl}};
        return send(method, rrsetUrl(), body);
    }

    QUrl m_apiBase;
    QByteArray m_authorization;
    RecordTarget m_target;
    Mode m_mode;
    Stage m_stage = Stage::Domains;
    QUrl m_domainsUrl;
    int m_pages = 0;
    QStringList m_domains;
    QString m_zone;
    UpdateResult m_written;
};

} // namespace

GandiProvider::GandiProvider(QUrl apiBase)
    : m_apiBase(std::move(apiBase))
{
}

UpdateResult GandiProvider::classifyFailure(const HttpReply &reply)
{
    // Gandi's errors: {"code":401,"message":"…","object":"HTTPUnauthorized","cause":"Unauthorized"},
    // and for invalid input {"status":"error","errors":[{"location":"body","name":"rrset_ttl","description":"…"}]}.
    const auto json = jsonrest::parse(reply.body);
    const QJsonObject error = json.object();
    QStringList said;
    if (const QString message = error.value(QStringLiteral("message")).toString(); !message.isEmpty())
        said.append(message);
    bool aboutTtl = false;
    const QJsonArray errors = error.value(QStringLiteral("errors")).toArray();
    for (const auto &value : errors) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(QStringLiteral("name")).toString();
        aboutTtl = aboutTtl || name == QLatin1String("rrset_ttl");
        said.append(QStringLiteral("%1: %2").arg(name, item.value(QStringLiteral("description")).toString()));
    }
    const QString detail = jsonrest::statusDetail(reply, said.join(QStringLiteral("; ")));

    if (reply.status == 429)
        return jsonrest::rateLimited(detail);
    if (reply.status == 401) {
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. Gandi refused the personal access token: it may have expired or been "
                                           "deleted; create a new one")
                                      .arg(detail));
    }
    if (reply.status == 403) {
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. The token may not change this domain: give it the permission \"Manage "
                                           "domain technical configurations\" for the domain, in the organisation that "
                                           "owns it")
                                      .arg(detail));
    }
    if (reply.status == 404)
        return UpdateResult::make(ResultKind::NoSuchHost, detail);
    if (aboutTtl) {
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("%1. Gandi takes TTLs of 300 to 2592000 seconds: set the record's ttl within "
                                           "them")
                                      .arg(detail));
    }
    return jsonrest::unexplainedFailure(reply, json, detail);
}

QList<ConfigIssue> GandiProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl != 0 && (record.ttl < kMinimumTtl || record.ttl > kMaximumTtl))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"), Text::tr("Gandi LiveDNS takes TTLs of 300 seconds (5 "
                                                                         "minutes) to 2592000 (30 days)")));
    return issues;
}

std::unique_ptr<Provider> GandiProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    return std::make_unique<GandiProvider>(
        endpointUrl(account.endpoint, QStringLiteral("https://api.gandi.net/v5/livedns"), QString(), issues));
}

std::unique_ptr<ProviderJob> GandiProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<GandiJob>(m_apiBase, "Bearer " + secrets.value(QStringLiteral("token")).toUtf8(), target,
                                      GandiJob::Mode::Update);
}

std::unique_ptr<ProviderJob> GandiProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<GandiJob>(m_apiBase, "Bearer " + secrets.value(QStringLiteral("token")).toUtf8(),
                                      RecordTarget{record, {}}, GandiJob::Mode::Check);
}

} // namespace providers

void registerGandiProvider(ProviderRegistry &registry)
{
    const auto token = FieldSpec::secret(
        QStringLiteral("token"), QT_TRANSLATE_NOOP("homing::Providers", "Personal access token"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Create one in Gandi's admin under Organizations > (the organisation that owns the domain) > "
                          "Personal Access Tokens: limit it to that one organisation and to the domains Homing updates, "
                          "with only the permission \"Manage domain technical configurations\", which lets Homing list "
                          "the LiveDNS domains, read the record and write it. The older API key is not accepted."))
                           .makeRequired();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("gandi");
    descriptor.name = QStringLiteral("Gandi LiveDNS");
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {token};
    descriptor.create = &providers::GandiProvider::create;
    descriptor.readOnlyCheck = true;
    // LiveDNS takes up to 30 days; Homing's configuration stops at a week.
    descriptor.ttl = {providers::GandiProvider::kMinimumTtl, 604800};
    registry.add(std::move(descriptor));
}

} // namespace homing
