"""Transient failures: the record is failing and retried later, not hammered.

First failure: 60 s +/- 20 % (so at least 48 s); HTTP 429 with Retry-After:
at least what was asked; dyndns2 911/dnserr: at least 30 minutes.
"""

import datetime
import unittest

from homing_e2e import fakes, servers
from homing_e2e.fakes import Response
from homing_e2e.harness import (ADDRESS_A, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase, now_utc,
                                setUpModule)  # noqa: F401

DD_NAME = "home.example.org"
CF_NAME = "nas.example.com"


class BackoffTestCase(HomingTestCase):
    def dyndns2_setup(self, request_timeout=5):
        self.echo_service = self.echo(ADDRESS_A)
        self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                           [self.record("dd", DD_NAME)], request_timeout=request_timeout))
        return self.dd

    def cloudflare_setup(self):
        self.echo_service = self.echo(ADDRESS_A)
        self.cf = self.start(fakes.CloudflareServer, token=CANARY)
        self.write_config(self.make_config(self.echo_service.sources(2), [self.cloudflare_account(self.cf)],
                                           [self.record("cf", CF_NAME)]))
        return self.cf

    def assert_failing(self, name, result_key, at_least, started, at_most=None):
        record = self.record_status(name)
        self.assertEqual(record["state"], "failing", record)
        self.assertEqual(record["last_result"], result_key, record)
        next_attempt = self.assert_next_attempt_at_least(record, at_least, started)
        if at_most is not None:
            self.assertLessEqual(next_attempt, now_utc() + datetime.timedelta(seconds=at_most + 1),
                                 "next_attempt %s is more than %d s away" % (next_attempt, at_most))
        return record

    def assert_waits_then_force_sends(self, fake, name, count_before):
        """A second run sends nothing; --force sends exactly one request."""
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("waiting until", result.out)
        self.assertEqual(fake.count(), count_before, "a record in backoff was sent again:\n%s" % result)
        self.update("--force", expect=EXIT_FAILURE)
        self.assertEqual(fake.count(), count_before + 1)
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(fake.count(), count_before + 1)


class BackoffTests(BackoffTestCase):
    def test_http_5xx_backs_off_at_least_48_seconds(self):
        dd = self.dyndns2_setup()
        dd.set_override(Response.text("<html>Bad Gateway</html>", status=502))
        started = now_utc()
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("Next attempt at", result.out)
        record = self.assert_failing(DD_NAME, "server_error", 48, started, at_most=72)
        self.assertIn("502", record["last_error"])
        self.assertEqual(dd.count(), 1)
        self.assertEqual([e["result"] for e in self.history() if e["record"] == DD_NAME], ["server_error"])
        self.assert_waits_then_force_sends(dd, DD_NAME, 1)

    def test_success_after_a_failure_clears_the_backoff(self):
        dd = self.dyndns2_setup()
        dd.queue_response(Response.text("", status=503))
        self.update(expect=EXIT_FAILURE)
        self.update("--force", expect=EXIT_OK)
        record = self.record_status(DD_NAME)
        self.assertEqual((record["state"], record["value"], record["next_attempt"], record["last_error"]),
                         ("in_sync", ADDRESS_A, None, None))
        self.update(expect=EXIT_OK)
        self.assertEqual(dd.count(), 2)

    def test_timeout_backs_off(self):
        dd = self.dyndns2_setup(request_timeout=2)
        dd.set_override(Response.text("good " + ADDRESS_A, delay=6))
        started = now_utc()
        result = self.update(expect=EXIT_FAILURE)
        self.assertGreaterEqual(result.seconds, 1.8, "request_timeout is 2 s")
        self.assertLess(result.seconds, 5.5, "the request was not cut off at request_timeout (2 s)")
        record = self.assert_failing(DD_NAME, "network_error", 48, started, at_most=72)
        self.assertIn("no answer in time", record["last_error"])
        self.assertEqual(dd.count(), 1)
        self.assert_waits_then_force_sends(dd, DD_NAME, 1)

    def test_http_429_honours_retry_after(self):
        cf = self.cloudflare_setup()
        cf.set_override(Response.json({"success": False, "errors": [{
            "code": 971, "message": "More than 1200 requests per 300 seconds reached."}], "messages": [],
            "result": None}, status=429, headers={"Retry-After": "3600"}))
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(cf.count(), 1)
        self.assert_failing(CF_NAME, "rate_limited", 3600, started, at_most=3600)
        self.assert_waits_then_force_sends(cf, CF_NAME, 1)

    def test_dyndns2_http_429_honours_retry_after(self):
        dd = self.dyndns2_setup()
        dd.set_override(Response.text("Too Many Requests", status=429, headers={"Retry-After": "3600"}))
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        self.assert_failing(DD_NAME, "rate_limited", 3600, started, at_most=3600)
        self.assert_waits_then_force_sends(dd, DD_NAME, 1)

    def test_dyndns2_911_waits_at_least_30_minutes(self):
        dd = self.dyndns2_setup()
        dd.set_override(Response.text("911"))
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_failing(DD_NAME, "server_error", 30 * 60, started)
        self.assertIn("911", record["last_error"])
        self.assert_waits_then_force_sends(dd, DD_NAME, 1)

    def test_dyndns2_dnserr_waits_at_least_30_minutes(self):
        dd = self.dyndns2_setup()
        dd.set_override(Response.text("dnserr"))
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        self.assert_failing(DD_NAME, "server_error", 30 * 60, started)

    def test_unknown_answer_is_transient(self):
        dd = self.dyndns2_setup()
        dd.set_override(Response.text("<html><body>Welcome to nginx!</body></html>"))
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_failing(DD_NAME, "bad_response", 48, started, at_most=72)
        self.assertIn("nginx", record["last_error"])

    def test_connection_refused_is_a_network_error(self):
        dd = self.dyndns2_setup()
        url = dd.update_url
        dd.stop()
        self.fakes.remove(dd)
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_failing(DD_NAME, "network_error", 48, started, at_most=72)
        self.assertIn("refused", record["last_error"].lower())
        self.assertTrue(url)


class RequestTimeoutTests(BackoffTestCase):
    """request_timeout bounds every request, whatever the server does."""

    def test_server_that_never_completes_the_tls_handshake(self):
        self.dyndns2_setup(request_timeout=2)
        silent = servers.SilentServer()
        self.addCleanup(silent.stop)
        self.write_config(self.make_config(self.echo_service.sources(2),
                                           [self.dyndns2_account(self.dd, url=silent.url("/nic/update"))],
                                           [self.record("dd", DD_NAME)], request_timeout=2))
        started = now_utc()
        result = self.update(expect=EXIT_FAILURE)
        self.assertLess(result.seconds, 5.5)
        self.assertEqual(silent.connections, 1)
        record = self.assert_failing(DD_NAME, "network_error", 48, started, at_most=72)
        self.assertIn("no answer in time", record["last_error"])

    def test_server_that_trickles_its_answer_is_cut_off(self):
        """A server that sends one byte every 0.5 s keeps the transfer "active" for 10 s.

        request_timeout is 2 s, so the request must end after about 2 s, as a timeout.
        """
        dd = self.dyndns2_setup(request_timeout=2)
        dd.set_override(Response.text("good %s         " % ADDRESS_A, trickle=0.5))  # 25 bytes: 12.5 s
        started = now_utc()
        result = self.update()
        self.assertLess(result.seconds, 5.5,
                        "request_timeout is 2 s but the request went on for %.1f s:\n%s" % (result.seconds, result))
        self.assert_exit(result, EXIT_FAILURE)
        record = self.assert_failing(DD_NAME, "network_error", 48, started, at_most=72)
        self.assertIn("no answer in time", record["last_error"])


if __name__ == "__main__":
    unittest.main()
