#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the
# whole test suite inside a private network namespace in which only the
# loopback interface exists, so that no test can reach the outside world.
# Then, in the same namespace: each libFuzzer target for a short while on its
# seed corpus, and the unit and end-to-end suites once more from a build with
# AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/, clang).
#   scripts/test.sh [ctest arguments...]   (the arguments apply to both ctest runs)
#   HOMING_SANITIZERS=0 scripts/test.sh    only the normal build and run
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
# The provider emulators' npm packages, exactly as tests/package-lock.json pins them.
(cd tests && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
scripts/build.sh --werror
# The Windows-only code, syntax-checked with the mingw-w64 cross compiler.
scripts/check-windows.sh
sanitizers="${HOMING_SANITIZERS:-1}"
if [[ "$sanitizers" != 0 ]]; then
    scripts/fuzz.sh --build-only
fi

# Proxies in the caller's environment must not route loopback test traffic.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY

# A private mount namespace too: tests that make network namespaces of their
# own (ip netns add) mount them under /run/netns, which must not outlive the run.
isolate=(unshare --net --mount)
if [[ $(id -u) -ne 0 ]]; then
    isolate=(unshare --net --mount --map-root-user)
fi
# Sanitizer reports end the process with a failure status, which the tests
# notice: a UB report aborts (-fno-sanitize-recover), an ASan report aborts
# (abort_on_error). LeakSanitizer stays on with no suppressions: the suites run
# clean without them; Qt's exit-time allocations stay reachable. (The one test
# that runs homing-cli under strace turns it off, as LSan cannot work under
# ptrace.)
export HOMING_SANITIZERS="$sanitizers"
exec "${isolate[@]}" -- bash -c '
    set -euo pipefail
    ip link set lo up
    # Two at a time: most end-to-end tests wait on their fakes, not the CPU;
    # the GUI tests run alone (RUN_SERIAL).
    (cd build && ctest --output-on-failure --timeout 600 -j2 "$@")
    [[ "$HOMING_SANITIZERS" == 0 ]] && exit 0
    scripts/fuzz.sh --no-build 10
    cd build-asan
    ASAN_OPTIONS=abort_on_error=1:halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure --timeout 600 -j2 -L "unit|e2e" -LE keychain "$@"
' bash "$@"
