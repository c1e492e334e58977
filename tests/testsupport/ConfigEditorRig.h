#pragma once

#include "address/IpSourceFactory.h"
#include "BuiltinProviders.h"
#include "ConfigEditor.h"
#include "FakeDnsTransport.h"
#include "FakeHttpClient.h"
#include "MemorySecretStore.h"
#include "MockClock.h"
#include "provider/AccountCheck.h"
#include "provider/ProviderRegistry.h"
#include "secrets/Redactor.h"
#include "secrets/SecretResolver.h"

#include <QTemporaryDir>

namespace homing::test {

// The config editor over a temporary config.json (not written yet), with the
// fake keychain, network and clock behind an AccountChecker: what the tray
// app's editor and window tests stand on. `Backend` is the test's
// UpdaterBackend. Header only: tests that use it link homing_models (or
// homing_widgets) and homing_providers.
template <typename Backend>
struct ConfigEditorRig {
    QTemporaryDir dir;
    QString path = dir.filePath("config.json");
    ProviderRegistry registry;
    IpSourceFactory sources;
    Backend backend;
    gui::ConfigEditor config{path, registry, sources, backend};
    MemorySecretStore keychain;
    FakeHttpClient http;
    FakeDnsTransport dns;
    MockClock clock;
    SecretResolver resolver{&keychain};
    Redactor redactor;
    AccountChecker checker{registry, http, dns, clock, resolver, redactor};

    ConfigEditorRig() { registerBuiltinProviders(registry); }
};

} // namespace homing::test
