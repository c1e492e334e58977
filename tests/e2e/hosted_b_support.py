"""What the end-to-end tests of the hosted record-API providers (Hetzner, the
old Hetzner DNS Console, ClouDNS, IONOS, Dynu's API) share: one emulator per
test, one record, and the same questions asked of each provider.

A provider's test class says how its emulator holds records (options, values,
other_records), how its account is written, and how it is rate limited; the
tests here do the rest.
"""

import json

from homing_e2e.emulators import NodeEmulator
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_C, CANARY, EXIT_FAILURE, EXIT_OK, EXIT_USAGE,
                                HomingTestCase, now_utc)

WRONG_ENV = "HOMING_TEST_WRONG_SECRET"
WRONG_SECRET = "wrong-secret-0000.0000"


class RecordApiTests(HomingTestCase):
    """Mixed into a provider's class; unittest skips this base itself."""

    EMULATOR = None
    NAME = "nas.example.com"
    OTHER_ZONE_NAME = "nas.not-in-this-account.org"
    LOW_TTL = 30          # a TTL the provider's rule refuses
    RULE_WORDS = "60"     # words the refusal carries
    RETRY_SECONDS = 120   # what the rate limit asks for (None: the service does not say)
    SECRET_ENV = "HOMING_TEST_TOKEN"

    # -- what each provider says ---------------------------------------------
    def options(self, existing=()):
        """Emulator options: `existing` addresses at NAME (A), and other records."""
        raise NotImplementedError

    def account(self, emulator, secret_ref):
        raise NotImplementedError

    def values(self, state, name=None):
        """The addresses the emulator holds at NAME (or `name`), type A, sorted."""
        raise NotImplementedError

    def other_records(self, state):
        """Everything the emulator holds that is not an A record at NAME."""
        raise NotImplementedError

    def rate_limit(self, emulator):
        """Makes the next request rate limited, asking for RETRY_SECONDS."""
        emulator.queue(429, {}, headers={"Retry-After": str(self.RETRY_SECONDS)})

    def is_write(self, request):
        return request.method != "GET"

    # -- plumbing ---------------------------------------------------------------
    @classmethod
    def setUpClass(cls):
        if cls.EMULATOR is None:
            raise __import__("unittest").SkipTest("base class")
        super().setUpClass()

    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)
        self.env[WRONG_ENV] = WRONG_SECRET

    def start_emulator(self, existing=(), **extra):
        options = self.options(existing)
        options.update(extra)
        self.emu = self.start(NodeEmulator, self.EMULATOR, options)
        return self.emu

    def write(self, name=None, secret_ref=None, **record):
        account = self.account(self.emu, secret_ref or self.secret_ref())
        self.write_config(self.make_config(self.echo_service.sources(2), [account],
                                           [self.record(account["id"], name or self.NAME, **record)], min_agree=2))

    def writes(self):
        return [r for r in self.emu.received() if self.is_write(r)]

    def state(self):
        return self.emu.state()

    def assert_blocked(self, name, result_key):
        record = self.record_status(name)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", result_key), record)
        self.assertIsNone(record["next_attempt"], record)
        return record

    # -- the questions -------------------------------------------------------------
    def test_creates_a_missing_record_and_the_next_run_sends_nothing(self):
        self.start_emulator()
        before = self.other_records(self.state())
        self.write()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.values(self.state()), [ADDRESS_A])
        self.assertEqual(len(self.writes()), 1, [(r.method, r.path) for r in self.writes()])
        self.assertEqual(self.other_records(self.state()), before, "other records changed")
        record = self.record_status(self.NAME)
        self.assertEqual((record["state"], record["value"]), ("in_sync", ADDRESS_A), record)
        count = self.emu.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.emu.count(), count, "a second run sent requests")

    def test_updates_in_place_and_leaves_other_records_alone(self):
        self.start_emulator(existing=[ADDRESS_B])
        before = self.other_records(self.state())
        self.write()
        result = self.update(expect=EXIT_OK)
        self.assertIn(ADDRESS_B, result.out + json.dumps(self.history()))
        self.assertEqual(self.values(self.state()), [ADDRESS_A])
        self.assertEqual(len(self.writes()), 1, [(r.method, r.path) for r in self.writes()])
        self.assertEqual(self.other_records(self.state()), before, "other records changed")

    def test_a_record_already_right_is_not_written(self):
        self.start_emulator(existing=[ADDRESS_A])
        self.write()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.writes(), [])
        self.assertGreater(self.emu.count(), 0, "the provider was not asked")
        self.assertIn("no_change", [entry["result"] for entry in self.history()])

    def test_several_records_and_none_holds_the_address_is_a_conflict(self):
        self.start_emulator(existing=[ADDRESS_B, ADDRESS_C])
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(self.NAME, "config_error")
        self.assertIn("record_id", record["last_error"])
        self.assertEqual(self.writes(), [])
        self.assertEqual(self.values(self.state()), sorted([ADDRESS_B, ADDRESS_C]))

    def test_bad_credentials_block_the_record_across_restarts(self):
        self.start_emulator(existing=[ADDRESS_B])
        self.write(secret_ref="env:" + WRONG_ENV)
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(self.NAME, "auth_failed")
        count = self.emu.count()
        for _ in range(2):
            result = self.update(expect=EXIT_FAILURE)
            self.assertIn("blocked", result.out)
            self.assertEqual(self.emu.count(), count, "a blocked record was sent again")
        self.assertEqual(self.values(self.state()), [ADDRESS_B])

    def test_rate_limit_waits_as_long_as_asked(self):
        self.start_emulator(existing=[ADDRESS_B])
        self.write()
        self.rate_limit(self.emu)
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(self.NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "rate_limited"), record)
        self.assert_next_attempt_at_least(record, self.RETRY_SECONDS or 48, started)
        count = self.emu.count()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.emu.count(), count, "a record waiting for its retry time was sent again")

    def test_ttl_below_the_rule_is_refused_naming_the_rule(self):
        self.start_emulator()
        self.write(ttl=self.LOW_TTL)
        result = self.cli("check-config")
        self.assert_exit(result, EXIT_USAGE)
        self.assertIn(self.RULE_WORDS, result.out + result.err)
        self.assertIn("ttl", result.out + result.err)
        self.update(expect=EXIT_USAGE)
        self.assertEqual(self.emu.count(), 0)

    def test_a_name_in_no_zone_of_the_account_is_no_such_host(self):
        self.start_emulator()
        self.write(name=self.OTHER_ZONE_NAME)
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(self.OTHER_ZONE_NAME, "no_such_host")
        self.assertEqual(self.writes(), [])
