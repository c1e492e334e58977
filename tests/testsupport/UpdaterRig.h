#pragma once

#include "address/IpSourceFactory.h"
#include "BuiltinProviders.h"
#include "config/ConfigLoader.h"
#include "FakeDnsTransport.h"
#include "FakeHttpClient.h"
#include "MemorySecretStore.h"
#include "MockClock.h"
#include "propagation/PropagationMonitor.h"
#include "provider/ProviderRegistry.h"
#include "secrets/Redactor.h"
#include "secrets/SecretResolver.h"
#include "storage/HistoryStore.h"
#include "storage/StateStore.h"
#include "update/Updater.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace homing::test {

// An Updater on the fake network, clock and keychain, with real state and
// history files in a temporary directory, and a restart that keeps them.
// Tests that use it link homing_providers.
struct UpdaterRig {
    QTemporaryDir dir;
    ProviderRegistry registry;
    IpSourceFactory sources;
    FakeHttpClient http;
    FakeDnsTransport dns;
    MockClock clock;
    MemorySecretStore keychain;
    SecretResolver resolver{&keychain};
    Redactor redactor;
    std::unique_ptr<StateStore> state;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<Updater> updater;
    std::unique_ptr<PropagationMonitor> propagation;
    Config config;
    int historyLimit = 100;

    UpdaterRig() { registerBuiltinProviders(registry); }

    // Loads `json` as config.json would be loaded; a fixture that does not load is a bug in the test.
    void loadConfig(const QByteArray &json)
    {
        const auto loaded = ConfigLoader(registry, sources).parse(json);
        if (!loaded.config) {
            for (const auto &issue : loaded.issues)
                qWarning() << issue.toString();
            qFatal("fixture config does not load");
        }
        config = *loaded.config;
    }

    // A new process on the same files.
    void restart()
    {
        propagation.reset();
        updater.reset();
        state = std::make_unique<StateStore>(dir.filePath("state.json"));
        QVERIFY(state->load().isEmpty());
        history = std::make_unique<HistoryStore>(dir.filePath("history.jsonl"), historyLimit);
        UpdaterDependencies dependencies{registry, sources, http, dns, clock, resolver, *state, *history, redactor,
                                         [] { return 0.5; }, "Homing/test (unit)"};
        updater = std::make_unique<Updater>(dependencies, config);
        propagation = std::make_unique<PropagationMonitor>(dns, clock, *state, *history);
    }

    // Starts a pass; `done` is set and `summary` filled when it finishes.
    void startPass(bool &done, PassSummary &summary, bool force = false)
    {
        updater->runPass(PassOptions{force, {}, {}}, [&done, &summary](const PassSummary &result) {
            summary = result;
            done = true;
        });
    }

    PassSummary pass(bool force = false)
    {
        PassSummary summary;
        bool done = false;
        startPass(done, summary, force);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return summary;
    }
};

} // namespace homing::test
