#pragma once

#include <QElapsedTimer>
#include <QTest>

#include <optional>

namespace homing::test {

// Runs `call` with a callback and spins the event loop until the callback
// has run (the router clients answer asynchronously); empty when it did not
// within `timeoutMs`, which the caller's QVERIFY turns into a failure.
template <typename Result, typename Call>
std::optional<Result> waitForCallback(Call call, int timeoutMs = 5000)
{
    std::optional<Result> result;
    call([&result](const Result &r) { result = r; });
    QElapsedTimer waited;
    waited.start();
    while (!result && waited.elapsed() < timeoutMs)
        QTest::qWait(5);
    return result;
}

} // namespace homing::test
