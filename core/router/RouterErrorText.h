#pragma once

#include "router/RouterClient.h"

#include <QString>

namespace homing {

// The router's reasons in plain words, with what to do.

// A UPnP error code (718 ConflictInMappingEntry, ...) or a negative
// miniupnpc UPNPCOMMAND_* code.
QString upnpErrorText(int code);

// A NAT-PMP result code of RFC 6886 (1-5) or PCP result code of RFC 6887
// §7.4 (1-13; the two protocols agree on 1 and 2 only: NAT-PMP's network
// failure is 3, PCP's is 7).
QString natPmpResultText(int resultCode);
QString pcpResultText(int resultCode);

// libnatpmp reports a router's result code n as a negative library code;
// this gives back n (1-5), or 0 when `libraryCode` is not a result code.
int natPmpResultCodeFromLibrary(int libraryCode);

// A libnatpmp failure that is not the router's answer (socket, gateway, ...).
QString natPmpLibraryErrorText(int libraryCode);

// What a router's WAN address means for publishing: a public one is the
// answer; a private, shared or reserved one means another NAT upstream.
ExternalAddressResult externalAddressResult(const QHostAddress &external);

} // namespace homing
