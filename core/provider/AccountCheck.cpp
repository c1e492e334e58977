#include "provider/AccountCheck.h"

#include "common/PlainText.h"
#include "net/TransportSettings.h"
#include "provider/JobRunner.h"
#include "provider/ProviderRegistry.h"
#include "secrets/Redactor.h"
#include "secrets/SecretResolver.h"

#include <QCoreApplication>
#include <QPointer>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::AccountChecker)
};

AccountCheckResult failed(ResultKind kind, const QString &detail, bool realUpdate)
{
    return {realUpdate, UpdateResult::make(kind, detail)};
}

} // namespace

AccountChecker::AccountChecker(const ProviderRegistry &providers, HttpClient &http, DnsTransport &dns, const Clock &clock,
                               const SecretResolver &secrets, Redactor &redactor)
    : m_providers(providers)
    , m_http(http)
    , m_dns(dns)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_redactor(redactor)
{
}

bool AccountChecker::sendsRealUpdate(const ProviderRegistry &providers, const QString &providerId)
{
    const ProviderDescriptor *descriptor = providers.find(providerId);
    return !descriptor || !descriptor->readOnlyCheck;
}

void AccountChecker::check(const AccountCheckRequest &request, QObject *context, Callback done) const
{
    for (const auto &value : request.typedSecrets)
        m_redactor.addSecret(value);
    // The secrets not typed again are read where the account keeps them.
    AccountConfig stored = request.account;
    for (auto it = request.typedSecrets.cbegin(); it != request.typedSecrets.cend(); ++it)
        stored.secrets.remove(it.key());
    m_secrets.resolve(stored, context, [this, request, context, done = std::move(done)](const SecretResolution &resolution) {
        const bool realUpdate = sendsRealUpdate(m_providers, request.account.provider);
        if (!resolution.ok) {
            done(failed(ResultKind::SecretUnavailable, plainText(m_redactor.redact(resolution.error), kMaximumDetailLength),
                        realUpdate));
            return;
        }
        for (const auto &value : resolution.values)
            m_redactor.addSecret(value);
        SecretValues secrets = resolution.values;
        secrets.insert(request.typedSecrets);
        run(request, secrets, context, done);
    });
}

void AccountChecker::run(const AccountCheckRequest &request, const SecretValues &secrets, QObject *context,
                         Callback done) const
{
    const ProviderDescriptor *descriptor = m_providers.find(request.account.provider);
    const bool realUpdate = sendsRealUpdate(m_providers, request.account.provider);
    if (!descriptor) {
        done(failed(ResultKind::ConfigError, Text::tr("unknown provider \"%1\"").arg(request.account.provider), realUpdate));
        return;
    }
    QList<ConfigIssue> issues;
    const std::unique_ptr<Provider> provider = descriptor->create(
        ProviderAccount{request.account.id, request.account.endpoint, request.account.settings}, issues);
    if (!provider) {
        QStringList problems;
        for (const auto &issue : std::as_const(issues))
            problems.append(issue.toString());
        done(failed(ResultKind::ConfigError, problems.join(QStringLiteral("; ")), realUpdate));
        return;
    }
    std::unique_ptr<ProviderJob> job;
    if (realUpdate) {
        if (request.record.name.isEmpty()) {
            done(failed(ResultKind::ConfigError,
                        Text::tr("enter the record's name first: this service is tested with a real update of it"),
                        true));
            return;
        }
        if (request.address.isNull()) {
            done(failed(ResultKind::NoAddress,
                        Text::tr("Homing has not found this computer's public address yet, so there is nothing to "
                                 "send"),
                        true));
            return;
        }
        job = provider->createUpdateJob(RecordTarget{request.record, request.address}, secrets);
    } else {
        job = provider->createCheckJob(request.record, secrets);
    }
    if (!job) {
        done(failed(ResultKind::ConfigError, Text::tr("this provider has no way to test an account"), realUpdate));
        return;
    }
    const JobContext jobContext{transportOptionsFor(request.userAgent, request.timeoutSeconds, request.account.caFile,
                                                    request.account.proxy),
                                request.account.allowInsecureHttp, &m_redactor,
                                DnsTransportOptions{request.timeoutSeconds * 1000, 3}};
    JobRunner runner(m_http, m_dns, m_clock);
    Redactor *redactor = &m_redactor;
    runner.run(std::move(job), 1, jobContext, context, [redactor, realUpdate, done](const QList<UpdateResult> &results) {
        UpdateResult result = results.value(0, UpdateResult::make(ResultKind::BadResponse));
        result.detail = plainText(redactor->redact(result.detail), kMaximumDetailLength);
        done({realUpdate, result});
    });
}

} // namespace homing
