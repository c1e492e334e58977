#!/usr/bin/env bash
# Configures and builds Homing into build/ (programs in build/bin).
#   scripts/build.sh [--werror] [--no-tests]
set -euo pipefail
cd "$(dirname "$0")/.."

werror=OFF
tests=ON
for argument in "$@"; do
    case "$argument" in
        --werror) werror=ON ;;
        --no-tests) tests=OFF ;;
        *) echo "unknown option: $argument" >&2; exit 2 ;;
    esac
done

cmake -S . -B build -G Ninja -DHOMING_WARNINGS_AS_ERRORS="$werror" -DHOMING_BUILD_TESTS="$tests"
cmake --build build --parallel
