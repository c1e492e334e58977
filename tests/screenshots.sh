#!/usr/bin/env bash
# Screenshots of the tray app, for people to look at before a change to the
# window is called done: builds, then runs tests/gui/screenshots.py in a
# private network namespace with a headless desktop. PNGs go to the
# directory given (default build/screenshots); none is committed.
#   tests/screenshots.sh [directory]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-build/screenshots}")
scripts/install-deps.sh --test
scripts/build.sh --werror  # the same configuration as scripts/test.sh: no rebuild between them
isolate=(unshare --net)
[[ $(id -u) -ne 0 ]] && isolate=(unshare --net --map-root-user)
mkdir -p "$out"
"${isolate[@]}" -- env HOMING_SCREENSHOTS="$out" HOMING_APP="$PWD/build/bin/homing" HOMING_CLI="$PWD/build/bin/homing-cli" \
    HOMING_WIDGET_TESTS="$PWD/build/bin/tst_widgets" HOMING_STATUS_VIEWS="$PWD/build/bin/tst_statusviews" \
    PYTHONPATH="$PWD/tests/e2e:$PWD/tests/gui" PYTHONDONTWRITEBYTECODE=1 \
    bash -c 'ip link set lo up; cd tests/gui && python3 -m unittest -v screenshots'
ls "$out"/*.png
