#pragma once

#include "address/AddressFamily.h"
#include "address/IpSource.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace homing {

class Clock;

struct DetectionResult {
    AddressFamily family = AddressFamily::IPv4;
    QHostAddress address; // the accepted address; null when none was accepted
    QList<SourceAnswer> answers;
    QDateTime checkedAt;
    QString error; // why no address was accepted

    bool accepted() const { return !address.isNull(); }
    // How many sources gave the accepted address.
    int agreeingSources() const;
};

// {"address", "checked_at", "error", "sources": [{"source", "address", "error"}]}:
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

// Asks all sources of one family in parallel and applies the consensus rule.
class AddressDetector
{
public:
    using Callback = std::function<void(const DetectionResult &)>;

    AddressDetector(AddressFamily family, std::vector<std::unique_ptr<IpSource>> sources, int minAgree,
                    const Clock &clock);
    ~AddressDetector();

    AddressFamily family() const { return m_family; }
    void detect(QObject *context, Callback done);

private:
    AddressFamily m_family;
    std::vector<std::unique_ptr<IpSource>> m_sources;
    int m_minAgree;
    const Clock &m_clock;
};

} // namespace homing
