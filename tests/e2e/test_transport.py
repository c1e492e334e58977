"""Transport policy: no credential over plain HTTP (except to loopback), and
no request at all over a TLS connection whose certificate cannot be verified."""

import os
import re
import shutil
import subprocess
import unittest

from homing_e2e import fakes
from homing_e2e.harness import (ADDRESS_A, CANARY, EXIT_FAILURE, EXIT_OK, HOMING_CLI, HomingTestCase,
                                setUpModule)  # noqa: F401

DD_NAME = "home.example.org"


def _strace_usable():
    if shutil.which("strace") is None:
        return False
    try:
        return subprocess.run(["strace", "-f", "-qq", "-e", "trace=none", "true"], capture_output=True,
                              timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


STRACE = _strace_usable()


class PlainHttpTests(HomingTestCase):
    def refused_setup(self, provider="dyndns2", url="http://ddns.invalid/nic/update"):
        self.echo_service = self.echo(ADDRESS_A)
        account = {"id": "dd", "provider": provider, "settings": {"username": "homer"},
                   "secrets": {"password": self.secret_ref()}}
        if provider == "dyndns2":
            account["settings"]["server"] = url
        else:
            account["endpoint"] = url
        self.write_config(self.make_config(self.echo_service.sources(2), [account], [self.record("dd", DD_NAME)]))

    def assert_refused(self, result, host):
        self.assertIn("refused to send credentials to http://%s" % host, result.out)
        self.assertIn("plain HTTP", result.out)
        record = self.record_status(DD_NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "config_error"), record)
        self.assertIn("plain HTTP", record["last_error"])
        self.assertEqual([(e["record"], e["result"]) for e in self.history()][1:], [(DD_NAME, "config_error")])

    def test_credentials_over_plain_http_to_a_remote_host_are_refused(self):
        self.refused_setup()
        result = self.update(expect=EXIT_FAILURE)
        self.assert_refused(result, "ddns.invalid")
        # Still refused, and not even attempted, on the next run.
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("blocked", result.out)

    @unittest.skipUnless(STRACE, "strace is not available")
    def test_refusal_happens_before_any_lookup_or_connection(self):
        self.refused_setup()
        trace = os.path.join(self.root, "strace.txt")
        argv = ["strace", "-f", "-qq", "-e", "trace=connect,openat,open", "-o", trace, HOMING_CLI,
                "--config-dir", self.config_dir, "--data-dir", self.data_dir, "update"]
        env = dict(self.env)
        # In the sanitizer run (scripts/test.sh): LeakSanitizer cannot work under
        # ptrace and would fail the process; AddressSanitizer itself still runs.
        env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":detect_leaks=0"
        completed = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
        self.assert_no_canary(completed.stdout, completed.stderr)
        self.assertEqual(completed.returncode, EXIT_FAILURE, completed.stderr)
        self.assertIn("plain HTTP", completed.stdout)
        with open(trace) as f:
            lines = f.read().splitlines()
        connects = [line for line in lines if "connect(" in line]
        allowed = 'sin_port=htons(%d), sin_addr=inet_addr("127.0.0.1")' % self.echo_service.port
        strangers = [line for line in connects if "AF_INET" in line and allowed not in line]
        self.assertEqual(strangers, [], "homing-cli connected somewhere other than the echo service")
        self.assertTrue(any(allowed in line for line in connects), "the trace saw no connection at all")
        lookups = [line for line in lines if re.search(r'"/etc/(resolv\.conf|hosts|nsswitch\.conf)"', line)]
        self.assertEqual(lookups, [], "homing-cli looked up a host name it should have refused to contact")

    def test_oray_preset_over_plain_http_is_refused(self):
        self.refused_setup(provider="oray", url="http://ddns.invalid/ph/update")
        result = self.update(expect=EXIT_FAILURE)
        self.assert_refused(result, "ddns.invalid")

    def test_plain_http_to_loopback_is_allowed(self):
        echo = self.echo(ADDRESS_A, tls=None)  # echo sources carry no credential
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None}, tls=None)
        self.assertTrue(dd.update_url.startswith("http://127.0.0.1:"))
        self.write_config(self.make_config(echo.sources(2), [self.dyndns2_account(dd)],
                                           [self.record("dd", DD_NAME)]))
        self.update(expect=EXIT_OK)
        self.assertEqual([r.param("myip") for r in dd.updates()], [ADDRESS_A])
        self.assertFalse(dd.updates()[0].tls)
        self.assertEqual(self.record_status(DD_NAME)["state"], "in_sync")


class RedirectTests(HomingTestCase):
    def test_provider_redirect_is_not_followed_with_the_credential(self):
        echo = self.echo(ADDRESS_A)
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        elsewhere = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        dd.set_override(fakes.Response(301, b"Moved", {"Location": elsewhere.update_url}))
        self.write_config(self.make_config(echo.sources(2), [self.dyndns2_account(dd)],
                                           [self.record("dd", DD_NAME)]))
        self.update(expect=EXIT_FAILURE)
        self.assertEqual((dd.count(), elsewhere.count()), (1, 0), "the credential followed a redirect")
        record = self.record_status(DD_NAME)
        self.assertEqual(record["last_result"], "bad_response")
        # Named without its path, which may hold a token.
        self.assertIn("redirected to " + elsewhere.base_url + "/\u2026", record["last_error"])

    def test_echo_redirects_are_followed_but_never_to_plain_http(self):
        echo = self.echo(ADDRESS_A)
        plain = self.echo(ADDRESS_A, tls=None)
        answer = echo.respond

        def respond(request):
            if request.path == "/echo1":
                return fakes.Response(302, b"", {"Location": echo.url("/echo3")})
            if request.path == "/echo2":
                return fakes.Response(302, b"", {"Location": plain.url("/echo1")})
            return answer(request)

        echo.respond = respond
        self.write_config(self.make_config(echo.sources(2), [], [], min_agree=1))
        result = self.cli("ip", "--json")
        self.assert_exit(result, EXIT_OK)
        sources = result.json()["ipv4"]["sources"]
        self.assertEqual((sources[0]["address"], sources[0]["error"]), (ADDRESS_A, None))
        self.assertEqual((sources[1]["address"], sources[1]["error"]), (None, "HTTP status 302"))
        self.assertEqual(echo.count("/echo3"), 1)
        self.assertEqual(plain.count(), 0, "an https echo source was redirected to plain http")


class CertificateTests(HomingTestCase):
    def provider_with_cert(self, cert, fake_class=fakes.Dyndns2Server):
        self.echo_service = self.echo(ADDRESS_A)
        if fake_class is fakes.Dyndns2Server:
            fake = self.start(fake_class, username="homer", password=CANARY, hosts={DD_NAME: None}, tls=cert)
            account, record = self.dyndns2_account(fake), self.record("dd", DD_NAME)
        elif fake_class is fakes.CloudflareServer:
            fake = self.start(fake_class, token=CANARY, tls=cert)
            account, record = self.cloudflare_account(fake), self.record("cf", DD_NAME)
        else:
            fake = self.start(fake_class, token=CANARY, tls=cert)
            account, record = self.duckdns_account(fake), self.record("duck", "myhome.duckdns.org")
        self.write_config(self.make_config(self.echo_service.sources(2), [account], [record]))
        return fake, record["name"]

    def assert_tls_refused(self, fake, name):
        result = self.update(expect=EXIT_FAILURE)
        self.assertEqual(fake.requests, [], "a request (and the credential) went over an unverified connection")
        self.assertGreaterEqual(len(fake.handshake_failures), 1, "Homing never even tried to connect")
        record = self.record_status(name)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "tls_error"), record)
        self.assertEqual([e["result"] for e in self.history() if e["record"] == name], ["tls_error"])
        return result, record

    def test_untrusted_ca_is_refused(self):
        fake, name = self.provider_with_cert("untrusted")
        self.assert_tls_refused(fake, name)

    def test_expired_certificate_is_refused(self):
        fake, name = self.provider_with_cert("expired")
        _, record = self.assert_tls_refused(fake, name)
        self.assertIn("expired", record["last_error"].lower())

    def test_certificate_for_another_host_is_refused(self):
        fake, name = self.provider_with_cert("wronghost")
        _, record = self.assert_tls_refused(fake, name)
        self.assertIn("host name", record["last_error"].lower())

    def test_cloudflare_token_not_sent_to_an_untrusted_server(self):
        fake, name = self.provider_with_cert("untrusted", fakes.CloudflareServer)
        self.assert_tls_refused(fake, name)

    def test_duckdns_token_not_sent_to_an_expired_certificate(self):
        fake, name = self.provider_with_cert("expired", fakes.DuckDnsServer)
        self.assert_tls_refused(fake, name)

    def test_echo_ca_file_does_not_extend_to_providers(self):
        """ip.ca_file trusts the test CA for echo services only; the account has none."""
        self.echo_service = self.echo(ADDRESS_A)
        fake = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        account = self.dyndns2_account(fake)
        del account["ca_file"]
        self.write_config(self.make_config(self.echo_service.sources(2), [account], [self.record("dd", DD_NAME)]))
        self.assert_tls_refused(fake, DD_NAME)

    def test_echo_source_with_untrusted_certificate_is_an_error(self):
        good = self.echo(ADDRESS_A)
        bad = self.echo("81.2.69.199", tls="untrusted")
        expired = self.echo("81.2.69.198", tls="expired")
        sources = good.sources(2) + [bad.source(1), expired.source(1)]
        self.write_config(self.make_config(sources, [], [], min_agree=2))
        result = self.cli("ip", "--json")
        self.assert_exit(result, EXIT_OK)
        detection = result.json()["ipv4"]
        self.assertEqual(detection["address"], ADDRESS_A)
        answers = {s["source"]: s for s in detection["sources"]}
        self.assertEqual(list(answers), sources)
        for url in good.sources(2):
            self.assertEqual((answers[url]["address"], answers[url]["error"]), (ADDRESS_A, None))
        for url in (bad.source(1), expired.source(1)):
            self.assertIsNone(answers[url]["address"])
            self.assertIn("certificate", answers[url]["error"])
        self.assertEqual((bad.count(), expired.count()), (0, 0))


if __name__ == "__main__":
    unittest.main()
