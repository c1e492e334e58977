#include "CustomUrlProvider.h"

#include "provider/ProviderRegistry.h"
#include "provider/ProviderSupport.h"
#include "storage/JsonText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

#include <algorithm>

namespace homing {
namespace providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::CustomUrl)
};

const QStringList kPlaceholders{QStringLiteral("ip"), QStringLiteral("name"), QStringLiteral("type"),
                                QStringLiteral("ttl"), QStringLiteral("secret")};

enum class Escaping { None, Url, Json, Form };

QString escape(const QString &value, Escaping escaping)
{
    switch (escaping) {
    case Escaping::None:
        return value;
    case Escaping::Url:
    case Escaping::Form:
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    case Escaping::Json:
        return jsonEscaped(value);
    }
    return value;
}

QString substitute(QString text, const QHash<QString, QString> &values, Escaping escaping)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), escape(it.value(), escaping));
    return text;
}

// A word that could be a token rather than a word of a path ("api",
// "update", "v2"): long, or of letters and digits mixed. Kept short words
// out because every occurrence of a redacted value is hidden, in any text.
bool looksLikeToken(const QString &word)
{
    if (word.contains(QLatin1Char('{')))
        return false; // a placeholder: its value is known (or not secret) at run time
    if (word.size() >= 16)
        return true;
    const bool letters = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
    const bool digits = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
    return word.size() >= 8 && letters && digits;
}

} // namespace

CustomUrlProvider::CustomUrlProvider(Template requestTemplate)
    : m_template(std::move(requestTemplate))
    , m_literalTokens(literalTokens(m_template))
{
}

QStringList CustomUrlProvider::literalTokens(const Template &requestTemplate)
{
    QStringList words;
    const QUrl url(requestTemplate.url, QUrl::TolerantMode);
    words.append(url.password(QUrl::FullyDecoded));
    words.append(url.path(QUrl::FullyDecoded).split(QLatin1Char('/')));
    for (const QString &pair : url.query(QUrl::FullyDecoded).split(QLatin1Char('&')))
        words.append(pair.section(QLatin1Char('='), 1));
    static const QStringList plainHeaders{QStringLiteral("content-type"), QStringLiteral("accept"),
                                          QStringLiteral("user-agent")};
    for (const auto &[name, value] : requestTemplate.headers) {
        if (plainHeaders.contains(name.toLower()))
            continue;
        // "Bearer abc…", "Token abc…", or the key alone.
        words.append(value.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    QStringList tokens;
    for (const QString &word : std::as_const(words)) {
        if (looksLikeToken(word) && !tokens.contains(word))
            tokens.append(word);
    }
    return tokens;
}

QStringList CustomUrlProvider::unknownPlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    QStringList unknown;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!kPlaceholders.contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

bool CustomUrlProvider::usesSecret() const
{
    const QString marker = QStringLiteral("{secret}");
    if (m_template.url.contains(marker) || m_template.body.contains(marker))
        return true;
    return std::any_of(m_template.headers.cbegin(), m_template.headers.cend(),
                       [&](const auto &header) { return header.second.contains(marker); });
}

HttpRequest CustomUrlProvider::buildRequest(const RecordTarget &target, const QString &secret) const
{
    const QHash<QString, QString> values{
        {QStringLiteral("ip"), target.address.toString()},
        {QStringLiteral("name"), target.record.name},
        {QStringLiteral("type"), target.record.type},
        {QStringLiteral("ttl"), QString::number(target.record.ttl)},
        {QStringLiteral("secret"), secret},
    };
    HttpRequest request;
    request.method = m_template.method;
    request.url = QUrl(substitute(m_template.url, values, Escaping::Url), QUrl::TolerantMode);
    for (const auto &[name, value] : m_template.headers)
        request.setHeader(name.toUtf8(), substitute(value, values, Escaping::None).toUtf8());
    if (!m_template.body.isEmpty()) {
        const QString contentType = m_template.contentType.isEmpty()
            ? (m_template.body.trimmed().startsWith(QLatin1Char('{')) ? QStringLiteral("application/json")
                                                                       : QStringLiteral("text/plain; charset=utf-8"))
            : m_template.contentType;
        const Escaping escaping = contentType.contains(QLatin1String("json")) ? Escaping::Json
            : contentType.contains(QLatin1String("x-www-form-urlencoded"))   ? Escaping::Form
                                                                               : Escaping::None;
        request.body = substitute(m_template.body, values, escaping).toUtf8();
        if (request.header("Content-Type").isEmpty())
            request.setHeader("Content-Type", contentType.toUtf8());
    }
    // A webhook URL commonly holds its token in the path, a body may too, and
    // nothing tells them apart from plain words: every custom request counts
    // as carrying a credential, so plain HTTP goes only to loopback or where
    // the account allows it.
    request.carriesCredential = true;
    request.sensitiveValues = m_literalTokens;
    return request;
}

UpdateResult CustomUrlProvider::classifyReply(const HttpReply &reply, const QRegularExpression &successPattern)
{
    const QString body = QString::fromUtf8(reply.body);
    if (reply.status >= 200 && reply.status < 300) {
        if (successPattern.pattern().isEmpty() || successPattern.match(body).hasMatch())
            return UpdateResult::make(ResultKind::Ok, Text::tr("HTTP status %1").arg(reply.status));
        return UpdateResult::make(ResultKind::BadResponse,
                                  Text::tr("HTTP status %1, but the answer does not match success_pattern: %2")
                                      .arg(reply.status)
                                      .arg(oneLine(reply.body)));
    }
    const QString detail = Text::tr("HTTP status %1: %2").arg(reply.status).arg(oneLine(reply.body));
    if (const auto kind = classifyHttpStatus(reply.status))
        return UpdateResult::make(*kind, detail);
    if (reply.status >= 400 && reply.status < 500)
        return UpdateResult::make(ResultKind::ConfigError, detail);
    return UpdateResult::make(ResultKind::BadResponse, detail);
}

std::unique_ptr<Provider> CustomUrlProvider::create(const ProviderAccount &account, QList<ConfigIssue> &issues)
{
    Template request;
    const QJsonObject &settings = account.settings;
    request.url = settings.value(QStringLiteral("url")).toString();
    if (!account.endpoint.isEmpty())
        issues.append(ConfigIssue::warning(QStringLiteral("endpoint"), Text::tr("is ignored by this provider: set settings.url")));
    request.method = settings.value(QStringLiteral("method")).toString().toLatin1();
    const QJsonObject headerSettings = settings.value(QStringLiteral("headers")).toObject();
    for (auto it = headerSettings.begin(); it != headerSettings.end(); ++it)
        request.headers.append({it.key(), it.value().toString()});
    request.body = settings.value(QStringLiteral("body")).toString();
    request.contentType = settings.value(QStringLiteral("content_type")).toString();
    request.successPattern = QRegularExpression(settings.value(QStringLiteral("success_pattern")).toString());

    bool valid = true;
    auto checkPlaceholders = [&](const QString &text, const QString &path) {
        const QStringList unknown = unknownPlaceholders(text);
        if (!unknown.isEmpty()) {
            issues.append(ConfigIssue::error(path, Text::tr("unknown placeholder(s) {%1}; known: {ip}, {name}, {type}, "
                                                      "{ttl}, {secret}")
                                                       .arg(unknown.join(QStringLiteral("}, {")))));
            valid = false;
        }
    };
    checkPlaceholders(request.url, QStringLiteral("settings.url"));
    checkPlaceholders(request.body, QStringLiteral("settings.body"));
    for (const auto &[name, value] : std::as_const(request.headers))
        checkPlaceholders(value, QStringLiteral("settings.headers.") + name);
    QString sample = request.url;
    for (const auto &name : kPlaceholders)
        sample.replace(QLatin1Char('{') + name + QLatin1Char('}'), QStringLiteral("x"));
    const QUrl sampleUrl(sample, QUrl::StrictMode);
    if (!sampleUrl.isValid() || sampleUrl.host().isEmpty()
        || (sampleUrl.scheme() != QLatin1String("https") && sampleUrl.scheme() != QLatin1String("http"))) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.url"), Text::tr("must be an http:// or https:// URL")));
        valid = false;
    }
    if (!request.successPattern.isValid()) {
        issues.append(ConfigIssue::error(QStringLiteral("settings.success_pattern"),
                                         Text::tr("is not a valid regular expression: %1").arg(request.successPattern.errorString())));
        valid = false;
    }
    return valid ? std::make_unique<CustomUrlProvider>(std::move(request)) : nullptr;
}

std::unique_ptr<ProviderJob> CustomUrlProvider::createUpdateJob(const RecordTarget &target, const SecretValues &secrets) const
{
    return std::make_unique<SingleRequestJob>(buildRequest(target, secrets.value(QStringLiteral("secret"))),
                                              [pattern = m_template.successPattern](const HttpReply &reply) {
        return classifyReply(reply, pattern);
    });
}

} // namespace providers

void registerCustomUrlProvider(ProviderRegistry &registry)
{
    const auto url = FieldSpec::setting(
        QStringLiteral("url"), QT_TRANSLATE_NOOP("homing::Providers", "URL"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "The address to call, with placeholders {ip}, {name}, {type}, {ttl} and {secret}, for "
                          "example https://dyn.example.com/update?host={name}&addr={ip}."))
                         .makeRequired();
    const auto method = FieldSpec::setting(QStringLiteral("method"), QT_TRANSLATE_NOOP("homing::Providers", "Method"),
                                           QT_TRANSLATE_NOOP("homing::Providers", "The HTTP method."),
                                           FieldSpec::Type::Choice)
                            .withChoices({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                          QStringLiteral("PATCH")})
                            .withDefault(QStringLiteral("GET"));
    const auto headers = FieldSpec::setting(
        QStringLiteral("headers"), QT_TRANSLATE_NOOP("homing::Providers", "Headers"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional request headers; values may use the placeholders, for example "
                          "\"Authorization\": \"Bearer {secret}\"."),
        FieldSpec::Type::StringMap);
    const auto body = FieldSpec::setting(
        QStringLiteral("body"), QT_TRANSLATE_NOOP("homing::Providers", "Body"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional request body with placeholders; values are escaped for JSON or form bodies."),
        FieldSpec::Type::Text);
    const auto contentType = FieldSpec::setting(
        QStringLiteral("content_type"), QT_TRANSLATE_NOOP("homing::Providers", "Content type"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional; by default application/json when the body starts with '{', else text/plain."));
    const auto successPattern = FieldSpec::setting(
        QStringLiteral("success_pattern"), QT_TRANSLATE_NOOP("homing::Providers", "Success pattern"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional regular expression the answer must match for the update to count as done "
                          "(besides a 2xx status)."));
    const auto secret = FieldSpec::secret(
        QStringLiteral("secret"), QT_TRANSLATE_NOOP("homing::Providers", "Secret"),
        QT_TRANSLATE_NOOP("homing::Providers",
                          "Optional token or password, used where {secret} appears. Requests that carry it go over "
                          "HTTPS only."));

    ProviderDescriptor descriptor;
    descriptor.id = QStringLiteral("custom");
    descriptor.name = QString::fromUtf8(QT_TRANSLATE_NOOP("homing::Providers", "Custom URL (webhook)"));
    descriptor.category = ProviderCategory::Custom;
    descriptor.fields = {url, method, headers, body, contentType, successPattern, secret};
    descriptor.create = &providers::CustomUrlProvider::create;
    descriptor.ttl = {1, 604800}; // only passed on, as {ttl}
    registry.add(std::move(descriptor));
}

} // namespace homing
