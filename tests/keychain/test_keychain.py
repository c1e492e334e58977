"""Secrets in the real OS keychain (Secret Service over D-Bus).

Each test runs its own D-Bus session bus without service activation, so it
decides exactly what owns org.freedesktop.secrets: a real gnome-keyring
unlocked without a prompt, nothing at all, or a service that never answers
(as a keyring does while its password prompt waits for a user).
"""

import os
import shutil
import subprocess
import time
import unittest

from homing_e2e import fakes
from homing_e2e.harness import (ADDRESS_A, CANARY, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, HOMING_CLI, HomingTestCase,
                                setUpModule)  # noqa: F401
from homing_e2e.session_bus import BUS_CONFIG

NAME = "myhome.duckdns.org"
SERVICE = "Homing"                  # QtKeychain's service name
KEY = "homing/duck/token"           # QtKeychain's key: application/account/field
KEYCHAIN_TIMEOUT = 10               # seconds, KeychainSecretStore's default


def _missing_tools():
    tools = ["dbus-daemon", "dbus-send", "dbus-test-tool", "gnome-keyring-daemon", "secret-tool"]
    return [tool for tool in tools if shutil.which(tool) is None]


@unittest.skipIf(_missing_tools(), "missing: %s (scripts/install-deps.sh --test installs them)" % _missing_tools())
class KeychainTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        bus_dir = os.path.join(self.root, "bus")
        os.makedirs(bus_dir)
        config = os.path.join(self.root, "bus.conf")
        with open(config, "w") as f:
            f.write(BUS_CONFIG.format(directory=bus_dir))
        self.bus = subprocess.Popen(["dbus-daemon", "--config-file=" + config, "--nofork", "--print-address=1"],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=self.env)
        self.addCleanup(self._stop, self.bus)
        self.addCleanup(self.bus.stdout.close)
        address = self.bus.stdout.readline().decode().strip()
        self.assertTrue(address.startswith("unix:"), "dbus-daemon did not start: %r" % address)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        self.duck = self.start(fakes.DuckDnsServer, token=CANARY, domains=("myhome",))
        self.echo_service = self.echo(ADDRESS_A)
        self.write_config(self.make_config(self.echo_service.sources(2),
                                           [self.duckdns_account(self.duck, secret="keychain")],
                                           [self.record("duck", NAME)]))

    @staticmethod
    def _stop(process):
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)

    def name_has_owner(self, name):
        result = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                                 "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:" + name],
                                env=self.env, capture_output=True, text=True, timeout=10)
        return "boolean true" in result.stdout

    def secret_set(self, value, timeout=60):
        started = time.monotonic()
        completed = subprocess.run([HOMING_CLI, "--config-dir", self.config_dir, "--data-dir", self.data_dir,
                                    "secret", "set", "duck", "token"], input=(value + "\n").encode(), env=self.env,
                                   capture_output=True, timeout=timeout)
        out = completed.stdout.decode("utf-8", "replace")
        err = completed.stderr.decode("utf-8", "replace")
        self.assert_no_canary(out, err, what="homing-cli secret set")
        return completed.returncode, out + err, time.monotonic() - started

    def secret_tool_lookup(self):
        return subprocess.run(["secret-tool", "lookup", "server", SERVICE, "user", KEY], env=self.env,
                              capture_output=True, text=True, timeout=20)

    def assert_no_plaintext_anywhere(self):
        """No fallback: the secret is in no file Homing or QtKeychain could have written."""
        for directory in (os.path.join(self.root, "home", ".config"), self.config_dir, self.data_dir):
            for base, _, files in os.walk(directory):
                for name in files:
                    with open(os.path.join(base, name), "rb") as f:
                        self.assertNotIn(CANARY.encode(), f.read(), os.path.join(base, name))


class RealKeyringTests(KeychainTestCase):
    def setUp(self):
        super().setUp()
        keyring = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                                   stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env=self.env)
        keyring.stdin.write(b"keyring-password")
        keyring.stdin.close()
        self.addCleanup(self._stop, keyring)
        self.wait_until(lambda: self.name_has_owner("org.freedesktop.secrets"), timeout=20,
                        message="gnome-keyring to own org.freedesktop.secrets")

    def test_secret_set_update_and_delete(self):
        code, output, _ = self.secret_set(CANARY)
        self.assertEqual(code, EXIT_OK, output)
        self.assertIn("Stored the secret", output)
        lookup = self.secret_tool_lookup()
        self.assertEqual(lookup.returncode, 0, lookup.stderr)
        self.assertEqual(lookup.stdout, CANARY, "the keychain entry is not where other tools find it")
        self.assert_no_plaintext_anywhere()

        # The core reads it back from the keychain and sends it to the provider.
        self.update(expect=EXIT_OK)
        self.assertEqual(self.duck.count("/update"), 1)
        self.assertEqual(self.duck.updates()[-1].param("token"), CANARY)
        self.assertEqual(self.record_status(NAME)["state"], "in_sync")

        # Deleting removes it from the keychain; the core then says what to do.
        result = self.cli("secret", "delete", "duck", "token")
        self.assert_exit(result, EXIT_OK)
        self.assertNotEqual(self.secret_tool_lookup().returncode, 0, "the entry is still in the keychain")
        result = self.update("--force", expect=EXIT_FAILURE)
        self.assertEqual(self.duck.count("/update"), 1, "a request was sent without the secret")
        record = self.record_status(NAME)
        self.assertEqual(record["last_result"], "secret_unavailable", record)
        self.assertIn("homing-cli secret set duck token", record["last_error"])

    def test_changing_the_secret_releases_a_blocked_record(self):
        self.assertEqual(self.secret_set("the-old-token")[0], EXIT_OK)
        self.update(expect=EXIT_FAILURE)  # DuckDNS answers KO to the old token
        self.assertEqual(self.record_status(NAME)["state"], "blocked")
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.duck.count("/update"), 1)
        self.assertEqual(self.secret_set(CANARY)[0], EXIT_OK)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.duck.count("/update"), 2)
        self.assertEqual(self.record_status(NAME)["state"], "in_sync")

    def test_unknown_field_is_a_usage_error(self):
        completed = subprocess.run([HOMING_CLI, "--config-dir", self.config_dir, "--data-dir", self.data_dir,
                                    "secret", "set", "duck", "password"], input=b"x\n", env=self.env,
                                   capture_output=True, timeout=30)
        self.assertEqual(completed.returncode, EXIT_USAGE)
        self.assertIn(b"token", completed.stderr)


class NoKeyringTests(KeychainTestCase):
    def test_secret_set_fails_plainly_and_names_the_alternatives(self):
        self.assertFalse(self.name_has_owner("org.freedesktop.secrets"))
        code, output, seconds = self.secret_set(CANARY)
        self.assertEqual(code, EXIT_FAILURE, output)
        self.assertIn("env:NAME", output)
        self.assertIn("file:PATH", output)
        self.assertLess(seconds, KEYCHAIN_TIMEOUT + 10)
        self.assert_no_plaintext_anywhere()

    def test_update_sends_nothing_and_says_why(self):
        result = self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.duck.count("/update"), 0)
        record = self.record_status(NAME)
        self.assertEqual(record["state"], "failing", record)
        self.assertEqual(record["last_result"], "secret_unavailable", record)
        self.assertIn("secret", result.out.lower())


class SilentKeyringTests(KeychainTestCase):
    """A service that owns the Secret Service name and never replies: every
    call to it waits, as it does behind a keyring's password prompt."""

    def setUp(self):
        super().setUp()
        service = subprocess.Popen(["dbus-test-tool", "black-hole", "--session", "--name=org.freedesktop.secrets"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=self.env)
        self.addCleanup(self._stop, service)
        self.wait_until(lambda: self.name_has_owner("org.freedesktop.secrets"), timeout=20,
                        message="the silent service to own org.freedesktop.secrets")

    def test_a_keyring_that_never_answers_times_out(self):
        code, output, seconds = self.secret_set(CANARY, timeout=KEYCHAIN_TIMEOUT + 30)
        self.assertEqual(code, EXIT_FAILURE, output)
        self.assertIn("did not answer within", output)
        self.assertGreaterEqual(seconds, KEYCHAIN_TIMEOUT - 1)
        self.assertLess(seconds, KEYCHAIN_TIMEOUT + 10)
        self.assert_no_plaintext_anywhere()

    def test_only_the_first_call_waits_for_a_keyring_that_hangs(self):
        """QtKeychain runs one job at a time: once a call has timed out, later
        calls must fail at once instead of each waiting behind it."""
        second = self.start(fakes.DuckDnsServer, token=CANARY, domains=("office",))
        self.write_config(self.make_config(
            self.echo_service.sources(2),
            [self.duckdns_account(self.duck, secret="keychain"),
             self.duckdns_account(second, account_id="duck2", secret="keychain")],
            [self.record("duck", NAME), self.record("duck2", "office.duckdns.org")]))
        result = self.update(expect=EXIT_FAILURE, timeout=KEYCHAIN_TIMEOUT + 30)
        self.assertLess(result.seconds, KEYCHAIN_TIMEOUT + 5, "each account waited out its own timeout")
        self.assertEqual(self.duck.count("/update") + second.count("/update"), 0)
        first = self.record_status(NAME)
        other = self.record_status("office.duckdns.org")
        self.assertIn("did not answer", first["last_error"])
        self.assertIn("still not answered", other["last_error"])

    def test_update_does_not_hang(self):
        result = self.update(expect=EXIT_FAILURE, timeout=KEYCHAIN_TIMEOUT + 30)
        self.assertEqual(self.duck.count("/update"), 0)
        record = self.record_status(NAME)
        self.assertEqual(record["last_result"], "secret_unavailable", record)
        self.assertIn("did not answer", record["last_error"])


if __name__ == "__main__":
    unittest.main()
