#!/usr/bin/env bash
# How the cost of one `homing-cli update` pass grows with the number of
# records and accounts. Not a test: it prints figures (and a Markdown table for
# the README) and asserts nothing.
#
#   bench/scale.sh [--quick] [--timeout SECONDS]
#
#   (default)   dyndns2 on one account: 1000, 2000 and 5000 records, plus a
#               second pass over the 1000 (all in sync); custom webhook: 1000
#               and 5000 records; 40 accounts of one record each against a
#               dyndns2 server that answers after 250 ms
#   --quick     only the 1000-record runs and the 40-account run
#   --timeout   limit for one pass (default 1800 s); a pass cut short shows
#               exit code 124
#
# HOMING_BENCH_WRAPPER, when set, runs each pass under that command (for
# example "perf record -g --").
#
# Needs build/bin/homing-cli, python3, unshare and ip; installs GNU time
# (/usr/bin/time) with apt if it is missing. Everything runs in a private
# network namespace in which only loopback is up, against the local fakes of
# bench/scale_fakes.py, with a throwaway HOME, configuration and data
# directories under a mktemp directory that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cli="${HOMING_BENCH_CLI:-$root/build/bin/homing-cli}" # another build to compare with

args=("$@")
quick=0
limit=1800
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) quick=1 ;;
        --timeout) limit="${2:?--timeout needs a number of seconds}"; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

if [[ ! -x "$cli" ]]; then
    echo "error: $cli is missing: build it first (cmake -S . -B build -G Ninja && cmake --build build, or scripts/build.sh)" >&2
    exit 2
fi

if [[ "${HOMING_BENCH_ISOLATED:-}" != 1 ]]; then
    # Before entering the namespace, which has no way out: install GNU time.
    if ! dpkg-query -W -f='${Status}' time 2>/dev/null | grep -q "install ok installed" || [[ ! -x /usr/bin/time ]]; then
        echo "Installing: time"
        sudo=()
        [[ $(id -u) -ne 0 ]] && sudo=(sudo)
        export DEBIAN_FRONTEND=noninteractive
        "${sudo[@]}" apt-get update -q
        "${sudo[@]}" apt-get install -y -q --no-install-recommends time
    fi
    for tool in python3 unshare ip timeout; do
        command -v "$tool" >/dev/null || { echo "error: $tool is missing (scripts/install-deps.sh --test)" >&2; exit 2; }
    done
    isolate=(unshare --net)
    [[ $(id -u) -ne 0 ]] && isolate=(unshare --net --map-root-user)
    # shellcheck disable=SC2016 # "$0" and "$@" are for the inner bash
    exec "${isolate[@]}" -- env HOMING_BENCH_ISOLATED=1 bash -c 'ip link set lo up && exec "$0" "$@"' "$0" ${args[@]+"${args[@]}"}
fi

# Inside the namespace: refuse to run if anything but loopback is up.
if ip -o link show up | awk -F': ' '{ print $2 }' | grep -qv '^lo$'; then
    echo "error: a network interface other than lo is up; run bench/scale.sh without HOMING_BENCH_ISOLATED" >&2
    exit 2
fi

work=$(mktemp -d)
fakes_pid=
pass_pid=
cleanup() {
    if [[ -n "$pass_pid" ]] && kill -0 "$pass_pid" 2>/dev/null; then
        # /usr/bin/time -> timeout -> homing-cli: timeout passes the signal on.
        for child in $(ps -o pid= --ppid "$pass_pid"); do kill -TERM "$child" 2>/dev/null || true; done
        wait "$pass_pid" 2>/dev/null || true
    fi
    if [[ -n "$fakes_pid" ]]; then
        kill "$fakes_pid" 2>/dev/null || true
        wait "$fakes_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$work/home" "$work/run"
chmod 700 "$work/run"

address=203.0.113.7
delay_ms=250
delay=$(awk -v ms="$delay_ms" 'BEGIN { print ms / 1000 }')
python3 "$root/bench/scale_fakes.py" "$work/ports.json" --address "$address" --delay "$delay" 2>"$work/fakes.log" &
fakes_pid=$!
for _ in $(seq 100); do
    [[ -s "$work/ports.json" ]] && break
    kill -0 "$fakes_pid" 2>/dev/null || { echo "error: the fakes did not start:" >&2; cat "$work/fakes.log" >&2; exit 1; }
    sleep 0.1
done
[[ -s "$work/ports.json" ]] || { echo "error: the fakes did not listen within 10 s" >&2; exit 1; }
port() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$work/ports.json" "$1"; }
echo_port=$(port echo)
declare -A ports=([dyndns2]=$(port dyndns2) [custom]=$(port custom) [slow]=$(port slow))

# GET a control path of a fake (never through a proxy).
control() {
    python3 - "$1" "$2" <<'PY'
import sys, urllib.request
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
print(opener.open(f"http://127.0.0.1:{sys.argv[1]}{sys.argv[2]}", timeout=10).read().decode().strip())
PY
}
for fake in "${!ports[@]}"; do control "${ports[$fake]}" /_stats >/dev/null; done

# write_config DIR SERVER(dyndns2|custom|slow) RECORDS ACCOUNTS
write_config() {
    mkdir -p "$1"
    python3 - "$1/config.json" "$2" "${ports[$2]}" "$echo_port" "$3" "$4" <<'PY'
import json, sys
path, kind, port, echo, records, accounts = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
def account(i):
    if kind == "custom":
        return {"id": f"acct{i:02d}", "provider": "custom",
                "settings": {"url": f"http://127.0.0.1:{port}/update?host={{name}}&ip={{ip}}",
                             "method": "GET", "success_pattern": "ok"}}
    return {"id": f"acct{i:02d}", "provider": "dyndns2",
            "settings": {"server": f"http://127.0.0.1:{port}/nic/update", "username": f"bench{i:02d}"},
            "secrets": {"password": "env:BENCH_PASSWORD"}}
config = {
    "version": 1,
    "check_interval": 300,
    "ip": {"ipv4": {"enabled": True, "sources": [f"http://127.0.0.1:{echo}/"], "min_agree": 1},
           "ipv6": {"enabled": False}},
    "accounts": [account(i + 1) for i in range(accounts)],
    # 203.0.113.7 is a documentation address, which Homing publishes only
    # for a record that allows it.
    "records": [{"account": f"acct{i % accounts + 1:02d}", "name": f"host{i + 1:04d}.bench.example",
                 "type": "A", "allow_private": True} for i in range(records)],
}
json.dump(config, open(path, "w"), indent=1)
PY
}

# CPU time (clock ticks) the fakes have used, to see that they are not what is measured.
fake_ticks() { awk '{ print $14 + $15 }' /proc/"$fakes_pid"/stat; }
ticks_per_second=$(getconf CLK_TCK)

rows=()
# run_pass LABEL SERVER RECORDS ACCOUNTS CONFIG_DIR DATA_DIR
run_pass() {
    local label=$1 server=$2 records=$3 accounts=$4 config=$5 data=$6 rc=0
    control "${ports[$server]}" /_reset >/dev/null
    local fake_ticks_before; fake_ticks_before=$(fake_ticks)
    printf '%s: %s records, %s account(s) ... ' "$label" "$records" "$accounts"
    env -i PATH="$PATH" LANG=C.UTF-8 HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
        XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/run" \
        BENCH_PASSWORD=bench-password \
        /usr/bin/time -o "$work/time" -f '%e %U %S %M' \
        timeout "$limit" ${HOMING_BENCH_WRAPPER:-} "$cli" --config-dir "$config" --data-dir "$data" update \
        >"$work/out" 2>"$work/err" &
    pass_pid=$!  # in the background, so that Ctrl+C and SIGTERM are handled at once
    wait "$pass_pid" || rc=$?
    pass_pid=
    local fake_used=$(( $(fake_ticks) - fake_ticks_before ))
    local wall user sys rss_kb stats requests hosts in_flight in_sync cpu per_record rss
    read -r wall user sys rss_kb < <(tail -n 1 "$work/time")
    stats=$(control "${ports[$server]}" /_stats)
    read -r requests hosts in_flight < <(python3 -c 'import json, sys; s = json.loads(sys.argv[1]); print(s["requests"], s["hosts"], s["max_in_flight"])' "$stats")
    in_sync=$(grep -o '"state": *"in_sync"' "$data/state.json" 2>/dev/null | wc -l || true)
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    per_record=$(awk -v c="$cpu" -v n="$records" 'BEGIN { printf "%.2f", c * 1000 / n }')
    rss=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')
    echo "exit $rc, wall ${wall} s, CPU ${cpu} s (user ${user}, sys ${sys}), ${per_record} ms/record, peak RSS ${rss} MiB;" \
         "fake got ${requests} requests / ${hosts} hosts (max ${in_flight} at once, fakes used $(( fake_used * 1000 / ticks_per_second )) ms CPU);" \
         "${in_sync} records in sync"
    if [[ $rc -ne 0 && $rc -ne 1 ]]; then
        echo "  homing-cli said:"; tail -n 5 "$work/err" "$work/out" | sed 's/^/    /'
    fi
    rows+=("| $label | $records | $accounts | $rc | $wall | $cpu | $per_record | $rss | $requests | $hosts | $in_flight | $in_sync |")
}

# scenario LABEL SERVER RECORDS ACCOUNTS [second]
scenario() {
    local dir="$work/$2-$3-$4"
    write_config "$dir/config" "$2" "$3" "$4"
    run_pass "$1" "$2" "$3" "$4" "$dir/config" "$dir/data"
    if [[ "${5:-}" == second ]]; then
        run_pass "$1, second pass (in sync)" "$2" "$3" "$4" "$dir/config" "$dir/data"
    fi
    rm -rf "$dir"
}

if [[ $quick -eq 1 ]]; then sizes=(1000); custom_sizes=(1000); else sizes=(1000 2000 5000); custom_sizes=(1000 5000); fi
echo "homing-cli update, one pass each, fresh data directory per scenario (echo answers $address)"
for n in "${sizes[@]}"; do
    if [[ $n -eq 1000 ]]; then scenario "dyndns2, 1 account" dyndns2 "$n" 1 second
    else scenario "dyndns2, 1 account" dyndns2 "$n" 1; fi
done
for n in "${custom_sizes[@]}"; do
    scenario "custom, 1 account" custom "$n" 1
done
scenario "dyndns2, 40 accounts, server answers after $delay_ms ms" slow 40 40

echo
echo "| Scenario | Records | Accounts | Exit | Wall (s) | CPU user+sys (s) | CPU/record (ms) | Peak RSS (MiB) | Requests | Hosts sent | Max in flight | In sync |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "Measured on $(date -u +%Y-%m-%d) with bench/scale.sh$([[ $quick -eq 1 ]] && echo ' --quick'), $(nproc) cores, $("$cli" --version 2>/dev/null | head -n 1)."
