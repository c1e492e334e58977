#pragma once

#include "address/AddressDetector.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace homing {

struct DetectionPolicySettings {
    // How many echo services must agree when they decide. Local sources are
    // first-hand and need no quorum; min_agree is capped at the number of
    // echo services listed, so "upnp" plus one echo service still works.
    int minAgree = 1;
    // A router's answer is cross-checked with the echo services when it
    // changes and at least this often (ip.<family>.cross_check_hours).
    double crossCheckHours = 24;
    // Behind carrier-grade or double NAT, publish what the echo services see
    // (ip.ipv4.publish_behind_cgnat).
    bool publishBehindCgnat = false;
};

// One source's answer with the kind of source that gave it.
struct KindedAnswer {
    SourceKind kind = SourceKind::Echo;
    SourceAnswer answer;
};

// Decides a family's address from local sources (router, interface) first,
// asking the echo services no more often than needed:
// - A public address the local sources agree on is accepted without asking
//   the echo services. An interface's address is the host's own and is never
//   cross-checked. A router's is cross-checked when it changed since the last
//   detection, when the last cross-check is older than crossCheckHours (the
//   time is kept in state.json, so a restart does not re-ask), or while a
//   double NAT found earlier persists and the public address is published.
// - When no local source gives a usable address (none answered, they
//   disagree, or the address is not public), the echo services decide by
//   consensus, as without local sources.
// - A router whose WAN address is shared (100.64.0.0/10) or private, or which
//   says it has no public WAN address, means carrier-grade or double NAT; so
//   does a router whose public address is not the one the echo services agree
//   on. Then no address is accepted (the error says why) unless
//   publishBehindCgnat, which publishes the echo services' consensus.
// Pure: the detector asks, the policy decides.
class DetectionPolicy
{
public:
    DetectionPolicy(AddressFamily family, DetectionPolicySettings settings, std::optional<DetectionResult> previous);

    // After the local sources answered: must the echo services be asked?
    bool needsEcho(const QList<KindedAnswer> &local, qsizetype echoSources, const QDateTime &now) const;
    // The detection, from the local answers and the echo answers (empty when
    // they were not asked).
    DetectionResult decide(const QList<KindedAnswer> &local, const QList<SourceAnswer> &echo, bool echoAsked,
                           qsizetype echoSources, const QDateTime &now) const;

private:
    // What the local sources said, taken together.
    struct LocalReading {
        bool routerListed = false; // a router source is configured
        bool answered = false;     // some local source gave an address
        bool agree = true;         // every local address given is the same
        bool fromRouter = false;   // a router gave it
        bool isPublic = false;
        QHostAddress address;
        bool natSignal = false; // the router's WAN address is not public
        NatFinding::Kind natKind = NatFinding::Kind::CarrierGrade;
        QHostAddress routerAddress;

        bool usable() const { return answered && agree && isPublic && !natSignal; }
    };

    LocalReading read(const QList<KindedAnswer> &local) const;
    bool crossCheckDue(const QDateTime &now) const;
    bool localChanged(const LocalReading &reading) const;
    // The same double NAT as last time: the router still gives the address
    // the echo services contradicted.
    bool sameDoubleNat(const LocalReading &reading) const;
    int echoMinAgree(qsizetype echoSources) const;

    AddressFamily m_family;
    DetectionPolicySettings m_settings;
    std::optional<DetectionResult> m_previous;
};

} // namespace homing
