#pragma once

// Owning pointers for ldns objects; only .cpp files of core/dns include this
// (and with it ldns), so the rest of Homing never sees the C library.
#include <ldns/ldns.h>

#include <memory>

namespace homing {

struct LdnsPacketFree {
    void operator()(ldns_pkt *packet) const { ldns_pkt_free(packet); }
};
struct LdnsRdfFree {
    void operator()(ldns_rdf *rdf) const { ldns_rdf_deep_free(rdf); }
};
struct LdnsRrListFree {
    void operator()(ldns_rr_list *list) const { ldns_rr_list_deep_free(list); }
};

using LdnsPacket = std::unique_ptr<ldns_pkt, LdnsPacketFree>;
using LdnsRdf = std::unique_ptr<ldns_rdf, LdnsRdfFree>;
using LdnsRrList = std::unique_ptr<ldns_rr_list, LdnsRrListFree>;

} // namespace homing
