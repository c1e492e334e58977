#include "DuckDnsProvider.h"

#include "address/AddressExtractor.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::DuckDns)
};

const QString kSuffix = QStringLiteral(".duckdns.org");

} // namespace

DuckDnsProvider::DuckDnsProvider(QUrl updateUrl)
    : m_updateUrl(std::move(updateUrl))
{
}

QString DuckDnsProvider::subName(const QString &name)
{
    if (!name.endsWith(kSuffix))
        return {};
    // "www.myhome.duckdns.org" belongs to the domain "myhome".
    const QStringList labels = name.left(name.size() - kSuffix.size()).split(QLatin1Char('.'));
    return labels.last();
}

QList<ConfigIssue> DuckDnsProvider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (subName(record.name).isEmpty())
        issues.append(ConfigIssue::error(QStringLiteral("name"), Text::tr("DuckDNS names end in .duckdns.org (for example "
                                                                    "myhome.duckdns.org)")));
    if (record.ttl != 0)
        issues.append(ConfigIssue::warning(QStringLiteral("ttl"), Text::tr("DuckDNS does not let clients set a TTL; ignored")));
    return issues;
}

HttpRequest DuckDnsProvider::buildRequest(const QList<RecordTarget> &targets, const QString &token) const
{
    Q_ASSERT(!targets.isEmpty());
    QStringList domains;
    for (const auto &target : targets) {
        const QString domain = subName(target.record.name);
        if (!domains.contains(domain)) // www.myhome and myhome are one DuckDNS domain
            domains.append(domain);
    }
    const QHostAddress address = targets.first().address;
    QUrl url = m_updateUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("domains"), domains.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("token"), token);
    const bool isIpv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    query.addQueryItem(isIpv6 ? QStringLiteral("ipv6") : QStringLiteral("ip"), address.toString());
    query.addQueryItem(QStringLiteral("verbose"), QStringLiteral("true"));
    // QUrlQuery leaves "+" as it is, which a server reads as a space: a
    // token holding "+" would arrive changed. No other value here has one.
    url.setQuery(query.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QLatin1String("%2B")), QUrl::StrictMode);
    HttpRequest request;
    request.url = url;
    request.carriesCredential = true;
    return request;
}

UpdateResult DuckDnsProvider::classifyReply(const HttpReply &reply, const QHostAddress &sent)
{
    if (reply.status != 200) {
        if (const auto kind = classifyHttpStatus(reply.status))
            return UpdateResult::make(*kind, Text::tr("HTTP status %1").arg(reply.status));
        return UpdateResult::make(ResultKind::BadResponse, Text::tr("HTTP status %1: %2").arg(reply.status).arg(oneLine(reply.body)));
    }
    const QStringList lines = QString::fromUtf8(reply.body).split(QLatin1Char('\n'));
    const QString status = lines.value(0).trimmed();
    if (status == QLatin1String("KO"))
        return UpdateResult::make(ResultKind::AuthFailed, Text::tr("KO: DuckDNS rejected the token or the domain"));
    if (status != QLatin1String("OK"))
        return UpdateResult::make(ResultKind::BadResponse, Text::tr("unknown answer: %1").arg(oneLine(reply.body)));
    // Verbose answer: OK, the IPv4 line, the IPv6 line, UPDATED or NOCHANGE.
    const bool isIpv6 = sent.protocol() == QAbstractSocket::IPv6Protocol;
    const QString echoedLine = lines.value(isIpv6 ? 2 : 1).trimmed();
    if (!echoedLine.isEmpty()) {
        const QHostAddress echoed = extractAddress(echoedLine.toUtf8(), isIpv6 ? AddressFamily::IPv6 : AddressFamily::IPv4);
        if (!echoed.isNull() && echoed != sent)
            return UpdateResult::make(ResultKind::BadResponse,
                                      Text::tr("DuckDNS reports %1 instead of the address sent, %2").arg(echoedLine, sent.toString()));
    }
    const QString change = lines.value(3).trimmed();
    if (change == QLatin1String("NOCHANGE"))
        return UpdateResult::make(ResultKind::NoChange, QStringLiteral("OK NOCHANGE"));
    return UpdateResult::make(ResultKind::Ok, change.isEmpty() ? QStringLiteral("OK") : QStringLiteral("OK ") + change);
}

std::unique_ptr<ProviderJob> DuckDnsProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return createBatchUpdateJob({target}, secrets);
}

std::unique_ptr<ProviderJob> DuckDnsProvider::createBatchUpdateJob(const QList<RecordTarget> &targets,
                                                                   const SecretValues &secrets) const
{
    // DuckDNS answers once for all the domains of a request. "KO" is about the
    // token or any one of the domains: for several, it cannot be told whose.
    return std::make_unique<SingleRequestJob>(buildRequest(targets, secrets.value(QStringLiteral("token"))),
                                              [sent = targets.first().address, count = targets.size()](const HttpReply &reply) {
        UpdateResult result = classifyReply(reply, sent);
        result.ambiguous = count > 1 && result.kind == ResultKind::AuthFailed && reply.status == 200;
        return result;
    });
}

} // namespace providers

void registerDuckDnsProvider(ProviderRegistry &registry)
{
    const auto token = FieldSpec::secret(
        QStringLiteral("token"), QT_TRANSLATE_NOOP("homing::Providers", "Token"),
        QT_TRANSLATE_NOOP("homing::Providers", "The token shown at the top of your duckdns.org page after signing in."))
                           .makeRequired();

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("duckdns");
    descriptor.name = QStringLiteral("DuckDNS");
    descriptor.fields = {token};
    descriptor.create = [](const ProviderAccount &account, QList<ConfigIssue> &issues) -> std::unique_ptr<Provider> {
        return std::make_unique<providers::DuckDnsProvider>(providers::endpointUrl(
            account.endpoint, QStringLiteral("https://www.duckdns.org"), QStringLiteral("/update"), issues));
    };
    registry.add(std::move(descriptor));
}

} // namespace homing
