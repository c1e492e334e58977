#!/usr/bin/env bash
# Peak and idle resident memory of `homing-cli run`, and how often it wakes
# up while idle. Not a test: it prints figures for the README.
#
#   bench/idle-footprint.sh [seconds]     (default 60; needs build/bin/homing-cli)
#
# It runs in a private network namespace against a local echo service and a
# local dyndns2 server, with one record, so that the daemon does its first
# pass and then idles as it would at home (check_interval 300 s).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
cli="$PWD/build/bin/homing-cli"
[[ -x "$cli" ]] || { echo "build first: scripts/build.sh" >&2; exit 2; }

if [[ "${HOMING_BENCH_ISOLATED:-}" != 1 ]]; then
    isolate=(unshare --net)
    [[ $(id -u) -ne 0 ]] && isolate=(unshare --net --map-root-user)
    exec "${isolate[@]}" -- env HOMING_BENCH_ISOLATED=1 bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
fi

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/config" "$work/data"

python3 - "$work/port" <<'PY' &
import http.server, sys, threading
class Handler(http.server.BaseHTTPRequestHandler):
    disable_nagle_algorithm = True  # or each keep-alive request stalls 40 ms
    def do_GET(self):
        body = b"good 81.2.69.160\n" if self.path.startswith("/nic/update") else b"81.2.69.160\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
open(sys.argv[1], "w").write(str(server.server_address[1]))
server.serve_forever()
PY
for _ in $(seq 50); do [[ -s "$work/port" ]] && break; sleep 0.1; done
port=$(cat "$work/port")

cat > "$work/config/config.json" <<JSON
{ "version": 1, "check_interval": 300,
  "ip": { "ipv4": { "sources": ["http://127.0.0.1:$port/a", "http://127.0.0.1:$port/b"], "min_agree": 2 } },
  "accounts": [ { "id": "home", "provider": "dyndns2",
                  "settings": { "server": "http://127.0.0.1:$port/nic/update", "username": "bench" },
                  "secrets": { "password": "env:BENCH_PASSWORD" } } ],
  "records": [ { "account": "home", "name": "bench.example.com", "type": "A" } ] }
JSON

BENCH_PASSWORD=bench-password "$cli" --config-dir "$work/config" --data-dir "$work/data" run 2>"$work/log" &
pid=$!
for _ in $(seq 100); do grep -q '"state": "in_sync"' "$work/data/state.json" 2>/dev/null && break; sleep 0.1; done
sleep 1

switches() { # voluntary + involuntary context switches of every thread
    cat /proc/"$pid"/task/*/status | awk '/ctxt_switches/ { total += $2 } END { print total }'
}
cpu_ticks() { awk '{ print $14 + $15 }' /proc/"$pid"/stat; }
rss_kb() { awk '/^VmRSS/ { print $2 }' /proc/"$pid"/status; }

threads=$(ls /proc/"$pid"/task | wc -l)
start_switches=$(switches)
start_ticks=$(cpu_ticks)
sleep "$seconds"
end_switches=$(switches)
end_ticks=$(cpu_ticks)
idle_rss=$(rss_kb)
peak_rss=$(awk '/^VmHWM/ { print $2 }' /proc/"$pid"/status)
kill -TERM "$pid"
wait "$pid" || true
ticks_per_second=$(getconf CLK_TCK)

echo "homing-cli run, one record in sync, idle for ${seconds} s:"
echo "  peak RSS:           $((peak_rss / 1024)).$(( (peak_rss % 1024) * 10 / 1024 )) MiB"
echo "  idle RSS:           $((idle_rss / 1024)).$(( (idle_rss % 1024) * 10 / 1024 )) MiB"
echo "  threads:            $threads"
echo "  wake-ups (context switches, all threads): $((end_switches - start_switches)) in ${seconds} s"
echo "  CPU time while idle: $(( (end_ticks - start_ticks) * 1000 / ticks_per_second )) ms"
