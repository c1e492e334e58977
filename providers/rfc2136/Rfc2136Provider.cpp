#include "Rfc2136Provider.h"

#include "provider/ProviderRegistry.h"
#include "records/DnsName.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Rfc2136)
};

QString durationText(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 120)
        return Text::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 7200)
        return Text::tr("%n minute(s)", nullptr, int(seconds / 60));
    return Text::tr("%n hour(s)", nullptr, int(seconds / 3600));
}

// The zone of an SOA answer: the owner of the SOA record in the answer (the
// name is the zone's apex) or in the authority section (a name in the zone).
QString zoneOfSoaAnswer(const DnsMessage &answer)
{
    for (const QList<DnsRecord> *section : {&answer.answers, &answer.authority}) {
        for (const DnsRecord &record : *section) {
            if (record.type == QLatin1String("SOA"))
                return record.name;
        }
    }
    return {};
}

// What went wrong with the key or the secret, before anything is sent.
std::optional<UpdateResult> keyProblem(const SecretValues &secrets, const Rfc2136Provider::Settings &settings,
                                       TsigKey &key)
{
    const QString secret = secrets.value(QString::fromLatin1(Rfc2136Provider::kSecretKey)).trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(secret.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (secret.isEmpty() || !decoded || decoded.decoded.isEmpty())
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("the TSIG secret is not base64 (the \"secret\" line that tsig-keygen prints "
                                           "for the key, without the quotes)"));
    key = TsigKey{settings.keyName, settings.algorithm, decoded.decoded};
    return std::nullopt;
}

class Rfc2136Job final : public ProviderJob
{
public:
    enum class Mode { Update, Check };

    Rfc2136Job(Rfc2136Provider::Settings settings, const SecretValues &secrets, RecordTarget target, Mode mode)
        : m_settings(std::move(settings))
        , m_keyProblem(keyProblem(secrets, m_settings, m_key))
        , m_target(std::move(target))
        , m_mode(mode)
        , m_zone(m_settings.zone)
    {
    }

    ProviderStep start() override
    {
        if (m_keyProblem)
            return ProviderStep::finish(*m_keyProblem);
        if (m_zone.isEmpty()) {
            if (m_target.record.name.isEmpty())
                return ProviderStep::finish(ResultKind::ConfigError,
                                            Text::tr("name a record, or set the account's zone, to test it"));
            // As nsupdate does: the SOA of the name says which zone holds it.
            return ask(Stage::FindZone, DnsMessage::query(m_target.record.name, QStringLiteral("SOA"), false));
        }
        if (m_mode == Mode::Check)
            return ask(Stage::CheckZone, DnsMessage::query(m_zone, QStringLiteral("SOA"), false));
        return readRRset();
    }

    ProviderStep handleReply(const HttpReply &) override
    {
        return ProviderStep::finish(ResultKind::BadResponse);
    }

    ProviderStep handleDnsAnswer(const DnsAnswer &answer) override
    {
        const DnsMessage &message = *answer.message;
        if (message.rcode != dnsrcode::NoError || (message.tsig && message.tsig->error != 0)) {
            // NXDOMAIN to the SOA query of a name the zone does not have yet still names the zone.
            const bool newName = message.rcode == dnsrcode::NxDomain && !(message.tsig && message.tsig->error != 0);
            // A server asked about a zone it does not serve refuses the query.
            const bool zoneQuery = m_stage == Stage::FindZone || m_stage == Stage::CheckZone || m_stage == Stage::Read;
            if (zoneQuery && !(message.tsig && message.tsig->error != 0)
                && (message.rcode == dnsrcode::Refused || message.rcode == dnsrcode::NotAuth))
                return ProviderStep::finish(ResultKind::NoSuchHost,
                                            Text::tr("no such zone (%1): %2 does not serve a zone that holds %3")
                                                .arg(DnsMessage::rcodeName(message.rcode), where(),
                                                     m_zone.isEmpty() ? m_target.record.name : m_zone));
            // Knot answers an update its ACL denies with BADKEY, for a key it has
            // just accepted on the read: the key is known, only not allowed.
            if (m_stage == Stage::Write && m_keyAccepted && message.tsig && message.tsig->error == dnsrcode::BadKey)
                return ProviderStep::finish(ResultKind::AuthFailed,
                                            Text::tr("not allowed (BADKEY): %1 accepted the key \"%2\" to read, but "
                                                     "does not let it change %3; allow it in the zone's "
                                                     "update-policy (BIND) or ACL (Knot), or use a key that may")
                                                .arg(where(), m_key.name, m_target.record.name));
            if (!(newName && (m_stage == Stage::FindZone || m_stage == Stage::Read)))
                return ProviderStep::finish(
                    Rfc2136Provider::classifyFailure(message, m_settings, m_target.record.name, m_zone));
        }
        // Nothing the server says counts unless it is signed with our key.
        if (answer.tsig != Tsig::Verdict::Verified)
            return ProviderStep::finish(ResultKind::BadResponse, unverified(*answer.tsig));
        m_keyAccepted = true;
        switch (m_stage) {
        case Stage::FindZone:
            return zoneFound(message);
        case Stage::CheckZone:
            return zoneChecked(message);
        case Stage::Read:
            return rrsetRead(message);
        case Stage::Write:
            return ProviderStep::finish(ResultKind::Ok,
                                        Text::tr("%1 updated %2 in zone %3").arg(where(), m_target.record.name, m_zone));
        }
        return ProviderStep::finish(ResultKind::BadResponse);
    }

private:
    enum class Stage { FindZone, CheckZone, Read, Write };

    QString where() const { return DnsRequest{m_settings.server, m_settings.port, {}, {}}.where(); }

    ProviderStep ask(Stage stage, const std::optional<QByteArray> &message)
    {
        if (!message)
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("\"%1\" cannot be written in a DNS message").arg(m_target.record.name));
        m_stage = stage;
        return ProviderStep::ask(DnsRequest{m_settings.server, m_settings.port, *message, m_key});
    }

    QString unverified(Tsig::Verdict verdict) const
    {
        switch (verdict) {
        case Tsig::Verdict::Verified:
            break;
        case Tsig::Verdict::Unsigned:
            return Text::tr("%1 answered without signing its answer with the key \"%2\", so Homing cannot trust it; "
                            "check that the server knows this key")
                .arg(where(), m_key.name);
        case Tsig::Verdict::OtherKey:
            return Text::tr("%1 signed its answer with another key than \"%2\"").arg(where(), m_key.name);
        case Tsig::Verdict::BadMac:
            return Text::tr("the signature of %1's answer does not match the key \"%2\": the answer was altered on "
                            "the way, or the server has another secret for this key")
                .arg(where(), m_key.name);
        }
        return {};
    }

    ProviderStep zoneFound(const DnsMessage &message)
    {
        m_zone = zoneOfSoaAnswer(message);
        if (m_zone.isEmpty() || !dnsname::isInZone(m_target.record.name, m_zone))
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no such zone: %1 does not serve a zone that holds %2; set the "
                                                 "account's zone, or the server that serves it")
                                            .arg(where(), m_target.record.name));
        if (m_mode == Mode::Check)
            return zoneChecked(message);
        return readRRset();
    }

    ProviderStep zoneChecked(const DnsMessage &message)
    {
        if (zoneOfSoaAnswer(message) != m_zone || !message.authoritative)
            return ProviderStep::finish(ResultKind::NoSuchHost,
                                        Text::tr("no such zone: %1 is not authoritative for zone %2").arg(where(), m_zone));
        return ProviderStep::finish(ResultKind::Ok, Text::tr("%1 serves zone %2 and accepts the key \"%3\" (%4)")
                                                        .arg(where(), m_zone, m_key.name,
                                                             Tsig::algorithmName(m_key.algorithm)));
    }

    ProviderStep readRRset()
    {
        if (!dnsname::isInZone(m_target.record.name, m_zone))
            return ProviderStep::finish(ResultKind::ConfigError,
                                        Text::tr("%1 is not in zone %2").arg(m_target.record.name, m_zone));
        return ask(Stage::Read, DnsMessage::query(m_target.record.name, m_target.record.type, false));
    }

    ProviderStep rrsetRead(const DnsMessage &message)
    {
        const QList<DnsRecord> served = message.answersFor(m_target.record.name, m_target.record.type);
        const int ttl = m_target.record.ttl > 0 ? m_target.record.ttl : Rfc2136Provider::kDefaultTtl;
        if (served.size() == 1 && QHostAddress(served.first().value) == m_target.address
            && served.first().ttl == quint32(ttl))
            return ProviderStep::finish(ResultKind::NoChange, Text::tr("%1 already serves %2").arg(where(), served.first().value));
        QString error;
        const auto update = DnsMessage::replaceRRset(m_zone, m_target.record.name, m_target.record.type, quint32(ttl),
                                                     {m_target.address.toString()}, &error);
        if (!update)
            return ProviderStep::finish(ResultKind::ConfigError, error);
        m_stage = Stage::Write;
        return ProviderStep::ask(DnsRequest{m_settings.server, m_settings.port, *update, m_key});
    }

    Rfc2136Provider::Settings m_settings;
    TsigKey m_key;
    std::optional<UpdateResult> m_keyProblem;
    RecordTarget m_target;
    Mode m_mode;
    QString m_zone;
    Stage m_stage = Stage::FindZone;
    bool m_keyAccepted = false; // the server has signed an answer with the key
};

} // namespace

Rfc2136Provider::Rfc2136Provider(Settings settings)
    : m_settings(std::move(settings))
{
}

UpdateResult Rfc2136Provider::classifyFailure(const DnsMessage &answer, const Settings &settings, const QString &name,
                                              const QString &zone)
{
    const QString server = DnsRequest{settings.server, settings.port, {}, {}}.where();
    const QString key = settings.keyName;
    if (answer.tsig && answer.tsig->error != 0) {
        switch (answer.tsig->error) {
        case dnsrcode::BadSig:
            return UpdateResult::make(ResultKind::AuthFailed,
                                      Text::tr("BADSIG: %1 has another secret for the key \"%2\"; copy the secret "
                                               "again from the server's key file")
                                          .arg(server, key));
        case dnsrcode::BadKey:
            return UpdateResult::make(ResultKind::AuthFailed,
                                      Text::tr("BADKEY: %1 knows no key \"%2\" with the algorithm %3; check the key's "
                                               "name and algorithm against the server's key file")
                                          .arg(server, key, Tsig::algorithmName(settings.algorithm)));
        case dnsrcode::BadTime: {
            QString offset = Text::tr("by more than %1").arg(durationText(answer.tsig->fudge));
            if (answer.tsig->serverTime) {
                const qint64 difference = *answer.tsig->serverTime - answer.tsig->timeSigned;
                offset = difference > 0 ? Text::tr("%1 behind the server's").arg(durationText(difference))
                                        : Text::tr("%1 ahead of the server's").arg(durationText(difference));
            }
            return UpdateResult::make(ResultKind::ClockSkew,
                                      Text::tr("BADTIME: this computer's clock is %1 (the server accepts %2); set "
                                               "the clock right, for example with NTP")
                                          .arg(offset, durationText(answer.tsig->fudge)));
        }
        default:
            return UpdateResult::make(ResultKind::AuthFailed,
                                      Text::tr("%1 refused the key \"%2\" (%3)")
                                          .arg(server, key, DnsMessage::tsigErrorName(answer.tsig->error)));
        }
    }
    const QString code = DnsMessage::rcodeName(answer.rcode);
    switch (answer.rcode) {
    case dnsrcode::Refused:
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("not allowed (REFUSED): %1 does not let the key \"%2\" change %3; allow it "
                                           "in the zone's update-policy (BIND) or ACL (Knot), or use a key that may")
                                      .arg(server, key, name.isEmpty() ? zone : name));
    case dnsrcode::NotAuth:
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("not allowed (NOTAUTH): %1 is not authoritative for zone %2, or does not "
                                           "let the key \"%3\" update it")
                                      .arg(server, zone.isEmpty() ? name : zone, key));
    case dnsrcode::NotZone:
        return UpdateResult::make(ResultKind::NoSuchHost,
                                  Text::tr("no such zone (NOTZONE): %1 is not in zone %2 as %3 serves it")
                                      .arg(name, zone, server));
    case dnsrcode::NxDomain:
        return UpdateResult::make(ResultKind::NoSuchHost,
                                  Text::tr("no such zone (NXDOMAIN): %1 does not serve zone %2")
                                      .arg(server, zone.isEmpty() ? name : zone));
    case dnsrcode::ServFail:
        return UpdateResult::make(ResultKind::ServerError,
                                  Text::tr("%1 failed to serve the request (SERVFAIL); Homing tries again later")
                                      .arg(server));
    case dnsrcode::NotImp:
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("%1 does not take dynamic updates (NOTIMP)").arg(server));
    default:
        return UpdateResult::make(ResultKind::BadResponse, Text::tr("%1 answered %2").arg(server, code));
    }
}

std::unique_ptr<Provider> Rfc2136Provider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    const QJsonObject &values = account.settings;
    Settings settings;
    settings.server = values.value(QStringLiteral("server")).toString().trimmed();
    const int port = values.value(QStringLiteral("port")).toInt(53);
    settings.zone = dnsname::normalized(values.value(QStringLiteral("zone")).toString());
    settings.keyName = dnsname::normalized(values.value(QStringLiteral("key_name")).toString());
    const QString algorithm = values.value(QStringLiteral("algorithm")).toString(QStringLiteral("hmac-sha256"));
    bool ok = true;
    if (settings.server.isEmpty()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.server"),
                                         Text::tr("name the DNS server to update: its address or host name")));
        ok = false;
    } else if (QHostAddress(settings.server).isNull()
               && (settings.server.contains(QLatin1Char(':')) || settings.server.contains(QLatin1Char('['))
                   || settings.server.contains(QLatin1Char('/')) || settings.server.contains(QLatin1Char(' ')))) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.server"),
                                         Text::tr("\"%1\" is not an address or host name; write the port in the "
                                                  "port setting")
                                             .arg(settings.server)));
        ok = false;
    }
    if (port < 1 || port > 65535) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.port"), Text::tr("a port is a number from 1 to 65535")));
        ok = false;
    }
    settings.port = quint16(port);
    if (settings.keyName.isEmpty() || !DnsMessage::query(settings.keyName, QStringLiteral("A"), false)) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.key_name"),
                                         Text::tr("name the TSIG key as the server knows it (the name after \"key\" in "
                                                  "its key file)")));
        ok = false;
    }
    if (!settings.zone.isEmpty() && !DnsMessage::query(settings.zone, QStringLiteral("SOA"), false)) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.zone"), Text::tr("\"%1\" is not a zone name").arg(settings.zone)));
        ok = false;
    }
    const QString normalizedAlgorithm = algorithm.trimmed().toLower();
    if (normalizedAlgorithm.startsWith(QLatin1String("hmac-md5"))) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.algorithm"),
                                         Text::tr("hmac-md5 is refused: MD5 is broken; make a new key with "
                                                  "tsig-keygen -a hmac-sha256")));
        ok = false;
    } else if (const auto known = Tsig::algorithmFromName(normalizedAlgorithm)) {
        settings.algorithm = *known;
    } else {
        issues.append(ConfigIssue::error(QStringLiteral("settings.algorithm"),
                                         Text::tr("\"%1\" is not a TSIG algorithm Homing knows: use hmac-sha256, "
                                                  "hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1")
                                             .arg(algorithm)));
        ok = false;
    }
    if (!ok)
        return nullptr;
    return std::make_unique<Rfc2136Provider>(std::move(settings));
}

QList<ConfigIssue> Rfc2136Provider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (!m_settings.zone.isEmpty() && !dnsname::isInZone(record.name, m_settings.zone))
        issues.append(ConfigIssue::error(QStringLiteral("name"),
                                         Text::tr("%1 is not in the account's zone %2").arg(record.name, m_settings.zone)));
    return issues;
}

std::unique_ptr<ProviderJob> Rfc2136Provider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<Rfc2136Job>(m_settings, secrets, target, Rfc2136Job::Mode::Update);
}

std::unique_ptr<ProviderJob> Rfc2136Provider::createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
{
    return std::make_unique<Rfc2136Job>(m_settings, secrets, RecordTarget{record, {}}, Rfc2136Job::Mode::Check);
}

} // namespace providers

void registerRfc2136Provider(ProviderRegistry &registry)
{
    using providers::Rfc2136Provider;
    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("rfc2136");
    descriptor.name = QStringLiteral("RFC 2136 (BIND, Knot, PowerDNS…)");
    descriptor.category = ProviderCategory::SelfHosted;
    descriptor.fields = {
        FieldSpec::setting(QStringLiteral("server"), QT_TRANSLATE_NOOP("homing::Providers", "DNS server"),
                           QT_TRANSLATE_NOOP("homing::Providers",
                                             "The address or host name of the primary server of the zone, which "
                                             "takes the updates (BIND, Knot, PowerDNS, Windows DNS)."))
            .makeRequired(),
        FieldSpec::setting(QStringLiteral("port"), QT_TRANSLATE_NOOP("homing::Providers", "Port"),
                           QT_TRANSLATE_NOOP("homing::Providers", "The server's DNS port; 53 unless it listens elsewhere."),
                           FieldSpec::Type::Integer)
            .withDefault(53),
        FieldSpec::setting(QStringLiteral("zone"), QT_TRANSLATE_NOOP("homing::Providers", "Zone"),
                           QT_TRANSLATE_NOOP("homing::Providers",
                                             "The zone that holds the names, such as example.com. Leave it empty to "
                                             "have the server's SOA of each name say it, as nsupdate does.")),
        FieldSpec::setting(QStringLiteral("key_name"), QT_TRANSLATE_NOOP("homing::Providers", "TSIG key name"),
                           QT_TRANSLATE_NOOP("homing::Providers",
                                             "The name of the key as the server knows it. Make a key for Homing alone "
                                             "(tsig-keygen -a hmac-sha256 homing-nas) and let it change only these "
                                             "names: in BIND, update-policy { grant homing-nas name nas.example.com. "
                                             "A AAAA; }; in Knot, an acl with action: update, update-type: [A, AAAA] "
                                             "and update-owner: name."))
            .makeRequired(),
        FieldSpec::setting(QStringLiteral("algorithm"), QT_TRANSLATE_NOOP("homing::Providers", "TSIG algorithm"),
                           // Not a Choice: hmac-md5 must reach create() to be refused with its reason.
                           QT_TRANSLATE_NOOP("homing::Providers",
                                             "The key's algorithm, as its key file says: hmac-sha256, hmac-sha512, "
                                             "hmac-sha384, hmac-sha224 or hmac-sha1. hmac-md5 is not accepted."))
            .withDefault(QStringLiteral("hmac-sha256")),
        FieldSpec::secret(QString::fromLatin1(Rfc2136Provider::kSecretKey),
                          QT_TRANSLATE_NOOP("homing::Providers", "TSIG secret"),
                          QT_TRANSLATE_NOOP("homing::Providers",
                                            "The key's secret in base64, the \"secret\" line of the key file "
                                            "without the quotes. It never leaves this computer: the server checks "
                                            "signatures made with it."))
            .makeRequired(),
    };
    descriptor.create = &Rfc2136Provider::create;
    descriptor.readOnlyCheck = true;
    descriptor.ttl = {1, Rfc2136Provider::kMaximumTtl};
    registry.add(std::move(descriptor));
}

} // namespace homing
