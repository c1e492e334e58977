#!/usr/bin/env python3
"""Echo-service requests per day at the default configuration with a router
present, against ddclient's defaults. Not a test: it prints the figures and
how they were taken, and asserts nothing.

    bench/echo-requests.py [--checks N] [--interval SECONDS] [--echo-services N]

How: the router lab (tests/e2e/homing_e2e/router_lab.py: miniupnpd in
wan/router/lan network namespaces, WAN address 11.22.33.44) and N fake echo
services in the LAN namespace, each counting the requests it gets (N = 7, as
many as Homing's default IPv4 list; min_agree 2 as the defaults give). The
configuration is Homing's default one with the router present: sources
"upnp", "natpmp" and then the echo services, cross_check_hours left at its
default (24). The real homing-cli runs `update` once per check, in the LAN
namespace, under libfaketime: check k runs with the clock at start + k x 300 s
(Homing's default check interval), so one simulated day is 288 checks, each a
separate process that reads the state the previous one left (as after a
restart). Two days are run: a quiet one, and one in which the router's WAN
address changes once (at noon).

ddclient's defaults: daemon=300, use=web: one request to one echo service at
every check, 86400 / 300 = 288 a day.

Runs itself in a private network namespace (unshare). Needs build/bin/homing-cli
and what scripts/install-deps.sh --test installs (miniupnpd-nftables, faketime).
"""
import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

from benchlib import CLI, isolate, serve_text  # also makes tests/e2e's homing_e2e importable

LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
DDCLIENT_INTERVAL = 300  # ddclient's daemon=300 default
DAY = 86400

isolate(__file__, mount=True)  # the router lab's `ip netns` needs a private /run/netns

from homing_e2e.router_lab import WAN_ADDRESS, RouterLab  # noqa: E402


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.count = 0
        self.address = WAN_ADDRESS


def echo_server(counter):
    def answer(path):
        with counter.lock:
            counter.count += 1
            return counter.address.encode()

    return serve_text(answer)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--checks", type=int, default=DAY // 300, help="checks per simulated day (default 288)")
    parser.add_argument("--interval", type=int, default=300, help="seconds between checks (default 300)")
    parser.add_argument("--echo-services", type=int, default=7)
    args = parser.parse_args()
    if not os.path.exists(LIBFAKETIME):
        sys.exit("libfaketime is missing (Debian package faketime)")

    work = tempfile.mkdtemp(prefix="echo-requests-")
    config_dir = os.path.join(work, "config")
    data_dir = os.path.join(work, "data")
    os.makedirs(config_dir)
    os.makedirs(data_dir)
    lab = RouterLab(root=work)
    try:
        lab.start()
        counter = Counter()
        with lab.in_namespace(lab.lan):
            servers = [echo_server(counter) for _ in range(args.echo_services)]
        sources = ["upnp", "natpmp"] + ["http://127.0.0.1:%d/" % s.server_address[1] for s in servers]
        config = {"version": 1, "check_interval": args.interval,
                  "ip": {"ipv4": {"sources": sources, "min_agree": 2}, "ipv6": {"enabled": False}},
                  "propagation": {"enabled": False, "resolvers": []}, "accounts": [], "records": []}
        with open(os.path.join(config_dir, "config.json"), "w") as f:
            json.dump(config, f)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": work, "LANG": "C.UTF-8",
               "QT_QPA_PLATFORM": "offscreen", "LD_PRELOAD": LIBFAKETIME, "DONT_FAKE_MONOTONIC": "1",
               "XDG_RUNTIME_DIR": work, "TMPDIR": work}
        start = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)

        def run_day(day, change_at=None):
            before = counter.count
            seconds = []
            for k in range(args.checks):
                if change_at is not None and k == change_at:
                    lab.set_wan_address("11.22.34.55")
                    with counter.lock:
                        counter.address = "11.22.34.55"
                    time.sleep(0.5)
                at = start + datetime.timedelta(seconds=(day * args.checks + k) * args.interval)
                env["FAKETIME"] = "@" + at.strftime("%Y-%m-%d %H:%M:%S")
                began = time.monotonic()
                completed = lab.lan_exec([CLI, "--config-dir", config_dir, "--data-dir", data_dir, "update"],
                                         check=False, env=env, timeout=120)
                seconds.append(time.monotonic() - began)
                if completed.returncode not in (0, 1):
                    sys.exit("homing-cli update failed: %s %s" % (completed.stdout, completed.stderr))
                with open(os.path.join(data_dir, "state.json")) as f:
                    detected = json.load(f)["detection"]["ipv4"].get("address")
                if detected != counter.address:
                    # A run that does not follow the router measures nothing.
                    sys.exit("check %d of day %d: Homing has %s, the router %s (exit %d)\n%s\n%s"
                             % (k, day, detected, counter.address, completed.returncode, completed.stdout,
                                completed.stderr))
            return counter.count - before, seconds

        quiet, quiet_seconds = run_day(0)
        changed, changed_seconds = run_day(1, change_at=args.checks // 2)
        with open(os.path.join(data_dir, "state.json")) as f:
            detection = json.load(f)["detection"]["ipv4"]
    finally:
        lab.stop()

    day_seconds = args.checks * args.interval
    scale = DAY / day_seconds
    ddclient = DAY // DDCLIENT_INTERVAL
    print("Echo-service requests per day, router present (miniupnpd), %d echo services listed, min_agree 2,"
          % args.echo_services)
    print("cross_check_hours 24 (default), one `homing-cli update` every %d s under libfaketime (%d checks a day)"
          % (args.interval, args.checks))
    print()
    print("| configuration | echo requests per day | vs ddclient |")
    print("|---|---|---|")
    print("| ddclient defaults (daemon=300, use=web) | %d | 100 %% |" % ddclient)
    for label, count in (("Homing, router present, WAN address unchanged", quiet),
                         ("Homing, router present, WAN address changes once", changed)):
        per_day = count * scale
        print("| %s | %g | %.1f %% |" % (label, per_day, 100.0 * per_day / ddclient))
    print()
    print("homing-cli update per check: median %.2f s (wall, including UPnP discovery)"
          % sorted(quiet_seconds + changed_seconds)[len(quiet_seconds + changed_seconds) // 2])
    print("last detection: address %s, echo_checked_at %s" % (detection.get("address"),
                                                             detection.get("echo_checked_at")))


if __name__ == "__main__":
    main()
