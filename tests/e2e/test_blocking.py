"""Fatal answers block a record: nothing is sent again until the user acts.

The user acts by forcing an update, or by changing the configuration or a
secret; a new process (every homing-cli run is one) must remember the block.
"""

import unittest

from homing_e2e import fakes
from homing_e2e.fakes import Response
from homing_e2e.harness import (ADDRESS_A, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase,
                                setUpModule)  # noqa: F401

DD_NAME = "home.example.org"
ROTATED = CANARY + "-rotated"

# dyndns2 code -> (result key, how the fake is made to answer it)
FATAL_DYNDNS2 = {
    "badauth": "auth_failed",
    "nohost": "no_such_host",
    "notfqdn": "no_such_host",
    "abuse": "abuse",
    "badagent": "config_error",
    "!donator": "config_error",
    "numhost": "config_error",
}


class BlockingTestCase(HomingTestCase):
    def assert_blocked(self, name, result_key, rtype="A"):
        record = self.record_status(name, rtype)
        self.assertEqual(record["state"], "blocked", record)
        self.assertEqual(record["last_result"], result_key, record)
        self.assertIsNotNone(record["last_error"], record)
        self.assertIsNotNone(record["advice"], record)
        self.assertIsNone(record["next_attempt"], "a blocked record has no retry time: %r" % record)
        return record


class Dyndns2FatalCodeTests(BlockingTestCase):
    def run_fatal_code(self, code):
        result_key = FATAL_DYNDNS2[code]
        echo = self.echo(ADDRESS_A)
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        if code == "badauth":
            dd.password = "the-password-the-user-changed-on-the-website"
        elif code == "nohost":
            dd.hosts = {"other.example.org": None}
        else:
            dd.set_override(Response.text(code))
        self.write_config(self.make_config(echo.sources(2), [self.dyndns2_account(dd)],
                                           [self.record("dd", DD_NAME)]))

        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("blocked", result.out)
        self.assertEqual(dd.count(), 1)
        record = self.assert_blocked(DD_NAME, result_key)
        if code not in ("badauth", "nohost"):
            self.assertIn(code, record["last_error"])
        self.assertEqual([e["result"] for e in self.history() if e["record"] == DD_NAME], [result_key])

        # Every later run is a new process: the block holds, nothing is sent.
        for _ in range(2):
            result = self.update(expect=EXIT_FAILURE)
            self.assertIn("blocked", result.out)
            self.assertEqual(dd.count(), 1, "a blocked record was sent again:\n%s" % result)
        self.assert_blocked(DD_NAME, result_key)
        self.assertEqual(len([e for e in self.history() if e["record"] == DD_NAME]), 1)

        # The user forces one attempt: exactly one request, still blocked.
        self.update("--force", expect=EXIT_FAILURE)
        self.assertEqual(dd.count(), 2)
        self.assert_blocked(DD_NAME, result_key)
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(dd.count(), 2)

        # The user changes the secret (and fixes things at the provider):
        # the next ordinary run tries again, once, and succeeds.
        dd.password = ROTATED
        dd.hosts = {DD_NAME: None}
        dd.set_override(None)
        self.env[self.SECRET_ENV] = ROTATED
        result = self.update(expect=EXIT_OK)
        self.assertEqual(dd.count(), 3)
        self.assertEqual(dd.updates()[-1].param("myip"), ADDRESS_A)
        self.assertEqual(self.record_status(DD_NAME)["state"], "in_sync")
        self.update(expect=EXIT_OK)
        self.assertEqual(dd.count(), 3)


def _make_fatal_test(code):
    def test(self):
        self.run_fatal_code(code)
    test.__name__ = "test_dyndns2_%s_blocks" % code.strip("!")
    test.__doc__ = "dyndns2 %r blocks the record until forced or the secret changes" % code
    return test


for _code in FATAL_DYNDNS2:
    setattr(Dyndns2FatalCodeTests, _make_fatal_test(_code).__name__, _make_fatal_test(_code))


class OtherBlockingTests(BlockingTestCase):
    def test_dyndns2_good_127_0_0_1_means_the_client_is_blocked(self):
        echo = self.echo(ADDRESS_A)
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        dd.set_override(Response.text("good 127.0.0.1"))
        self.write_config(self.make_config(echo.sources(2), [self.dyndns2_account(dd)],
                                           [self.record("dd", DD_NAME)]))
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(DD_NAME, "abuse")
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(dd.count(), 1)

    def test_dyndns2_http_401_blocks(self):
        echo = self.echo(ADDRESS_A)
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        dd.set_override(Response.text("Unauthorized", status=401))
        self.write_config(self.make_config(echo.sources(2), [self.dyndns2_account(dd)],
                                           [self.record("dd", DD_NAME)]))
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(DD_NAME, "auth_failed")
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(dd.count(), 1)

    def run_cloudflare_invalid_token(self, code):
        echo = self.echo(ADDRESS_A)
        cf = self.start(fakes.CloudflareServer, token="a-token-that-was-revoked")
        cf.invalid_token_code = code
        self.write_config(self.make_config(echo.sources(2), [self.cloudflare_account(cf)],
                                           [self.record("cf", "nas.example.com")]))
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(cf.count(), 1, "the first 403 ends the job")
        record = self.assert_blocked("nas.example.com", "auth_failed")
        self.assertIn(str(code), record["last_error"])
        self.assertIn("403", record["last_error"])
        self.update(expect=EXIT_FAILURE)
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(cf.count(), 1)
        self.update("--force", expect=EXIT_FAILURE)
        self.assertEqual(cf.count(), 2)
        # A new token releases the block.
        cf.token = "a-new-token"
        self.env[self.SECRET_ENV] = "a-new-token"
        self.update(expect=EXIT_OK)
        self.assertEqual(len(cf.writes()), 1)
        self.assertEqual(self.record_status("nas.example.com")["state"], "in_sync")

    def test_cloudflare_invalid_token_9109_blocks(self):
        self.run_cloudflare_invalid_token(9109)

    def test_cloudflare_token_without_permission_10000_blocks(self):
        self.run_cloudflare_invalid_token(10000)

    def test_cloudflare_zone_not_found_blocks(self):
        echo = self.echo(ADDRESS_A)
        cf = self.start(fakes.CloudflareServer, token=CANARY, zones={"example.net": "0" * 32})
        self.write_config(self.make_config(echo.sources(2), [self.cloudflare_account(cf)],
                                           [self.record("cf", "nas.example.com")]))
        self.update(expect=EXIT_FAILURE)
        self.assertEqual([r.param("name") for r in cf.received()], ["nas.example.com", "example.com"])
        record = self.assert_blocked("nas.example.com", "no_such_host")
        self.assertIn("zone_id", record["last_error"])
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(cf.count(), 2)

    def test_duckdns_ko_blocks(self):
        echo = self.echo(ADDRESS_A)
        duck = self.start(fakes.DuckDnsServer, token="another-token", domains=["myhome"])
        self.write_config(self.make_config(echo.sources(2), [self.duckdns_account(duck)],
                                           [self.record("duck", "myhome.duckdns.org")]))
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("blocked", result.out)
        record = self.assert_blocked("myhome.duckdns.org", "auth_failed")
        self.assertIn("KO", record["last_error"])
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(duck.count(), 1)
        self.update("--force", expect=EXIT_FAILURE)
        self.assertEqual(duck.count(), 2)

    def test_block_released_by_a_configuration_change(self):
        echo = self.echo(ADDRESS_A)
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        account = self.dyndns2_account(dd)
        account["settings"]["username"] = "homre"  # a typo
        self.write_config(self.make_config(echo.sources(2), [account], [self.record("dd", DD_NAME)]))
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(DD_NAME, "auth_failed")
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(dd.count(), 1)
        account["settings"]["username"] = "homer"
        self.write_config(self.make_config(echo.sources(2), [account], [self.record("dd", DD_NAME)]))
        self.update(expect=EXIT_OK)
        self.assertEqual(dd.count(), 2)

    def test_blocked_record_does_not_stop_the_others(self):
        echo = self.echo(ADDRESS_A)
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY,
                        hosts={DD_NAME: None, "second.example.org": None})
        # Both hosts go in one request; each host's line is classified on its own.
        dd.queue_response(Response.text("nohost\ngood %s\n" % ADDRESS_A))
        self.write_config(self.make_config(echo.sources(2), [self.dyndns2_account(dd)],
                                           [self.record("dd", DD_NAME), self.record("dd", "second.example.org")]))
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(DD_NAME, "no_such_host")
        self.assertEqual(self.record_status("second.example.org")["state"], "in_sync")
        self.assertEqual([r.param("hostname") for r in dd.updates()], [DD_NAME + ",second.example.org"])
        # The blocked host is never sent again, and the other one is in sync.
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(len(dd.updates()), 1)


if __name__ == "__main__":
    unittest.main()
