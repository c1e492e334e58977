#pragma once

#include "provider/JobRunner.h"
#include "provider/Provider.h"

#include <QList>

#include <functional>

namespace homing::test {

// Runs a provider job without any network: each request it asks for is
// answered by `answer`. Returns the result and the requests made.
struct JobRun {
    UpdateResult result;          // the first record's
    QList<UpdateResult> results;  // one per record (or one for all)
    QList<HttpRequest> requests;
    QList<DnsRequest> dnsRequests; // driveDnsJob: the DNS messages asked for, unsigned, with their key
};

inline JobRun driveJob(ProviderJob &job, const std::function<HttpReply(const HttpRequest &)> &answer, int maximumSteps = 20)
{
    JobRun run;
    ProviderStep step = job.start();
    while (!step.finished && run.requests.size() < maximumSteps) {
        run.requests.append(step.request);
        step = job.handleReply(answer(step.request));
    }
    run.result = step.result();
    run.results = step.results;
    return run;
}

// Runs a job that asks DNS servers (RFC 2136): each message it asks for is
// answered by `answer`. As in JobRunner, an answer that is a transport error
// (timeout, refused) ends the job without reaching it.
inline JobRun driveDnsJob(ProviderJob &job, const std::function<DnsAnswer(const DnsRequest &)> &answer,
                          int maximumSteps = 20)
{
    JobRun run;
    ProviderStep step = job.start();
    while (!step.finished && run.dnsRequests.size() < maximumSteps) {
        if (!step.dnsRequest) {
            run.requests.append(step.request);
            step = ProviderStep::finish(ResultKind::BadResponse, QStringLiteral("driveDnsJob: the job asked for HTTP"));
            break;
        }
        run.dnsRequests.append(*step.dnsRequest);
        const DnsAnswer reply = answer(*step.dnsRequest);
        if (reply.error != DnsTransportError::None) {
            step = ProviderStep::finish(resultForDnsTransportError(reply));
            break;
        }
        step = job.handleDnsAnswer(reply);
    }
    run.result = step.result();
    run.results = step.results;
    return run;
}

} // namespace homing::test
