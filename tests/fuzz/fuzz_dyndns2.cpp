// The dyndns2 reply classifier, with the number of hosts from the input:
// "STATUS HOSTS\n" then the reply body ("200 2\ngood 1.2.3.4\nnochg 1.2.3.4").
#include "Dyndns2ReplyClassifier.h"
#include "FuzzSupport.h"

#include <cstdlib>

using namespace homing;
using namespace homing::providers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const fuzz::Header parsed = fuzz::header(fuzz::bytes(data, size));
    static const QHostAddress v4(QStringLiteral("81.2.69.160"));
    static const QHostAddress v6(QStringLiteral("2a00:1450::1"));
    for (const QHostAddress &sent : {v4, v6}) {
        const QList<UpdateResult> results = classifyDyndns2Reply(parsed.status, parsed.body, parsed.number, sent);
        // One result per host, or one for all of them.
        if (results.size() != parsed.number && results.size() != 1)
            std::abort();
    }
    for (const QByteArray &line : parsed.body.split('\n'))
        (void)classifyDyndns2Line(QString::fromUtf8(line), v4);
    return 0;
}
