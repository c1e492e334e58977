#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the
# whole test suite inside a private network namespace in which only the
# loopback interface exists, so that no test can reach the outside world.
#   scripts/test.sh [ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
scripts/build.sh --werror
# The Windows-only code, syntax-checked with the mingw-w64 cross compiler.
scripts/check-windows.sh

# Proxies in the caller's environment must not route loopback test traffic.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY

isolate=(unshare --net)
if [[ $(id -u) -ne 0 ]]; then
    isolate=(unshare --net --map-root-user)
fi
exec "${isolate[@]}" -- sh -c '
    ip link set lo up
    cd build
    ctest --output-on-failure --timeout 600 "$@"
' sh "$@"
