#!/usr/bin/env bash
# Installs what is missing, builds, and starts Homing on your configuration
# (~/.config/homing/config.json), or, if you have none yet, on a copy of the
# example that only watches this network's address: the tray app when a
# display is available, else `homing-cli run`.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh --no-tests

config_dir="${HOMING_CONFIG_DIR:-${XDG_CONFIG_HOME:-$HOME/.config}/homing}"
if [[ ! -f "$config_dir/config.json" ]]; then
    mkdir -p "$config_dir"
    cp resources/examples/watch-only.json "$config_dir/config.json"
    echo "Created $config_dir/config.json from resources/examples/watch-only.json."
    echo "Add an account and records (see README.md and resources/examples/), then restart."
fi
build/bin/homing-cli --config-dir "$config_dir" check-config || true
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -x build/bin/homing ]]; then
    exec build/bin/homing --config-dir "$config_dir"
fi
exec build/bin/homing-cli --config-dir "$config_dir" run
