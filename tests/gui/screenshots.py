"""Screenshots of the tray app for people to look at (tests/screenshots.sh):
the main window's records and history, and the tray menu, in English and in
Simplified Chinese, against the fake services in the private network namespace.

Not a test of its own (it asserts only that each picture was taken); the
pictures go to HOMING_SCREENSHOTS and are never committed."""

import os
import subprocess
import time
import unittest

from homing_e2e import fakes
from homing_e2e.harness import ADDRESS_A, CANARY, setUpModule  # noqa: F401
from test_tray import HOMING_APP, NAME, TrayTestCase
import test_widgets

SECOND = "nas.example.org"
OUT = os.environ.get("HOMING_SCREENSHOTS", "")


class Screenshots(TrayTestCase):
    language = None

    def setUp(self):
        if not OUT:
            raise unittest.SkipTest("HOMING_SCREENSHOTS names no directory")
        super().setUp()
        # A second account whose password the provider refuses: one record
        # in sync, one blocked with its advice, and a history of both.
        self.bad = self.start(fakes.Dyndns2Server, username="homer", password="other", hosts={SECOND: None})
        self.write_config(self.make_config(
            self.echo_service.sources(2),
            [self.dyndns2_account(self.dd), self.dyndns2_account(self.bad, account_id="nas")],
            [self.record("dd", NAME), self.record("nas", SECOND)]))
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
        self.session.wait_for(lambda: self.bad.count() > 0 and self.dd.hosts[NAME] == ADDRESS_A, timeout=20,
                              message="the first pass")
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
        self.shoot("main-window", window)
        self.session.key("alt+h", window_id=window)
        self.shoot("history", window)

class ChineseScreenshots(Screenshots):
    language = "zh_CN"


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
