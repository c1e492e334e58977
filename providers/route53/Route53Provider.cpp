#include "Route53Provider.h"

#include "provider/JobRunner.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "records/RecordChoice.h"
#include "signing/HostHeader.h"
#include "signing/Rfc3986.h"
#include "signing/SigV4Signer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Route53)
};

const QString kNamespace = QStringLiteral("https://route53.amazonaws.com/doc/2013-04-01/");
const QByteArray kRegion = "us-east-1";
const QByteArray kService = "route53";
const QString kApiVersion = QStringLiteral("/2013-04-01");

// The TTL of a record set Homing creates when the record asks for none
// (Homing's 0 is "the provider's default"; Route 53 itself would take 0).
constexpr int kDefaultTtl = 300;
// Route 53 returns at most 300 items a page; 100 zones or record sets keep
// an answer small. A name and type have one set, or a few routing-policy sets.
constexpr int kPageSize = 100;
// Every lookup and page counts, and the write needs one.
constexpr int kMaximumRequests = JobRunner::kMaximumSteps;

bool isAuthCode(const QString &code)
{
    static const QStringList codes{
        QStringLiteral("InvalidClientTokenId"), QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("IncompleteSignature"),  QStringLiteral("MissingAuthenticationToken"),
        QStringLiteral("AccessDenied"),         QStringLiteral("AccessDeniedException"),
        QStringLiteral("ExpiredToken"),         QStringLiteral("InvalidAccessKeyId"),
        QStringLiteral("UnrecognizedClientException"), QStringLiteral("OptInRequired"),
    };
    return codes.contains(code);
}

bool isClockCode(const QString &code, const QString &message)
{
    // Route 53 says SignatureDoesNotMatch with "Signature expired: … is now
    // earlier than … (… - 5 min.)" or "Signature not yet current: …"; other AWS
    // services say RequestExpired or RequestTimeTooSkewed.
    return code == QLatin1String("RequestExpired") || code == QLatin1String("RequestTimeTooSkewed")
        || message.contains(QLatin1String("Signature expired"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("Signature not yet current"), Qt::CaseInsensitive);
}

// Route 53's refusal of a conditional change (CREATE of a set that exists,
// DELETE of a set whose values are not the ones sent): the set changed
// between Homing's read and its write. The batch was refused whole, nothing
// changed; the next try reads the set again.
bool isRaceRefusal(const QString &code, const QString &message)
{
    return code == QLatin1String("InvalidChangeBatch")
        && (message.contains(QLatin1String("but it already exists"))
            || message.contains(QLatin1String("but the values provided do not match the current values"))
            || message.contains(QLatin1String("but it was not found")));
}

std::optional<ResultKind> kindForCode(const QString &code, const QString &message)
{
    if (isRaceRefusal(code, message))
        return ResultKind::ServerError;
    if (isClockCode(code, message))
        return ResultKind::ClockSkew;
    if (isAuthCode(code))
        return ResultKind::AuthFailed;
    if (code == QLatin1String("Throttling") || code == QLatin1String("ThrottlingException")
        || code == QLatin1String("PriorRequestNotComplete") || code == QLatin1String("TooManyRequestsException")
        || code == QLatin1String("RequestLimitExceeded"))
        return ResultKind::RateLimited;
    if (code == QLatin1String("NoSuchHostedZone") || code == QLatin1String("HostedZoneNotFound"))
        return ResultKind::NoSuchHost;
    if (code == QLatin1String("InvalidChangeBatch") || code == QLatin1String("InvalidInput")
        || code == QLatin1String("InvalidArgument") || code == QLatin1String("InvalidDomainName")
        || code == QLatin1String("InvalidParameterValue") || code == QLatin1String("MalformedInput"))
        return ResultKind::ConfigError;
    if (code == QLatin1String("InternalFailure") || code == QLatin1String("InternalError")
        || code == QLatin1String("ServiceUnavailable"))
        return ResultKind::ServerError;
    return std::nullopt;
}

// What to do about a refusal, after Route 53's own words.
QString adviceFor(ResultKind kind, const QString &code)
{
    switch (kind) {
    case ResultKind::ClockSkew:
        return Text::tr("AWS accepts a signed request only within 5 minutes of its own time: set this computer's "
                        "clock right (turn on automatic time)");
    case ResultKind::AuthFailed:
        if (code == QLatin1String("InvalidClientTokenId") || code == QLatin1String("InvalidAccessKeyId"))
            return Text::tr("AWS does not know this access key ID: check it, or create a new access key in the IAM "
                            "console");
        if (code == QLatin1String("SignatureDoesNotMatch"))
            return Text::tr("the secret access key does not belong to this access key ID: enter the secret shown "
                            "when the key was created");
        return Text::tr("the IAM user needs route53:ListHostedZonesByName, route53:ListResourceRecordSets and "
                        "route53:ChangeResourceRecordSets on arn:aws:route53:::hostedzone/<zone ID>");
    case ResultKind::RateLimited:
        return Text::tr("Route 53 takes five requests a second per account, and one change of a zone at a time; "
                        "Homing tries again later");
    default:
        return {};
    }
}

// A record set as ListResourceRecordSets lists it.
struct RecordSet {
    QString name;          // decoded (Route53Provider::decodeName)
    QString type;
    QString setIdentifier; // empty for a simple-routing set
    int ttl = 0;           // 0 when the set has none (an alias)
    QStringList values;
    QString aliasTarget;   // the alias's DNS name; empty when the set is not an alias
    bool trafficPolicy = false;
    XmlElement element;    // as listed: deleted as it is, and created again but for TTL and values

    static RecordSet from(const XmlElement &element)
    {
        RecordSet set;
        set.name = Route53Provider::decodeName(element.childText(QStringLiteral("Name")));
        set.type = element.childText(QStringLiteral("Type"));
        set.setIdentifier = element.childText(QStringLiteral("SetIdentifier"));
        set.ttl = element.childText(QStringLiteral("TTL")).toInt();
        if (const XmlElement *records = element.child(QStringLiteral("ResourceRecords"))) {
            for (const XmlElement *record : records->childrenNamed(QStringLiteral("ResourceRecord")))
                set.values.append(record->childText(QStringLiteral("Value")));
        }
        if (const XmlElement *alias = element.child(QStringLiteral("AliasTarget"))) {
            set.aliasTarget = alias->childText(QStringLiteral("DNSName"));
            if (set.aliasTarget.isEmpty())
                set.aliasTarget = QStringLiteral("?");
        }
        set.trafficPolicy = element.child(QStringLiteral("TrafficPolicyInstanceId")) != nullptr;
        set.element = element;
        return set;
    }
};

struct HostedZone {
    QString id; // without "/hostedzone/"
    QString name;
    bool isPrivate = false;
};

class Route53Job final : public ProviderJob
{
public:
    // Update: bring the record set to the address. Check: the same reads,
    // then say what an update would do, without writing.
    enum class Mode { Update, Check };

    Route53Job(QUrl apiBase, QString accessKeyId, QString secretAccessKey, QString zoneId, RecordTarget target, Mode mode)
        : m_apiBase(std::move(apiBase))
        , m_accessKeyId(std::move(accessKeyId))
        , m_secretAccessKey(std::move(secretAccessKey))
        , m_zoneId(std::move(zoneId))
        , m_zoneIdConfigured(!m_zoneId.isEmpty())
        , m_target(std::move(target))
        , m_setIdentifier(m_target.record.settings.value(QStringLiteral("set_identifier")).toString())
        , m_candidates(dnsname::zoneCandidates(m_target.record.name))
        , m_mode(mode)
    {
    }

    ProviderStep start() override
    {
        if (m_mode == Mode::Check && m_target.record.name.isEmpty())
            return m_zoneIdConfigured ? listRecordSets() : listZones(QString(), QString());
        if (m_zoneIdConfigured) {
            m_zoneName = m_zoneId;
            return listRecordSets();
        }
        return nextZoneLookup();
    }

    ProviderStep handleReply(const HttpReply &reply) override
    {
        const auto parsed = Route53Provider::parseReply(reply);
        if (parsed.failure)
            return ProviderStep::finish(*parsed.failure);
        switch (m_stage) {
        case Stage::ZoneList:
            return zonesListed(parsed.root);
        case Stage::ZoneLookup:
            return zonesFound(parsed.root);
        case Stage::RecordSets:
            return recordSetsListed(parsed.root);
        case Stage::Change:
            return changed(parsed.root);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { ZoneList, ZoneLookup, RecordSets, Change };

    // A SigV4-signed request: host, x-amz-date (and content-type with a body)
    // signed, the time taken now, in UTC.
    ProviderStep send(const QByteArray &method, const QString &path, const ByteArrayPairs &query,
                      const QByteArray &body = {})
    {
        ++m_requests;
        HttpRequest request;
        request.method = method;
        request.url = appendPath(m_apiBase, path);
        SigV4Request signing;
        signing.method = method;
        signing.path = request.url.path(QUrl::FullyDecoded).toUtf8();
        signing.query = query;
        // The query as sent is the canonical one (RFC 3986, sorted), so that
        // what AWS decodes is exactly what was signed.
        CanonicalRequest canonical;
        canonical.query = query;
        const QByteArray encodedQuery = canonical.canonicalQuery();
        if (!encodedQuery.isEmpty())
            request.url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
        // Set explicitly, so that the Host sent is the one signed.
        const QByteArray host = hostHeader(request.url);
        const QByteArray amzDate = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
        request.setHeader("Host", host);
        request.setHeader("X-Amz-Date", amzDate);
        signing.headers = {{"host", host}, {"x-amz-date", amzDate}};
        if (!body.isEmpty()) {
            request.setHeader("Content-Type", "application/xml");
            signing.headers.append({QByteArray("content-type"), QByteArray("application/xml")});
        }
        request.body = body;
        signing.payload = body;
        signing.amzDate = amzDate;
        signing.region = kRegion;
        signing.service = kService;
        request.setHeader("Authorization", sigV4Authorization(signing, m_accessKeyId, m_secretAccessKey));
        request.carriesCredential = true;
        return ProviderStep::send(std::move(request));
    }

    // Reads may not use the request the write needs.
    bool mayRead() const { return m_requests + 2 <= kMaximumRequests; }

    ProviderStep outOfRequests() const
    {
        return ProviderStep::finish(ResultKind::ConfigError,
                                    Text::tr("finding the hosted zone and the record set of %1 took more requests "
                                             "than Homing makes for one record; Homing changes nothing: set the "
                                             "account's hosted_zone_id")
                                        .arg(m_target.record.name));
    }

    // The check before any record is named: the hosted zones the key can list.
    ProviderStep listZones(const QString &dnsName, const QString &zoneId)
    {
        m_stage = Stage::ZoneList;
        ByteArrayPairs query{{"maxitems", QByteArray::number(kPageSize)}};
        if (!dnsName.isEmpty())
            query.append({QByteArray("dnsname"), dnsName.toUtf8()});
        if (!zoneId.isEmpty())
            query.append({QByteArray("hostedzoneid"), zoneId.toUtf8()});
        return send("GET", kApiVersion + QStringLiteral("/hostedzonesbyname"), query);
    }

    static QList<HostedZone> zonesOf(const XmlElement &root)
    {
        QList<HostedZone> zones;
        if (const XmlElement *list = root.child(QStringLiteral("HostedZones"))) {
            for (const XmlElement *zone : list->childrenNamed(QStringLiteral("HostedZone"))) {
                const XmlElement *config = zone->child(QStringLiteral("Config"));
                zones.append(HostedZone{
                    Route53Provider::hostedZoneIdFrom(zone->childText(QStringLiteral("Id"))),
                    Route53Provider::decodeName(zone->childText(QStringLiteral("Name"))),
                    config && config->childText(QStringLiteral("PrivateZone")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0,
                });
            }
        }
        return zones;
    }

    static bool isTruncated(const XmlElement &root)
    {
        return root.childText(QStringLiteral("IsTruncated")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    }

    ProviderStep zonesListed(const XmlElement &root)
    {
        if (root.name != QLatin1String("ListHostedZonesByNameResponse"))
            return unexpected(root);
        QStringList publicZones;
        QStringList privateZones;
        for (const HostedZone &zone : zonesOf(root))
            (zone.isPrivate ? privateZones : publicZones).append(zone.name);
        if (publicZones.isEmpty() && privateZones.isEmpty())
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("the access key works but lists no hosted zone: create the zone in "
                                                 "Route 53, or allow route53:ListHostedZonesByName"));
        QString found = publicZones.isEmpty() ? Text::tr("no public hosted zone") : publicZones.join(QStringLiteral(", "));
        if (!privateZones.isEmpty())
            found += Text::tr(" (private, used only when the account's hosted_zone_id names one: %1)")
                         .arg(privateZones.join(QStringLiteral(", ")));
        if (isTruncated(root))
            found += Text::tr(", and more");
        return ProviderStep::finish(ResultKind::Ok, Text::tr("the access key works; hosted zones: %1").arg(found));
    }

    ProviderStep nextZoneLookup()
    {
        if (m_candidates.isEmpty()) {
            QString detail = Text::tr("no public hosted zone of this AWS account holds %1").arg(m_target.record.name);
            if (!m_privateZones.isEmpty())
                detail += Text::tr("; only the private hosted zone(s) %1, which Homing changes only when the account's "
                                   "hosted_zone_id names one")
                              .arg(m_privateZones.join(QStringLiteral(", ")));
            return ProviderStep::finish(ResultKind::NoSuchHost, detail);
        }
        if (!mayRead())
            return outOfRequests();
        m_stage = Stage::ZoneLookup;
        m_candidate = m_candidates.takeFirst();
        m_publicZones.clear();
        return listZonesByName(m_candidate, QString());
    }

    ProviderStep listZonesByName(const QString &dnsName, const QString &zoneId)
    {
        ProviderStep step = listZones(dnsName, zoneId);
        m_stage = Stage::ZoneLookup;
        return step;
    }

    // Zones are listed in order from the name asked for: those of exactly that
    // name come first (a public one and private ones, or several public ones
    // with other delegation sets), then zones of other names.
    ProviderStep zonesFound(const XmlElement &root)
    {
        if (root.name != QLatin1String("ListHostedZonesByNameResponse"))
            return unexpected(root);
        for (const HostedZone &zone : zonesOf(root)) {
            if (zone.name != m_candidate)
                continue;
            if (zone.isPrivate)
                m_privateZones.append(QStringLiteral("%1 (%2)").arg(zone.name, zone.id));
            else
                m_publicZones.append(zone);
        }
        const QString nextName = root.childText(QStringLiteral("NextDNSName"));
        const QString nextId = Route53Provider::hostedZoneIdFrom(root.childText(QStringLiteral("NextHostedZoneId")));
        if (isTruncated(root) && Route53Provider::decodeName(nextName) == m_candidate && !nextId.isEmpty()) {
            if (!mayRead())
                return outOfRequests();
            return listZonesByName(nextName, nextId);
        }
        if (m_publicZones.size() > 1) {
            QStringList ids;
            for (const HostedZone &zone : std::as_const(m_publicZones))
                ids.append(zone.id);
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("%1 public hosted zones are named %2 (%3); Homing does not guess: set "
                                                 "the account's hosted_zone_id to the one that is delegated")
                                            .arg(m_publicZones.size())
                                            .arg(m_candidate, ids.join(QStringLiteral(", "))));
        }
        if (m_publicZones.isEmpty())
            return nextZoneLookup();
        m_zoneId = m_publicZones.first().id;
        m_zoneName = m_candidate;
        if (m_zoneId.isEmpty())
            return ProviderStep::finish(ResultKind::BadResponse, Text::tr("Route 53 listed the hosted zone %1 without an ID").arg(m_candidate));
        return listRecordSets();
    }

    ProviderStep listRecordSets(const QString &startName = {}, const QString &startType = {},
                                const QString &startIdentifier = {})
    {
        if (!mayRead())
            return outOfRequests();
        m_stage = Stage::RecordSets;
        ByteArrayPairs query{{"maxitems", QByteArray::number(kPageSize)}};
        if (!m_target.record.name.isEmpty()) {
            // Listing starts at this name and type, in Route 53's order.
            query.append({QByteArray("name"), startName.isEmpty() ? (m_target.record.name + QLatin1Char('.')).toUtf8() : startName.toUtf8()});
            query.append({QByteArray("type"), startType.isEmpty() ? m_target.record.type.toUtf8() : startType.toUtf8()});
            if (!startIdentifier.isEmpty())
                query.append({QByteArray("identifier"), startIdentifier.toUtf8()});
        } else {
            query = {{"maxitems", "1"}}; // the check of a zone ID alone: can the key read it?
        }
        return send("GET", kApiVersion + QStringLiteral("/hostedzone/%1/rrset").arg(m_zoneId), query);
    }

    ProviderStep recordSetsListed(const XmlElement &root)
    {
        if (root.name != QLatin1String("ListResourceRecordSetsResponse"))
            return unexpected(root);
        if (m_target.record.name.isEmpty())
            return ProviderStep::finish(ResultKind::Ok, Text::tr("the access key works and can read the hosted zone %1")
                                                            .arg(m_zoneId));
        const XmlElement *list = root.child(QStringLiteral("ResourceRecordSets"));
        const QList<const XmlElement *> items = list ? list->childrenNamed(QStringLiteral("ResourceRecordSet"))
                                                     : QList<const XmlElement *>();
        for (const XmlElement *item : items) {
            // Filter again: the list starts at the name and type and goes on past them.
            RecordSet set = RecordSet::from(*item);
            if (set.name == m_target.record.name && set.type == m_target.record.type)
                m_sets.append(std::move(set));
        }
        // More sets of this name and type follow only when the next page starts with one.
        const QString nextName = root.childText(QStringLiteral("NextRecordName"));
        const QString nextType = root.childText(QStringLiteral("NextRecordType"));
        if (isTruncated(root) && !items.isEmpty() && Route53Provider::decodeName(nextName) == m_target.record.name
            && nextType == m_target.record.type)
            return listRecordSets(nextName, nextType, root.childText(QStringLiteral("NextRecordIdentifier")));
        return recordSetsComplete();
    }

    QString setDescription() const
    {
        return m_setIdentifier.isEmpty()
            ? Text::tr("the %1 record set of %2").arg(m_target.record.type, m_target.record.name)
            : Text::tr("the %1 record set of %2 with the set identifier %3")
                  .arg(m_target.record.type, m_target.record.name, m_setIdentifier);
    }

    // The one set Homing manages, or the refusal.
    struct Selection {
        const RecordSet *set = nullptr; // null: none yet (create it)
        std::optional<UpdateResult> refusal;
    };

    Selection select() const
    {
        Selection selection;
        QStringList identifiers;
        for (const RecordSet &set : m_sets) {
            if (!set.setIdentifier.isEmpty())
                identifiers.append(set.setIdentifier);
            if (set.setIdentifier == m_setIdentifier)
                selection.set = &set;
        }
        if (!selection.set && !m_setIdentifier.isEmpty()) {
            selection.refusal = UpdateResult::make(
                ResultKind::NoSuchHost,
                Text::tr("no %1 record set of %2 has the set identifier %3 that the record's set_identifier names "
                         "(there are: %4): correct set_identifier, or clear it to manage the simple record set")
                    .arg(m_target.record.type, m_target.record.name, m_setIdentifier,
                         identifiers.isEmpty() ? Text::tr("none") : identifiers.join(QStringLiteral(", "))));
            return selection;
        }
        if (!selection.set && !identifiers.isEmpty()) {
            // Route 53 would refuse a simple set next to routing-policy sets anyway.
            selection.refusal = UpdateResult::make(
                ResultKind::ConfigError,
                Text::tr("%1 has only routing-policy %2 record sets (weighted, latency, failover or the like; set "
                         "identifiers %3); Homing leaves them alone unless the record's set_identifier names the "
                         "one to manage")
                    .arg(m_target.record.name, m_target.record.type, identifiers.join(QStringLiteral(", "))));
            return selection;
        }
        if (!selection.set)
            return selection;
        if (!selection.set->aliasTarget.isEmpty()) {
            selection.refusal = UpdateResult::make(
                ResultKind::ConfigError,
                Text::tr("%1 is an alias to %2; Homing does not replace an alias with an address: delete the alias "
                         "in the Route 53 console, or use another name")
                    .arg(setDescription(), selection.set->aliasTarget));
        } else if (selection.set->trafficPolicy) {
            selection.refusal = UpdateResult::make(
                ResultKind::ConfigError,
                Text::tr("%1 belongs to a traffic policy instance; Homing does not change it: use another name")
                    .arg(setDescription()));
        }
        return selection;
    }

    // The set's values as the records RecordChoice decides among.
    static QList<ExistingRecord> valuesOf(const RecordSet &set)
    {
        QList<ExistingRecord> records;
        for (qsizetype i = 0; i < set.values.size(); ++i)
            records.append(ExistingRecord{QString::number(i), set.values.at(i), set.ttl});
        return records;
    }

    UpdateResult severalValues(const RecordSet &set) const
    {
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("%1 holds %2 values (%3)%4; Homing manages a record set of one value and "
                                           "does not guess which to replace: remove the others in the Route 53 "
                                           "console, or use another name")
                                      .arg(setDescription())
                                      .arg(set.values.size())
                                      .arg(set.values.join(QStringLiteral(", ")),
                                           m_mode == Mode::Update
                                               ? Text::tr(" and none is %1").arg(m_target.address.toString())
                                               : QString()));
    }

    ProviderStep recordSetsComplete()
    {
        const Selection selection = select();
        if (selection.refusal)
            return ProviderStep::finish(*selection.refusal);
        const QList<ExistingRecord> values = selection.set ? valuesOf(*selection.set) : QList<ExistingRecord>();
        if (m_mode == Mode::Check) {
            if (values.size() > 1)
                return ProviderStep::finish(severalValues(*selection.set));
            return ProviderStep::finish(describeCheckFinding(values, m_target.record, m_zoneName));
        }
        const RecordChoice choice = RecordChoice::choose(values, m_target);
        switch (choice.action) {
        case RecordChoice::Action::Keep:
            return ProviderStep::finish(choice.keepResult(m_target));
        case RecordChoice::Action::Refuse:
            return ProviderStep::finish(selection.set && values.size() > 1 ? severalValues(*selection.set)
                                                                            : choice.refusal);
        case RecordChoice::Action::Create:
            m_action = Text::tr("created");
            return change(nullptr);
        case RecordChoice::Action::Update:
            m_action = Text::tr("changed from %1").arg(values.value(choice.index).value);
            return change(selection.set);
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

    void writeValues(QXmlStreamWriter &writer) const
    {
        writer.writeStartElement(QStringLiteral("ResourceRecords"));
        writer.writeStartElement(QStringLiteral("ResourceRecord"));
        writer.writeTextElement(QStringLiteral("Value"), m_target.address.toString());
        writer.writeEndElement();
        writer.writeEndElement();
    }

    // One change batch, tied to what was read: CREATE when no set was listed
    // (refused if one appeared meanwhile), else DELETE of the set exactly as
    // listed plus CREATE of it with only the TTL (when the record asks for
    // one) and the value changed, keeping its set identifier, weight, region,
    // health check… Route 53 applies the pair atomically and refuses it if
    // the set is no longer the one listed; a blind UPSERT would overwrite
    // whatever it holds by then.
    ProviderStep change(const RecordSet *existing)
    {
        const int ttl = m_target.record.ttl > 0 ? m_target.record.ttl
                                                : (existing && existing->ttl > 0 ? existing->ttl : kDefaultTtl);
        QByteArray body;
        QXmlStreamWriter writer(&body);
        writer.writeStartDocument();
        writer.writeStartElement(QStringLiteral("ChangeResourceRecordSetsRequest"));
        writer.writeDefaultNamespace(kNamespace);
        writer.writeStartElement(QStringLiteral("ChangeBatch"));
        writer.writeTextElement(QStringLiteral("Comment"), QStringLiteral("Homing dynamic DNS"));
        writer.writeStartElement(QStringLiteral("Changes"));
        if (existing) {
            writer.writeStartElement(QStringLiteral("Change"));
            writer.writeTextElement(QStringLiteral("Action"), QStringLiteral("DELETE"));
            existing->element.write(writer);
            writer.writeEndElement(); // Change
        }
        writer.writeStartElement(QStringLiteral("Change"));
        writer.writeTextElement(QStringLiteral("Action"), QStringLiteral("CREATE"));
        writer.writeStartElement(QStringLiteral("ResourceRecordSet"));
        if (!existing) {
            writer.writeTextElement(QStringLiteral("Name"), m_target.record.name + QLatin1Char('.'));
            writer.writeTextElement(QStringLiteral("Type"), m_target.record.type);
            writer.writeTextElement(QStringLiteral("TTL"), QString::number(ttl));
            writeValues(writer);
        } else {
            // In the order listed, which is the schema's order.
            bool ttlWritten = false;
            for (const XmlElement &child : existing->element.children) {
                if (child.name == QLatin1String("TTL")) {
                    writer.writeTextElement(QStringLiteral("TTL"), QString::number(ttl));
                    ttlWritten = true;
                } else if (child.name == QLatin1String("ResourceRecords")) {
                    if (!ttlWritten)
                        writer.writeTextElement(QStringLiteral("TTL"), QString::number(ttl));
                    ttlWritten = true;
                    writeValues(writer);
                } else {
                    child.write(writer);
                }
            }
        }
        writer.writeEndElement(); // ResourceRecordSet
        writer.writeEndElement(); // Change
        writer.writeEndElement(); // Changes
        writer.writeEndElement(); // ChangeBatch
        writer.writeEndElement(); // ChangeResourceRecordSetsRequest
        writer.writeEndDocument();
        m_stage = Stage::Change;
        return send("POST", kApiVersion + QStringLiteral("/hostedzone/%1/rrset").arg(m_zoneId), {}, body);
    }

    ProviderStep changed(const XmlElement &root)
    {
        const XmlElement *info = root.child(QStringLiteral("ChangeInfo"));
        if (root.name != QLatin1String("ChangeResourceRecordSetsResponse") || !info)
            return unexpected(root);
        // PENDING until every Route 53 name server has it (about a minute); not waited for.
        return ProviderStep::finish(ResultKind::Ok, Text::tr("record set %1 (change %2, %3)")
                                                        .arg(m_action, info->childText(QStringLiteral("Id")),
                                                             info->childText(QStringLiteral("Status"))));
    }

    static ProviderStep unexpected(const XmlElement &root)
    {
        return ProviderStep::finish(ResultKind::BadResponse,
                                    Text::tr("Route 53 answered with <%1>, which Homing did not expect").arg(root.name));
    }

    QUrl m_apiBase;
    QString m_accessKeyId;
    QString m_secretAccessKey;
    QString m_zoneId;
    bool m_zoneIdConfigured = false;
    RecordTarget m_target;
    QString m_setIdentifier;
    QStringList m_candidates;
    Mode m_mode;
    Stage m_stage = Stage::ZoneLookup;
    int m_requests = 0;
    QString m_candidate;
    QString m_zoneName;
    QList<HostedZone> m_publicZones;  // of the name being looked up
    QStringList m_privateZones;       // skipped, for the message
    QList<RecordSet> m_sets;          // this name and type, from every page read
    QString m_action;
};

} // namespace

Route53Provider::Route53Provider(QUrl apiBase, QString accessKeyId, QString hostedZoneId)
    : m_apiBase(std::move(apiBase))
    , m_accessKeyId(std::move(accessKeyId))
    , m_hostedZoneId(std::move(hostedZoneId))
{
}

QString Route53Provider::decodeName(const QString &listed)
{
    QString decoded;
    decoded.reserve(listed.size());
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const QChar c = listed.at(i);
        if (c == QLatin1Char('\\') && i + 3 < listed.size() && listed.at(i + 1).isDigit()
            && listed.at(i + 2).isDigit() && listed.at(i + 3).isDigit()) {
            bool ok = false;
            const int code = listed.mid(i + 1, 3).toInt(&ok, 8);
            if (ok && code < 256) {
                decoded.append(QChar(code));
                i += 3;
                continue;
            }
        }
        decoded.append(c);
    }
    return dnsname::normalized(decoded);
}

QString Route53Provider::hostedZoneIdFrom(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("^(?:/hostedzone/)?([A-Za-z0-9]{1,32})$"));
    const QRegularExpressionMatch match = id.match(text.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

Route53Provider::Reply Route53Provider::parseReply(const HttpReply &reply)
{
    Reply parsed;
    QString xmlError;
    const std::optional<XmlElement> root = XmlElement::parse(reply.body, &xmlError);
    if (reply.status >= 200 && reply.status < 300) {
        if (root) {
            parsed.root = *root;
            return parsed;
        }
        parsed.failure = UpdateResult::make(ResultKind::BadResponse,
                                            Text::tr("HTTP status %1, an answer that is not XML (%2): %3")
                                                .arg(reply.status)
                                                .arg(xmlError, oneLine(reply.body)));
        return parsed;
    }
    // <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>
    const XmlElement *error = root && root->name == QLatin1String("ErrorResponse") ? root->child(QStringLiteral("Error"))
                                                                                   : nullptr;
    const QString code = error ? error->childText(QStringLiteral("Code")) : QString();
    const QString message = error ? error->childText(QStringLiteral("Message")) : QString();
    std::optional<ResultKind> kind = code.isEmpty() ? std::nullopt : kindForCode(code, message);
    if (!kind)
        kind = classifyHttpStatus(reply.status);
    if (!kind) {
        if (reply.status == 404)
            kind = ResultKind::NoSuchHost;
        else if (reply.status == 400 && error)
            kind = ResultKind::ConfigError;
        else
            kind = ResultKind::BadResponse;
    }
    QString detail = error ? Text::tr("%1 (HTTP status %2): %3").arg(code).arg(reply.status).arg(oneLine(message.toUtf8(), 400))
                           : (reply.body.isEmpty() ? Text::tr("HTTP status %1").arg(reply.status)
                                                   : Text::tr("HTTP status %1, %2").arg(reply.status).arg(oneLine(reply.body)));
    // What to do first: details are cut at 300 characters, and AWS's messages are long.
    const QString advice = isRaceRefusal(code, message)
        ? Text::tr("the record set changed between Homing's read and its write (the console, or another client); "
                   "Route 53 refused the change whole and Homing reads the set again at the next try")
        : adviceFor(*kind, code);
    if (!advice.isEmpty())
        detail = advice + QStringLiteral("; ") + detail;
    parsed.failure = UpdateResult::make(*kind, detail);
    if (*kind == ResultKind::RateLimited)
        parsed.failure->retryAfterSeconds = reply.retryAfterSeconds(QDateTime::currentDateTimeUtc());
    return parsed;
}

QList<ConfigIssue> Route53Provider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    // Route 53 takes 0 to 2147483647 seconds; Homing's 0 means "the set's own TTL, or 300 for a new set".
    if (record.ttl < 0)
        issues.append(ConfigIssue::error(QStringLiteral("ttl"), Text::tr("Route 53 accepts 0 to 2147483647 seconds")));
    const QString setIdentifier = record.settings.value(QStringLiteral("set_identifier")).toString();
    if (setIdentifier.size() > 128)
        issues.append(ConfigIssue::error(QStringLiteral("settings.set_identifier"),
                                         Text::tr("a set identifier has 1 to 128 characters")));
    return issues;
}

std::unique_ptr<Provider> Route53Provider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    const QString accessKeyId = account.settings.value(QStringLiteral("access_key_id")).toString().trimmed();
    // AKIA… (long-term) or ASIA… (temporary) and 16 to 128 characters in all.
    // A missing one is reported by the generic check of required fields.
    static const QRegularExpression keyId(QStringLiteral("^[A-Z0-9]{16,128}$"));
    bool valid = true;
    if (!accessKeyId.isEmpty() && !keyId.match(accessKeyId).hasMatch()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.access_key_id"),
                                         Text::tr("must be an AWS access key ID (20 capital letters and digits, "
                                                  "starting with AKIA)")));
        valid = false;
    }
    const QString zoneSetting = account.settings.value(QStringLiteral("hosted_zone_id")).toString().trimmed();
    const QString zoneId = hostedZoneIdFrom(zoneSetting);
    if (!zoneSetting.isEmpty() && zoneId.isEmpty()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.hosted_zone_id"),
                                         Text::tr("must be a hosted zone ID such as Z148QEXAMPLE8V")));
        valid = false;
    }
    if (!valid)
        return nullptr;
    return std::make_unique<Route53Provider>(
        endpointUrl(account.endpoint, QStringLiteral("https://route53.amazonaws.com"), QString(), issues), accessKeyId,
        zoneId);
}

std::unique_ptr<ProviderJob> Route53Provider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<Route53Job>(m_apiBase, m_accessKeyId, secrets.value(QStringLiteral("secret_access_key")),
                                        m_hostedZoneId, target, Route53Job::Mode::Update);
}

std::unique_ptr<ProviderJob> Route53Provider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<Route53Job>(m_apiBase, m_accessKeyId, secrets.value(QStringLiteral("secret_access_key")),
                                        m_hostedZoneId, RecordTarget{record, {}}, Route53Job::Mode::Check);
}

} // namespace providers

void registerRoute53Provider(ProviderRegistry &registry)
{
    const auto accessKeyId = FieldSpec::setting(
        QStringLiteral("access_key_id"), QT_TRANSLATE_NOOP("homing::Providers", "Access key ID"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The access key of an IAM user made for Homing (IAM console > Users > Create user; then "
                          "Security credentials > Create access key). Give the user only the policy described under "
                          "Secret access key, never your root account's keys."))
                                 .makeRequired();
    const auto secretAccessKey = FieldSpec::secret(
        QStringLiteral("secret_access_key"), QT_TRANSLATE_NOOP("homing::Providers", "Secret access key"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Shown once, when the access key is created. The user needs route53:ListHostedZonesByName "
                          "(to find the zone; Resource \"*\"), route53:ListResourceRecordSets (to read the record) and "
                          "route53:ChangeResourceRecordSets (to write it), the last two on "
                          "arn:aws:route53:::hostedzone/ZONE_ID only. In IAM > Policies > Create policy > JSON: "
                          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                          "\"route53:ListHostedZonesByName\",\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":"
                          "[\"route53:ListResourceRecordSets\",\"route53:ChangeResourceRecordSets\"],\"Resource\":"
                          "\"arn:aws:route53:::hostedzone/ZONE_ID\"}]}"))
                                     .makeRequired();
    const auto hostedZoneId = FieldSpec::setting(
        QStringLiteral("hosted_zone_id"), QT_TRANSLATE_NOOP("homing::Providers", "Hosted zone ID"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional. The zone's ID from the Route 53 console (Hosted zones, e.g. Z148QEXAMPLE8V). "
                          "When set, Homing uses that zone, public or private, without looking it up. When not set, "
                          "Homing uses the longest public hosted zone that holds the name and never touches a "
                          "private one."));
    const auto setIdentifier = FieldSpec::setting(
        QStringLiteral("set_identifier"), QT_TRANSLATE_NOOP("homing::Providers", "Set identifier"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional. Homing leaves weighted, latency, failover, geolocation and other routing-policy "
                          "record sets alone. To manage one of them, enter its Record ID (set identifier) from the "
                          "Route 53 console; its routing settings stay as they are."))
                                   .forRecord();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("route53");
    descriptor.name = QStringLiteral("AWS Route 53");
    descriptor.category = ProviderCategory::CloudDns;
    descriptor.fields = {accessKeyId, secretAccessKey, hostedZoneId, setIdentifier};
    descriptor.create = &providers::Route53Provider::create;
    descriptor.readOnlyCheck = true;
    // Route 53 takes 0 to 2147483647 seconds; Homing's 0 means the default and config.json stops at a week.
    descriptor.ttl = {1, 604800};
    registry.add(std::move(descriptor));
}

} // namespace homing
