"""The tray app attached to a `homing-cli run` daemon: the daemon holds the
data directory, so `homing` follows it over the control socket instead of
updating by itself. Its tray shows the daemon's status, "Update now" asks the
daemon for a pass, an address change the daemon sees reaches the tray and a
notification within a second, and the app quits when the daemon stops."""

import os
import subprocess
import time
import unittest

from homing_e2e.harness import ADDRESS_A, ADDRESS_B, EXIT_OK, HOMING_CLI, setUpModule  # noqa: F401
from test_protocol import DaemonSocketMixin
from test_tray import HOMING_APP, NAME, TrayTestCase

SNI = "org.kde.StatusNotifierItem"


class AttachTestCase(DaemonSocketMixin, TrayTestCase):
    def setUp(self):
        super().setUp()   # the desktop, the fakes, config.json with one record
        # The daemon gets neither the display nor the session bus: whatever
        # shows up there comes from the app.
        daemon_env = {k: v for k, v in self.env.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
        self.daemon = self.start_daemon(env=daemon_env)
        self.control = self.connect()

        def in_sync():
            self.assertTrue(self.daemon.alive(), self.daemon.output())
            status = self.control.request({"command": "status"})["status"]
            return not status["running"] and [r["state"] for r in status["records"]] == ["in_sync"]

        self.wait_until(in_sync, timeout=20, interval=0.1, message="the daemon's first pass")
        self.assertEqual(self.dd.hosts[NAME], ADDRESS_A)
        # Everything the daemon does from here on.
        self.watcher = self.connect()
        self.assertIs(self.watcher.request({"command": "subscribe", "id": "w"})["ok"], True)

    def connect(self, timeout=15):
        return DaemonSocketMixin.connect(self, self.daemon, timeout)

    def attach_app(self):
        """`homing` started while the daemon runs: (its process, its tray icon) once it shows the daemon's status."""
        app = self.start_app()
        [icon] = self.session.wait_for(self.session.tray_icons, timeout=15, message="the tray icon")
        self.wait_tooltip(ADDRESS_A)
        self.wait_tooltip("All 1 record points here")
        self.assertIsNone(app.poll(), "homing exited: %s" % self.session.log("homing"))
        return app, icon

    def close_main_window(self):
        for window in self.session.find_windows("^Homing$"):
            self.session.close_window(window)
        self.session.wait_for(lambda: not self.session.find_windows("^Homing$"), timeout=5,
                              message="the main window to close")

    def icon_tooltip(self, bus, icon):
        """The icon's ToolTip, read straight from its item (quicker than tray_icons())."""
        return repr(bus.get_property(icon.service, icon.path, SNI, "ToolTip"))

    @staticmethod
    def _reap(process):
        if process.poll() is None:
            process.kill()
        process.communicate()

    def passes(self):
        return [e for e in self.watcher.events if e["event"] == "pass_started"]


class AttachTests(AttachTestCase):
    def test_the_app_follows_the_daemon_and_runs_no_updater_of_its_own(self):
        echo_before, dd_before = self.echo_service.count(), self.dd.count()
        app, icon = self.attach_app()
        self.assertIn("Homing", self.tooltip())
        # A tray and the daemon's records (the tooltip shows them): the window stays closed.
        self.assertEqual(self.session.find_windows("^Homing$"), [], "the window opened though nothing needs attention")
        # Attached, the app listens for a second `homing` on a socket of its own.
        self.assertTrue(os.path.exists(os.path.join(self.data_dir, "homing.sock.app")), os.listdir(self.data_dir))

        # The daemon still holds the data directory and answers on its socket.
        ping = self.connect().request({"command": "ping", "id": 1})
        self.assertEqual((ping["ok"], ping["role"], ping["pid"]), (True, "daemon", self.daemon.pid))
        with open(os.path.join(self.data_dir, "homing.lock")) as f:
            self.assertEqual(f.readline().strip(), str(self.daemon.pid), "the lock changed hands")
        status = self.cli("status", "--json")
        self.assert_exit(status, EXIT_OK)
        self.assertEqual([(r["name"], r["state"], r["value"]) for r in status.json()["records"]],
                         [(NAME, "in_sync", ADDRESS_A)])

        # No pass of the app's own, and none it asked the daemon for.
        self.watcher.drain(1.0)
        self.assertEqual(self.passes(), [], self.watcher.events)
        self.assertEqual((self.echo_service.count(), self.dd.count()), (echo_before, dd_before),
                         "the fakes got requests after the app started")
        self.assertIsNone(app.poll(), "homing exited: %s" % self.session.log("homing"))
        self.assertTrue(self.daemon.alive(), self.daemon.output())

    def test_update_now_in_the_tray_menu_asks_the_daemon_for_a_pass(self):
        app, icon = self.attach_app()
        # Without a window manager an open window would cover the panel; with a tray and the daemon's
        # records, none is open (should one be, close it as its close button would).
        self.close_main_window()
        echo_before, dd_before = self.echo_service.count(), self.dd.count()
        self.assertEqual(self.passes(), [])

        # A right click on the icon: the panel shows the app's menu (exported over
        # D-Bus), and the first item that can be chosen is "Update now".
        menu = self.open_tray_menu(icon)
        self.session.key("Down", "Return")
        self.watcher.event("pass_finished", timeout=10)
        self.session.wait_for(lambda: menu not in self.session.find_windows(""), timeout=5,
                              message="the menu to close")
        self.assertEqual(len(self.passes()), 1, self.watcher.events)
        self.assertGreater(self.echo_service.count(), echo_before, "the daemon did not check the address")
        self.assertEqual(self.dd.count(), dd_before, "an update with nothing to do reached the provider")
        self.assertIsNone(app.poll(), "homing exited: %s" % self.session.log("homing"))

    def test_an_address_change_reaches_the_tray_within_a_second(self):
        app, icon = self.attach_app()
        self.echo_service.set_address(ADDRESS_B)
        # homing-cli update runs the daemon's pass; meanwhile the watcher times the
        # moment the daemon announces the new address.
        update = subprocess.Popen([HOMING_CLI, "--config-dir", self.config_dir, "--data-dir", self.data_dir, "update"],
                                  env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
        self.addCleanup(self._reap, update)
        event = self.watcher.event("address", timeout=20)
        seen = time.time()
        self.assertEqual((event["family"], event["old"], event["new"]), ("ipv4", ADDRESS_A, ADDRESS_B))

        # Within a second of that: the tooltip shows the new address...
        deadline = seen + 1.0
        with self.session.dbus() as bus:
            while ADDRESS_B not in self.icon_tooltip(bus, icon):
                if time.time() > deadline:
                    self.fail("1 s after the daemon's address event the tooltip still says %s"
                              % self.icon_tooltip(bus, icon))
                time.sleep(0.02)
        # ...and the app has sent its notification, worked out from the pushed event.
        changed = self.session.wait_for(
            lambda: [n for n in self.session.notifications() if n.summary == "IPv4 address changed"],
            timeout=max(0.05, deadline - time.time()),
            message="the notification 'IPv4 address changed' within 1 s (got %s)" % self.summaries())
        self.assertLessEqual(changed[0].time, deadline, "the notification came %.2f s after the address event"
                             % (changed[0].time - seen))
        self.assertIn("from %s to %s" % (ADDRESS_A, ADDRESS_B), changed[0].body)

        out, err = update.communicate(timeout=30)
        self.assert_no_canary(out.decode(errors="replace"), err.decode(errors="replace"), what="homing-cli update")
        self.assertEqual(update.returncode, EXIT_OK, (out, err))
        self.assertEqual(self.dd.hosts[NAME], ADDRESS_B)
        self.wait_tooltip("All 1 record points here", timeout=5)
        self.session.wait_for(lambda: "%s (A) updated" % NAME in self.summaries(), timeout=5,
                              message="the record's notification (got %s)" % self.summaries())
        self.assertEqual(self.summaries().count("IPv4 address changed"), 1, self.summaries())

    def test_the_app_quits_when_the_daemon_stops(self):
        app, icon = self.attach_app()
        code, _ = self.stop_daemon(self.daemon)
        self.assertEqual(code, EXIT_OK, self.daemon.output())
        try:
            app.wait(5)
        except subprocess.TimeoutExpired:
            self.fail("homing still runs 5 s after the daemon stopped: %s" % self.session.log("homing"))
        self.assertEqual(app.returncode, 0, self.session.log("homing"))
        self.session.wait_for(lambda: [n for n in self.session.notifications() if "service stopped" in n.body],
                              timeout=5, message="the notice that the service stopped (got %s)"
                              % [(n.summary, n.body) for n in self.session.notifications()])

    def test_a_second_homing_shows_the_first_ones_window(self):
        app, icon = self.attach_app()
        self.assertEqual(self.session.find_windows("^Homing$"), [], "the window opened by itself")
        started = time.monotonic()
        second = subprocess.run([HOMING_APP, "--config-dir", self.config_dir, "--data-dir", self.data_dir],
                                env=self.env, capture_output=True, text=True, timeout=30)
        took = time.monotonic() - started
        self.assertEqual(second.returncode, 0, second.stderr)
        self.assertLess(took, 5, "the second homing took %.1f s" % took)
        self.session.wait_for(lambda: self.session.find_windows("^Homing$"), timeout=10, message="the main window")
        self.assertIsNone(app.poll(), "the first homing must keep running")
        self.assertTrue(self.daemon.alive(), self.daemon.output())
        self.assertEqual(self.passes(), [], "the second homing made the daemon run a pass")


if __name__ == "__main__":
    unittest.main()
