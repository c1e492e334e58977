#include "address/DetectionPolicy.h"

#include "address/AddressClassifier.h"

#include <QCoreApplication>

#include <algorithm>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::DetectionPolicy)
};

} // namespace

DetectionPolicy::DetectionPolicy(AddressFamily family, DetectionPolicySettings settings,
                                 std::optional<DetectionResult> previous)
    : m_family(family)
    , m_settings(settings)
    , m_previous(std::move(previous))
{
}

DetectionPolicy::LocalReading DetectionPolicy::read(const QList<KindedAnswer> &local) const
{
    LocalReading reading;
    for (const auto &[kind, answer] : local) {
        const bool router = kind == SourceKind::Router;
        reading.routerListed = reading.routerListed || router;
        if (router && answer.wanNotPublic) {
            reading.natSignal = true;
            reading.natKind = NatFinding::Kind::CarrierGrade;
            // A router source gives no address then; the router's own, when
            // it told one, is its candidate (RouterSource).
            reading.routerAddress = answer.address.isNull() && !answer.candidates.isEmpty()
                                        ? answer.candidates.first().address
                                        : answer.address;
            reading.fromRouter = true;
        }
        if (answer.address.isNull())
            continue;
        if (!reading.answered) {
            reading.answered = true;
            reading.address = answer.address;
        } else if (answer.address != reading.address) {
            reading.agree = false;
        }
        if (!router)
            continue;
        reading.fromRouter = true;
        const AddressScope scope = classifyAddress(answer.address).scope;
        if (scope == AddressScope::SharedCgnat || scope == AddressScope::Private) {
            // A shared address is the provider's NAT; a private one another
            // router's (the user's or the provider's).
            if (!reading.natSignal || scope == AddressScope::SharedCgnat)
                reading.natKind = scope == AddressScope::SharedCgnat ? NatFinding::Kind::CarrierGrade
                                                                     : NatFinding::Kind::DoubleNat;
            reading.natSignal = true;
            reading.routerAddress = answer.address;
        }
    }
    reading.isPublic = reading.answered && classifyAddress(reading.address).isPublic();
    return reading;
}

bool DetectionPolicy::crossCheckDue(const QDateTime &now) const
{
    if (!m_previous || !m_previous->echoCheckedAt.isValid())
        return true;
    const qint64 interval = qint64(m_settings.crossCheckHours * 3600.0);
    return m_previous->echoCheckedAt.secsTo(now) >= interval;
}

bool DetectionPolicy::localChanged(const LocalReading &reading) const
{
    return !m_previous || m_previous->localAddress != reading.address;
}

bool DetectionPolicy::sameDoubleNat(const LocalReading &reading) const
{
    return m_previous && m_previous->nat.detected && m_previous->nat.kind == NatFinding::Kind::DoubleNat
           && reading.fromRouter && m_previous->nat.routerAddress == reading.address;
}

int DetectionPolicy::echoMinAgree(qsizetype echoSources) const
{
    return std::max(1, std::min(m_settings.minAgree, int(echoSources)));
}

bool DetectionPolicy::needsEcho(const QList<KindedAnswer> &local, qsizetype echoSources, const QDateTime &now) const
{
    if (echoSources == 0)
        return false;
    const LocalReading reading = read(local);
    if (reading.natSignal) {
        // Behind the provider's NAT only the echo services see the public
        // address: always needed when it is published, otherwise to learn it.
        const bool publicKnown = m_previous && m_previous->nat.detected && !m_previous->nat.publicAddress.isNull();
        return m_settings.publishBehindCgnat || !publicKnown || localChanged(reading) || crossCheckDue(now);
    }
    if (!reading.usable())
        return true;
    if (!reading.fromRouter)
        return false; // the host's own public address: nothing to cross-check
    if (sameDoubleNat(reading) && m_settings.publishBehindCgnat)
        return true;
    return localChanged(reading) || crossCheckDue(now);
}

DetectionResult DetectionPolicy::decide(const QList<KindedAnswer> &local, const QList<SourceAnswer> &echo,
                                        bool echoAsked, qsizetype echoSources, const QDateTime &now) const
{
    const LocalReading reading = read(local);
    const NatFinding previousNat = m_previous ? m_previous->nat : NatFinding{};

    DetectionResult result;
    result.family = m_family;
    result.checkedAt = now;
    for (const auto &answer : local)
        result.answers.append(answer.answer);
    result.answers.append(echo);
    // What the local sources said, for the next detection to see a change;
    // kept when none of them answered.
    if (reading.answered || reading.fromRouter)
        result.localAddress = reading.agree ? reading.address : QHostAddress();
    else if (m_previous)
        result.localAddress = m_previous->localAddress;
    result.echoCheckedAt = m_previous ? m_previous->echoCheckedAt : QDateTime();

    std::optional<DetectionResult> echoConsensus;
    if (echoAsked && echoSources > 0) {
        echoConsensus = decideByConsensus(m_family, echo, echoMinAgree(echoSources));
        if (echoConsensus->accepted())
            result.echoCheckedAt = now;
    }
    const bool echoAgreed = echoConsensus && echoConsensus->accepted();

    // Behind NAT: nothing is accepted unless the user insists, and then what
    // the echo services agree on.
    const auto behindNat = [&](NatFinding finding) {
        finding.detected = true;
        finding.since = previousNat.detected && previousNat.since.isValid() ? previousNat.since : now;
        finding.publishing = m_settings.publishBehindCgnat;
        if (echoAgreed)
            finding.publicAddress = echoConsensus->address;
        result.nat = finding;
        if (!m_settings.publishBehindCgnat)
            result.error = finding.refusal();
        else if (echoAgreed)
            result.address = echoConsensus->address;
        else if (echoConsensus)
            result.error = echoConsensus->error;
        else
            result.error = Text::tr("behind carrier-grade or double NAT only the echo services know the public "
                                    "address, and none is listed in ip.ipv4.sources");
        return result;
    };

    if (reading.natSignal) {
        NatFinding finding;
        finding.kind = reading.natKind;
        finding.routerAddress = reading.routerAddress;
        finding.publicAddress = previousNat.publicAddress;
        return behindNat(finding);
    }

    if (!reading.usable()) {
        // No router answered this time: what was found before still holds.
        if (!reading.fromRouter && reading.routerListed && previousNat.detected)
            return behindNat(previousNat);
        if (echoConsensus) {
            result.address = echoConsensus->address;
            result.error = echoConsensus->error;
        } else {
            // Nothing else to ask: the local answers decide as echo answers would.
            const DetectionResult byLocal = decideByConsensus(m_family, result.answers, 1);
            result.address = byLocal.address;
            result.error = byLocal.error;
        }
        return result;
    }

    if (echoAgreed && echoConsensus->address != reading.address && reading.fromRouter) {
        NatFinding finding;
        finding.kind = NatFinding::Kind::DoubleNat;
        finding.routerAddress = reading.address;
        return behindNat(finding);
    }
    // Not contradicted this time; a double NAT found before stands until a
    // cross-check agrees with the router.
    if (!echoAgreed && sameDoubleNat(reading))
        return behindNat(previousNat);
    result.address = reading.address;
    return result;
}

} // namespace homing
