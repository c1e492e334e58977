// The echo-body address extractor: the first address of a family in a
// plain-text, JSON or HTML body.
#include "FuzzSupport.h"
#include "address/AddressExtractor.h"

#include <cstdlib>

using namespace homing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        const QHostAddress found = extractAddress(body, family);
        if (found.isNull())
            continue;
        // What comes back must be an address of the family asked for.
        const auto expected = family == AddressFamily::IPv4 ? QAbstractSocket::IPv4Protocol
                                                            : QAbstractSocket::IPv6Protocol;
        if (found.protocol() != expected)
            std::abort();
    }
    return 0;
}
