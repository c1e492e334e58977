#pragma once

namespace homing {

class ProviderRegistry;

// Registers every provider compiled into this build (one per folder under providers/).
void registerBuiltinProviders(ProviderRegistry &registry);

} // namespace homing
