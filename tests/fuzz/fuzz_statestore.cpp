// The state reader: the input as state.json, or as state.json.journal
// beside a valid state.json: the first byte picks which (odd, e.g. "1":
// journal; even, e.g. "0": state.json).
#include "FuzzFiles.h"
#include "FuzzSupport.h"
#include "storage/StateStore.h"

using namespace homing;

namespace {

void readAll(StateStore &store)
{
    (void)store.load();
    (void)store.record(QStringLiteral("home/nas.example.com/A"));
    (void)store.detection(AddressFamily::IPv4);
    (void)store.detection(AddressFamily::IPv6);
    (void)store.lastAcceptedAddress(AddressFamily::IPv4);
    (void)store.lastAcceptedAddress(AddressFamily::IPv6);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const bool asJournal = data[0] & 1;
    const QByteArray content = fuzz::bytes(data + 1, size - 1);
    const QDir dir = fuzz::scratchDirectory();
    const QString path = dir.filePath(QStringLiteral("state.json"));
    if (asJournal) {
        fuzz::writeFile(path, QByteArrayLiteral("{\"version\":1,\"records\":{}}\n"));
        fuzz::writeFile(path + QStringLiteral(".journal"), content);
    } else {
        fuzz::writeFile(path, content);
    }
    StateStore store(path);
    readAll(store);
    return 0;
}
