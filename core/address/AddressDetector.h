#pragma once

#include "address/AddressFamily.h"
#include "address/IpSource.h"
#include "address/NatFinding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace homing {

class Clock;

struct DetectionResult {
    AddressFamily family = AddressFamily::IPv4;
    QHostAddress address; // the accepted address; null when none was accepted
    QList<SourceAnswer> answers;
    QDateTime checkedAt;
    QString error; // why no address was accepted
    // The detection policy's memory, carried from one detection to the next
    // (and across restarts in state.json): when the echo services last
    // confirmed an address, what the local sources (router, interface) last
    // said, and whether this host is behind carrier-grade or double NAT.
    QDateTime echoCheckedAt;
    QHostAddress localAddress;
    NatFinding nat;

    bool accepted() const { return !address.isNull(); }
    // How many sources gave the accepted address.
    int agreeingSources() const;
};

// {"address", "checked_at", "error", "sources": [{"source", "address", "error"}],
//  "echo_checked_at", "local_address", "nat"}:
// the shape used in state.json, homing-cli status and homing-cli ip.
QJsonObject detectionToJson(const DetectionResult &result);
// An interface source's candidates, in the shape of `ip --json` (lifetimes in seconds, null: infinite).
QJsonArray candidatesToJson(const QList<AddressCandidate> &candidates);
QList<AddressCandidate> candidatesFromJson(const QJsonArray &array);
DetectionResult detectionFromJson(AddressFamily family, const QJsonObject &object);

// Accepts an address only when at least `minAgree` sources gave it and no
// other address got as many votes, so that one lying or broken echo service
// cannot move a record.
DetectionResult decideByConsensus(AddressFamily family, const QList<SourceAnswer> &answers, int minAgree);

// Without local sources, asks all sources of one family in parallel and
// applies the consensus rule. With local sources (router, interface), asks
// them first and the echo services only when DetectionPolicy says so.
class AddressDetector
{
public:
    using Callback = std::function<void(const DetectionResult &)>;
    using Sources = std::vector<std::unique_ptr<IpSource>>;

    AddressDetector(AddressFamily family, Sources sources, int minAgree, const Clock &clock);
    ~AddressDetector();

    // The cross-check interval, whether to publish behind carrier-grade NAT,
    // and the family's previous detection (from state.json): what the policy
    // measures changes and due cross-checks against.
    void setPolicy(double crossCheckHours, bool publishBehindCgnat, std::optional<DetectionResult> previous);

    AddressFamily family() const { return m_family; }
    void detect(QObject *context, Callback done);

private:
    void detectByConsensus(QObject *context, Callback done);
    void detectLocalFirst(QObject *context, Callback done);

    AddressFamily m_family;
    // Shared with the answers in flight, which may outlive a replaced detector.
    std::shared_ptr<Sources> m_sources;
    int m_minAgree;
    const Clock &m_clock;
    double m_crossCheckHours = 24;
    bool m_publishBehindCgnat = false;
    std::optional<DetectionResult> m_previous;
};

} // namespace homing
