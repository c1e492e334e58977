#!/usr/bin/env bash
# Installs, from the distribution's archive, whatever Homing needs and this
# machine lacks. Debian 12 / Ubuntu 22.04 or newer.
#   scripts/install-deps.sh          build and run
#   scripts/install-deps.sh --test   also what the test suite uses
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libsecret-1-0 libssl-dev
    qt6-svg-dev libqt6svg6  # the tray app: SVG icons (QtSvg and its icon engine plugin)
    qt6-translations-l10n   # Qt's own strings (Close, Cancel, …) in the user's language
    libldns-dev             # DNS messages and TSIG: RFC 2136 updates and propagation checks
    libminiupnpc-dev        # UPnP IGD: the router's WAN address and port mappings (core/router)
    libnatpmp-dev           # NAT-PMP: the same from routers that speak NAT-PMP (core/router)
)
test_packages=(
    python3 openssl iproute2 util-linux procps strace
    dbus dbus-daemon dbus-tests gnome-keyring libsecret-tools
    g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev
    clang libclang-rt-dev llvm  # fuzz targets and the sanitizer build (scripts/fuzz.sh); llvm-symbolizer
    # GUI tests (tests/gui): a headless desktop with a tray, notifications and screenshots
    xvfb x11-utils xdotool imagemagick dbus-bin libnotify-bin dunst trayer xfce4-panel xfconf
    fonts-dejavu-core fonts-wqy-microhei
    qt6-gtk-platformtheme  # screenshots in the dark palette: the GTK 3 theme with dark Adwaita
    # resources: icon rendering (scripts/make-icons.sh) and desktop/AppStream file checks
    librsvg2-bin icoutils desktop-file-utils appstream
    nodejs  # the provider emulators (tests/emulators), which check signatures with the official SDKs
    # real DNS servers for RFC 2136, the PowerDNS API and propagation checks, and the tools to inspect them
    bind9 bind9-utils bind9-dnsutils knot knot-dnsutils pdns-server pdns-backend-sqlite3 sqlite3
    # a home router in network namespaces (tests/e2e/homing_e2e/router_lab.py): miniupnpd with its nftables
    # backend and ruleset, and the reference UPnP and NAT-PMP clients that check it
    miniupnpd-nftables nftables miniupnpc natpmpc
    faketime  # libfaketime: homing-cli with its clock 10 minutes off, for TSIG's BADTIME (tests/e2e/test_rfc2136.py)
)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
# npm comes with NodeSource's nodejs, and as its own package with Debian's.
if [[ "${1:-}" == "--test" ]] && ! command -v npm >/dev/null; then
    missing+=(npm)
fi
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
