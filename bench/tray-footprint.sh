#!/usr/bin/env bash
# The tray app's start, memory, threads and wake-ups, window closed and open.
# Not a test: it prints figures for the README.
#   bench/tray-footprint.sh [seconds]     (default 60 each; needs build/bin/homing)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x build/bin/homing ]] || { echo "build first: scripts/build.sh" >&2; exit 2; }
isolate=(unshare --net)
[[ $(id -u) -ne 0 ]] && isolate=(unshare --net --map-root-user)
exec "${isolate[@]}" -- env PYTHONDONTWRITEBYTECODE=1 bash -c 'ip link set lo up && exec python3 bench/tray_footprint.py "$@"' bash "$@"
