#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) in build-asan/ with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer, and runs each for a while
# on a copy of its seed corpus (tests/fuzz/corpus/<target>/, never written).
#   scripts/fuzz.sh [seconds per target, default 60] [target...]
#   scripts/fuzz.sh --build-only        only build
#   scripts/fuzz.sh --no-build [seconds] [target...]
# Fails when any target crashes, leaks, times out or reports undefined
# behaviour; the input that did it is kept in build-asan/fuzz-findings/.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build-asan
if [[ "${1:-}" != "--no-build" ]]; then
    # The whole project but the tray app (tests included, which scripts/test.sh
    # runs there too; the GUI tests run in build/ only)
    # at -O1 with line tables: sanitizers keep their precision, the build
    # stays fast, and Q_ASSERT stays on (no NDEBUG).
    if [[ ! -f "$build/build.ninja" ]] || ! grep -q '^HOMING_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
        cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DHOMING_FUZZ=ON \
            -DHOMING_WARNINGS_AS_ERRORS=ON -DCMAKE_BUILD_TYPE=Debug -DHOMING_BUILD_TRAY=OFF \
            -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" >/dev/null
    fi
    cmake --build "$build" --parallel
else
    shift
fi
[[ "${1:-}" == "--build-only" ]] && exit 0
seconds="${1:-60}"
shift || true

# Longest input worth trying per target: a config file, a history file and a
# Cloudflare conversation are longer than a dyndns2 line or a control message.
declare -A max_len=(
    [addressextractor]=2048 [configloader]=8192 [dyndns2]=1024 [duckdns]=512
    [cloudflare]=8192 [customurl]=1024 [statestore]=8192 [historystore]=8192 [control]=2048
)

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    for source in tests/fuzz/fuzz_*.cpp; do
        name=$(basename "$source" .cpp)
        targets+=("${name#fuzz_}")
    done
fi

# Leak detection stays on, without suppressions: what Qt keeps until exit
# stays reachable, and the targets keep their one-time objects in statics.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8

work="$build/fuzz-work"
findings="$build/fuzz-findings"
mkdir -p "$findings"
failed=()
for target in "${targets[@]}"; do
    binary="$build/fuzz/fuzz_$target"
    seeds="tests/fuzz/corpus/$target"
    [[ -x "$binary" ]] || { echo "fuzz_$target: not built" >&2; failed+=("$target"); continue; }
    [[ -d "$seeds" ]] || { echo "fuzz_$target: no corpus at $seeds" >&2; failed+=("$target"); continue; }
    # A fresh copy: new inputs go there, never into the committed corpus.
    rm -rf "${work:?}/$target"
    mkdir -p "$work/$target"
    cp -r "$seeds/." "$work/$target/"
    log="$work/$target.log"
    status=0
    "$binary" "$work/$target" -max_total_time="$seconds" -max_len="${max_len[$target]:-4096}" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/$target-" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    if [[ $status -eq 0 ]]; then
        printf 'fuzz_%-18s ok      %10s runs in %ss  %s\n' "$target" "${runs:-?}" "$seconds" "$coverage"
    else
        printf 'fuzz_%-18s FAILED  %10s runs (exit %s); log %s, input in %s\n' "$target" "${runs:-?}" "$status" "$log" "$findings"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -5 >&2 || true
        failed+=("$target")
    fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzzing failed: ${failed[*]}" >&2
    exit 1
fi
