// The configuration loader: parse, migrate and validate a config.json.
#include "BuiltinProviders.h"
#include "FuzzSupport.h"
#include "address/IpSourceFactory.h"
#include "config/ConfigLoader.h"
#include "provider/ProviderRegistry.h"

using namespace homing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static ProviderRegistry *registry = [] {
        auto *made = new ProviderRegistry;
        registerBuiltinProviders(*made);
        return made;
    }();
    static const IpSourceFactory sources;
    const ConfigLoader loader(*registry, sources);
    const ConfigLoadResult result = loader.parse(fuzz::bytes(data, size));
    // Every issue must render (paths, messages) without trouble.
    for (const ConfigIssue &issue : result.issues)
        (void)issue.toString();
    return 0;
}
