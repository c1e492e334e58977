#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <array>
#include <cstdint>

namespace homing {

// The packets of PCP (RFC 6887) that Homing sends and reads: the common
// header (§7) and the MAP opcode (§11), IPv4 mappings only. Written here
// rather than taken from a library: they are 60 bytes of fixed layout.
namespace pcp {

constexpr quint16 kServerPort = 5351; // shared with NAT-PMP (RFC 6887 §19.1)
constexpr quint8 kVersion = 2;
constexpr quint8 kOpcodeMap = 1;
constexpr quint8 kResponseBit = 0x80;
constexpr quint8 kProtocolTcp = 6;
constexpr quint8 kProtocolUdp = 17;
constexpr quint8 kOptionThirdParty = 1;
constexpr int kHeaderSize = 24;
constexpr int kMapBodySize = 36;
constexpr int kMapMessageSize = kHeaderSize + kMapBodySize; // 60
constexpr int kMaxMessageSize = 1100;                      // §7

// Result codes (RFC 6887 §7.4).
enum ResultCode : quint8 {
    Success = 0,
    UnsupportedVersion = 1,
    NotAuthorized = 2,
    MalformedRequest = 3,
    UnsupportedOpcode = 4,
    UnsupportedOption = 5,
    MalformedOption = 6,
    NetworkFailure = 7,
    NoResources = 8,
    UnsupportedProtocol = 9,
    UserExceededQuota = 10,
    CannotProvideExternal = 11,
    AddressMismatch = 12,
    ExcessiveRemotePeers = 13,
};

using Nonce = std::array<quint8, 12>;
Nonce randomNonce();

quint8 protocolNumber(const QString &protocol); // "tcp" → 6, "udp" → 17

struct MapRequest {
    Nonce nonce{};
    quint8 protocol = kProtocolTcp;
    quint16 internalPort = 0;
    quint16 suggestedExternalPort = 0;
    QHostAddress suggestedExternalAddress; // null: any (sent as ::ffff:0.0.0.0)
    quint32 lifetime = 0;                  // seconds; 0 deletes the mapping
    QHostAddress clientAddress;            // this host's address towards the router
    QHostAddress thirdParty;               // null, or the LAN host the mapping is for (§13.1)
};

// The request's bytes: 60, or 80 with a THIRD_PARTY option.
QByteArray buildMapRequest(const MapRequest &request);

struct MapResponse {
    enum class Kind {
        Answer,      // a PCP MAP response to our request: see resultCode
        NatPmpOnly,  // a NAT-PMP (version 0) answer: the router speaks NAT-PMP, not PCP
        OtherVersion // UNSUPP_VERSION naming a PCP version other than 2
    };
    Kind kind = Kind::Answer;
    quint8 version = 0;
    quint8 resultCode = 0;
    quint32 lifetime = 0; // granted; on an error, how long the error holds
    quint32 epoch = 0;    // the router's seconds since its mappings were last lost
    quint8 protocol = 0;
    quint16 internalPort = 0;
    quint16 externalPort = 0;
    QHostAddress externalAddress; // IPv4 when the router sent an IPv4-mapped one; null when it sent none
};

// Reads a datagram from the router as the answer to `request`. Returns
// false, with why in `ignored`, for anything that is not that answer (too
// short or long, not version 2, not a response, another opcode, another
// nonce, protocol or internal port): RFC 6887 §8.3 and §11.4 say such
// packets are dropped, and the wait goes on.
bool parseMapResponse(const QByteArray &datagram, const MapRequest &request, MapResponse *response,
                      QString *ignored = nullptr);

// RFC 6887 §8.1.1's retransmission schedule: the delay before the next send
// after `previousMs` (0 before the second send), with `jitter` in [-0.1, 0.1].
// The RFC's initial 3 s is for a server anywhere in the network; a home
// router answers within milliseconds, and timeout_ms (2 s by default) is the
// whole budget, so the first wait is a seventh of it (capped at 3 s): three
// sends fit, doubling, as the RFC does.
int retransmitDelayMs(int previousMs, int timeoutMs, double jitter);

// RFC 6887 §8.5: whether the router lost its mappings (restarted) between
// two answers, from their epochs and the client's own seconds between them.
bool epochSaysStateLost(quint32 previousEpoch, quint32 epoch, qint64 clientSecondsBetween);

} // namespace pcp

} // namespace homing
