#include "NamecheapProvider.h"

#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "records/DnsName.h"
#include "signing/Rfc3986.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Namecheap)
};

// What the XML answer holds: <ErrCount>, <errors><Err1>…</Err1></errors>,
// <IP>, and per error a <response><ResponseString>.
struct Answer {
    bool parsed = false;
    int errorCount = -1;
    QStringList errors;
    QStringList responseStrings;
    QString ip;
};

Answer parseAnswer(const QByteArray &body)
{
    // Namecheap declares encoding="utf-16" but sends single-byte text; the
    // declaration is dropped so that the reader takes the bytes as they are.
    QByteArray xml = body;
    static const QRegularExpression declaration(QStringLiteral("^\\s*<\\?xml[^>]*\\?>"));
    xml = QString::fromUtf8(xml).remove(declaration).toUtf8();
    Answer answer;
    QXmlStreamReader reader(QString::fromUtf8(xml));
    bool inErrors = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("interface-response")) {
                answer.parsed = true;
            } else if (name == QLatin1String("errors")) {
                inErrors = true;
            } else if (inErrors && name.startsWith(QLatin1String("Err"))) {
                answer.errors.append(reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
            } else if (name == QLatin1String("ErrCount")) {
                bool ok = false;
                const int count = reader.readElementText().trimmed().toInt(&ok);
                answer.errorCount = ok ? count : -1;
            } else if (name == QLatin1String("IP")) {
                answer.ip = reader.readElementText().trimmed();
            } else if (name == QLatin1String("ResponseString")) {
                answer.responseStrings.append(reader.readElementText().trimmed());
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("errors")) {
            inErrors = false;
        }
    }
    if (reader.hasError())
        answer.parsed = false;
    return answer;
}

} // namespace

NamecheapProvider::NamecheapProvider(QUrl updateUrl, QString domain)
    : m_updateUrl(std::move(updateUrl))
    , m_domain(dnsname::normalized(domain))
{
}

std::unique_ptr<Provider> NamecheapProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    const QString domain = dnsname::normalized(account.settings.value(QStringLiteral("domain")).toString());
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9-]+(\\.[a-z0-9-]+)+$"));
    if (!shape.match(domain).hasMatch()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.domain"),
                                         Text::tr("must be the domain as registered at Namecheap, such as example.com "
                                                  "(internationalised names in punycode, xn--…)")));
        return nullptr;
    }
    return std::make_unique<NamecheapProvider>(
        endpointUrl(account.endpoint, QStringLiteral("https://dynamicdns.park-your-domain.com"), QStringLiteral("/update"),
                    issues),
        domain);
}

QString NamecheapProvider::hostFor(const QString &name) const
{
    return dnsname::relativeName(name, m_domain);
}

QList<ConfigIssue> NamecheapProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (!dnsname::isInZone(record.name, m_domain))
        issues.append(ConfigIssue::error(QStringLiteral("name"),
                                         Text::tr("is not %1 or a name under it, the account's Namecheap domain: use "
                                                  "another account for another domain (each domain has its own "
                                                  "Dynamic DNS password)")
                                             .arg(m_domain)));
    if (record.type == QLatin1String("AAAA"))
        issues.append(ConfigIssue::error(QStringLiteral("type"),
                                         Text::tr("Namecheap's dynamic DNS updates IPv4 (A) records only; it has no "
                                                  "way to set an AAAA record")));
    if (record.ttl != 0)
        issues.append(ConfigIssue::warning(QStringLiteral("ttl"),
                                           Text::tr("Namecheap's dynamic DNS takes no TTL (set it on the record in "
                                                    "Advanced DNS); ignored")));
    return issues;
}

HttpRequest NamecheapProvider::buildRequest(const RecordTarget &target, const QString &password) const
{
    // Namecheap takes only a GET with the password in the query.
    QByteArray query = "host=" + rfc3986Encode(hostFor(target.record.name));
    query += "&domain=" + rfc3986Encode(m_domain);
    query += "&password=" + rfc3986Encode(password);
    query += "&ip=" + rfc3986Encode(target.address.toString());
    HttpRequest request;
    request.url = m_updateUrl;
    request.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    request.carriesCredential = true;
    return request;
}

UpdateResult NamecheapProvider::classifyReply(const HttpReply &reply, const QHostAddress &sent)
{
    if (reply.status != 200) {
        if (const auto kind = classifyHttpStatus(reply.status))
            return UpdateResult::make(*kind, Text::tr("HTTP status %1").arg(reply.status));
        return UpdateResult::make(ResultKind::BadResponse,
                                  Text::tr("HTTP status %1: %2").arg(reply.status).arg(oneLine(reply.body)));
    }
    const Answer answer = parseAnswer(reply.body);
    if (!answer.parsed || answer.errorCount < 0)
        return UpdateResult::make(ResultKind::BadResponse,
                                  Text::tr("Namecheap's answer is not the XML Homing knows: %1").arg(oneLine(reply.body)));
    if (answer.errorCount == 0) {
        if (!answer.ip.isEmpty() && QHostAddress(answer.ip) != sent)
            return UpdateResult::make(ResultKind::BadResponse,
                                      Text::tr("Namecheap reports %1 instead of the address sent, %2").arg(answer.ip, sent.toString()));
        return UpdateResult::make(ResultKind::Ok, Text::tr("Namecheap set %1").arg(sent.toString()));
    }
    QStringList words = answer.errors;
    words.removeAll(QString());
    const QString error = words.isEmpty() ? answer.responseStrings.join(QStringLiteral("; ")) : words.join(QStringLiteral("; "));
    const QString all = (answer.errors + answer.responseStrings).join(QLatin1Char(' '));
    const auto has = [&all](const char *text) { return all.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("password"))
        return UpdateResult::make(ResultKind::AuthFailed,
                                  Text::tr("Namecheap refused the password (%1): use the domain's Dynamic DNS password "
                                           "from Domain List > Manage > Advanced DNS > Dynamic DNS, not the account "
                                           "password, and check that Dynamic DNS is turned on there")
                                      .arg(error));
    if (has("record not found") || has("no records updated"))
        return UpdateResult::make(ResultKind::NoSuchHost,
                                  Text::tr("Namecheap found no dynamic record to update (%1): add the host in Advanced "
                                           "DNS as an \"A + Dynamic DNS Record\"")
                                      .arg(error));
    if (has("domain name not") || has("domain not"))
        return UpdateResult::make(ResultKind::NoSuchHost,
                                  Text::tr("Namecheap does not know the domain (%1): check the account's domain setting "
                                           "and that the domain uses Namecheap's BasicDNS or PremiumDNS")
                                      .arg(error));
    if (has("invalid ip"))
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("Namecheap refused the address %1 (%2): its dynamic DNS takes public IPv4 "
                                           "addresses only")
                                      .arg(sent.toString(), error));
    if (has("too many"))
        return UpdateResult::make(ResultKind::RateLimited, Text::tr("Namecheap: %1").arg(error));
    return UpdateResult::make(ResultKind::BadResponse, Text::tr("Namecheap answered with an error Homing does not know: %1")
                                                           .arg(error.isEmpty() ? oneLine(reply.body) : error));
}

std::unique_ptr<ProviderJob> NamecheapProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<SingleRequestJob>(buildRequest(target, secrets.value(QStringLiteral("password"))),
                                              [sent = target.address](const HttpReply &reply) {
                                                  return classifyReply(reply, sent);
                                              });
}

} // namespace providers

void registerNamecheapProvider(ProviderRegistry &registry)
{
    const auto domain = FieldSpec::setting(
        QStringLiteral("domain"), QT_TRANSLATE_NOOP("homing::Providers", "Domain"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The domain as registered at Namecheap (example.com). Records are this domain (host \"@\") "
                          "or names under it; another domain needs another account."))
                            .makeRequired();
    const auto password = FieldSpec::secret(
        QStringLiteral("password"), QT_TRANSLATE_NOOP("homing::Providers", "Dynamic DNS password"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Not your account password: turn on Dynamic DNS under Domain List > Manage > Advanced DNS "
                          "and copy the password shown there. It can update this one domain's dynamic records and "
                          "nothing else. Each host needs an \"A + Dynamic DNS Record\" there first (IPv4 only)."))
                              .makeRequired();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("namecheap");
    descriptor.name = QStringLiteral("Namecheap");
    descriptor.category = ProviderCategory::DdnsService;
    descriptor.fields = {domain, password};
    descriptor.create = &providers::NamecheapProvider::create;
    descriptor.readOnlyCheck = false; // its only call is the update
    registry.add(std::move(descriptor));
}

} // namespace homing
