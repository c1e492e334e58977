#include "Dyndns2Provider.h"

#include "Dyndns2ReplyClassifier.h"
#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Dyndns2)
};

} // namespace

Dyndns2Provider::Dyndns2Provider(QUrl updateUrl, QString username, Dyndns2Preset preset)
    : m_updateUrl(std::move(updateUrl))
    , m_username(std::move(username))
    , m_preset(std::move(preset))
{
}

QUrl Dyndns2Provider::updateUrlFromServer(const QString &server)
{
    if (server.contains(QLatin1String("://")))
        return QUrl(server, QUrl::StrictMode);
    return QUrl(QStringLiteral("https://%1/nic/update").arg(server), QUrl::StrictMode);
}

QList<ConfigIssue> Dyndns2Provider::validateRecord(const RecordSpec &record) const
{
    QList<ConfigIssue> issues;
    if (record.type == QLatin1String("AAAA") && !m_preset.supportsIpv6)
        issues.append(ConfigIssue::error(QStringLiteral("type"), Text::tr("this provider updates A (IPv4) records only")));
    if (record.ttl != 0)
        issues.append(ConfigIssue::warning(QStringLiteral("ttl"),
                                           Text::tr("the dyndns2 protocol has no TTL; set it in the provider's website")));
    return issues;
}

HttpRequest Dyndns2Provider::buildRequest(const QList<RecordTarget> &targets, const QString &password) const
{
    Q_ASSERT(!targets.isEmpty());
    const QHostAddress address = targets.first().address;
    const bool isIpv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    QStringList hostnames;
    for (const auto &target : targets)
        hostnames.append(target.record.name);
    QUrl url = m_updateUrl;
    QUrlQuery query(url);
    // The protocol's list form: hostname=a.example.net,b.example.net (the comma literal, as ddclient sends it).
    query.addQueryItem(QStringLiteral("hostname"), hostnames.join(QLatin1Char(',')));
    const QString parameter = isIpv6 ? m_preset.ipv6Parameter : QStringLiteral("myip");
    query.addQueryItem(parameter, address.toString());
    if (!m_preset.skipValue.isEmpty()) {
        // Say explicitly that the other family is not part of this update.
        const QString other = isIpv6 ? QStringLiteral("myip") : m_preset.ipv6Parameter;
        if (other != parameter)
            query.addQueryItem(other, m_preset.skipValue);
    }
    url.setQuery(query);
    HttpRequest request;
    request.method = "GET";
    request.url = url;
    request.setHeader("Authorization", basicAuthorization(m_username, password));
    request.carriesCredential = true;
    return request;
}

std::unique_ptr<ProviderJob> Dyndns2Provider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return createBatchUpdateJob({target}, secrets);
}

std::unique_ptr<ProviderJob> Dyndns2Provider::createBatchUpdateJob(const QList<RecordTarget> &targets,
                                                                   const SecretValues &secrets) const
{
    // Each host's line of the answer is classified on its own.
    return std::make_unique<SingleRequestJob>(
        buildRequest(targets, secrets.value(QStringLiteral("password"))),
        [sent = targets.first().address, count = int(targets.size())](const HttpReply &reply) {
            return classifyDyndns2Reply(reply.status, reply.body, count, sent);
        });
}

namespace {

QList<FieldSpec> credentialFields(const char *usernameHelp, const char *passwordHelp)
{
    return {
        FieldSpec::setting(QStringLiteral("username"), QT_TRANSLATE_NOOP("homing::Providers", "User name"), usernameHelp)
            .makeRequired(),
        FieldSpec::secret(QStringLiteral("password"), QT_TRANSLATE_NOOP("homing::Providers", "Password"), passwordHelp)
            .makeRequired(),
    };
}

ProviderDescriptor presetDescriptor(const QString &id, const QString &name, QList<FieldSpec> fields,
                                    Dyndns2Preset preset, int keepAliveDays = 0)
{
    ProviderDescriptor descriptor;
    descriptor.id = id;
    descriptor.name = name;
    descriptor.fields = std::move(fields);
    descriptor.keepAliveDays = keepAliveDays;
    descriptor.create = [preset](const ProviderAccount &account, QList<ConfigIssue> &issues) -> std::unique_ptr<Provider> {
        QUrl url;
        if (!account.endpoint.isEmpty() || !preset.baseUrl.isEmpty()) {
            url = endpointUrl(account.endpoint, preset.baseUrl, preset.updatePath, issues);
        } else {
            url = Dyndns2Provider::updateUrlFromServer(account.settings.value(QStringLiteral("server")).toString());
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
                issues.append(ConfigIssue::error(QStringLiteral("settings.server"),
                                                 Text::tr("must be a host name such as members.dyndns.org or an update "
                                                    "URL such as https://members.dyndns.org/nic/update")));
                return nullptr;
            }
        }
        const QString username = account.settings.value(QStringLiteral("username")).toString();
        if (username.contains(QLatin1Char(':'))) {
            issues.append(ConfigIssue::error(QStringLiteral("settings.username"),
                                             Text::tr("must not contain ':' (HTTP Basic authentication cannot carry it)")));
            return nullptr;
        }
        return std::make_unique<Dyndns2Provider>(url, username, preset);
    };
    return descriptor;
}

} // namespace

} // namespace providers

void registerDyndns2Providers(ProviderRegistry &registry)
{
    using namespace providers;

    const auto server = FieldSpec::setting(
        QStringLiteral("server"), QT_TRANSLATE_NOOP("homing::Providers", "Update server"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Host name (members.dyndns.org) or full update URL "
                          "(https://members.dyndns.org/nic/update) of the dyndns2 service."))
                            .makeRequired();
    QList<FieldSpec> generic{server};
    generic += credentialFields(QT_TRANSLATE_NOOP("homing::Providers", "The account's user name."),
                                QT_TRANSLATE_NOOP("homing::Providers", "The account's password or update key."));
    ProviderDescriptor genericDescriptor =
        presetDescriptor(QStringLiteral("dyndns2"),
                         QString::fromUtf8(QT_TRANSLATE_NOOP("homing::Providers", "dyndns2 (generic)")), generic, {});
    genericDescriptor.category = ProviderCategory::SelfHosted; // any server that speaks the protocol
    registry.add(std::move(genericDescriptor));

    Dyndns2Preset noip;
    noip.baseUrl = QStringLiteral("https://dynupdate.no-ip.com");
    // Free No-IP hosts expire unless refreshed within 30 days.
    registry.add(presetDescriptor(
        QStringLiteral("noip"), QStringLiteral("No-IP"),
        credentialFields(QT_TRANSLATE_NOOP("homing::Providers",
                                           "Your No-IP user name or e-mail, or the user name of a DDNS key "
                                           "(Dynamic DNS > DDNS Keys, which limits the key to one host)."),
                         QT_TRANSLATE_NOOP("homing::Providers", "Your No-IP password, or the DDNS key's password.")),
        noip, 25));

    Dyndns2Preset oray;
    // Oray's update service answers on plain HTTP only; the account must
    // set allow_insecure_http to accept that.
    oray.baseUrl = QStringLiteral("http://ddns.oray.com");
    oray.updatePath = QStringLiteral("/ph/update");
    oray.supportsIpv6 = false;
    oray.batchLimit = 1; // no published specification, so no known list form
    registry.add(presetDescriptor(
        QStringLiteral("oray"), QStringLiteral("Oray (花生壳)"),
        credentialFields(QT_TRANSLATE_NOOP("homing::Providers", "Your Oray account name."),
                         QT_TRANSLATE_NOOP("homing::Providers",
                                           "Your Oray password. Oray's update service accepts plain HTTP only, "
                                           "so the account must set \"allow_insecure_http\": true.")),
        oray));

    Dyndns2Preset dynu;
    dynu.baseUrl = QStringLiteral("https://api.dynu.com");
    dynu.ipv6Parameter = QStringLiteral("myipv6");
    dynu.skipValue = QStringLiteral("no");
    dynu.batchLimit = 1; // Dynu documents no hostname list: one host a request
    registry.add(presetDescriptor(
        QStringLiteral("dynu"), QStringLiteral("Dynu"),
        credentialFields(QT_TRANSLATE_NOOP("homing::Providers", "Your Dynu user name."),
                         QT_TRANSLATE_NOOP("homing::Providers",
                                           "Your Dynu password, or its MD5 or SHA-256 hash (Dynu accepts all three; "
                                           "a separate IP update password can be set in the control panel).")),
        dynu));
}

} // namespace homing
