"""What every token-based hosted provider must do end to end (GoDaddy,
Porkbun, Gandi LiveDNS, deSEC, DigitalOcean), run by test_<id>.py against the
provider's emulator in tests/emulators/<id>.js.

HostedProviderCases is a mixin: a test module combines it with
HomingTestCase and a small adapter that knows the emulator's state:

    start_provider(zones)           zones: {zone: []}; starts the emulator (self.emulator)
    account(account_id="h")         the account's config dict (secret: the canary)
    seed(zone, name, rtype, values, ttl)  records as the user made them; name relative, "@" apex
    values(zone, name, rtype)       [(value, ttl)] of the records now there, in order
    ids(zone, name, rtype)          the provider's ids of those records ([] where it has none)
    records_snapshot()              every record of every zone (to prove the others untouched)
    writes()                        requests that change something
    reject_credentials()            the provider stops accepting the account's secret
    throttle()                      the provider starts refusing for going too fast;
                                    returns the wait it announces (None: no Retry-After)
    TTL_TOO_LOW, TTL_RULE           a TTL below the provider's minimum, words of the rule
    TTL_REFUSAL                     (status, body, headers) the service answers a TTL below its minimum
                                    (None where that answer is not known)
"""

import json

from homing_e2e.harness import ADDRESS_A, ADDRESS_B, ADDRESS_C, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, now_utc

ZONE = "example.com"
NAME = "nas.example.com"


class HostedProviderCases:
    ACCOUNT = "h"
    OFFERS_RECORD_ID = True  # the provider has the record setting record_id
    TTL_TOO_LOW = None
    TTL_RULE = None
    TTL_REFUSAL = None
    RATE_LIMIT_MINIMUM_WAIT = 48  # no Retry-After: Homing's first backoff (60 s - 20 %)

    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)

    # -- helpers -------------------------------------------------------------
    def write_hosted(self, records=None, accounts=None):
        records = records or [self.record(self.ACCOUNT, NAME)]
        self.write_config(self.make_config(self.echo_service.sources(2), accounts or [self.account()], records,
                                           min_agree=2))

    def count(self):
        return self.emulator.count()

    def assert_blocked(self, name, result_key, rtype="A"):
        record = self.record_status(name, rtype)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", result_key), record)
        self.assertIsNone(record["next_attempt"], record)
        return record

    def assert_stays_blocked(self, name):
        count = self.count()
        for _ in range(2):
            result = self.update(expect=EXIT_FAILURE)
            self.assertIn("blocked", result.out)
            self.assertEqual(self.count(), count, "a blocked record was sent again:\n%s" % result)

    # -- the cases -------------------------------------------------------------
    def test_creates_a_missing_record(self):
        self.start_provider({ZONE: []})
        self.write_hosted()
        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % NAME, result.out)
        self.assertEqual([v for v, _ in self.values(ZONE, "nas", "A")], [ADDRESS_A])
        self.assertEqual(len(self.writes()), 1)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["value"]), ("in_sync", ADDRESS_A), record)

    def test_updates_in_place_leaves_the_others_alone_and_writes_once(self):
        self.start_provider({ZONE: [], "other.org": []})
        self.seed(ZONE, "nas", "A", [ADDRESS_B], 3600)
        self.seed(ZONE, "nas", "AAAA", ["2a00:1450:4001:81c::200e"], 3600)
        self.seed(ZONE, "www", "A", [ADDRESS_B], 3600)
        self.seed("other.org", "nas", "A", [ADDRESS_C], 3600)
        ids = self.ids(ZONE, "nas", "A")
        before = self.records_snapshot()
        self.write_hosted()

        self.update(expect=EXIT_OK)
        self.assertEqual(self.values(ZONE, "nas", "A"), [(ADDRESS_A, 3600)], "the value changes, the TTL stays")
        self.assertEqual(self.ids(ZONE, "nas", "A"), ids, "changed in place, not replaced by a new record")
        self.assertEqual(len(self.writes()), 1)
        after = self.records_snapshot()
        self.assert_only_changed(before, after, ZONE, "nas", "A")

        # Settled: a second run sends nothing at all.
        count = self.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.count(), count)

    def test_a_record_already_right_is_not_written(self):
        self.start_provider({ZONE: []})
        self.seed(ZONE, "nas", "A", [ADDRESS_A], 3600)
        self.write_hosted()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.writes(), [])
        self.assertEqual(self.record_status(NAME)["state"], "in_sync")

    def test_several_records_and_none_holds_the_address_is_a_conflict(self):
        self.start_provider({ZONE: []})
        self.seed(ZONE, "nas", "A", [ADDRESS_B, ADDRESS_C], 3600)
        before = self.records_snapshot()
        self.write_hosted()
        result = self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        self.assertEqual(self.records_snapshot(), before)
        record = self.assert_blocked(NAME, "config_error")
        self.assertIn("2 A records exist for %s" % NAME, record["last_error"])
        # The advice names record_id only where it can be set.
        self.assertEqual("record_id" in record["last_error"], self.OFFERS_RECORD_ID, record["last_error"])
        self.assertIn(ADDRESS_B, result.out + result.err)
        self.assert_stays_blocked(NAME)

    def test_apex_and_the_longest_zone(self):
        self.start_provider({"example.com.cn": [], "b.example.com.cn": []})
        self.write_hosted([self.record(self.ACCOUNT, "a.b.example.com.cn"), self.record(self.ACCOUNT, "example.com.cn")])
        self.update(expect=EXIT_OK)
        self.assertEqual([v for v, _ in self.values("b.example.com.cn", "a", "A")], [ADDRESS_A])
        self.assertEqual([v for v, _ in self.values("example.com.cn", "@", "A")], [ADDRESS_A])
        self.assertEqual(self.values("example.com.cn", "a.b", "A"), [], "not in the parent zone")

    def test_a_name_in_no_domain_of_the_account_is_blocked(self):
        self.start_provider({ZONE: []})
        self.write_hosted([self.record(self.ACCOUNT, "nas.other.org")])
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        record = self.assert_blocked("nas.other.org", "no_such_host")
        self.assertIn("nas.other.org", record["last_error"])
        self.assert_stays_blocked("nas.other.org")

    def test_rejected_credentials_block_the_record_across_restarts(self):
        self.start_provider({ZONE: []})
        self.seed(ZONE, "nas", "A", [ADDRESS_B], 3600)
        self.reject_credentials()
        self.write_hosted()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        self.assert_blocked(NAME, "auth_failed")
        self.assertEqual([e["result"] for e in self.history() if e["record"] == NAME], ["auth_failed"])
        self.assert_stays_blocked(NAME)

    def test_rate_limit_waits_as_told(self):
        self.start_provider({ZONE: []})
        wait = self.throttle()
        self.write_hosted()
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "rate_limited"), record)
        self.assert_next_attempt_at_least(record, wait if wait else self.RATE_LIMIT_MINIMUM_WAIT, started)
        count = self.count()
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("waiting until", result.out)
        self.assertEqual(self.count(), count, "a throttled record was sent again before its time")

    def test_a_ttl_below_the_minimum_is_refused_naming_the_rule(self):
        self.start_provider({ZONE: []})
        self.write_hosted([self.record(self.ACCOUNT, NAME, ttl=self.TTL_TOO_LOW)])
        result = self.update()
        self.assert_exit(result, EXIT_USAGE)
        self.assertIn("ttl", result.err)
        self.assertIn(self.TTL_RULE, result.err)
        self.assertEqual(self.count(), 0, "nothing is sent with a configuration that cannot work")

    def test_the_services_ttl_refusal_is_a_config_error(self):
        if self.TTL_REFUSAL is None:
            self.skipTest("the service's answer to a TTL below its minimum is not known")
        self.start_provider({ZONE: []})
        status, body, headers = self.TTL_REFUSAL
        self.emulator.queue(status, body, headers, times=20)
        self.write_hosted()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(NAME, "config_error")
        self.assertIn(str(status), record["last_error"])
        self.assert_stays_blocked(NAME)

    # -- assertions ----------------------------------------------------------------
    def assert_only_changed(self, before, after, zone, name, rtype):
        def without(snapshot):
            return {key: value for key, value in snapshot.items() if key != (zone, name, rtype)}
        self.assertEqual(without(after), without(before), "records other than %s %s %s changed" % (zone, name, rtype))


def body_of(request):
    return json.loads(request.body.decode("utf-8")) if request.body else None
