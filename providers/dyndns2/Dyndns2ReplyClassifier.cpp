#include "Dyndns2ReplyClassifier.h"

#include "provider/ProviderSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace homing::providers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::providers::Dyndns2)
};

constexpr int kThirtyMinutes = 30 * 60;
constexpr int kTenMinutes = 10 * 60;

// The addresses after "good"/"nochg" ("good 192.0.2.1,2001:db8::1").
QList<QHostAddress> echoedAddresses(const QString &rest)
{
    QList<QHostAddress> addresses;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const auto &part : rest.split(separators, Qt::SkipEmptyParts)) {
        QHostAddress address;
        if (address.setAddress(part))
            addresses.append(address);
    }
    return addresses;
}

} // namespace

UpdateResult classifyDyndns2Line(const QString &line, const QHostAddress &sent)
{
    const QString trimmed = line.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString code = (space < 0 ? trimmed : trimmed.left(space));
    const QString rest = space < 0 ? QString() : trimmed.mid(space + 1);
    const QString lower = code.toLower();

    if (lower == QLatin1String("good") || lower == QLatin1String("nochg")) {
        const QList<QHostAddress> echoed = echoedAddresses(rest);
        if (lower == QLatin1String("good") && echoed.size() == 1 && echoed.first() == QHostAddress(QHostAddress::LocalHost)
            && sent != QHostAddress(QHostAddress::LocalHost)) {
            // Dyn's way of ignoring a client it has blocked.
            return UpdateResult::make(ResultKind::Abuse,
                                      Text::tr("the provider ignored the update and answered \"good 127.0.0.1\": it "
                                         "blocks this client"));
        }
        if (!sent.isNull() && !echoed.isEmpty() && !echoed.contains(sent)) {
            return UpdateResult::make(ResultKind::BadResponse,
                                      Text::tr("the provider reports %1 instead of the address sent, %2")
                                          .arg(rest, sent.toString()));
        }
        return UpdateResult::make(lower == QLatin1String("good") ? ResultKind::Ok : ResultKind::NoChange, trimmed);
    }
    if (lower == QLatin1String("ok"))
        return UpdateResult::make(ResultKind::Ok, trimmed);
    if (lower == QLatin1String("badauth"))
        return UpdateResult::make(ResultKind::AuthFailed, Text::tr("badauth: the user name or password is wrong"));
    if (lower == QLatin1String("!yours"))
        return UpdateResult::make(ResultKind::AuthFailed, Text::tr("!yours: the host belongs to another account"));
    if (lower == QLatin1String("nohost"))
        return UpdateResult::make(ResultKind::NoSuchHost, Text::tr("nohost: the host does not exist in this account"));
    if (lower == QLatin1String("notfqdn"))
        return UpdateResult::make(ResultKind::NoSuchHost, Text::tr("notfqdn: the host name is not a fully qualified domain name"));
    if (lower == QLatin1String("!active"))
        return UpdateResult::make(ResultKind::NoSuchHost, Text::tr("!active: the domain is not activated"));
    if (lower == QLatin1String("abuse"))
        return UpdateResult::make(ResultKind::Abuse, Text::tr("abuse: the provider blocked the host for too many updates"));
    if (lower == QLatin1String("badagent"))
        return UpdateResult::make(ResultKind::ConfigError,
                                  Text::tr("badagent: the provider refused this client or request method; please report it"));
    if (lower == QLatin1String("!donator"))
        return UpdateResult::make(ResultKind::ConfigError, Text::tr("!donator: this request needs a paid account"));
    if (lower == QLatin1String("numhost"))
        return UpdateResult::make(ResultKind::ConfigError, Text::tr("numhost: too many hosts in one update, or a round-robin host"));
    if (lower == QLatin1String("badsys"))
        return UpdateResult::make(ResultKind::ConfigError, Text::tr("badsys: the provider does not accept this system parameter"));
    if (lower == QLatin1String("911") || lower == QLatin1String("dnserr")) {
        UpdateResult result = UpdateResult::make(ResultKind::ServerError,
                                                 Text::tr("%1: problem or maintenance at the provider").arg(code));
        result.minimumRetryDelaySeconds = kThirtyMinutes; // the providers ask for at least this
        return result;
    }
    if (lower == QLatin1String("servererror")) {
        UpdateResult result = UpdateResult::make(ResultKind::ServerError, Text::tr("servererror: problem at the provider"));
        result.minimumRetryDelaySeconds = kTenMinutes;
        return result;
    }
    if (trimmed.isEmpty())
        return UpdateResult::make(ResultKind::BadResponse, Text::tr("the provider sent an empty answer"));
    return UpdateResult::make(ResultKind::BadResponse, Text::tr("unknown answer: %1").arg(oneLine(trimmed.toUtf8())));
}

namespace {

// Codes that are about the account or the request as a whole, so one line
// answers for every host of the request.
bool isAccountWide(const QString &line)
{
    const QString code = line.trimmed().section(QLatin1Char(' '), 0, 0).toLower();
    static const QStringList codes{QStringLiteral("badauth"), QStringLiteral("badagent"), QStringLiteral("!donator"),
                                   QStringLiteral("911"),     QStringLiteral("dnserr"),   QStringLiteral("servererror"),
                                   QStringLiteral("badsys")};
    return codes.contains(code);
}

// `result` for each of `hostCount` hosts; marked ambiguous when it cannot be
// about all of them (a per-host code given once for several hosts).
QList<UpdateResult> forEveryHost(UpdateResult result, int hostCount, bool accountWide)
{
    if (hostCount > 1 && !accountWide)
        result.ambiguous = true;
    return QList<UpdateResult>(hostCount, result);
}

} // namespace

QList<UpdateResult> classifyDyndns2Reply(int httpStatus, const QByteArray &body, int hostCount, const QHostAddress &sent)
{
    QStringList lines;
    for (const auto &line : QString::fromUtf8(body).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    if (httpStatus != 200) {
        // Some servers answer badauth with 401, or a code with another status;
        // a known code in the body says more than the status.
        const UpdateResult fromBody = lines.isEmpty() ? UpdateResult{} : classifyDyndns2Line(lines.first(), sent);
        if (!lines.isEmpty() && fromBody.kind != ResultKind::BadResponse && !isSuccess(fromBody.kind))
            return forEveryHost(fromBody, hostCount, isAccountWide(lines.first()));
        // The status is about the whole request.
        if (const auto kind = classifyHttpStatus(httpStatus))
            return forEveryHost(UpdateResult::make(*kind, Text::tr("HTTP status %1").arg(httpStatus)), hostCount, true);
        if (httpStatus == 404)
            return forEveryHost(UpdateResult::make(ResultKind::ConfigError, Text::tr("HTTP status 404: the update URL is wrong")),
                                hostCount, true);
        return forEveryHost(UpdateResult::make(ResultKind::BadResponse, Text::tr("HTTP status %1: %2").arg(httpStatus).arg(oneLine(body))),
                            hostCount, true);
    }
    if (lines.size() == hostCount) {
        // The protocol's answer: one line per host, in request order.
        QList<UpdateResult> results;
        for (const QString &line : std::as_const(lines))
            results.append(classifyDyndns2Line(line, sent));
        return results;
    }
    if (lines.size() == 1)
        return forEveryHost(classifyDyndns2Line(lines.first(), sent), hostCount, isAccountWide(lines.first()));
    // Lines missing or too many: which line is whose cannot be told.
    return forEveryHost(UpdateResult::make(ResultKind::BadResponse,
                                           Text::tr("the provider answered %1 lines for %2 hosts: %3")
                                               .arg(lines.size())
                                               .arg(hostCount)
                                               .arg(oneLine(body))),
                        hostCount, false);
}

} // namespace homing::providers
