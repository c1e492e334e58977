"""PowerDNS Authoritative (HTTP API) against a real pdns_server started by the
test (sqlite3 backend, API key = the harness's CANARY): A and AAAA served by
its DNS with the configured TTL after `homing-cli update`, nothing sent when
in sync, other RRsets of the name kept through REPLACE, a wrong key blocks the
record, an unknown zone is named, and plain HTTP to a non-loopback address
needs the account's allow_insecure_http."""

import os
import subprocess
import unittest

from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_V6, CANARY, EXIT_FAILURE, EXIT_OK, EXIT_USAGE,
                                HomingTestCase, setUpModule)  # noqa: F401
from homing_e2e.powerdns_server import PowerDnsServer

ZONE = "example.test."
NAME = "nas.example.test"
FQDN = NAME + "."


class PowerDnsTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo4 = self.echo(ADDRESS_A)
        self.echo6 = self.echo(ADDRESS_V6)

    def start_pdns(self, web_address="127.0.0.1"):
        self.pdns = self.start(PowerDnsServer, os.path.join(self.root, "pdns"), api_key=CANARY,
                               web_address=web_address)
        # Other records of the name that a REPLACE of A or AAAA must not touch.
        self.pdns.replace(ZONE, FQDN, "TXT", 300, ['"keep me"'])
        self.pdns.replace(ZONE, FQDN, "MX", 300, ["10 mail.example.test."])
        return self.pdns

    def account(self, secret=None, endpoint=None, **settings):
        account = {"id": "pdns", "provider": "powerdns", "endpoint": endpoint or self.pdns.base_url,
                   "settings": dict({"server_id": "localhost", "zone": "example.test"}, **settings),
                   "secrets": {"api_key": secret or self.secret_ref()}}
        return account

    def write(self, account=None, ttl=60, v6=True, name=NAME):
        records = [self.record("pdns", name, "A", ttl=ttl)]
        if v6:
            records.append(self.record("pdns", name, "AAAA", ttl=ttl))
        self.write_config(self.make_config(self.echo4.sources(2), [account or self.account()], records, min_agree=2,
                                           ipv6_sources=self.echo6.sources(2) if v6 else None,
                                           ipv6_min_agree=2 if v6 else None))


class UpdateTests(PowerDnsTestCase):
    def test_a_and_aaaa_are_served_with_the_ttl_and_a_second_run_sends_nothing(self):
        self.start_pdns()
        self.write(ttl=60)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.pdns.dig(NAME, "A"), [(60, ADDRESS_A)])
        self.assertEqual(self.pdns.dig(NAME, "AAAA"), [(60, ADDRESS_V6)])
        # One read and one REPLACE of exactly that name and type each.
        writes = self.pdns.writes()
        self.assertEqual(sorted((w.method, w.path, w.status) for w in writes),
                         [("PATCH", "/api/v1/servers/localhost/zones/example.test.", 204)] * 2)
        self.assertEqual(sorted((r["name"], r["type"], r["ttl"], r["changetype"], r["records"])
                                for w in writes for r in [w.json()["rrsets"][0]]),
                         [(FQDN, "A", 60, "REPLACE", [{"content": ADDRESS_A, "disabled": False}]),
                          (FQDN, "AAAA", 60, "REPLACE", [{"content": ADDRESS_V6, "disabled": False}])])
        for request in self.pdns.received():
            self.assertEqual(request.header("x-api-key"), CANARY)
        reads = self.pdns.received(method="GET")
        self.assertEqual(sorted((r.param("rrset_name"), r.param("rrset_type")) for r in reads),
                         [(FQDN, "A"), (FQDN, "AAAA")])
        self.assertEqual((self.record_status(NAME)["state"], self.record_status(NAME, "AAAA")["state"]),
                         ("in_sync", "in_sync"))

        # Other records of the name survived both REPLACEs.
        self.assertEqual(self.pdns.dig(NAME, "TXT"), [(300, '"keep me"')])
        self.assertEqual(self.pdns.dig(NAME, "MX"), [(300, "10 mail.example.test.")])

        # Nothing to do: the next run sends nothing at all (in sync, not even a read),
        # and the zone's serial stays.
        serial = self.pdns.serial(ZONE)
        count = self.pdns.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.pdns.count(), count)
        self.assertEqual(self.pdns.serial(ZONE), serial)

    def test_a_record_already_right_is_read_and_not_written(self):
        self.start_pdns()
        self.pdns.replace(ZONE, FQDN, "A", 60, [ADDRESS_A])
        serial = self.pdns.serial(ZONE)
        self.write(ttl=60, v6=False)
        result = self.update(expect=EXIT_OK)
        self.assertEqual([r.method for r in self.pdns.received()], ["GET"])
        self.assertEqual(self.pdns.serial(ZONE), serial)
        self.assertEqual(self.record_status(NAME)["state"], "in_sync", result)

    def test_a_changed_address_replaces_the_rrset_and_keeps_its_ttl(self):
        self.start_pdns()
        self.pdns.replace(ZONE, FQDN, "A", 120, [ADDRESS_B])
        self.write(ttl=0, v6=False)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.pdns.rrset(ZONE, FQDN, "A"), (120, [ADDRESS_A]))
        self.assertEqual(self.pdns.dig(NAME, "A"), [(120, ADDRESS_A)])
        self.assertEqual(self.pdns.rrset(ZONE, FQDN, "TXT"), (300, ['"keep me"']))
        self.assertEqual(self.pdns.rrset(ZONE, FQDN, "MX"), (300, ["10 mail.example.test."]))

    def test_an_rrset_of_other_values_is_a_conflict_and_is_not_touched(self):
        self.start_pdns()
        self.pdns.replace(ZONE, FQDN, "A", 60, [ADDRESS_B, "81.2.69.2"])
        self.write(v6=False)
        result = self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.pdns.writes(), [])
        self.assertEqual(self.pdns.rrset(ZONE, FQDN, "A"), (60, sorted([ADDRESS_B, "81.2.69.2"])))
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "config_error"), result)
        self.assertIn("does not guess", record["last_error"])

    def test_the_zone_is_found_among_the_servers_zones(self):
        self.start_pdns()
        self.pdns.create_zone("home.example.test.", ["ns1.example.test."])
        self.write(account=self.account(zone=""), v6=False, name="nas.home.example.test")
        self.update(expect=EXIT_OK)
        self.assertEqual(self.pdns.rrset("home.example.test.", "nas.home.example.test.", "A"), (60, [ADDRESS_A]))
        self.assertIsNone(self.pdns.rrset(ZONE, "nas.home.example.test.", "A"))
        self.assertEqual([(r.method, r.path) for r in self.pdns.received()],
                         [("GET", "/api/v1/servers/localhost/zones"),
                          ("GET", "/api/v1/servers/localhost/zones/home.example.test."),
                          ("PATCH", "/api/v1/servers/localhost/zones/home.example.test.")])

    def test_the_apex(self):
        self.start_pdns()
        self.write(v6=False, name="example.test")
        self.update(expect=EXIT_OK)
        self.assertEqual(self.pdns.dig("example.test", "A"), [(60, ADDRESS_A)])
        self.assertEqual(self.pdns.dig("example.test", "NS"), [(3600, "ns1.example.test.")])


class FailureTests(PowerDnsTestCase):
    def test_a_wrong_api_key_blocks_the_record_and_a_second_run_sends_nothing(self):
        self.start_pdns()
        self.env["HOMING_WRONG"] = "not-the-api-key"
        self.write(account=self.account(secret="env:HOMING_WRONG"), v6=False)
        result = self.update(expect=EXIT_FAILURE)
        self.assertEqual([(r.method, r.status) for r in self.pdns.received()], [("GET", 401)])
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "auth_failed"), result)
        self.assertIn("HTTP status 401, Unauthorized", record["last_error"])
        self.assertIn("api_key", record["last_error"])
        self.assertIsNone(self.pdns.rrset(ZONE, FQDN, "A"))

        count = self.pdns.count()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.pdns.count(), count)
        self.assertEqual(self.record_status(NAME)["state"], "blocked")

    def test_an_unknown_zone_is_no_such_host_and_named(self):
        self.start_pdns()
        self.write(account=self.account(zone="nope.test"), v6=False, name="nas.nope.test")
        result = self.update(expect=EXIT_FAILURE)
        record = self.record_status("nas.nope.test")
        self.assertEqual(record["last_result"], "no_such_host", result)
        self.assertIn("has no zone nope.test.", record["last_error"])
        self.assertIn("Not Found", record["last_error"])
        self.assertEqual(self.pdns.writes(), [])

    def test_a_refused_value_carries_powerdns_own_words(self):
        # A CNAME at the name: PowerDNS refuses an A beside it with 422.
        self.start_pdns()
        self.pdns.replace(ZONE, "alias.example.test.", "CNAME", 60, ["nas.example.test."])
        self.write(v6=False, name="alias.example.test")
        result = self.update(expect=EXIT_FAILURE)
        record = self.record_status("alias.example.test")
        self.assertEqual(record["last_result"], "config_error", result)
        self.assertIn("HTTP status 422", record["last_error"])
        self.assertIn("RRset alias.example.test. IN A: Conflicts with pre-existing RRset", record["last_error"])
        self.assertEqual(self.pdns.rrset(ZONE, "alias.example.test.", "CNAME"), (60, ["nas.example.test."]))


class ConfigTests(PowerDnsTestCase):
    def test_an_account_without_endpoint_or_a_name_outside_the_zone_is_refused(self):
        account = self.account(endpoint="http://127.0.0.1:1")
        del account["endpoint"]
        self.write(account=account, v6=False)
        result = self.cli("check-config")
        self.assert_exit(result, EXIT_USAGE)
        self.assertIn("accounts[0].endpoint: must be the URL of the PowerDNS webserver", result.err)

        self.write(account=self.account(endpoint="http://127.0.0.1:1"), v6=False, name="nas.example.org")
        result = self.cli("check-config")
        self.assert_exit(result, EXIT_USAGE)
        self.assertIn("is not in the account's zone example.test", result.err)


class CheckTests(PowerDnsTestCase):
    def test_the_test_button_reads_the_server_and_the_zone_and_writes_nothing(self):
        self.start_pdns()
        self.pdns.replace(ZONE, FQDN, "A", 60, [ADDRESS_B])
        self.write(v6=False)
        serial = self.pdns.serial(ZONE)
        result = self.cli("test-account", "pdns", "--record", NAME)
        self.assert_exit(result, EXIT_OK)
        self.assertIn("the zone example.test. is found; the A record of %s holds %s now" % (NAME, ADDRESS_B), result.out)
        self.assertEqual([(r.method, r.path) for r in self.pdns.received()],
                         [("GET", "/api/v1/servers/localhost"),
                          ("GET", "/api/v1/servers/localhost/zones/example.test.")])
        self.assertEqual(self.pdns.serial(ZONE), serial)
        self.assertFalse(os.path.exists(os.path.join(self.data_dir, "state.json")))


class PlainHttpTests(PowerDnsTestCase):
    """The core lets a credential go over plain HTTP to loopback only; a
    PowerDNS on a LAN address needs the account's allow_insecure_http."""

    LAN_ADDRESS = "10.53.0.9"

    def add_lan_address(self):
        # Only inside this suite's private namespace (the harness checked that
        # lo is its only interface): the address lives on lo and goes nowhere.
        added = subprocess.run(["ip", "addr", "add", self.LAN_ADDRESS + "/32", "dev", "lo"], capture_output=True)
        if added.returncode != 0:
            self.skipTest("cannot add %s to lo here: %s" % (self.LAN_ADDRESS, added.stderr.decode().strip()))
        self.addCleanup(subprocess.run, ["ip", "addr", "del", self.LAN_ADDRESS + "/32", "dev", "lo"],
                        capture_output=True)

    def test_a_lan_address_over_plain_http_needs_allow_insecure_http(self):
        self.add_lan_address()
        self.start_pdns(web_address=self.LAN_ADDRESS)
        self.write(v6=False)
        result = self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.pdns.received(), [])
        self.assertIn("over plain HTTP", result.out + result.err)
        self.assertIsNone(self.pdns.rrset(ZONE, FQDN, "A"))

        account = dict(self.account(), allow_insecure_http=True)
        self.write(account=account, v6=False)
        # The refusal blocked the record: the changed configuration is a new start.
        result = self.update(expect=EXIT_OK)
        self.assertEqual(self.pdns.rrset(ZONE, FQDN, "A"), (60, [ADDRESS_A]), result)
        self.assertEqual([r.method for r in self.pdns.received()], ["GET", "PATCH"])


if __name__ == "__main__":
    unittest.main()
