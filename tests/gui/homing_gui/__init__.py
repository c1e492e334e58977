"""Helpers for Homing's GUI tests: a real, private, headless desktop session.

Python standard library only. See desktop.py.
"""

from .desktop import DesktopSession, DesktopError, check_isolation, Notification, TrayIcon, missing_tools  # noqa: F401
