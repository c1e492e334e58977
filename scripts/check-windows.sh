#!/usr/bin/env bash
# Syntax-checks the Windows-only code with Debian's mingw-w64 cross compiler,
# against the real Win32 headers and Qt's (platform-independent) headers, so
# that a misspelt Win32 call or a wrong type fails here rather than on
# someone's Windows machine. Nothing is linked or run.
#
# Checked: every tracked or new (not ignored) file named *_win.cpp / *_win.h,
# and every .cpp/.h file under a folder named win/. Prints one line per file
# (OK, or FAIL followed by the compiler's messages); exits 1 if any fails.
#   scripts/check-windows.sh [FILE...]     (default: all Windows-only files)
# HOMING_BUILD_DIR names the build whose generated headers (configure_file)
# are used; default build/. Without a configured build, a private one is
# configured in a temporary directory (configure only, nothing is built).
set -euo pipefail
cd "$(dirname "$0")/.."

cxx=x86_64-w64-mingw32-g++-posix
if ! command -v "$cxx" >/dev/null; then
    scripts/install-deps.sh --test
fi

temporary=()
trap 'rm -rf "${temporary[@]}"' EXIT

qt_headers=$(qtpaths6 --query QT_INSTALL_HEADERS 2>/dev/null || true)
if [[ ! -f "$qt_headers/QtCore/qglobal.h" ]]; then
    qt_headers=/usr/include/x86_64-linux-gnu/qt6
fi

# Generated headers (core/common/HomingVersion.h, ...), from the build.
build_dir=${HOMING_BUILD_DIR:-build}
if [[ ! -f "$build_dir/CMakeCache.txt" || ! -f "$build_dir/core/common/HomingVersion.h" ]]; then
    build_dir=$(mktemp -d)
    temporary+=("$build_dir")
    cmake -S . -B "$build_dir" -G Ninja -DHOMING_BUILD_TESTS=OFF >/dev/null
fi

if [[ $# -gt 0 ]]; then
    files=("$@")
else
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- \
        '*_win.cpp' '*_win.h' ':(glob)**/win/**/*.cpp' ':(glob)**/win/**/*.h' | sort -u)
fi
if [[ ${#files[@]} -eq 0 ]]; then
    echo "check-windows: no Windows-only files"
    exit 0
fi

# What a Qt 6 Windows (MinGW, 64-bit) target gets from Qt's CMake package:
# the Platform target's definitions, and UNICODE so that CreateFile & co.
# resolve to their wide (...W) versions as in the real build.
flags=(
    -std=c++20 -fsyntax-only
    -DWIN32 -DWIN64 -D_WIN64 -DMINGW_HAS_SECURE_API=1 -DUNICODE -D_UNICODE
    -DQT_CORE_LIB -DQT_NETWORK_LIB
    # cmake/HomingWarnings.cmake: the same warnings, as errors, as scripts/test.sh.
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Werror
    -DQT_NO_NARROWING_CONVERSIONS_IN_CONNECT -DQT_NO_KEYWORDS -DQT_DISABLE_DEPRECATED_BEFORE=0x060400
    # Qt's headers are system headers: their own warnings are not ours. Only
    # these -isystem paths are added: the compiler's own include path is the
    # mingw-w64 one (windows.h, io.h, ...), never the Linux /usr/include.
    -isystem "$qt_headers" -isystem "$qt_headers/QtCore" -isystem "$qt_headers/QtNetwork"
    -isystem "$qt_headers/QtGui" -isystem "$qt_headers/QtWidgets"
    # Includes are rooted at core/ (plus the build's generated headers), providers/, translations/.
    -Icore -I"$build_dir/core" -Iproviders -Itranslations
)

check() {
    local file=$1 out=$2
    local extra=()
    case "$file" in
        app/*/*) extra+=(-I"$(cut -d/ -f1-2 <<<"$file")") ;; # app/cli/, later app/tray/
    esac
    case "$file" in
        tests/*) ;; # tests are built with RELAXED_STRINGS
        *) extra+=(-DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_URL_CAST_FROM_STRING) ;;
    esac
    if [[ "$file" == *.h ]]; then
        # A header on its own: it must compile when included first.
        local path=$file
        [[ "$path" == /* ]] || path=$PWD/$path
        printf '#include "%s"\n' "$path" |
            "$cxx" "${flags[@]}" "${extra[@]}" -x c++ - >"$out" 2>&1
    else
        "$cxx" "${flags[@]}" "${extra[@]}" "$file" >"$out" 2>&1
    fi
}

results=$(mktemp -d)
temporary+=("$results")
jobs_max=$(nproc)
for index in "${!files[@]}"; do
    while [[ $(jobs -rp | wc -l) -ge $jobs_max ]]; do
        wait -n || true
    done
    ( if check "${files[$index]}" "$results/$index.log"; then touch "$results/$index.ok"; fi ) &
done
wait

failed=0
for index in "${!files[@]}"; do
    if [[ -f "$results/$index.ok" ]]; then
        echo "OK    ${files[$index]}"
    else
        echo "FAIL  ${files[$index]}"
        sed 's/^/      /' "$results/$index.log"
        failed=$((failed + 1))
    fi
done
if [[ $failed -ne 0 ]]; then
    echo "check-windows: $failed of ${#files[@]} Windows-only files do not compile (mingw-w64 syntax check)" >&2
    exit 1
fi
echo "check-windows: ${#files[@]} Windows-only files pass the mingw-w64 syntax check"
