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

HttpRequest Dyndns2Provider::buildRequest(const RecordTarget &target, const QString &password) const
{
    const bool isIpv6 = target.address.protocol() == QAbstractSocket::IPv6Protocol;
    QUrl url = m_updateUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("hostname"), target.record.name);
    const QString parameter = isIpv6 ? m_preset.ipv6Parameter : QStringLiteral("myip");
    query.addQueryItem(parameter, target.address.toString());
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
    return std::make_unique<SingleRequestJob>(buildRequest(target, secrets.value(QStringLiteral("password"))),
                                              [sent = target.address](const HttpReply &reply) {
        return classifyDyndns2Reply(reply.status, reply.body, 1, sent).first();
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
        if (!account.endpoint.isEmpty()) {
            url = account.endpoint;
        } else if (!preset.updateUrl.isEmpty()) {
            url = QUrl(preset.updateUrl);
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
    registry.add(presetDescriptor(QStringLiteral("dyndns2"), QStringLiteral("dyndns2 (generic)"), generic, {}));

    Dyndns2Preset noip;
    noip.updateUrl = QStringLiteral("https://dynupdate.no-ip.com/nic/update");
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
    oray.updateUrl = QStringLiteral("http://ddns.oray.com/ph/update");
    oray.supportsIpv6 = false;
    registry.add(presetDescriptor(
        QStringLiteral("oray"), QStringLiteral("Oray (花生壳)"),
        credentialFields(QT_TRANSLATE_NOOP("homing::Providers", "Your Oray account name."),
                         QT_TRANSLATE_NOOP("homing::Providers",
                                           "Your Oray password. Oray's update service accepts plain HTTP only, "
                                           "so the account must set \"allow_insecure_http\": true.")),
        oray));

    Dyndns2Preset dynu;
    dynu.updateUrl = QStringLiteral("https://api.dynu.com/nic/update");
    dynu.ipv6Parameter = QStringLiteral("myipv6");
    dynu.skipValue = QStringLiteral("no");
    registry.add(presetDescriptor(
        QStringLiteral("dynu"), QStringLiteral("Dynu"),
        credentialFields(QT_TRANSLATE_NOOP("homing::Providers", "Your Dynu user name."),
                         QT_TRANSLATE_NOOP("homing::Providers",
                                           "Your Dynu password, or its MD5 or SHA-256 hash (Dynu accepts all three; "
                                           "a separate IP update password can be set in the control panel).")),
        dynu));
}

} // namespace homing
