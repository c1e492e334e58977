// The history reader: the input as history.jsonl, read, then one entry
// appended with a small limit so that the file is trimmed and rewritten.
#include "FuzzFiles.h"
#include "FuzzSupport.h"
#include "storage/HistoryStore.h"

using namespace homing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QDir dir = fuzz::scratchDirectory();
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    fuzz::writeFile(path, fuzz::bytes(data, size));
    HistoryStore store(path, 4);
    for (const HistoryEntry &entry : store.entries())
        (void)entry.toJson();
    (void)store.entries(2);
    HistoryEntry entry;
    entry.time = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    entry.account = QStringLiteral("home");
    entry.record = QStringLiteral("nas.example.com");
    entry.type = QStringLiteral("A");
    entry.newValue = QStringLiteral("81.2.69.160");
    entry.result = QStringLiteral("ok");
    (void)store.append(entry);
    (void)store.entries();
    return 0;
}
