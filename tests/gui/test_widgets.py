"""Widget tests: tst_widgets (QtTest, C++) drives the real tray app's setup,
editor and window in the headless desktop, with a real gnome-keyring in the
private D-Bus session, against a local dyndns2 server and a Cloudflare-like
API. This module starts all of that, runs tst_widgets, and then checks from
outside what it did: the secret where secret-tool finds it (and gone with
its account), the records at the fake services, no secret in any file."""

import json
import os
import subprocess
import unittest

from homing_e2e import fakes
from homing_e2e.harness import ADDRESS_A, ADDRESS_V6, CANARY, HomingTestCase, setUpModule  # noqa: F401
from homing_gui import DesktopSession, missing_tools

WIDGET_TESTS = os.environ.get("HOMING_WIDGET_TESTS", "")
DD_NAME = "home.example.org"
CF_NAME = "nas.example.net"
CF_TOKEN = "cf-token-4d5e6f7a8b9c"


class WidgetTests(HomingTestCase):
    keyring = "unlocked"

    @classmethod
    def setUpClass(cls):
        if not WIDGET_TESTS:
            raise unittest.SkipTest("HOMING_WIDGET_TESTS is not set (the tray app was not built)")
        missing = missing_tools("sni", cls.keyring)
        if missing:
            raise unittest.SkipTest("missing: %s (scripts/install-deps.sh --test installs them)" % ", ".join(missing))

    def setUp(self):
        super().setUp()
        self.session = DesktopSession(tray="sni", keyring=self.keyring)
        self.session.start()
        self.addCleanup(self.session.stop)
        for key in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
            self.env[key] = self.session.env[key]
        self.env.pop("QT_QPA_PLATFORM", None)
        self.env.pop(self.SECRET_ENV, None)  # every secret comes through the editor and the keychain
        self.echo_service = self.echo(ADDRESS_A)
        self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        self.cf = self.start(fakes.CloudflareServer, token=CF_TOKEN, zones={"example.net": "5" * 32})
        # No account yet (the first run); detection is set up, as an admin
        # would preset it, so that nothing asks the public echo services.
        # IPv6 too: the record editor previews another LAN host's address from it.
        self.echo6_service = self.echo(ADDRESS_V6)
        ip = self.ip_section(self.echo_service.sources(2), ipv6_sources=self.echo6_service.sources(2))
        ip["proxy"] = "none"
        self.write_config({"version": 1, "ip": ip})

    def secret_tool_lookup(self, account, field):
        return subprocess.run(["secret-tool", "lookup", "server", "Homing", "user", "homing/%s/%s" % (account, field)],
                              env=self.session.env, capture_output=True, text=True, timeout=10)

    def widget_env(self):
        env = dict(self.env)
        env.update({
            "HOMING_TEST_CONFIG_DIR": self.config_dir,
            "HOMING_TEST_DATA_DIR": self.data_dir,
            "HOMING_TEST_CA_FILE": self.ca_file,
            "HOMING_TEST_DD_URL": self.dd.update_url,
            "HOMING_TEST_DD_USER": "homer",
            "HOMING_TEST_DD_PASSWORD": CANARY,
            "HOMING_TEST_DD_NAME": DD_NAME,
            "HOMING_TEST_CF_ENDPOINT": self.cf.endpoint,
            "HOMING_TEST_CF_TOKEN": CF_TOKEN,
            "HOMING_TEST_CF_NAME": CF_NAME,
        })
        return env

    def run_widgets(self, *args, env=None):
        """Runs tst_widgets (with QtTest arguments): (exit code or "timed out", its output)."""
        log_path = os.path.join(self.root, "tst_widgets.log")
        with open(log_path, "w") as log:
            process = subprocess.Popen([WIDGET_TESTS, "-maxwarnings", "0", *args], env=env or self.widget_env(),
                                       stdout=log, stderr=subprocess.STDOUT)
            try:
                code = process.wait(timeout=int(os.environ.get("HOMING_WIDGET_TIMEOUT", "200")))
            except subprocess.TimeoutExpired:
                process.kill()
                code = "timed out"
                process.wait()
        with open(log_path, errors="replace") as log:
            return code, log.read()

    def test_setup_editor_and_keychain(self):
        code, output = self.run_widgets()
        self.assertEqual(code, 0, output)
        self.assertIn("0 failed", output)

        # The setup's secret is in the keychain, where other tools find it.
        lookup = self.secret_tool_lookup("dyndns2", "password")
        self.assertEqual(lookup.returncode, 0, lookup.stderr)
        self.assertEqual(lookup.stdout, CANARY)
        # The Cloudflare account was removed with "delete its secrets".
        self.assertNotEqual(self.secret_tool_lookup("cloudflare", "token").returncode, 0,
                            "the removed account's token is still in the keychain")

        # What the services hold: the setup's Test and first update, the editor's record.
        self.assertEqual(self.dd.hosts[DD_NAME], ADDRESS_A)
        [record] = self.cf.find(CF_NAME, "A")
        self.assertEqual((record["content"], record["ttl"]), (ADDRESS_A, 120))
        # Cloudflare's Test wrote nothing: the one write is the update.
        self.assertEqual(len(self.cf.writes()), 1, self.cf.writes())

        with open(self.config_path) as f:
            config = json.load(f)
        self.assertEqual([a["id"] for a in config["accounts"]], ["dyndns2"])
        self.assert_no_canary(output, what="tst_widgets")
        self.assert_no_canary(json.dumps(config), what="config.json")
        self.assertNotIn(CF_TOKEN, output)
        for name in os.listdir(self.data_dir):
            path = os.path.join(self.data_dir, name)
            if os.path.isfile(path):
                with open(path, errors="replace") as f:
                    text = f.read()
                self.assert_no_canary(text, what=name)
                self.assertNotIn(CF_TOKEN, text, name)


class KeyringTroubleTests(WidgetTests):
    """No keyring at all, and one that never answers: set up as if the
    secret had been stored earlier; the app must stay usable and say so."""

    keyring = None
    test_setup_editor_and_keychain = None

    def setUp(self):
        super().setUp()
        account = self.dyndns2_account(self.dd, account_id="dd", secret="keychain")
        config = self.make_config(self.echo_service.sources(2), [account], [self.record("dd", DD_NAME)])
        config["ip"]["proxy"] = "none"
        self.write_config(config)

    def run_trouble(self):
        env = self.widget_env()
        env["HOMING_TEST_KEYRING"] = self.keyring or "none"
        code, output = self.run_widgets("keyringTrouble", env=env)
        self.assertEqual(code, 0, output)
        self.assertIn("PASS   : TestWidgets::keyringTrouble()", output)

    def test_no_keyring(self):
        self.run_trouble()


class HungKeyringTests(KeyringTroubleTests):
    keyring = "hung"
    test_no_keyring = None

    def test_hung_keyring(self):
        self.run_trouble()


if __name__ == "__main__":
    unittest.main()
