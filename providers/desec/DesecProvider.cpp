#include "DesecProvider.h"

#include "jsonrest/JsonRest.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Desec)
};

class DesecJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    DesecJob(QUrl apiBase, QByteArray authorization, RecordTarget target, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_authorization(std::move(authorization))
        , m_target(std::move(target))
        , m_mode(mode)
    {
    }

    ProviderStep start() override
    {
        m_stage = Stage::Domain;
        QUrl url = appendPath(m_apiBase, QStringLiteral("/domains/"));
        // deSEC itself says which domain of the account is responsible for the name
        // (the longest, when one domain is below another).
        if (!m_target.record.name.isEmpty())
            url.setQuery(QUrlQuery{{QStringLiteral("owns_qname"), m_target.record.name}});
        return send("GET", url);
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        // No RRset of this subname and type yet: deSEC answers 404.
        if (m_stage == Stage::Records && reply.status == 404)
            return rrsetRead({});
        if (!jsonrest::isSuccess(reply)) {
            const UpdateResult failure = DesecProvider::classifyFailure(reply);
            // The record deleted or created since it was read: read again next time.
            // deSEC refuses a POST of an RRset that exists with 400 "Another RRset
            // with the same subdomain and type exists for this domain."
            if (m_stage == Stage::Write
                && (reply.status == 404 || reply.status == 409
                    || (reply.status == 400 && reply.body.contains("same subdomain and type exists"))))
                return ProviderStep::finish(jsonrest::changedMeanwhile(failure));
            return ProviderStep::finish(failure);
        }
        const auto json = jsonrest::parse(reply.body);
        switch (m_stage) {
        case Stage::Domain:
            if (!json.value.isArray())
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("deSEC's list of domains is not a list: %1").arg(oneLine(reply.body)));
            return domainsListed(json.array());
        case Stage::Records:
            if (!json.value.isObject())
                return ProviderStep::finish(ResultKind::BadResponse,
                                            Text::tr("deSEC's RRset of %1 is not an object: %2")
                                                .arg(m_target.record.name, oneLine(reply.body)));
            return rrsetRead(json.object());
        case Stage::Write:
            return ProviderStep::finish(m_written);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Domain, Records, Write };

    ProviderStep send(const QByteArray &method, const QUrl &url, const QJsonValue &body = QJsonValue(QJsonValue::Undefined))
    {
        return ProviderStep::send(jsonrest::request(method, url, m_authorization, body));
    }

    ProviderStep domainsListed(const QJsonArray &domains)
    {
        if (m_target.record.name.isEmpty()) {
            QStringList names;
            for (const auto &domain : domains)
                names.append(domain.toObject().value(QStringLiteral("name")).toString());
            names.removeAll(QString());
            return ProviderStep::finish(jsonrest::zonesFinding(names, Text::tr("the account has no domain at deSEC")));
        }
        const QJsonObject domain = domains.at(0).toObject(); // none: an empty name below
        m_zone = dnsname::normalized(domain.value(QStringLiteral("name")).toString());
        if (m_zone.isEmpty() || !dnsname::isInZone(m_target.record.name, m_zone))
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no domain of this deSEC account holds %1: check the record's name, and "
                                                 "that the domain is in this account")
                                            .arg(m_target.record.name));
        m_minimumTtl = domain.value(QStringLiteral("minimum_ttl")).toInt(DesecProvider::kDefaultMinimumTtl);
        // Refused by deSEC anyway: say which rule before spending a request of the day's few.
        if (m_target.record.ttl > 0 && m_target.record.ttl < m_minimumTtl)
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("the deSEC domain %1 takes TTLs of %2 seconds or more (its minimum TTL): "
                                                 "set the record's ttl to %2 or more, or ask deSEC's support to lower the "
                                                 "domain's minimum")
                                            .arg(m_zone)
                                            .arg(m_minimumTtl));
        m_stage = Stage::Records;
        return send("GET", rrsetUrl());
    }

    QUrl rrsetUrl() const
    {
        // The apex's subname is empty; in a URL deSEC spells it "@".
        return appendPath(m_apiBase, QStringLiteral("/domains/%1/rrsets/%2/%3/")
                                         .arg(m_zone, dnsname::relativeName(m_target.record.name, m_zone),
                                              m_target.record.type));
    }

    // The RRset's records share one TTL.
    ProviderStep rrsetRead(const QJsonObject &rrset)
    {
        QList<ExistingRecord> matches;
        const int ttl = rrset.value(QStringLiteral("ttl")).toInt();
        const QJsonArray records = rrset.value(QStringLiteral("records")).toArray();
        for (const auto &record : records)
            matches.append({record.toString(), record.toString(), ttl});
        if (m_mode == Mode::Check)
            return ProviderStep::finish(describeCheckFinding(matches, m_target.record, m_zone, {}, RecordIdSetting::NotOffered));

        const RecordChoice choice = RecordChoice::choose(matches, m_target, {}, RecordIdSetting::NotOffered);
        const QJsonArray wanted{m_target.address.toString()};
        switch (choice.action) {
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Refuse:
            return ProviderStep::finish(choice.refusal);
        case RecordChoice::Action::Create: {
            // POST only creates: an RRset made meanwhile is refused, never replaced.
            m_stage = Stage::Write;
            m_written = jsonrest::created();
            const int newTtl = m_target.record.ttl > 0 ? m_target.record.ttl : m_minimumTtl;
            return send("POST", appendPath(m_apiBase, QStringLiteral("/domains/%1/rrsets/").arg(m_zone)),
                        QJsonObject{{QStringLiteral("subname"), dnsname::relativeName(m_target.record.name, m_zone, QString())},
                                    {QStringLiteral("type"), m_target.record.type},
                                    {QStringLiteral("ttl"), newTtl},
                                    {QStringLiteral("records"), wanted}});
        }
        case RecordChoice::Action::Update:
            break;
        }
        // The RRset holds this one value: PATCH its records (and the TTL only when
        // configured); never an empty list, which would delete the RRset.
        QJsonObject body{{QStringLiteral("records"), wanted}};
        if (m_target.record.ttl > 0)
            body.insert(QStringLiteral("ttl"), m_target.record.ttl);
        m_stage = Stage::Write;
        m_written = jsonrest::changed(matches.at(choice.index).value);
        return send("PATCH", rrsetUrl(), body);
    }

    QUrl m_apiBase;
    QByteArray m_authorization;
    RecordTarget m_target;
    Mode m_mode;
    Stage m_stage = Stage::Domain;
    QString m_zone;
    int m_minimumTtl = DesecProvider::kDefaultMinimumTtl;
    UpdateResult m_written;
};

// Django REST framework's validation errors: {"field": ["message", …], …}, or a
// list of such objects for bulk requests.
void collectProblems(const QJsonValue &value, const QString &field, QStringList &parts, bool &aboutTtl)
{
    if (value.isArray()) {
        for (const auto &item : value.toArray())
            collectProblems(item, field, parts, aboutTtl);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            aboutTtl = aboutTtl || it.key() == QLatin1String("ttl");
            collectProblems(it.value(), it.key(), parts, aboutTtl);
        }
    } else if (value.isString()) {
        parts.append(field.isEmpty() || field == QLatin1String("detail") ? value.toString()
                                                                         : QStringLiteral("%1: %2").arg(field, value.toString()));
    }
}

} // namespace

DesecProvider::DesecProvider(QUrl apiBase)
    : m_apiBase(std::move(apiBase))
{
}

UpdateResult DesecProvider::classifyFailure(const HttpReply &reply)
{
    // deSEC answers {"detail":"Invalid token."} for 401/403/404/429, and field errors for 400:
    // {"ttl":["Ensure this value is greater than or equal to 3600."]}.
    const auto json = jsonrest::parse(reply.body);
    QStringList parts;
    bool aboutTtl = false;
    if (json.parsed)
        collectProblems(json.value, QString(), parts, aboutTtl);
    const QString said = parts.join(QStringLiteral("; "));
    const QString detail = jsonrest::statusDetail(reply, said);

    if (reply.status == 429) {
        // Retry-After says how long (the core reads it); the text says it too.
        static const QRegularExpression seconds(QStringLiteral("available in (\\d+) second"));
        const auto match = seconds.match(said);
        return jsonrest::rateLimited(Text::tr("%1. deSEC limits how often an account may read and write (writes: 2 a "
                                              "second, 15 a minute, 100 an hour and 300 a day per domain)")
                                         .arg(detail),
                                     match.hasMatch() ? std::optional<int>(match.captured(1).toInt()) : std::nullopt);
    }
    if (reply.status == 401) {
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. deSEC refused the token: it may have been deleted or expired (its maximum "
                                           "age or unused period), or the computer's address is outside the token's "
                                           "allowed subnets")
                                      .arg(detail));
    }
    if (reply.status == 403) {
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("%1. The token may not write this record: give it a policy with write "
                                           "permission (perm_write) for this domain, name and type")
                                      .arg(detail));
    }
    if (reply.status == 404)
        return UpdateResult::make(ResultKind::NoSuchHost, detail);
    if (aboutTtl) {
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("%1. deSEC takes TTLs from the domain's minimum TTL (3600 seconds unless deSEC "
                                           "lowered it; 60 for dedyn.io names) to 604800: set the record's ttl within them")
                                      .arg(detail));
    }
    return jsonrest::unexplainedFailure(reply, json, detail);
}

QList<ConfigIssue> DesecProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl != 0 && (record.ttl < kLowestMinimumTtl || record.ttl > kMaximumTtl))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"),
                                         Text::tr("deSEC takes TTLs from the domain's minimum TTL (3600 seconds unless "
                                                  "deSEC lowered it; 60 for dedyn.io names) to 604800 (a week)")));
    return issues;
}

std::unique_ptr<Provider> DesecProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    return std::make_unique<DesecProvider>(endpointUrl(account.endpoint, QStringLiteral("https://desec.io/api/v1"), QString(), issues));
}

std::unique_ptr<ProviderJob> DesecProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<DesecJob>(m_apiBase, "Token " + secrets.value(QStringLiteral("token")).toUtf8(), target,
                                      DesecJob::Mode::Update);
}

std::unique_ptr<ProviderJob> DesecProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<DesecJob>(m_apiBase, "Token " + secrets.value(QStringLiteral("token")).toUtf8(),
                                      RecordTarget{record, {}}, DesecJob::Mode::Check);
}

} // namespace providers

void registerDesecProvider(ProviderRegistry &registry)
{
    const auto token = FieldSpec::secret(
        QStringLiteral("token"), QT_TRANSLATE_NOOP("homing::Providers", "Token"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Create a token at desec.io under Token Management, with \"manage tokens\" "
                          "(perm_manage_tokens) off, allowed subnets limited to the networks this computer's address "
                          "stays within (when you know them), and a scoping policy: a default policy without write "
                          "permission and one with perm_write for this domain (and name and type). Every token can read; "
                          "Homing reads the domain and the record and writes the record's RRset."))
                           .makeRequired();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("desec");
    descriptor.name = QStringLiteral("deSEC");
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {token};
    descriptor.create = &providers::DesecProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {providers::DesecProvider::kLowestMinimumTtl, providers::DesecProvider::kMaximumTtl};
    registry.add(std::move(descriptor));
}

} // namespace homing
