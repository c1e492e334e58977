#include "address/AddressDetector.h"

#include "address/DetectionPolicy.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::AddressDetector)
};

} // namespace

namespace {

// A lifetime in seconds, or null for an infinite one.
QJsonValue lifetimeToJson(qint64 seconds)
{
    return seconds < 0 ? QJsonValue() : QJsonValue(seconds);
}

qint64 lifetimeFromJson(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

} // namespace

QJsonArray candidatesToJson(const QList<AddressCandidate> &candidates)
{
    QJsonArray array;
    for (const AddressCandidate &candidate : candidates) {
        array.append(QJsonObject{
            {QStringLiteral("address"), candidate.address.toString()},
            {QStringLiteral("interface"), candidate.interfaceName},
            {QStringLiteral("prefix_length"), candidate.prefixLength},
            {QStringLiteral("flags"), QJsonArray::fromStringList(candidate.flags)},
            {QStringLiteral("suffix_kind"), candidate.suffixKind},
            {QStringLiteral("preferred_lifetime"), lifetimeToJson(candidate.preferredLifetime)},
            {QStringLiteral("valid_lifetime"), lifetimeToJson(candidate.validLifetime)},
            {QStringLiteral("chosen"), candidate.chosen},
            {QStringLiteral("reason"), candidate.reason},
        });
    }
    return array;
}

QList<AddressCandidate> candidatesFromJson(const QJsonArray &array)
{
    QList<AddressCandidate> candidates;
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        AddressCandidate candidate;
        candidate.address = QHostAddress(object.value(QStringLiteral("address")).toString());
        candidate.interfaceName = object.value(QStringLiteral("interface")).toString();
        candidate.prefixLength = object.value(QStringLiteral("prefix_length")).toInt(-1);
        for (const auto &flag : object.value(QStringLiteral("flags")).toArray())
            candidate.flags.append(flag.toString());
        candidate.suffixKind = object.value(QStringLiteral("suffix_kind")).toString();
        candidate.preferredLifetime = lifetimeFromJson(object.value(QStringLiteral("preferred_lifetime")));
        candidate.validLifetime = lifetimeFromJson(object.value(QStringLiteral("valid_lifetime")));
        candidate.chosen = object.value(QStringLiteral("chosen")).toBool();
        candidate.reason = object.value(QStringLiteral("reason")).toString();
        candidates.append(candidate);
    }
    return candidates;
}

QJsonObject detectionToJson(const DetectionResult &result)
{
    QJsonObject object;
    object.insert(QStringLiteral("address"), result.accepted() ? QJsonValue(result.address.toString()) : QJsonValue());
    object.insert(QStringLiteral("checked_at"), isoUtcOrNull(result.checkedAt));
    object.insert(QStringLiteral("error"), result.error.isEmpty() ? QJsonValue() : QJsonValue(result.error));
    QJsonArray sources;
    for (const auto &answer : result.answers) {
        QJsonObject source;
        source.insert(QStringLiteral("source"), answer.source);
        source.insert(QStringLiteral("address"),
                      answer.address.isNull() ? QJsonValue() : QJsonValue(answer.address.toString()));
        source.insert(QStringLiteral("error"), answer.error.isEmpty() ? QJsonValue() : QJsonValue(answer.error));
        if (answer.wanNotPublic)
            source.insert(QStringLiteral("wan_not_public"), true);
        if (!answer.candidates.isEmpty())
            source.insert(QStringLiteral("candidates"), candidatesToJson(answer.candidates));
        sources.append(source);
    }
    object.insert(QStringLiteral("sources"), sources);
    object.insert(QStringLiteral("echo_checked_at"), isoUtcOrNull(result.echoCheckedAt));
    object.insert(QStringLiteral("local_address"),
                  result.localAddress.isNull() ? QJsonValue() : QJsonValue(result.localAddress.toString()));
    object.insert(QStringLiteral("nat"), natFindingToJson(result.nat));
    return object;
}

DetectionResult detectionFromJson(AddressFamily family, const QJsonObject &object)
{
    DetectionResult result;
    result.family = family;
    result.address = QHostAddress(object.value(QStringLiteral("address")).toString());
    result.checkedAt = fromIsoUtc(object.value(QStringLiteral("checked_at")));
    result.error = object.value(QStringLiteral("error")).toString();
    for (const auto &value : object.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject source = value.toObject();
        SourceAnswer answer(source.value(QStringLiteral("source")).toString(),
                            QHostAddress(source.value(QStringLiteral("address")).toString()),
                            source.value(QStringLiteral("error")).toString());
        answer.wanNotPublic = source.value(QStringLiteral("wan_not_public")).toBool();
        answer.candidates = candidatesFromJson(source.value(QStringLiteral("candidates")).toArray());
        result.answers.append(answer);
    }
    result.echoCheckedAt = fromIsoUtc(object.value(QStringLiteral("echo_checked_at")));
    result.localAddress = QHostAddress(object.value(QStringLiteral("local_address")).toString());
    result.nat = natFindingFromJson(object.value(QStringLiteral("nat")));
    return result;
}

int DetectionResult::agreeingSources() const
{
    if (!accepted())
        return 0;
    return int(std::count_if(answers.cbegin(), answers.cend(), [this](const SourceAnswer &answer) {
        return answer.address == address;
    }));
}

DetectionResult decideByConsensus(AddressFamily family, const QList<SourceAnswer> &answers, int minAgree)
{
    DetectionResult result;
    result.family = family;
    result.answers = answers;

    QList<QPair<QHostAddress, int>> votes;
    for (const auto &answer : answers) {
        if (answer.address.isNull())
            continue;
        auto it = std::find_if(votes.begin(), votes.end(), [&](const auto &vote) { return vote.first == answer.address; });
        if (it == votes.end())
            votes.append({answer.address, 1});
        else
            ++it->second;
    }
    if (votes.isEmpty()) {
        result.error = Text::tr("no source gave an address");
        return result;
    }
    std::stable_sort(votes.begin(), votes.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    const auto &best = votes.first();
    if (votes.size() > 1 && votes.at(1).second == best.second) {
        QStringList tally;
        for (const auto &[address, count] : votes)
            tally.append(QStringLiteral("%1 (%2)").arg(address.toString()).arg(count));
        result.error = Text::tr("the sources disagree: %1").arg(tally.join(QStringLiteral(", ")));
        return result;
    }
    if (best.second < minAgree) {
        result.error = Text::tr("only %1 source(s) gave %2, but %3 must agree (min_agree)")
                           .arg(best.second)
                           .arg(best.first.toString())
                           .arg(minAgree);
        return result;
    }
    result.address = best.first;
    return result;
}

AddressDetector::AddressDetector(AddressFamily family, Sources sources, int minAgree, const Clock &clock)
    : m_family(family)
    , m_sources(std::make_shared<Sources>(std::move(sources)))
    , m_minAgree(minAgree)
    , m_clock(clock)
{
}

AddressDetector::~AddressDetector() = default;

void AddressDetector::setPolicy(double crossCheckHours, bool publishBehindCgnat, std::optional<DetectionResult> previous)
{
    m_crossCheckHours = crossCheckHours;
    m_publishBehindCgnat = publishBehindCgnat;
    m_previous = std::move(previous);
}

void AddressDetector::detect(QObject *context, Callback done)
{
    const bool anyLocal = std::any_of(m_sources->cbegin(), m_sources->cend(),
                                      [](const auto &source) { return source->kind() != SourceKind::Echo; });
    if (anyLocal)
        detectLocalFirst(context, std::move(done));
    else
        detectByConsensus(context, std::move(done));
}

namespace {

void logResult(const DetectionResult &result)
{
    if (result.accepted())
        qCDebug(lcDetect) << addressFamilyKey(result.family) << "accepted" << result.address.toString();
    else
        qCWarning(lcDetect).noquote() << addressFamilyKey(result.family) << "address not accepted:" << result.error;
}

// Asks `sources` in parallel; calls `done` with their answers, in order, once all are in.
void askAll(const std::vector<IpSource *> &sources, AddressFamily family, QObject *context,
            std::function<void(const QList<SourceAnswer> &)> done)
{
    struct Pending {
        QList<SourceAnswer> answers;
        size_t outstanding = 0;
        std::function<void(const QList<SourceAnswer> &)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->outstanding = sources.size();
    pending->done = std::move(done);
    pending->answers.resize(qsizetype(sources.size()));
    if (sources.empty()) {
        pending->done({});
        return;
    }
    for (size_t i = 0; i < sources.size(); ++i) {
        sources[i]->query(family, context, [pending, i](const SourceAnswer &answer) {
            pending->answers[qsizetype(i)] = answer;
            if (--pending->outstanding == 0)
                pending->done(pending->answers);
        });
    }
}

} // namespace

void AddressDetector::detectLocalFirst(QObject *context, Callback done)
{
    std::vector<IpSource *> local;
    std::vector<IpSource *> echo;
    QList<SourceKind> localKinds;
    for (const auto &source : *m_sources) {
        if (source->kind() == SourceKind::Echo) {
            echo.push_back(source.get());
        } else {
            local.push_back(source.get());
            localKinds.append(source->kind());
        }
    }
    const DetectionPolicySettings settings{.minAgree = m_minAgree,
                                           .crossCheckHours = m_crossCheckHours,
                                           .publishBehindCgnat = m_publishBehindCgnat};
    auto policy = std::make_shared<DetectionPolicy>(m_family, settings, m_previous);
    // Captures values, not `this`: answers may arrive after the detector is replaced.
    askAll(local, m_family, context,
           [sources = m_sources, family = m_family, clock = &m_clock, policy, localKinds, echo, context,
            done = std::move(done)](const QList<SourceAnswer> &localAnswers) mutable {
        QList<KindedAnswer> kinded;
        for (qsizetype i = 0; i < localAnswers.size(); ++i)
            kinded.append(KindedAnswer{localKinds.at(i), localAnswers.at(i)});
        const auto echoCount = qsizetype(echo.size());
        if (!policy->needsEcho(kinded, echoCount, clock->now())) {
            qCDebug(lcDetect) << addressFamilyKey(family) << "local sources suffice; echo services not asked";
            const DetectionResult result = policy->decide(kinded, {}, false, echoCount, clock->now());
            logResult(result);
            done(result);
            return;
        }
        qCDebug(lcDetect) << addressFamilyKey(family) << "asking the echo services";
        askAll(echo, family, context,
               [sources, clock, policy, kinded, echoCount, done = std::move(done)](const QList<SourceAnswer> &echoAnswers) {
            const DetectionResult result = policy->decide(kinded, echoAnswers, true, echoCount, clock->now());
            logResult(result);
            done(result);
        });
    });
}

void AddressDetector::detectByConsensus(QObject *context, Callback done)
{
    std::vector<IpSource *> sources;
    for (const auto &source : *m_sources)
        sources.push_back(source.get());
    if (sources.empty()) {
        DetectionResult result = decideByConsensus(m_family, {}, m_minAgree);
        result.checkedAt = m_clock.now();
        done(result);
        return;
    }
    // Captures values, not `this`: answers may arrive after the detector is replaced.
    askAll(sources, m_family, context,
           [sources = m_sources, family = m_family, minAgree = m_minAgree, clock = &m_clock,
            done = std::move(done)](const QList<SourceAnswer> &answers) {
        DetectionResult result = decideByConsensus(family, answers, minAgree);
        result.checkedAt = clock->now();
        logResult(result);
        done(result);
    });
}

} // namespace homing
