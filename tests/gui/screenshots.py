"""Screenshots of the tray app for people to look at (tests/screenshots.sh):
the main window's records and history, and the tray menu, in English and in
Simplified Chinese, against the fake services in the private network namespace.
The records' propagation checks (live, not live yet with the public caches'
countdown, changed by someone else) come from a seeded state.json and
history.jsonl, with the checks themselves off.

Not a test of its own (it asserts only that each picture was taken); the
pictures go to HOMING_SCREENSHOTS and are never committed."""

import datetime
import json
import os
import subprocess
import time
import unittest

from homing_e2e import fakes
from homing_e2e.harness import ADDRESS_A, ADDRESS_B, CANARY, setUpModule  # noqa: F401
from test_tray import HOMING_APP, NAME, TrayTestCase
import test_widgets

SECOND = "nas.example.org"
# Records whose propagation checks the pictures show: served everywhere, not
# yet (with the public caches' countdown), and changed by someone else.
LIVE, NOT_LIVE, DRIFTED = NAME, "cam.example.org", "vpn.example.org"
HIJACKER = "203.0.113.9"
NS1, NS2 = ("ns1.example.org", "192.0.2.53:53"), ("ns2.example.org", "198.51.100.53:53")
OUT = os.environ.get("HOMING_SCREENSHOTS", "")


def iso(time):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ")


def served(values, ttl):
    return [{"server": server, "nameserver": name, "values": list(value), "ttl": ttl}
            for (name, server), value in zip((NS1, NS2), values)]


def propagation_state(now):
    """state.json and history.jsonl as propagation checks leave them: no
    check falls due while the pictures are taken (they would need real DNS
    servers), so what the window shows is what the state says."""
    ago = lambda seconds: iso(now - datetime.timedelta(seconds=seconds))  # noqa: E731
    base = {"state": "in_sync", "value": ADDRESS_A, "last_result": "ok"}
    records = {
        "dd/%s/A" % LIVE: dict(base, last_success=ago(600), last_attempt=ago(600), live=True, live_since=ago(590),
                               last_verified=ago(60), served=served([[ADDRESS_A], [ADDRESS_A]], 300)),
        # Updated 5 min ago: one server has it, the other not yet; resolvers
        # may keep the old value a little longer. Checked 5 s ago, so the next
        # check is more than 2 min away.
        "dd/%s/A" % NOT_LIVE: dict(base, last_success=ago(300), last_attempt=ago(300), live=False, last_verified=ago(5),
                                   served=served([[ADDRESS_A], [ADDRESS_B]], 300),
                                   caches_expire_at=iso(now + datetime.timedelta(seconds=260))),
        # Someone else pointed it elsewhere; Homing set it back once today already.
        "dd/%s/A" % DRIFTED: dict(base, last_success=ago(3 * 3600), last_attempt=ago(3 * 3600), live=False,
                                  last_verified=ago(120), served=served([[HIJACKER], [HIJACKER]], 3600),
                                  drift_value=HIJACKER, drift_since=ago(1200), last_drift_correction=ago(2 * 3600)),
    }
    entry = lambda seconds, name, old, new, result, detail: {  # noqa: E731
        "time": ago(seconds), "account": "dd", "record": name, "type": "A", "old": old, "new": new,
        "result": result, "detail": detail}
    history = [
        entry(2 * 3600, DRIFTED, ADDRESS_A, HIJACKER, "drift",
              "%s now points to %s, which Homing did not set; Homing sets it back to %s, and does so at most once a "
              "day unless the record is set to always correct" % (DRIFTED, HIJACKER, ADDRESS_A)),
        entry(2 * 3600 - 5, DRIFTED, HIJACKER, ADDRESS_A, "ok", "good " + ADDRESS_A),
        entry(1200, DRIFTED, ADDRESS_A, HIJACKER, "drift",
              "%s now points to %s, which Homing did not set; Homing already set it back today and leaves it until "
              "%s; set the record to always correct to override changes every time"
              % (DRIFTED, HIJACKER, iso(now + datetime.timedelta(seconds=22 * 3600)))),
        entry(600, LIVE, ADDRESS_B, ADDRESS_A, "ok", "good " + ADDRESS_A),
        entry(590, LIVE, None, ADDRESS_A, "live",
              "served by all 2 authoritative servers (%s, %s), 10 seconds after the update" % (NS1[0], NS2[0])),
        entry(40, NOT_LIVE, ADDRESS_B, ADDRESS_A, "ok", "good " + ADDRESS_A),
    ]
    return {"version": 1, "records": records}, history


class Screenshots(TrayTestCase):
    language = None

    def setUp(self):
        if not OUT:
            raise unittest.SkipTest("HOMING_SCREENSHOTS names no directory")
        super().setUp()
        # A second account whose password the provider refuses: one record
        # blocked with its advice, and a history of it. The first account's
        # records are in sync: one live, one not yet, one changed by someone else.
        self.bad = self.start(fakes.Dyndns2Server, username="homer", password="other", hosts={SECOND: None})
        self.dd.hosts.update({NOT_LIVE: ADDRESS_A, DRIFTED: HIJACKER})
        self.write_config(self.make_config(
            self.echo_service.sources(2),
            # Checks stay on, or the window shows no "live" at all; the one
            # name server named answers nothing (port 9 on loopback), and the
            # seeded records are not due for a check while the pictures are taken.
            [self.dyndns2_account(self.dd, nameservers=["127.0.0.1:9"]), self.dyndns2_account(self.bad, account_id="nas")],
            [self.record("dd", LIVE), self.record("dd", NOT_LIVE), self.record("dd", DRIFTED),
             self.record("nas", SECOND)],
            propagation={"enabled": True, "resolvers": []}))
        state, history = propagation_state(datetime.datetime.now(datetime.timezone.utc))
        os.makedirs(self.data_dir, exist_ok=True)
        with open(os.path.join(self.data_dir, "state.json"), "w") as f:
            json.dump(state, f, indent=2)
        with open(os.path.join(self.data_dir, "history.jsonl"), "w") as f:
            f.writelines(json.dumps(entry) + "\n" for entry in history)
        if self.language:
            self.env.update({"HOMING_LANGUAGE": self.language, "LANG": self.language + ".UTF-8",
                             "LC_ALL": self.language + ".UTF-8"})
        os.makedirs(OUT, exist_ok=True)

    def shoot(self, name, window=None):
        path = os.path.join(OUT, "%s-%s.png" % (self.language or "en", name))
        time.sleep(0.5)  # let the last repaint land; there is nothing to poll for
        self.session.screenshot(path, window)
        self.assertGreater(os.path.getsize(path), 1000, path)

    def test_pictures(self):
        self.start_app()
        icon = self.session.wait_for(self.session.tray_icons, timeout=15, message="the tray icon")[0]
        self.session.wait_for(lambda: self.bad.count() > 0, timeout=20, message="the first pass")
        # The tray menu first: the window, once open, covers the panel.
        x, y, width, height = icon.geometry or self.session.tray_geometry()
        self.session.click(x + min(width, height) // 2, y + height // 2, button=3)
        self.shoot("tray-menu")
        self.session.key("a")  # "&About Homing"
        # The only window yet ("About — Homing"; a Chinese title may not read back as UTF-8).
        [about] = self.session.wait_for(lambda: self.session.find_windows("Homing$"), timeout=10,
                                        message="the About box")
        self.shoot("about", about)
        self.session.key("Escape")
        self.session.wait_for(lambda: not self.session.find_windows("Homing$"), timeout=5, message="About to close")
        self.session.click(x + min(width, height) // 2, y + height // 2, button=3)
        self.session.key("s")  # "&Settings…"
        # The only window open ("Settings — Homing").
        [settings] = self.session.wait_for(lambda: self.session.find_windows("Homing$"), timeout=10,
                                           message="the Settings dialog")
        self.shoot("settings", settings)
        self.session.key("Escape")
        # A second `homing` asks the first to show its window.
        subprocess.run([HOMING_APP, "--config-dir", self.config_dir, "--data-dir", self.data_dir], env=self.env,
                       check=True, timeout=30, capture_output=True)
        [window] = self.session.wait_for(lambda: self.session.find_windows("^Homing$"), timeout=10,
                                         message="the main window")
        # The blocked record's notification would cover the window's right side.
        subprocess.run(["dunstctl", "close-all"], env=self.session.env, check=False, timeout=10, capture_output=True)
        self.session.wait_for(lambda: not self.session.find_windows("^Dunst$"), timeout=5, message="the popups to close")
        self.shoot("main-window", window)
        # The Live column's tooltips: what each authoritative server answered.
        # The cells' places fit the English and Chinese layouts alike.
        x, y = self.session.window_geometry(window)[:2]
        for picture, row_y in (("main-window-not-live-tooltip", 218), ("main-window-drift-tooltip", 248)):
            self.session.move_mouse(x + 600, y + row_y)
            time.sleep(1.5)  # the tooltip's delay
            self.shoot(picture)
            self.session.move_mouse(x + 600, y + 450)
            time.sleep(0.5)
        # Nothing was sent for the records in sync: the seeded state held.
        self.assertEqual(self.dd.count(), 0)
        self.session.key("alt+d", window_id=window)
        self.shoot("addresses", window)
        self.session.key("alt+h", window_id=window)
        self.shoot("history", window)
        status_view_pictures(self, self.language or "en")

class ChineseScreenshots(Screenshots):
    language = "zh_CN"


# tst_statusviews: beside tst_widgets unless named.
STATUS_VIEWS = os.environ.get("HOMING_STATUS_VIEWS") or (
    os.path.join(os.path.dirname(test_widgets.WIDGET_TESTS), "tst_statusviews") if test_widgets.WIDGET_TESTS else "")


def candidate(address, flags, suffix, preferred, valid, chosen, reason, prefix=64, interface="eth0"):
    return {"address": address, "interface": interface, "prefix_length": prefix, "flags": flags, "suffix_kind": suffix,
            "preferred_lifetime": preferred, "valid_lifetime": valid, "chosen": chosen, "reason": reason}


def issue10_status(now):
    """A status as issue 10's core reports it: an interface source that looked
    at addresses of every kind and chose the stable-privacy one, a router
    whose WAN address is shared (carrier-grade NAT), and two port mappings,
    one refused by the router."""
    stable = "2001:db8:42:1:b2c4:1f0e:7d3a:9c21"
    candidates = [
        candidate(stable, ["stable-privacy"], "stable-privacy", None, None, True,
                  "chosen: global, stable-privacy, longest preferred lifetime"),
        candidate("2001:db8:42:1:5a1e:93ff:fe12:3456", [], "eui64", 14400, 86400, False,
                  "skipped: EUI-64 ranks below stable-privacy"),
        candidate("2001:db8:42:1:9e3a:51c2:2b7f:e410", ["temporary"], "temporary", 3600, 7200, False,
                  "skipped: temporary (privacy) address"),
        candidate("2001:db8:41:1:b2c4:1f0e:7d3a:9c21", ["deprecated", "stable-privacy"], "stable-privacy", 0, 1800, False,
                  "skipped: deprecated (the previous prefix)"),
        candidate("2001:db8:42:1::77", ["tentative"], "dhcpv6", 3600, 3600, False, "skipped: tentative", 128),
        candidate("2001:db8:42:1::dead", ["dadfailed"], "static", None, None, False,
                  "skipped: duplicate address detection failed", 64, "wlan0"),
        candidate("fd00:77::10", ["permanent"], "static", None, None, False,
                  "skipped: unique local address (the record does not allow private addresses)"),
        candidate("fe80::b2c4:1f0e:7d3a:9c21", ["permanent"], "stable-privacy", None, None, False, "skipped: link-local"),
    ]
    return {
        "running": True, "records": [],
        "ipv4": {"enabled": True, "address": "203.0.113.7", "checked_at": iso(now), "error": None, "sources": [
            {"source": "upnp", "address": "100.64.3.4", "error": None, "wan_not_public": True},
            {"source": "https://v4.echo.example/", "address": "203.0.113.7", "error": None}]},
        "ipv6": {"enabled": True, "address": stable, "checked_at": iso(now), "error": None, "sources": [
            {"source": "interface:*?suffix=stable-privacy", "address": stable, "error": None, "candidates": candidates},
            {"source": "https://v6.echo.example/", "address": None,
             "error": "no answer in 10 s; check the network or the service"}]},
        "cgnat": {"detected": True, "kind": "carrier_grade", "router_address": "100.64.3.4",
                  "public_address": "203.0.113.7", "since": iso(now - datetime.timedelta(hours=5)),
                  "message": "Your provider shares one public IPv4 address among many customers: an A record will not "
                             "make this host reachable from outside. Use IPv6, ask your provider for a public "
                             "address, or use a tunnel such as frp.",
                  "publishing": False},
        "port_mappings": [
            {"protocol": "tcp", "external": 8443, "internal": 443, "host": "192.168.77.10", "method": "upnp",
             "state": "active", "error": None, "expires_at": iso(now + datetime.timedelta(seconds=3000)),
             "external_address": "203.0.113.7"},
            {"protocol": "udp", "external": 51820, "internal": 51820, "host": "192.168.77.10", "method": "natpmp",
             "state": "failed", "error": "ConflictInMappingEntry (718): the port is mapped to another host",
             "expires_at": None, "external_address": None}],
    }


def status_view_pictures(test, language):
    """The views of issue 10's findings (Addresses, the carrier-grade NAT
    banner, port mappings, the settings' rule preview), seeded with the
    status above and taken by tst_statusviews itself (QWidget::grab)."""
    if not STATUS_VIEWS or not os.path.exists(STATUS_VIEWS):
        raise unittest.SkipTest("tst_statusviews was not built (HOMING_STATUS_VIEWS)")
    status_path = os.path.join(OUT, "issue10-status.json")
    with open(status_path, "w") as f:
        json.dump(issue10_status(datetime.datetime.now(datetime.timezone.utc)), f, indent=2)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOMING_SCREENSHOTS=OUT, HOMING_TEST_STATUS=status_path,
               HOMING_LANGUAGE=language)
    if language != "en":
        env.update({"LANG": language + ".UTF-8", "LC_ALL": language + ".UTF-8"})
    result = subprocess.run([STATUS_VIEWS, "pictures"], env=env, capture_output=True, text=True, timeout=120)
    test.assertEqual(result.returncode, 0, result.stdout + result.stderr)
    for name in ("cgnat-banner", "addresses", "port-mappings", "rule-preview"):
        path = os.path.join(OUT, "%s-%s.png" % (language, name))
        test.assertGreater(os.path.getsize(path), 1000, path)


class EditorPictures(test_widgets.WidgetTests):
    """The first-run setup, the editor and the window, taken by tst_widgets
    itself (QWidget::grab), in English and Chinese, light and dark. Dark is
    the system's: Qt's GTK 3 platform theme with GTK's dark Adwaita."""

    test_setup_editor_and_keychain = None  # the test itself runs in the suite

    def setUp(self):
        if not OUT:
            raise unittest.SkipTest("HOMING_SCREENSHOTS names no directory")
        os.makedirs(OUT, exist_ok=True)

    def test_pictures(self):
        for language in ("en", "zh_CN"):
            for theme in ("light", "dark"):
                with self.subTest(language=language, theme=theme):
                    test_widgets.WidgetTests.setUp(self)
                    try:
                        env = self.widget_env()
                        env.update({"HOMING_SCREENSHOTS": OUT, "HOMING_SCREENSHOT_THEME": theme,
                                    "HOMING_LANGUAGE": language})
                        if language != "en":
                            env.update({"LANG": language + ".UTF-8", "LC_ALL": language + ".UTF-8"})
                        if theme == "dark":
                            env.update({"QT_QPA_PLATFORMTHEME": "gtk3", "GTK_THEME": "Adwaita:dark"})
                        code, output = self.run_widgets("pictures", env=env)
                        self.assertEqual(code, 0, output)
                        self.assertIn("PASS   : TestWidgets::pictures()", output)
                    finally:
                        self.doCleanups()


if __name__ == "__main__":
    unittest.main()
