"""The tray app for real: `homing` in a headless desktop (Xvfb, a private D-Bus
session with a StatusNotifierItem tray and a notification server) against the
fake services of the end-to-end tests, inside the private network namespace."""

import json
import os
import subprocess
import time
import unittest

from homing_e2e import fakes
from homing_e2e.harness import ADDRESS_A, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase, setUpModule  # noqa: F401
from homing_gui import DesktopSession, missing_tools

HOMING_APP = os.environ.get("HOMING_APP", "")
NAME = "home.example.org"


class TrayTestCase(HomingTestCase):
    @classmethod
    def setUpClass(cls):
        if not HOMING_APP:
            raise unittest.SkipTest("HOMING_APP is not set (the tray app was not built)")
        missing = missing_tools("sni", None)
        if missing:
            raise unittest.SkipTest("missing: %s (scripts/install-deps.sh --test installs them)" % ", ".join(missing))

    def setUp(self):
        super().setUp()
        self.session = DesktopSession(tray="sni")
        self.session.start()
        self.addCleanup(self.session.stop)
        for key in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
            self.env[key] = self.session.env[key]
        self.env.pop("QT_QPA_PLATFORM", None)
        self.echo_service = self.echo(ADDRESS_A)
        self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={NAME: None})
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                           [self.record("dd", NAME)]))

    def start_app(self):
        app = self.session.spawn([HOMING_APP, "--config-dir", self.config_dir, "--data-dir", self.data_dir],
                                 name="homing", env=self.env)
        self.addCleanup(self.stop_app, app)
        return app

    def stop_app(self, app):
        if app.poll() is None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        self.assert_no_canary(self.session.log("homing"), what="homing (the tray app)")

    def tooltip(self):
        icons = self.session.tray_icons()
        return json.dumps(icons[0].properties.get("ToolTip"), ensure_ascii=False) if icons else ""

    def wait_tooltip(self, text, timeout=20):
        return self.session.wait_for(lambda: text in self.tooltip(), timeout=timeout,
                                     message="the tray tooltip to say %r (it says %s)" % (text, self.tooltip()))

    def open_tray_menu(self, icon):
        """Right-clicks the icon; returns the window of the menu the panel pops up under it."""
        before = set(self.session.find_windows(""))
        x, y, width, height = icon.geometry or self.session.tray_geometry()
        self.session.click(x + min(width, height) // 2, y + height // 2, button=3)

        def popup():
            windows = self.session.windows()
            return [w for w in self.session.find_windows("") if w not in before and w in windows
                    and windows[w][2][1] >= y + height - 1 and windows[w][2][2] > 50]

        [menu] = self.session.wait_for(popup, timeout=5, message="the tray menu")
        return menu

    def summaries(self):
        return [n.summary for n in self.session.notifications()]


class TrayTests(TrayTestCase):
    def test_start_at_login_from_the_tray_menu(self):
        entry = os.path.join(self.env["XDG_CONFIG_HOME"], "autostart", "io.github.homing.Homing.desktop")
        self.start_app()
        [icon] = self.session.wait_for(self.session.tray_icons, timeout=15, message="the tray icon")
        self.wait_tooltip("All 1 record")
        self.assertFalse(os.path.exists(entry))
        for expected in (True, False):
            menu = self.open_tray_menu(icon)
            self.session.key("l", window_id=menu)  # "Start at &login"
            self.session.wait_for(lambda: os.path.exists(entry) == expected, timeout=5,
                                  message="the autostart entry to be %s" % ("written" if expected else "removed"))


    def test_icon_state_follows_the_records_and_notifications_are_sent_once(self):
        self.start_app()
        self.session.wait_for(self.session.tray_icons, timeout=15, message="the tray icon")
        self.wait_tooltip("All 1 record points here")
        self.wait_tooltip(ADDRESS_A)
        self.assertEqual(self.dd.hosts[NAME], ADDRESS_A)
        self.session.wait_for(lambda: "%s (A) updated" % NAME in self.summaries(), timeout=10,
                              message="the update notification (got %s)" % self.summaries())

        # Running the updater, the app keeps homing.log as the daemon does
        # (stop_app checks it, and every file here, for the secret).
        with open(os.path.join(self.data_dir, "homing.log")) as f:
            self.assertIn("address changed", f.read())

        # homing-cli talks to the app as it would to a daemon.
        status = self.cli("status", "--json")
        self.assert_exit(status, EXIT_OK)
        self.assertEqual(status.json()["records"][0]["state"], "in_sync")

        # The provider starts refusing the password: blocked, said once.
        self.dd.password = "changed-elsewhere"
        self.assert_exit(self.cli("update", "--force"), EXIT_FAILURE)
        self.wait_tooltip("record blocked")
        self.session.wait_for(lambda: "%s (A) is blocked" % NAME in self.summaries(), timeout=10,
                              message="the blocked notification (got %s)" % self.summaries())
        self.assert_exit(self.cli("update", "--force"), EXIT_FAILURE)
        self.assert_exit(self.cli("update"), EXIT_FAILURE)
        blocked = [s for s in self.summaries() if "is blocked" in s]
        self.assertEqual(len(blocked), 1, self.summaries())
        urgent = [n for n in self.session.notifications() if "is blocked" in n.summary]
        self.assertEqual(urgent[0].urgency, "critical")

    def test_a_kind_of_notification_turned_off_in_settings_is_not_shown(self):
        # What Settings writes: the app's own preferences beside config.json.
        with open(os.path.join(self.config_dir, "homing-app.ini"), "w") as f:
            f.write("[notifications]\nrecord_blocked=false\n")
        self.start_app()
        self.session.wait_for(self.session.tray_icons, timeout=15, message="the tray icon")
        self.wait_tooltip("All 1 record")
        self.session.wait_for(lambda: "%s (A) updated" % NAME in self.summaries(), timeout=10,
                              message="the update notification (got %s)" % self.summaries())
        self.dd.password = "changed-elsewhere"
        self.assert_exit(self.cli("update", "--force"), EXIT_FAILURE)
        self.wait_tooltip("record blocked")
        time.sleep(1)  # a notification would have been sent with the tooltip's change
        self.assertEqual([s for s in self.summaries() if "is blocked" in s], [], self.summaries())

    def test_a_second_homing_brings_the_window_forward(self):
        app = self.start_app()
        self.session.wait_for(self.session.tray_icons, timeout=15, message="the tray icon")
        self.wait_tooltip("All 1 record")
        self.assertEqual(self.session.find_windows("^Homing$"), [])
        second = subprocess.run([HOMING_APP, "--config-dir", self.config_dir, "--data-dir", self.data_dir],
                                env=self.env, capture_output=True, text=True, timeout=30)
        self.assertEqual(second.returncode, 0, second.stderr)
        [window] = self.session.wait_for(lambda: self.session.find_windows("^Homing$"), timeout=10,
                                         message="the main window")
        self.assertIsNone(app.poll(), "the first homing must keep running")
        shots = os.environ.get("HOMING_SCREENSHOTS")
        if shots:
            os.makedirs(shots, exist_ok=True)
            self.session.screenshot(os.path.join(shots, "main-window.png"), window)
            self.session.key("alt+h", window_id=window)  # the History tab
            time.sleep(0.5)  # a repaint; nothing to poll for
            self.session.screenshot(os.path.join(shots, "history.png"), window)


if __name__ == "__main__":
    unittest.main()
