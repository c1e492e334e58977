"""RFC 2136 dynamic update with TSIG (provider rfc2136) against real servers:
BIND 9 (named -g) and Knot DNS (knotd), started by the test on a high port of
127.0.0.1 (homing_e2e.dns_servers). Every case runs against both servers.

What the server serves is read with dig after `homing-cli update`; what Homing
sent is proved by the servers' own UPDATE counters (BIND's statistics channel,
Knot's mod-stats), not by Homing's output. The TSIG secret cannot be the
harness's canary (it must be base64), so this module checks after every run
that no key's real secret appears in the output or in any file of the config
and data directories (state, history, log), in any form.

PropagationCases: with the server named as the account's authoritative server,
an update is reported live, and a change made behind Homing's back with
nsupdate is reported as drift and set back at most once a day (every time
with always_correct).

The clock cases run homing-cli under libfaketime (Debian package faketime):
Homing has no test clock, and the server judges the time in the TSIG record.
"""

import base64
import os
import re
import shutil
import unittest
import urllib.parse

from homing_e2e.dns_servers import (ALGORITHMS, DDNS_KEY, IPV6, KEPT_RECORDS, NAME, NARROW_KEY, NS_ADDRESS, ZONE, ZONE_TTL,
                                    Bind9Server, KnotServer, algorithm_key, dig, set_rrset, wrong_secret)
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_C, ADDRESS_V6, EXIT_FAILURE, EXIT_OK, EXIT_USAGE,
                                HomingTestCase, now_utc, parse_time, setUpModule)  # noqa: F401

ACCOUNT = "ns"
TSIG_ENV = "HOMING_TSIG_SECRET"
RECORD_TTL = 120  # not the zone's $TTL (60): the served TTL must be the one configured
AAAA_TTL = 90
NO_SUCH_ZONE = "nosuch.test"

LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"


def secret_forms(secret):
    """Text forms a leaked TSIG secret could take: base64 (padded or not),
    percent-encoded, and the decoded key in hex."""
    raw = base64.b64decode(secret)
    forms = {secret.rstrip("="), urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret),
             raw.hex(), raw.hex().upper()}
    return sorted(forms, key=len, reverse=True), raw


class Rfc2136Cases:
    """The cases; a subclass names SERVER (Bind9Server or KnotServer)."""

    SERVER = None

    def setUp(self):
        super().setUp()
        self.tsig_secrets = []
        self.echo_service = self.echo(ADDRESS_A)
        self.dns = self.start(self.SERVER, self.root)
        for secret in self.dns.secrets():
            self.watch_secret(secret)
        self.use_secret(self.dns.secret(DDNS_KEY))

    # -- secrets -----------------------------------------------------------------
    def watch_secret(self, secret):
        if secret not in self.tsig_secrets:
            self.tsig_secrets.append(secret)

    def use_secret(self, secret, variable=TSIG_ENV):
        self.watch_secret(secret)
        self.env[variable] = secret

    def cli(self, *args, **kwargs):
        result = super().cli(*args, **kwargs)
        self.assert_no_tsig_secret(result.out, result.err, what=str(result))
        return result

    def assert_no_tsig_secret(self, *texts, what="homing-cli"):
        for secret in self.tsig_secrets:
            forms, raw = secret_forms(secret)
            for text in texts:
                for form in forms:
                    if form in text:
                        self.fail("a TSIG secret (as %r) leaked into the output of %s" % (form, what))
            for directory in (self.config_dir, self.data_dir):
                for base, _, files in os.walk(directory):
                    for name in files:
                        path = os.path.join(base, name)
                        try:
                            with open(path, "rb") as f:
                                content = f.read()
                        except OSError:
                            continue
                        for form in [f.encode() for f in forms] + [raw]:
                            if form in content:
                                self.fail("a TSIG secret (as %r) leaked into %s after %s" % (form, path, what))

    # -- configuration -------------------------------------------------------------
    def account(self, key=DDNS_KEY, algorithm=None, zone=ZONE, secret_variable=TSIG_ENV, account_id=ACCOUNT):
        settings = {"server": self.dns.address, "port": self.dns.port, "key_name": key}
        if zone is not None:
            settings["zone"] = zone
        if algorithm is not None:
            settings["algorithm"] = algorithm
        return {"id": account_id, "provider": "rfc2136", "settings": settings,
                "secrets": {"tsig_secret": self.secret_ref(secret_variable)}}

    def a_record(self, name=NAME, ttl=RECORD_TTL, account=ACCOUNT):
        return self.record(account, name, "A", ttl=ttl)

    def write(self, records=None, accounts=None, ipv6=False):
        extra = {}
        if ipv6:
            self.echo6 = self.echo(ADDRESS_V6)
            extra = {"ipv6_sources": self.echo6.sources(2), "ipv6_min_agree": 2}
        self.write_config(self.make_config(self.echo_service.sources(2), accounts or [self.account()],
                                           records or [self.a_record()], min_agree=2, **extra))

    # -- observations ----------------------------------------------------------------
    def served(self, rtype="A", name=NAME):
        return dig(self.dns, name, rtype)

    def updates(self):
        return self.dns.update_count()

    def messages(self):
        """Every message the server received (the fixture's dig queries included)."""
        return self.dns.update_count() + self.dns.query_count()

    def assert_kept_records(self):
        for rtype, records in KEPT_RECORDS.items():
            self.assertEqual(self.served(rtype), records, "%s %s was not Homing's to change" % (NAME, rtype))
        self.assertEqual(dig(self.dns, "ns1." + ZONE, "A"), [(ZONE_TTL, NS_ADDRESS)])

    def assert_state(self, name, state, result_key, rtype="A"):
        record = self.record_status(name, rtype)
        self.assertEqual((record["state"], record["last_result"]), (state, result_key), record)
        return record

    def assert_sends_nothing_more(self, runs=2, expect=EXIT_FAILURE):
        """Further runs send the server no message at all (checked with the
        server's counters, read before any dig of the test's own)."""
        before = self.messages()
        for _ in range(runs):
            result = self.update(expect=expect)
            self.assertEqual(self.messages(), before, "a run sent the server something:\n%s" % result)
            before = self.messages()
        return result

    # -- the cases -------------------------------------------------------------------
    def test_a_and_aaaa_are_served_with_the_configured_ttl_and_a_second_run_sends_no_update(self):
        self.write([self.a_record(), self.record(ACCOUNT, NAME, "AAAA", ttl=AAAA_TTL)], ipv6=True)
        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % NAME, result.out)
        self.assertIn("%s AAAA: updated" % NAME, result.out)
        self.assertEqual(self.updates(), 2, "one UPDATE message per RRset")
        self.assertEqual(self.served("A"), [(RECORD_TTL, ADDRESS_A)])
        self.assertEqual(self.served("AAAA"), [(AAAA_TTL, ADDRESS_V6)])
        for rtype, value in (("A", ADDRESS_A), ("AAAA", ADDRESS_V6)):
            record = self.assert_state(NAME, "in_sync", "ok", rtype)
            self.assertEqual(record["value"], value, record)

        updates = self.updates()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.updates(), updates, "the second run sent an UPDATE")
        self.assertEqual(self.served("A"), [(RECORD_TTL, ADDRESS_A)])
        self.assertEqual(self.served("AAAA"), [(AAAA_TTL, ADDRESS_V6)])
        self.assertEqual([e["result"] for e in self.history() if e["record"] == NAME].count("ok"), 2,
                         "one update per RRset in the history")

    def test_other_records_of_the_name_survive(self):
        self.write()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.served("A"), [(RECORD_TTL, ADDRESS_A)])
        self.assert_kept_records()
        self.echo_service.set_address(ADDRESS_B)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.served("A"), [(RECORD_TTL, ADDRESS_B)])
        self.assert_kept_records()

    def test_a_changed_address_replaces_the_whole_rrset(self):
        # Someone left two addresses with another TTL: Homing's RRset is the name's A RRset, whole.
        set_rrset(self.dns, NAME, "A", [ADDRESS_B, "192.0.2.1"], ttl=300)
        updates = self.updates()
        self.write()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.served("A"), [(RECORD_TTL, ADDRESS_A)], "exactly one value, the new one")
        self.assertEqual(self.updates(), updates + 1, "delete and add in one UPDATE message")

        self.echo_service.set_address(ADDRESS_C)
        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % NAME, result.out)
        self.assertEqual(self.served("A"), [(RECORD_TTL, ADDRESS_C)])
        self.assertEqual(self.updates(), updates + 2)
        record = self.assert_state(NAME, "in_sync", "ok")
        self.assertEqual(record["value"], ADDRESS_C, record)
        self.assert_kept_records()

    def test_a_wrong_secret_is_auth_failed_badsig_and_the_record_is_blocked(self):
        self.use_secret(wrong_secret(self.dns.secret(DDNS_KEY)))
        self.write()
        result = self.update(expect=EXIT_FAILURE)
        record = self.assert_state(NAME, "blocked", "auth_failed")
        self.assertIsNone(record["next_attempt"], record)
        self.assertIn("BADSIG", record["last_error"])
        self.assertIn("BADSIG", result.out + result.err)
        self.assertEqual(self.history()[-1]["result"], "auth_failed")
        self.assertEqual(self.served("A"), [])
        result = self.assert_sends_nothing_more()
        self.assertIn("blocked", result.out)

    def test_a_key_not_allowed_for_the_name_is_told_not_allowed(self):
        # narrow-key may change other.example.test only.
        self.use_secret(self.dns.secret(NARROW_KEY))
        self.write(accounts=[self.account(key=NARROW_KEY)])
        self.update(expect=EXIT_FAILURE)
        record = self.assert_state(NAME, "blocked", "auth_failed")
        self.assertIn("not allowed", record["last_error"].lower())
        self.assertIn(NARROW_KEY, record["last_error"])
        self.assert_narrow_key_detail(record["last_error"])
        self.assertEqual(self.served("A"), [])
        self.assert_sends_nothing_more()

    def assert_narrow_key_detail(self, detail):
        pass  # each server's own words: see the subclasses

    def test_a_zone_the_server_does_not_serve_is_no_such_zone(self):
        name = "h." + NO_SUCH_ZONE
        self.write(accounts=[self.account(zone=NO_SUCH_ZONE)], records=[self.a_record(name)])
        self.update(expect=EXIT_FAILURE)
        record = self.assert_state(name, "blocked", "no_such_host")
        self.assertIn("no such zone", record["last_error"].lower())
        self.assertIn(NO_SUCH_ZONE, record["last_error"])
        self.assertEqual(self.history()[-1]["result"], "no_such_host")
        self.assert_sends_nothing_more()

    def test_without_a_zone_the_soa_names_it_and_the_update_works(self):
        for zone in (None, ""):
            with self.subTest(zone=zone):
                shutil.rmtree(self.data_dir)
                os.makedirs(self.data_dir, mode=0o700)
                set_rrset(self.dns, NAME, "A", [ADDRESS_B])
                self.echo_service.set_address(ADDRESS_A if zone is None else ADDRESS_C)
                self.write(accounts=[self.account(zone=zone)])
                updates = self.updates()
                self.update(expect=EXIT_OK)
                self.assertEqual(self.served("A"), [(RECORD_TTL, ADDRESS_A if zone is None else ADDRESS_C)])
                self.assertEqual(self.updates(), updates + 1)
                self.assert_state(NAME, "in_sync", "ok")
                self.assert_kept_records()

    def test_without_a_zone_a_name_no_served_zone_holds_is_no_such_zone(self):
        name = "h." + NO_SUCH_ZONE
        self.write(accounts=[self.account(zone="")], records=[self.a_record(name)])
        self.update(expect=EXIT_FAILURE)
        record = self.assert_state(name, "blocked", "no_such_host")
        self.assertIn("no such zone", record["last_error"].lower())
        self.assertEqual(self.updates(), 0, "no UPDATE without a zone")

    def test_each_accepted_algorithm_works(self):
        accounts, records = [], []
        for algorithm in ALGORITHMS:
            variable = "HOMING_TSIG_" + algorithm.upper().replace("-", "_")
            key = algorithm_key(algorithm)
            self.use_secret(self.dns.secret(key), variable)
            account_id = algorithm.replace("hmac-", "")
            accounts.append(self.account(key=key, algorithm=algorithm, secret_variable=variable,
                                         account_id=account_id))
            records.append(self.a_record("%s.%s" % (account_id, ZONE), account=account_id))
        self.write(records, accounts)
        result = self.update(expect=EXIT_OK)
        for algorithm, record in zip(ALGORITHMS, records):
            with self.subTest(algorithm=algorithm):
                self.assertEqual(dig(self.dns, record["name"], "A"), [(RECORD_TTL, ADDRESS_A)], result)
                self.assert_state(record["name"], "in_sync", "ok")
        self.assertEqual(self.updates(), len(ALGORITHMS))

    @unittest.skipUnless(IPV6, "::1 cannot be bound in this namespace")
    def test_a_server_on_ipv6_loopback_is_updated(self):
        account = self.account()
        account["settings"]["server"] = "::1"
        self.write(accounts=[account])
        self.update(expect=EXIT_OK)
        self.assertEqual(dig(self.dns, NAME, "A", address="::1"), [(RECORD_TTL, ADDRESS_A)])
        self.assertEqual(self.updates(), 1)

    def test_the_default_algorithm_is_hmac_sha256(self):
        account = self.account()
        self.assertNotIn("algorithm", account["settings"])
        self.write(accounts=[account])
        self.update(expect=EXIT_OK)
        self.assertEqual(self.served("A"), [(RECORD_TTL, ADDRESS_A)])

    def test_hmac_md5_is_a_config_error_and_nothing_is_sent(self):
        before = self.messages()
        self.write(accounts=[self.account(algorithm="hmac-md5")])
        result = self.update()
        self.assert_exit(result, EXIT_USAGE)
        self.assertIn("hmac-md5", result.err)
        self.assertIn("algorithm", result.err)
        self.assertEqual(self.messages(), before, "nothing is sent with a configuration that cannot work")
        self.assertEqual(self.served("A"), [])

    # -- the clock -------------------------------------------------------------------
    def faked_clock_env(self, offset):
        if not os.path.exists(LIBFAKETIME):
            self.skipTest("libfaketime is missing (Debian package faketime: scripts/install-deps.sh --test)")
        env = dict(self.env)
        env.update({"LD_PRELOAD": LIBFAKETIME, "FAKETIME": offset, "DONT_FAKE_MONOTONIC": "1"})
        return env

    def assert_about_ten_minutes(self, detail):
        amounts = [int(n) * 60 for n in re.findall(r"(\d+) minute", detail)]
        amounts += [int(n) for n in re.findall(r"(\d+) second", detail)]
        self.assertTrue(any(540 <= seconds <= 660 for seconds in amounts),
                        "the detail does not say the clock is about 10 minutes off: %r" % detail)

    def run_with_clock_off(self, offset):
        env = self.faked_clock_env(offset)
        self.write()
        started = now_utc()
        self.update(expect=EXIT_FAILURE, env=env)
        record = self.assert_state(NAME, "failing", "clock_skew")
        detail = record["last_error"]
        self.assertIn("BADTIME", detail)
        self.assertIn("clock", detail)
        self.assert_about_ten_minutes(detail)
        self.assertEqual(self.served("A"), [])
        # The run did see the faked clock (else this would prove nothing about Homing).
        entry = self.history()[-1]
        self.assertEqual(entry["result"], "clock_skew")
        seen = parse_time(entry["time"]) - started
        self.assertGreater(abs(seen.total_seconds()), 500, "homing-cli did not run with the faked clock: %r" % entry)
        return detail

    def test_a_clock_ten_minutes_ahead_is_clock_skew_saying_by_how_much(self):
        detail = self.run_with_clock_off("+10m")
        self.assertIn("ahead", detail)

    def test_a_clock_ten_minutes_behind_is_clock_skew_saying_by_how_much(self):
        detail = self.run_with_clock_off("-10m")
        self.assertIn("behind", detail)

    # -- the Test button ---------------------------------------------------------------
    def test_the_test_button_sends_no_update(self):
        self.write()
        result = self.cli("test-account", ACCOUNT)
        self.assert_exit(result, EXIT_OK)
        self.assertIn(ZONE, result.out)
        self.assertEqual(self.updates(), 0)
        self.assertFalse(os.path.exists(os.path.join(self.data_dir, "state.json")))

    def test_the_test_button_reports_a_wrong_secret(self):
        self.use_secret(wrong_secret(self.dns.secret(DDNS_KEY)))
        self.write()
        result = self.cli("test-account", ACCOUNT, "--record", NAME)
        self.assert_exit(result, EXIT_FAILURE)
        self.assertIn("BADSIG", result.out)
        self.assertEqual(self.updates(), 0)


class PropagationCases:
    """Is the update served, and did someone else change it? The account names
    the server itself as the zone's authoritative server ("nameservers"), as
    the zone's NS (ns1.example.test, port 53) cannot be reached in the test."""

    SERVER = None

    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)
        self.dns = self.start(self.SERVER, self.root)
        self.watch_secrets = self.dns.secrets()
        self.env[TSIG_ENV] = self.dns.secret(DDNS_KEY)

    def cli(self, *args, **kwargs):
        result = super().cli(*args, **kwargs)
        for secret in self.watch_secrets:
            for form in secret_forms(secret)[0]:
                self.assertNotIn(form, result.out + result.err, "a TSIG secret leaked into %s" % result)
        return result

    def nameservers(self):
        servers = ["127.0.0.1:%d" % self.dns.port]
        if IPV6:
            servers.append("[::1]:%d" % self.dns.port)
        return servers

    def write(self, **record_extra):
        account = {"id": ACCOUNT, "provider": "rfc2136", "nameservers": self.nameservers(),
                   "settings": {"server": self.dns.address, "port": self.dns.port, "zone": ZONE,
                                "key_name": DDNS_KEY},
                   "secrets": {"tsig_secret": self.secret_ref(TSIG_ENV)}}
        self.write_config(self.make_config(self.echo_service.sources(2), [account],
                                           [self.record(ACCOUNT, NAME, ttl=RECORD_TTL, **record_extra)], min_agree=2))

    def served_a(self):
        return dig(self.dns, NAME, "A")

    def assert_live(self, value):
        record = self.record_status(NAME)
        self.assertIs(record["live"], True, record)
        self.assertEqual(sorted(answer["server"] for answer in record["served"]), sorted(self.nameservers()), record)
        for answer in record["served"]:
            self.assertEqual(answer.get("values"), [value], record)
        return record

    def entries(self, result_key):
        return [e for e in self.history() if e["record"] == NAME and e["result"] == result_key]

    def test_an_update_is_reported_live_once_every_authoritative_server_serves_it(self):
        self.write()
        self.update(expect=EXIT_OK)
        self.assert_live(ADDRESS_A)
        [live] = self.entries("live")
        self.assertEqual(live["new"], ADDRESS_A, live)
        result = self.cli("verify")
        self.assert_exit(result, EXIT_OK)
        result = self.cli("verify", "--json")
        self.assert_exit(result, EXIT_OK)
        self.assertEqual(self.dns.update_count(), 1, "verify asks, it never updates")

    def drift_to(self, value):
        set_rrset(self.dns, NAME, "A", [value], ttl=RECORD_TTL)
        result = self.cli("verify")
        self.assert_exit(result, EXIT_FAILURE)
        return result

    def test_drift_is_reported_and_set_back_at_most_once_a_day(self):
        self.write()
        self.update(expect=EXIT_OK)
        self.assert_live(ADDRESS_A)

        # Someone else points the name elsewhere, behind Homing's back.
        result = self.drift_to(ADDRESS_C)
        words = "%s now points to %s, which Homing did not set" % (NAME, ADDRESS_C)
        record = self.record_status(NAME)
        self.assertIs(record["live"], False, record)
        self.assertEqual(record["drift"]["value"], ADDRESS_C, record)
        [drift] = self.entries("drift")
        self.assertIn(words, drift["detail"])
        self.assertIn("at most once a day", drift["detail"])
        # The next run sets it back, once.
        updates = self.dns.update_count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.served_a(), [(RECORD_TTL, ADDRESS_A)])
        self.assertEqual(self.dns.update_count(), updates + 1)

        # Changed again the same day: reported, and left alone.
        self.drift_to(ADDRESS_C)
        drifts = self.entries("drift")
        self.assertEqual(len(drifts), 2, drifts)
        self.assertIn(words, drifts[-1]["detail"])
        self.assertIn("already set it back today", drifts[-1]["detail"])
        updates = self.dns.update_count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dns.update_count(), updates, "Homing overwrote someone's change twice in a day")
        self.assertEqual(self.served_a(), [(RECORD_TTL, ADDRESS_C)])
        self.assertEqual(self.record_status(NAME)["drift"]["value"], ADDRESS_C)

    def test_a_record_set_to_always_correct_is_set_back_every_time(self):
        self.write(always_correct=True)
        self.update(expect=EXIT_OK)
        for _ in range(2):
            self.drift_to(ADDRESS_C)
            updates = self.dns.update_count()
            self.update(expect=EXIT_OK)
            self.assertEqual(self.dns.update_count(), updates + 1)
            self.assertEqual(self.served_a(), [(RECORD_TTL, ADDRESS_A)])


class Bind9PropagationTests(PropagationCases, HomingTestCase):
    SERVER = Bind9Server


class KnotPropagationTests(PropagationCases, HomingTestCase):
    SERVER = KnotServer


class Bind9Tests(Rfc2136Cases, HomingTestCase):
    SERVER = Bind9Server

    def assert_narrow_key_detail(self, detail):
        self.assertIn("REFUSED", detail)  # update-policy denies it: REFUSED


class KnotTests(Rfc2136Cases, HomingTestCase):
    SERVER = KnotServer

    def assert_narrow_key_detail(self, detail):
        # Knot answers an update its ACL denies with NOTAUTH and the TSIG error
        # BADKEY, although it knows the key: the words must still say that the
        # key may not change this name, not only that the key is unknown.
        self.assertIn(NAME, detail)


if __name__ == "__main__":
    unittest.main()
