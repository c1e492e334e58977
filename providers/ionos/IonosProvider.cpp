#include "IonosProvider.h"

#include "jsonrest/JsonRest.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "records/RecordFields.h"
#include "signing/Rfc3986.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Ionos)
};

constexpr int kDefaultTtl = 3600; // "recommended 3600" (the API's schema)

// The codes of the API's error arrays ([{"code","message"}]).
std::optional<ResultKind> kindForCode(const QString &code)
{
    if (code == QLatin1String("UNAUTHORIZED") || code == QLatin1String("FORBIDDEN_REQUEST"))
        return ResultKind::AuthFailed;
    if (code == QLatin1String("INVALID_RECORD") || code == QLatin1String("INVALID_DATA")
        || code == QLatin1String("INVALID_DOMAIN_NAME"))
        return ResultKind::ConfigError;
    if (code.endsWith(QLatin1String("_NOT_FOUND")))
        return ResultKind::NoSuchHost;
    if (code == QLatin1String("INTERNAL_SERVER_ERROR"))
        return ResultKind::ServerError;
    return std::nullopt;
}

class IonosJob final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    IonosJob(QUrl apiBase, RecordTarget target, QString key, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_target(std::move(target))
        , m_key(std::move(key))
        , m_mode(mode)
    {
    }

    ProviderStep start() override
    {
        const qsizetype dot = m_key.indexOf(QLatin1Char('.'));
        if (dot <= 0 || dot == m_key.size() - 1)
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("an IONOS API key is written prefix.secret: the public prefix, a dot, "
                                                 "and the secret, as the developer portal shows them"));
        m_stage = Stage::Zones;
        return send("GET", QStringLiteral("/v1/zones"));
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        const IonosProvider::Parsed parsed = IonosProvider::parse(reply);
        if (parsed.failure) {
            UpdateResult failure = *parsed.failure;
            if (failure.kind == ResultKind::NoSuchHost && m_stage == Stage::Write)
                failure.kind = ResultKind::ServerError; // the record went away meanwhile: look again next time
            return ProviderStep::finish(failure);
        }
        switch (m_stage) {
        case Stage::Zones:
            return zonesListed(parsed.document);
        case Stage::Records:
            return recordsListed(parsed.document.object());
        case Stage::Write:
            return written(parsed.document);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { Zones, Records, Write };

    ProviderStep send(const QByteArray &method, const QString &path, const QByteArray &query = {},
                      const QJsonDocument &body = {})
    {
        QUrl url = appendPath(m_apiBase, path);
        if (!query.isEmpty())
            url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        const QJsonValue json = body.isNull()    ? QJsonValue(QJsonValue::Undefined)
                                : body.isArray() ? QJsonValue(body.array())
                                                 : QJsonValue(body.object());
        return ProviderStep::send(jsonrest::requestWith(method, url, {"X-API-Key", m_key.toUtf8()}, json));
    }

    ProviderStep zonesListed(const QJsonDocument &document)
    {
        // One list of every zone: the API has no paging here.
        if (!document.isArray())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("IONOS's zone list is not a list"));
        QStringList names;
        QHash<QString, QJsonObject> zones;
        for (const auto &value : document.array()) {
            const QJsonObject zone = value.toObject();
            const QString name = dnsname::normalized(zone.value(QStringLiteral("name")).toString());
            names.append(name);
            zones.insert(name, zone);
        }
        if (m_target.record.name.isEmpty()) {
            if (names.isEmpty())
                return ProviderStep::finish(ResultKind::NoSuchHost, Text::tr("the API key works but the account has no zone"));
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the API key works; it can read the zone(s) %1")
                                                            .arg(names.join(QStringLiteral(", "))));
        }
        m_zoneName = dnsname::longestZoneFor(m_target.record.name, names);
        if (m_zoneName.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no zone of this IONOS account contains %1 (an API key reaches every "
                                                 "zone of its own account only)")
                                            .arg(m_target.record.name));
        const QJsonObject zone = zones.value(m_zoneName);
        if (zone.value(QStringLiteral("type")).toString() == QLatin1String("SLAVE"))
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("the IONOS zone %1 is a secondary (SLAVE) zone: change the record at its "
                                                 "primary name server")
                                            .arg(m_zoneName));
        m_zoneId = zone.value(QStringLiteral("id")).toString();
        m_stage = Stage::Records;
        // Names are full names; the filter takes the full name and a type list.
        return send("GET", QStringLiteral("/v1/zones/%1").arg(m_zoneId),
                    "recordName=" + rfc3986Encode(m_target.record.name) + "&recordType=" + rfc3986Encode(m_target.record.type));
    }

    ProviderStep recordsListed(const QJsonObject &zone)
    {
        const QJsonValue records = zone.value(QStringLiteral("records"));
        if (!records.isArray() && !records.isUndefined())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("IONOS's zone holds no record list"));
        for (const auto &value : records.toArray()) {
            const QJsonObject record = value.toObject();
            if (dnsname::normalized(record.value(QStringLiteral("name")).toString()) == m_target.record.name
                && record.value(QStringLiteral("type")).toString() == m_target.record.type)
                m_records.append(record);
        }
        return decide();
    }

    ProviderStep decide()
    {
        QList<ExistingRecord> existing;
        for (const auto &record : std::as_const(m_records))
            existing.append(ExistingRecord{record.value(QStringLiteral("id")).toString(),
                                           record.value(QStringLiteral("content")).toString(),
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
            const QJsonObject record{{QStringLiteral("name"), m_target.record.name},
                                     {QStringLiteral("type"), m_target.record.type},
                                     {QStringLiteral("content"), m_target.address.toString()},
                                     {QStringLiteral("ttl"), m_target.record.ttl > 0 ? m_target.record.ttl : kDefaultTtl},
                                     {QStringLiteral("prio"), 0},
                                     {QStringLiteral("disabled"), false}};
            return send("POST", QStringLiteral("/v1/zones/%1/records").arg(m_zoneId), {}, QJsonDocument(QJsonArray{record}));
        }
        const QJsonObject &record = m_records.at(choice.index);
        if (record.value(QStringLiteral("disabled")).toBool())
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("the %1 record of %2 (id %3) is deactivated at IONOS; Homing does not "
                                                 "change a deactivated record: activate it, or delete it")
                                            .arg(m_target.record.type, m_target.record.name, existing.at(choice.index).id));
        if (choice.action == RecordChoice::Action::Keep)
            return ProviderStep::finish(choice.keepResult(m_target));
        // The update takes content, ttl, prio and disabled: send the record's own back.
        const int ttl = m_target.record.ttl > 0 ? m_target.record.ttl
                                                : (record.value(QStringLiteral("ttl")).isDouble() ? record.value(QStringLiteral("ttl")).toInt()
                                                                                                  : kDefaultTtl);
        const QJsonObject body{{QStringLiteral("disabled"), record.value(QStringLiteral("disabled")).toBool(false)},
                               {QStringLiteral("content"), m_target.address.toString()},
                               {QStringLiteral("ttl"), ttl},
                               {QStringLiteral("prio"), record.value(QStringLiteral("prio")).toInt(0)}};
        m_action = jsonrest::changed(existing.at(choice.index).value).detail;
        return send("PUT", QStringLiteral("/v1/zones/%1/records/%2").arg(m_zoneId, existing.at(choice.index).id), {},
                    QJsonDocument(body));
    }

    ProviderStep written(const QJsonDocument &document)
    {
        // A create answers with the list of created records, an update with the record.
        const QJsonObject record = document.isArray() ? document.array().at(0).toObject() : document.object();
        const QString content = record.value(QStringLiteral("content")).toString();
        if (QHostAddress(content) != m_target.address)
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("IONOS answered with %1 instead of %2")
                                                                     .arg(content, m_target.address.toString()));
        return ProviderStep::finish(ResultKind::Ok, m_action);
    }

    QUrl m_apiBase;
    RecordTarget m_target;
    QString m_key;
    Mode m_mode;
    Stage m_stage = Stage::Zones;
    QString m_zoneName;
    QString m_zoneId;
    QList<QJsonObject> m_records;
    QString m_action;
};

} // namespace

IonosProvider::IonosProvider(QUrl apiBase)
    : m_apiBase(std::move(apiBase))
{
}

IonosProvider::Parsed IonosProvider::parse(const HttpReply &reply)
{
    Parsed parsed;
    QJsonParseError error;
    parsed.document = QJsonDocument::fromJson(reply.body, &error);
    const bool isJson = error.error == QJsonParseError::NoError && !parsed.document.isNull();
    if (isJson && reply.status >= 200 && reply.status < 300)
        return parsed;
    QStringList parts;
    std::optional<ResultKind> kind;
    for (const auto &value : parsed.document.array()) {
        const QJsonObject item = value.toObject();
        const QString code = item.value(QStringLiteral("code")).toString();
        const QString message = item.value(QStringLiteral("message")).toString();
        parts.append(message.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, message));
        const QJsonObject parameters = item.value(QStringLiteral("parameters")).toObject();
        for (const char *key : {"invalidFields", "requiredFields", "invalid"}) {
            const QJsonArray fields = parameters.value(QLatin1String(key)).toArray();
            if (!fields.isEmpty())
                parts.last() += QStringLiteral(" (%1: %2)").arg(QLatin1String(key),
                                                                 QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        }
        if (!kind)
            kind = kindForCode(code);
    }
    const QString detail = parts.isEmpty() ? Text::tr("HTTP status %1: %2").arg(reply.status).arg(oneLine(reply.body))
                                           : Text::tr("HTTP status %1, %2").arg(reply.status).arg(parts.join(QStringLiteral("; ")));
    if (reply.status == 429 || reply.status == 401 || reply.status == 403 || reply.status >= 500)
        kind = classifyHttpStatus(reply.status);
    if (!kind) {
        if (reply.status == 404)
            kind = ResultKind::NoSuchHost;
        else if (reply.status == 400 || reply.status == 409 || reply.status == 422)
            kind = ResultKind::ConfigError;
        else
            kind = ResultKind::BadResponse;
    }
    QString text = detail;
    if (*kind == ResultKind::AuthFailed)
        text += QStringLiteral("; ") + Text::tr("create a key in the IONOS developer portal (developer.hosting.ionos.com) "
                                                 "and give it as prefix.secret");
    parsed.failure = UpdateResult::make(*kind, text);
    return parsed;
}

std::unique_ptr<Provider> IonosProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    return std::make_unique<IonosProvider>(
        endpointUrl(account.endpoint, QStringLiteral("https://api.hosting.ionos.com/dns"), QString(), issues));
}

QList<ConfigIssue> IonosProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.ttl != 0 && (record.ttl < kMinimumTtl || record.ttl > kMaximumTtl))
        issues.append(ConfigIssue::error(QStringLiteral("ttl"),
                                         Text::tr("IONOS takes TTLs from %1 to %2 seconds (0 uses 3600)")
                                             .arg(kMinimumTtl)
                                             .arg(kMaximumTtl)));
    return issues;
}

std::unique_ptr<ProviderJob> IonosProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<IonosJob>(m_apiBase, target, secrets.value(QStringLiteral("api_key")), IonosJob::Mode::Update);
}

std::unique_ptr<ProviderJob> IonosProvider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<IonosJob>(m_apiBase, RecordTarget{record, {}}, secrets.value(QStringLiteral("api_key")),
                                      IonosJob::Mode::Check);
}

} // namespace providers

void registerIonosProvider(ProviderRegistry &registry)
{
    const auto key = FieldSpec::secret(
        QStringLiteral("api_key"), QT_TRANSLATE_NOOP("homing::Providers", "API key"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Written prefix.secret. Create it in the IONOS developer portal (developer.hosting.ionos.com, "
                          "sign in with your IONOS login, API keys). IONOS keys cannot be limited: a key can read and "
                          "change every DNS zone of its account, so keep it safe and delete it there when no longer "
                          "used."))
                         .makeRequired();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("ionos");
    descriptor.name = QStringLiteral("IONOS");
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {key, providers::recordIdField()};
    descriptor.create = &providers::IonosProvider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {providers::IonosProvider::kMinimumTtl, providers::IonosProvider::kMaximumTtl};
    registry.add(std::move(descriptor));
}

} // namespace homing
