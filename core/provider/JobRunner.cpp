#include "provider/JobRunner.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/PlainText.h"
#include "net/RequestPolicy.h"
#include "secrets/Redactor.h"

#include <QCoreApplication>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::JobRunner)
};

struct RunningJob : std::enable_shared_from_this<RunningJob> {
    std::unique_ptr<ProviderJob> job;
    JobContext context;
    QObject *owner = nullptr;
    HttpClient *http = nullptr;
    DnsTransport *dns = nullptr;
    const Clock *clock = nullptr;
    JobRunner::Callback callback;
    qsizetype recordCount = 1;
    int steps = 0;

    // A result that stands for every record of the job.
    void done(UpdateResult result)
    {
        result.detail = plainText(result.detail, kMaximumDetailLength);
        callback(QList<UpdateResult>(recordCount, result));
    }

    void advance(const ProviderStep &step, const HttpReply *lastReply)
    {
        if (step.finished) {
            QList<UpdateResult> results = step.results;
            if (results.size() == 1 && recordCount > 1)
                results = QList<UpdateResult>(recordCount, results.first());
            if (results.size() != recordCount) {
                done(UpdateResult::make(ResultKind::BadResponse, Text::tr("the answer did not cover every record")));
                return;
            }
            // Retry-After comes with 429 and 503 alike; honour it for any transient failure.
            for (UpdateResult &result : results) {
                result.detail = plainText(result.detail, kMaximumDetailLength);
                const bool transient = !isSuccess(result.kind) && !isFatal(result.kind);
                if (transient && !result.retryAfterSeconds && lastReply)
                    result.retryAfterSeconds = lastReply->retryAfterSeconds(clock->now());
            }
            callback(results);
            return;
        }
        if (++steps > JobRunner::kMaximumSteps) {
            done(UpdateResult::make(ResultKind::BadResponse, Text::tr("the provider kept asking for more requests")));
            return;
        }
        if (step.dnsRequest) {
            ask(*step.dnsRequest);
            return;
        }
        // Qt never sends loopback requests through the system proxy, but an account's own proxy is used for them.
        const bool throughProxy = context.transport.proxy && context.transport.proxy->type() != QNetworkProxy::NoProxy;
        const QString refusal = refusalReason(step.request, context.allowInsecureHttp, throughProxy);
        if (!refusal.isEmpty()) {
            qCWarning(lcNetwork).noquote() << refusal;
            done(UpdateResult::make(ResultKind::ConfigError, refusal));
            return;
        }
        if (context.redactor && step.request.carriesCredential) {
            const QList<QByteArray> authorization = step.request.header("Authorization").split(' ');
            if (authorization.size() == 2)
                context.redactor->addSecret(QString::fromLatin1(authorization.at(1)));
        }
        if (context.redactor) {
            for (const QString &value : std::as_const(step.request.sensitiveValues))
                context.redactor->addSecret(value);
        }
        qCDebug(lcNetwork).noquote() << step.request.method << describeEndpoint(step.request.url);
        http->send(step.request, context.transport, owner, [self = shared_from_this()](const HttpReply &reply) {
            self->received(reply);
        });
    }

    void ask(const DnsRequest &request)
    {
        qCDebug(lcNetwork).noquote() << "DNS" << (request.tsig ? "signed" : "unsigned") << "message to"
                                     << request.where();
        DnsClient client(*dns, *clock);
        client.ask(request, context.dns, owner, [self = shared_from_this()](const DnsAnswer &answer) {
            self->answered(answer);
        });
    }

    void answered(DnsAnswer answer)
    {
        if (context.redactor)
            answer.errorText = context.redactor->redact(answer.errorText);
        if (answer.error != DnsTransportError::None) {
            qCDebug(lcNetwork).noquote() << "no DNS answer:" << answer.errorText;
            done(resultForDnsTransportError(answer));
            return;
        }
        qCDebug(lcNetwork).noquote() << "DNS" << DnsMessage::rcodeName(answer.message->rcode)
                                     << (answer.overTcp ? "over TCP" : "over UDP");
        advance(job->handleDnsAnswer(answer), nullptr);
    }

    void received(HttpReply reply)
    {
        // The job sees the answer with every known secret already taken out,
        // before anything reshapes it (collapses whitespace, cuts it short)
        // into a spelling the redactor would no longer recognise.
        if (context.redactor) {
            reply.body = context.redactor->redact(reply.body);
            reply.errorText = context.redactor->redact(reply.errorText);
            for (auto &header : reply.headers)
                header.second = context.redactor->redact(header.second);
        }
        if (reply.error != TransportError::None) {
            qCDebug(lcNetwork).noquote() << "no answer:" << reply.errorText;
            done(resultForTransportError(reply));
            return;
        }
        qCDebug(lcNetwork) << "HTTP" << reply.status << reply.body.size() << "bytes";
        if (reply.status >= 300 && reply.status < 400) {
            // Credentials never follow redirects; a provider that moved must be reconfigured.
            done(UpdateResult::make(ResultKind::BadResponse,
                                    Text::tr("the provider redirected to %1; set the account's endpoint to the new address")
                                        .arg(describeEndpoint(QUrl(QString::fromLatin1(reply.header("Location")))))));
            return;
        }
        advance(job->handleReply(reply), &reply);
    }
};

} // namespace

UpdateResult resultForTransportError(const HttpReply &reply)
{
    switch (reply.error) {
    case TransportError::None:
        break;
    case TransportError::Timeout:
        return UpdateResult::make(ResultKind::NetworkError, Text::tr("no answer in time"));
    case TransportError::ConnectionFailed:
        return UpdateResult::make(ResultKind::NetworkError, reply.errorText);
    case TransportError::Tls:
        return UpdateResult::make(ResultKind::TlsError, reply.errorText);
    case TransportError::TooLarge:
        return UpdateResult::make(ResultKind::BadResponse, Text::tr("the answer was larger than Homing accepts"));
    case TransportError::Other:
        return UpdateResult::make(ResultKind::NetworkError, reply.errorText);
    }
    return UpdateResult::make(ResultKind::BadResponse, reply.errorText);
}

UpdateResult resultForDnsTransportError(const DnsAnswer &answer)
{
    if (answer.error == DnsTransportError::Other)
        return UpdateResult::make(ResultKind::BadResponse, answer.errorText);
    return UpdateResult::make(ResultKind::NetworkError, answer.errorText);
}

JobRunner::JobRunner(HttpClient &http, DnsTransport &dns, const Clock &clock)
    : m_http(http)
    , m_dns(dns)
    , m_clock(clock)
{
}

void JobRunner::run(std::unique_ptr<ProviderJob> job, qsizetype recordCount, const JobContext &context, QObject *owner,
                    Callback done)
{
    auto running = std::make_shared<RunningJob>();
    running->job = std::move(job);
    running->context = context;
    running->owner = owner;
    running->http = &m_http;
    running->dns = &m_dns;
    running->clock = &m_clock;
    running->callback = std::move(done);
    running->recordCount = recordCount;
    running->advance(running->job->start(), nullptr);
}

} // namespace homing
