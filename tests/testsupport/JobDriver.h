#pragma once

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

} // namespace homing::test
