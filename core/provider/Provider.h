#pragma once

#include "config/ConfigIssue.h"
#include "dns/DnsClient.h"
#include "net/HttpMessage.h"
#include "result/UpdateResult.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace homing {

// What a provider is told about the account it serves (secrets come later,
// per update, because they can change while Homing runs).
struct ProviderAccount {
    QString id;
    QUrl endpoint;        // empty unless the user overrode the provider's base URL
    QJsonObject settings; // declared defaults filled in
};

// A record as configured: name is the FQDN in ASCII (punycode), lower case.
struct RecordSpec {
    QString name;
    QString type; // "A" or "AAAA"
    int ttl = 0;  // 0: the provider's default
    QJsonObject settings;
};

struct RecordTarget {
    RecordSpec record;
    QHostAddress address;
};

using SecretValues = QHash<QString, QString>;

// One step of an update: send this HTTP request, or this DNS message, or
// the job is finished.
struct ProviderStep {
    bool finished = false;
    HttpRequest request;
    std::optional<DnsRequest> dnsRequest; // set: a DNS message, not `request`
    // One result per record of the job, in the job's order; or a single
    // result that stands for every record (an account-wide answer).
    QList<UpdateResult> results;

    static ProviderStep send(HttpRequest request) { return {false, std::move(request), std::nullopt, {}}; }
    static ProviderStep ask(DnsRequest request) { return {false, {}, std::move(request), {}}; }
    static ProviderStep finish(UpdateResult result) { return {true, {}, std::nullopt, {std::move(result)}}; }
    static ProviderStep finish(ResultKind kind, const QString &detail = {})
    {
        return finish(UpdateResult::make(kind, detail));
    }
    static ProviderStep finishEach(QList<UpdateResult> results) { return {true, {}, std::nullopt, std::move(results)}; }
    // The result of a job of one record.
    UpdateResult result() const { return results.value(0); }
};

// One record update as a little state machine: the provider builds requests
// and classifies replies; the core sends them, enforces the wire policy,
// and keeps state, history and retries. Jobs never do I/O themselves.
class ProviderJob
{
public:
    virtual ~ProviderJob() = default;
    virtual ProviderStep start() = 0;
    // Called with each HTTP answer. Transport failures (no answer, TLS,
    // timeouts) never reach the job: the core classifies them for every provider.
    virtual ProviderStep handleReply(const HttpReply &reply) = 0;
    // Called with each DNS answer, for jobs that ask DNS servers (RFC 2136).
    // As with HTTP, no answer at all (timeout, refused) never reaches the job;
    // the signature's verdict does: the job decides what an unsigned answer means.
    virtual ProviderStep handleDnsAnswer(const DnsAnswer &answer)
    {
        Q_UNUSED(answer);
        return ProviderStep::finish(ResultKind::BadResponse);
    }
};

class Provider
{
public:
    virtual ~Provider() = default;
    // Checks beyond the declared fields (TTL range, name shape). Paths are
    // relative to the record ("ttl", "settings.proxied").
    virtual QList<ConfigIssue> validateRecord(const RecordSpec &record) const
    {
        Q_UNUSED(record);
        return {};
    }
    virtual std::unique_ptr<ProviderJob> createUpdateJob(const RecordTarget &target,
                                                         const SecretValues &secrets) const = 0;

    // How many records one request may carry (dyndns2's comma-separated
    // hostnames, DuckDNS's domains). The core puts records together only
    // when they take the same address, never more than this.
    virtual int batchLimit() const { return 1; }
    // A job for several records of one account that take the same address;
    // it finishes with one result per target, in order. Only called with
    // more than one target when batchLimit() allows it.
    virtual std::unique_ptr<ProviderJob> createBatchUpdateJob(const QList<RecordTarget> &targets,
                                                              const SecretValues &secrets) const
    {
        Q_ASSERT(targets.size() == 1);
        return createUpdateJob(targets.first(), secrets);
    }
    // A check of the account that changes nothing at the provider, for the
    // editor's Test button; null when every call the provider has is an
    // update (the dyndns2 family). `record` may have an empty name: the
    // user has not named one yet. Declare ProviderDescriptor::readOnlyCheck
    // along with it. The job finishes with Ok (what it found, in `detail`)
    // or the failure the update would meet.
    virtual std::unique_ptr<ProviderJob> createCheckJob(const RecordSpec &record, const SecretValues &secrets) const
    {
        Q_UNUSED(record);
        Q_UNUSED(secrets);
        return nullptr;
    }
    // How many jobs of one account may be in flight at once. Accounts always
    // run side by side; 1 for services that count rapid requests as abuse.
    virtual int parallelLimit() const { return 4; }
};

} // namespace homing
