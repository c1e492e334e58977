"""The custom webhook provider: placeholders, escaping, success_pattern, errors."""

import json
import os
import unittest
import urllib.parse

from homing_e2e import fakes
from homing_e2e.fakes import Response
from homing_e2e.harness import (ADDRESS_A, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase, now_utc,
                                setUpModule)  # noqa: F401

NAME = "nas.example.com"
# Still contains the canary, plus characters that URL, form and JSON escaping must handle.
AWKWARD = CANARY + ' &=+%/?#"\\'


class CustomTestCase(HomingTestCase):
    def configure(self, hook, ttl=300, **settings):
        account = {"id": "hook", "provider": "custom", "ca_file": self.ca_file,
                   "settings": settings, "secrets": {"secret": self.secret_ref()}}
        record = self.record("hook", NAME, ttl=ttl)
        self.echo_service = self.echo(ADDRESS_A)
        self.write_config(self.make_config(self.echo_service.sources(2), [account], [record]))


class PlainHttpTests(CustomTestCase):
    """A webhook URL often holds its token in the path: a custom request never
    goes over plain HTTP to another host unless the account allows it."""

    def test_token_in_the_path_is_not_sent_over_plain_http(self):
        # No {secret} anywhere: the token is written into the URL itself.
        self.configure(None, url="http://hooks.example.net/T0KEN-in-the-path/update?ip={ip}")
        result = self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "config_error"), record)
        self.assertIn("plain HTTP", record["last_error"])
        self.assertNotIn("T0KEN", result.out + result.err + record["last_error"])

    def test_a_secret_with_a_line_break_is_not_sent_as_a_header(self):
        hook = self.start(fakes.WebhookServer)
        self.env[self.SECRET_ENV] = CANARY + "\r\nX-Injected: 1"
        self.configure(hook, url=hook.url("/update"), headers={"X-Api-Key": "{secret}"})
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(hook.received(), [])
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "config_error"), record)
        self.assertIn("line break", record["last_error"])


class PlaceholderTests(CustomTestCase):
    def test_placeholders_in_url_headers_and_json_body(self):
        self.env[self.SECRET_ENV] = AWKWARD
        hook = self.start(fakes.WebhookServer)
        self.configure(
            hook,
            url=hook.url("/dyn/{name}/update?ip={ip}&type={type}&ttl={ttl}&key={secret}"),
            method="POST",
            headers={"X-Api-Key": "{secret}", "X-Record": "{name} {type}"},
            body='{"hostname": "{name}", "address": "{ip}", "ttl": {ttl}, "token": "{secret}"}')
        self.update(expect=EXIT_OK)
        [request] = hook.received()
        self.assertEqual(request.method, "POST")
        self.assertEqual(request.path, "/dyn/%s/update" % NAME)
        self.assertEqual(request.query, {"ip": [ADDRESS_A], "type": ["A"], "ttl": ["300"], "key": [AWKWARD]},
                         "raw query: %s" % request.raw_query)
        self.assertEqual(request.header("X-Api-Key"), AWKWARD)
        self.assertEqual(request.header("X-Record"), NAME + " A")
        self.assertEqual(request.header("Content-Type"), "application/json")
        self.assertEqual(json.loads(request.body), {"hostname": NAME, "address": ADDRESS_A, "ttl": 300,
                                                    "token": AWKWARD})
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["value"]), ("in_sync", ADDRESS_A))

    def test_form_body_is_form_encoded(self):
        self.env[self.SECRET_ENV] = AWKWARD
        hook = self.start(fakes.WebhookServer)
        self.configure(hook, url=hook.url("/update"), method="PUT",
                       content_type="application/x-www-form-urlencoded",
                       body="host={name}&addr={ip}&token={secret}")
        self.update(expect=EXIT_OK)
        [request] = hook.received()
        self.assertEqual(request.method, "PUT")
        self.assertEqual(request.header("Content-Type"), "application/x-www-form-urlencoded")
        self.assertEqual(urllib.parse.parse_qs(request.body.decode(), strict_parsing=True),
                         {"host": [NAME], "addr": [ADDRESS_A], "token": [AWKWARD]})

    def test_get_without_body(self):
        hook = self.start(fakes.WebhookServer)
        self.configure(hook, url=hook.url("/nic/{name}?myip={ip}"),
                       headers={"Authorization": "Bearer {secret}"})
        self.update(expect=EXIT_OK)
        [request] = hook.received()
        self.assertEqual((request.method, request.body), ("GET", b""))
        self.assertEqual(request.header("Authorization"), "Bearer " + CANARY)
        self.update(expect=EXIT_OK)
        self.assertEqual(hook.count(), 1, "in sync: nothing sent")

    def test_secret_in_the_path_stays_out_of_verbose_logs(self):
        self.env[self.SECRET_ENV] = AWKWARD
        hook = self.start(fakes.WebhookServer)
        self.configure(hook, url=hook.url("/update/{secret}/{ip}"))
        result = self.update("--verbose", expect=EXIT_OK)  # the harness scans output and files
        # The request is named by its host alone: paths often hold tokens.
        self.assertIn("GET " + hook.base_url + "/\u2026", result.err, "verbose output should show the request")
        self.assertNotIn("/update/", result.err)
        segments = hook.received()[0].path.split("/")
        self.assertEqual([urllib.parse.unquote(s) for s in segments], ["", "update", AWKWARD, ADDRESS_A])


class SecretEchoTests(CustomTestCase):
    """Services often quote the request in their error message; Homing shows that
    message (status, history, log), so every form of the secret must be hidden."""

    def test_secret_echoed_in_url_and_header_is_hidden(self):
        hook_url = "/u?ip={ip}&key={secret}"
        self.env[self.SECRET_ENV] = AWKWARD
        hook = self.start(fakes.WebhookServer, reply=Response.text("rejected:", status=400), echo_request=True)
        self.configure(hook, url=hook.url(hook_url), headers={"X-Key": "{secret}"})
        self.update(expect=EXIT_FAILURE)
        self.assertIn("[redacted]", self.record_status(NAME)["last_error"])

    def test_secret_echoed_in_a_form_body_is_hidden(self):
        self.env[self.SECRET_ENV] = AWKWARD
        hook = self.start(fakes.WebhookServer, reply=Response.text("rejected:", status=400), echo_request=True)
        self.configure(hook, url=hook.url("/u"), method="POST", body="ip={ip}&key={secret}",
                       content_type="application/x-www-form-urlencoded")
        self.update(expect=EXIT_FAILURE)
        self.assertIn("[redacted]", self.record_status(NAME)["last_error"])

    def test_secret_echoed_in_a_json_body_is_hidden(self):
        """A secret with a quote or backslash is JSON-escaped in the body; that form must be hidden too."""
        self.env[self.SECRET_ENV] = CANARY + '"\\'
        hook = self.start(fakes.WebhookServer, reply=Response.text("rejected:", status=400), echo_request=True)
        self.configure(hook, url=hook.url("/u"), method="POST", body='{"ip": "{ip}", "key": "{secret}"}')
        self.update(expect=EXIT_FAILURE)
        self.assertIn("[redacted]", self.record_status(NAME)["last_error"])


    def test_token_written_into_the_url_and_a_header_is_hidden(self):
        # No {secret}: the webhook's token is in its path and an API key in a
        # header, as users paste them; the service quotes both in its 404.
        # The harness checks output, state, history and log for the canary.
        hook = self.start(fakes.WebhookServer, reply=Response.text("Cannot GET", status=404), echo_request=True)
        self.configure(hook, url=hook.url("/hooks/" + CANARY + "/update?ip={ip}&key=" + CANARY[::-1]),
                       headers={"X-Api-Key": "k3y-" + CANARY})
        self.allow_canary_in(self.config_path)
        self.update(expect=EXIT_FAILURE)
        error = self.record_status(NAME)["last_error"]
        self.assertIn("[redacted]", error)
        self.assertIn("/hooks/", error, "plain words of the path stay readable")
        for hidden in (CANARY[::-1], "k3y-"):
            self.assertNotIn(hidden, error)
        self.assertEqual(len(hook.received()), 1)


class CustomResultTests(CustomTestCase):
    def test_success_pattern_match(self):
        hook = self.start(fakes.WebhookServer, reply=Response.text("status: OK, updated"))
        self.configure(hook, url=hook.url("/u?ip={ip}&k={secret}"), success_pattern=r"status: OK\b")
        self.update(expect=EXIT_OK)

    def test_success_pattern_mismatch_is_a_transient_bad_response(self):
        hook = self.start(fakes.WebhookServer, reply=Response.text("status: QUOTA EXCEEDED"), echo_request=True)
        self.configure(hook, url=hook.url("/u?ip={ip}&k={secret}"), success_pattern=r"^status: OK")
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "bad_response"), record)
        self.assertIn("QUOTA EXCEEDED", record["last_error"])
        self.assertIn("success_pattern", record["last_error"])
        self.assert_next_attempt_at_least(record, 48, started)
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(hook.count(), 1)

    def test_http_401_blocks(self):
        hook = self.start(fakes.WebhookServer, require_header=("Authorization", "Bearer something-else"),
                          echo_request=True)
        self.configure(hook, url=hook.url("/u?ip={ip}"), headers={"Authorization": "Bearer {secret}"})
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "auth_failed"), record)
        self.assertIn("401", record["last_error"])
        self.update(expect=EXIT_FAILURE)
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(hook.count(), 1)

    def test_http_404_is_a_configuration_error(self):
        hook = self.start(fakes.WebhookServer, reply=Response.text("no such page", status=404))
        self.configure(hook, url=hook.url("/u?ip={ip}"))
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "config_error"), record)

    def test_http_500_is_transient(self):
        hook = self.start(fakes.WebhookServer, reply=Response.text("oops", status=500))
        self.configure(hook, url=hook.url("/u?ip={ip}"))
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "server_error"), record)

    def test_a_huge_answer_with_terminal_escapes_is_stored_bounded_and_plain(self):
        body = "\x1b]0;owned\x07\x1b[2J" + "A" * (900 * 1024) + "\r\nX"
        hook = self.start(fakes.WebhookServer, reply=Response.text(body, status=400))
        self.configure(hook, url=hook.url("/u?ip={ip}"))
        result = self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        [entry] = [e for e in self.history() if e["record"] == NAME]
        for text in (record["last_error"], entry["detail"]):
            self.assertLess(len(text), 1000, text[:200])
            self.assertNotIn("\x1b", text)
            self.assertNotIn("\x07", text)
        printed = self.cli("history").out + self.cli("status").out + result.out + result.err
        self.assertNotIn("\x1b", printed)
        with open(os.path.join(self.data_dir, "history.jsonl")) as f:
            self.assertLess(len(f.read()), 4000)

    def test_unknown_placeholder_is_a_config_error(self):
        hook = self.start(fakes.WebhookServer)
        self.configure(hook, url=hook.url("/u?ip={ip}&zone={zone}"))
        result = self.update()
        self.assert_exit(result, 2)
        self.assertIn("accounts[0].settings.url", result.err)
        self.assertIn("{zone}", result.err)


if __name__ == "__main__":
    unittest.main()
