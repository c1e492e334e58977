"""Events instead of polling: `homing-cli run` hears of an address change from
the kernel (rtnetlink) and publishes it through the rfc2136 provider to a real
BIND 9 within a second, and a burst of changes gives one update.

Everything runs in a network namespace of the test's own (homing_e2e.netns):
BIND, the echo fake and `homing-cli run` are started inside it; the address
changes are made on a veth pair there. The check interval is five minutes, so
only an event can explain an update within a second.

Two ways of learning the new address:
- EchoSourceCases: an echo service whose answer the test changes together
  with the interface (what a host behind a router does: the event says "look
  again", the echo says what the world sees).
- InterfaceSourceCases: the `interface:` source reading the veth's own
  addresses; skipped while homing-cli does not know that kind of source.

What BIND received is proved by its own UPDATE counter and by dig, not by
Homing's output.
"""

import json
import os
import tempfile
import time
import unittest

from homing_e2e.dns_servers import DDNS_KEY, NAME, ZONE, Bind9Server, dig
from homing_e2e.harness import ADDRESS_A, EXIT_OK, HomingTestCase, setUpModule  # noqa: F401
from homing_e2e.netns import NetNs

TSIG_ENV = "HOMING_TSIG_SECRET"
INTERFACE = "ev0"
PEER = "ev1"
ADDRESS_NEW = "81.2.69.170"
BURST = ["81.2.69.%d" % (171 + i) for i in range(10)]  # ten changes; the last one wins
WITHIN = 1.0  # seconds from the change to BIND serving it


class EventCases:
    """The cases; a subclass says how Homing learns the address (sources())."""

    def setUp(self):
        super().setUp()
        self.ns = NetNs("events")
        self.addCleanup(self.ns.delete)
        self.ns.add_veth(INTERFACE, PEER)
        self.current = ADDRESS_A
        self.ns.add_address(INTERFACE, ADDRESS_A + "/32")
        with self.ns.entered():
            self.dns = self.start(Bind9Server, self.root)
            self.echo_service = self.echo(ADDRESS_A)
        self.env[TSIG_ENV] = self.dns.secret(DDNS_KEY)
        account = {"id": "ns", "provider": "rfc2136",
                   "settings": {"server": self.dns.address, "port": self.dns.port, "key_name": DDNS_KEY, "zone": ZONE},
                   "secrets": {"tsig_secret": "env:" + TSIG_ENV}}
        self.write_config(self.make_config(self.sources(), [account], [self.record("ns", NAME, "A", ttl=60)],
                                           min_agree=1, check_interval=300))

    # -- inside the namespace ---------------------------------------------------------
    def served(self):
        with self.ns.entered():
            return [value for _, value in dig(self.dns, NAME, "A")]

    def updates(self):
        with self.ns.entered():
            return self.dns.update_count()

    def cli(self, *args, **kwargs):
        with self.ns.entered():
            return super().cli(*args, **kwargs)

    def start_watching(self, expect=(ADDRESS_A,)):
        with self.ns.entered():
            daemon = self.start_daemon()
        self.wait_until_daemon_in_sync(daemon)
        served = self.served()
        self.assertEqual(len(served), 1, served)
        self.assertIn(served[0], expect)
        return served[0]

    def change_interface(self, steps):
        """Applies `ip addr` steps ("add"/"del", address) at once with `ip -batch`."""
        with tempfile.NamedTemporaryFile("w", suffix=".ip", dir=self.root, delete=False) as batch:
            for verb, address in steps:
                batch.write("addr %s %s/32 dev %s\n" % (verb, address, INTERFACE))
        self.ns.run(["ip", "-batch", batch.name])

    def move_address(self, new, echo_too=True):
        """The host's address becomes `new`: the echo answer and the interface change."""
        if echo_too:
            self.echo_service.set_address(new)
        self.change_interface([("del", self.current), ("add", new)])
        self.current = new

    def wait_served(self, address, timeout):
        """Seconds until BIND serves `address` (polled with dig), or fails after `timeout`."""
        started = time.monotonic()
        while True:
            if self.served() == [address]:
                return time.monotonic() - started
            if time.monotonic() - started > timeout:
                self.fail("BIND did not serve %s within %.1f s (serves %s); daemon log:\n%s"
                          % (address, timeout, self.served(), self.log_text()[-3000:]))
            time.sleep(0.02)

    def trigger_of_last_change(self, address):
        for entry in reversed(self.history()):
            if entry["result"] == "address_changed" and entry["new"] == address:
                return entry["detail"]
        self.fail("no address_changed entry for %s in the history" % address)

    # -- the cases ----------------------------------------------------------------------
    def test_an_added_address_reaches_bind_within_a_second(self):
        self.start_watching()
        before = self.updates()
        started = time.monotonic()
        self.move_address(ADDRESS_NEW)
        self.wait_served(ADDRESS_NEW, timeout=10)
        elapsed = time.monotonic() - started
        self.assertLess(elapsed, WITHIN, "the change took %.2f s to reach BIND" % elapsed)
        self.assertEqual(self.updates() - before, 1)
        self.assertIn("reported an address change", self.trigger_of_last_change(ADDRESS_NEW))

    def test_a_removed_address_reaches_bind_within_a_second(self):
        self.change_interface([("add", ADDRESS_NEW)])  # two addresses
        published = self.start_watching(expect=(ADDRESS_A, ADDRESS_NEW))
        left = ADDRESS_NEW if published == ADDRESS_A else ADDRESS_A
        # The address Homing published goes away: the one left is published.
        self.echo_service.set_address(left)
        started = time.monotonic()
        self.change_interface([("del", published)])
        self.current = left
        self.wait_served(left, timeout=10)
        elapsed = time.monotonic() - started
        self.assertLess(elapsed, WITHIN, "the removal took %.2f s to reach BIND" % elapsed)

    def test_a_burst_of_ten_changes_gives_one_update_with_the_final_address(self):
        self.start_watching()
        before = self.updates()
        self.echo_service.set_address(BURST[-1])
        steps = []
        previous = self.current
        for address in BURST:
            steps += [("del", previous), ("add", address)]
            previous = address
        self.change_interface(steps)
        self.current = BURST[-1]
        self.wait_served(BURST[-1], timeout=10)
        time.sleep(2)  # anything a second pass would send has arrived by now
        self.assertEqual(self.updates() - before, 1, "a burst must give one update")
        self.assertEqual(self.served(), [BURST[-1]])

    def test_with_watch_addresses_off_only_the_poll_updates(self):
        with open(self.config_path) as f:
            config = json.load(f)
        config["watch_addresses"] = False
        self.write_config(config)
        self.start_watching()
        before = self.updates()
        self.move_address(ADDRESS_NEW)
        time.sleep(2)
        self.assertEqual(self.updates(), before, "no event may start a pass when watch_addresses is false")
        self.assertEqual(self.served(), [ADDRESS_A])


class EchoSourceCases(EventCases, HomingTestCase):
    def sources(self):
        return self.echo_service.sources(1)


def interface_source_known():
    """Whether this homing-cli knows `interface:` sources (another part of issue 10)."""
    from homing_e2e.harness import HOMING_CLI
    import subprocess
    with tempfile.TemporaryDirectory() as directory:
        with open(os.path.join(directory, "config.json"), "w") as f:
            json.dump({"version": 1, "ip": {"ipv4": {"sources": ["interface:lo"]}}, "accounts": [], "records": []}, f)
        completed = subprocess.run([HOMING_CLI, "--config-dir", directory, "--data-dir", directory, "check-config"],
                                   capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL,
                                   env={"HOME": directory, "PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"})
        return "not a known kind" not in completed.stdout + completed.stderr


@unittest.skipUnless(interface_source_known(), "homing-cli has no interface: source yet")
class InterfaceSourceCases(EventCases, HomingTestCase):
    def sources(self):
        return ["interface:" + INTERFACE]

    def move_address(self, new, echo_too=False):
        super().move_address(new, echo_too=False)


if __name__ == "__main__":
    unittest.main()
