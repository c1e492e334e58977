#pragma once

#include "dns/DnsTransport.h"
#include "net/HttpClient.h"
#include "provider/Provider.h"

#include <QObject>

#include <functional>
#include <memory>

namespace homing {

class Clock;

class Redactor;

struct JobContext {
    TransportOptions transport;
    bool allowInsecureHttp = false;
    // Learns the credentials requests carry in derived forms (a Basic
    // authorization's base64), so that an answer echoing them is redacted.
    Redactor *redactor = nullptr;
    DnsTransportOptions dns;
};

// Drives one ProviderJob: sends each request it asks for (after the wire
// policy allows it) or each DNS message, hands the answers back to it, and
// turns transport failures into results itself, the same way for every provider.
class JobRunner
{
public:
    // One result per record of the job, in the job's order.
    using Callback = std::function<void(const QList<UpdateResult> &)>;

    JobRunner(HttpClient &http, DnsTransport &dns, const Clock &clock);
    void run(std::unique_ptr<ProviderJob> job, qsizetype recordCount, const JobContext &context, QObject *owner,
             Callback done);

    static constexpr int kMaximumSteps = 12;

private:
    HttpClient &m_http;
    DnsTransport &m_dns;
    const Clock &m_clock;
};

// How a reply without an HTTP answer is reported.
UpdateResult resultForTransportError(const HttpReply &reply);
// How a DNS message without an answer is reported.
UpdateResult resultForDnsTransportError(const DnsAnswer &answer);

} // namespace homing
