"""Propagation checks against real BIND 9 servers: the zone's authoritative
servers found from its NS records through a resolver (a BIND on port 53 of the
suite's private namespace, which the zone's NS record names), the resolvers'
caches and when they let the old value go, and drift found by a running
daemon, which tells the user and sets the record back."""

import time
import unittest

from homing_e2e.dns_servers import DDNS_KEY, NAME, ZONE, Bind9Server, dig, set_rrset
from homing_e2e.harness import ADDRESS_A, ADDRESS_B, ADDRESS_C, EXIT_OK, HomingTestCase, now_utc, parse_time, setUpModule  # noqa: F401

ACCOUNT = "ns"
TSIG_ENV = "HOMING_TSIG_SECRET"
RECORD_TTL = 120


class PropagationTests(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)

    def account(self, dns, **extra):
        account = {"id": ACCOUNT, "provider": "rfc2136",
                   "settings": {"server": dns.address, "port": dns.port, "zone": ZONE, "key_name": DDNS_KEY},
                   "secrets": {"tsig_secret": self.secret_ref(TSIG_ENV)}}
        account.update(extra)
        return account

    def write(self, dns, resolvers, **account_extra):
        self.env[TSIG_ENV] = dns.secret(DDNS_KEY)
        config = self.make_config(self.echo_service.sources(2), [self.account(dns, **account_extra)],
                                  [self.record(ACCOUNT, NAME, ttl=RECORD_TTL)], min_agree=2)
        config["propagation"] = {"resolvers": resolvers}
        self.write_config(config)

    def test_the_zones_name_servers_are_found_from_its_ns_records(self):
        # The zone's NS record is ns1.example.test, whose A record is 127.0.0.1:
        # the server found is this BIND, asked on port 53.
        dns = self.start(Bind9Server, self.root, port=53)
        self.write(dns, ["127.0.0.1:53"])
        result = self.update(expect=EXIT_OK)
        self.assertIn("live: every authoritative server serves %s" % ADDRESS_A, result.out)
        record = self.record_status(NAME)
        self.assertIs(record["live"], True, record)
        self.assertEqual(record["served"], [{"server": "127.0.0.1:53", "nameserver": "ns1.example.test",
                                             "values": [ADDRESS_A], "ttl": RECORD_TTL}], record)
        # The one resolver already serves the new value: no cache to wait for.
        self.assertIsNone(record["caches_expire_at"], record)
        verify = self.cli("verify", "--json")
        self.assert_exit(verify, EXIT_OK)
        [checked] = verify.json()["records"]
        self.assertEqual(checked["resolvers"], [{"server": "127.0.0.1:53", "values": [ADDRESS_A], "ttl": RECORD_TTL}])

    def test_a_resolver_still_holding_the_old_value_says_when_its_cache_lets_it_go(self):
        dns = self.start(Bind9Server, self.root)
        # A second server plays a resolver whose cache still has the old value for 300 s.
        stale = self.start(Bind9Server, self.root)
        set_rrset(stale, NAME, "A", [ADDRESS_B], ttl=300)
        self.write(dns, ["127.0.0.1:%d" % stale.port], nameservers=["127.0.0.1:%d" % dns.port])
        before = now_utc()
        self.update(expect=EXIT_OK)
        record = self.record_status(NAME)
        self.assertIs(record["live"], True, record)
        expires = parse_time(record["caches_expire_at"])
        self.assertGreaterEqual((expires - before).total_seconds(), 299, record)
        self.assertLessEqual((expires - now_utc()).total_seconds(), 301, record)
        text = self.cli("status")
        self.assertIn("resolvers' caches let the old value go by %s" % record["caches_expire_at"], text.out)

    def test_no_server_to_ask_leaves_live_unknown_and_sends_no_query(self):
        dns = self.start(Bind9Server, self.root)
        self.write(dns, [])  # no resolvers and no name servers: nothing can be asked
        self.update(expect=EXIT_OK)
        record = self.record_status(NAME)
        self.assertIsNone(record["live"], record)
        self.assertEqual(record["served"], [], record)


class DaemonDriftTests(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)

    def test_a_running_homing_finds_drift_tells_the_user_and_sets_the_record_back(self):
        dns = self.start(Bind9Server, self.root)
        self.env[TSIG_ENV] = dns.secret(DDNS_KEY)
        account = {"id": ACCOUNT, "provider": "rfc2136", "nameservers": ["127.0.0.1:%d" % dns.port],
                   "settings": {"server": dns.address, "port": dns.port, "zone": ZONE, "key_name": DDNS_KEY},
                   "secrets": {"tsig_secret": self.secret_ref(TSIG_ENV)}}
        self.write_config(self.make_config(self.echo_service.sources(2), [account],
                                           [self.record(ACCOUNT, NAME, ttl=RECORD_TTL)], min_agree=2))
        daemon = self.start_daemon()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and self.record_status(NAME).get("live") is not True:
            time.sleep(0.2)
        self.assertIs(self.record_status(NAME)["live"], True, "the daemon's check after its update")

        set_rrset(dns, NAME, "A", [ADDRESS_C], ttl=RECORD_TTL)
        # Checks are at most once a minute; "verify" asks the daemon to check now.
        result = self.cli("verify")
        self.assertIn("changed by someone else to %s" % ADDRESS_C, result.out)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and dig(dns, NAME, "A") != [(RECORD_TTL, ADDRESS_A)]:
            time.sleep(0.2)
        self.assertEqual(dig(dns, NAME, "A"), [(RECORD_TTL, ADDRESS_A)], "the daemon did not set the record back")
        # Its check after that update finds the record live again.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and self.record_status(NAME).get("live") is not True:
            time.sleep(0.2)
        record = self.record_status(NAME)
        self.assertIs(record["live"], True, record)
        self.assertIsNone(record["drift"], record)
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, 0)
        out, err = daemon.output()
        self.assertIn("%s (A) was changed: %s now points to %s, which Homing did not set." % (NAME, NAME, ADDRESS_C),
                      out + err)
        results = [entry["result"] for entry in self.history() if entry["record"] == NAME]
        self.assertEqual(results, ["ok", "live", "drift", "ok", "live"], results)


if __name__ == "__main__":
    unittest.main()
