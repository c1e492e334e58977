#include "provider/ProviderSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace homing::providers {

SingleRequestJob::SingleRequestJob(HttpRequest request, Classifier classify)
    : m_request(std::move(request))
    , m_classify([classify = std::move(classify)](const HttpReply &reply) { return QList<UpdateResult>{classify(reply)}; })
{
}

SingleRequestJob::SingleRequestJob(HttpRequest request, BatchClassifier classify)
    : m_request(std::move(request))
    , m_classify(std::move(classify))
{
}

ProviderStep SingleRequestJob::start()
{
    return ProviderStep::send(m_request);
}

ProviderStep SingleRequestJob::handleReply(const HttpReply &reply)
{
    return ProviderStep::finishEach(m_classify(reply));
}

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

std::optional<ResultKind> classifyHttpStatus(int status)
{
    if (status == 401 || status == 403)
        return ResultKind::AuthFailed;
    if (status == 429)
        return ResultKind::RateLimited;
    if (status >= 500 && status <= 599)
        return ResultKind::ServerError;
    return std::nullopt;
}

QString oneLine(const QByteArray &body, int maximum)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString text = QString::fromUtf8(body).replace(whitespace, QStringLiteral(" ")).trimmed();
    if (text.size() > maximum)
        text = text.left(maximum - 1) + QChar(0x2026);
    return text;
}

QUrl endpointUrl(const QUrl &accountEndpoint, const QString &defaultBase, const QString &path,
                 QList<ConfigIssue> &issues)
{
    if (accountEndpoint.isEmpty())
        return appendPath(QUrl(defaultBase), path);
    QUrl base = accountEndpoint;
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    if (!path.isEmpty() && basePath.endsWith(path)) {
        // Written when endpoint meant the whole update URL: it still works as it did.
        basePath.chop(path.size());
        base.setPath(basePath);
        issues.append(ConfigIssue::warning(
            QStringLiteral("endpoint"),
            QCoreApplication::translate("homing::providers",
                                        "is a base URL, to which this provider adds %1 itself; Homing leaves %1 out "
                                        "of it for now: remove it from the file")
                .arg(path)));
    }
    return appendPath(base, path);
}

QUrl appendPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString joined = url.path();
    while (joined.endsWith(QLatin1Char('/')))
        joined.chop(1);
    url.setPath(joined + path);
    return url;
}

} // namespace homing::providers
