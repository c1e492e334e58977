"""The GUI tests' desktop session itself: bus, display, notification server, tray hosts,
keyring, screenshots, and that nothing is left behind.

Run in a private network namespace, e.g.
    unshare -n sh -c 'ip link set lo up; cd tests/gui && python3 -m unittest -v test_desktop_session'
"""

import os
import struct
import subprocess
import time
import unittest

from homing_gui import DesktopSession, check_isolation, missing_tools
from homing_gui.desktop import WATCHER


def setUpModule():
    check_isolation()


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise AssertionError("%s is not a PNG" % path)
    return struct.unpack(">II", head[16:24])


class DesktopSessionCase(unittest.TestCase):
    tray = "sni"
    keyring = None

    @classmethod
    def setUpClass(cls):
        missing = missing_tools(cls.tray, cls.keyring) + [tool for tool in ("notify-send", "dbus-send", "secret-tool")
                                                          if not _which(tool)]
        if missing:
            raise unittest.SkipTest("missing: %s (scripts/install-deps.sh --test installs them)" % ", ".join(missing))

    def start_session(self, **options):
        options.setdefault("tray", self.tray)
        options.setdefault("keyring", self.keyring)
        session = DesktopSession(**options)
        session.start()
        self.addCleanup(session.stop)
        return session

    def run_in(self, session, *args, **kwargs):
        return subprocess.run(list(args), env=session.env, capture_output=True, text=True, timeout=20, **kwargs)

    def assert_stopped(self, session, pids, display_number, directory):
        for pid in pids:
            self.assertFalse(os.path.exists("/proc/%d" % pid) and _state(pid) != "Z", "process %d still runs" % pid)
        self.assertFalse(os.path.exists(directory), "the temp dir is still there")
        self.assertFalse(os.path.exists("/tmp/.X11-unix/X%d" % display_number), "Xvfb's socket is still there")
        self.assertFalse(os.path.exists("/tmp/.X%d-lock" % display_number), "Xvfb's lock file is still there")


def _which(tool):
    return any(os.access(os.path.join(d, tool), os.X_OK) for d in os.environ.get("PATH", "").split(os.pathsep))


def _state(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None


class SniSessionTests(DesktopSessionCase):
    tray = "sni"

    def test_session_starts_everything_and_stops_it_again(self):
        session = DesktopSession(tray="sni")
        with session:
            pids = [process.pid for _, process in session.processes]
            display_number, directory = session.display_number, session.dir
            print("\nsession started in %.2f s (%s)" % (session.started_in, ", ".join(n for n, _ in session.processes)))
            self.assertLess(session.started_in, 10)

            # The bus: reachable through session.env by other programs.
            result = self.run_in(session, "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                                 "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames")
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn("org.freedesktop.Notifications", result.stdout)
            self.assertIn(WATCHER, result.stdout)
            self.assertTrue(session.env["DBUS_SESSION_BUS_ADDRESS"].startswith("unix:path=" + directory))

            # The display: Xvfb at the asked size.
            result = self.run_in(session, "xwininfo", "-root")
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn("Width: 1280", result.stdout)
            self.assertIn("Height: 800", result.stdout)
            self.assertIn("Depth: 24", result.stdout)

            # A tray: an XEmbed system tray and a StatusNotifierHost.
            self.assertTrue(session.tray_host_present())
            with session.dbus() as bus:
                self.assertTrue(bus.get_property(WATCHER, "/StatusNotifierWatcher", WATCHER,
                                                 "IsStatusNotifierHostRegistered"))
            self.assertEqual(session.tray_icons(), [])
            x, y, width, height = session.tray_geometry()
            self.assertGreater(width, 0)
            self.assertTrue(session.find_windows("^xfce4-panel$"))

            # A notification, with text no line-based parser would get right.
            body = 'Address "203.0.113.7"\nis now <b>published</b> — 地址已更新'
            result = self.run_in(session, "notify-send", "--app-name=Homing", "--urgency=critical",
                                 "--hint=string:x-homing-record:nas.example.com", "--icon=network-server",
                                 "Homing: in sync", body)
            self.assertEqual(result.returncode, 0, result.stderr)
            notes = session.wait_for(session.notifications, 5, message="the Notify call")
            self.assertEqual(len(notes), 1)
            note = notes[0]
            self.assertEqual(note.app_name, "Homing")
            self.assertEqual(note.summary, "Homing: in sync")
            self.assertEqual(note.body, body)
            self.assertEqual(note.app_icon, "network-server")
            self.assertEqual(note.urgency, "critical")
            self.assertEqual(note.hints["x-homing-record"], "nas.example.com")
            self.assertEqual(note.actions, [])
            session.wait_for(lambda: session.notifications()[0].id, 5, message="the server's reply")
            session.wait_for(lambda: session.find_windows("^Dunst$"), 5, message="dunst's notification window")

            # Screenshots of the screen and of one window.
            shot = os.path.join(directory, "screen.png")
            session.screenshot(shot)
            self.assertGreater(os.path.getsize(shot), 1000)
            self.assertEqual(png_size(shot), (1280, 800))
            panel = session.find_windows("^xfce4-panel$")[0]
            session.screenshot(os.path.join(directory, "panel.png"), panel)
            self.assertEqual(png_size(os.path.join(directory, "panel.png"))[0], session.window_geometry(panel)[2])
            with self.assertRaises(ValueError):
                session.screenshot(os.path.join(directory, "none.png"), 0)

            # Input reaches the display.
            session.move_mouse(640, 400)
            location = session.xdotool("getmouselocation", "--shell")
            self.assertIn("X=640", location)
            self.assertIn("Y=400", location)
            session.key("Escape")
        self.assert_stopped(session, pids, display_number, directory)
        self.assertEqual(session.processes, [])

    def test_two_sessions_side_by_side(self):
        first = self.start_session()
        second = self.start_session()
        self.assertNotEqual(first.display, second.display)
        self.assertNotEqual(first.bus_address, second.bus_address)
        self.run_in(first, "notify-send", "only in the first", "x")
        first.wait_for(first.notifications, 5)
        time.sleep(0.2)
        self.assertEqual(second.notifications(), [])

    def test_a_failed_start_leaves_nothing_behind(self):
        session = DesktopSession(tray="sni", screen="not-a-screen", timeout=3)
        with self.assertRaises(Exception):
            session.start()
        self.assertEqual(session.processes, [])
        self.assertFalse(os.path.exists(session.dir))


class XembedSessionTests(DesktopSessionCase):
    tray = "xembed"

    def test_trayer_is_an_xembed_tray_and_nothing_else(self):
        session = self.start_session()
        self.assertTrue(session.tray_host_present())
        self.assertFalse(session.name_has_owner(WATCHER), "Qt would take the StatusNotifierItem path")
        self.assertTrue(session.name_has_owner("org.freedesktop.Notifications"))
        self.assertEqual(session.tray_icons(), [])
        x, y, width, height = session.tray_geometry()
        self.assertEqual((y, height), (0, 32))


class NoTrayTests(DesktopSessionCase):
    tray = None

    def test_no_tray(self):
        session = self.start_session(notifications=False)
        self.assertFalse(session.tray_host_present())
        self.assertFalse(session.name_has_owner("org.freedesktop.Notifications"))
        self.assertEqual(session.tray_icons(), [])


class UnlockedKeyringTests(DesktopSessionCase):
    tray = None
    keyring = "unlocked"

    def test_secret_tool_stores_and_finds_a_secret(self):
        session = self.start_session(notifications=False)
        result = self.run_in(session, "secret-tool", "store", "--label=Homing test", "server", "Homing", "user", "k",
                             input="s3cret")
        self.assertEqual(result.returncode, 0, result.stderr)
        result = self.run_in(session, "secret-tool", "lookup", "server", "Homing", "user", "k")
        self.assertEqual(result.stdout, "s3cret")


class HungKeyringTests(DesktopSessionCase):
    tray = None
    keyring = "hung"

    def test_the_secret_service_never_answers(self):
        session = self.start_session(notifications=False)
        self.assertTrue(session.name_has_owner("org.freedesktop.secrets"))
        started = time.monotonic()
        result = self.run_in(session, "dbus-send", "--session", "--print-reply", "--reply-timeout=500",
                             "--dest=org.freedesktop.secrets", "/org/freedesktop/secrets",
                             "org.freedesktop.Secret.Service.OpenSession", "string:plain", "variant:string:")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("NoReply", result.stderr)
        self.assertGreaterEqual(time.monotonic() - started, 0.4)


if __name__ == "__main__":
    unittest.main()
