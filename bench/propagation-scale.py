#!/usr/bin/env python3
"""How the cost of one propagation check (`homing-cli verify`) grows with the
number of records. Not a test: it prints figures and a Markdown table for the
README, and asserts nothing.

    bench/propagation-scale.py [RECORDS ...]     (default: 10 100 1000)

For each count, a real BIND 9 (tests/e2e/homing_e2e/dns_servers.py) serves
example.test with that many A records on 127.0.0.1 port 53, and homing-cli has
that many rfc2136 records, all already in sync (one `update` first). Then
`homing-cli verify` is measured twice: finding the zone's name servers from its
NS records through a resolver (BIND itself, which the zone's NS record names),
and with the account's `nameservers` given. Wall and CPU time are homing-cli's;
"queries" are the DNS queries BIND received during the verify.

Runs itself in a private network namespace (unshare) in which only loopback
is up. Needs build/bin/homing-cli and what scripts/install-deps.sh --test
installs.
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

from benchlib import CLI, isolate, serve_text  # also makes tests/e2e's homing_e2e importable

ADDRESS = "81.2.69.160"

isolate(__file__)

from homing_e2e.dns_servers import DDNS_KEY, ZONE, Bind9Server  # noqa: E402


def zone_server(directory, count):
    class ZoneWithRecords(Bind9Server):
        def _write_config(self):
            path = os.path.join(self.directory, ZONE + ".zone")
            with open(path) as f:
                text = f.read()
            if "\nbench1 " not in text:
                with open(path, "a") as f:
                    for i in range(count):
                        f.write("bench%d IN A %s\n" % (i + 1, ADDRESS))
            super()._write_config()

    return ZoneWithRecords(directory, ipv6=False, port=53)


def run(args, env):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    result = subprocess.run([CLI] + args, env=env, capture_output=True, text=True, timeout=1800)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result, wall, cpu


def measure(count, echo_port):
    with tempfile.TemporaryDirectory() as work:
        dns = zone_server(work, count)
        try:
            env = dict(os.environ, HOME=work, HOMING_TSIG=dns.secret(DDNS_KEY))
            figures = []
            for mode in ("NS lookup", "nameservers given"):
                config_dir = os.path.join(work, mode.replace(" ", "-"), "config")
                data_dir = os.path.join(work, mode.replace(" ", "-"), "data")
                os.makedirs(config_dir, mode=0o700)
                account = {"id": "ns", "provider": "rfc2136",
                           "settings": {"server": "127.0.0.1", "port": 53, "zone": ZONE, "key_name": DDNS_KEY},
                           "secrets": {"tsig_secret": "env:HOMING_TSIG"}}
                if mode == "nameservers given":
                    account["nameservers"] = ["127.0.0.1:53"]
                config = {"version": 1, "request_timeout": 20,
                          "ip": {"ipv4": {"enabled": True, "sources": ["http://127.0.0.1:%d/" % echo_port],
                                          "min_agree": 1}, "ipv6": {"enabled": False}},
                          "propagation": {"resolvers": ["127.0.0.1:53"]},
                          "accounts": [account],
                          "records": [{"account": "ns", "name": "bench%d.%s" % (i + 1, ZONE), "type": "A", "ttl": 60}
                                      for i in range(count)]}
                with open(os.path.join(config_dir, "config.json"), "w") as f:
                    json.dump(config, f)
                os.chmod(os.path.join(config_dir, "config.json"), 0o600)
                base = ["--config-dir", config_dir, "--data-dir", data_dir]
                result, _, _ = run(base + ["update"], env)
                if result.returncode != 0:
                    raise SystemExit("update failed: %s%s" % (result.stdout[-2000:], result.stderr[-2000:]))
                queries = dns.query_count()
                result, wall, cpu = run(base + ["verify", "--json"], env)
                asked = dns.query_count() - queries
                live = sum(1 for record in json.loads(result.stdout)["records"] if record["live"])
                figures.append((mode, count, wall, cpu, asked, live, result.returncode))
            return figures
        finally:
            dns.stop()


def main():
    counts = [int(arg) for arg in sys.argv[1:]] or [10, 100, 1000]
    server = serve_text(lambda path: ADDRESS.encode())
    rows = []
    for count in counts:
        for mode, records, wall, cpu, asked, live, code in measure(count, server.server_address[1]):
            rows.append("| %s | %d | %.2f | %.2f | %.2f | %d | %.1f | %d/%d (exit %d) |" % (
                mode, records, wall, cpu, cpu * 1000 / records, asked, asked / records, live, records, code))
            print(rows[-1], flush=True)
    print()
    print("| Name servers | Records | Wall (s) | CPU user+sys (s) | CPU per record (ms) | Queries BIND received | Queries per record | Live |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(row)


if __name__ == "__main__":
    main()
