#include "address/AddressDetector.h"

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

QJsonValue lifetimeToJson(qint64 seconds)
{
    return seconds < 0 ? QJsonValue() : QJsonValue(seconds);
}

QJsonObject candidateToJson(const AddressCandidate &candidate)
{
    QJsonObject object;
    object.insert(QStringLiteral("address"), candidate.address.toString());
    object.insert(QStringLiteral("interface"), candidate.interfaceName);
    object.insert(QStringLiteral("prefix_length"), candidate.prefixLength);
    object.insert(QStringLiteral("flags"), QJsonArray::fromStringList(candidate.flags));
    object.insert(QStringLiteral("suffix_kind"), candidate.suffixKind);
    object.insert(QStringLiteral("preferred_lifetime"), lifetimeToJson(candidate.preferredLifetime));
    object.insert(QStringLiteral("valid_lifetime"), lifetimeToJson(candidate.validLifetime));
    object.insert(QStringLiteral("chosen"), candidate.chosen);
    object.insert(QStringLiteral("reason"), candidate.reason);
    return object;
}

AddressCandidate candidateFromJson(const QJsonObject &object)
{
    AddressCandidate candidate;
    candidate.address = QHostAddress(object.value(QStringLiteral("address")).toString());
    candidate.interfaceName = object.value(QStringLiteral("interface")).toString();
    candidate.prefixLength = object.value(QStringLiteral("prefix_length")).toInt(-1);
    for (const auto &flag : object.value(QStringLiteral("flags")).toArray())
        candidate.flags.append(flag.toString());
    candidate.suffixKind = object.value(QStringLiteral("suffix_kind")).toString();
    const auto lifetime = [&object](const QString &key) {
        const QJsonValue value = object.value(key);
        return value.isDouble() ? qint64(value.toDouble()) : qint64(-1);
    };
    candidate.preferredLifetime = lifetime(QStringLiteral("preferred_lifetime"));
    candidate.validLifetime = lifetime(QStringLiteral("valid_lifetime"));
    candidate.chosen = object.value(QStringLiteral("chosen")).toBool();
    candidate.reason = object.value(QStringLiteral("reason")).toString();
    return candidate;
}

} // namespace

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
        if (!answer.candidates.isEmpty()) {
            QJsonArray candidates;
            for (const auto &candidate : answer.candidates)
                candidates.append(candidateToJson(candidate));
            source.insert(QStringLiteral("candidates"), candidates);
        }
        sources.append(source);
    }
    object.insert(QStringLiteral("sources"), sources);
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
        for (const auto &candidate : source.value(QStringLiteral("candidates")).toArray())
            answer.candidates.append(candidateFromJson(candidate.toObject()));
        result.answers.append(answer);
    }
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

AddressDetector::AddressDetector(AddressFamily family, std::vector<std::unique_ptr<IpSource>> sources,
                                 int minAgree, const Clock &clock)
    : m_family(family)
    , m_sources(std::move(sources))
    , m_minAgree(minAgree)
    , m_clock(clock)
{
}

AddressDetector::~AddressDetector() = default;

void AddressDetector::detect(QObject *context, Callback done)
{
    struct Pending {
        QList<SourceAnswer> answers;
        size_t outstanding = 0;
        Callback done;
    };
    auto pending = std::make_shared<Pending>();
    pending->outstanding = m_sources.size();
    pending->done = std::move(done);
    pending->answers.resize(qsizetype(m_sources.size()));
    if (m_sources.empty()) {
        DetectionResult result = decideByConsensus(m_family, {}, m_minAgree);
        result.checkedAt = m_clock.now();
        pending->done(result);
        return;
    }
    for (size_t i = 0; i < m_sources.size(); ++i) {
        // Captures values, not `this`: answers may arrive after the detector is replaced.
        m_sources[i]->query(m_family, context, [family = m_family, minAgree = m_minAgree, clock = &m_clock, pending,
                                                i](const SourceAnswer &answer) {
            pending->answers[qsizetype(i)] = answer;
            if (--pending->outstanding > 0)
                return;
            DetectionResult result = decideByConsensus(family, pending->answers, minAgree);
            result.checkedAt = clock->now();
            if (result.accepted())
                qCDebug(lcDetect) << addressFamilyKey(family) << "accepted" << result.address.toString();
            else
                qCWarning(lcDetect).noquote() << addressFamilyKey(family) << "address not accepted:" << result.error;
            pending->done(result);
        });
    }
}

} // namespace homing
