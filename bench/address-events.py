#!/usr/bin/env python3
"""How long an address change takes to reach the DNS server: OS events
against polling. Not a test: it prints figures and asserts nothing.

    bench/address-events.py [--changes N] [--poll-changes N] [--only event|poll]
                            [--source echo|interface]

For each configuration, `homing-cli run` publishes an A record through the
rfc2136 provider to a real BIND 9 (tests/e2e/homing_e2e/dns_servers.py), and
the host's address is changed N times (default 20). One change: the old
address is removed from a veth interface and the new one added (`ip -batch`,
both at once), and the local echo service starts answering the new address.
The time measured runs from just before that change to the moment BIND
answers the new address, found by asking BIND over UDP every 5 ms from this
process. Between changes the script waits a random 0..1 s (events) or
0..check_interval s (poll), so that changes fall at random points of the
poll cycle, as real ones do.

- event: the default configuration (watch_addresses on, check_interval 300 s):
  the rtnetlink notification starts the pass, after a 300 ms debounce.
- poll: watch_addresses false and check_interval 30 s, the shortest Homing
  allows: only the timer finds the change.

With --source interface the address is read from the veth by the
`interface:` source instead of the echo service (when homing-cli has it).

Runs itself in a private network namespace (unshare) where only loopback and
the bench's veth pair exist. Needs build/bin/homing-cli, BIND 9 and iproute2.
"""
import argparse
import http.server
import json
import os
import random
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time

from benchlib import CLI, isolate, serve_text  # also makes tests/e2e's homing_e2e importable

INTERFACE, PEER = "bench0", "bench1"
NAME = "h.example.test"
POLL_INTERVAL = 30  # Config::kMinimumCheckInterval

isolate(__file__)

from homing_e2e.dns_servers import DDNS_KEY, ZONE, Bind9Server  # noqa: E402


class EchoState:
    address = "81.2.69.100"
    requests = 0


def echo_answer(path):
    EchoState.requests += 1
    return (EchoState.address + "\n").encode()


def dns_query_a(port, name, timeout=0.5):
    """The A addresses 127.0.0.1:port serves for name (one UDP query, no recursion)."""
    ident = random.randrange(65536)
    question = b"".join(bytes([len(label)]) + label.encode() for label in name.split(".")) + b"\0"
    packet = struct.pack(">HHHHHH", ident, 0, 1, 0, 0, 0) + question + struct.pack(">HH", 1, 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout)
        s.sendto(packet, ("127.0.0.1", port))
        try:
            data, _ = s.recvfrom(4096)
        except socket.timeout:
            return []
    if len(data) < 12 or struct.unpack(">H", data[:2])[0] != ident:
        return []
    answers = struct.unpack(">H", data[6:8])[0]
    offset = 12 + len(question) + 4

    def skip_name(position):
        while True:
            length = data[position]
            if length >= 0xC0:
                return position + 2
            if length == 0:
                return position + 1
            position += length + 1

    found = []
    for _ in range(answers):
        offset = skip_name(offset)
        rtype, _, _, length = struct.unpack(">HHIH", data[offset:offset + 10])
        offset += 10
        if rtype == 1 and length == 4:
            found.append(socket.inet_ntoa(data[offset:offset + 4]))
        offset += length
    return found


def ip_batch(directory, lines):
    path = os.path.join(directory, "change.ip")
    with open(path, "w") as f:
        f.write("".join(line + "\n" for line in lines))
    subprocess.run(["ip", "-batch", path], check=True)


def percentile(values, fraction):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, int(round(fraction * len(ordered) + 0.5)) - 1))
    return ordered[index]


def run_configuration(mode, changes, source, dns, echo_port, directory):
    work = tempfile.mkdtemp(prefix=mode + "-", dir=directory)
    config_dir, data_dir = os.path.join(work, "config"), os.path.join(work, "data")
    os.makedirs(config_dir)
    os.makedirs(data_dir)
    sources = ["interface:" + INTERFACE] if source == "interface" else ["http://127.0.0.1:%d/echo" % echo_port]
    config = {
        "version": 1,
        "check_interval": 300 if mode == "event" else POLL_INTERVAL,
        "watch_addresses": mode == "event",
        "ip": {"ipv4": {"sources": sources, "min_agree": 1}, "ipv6": {"enabled": False, "sources": []}},
        "propagation": {"resolvers": []},
        "accounts": [{"id": "ns", "provider": "rfc2136",
                      "settings": {"server": "127.0.0.1", "port": dns.port, "key_name": DDNS_KEY, "zone": ZONE},
                      "secrets": {"tsig_secret": "env:BENCH_TSIG"}}],
        "records": [{"account": "ns", "name": NAME, "type": "A", "ttl": 60}],
    }
    with open(os.path.join(config_dir, "config.json"), "w") as f:
        json.dump(config, f)
    env = dict(os.environ, BENCH_TSIG=dns.secret(DDNS_KEY), HOME=work, XDG_RUNTIME_DIR=work, TMPDIR=work,
               QT_QPA_PLATFORM="offscreen")
    log = open(os.path.join(work, "daemon.log"), "wb")
    daemon = subprocess.Popen([CLI, "--config-dir", config_dir, "--data-dir", data_dir, "run"], env=env,
                              stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while dns_query_a(dns.port, NAME) != [EchoState.address]:
            if time.monotonic() > deadline or daemon.poll() is not None:
                raise RuntimeError("%s: the first pass did not publish %s" % (mode, EchoState.address))
            time.sleep(0.05)
        updates_before = dns.update_count()
        echo_before = EchoState.requests
        started_run = time.monotonic()
        delays = []
        for i in range(changes):
            gap = random.uniform(0, 1 if mode == "event" else POLL_INTERVAL)
            time.sleep(gap)
            old, new = EchoState.address, "81.2.69.%d" % (101 + (i + (0 if mode == "event" else 50)) % 150)
            started = time.monotonic()
            EchoState.address = new
            ip_batch(work, ["addr del %s/32 dev %s" % (old, INTERFACE), "addr add %s/32 dev %s" % (new, INTERFACE)])
            while dns_query_a(dns.port, NAME, timeout=0.2) != [new]:
                if time.monotonic() - started > POLL_INTERVAL * 3:
                    raise RuntimeError("%s: %s never reached BIND" % (mode, new))
                time.sleep(0.005)
            delays.append(time.monotonic() - started)
            print("  %s change %2d: %.3f s" % (mode, i + 1, delays[-1]), flush=True)
        return {
            "delays": delays,
            "updates": dns.update_count() - updates_before,
            "echo_requests": EchoState.requests - echo_before,
            "seconds": time.monotonic() - started_run,
        }
    finally:
        daemon.terminate()
        daemon.wait(10)
        log.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--poll-changes", type=int, default=None, help="changes for the poll-only run (default --changes)")
    parser.add_argument("--only", choices=("event", "poll"))
    parser.add_argument("--source", choices=("echo", "interface"), default="echo")
    args = parser.parse_args()
    if not os.access(CLI, os.X_OK):
        sys.exit("build first: %s is missing" % CLI)

    directory = tempfile.mkdtemp(prefix="homing-bench-events-")
    subprocess.run(["ip", "link", "add", INTERFACE, "type", "veth", "peer", "name", PEER], check=True)
    for link in (INTERFACE, PEER):
        subprocess.run(["ip", "link", "set", link, "up"], check=True)
    subprocess.run(["ip", "addr", "add", EchoState.address + "/32", "dev", INTERFACE], check=True)
    echo = serve_text(echo_answer, http.server.ThreadingHTTPServer)
    dns = Bind9Server(directory)
    results = {}
    try:
        for mode in ("event", "poll"):
            if args.only and args.only != mode:
                continue
            count = args.changes if mode == "event" else (args.poll_changes or args.changes)
            print("%s-driven, %d changes:" % (mode, count), flush=True)
            results[mode] = run_configuration(mode, count, args.source, dns, echo.server_address[1], directory)
    finally:
        dns.stop()
        echo.shutdown()
        subprocess.run(["ip", "link", "del", INTERFACE], check=False)

    print()
    print("Time from an address change (veth, in a private network namespace) to BIND 9 serving it,")
    print("source %s, rfc2136 with TSIG, measured by querying BIND every 5 ms:" % args.source)
    print()
    print("| configuration | changes | median | 95th percentile | max | UPDATEs | echo requests |")
    print("|---|---|---|---|---|---|---|")
    labels = {"event": "events (watch_addresses on, check_interval 300 s)",
              "poll": "poll only (watch_addresses off, check_interval %d s)" % POLL_INTERVAL}
    for mode, result in results.items():
        delays = result["delays"]
        print("| %s | %d | %.3f s | %.3f s | %.3f s | %d | %d |"
              % (labels[mode], len(delays), statistics.median(delays), percentile(delays, 0.95), max(delays),
                 result["updates"], result["echo_requests"]))


if __name__ == "__main__":
    main()
