"""A private, headless desktop session for GUI tests (Python standard library only).

    with DesktopSession(tray="sni") as session:
        app = session.spawn([HOMING, "--config-dir", config_dir])
        icon = session.wait_for(lambda: session.tray_icons(), timeout=10, message="a tray icon")
        ...
        session.screenshot("/tmp/shot.png")
        notes = session.wait_for(session.notifications, message="a notification")

It starts, each as a child of the test and all stopped again when the block ends:

- its own D-Bus session bus (dbus-daemon with a config of its own, listening on a
  ``unix:dir=`` address in the session's temp dir, no service activation);
- Xvfb on a free display (``-displayfd``), 1280x800x24 by default;
- dunst owning org.freedesktop.Notifications, and dbus-monitor, whose binary output is
  parsed here, so that ``notifications()`` lists every ``Notify`` call seen on the bus;
- a tray host: ``tray="sni"`` runs xfce4-panel with only its "Status Tray" plugin, which is
  both an org.kde.StatusNotifierWatcher/host and an XEmbed system tray, so Qt's
  QSystemTrayIcon takes its StatusNotifierItem path (and sends D-Bus notifications);
  ``tray="xembed"`` runs trayer, an XEmbed tray only, so Qt docks an X window (and draws
  its own balloons instead of sending D-Bus notifications); ``tray=None`` runs none;
- optionally gnome-keyring (``keyring="unlocked"``), or a Secret Service that never answers
  (``keyring="hung"``, as a keyring does while its password prompt waits).

Run it inside the test suite's own network namespace (``unshare --net``): X11's and
D-Bus's abstract sockets are then private too.

``session.env`` is the environment for the programs under test: the private bus and display,
and HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR in the temp dir.
"""

import binascii
import os
import re
import select
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field

from homing_e2e.session_bus import BUS_CONFIG

__all__ = ["DesktopSession", "DesktopError", "check_isolation", "Notification", "TrayIcon", "missing_tools", "DBusConnection"]

NOTIFICATIONS = "org.freedesktop.Notifications"
WATCHER = "org.kde.StatusNotifierWatcher"
SECRETS = "org.freedesktop.secrets"
PING_INTERFACE = "io.github.homing.DesktopSession"   # the monitor's readiness probe


DUNST_CONFIG = """[global]
    monitor = 0
    follow = none
    width = 300
    height = 120
    origin = top-right
    offset = 10x40
    font = DejaVu Sans 9
    idle_threshold = 0
    show_indicators = no
    sticky_history = no
    history_length = 0
    browser = /bin/false
    dmenu = /bin/false
    mouse_left_click = do_action, close_current
[urgency_low]
    timeout = 30
[urgency_normal]
    timeout = 30
[urgency_critical]
    timeout = 0
"""

# xfce4-panel reads its layout from xfconfd: one panel along the top, only the Status Tray
# plugin (StatusNotifierItem host and watcher plus XEmbed tray), icons not hidden.
XFCE_PANEL_CONFIG = """<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="length-adjust" type="bool" value="false"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="32"/>
      <property name="icon-size" type="uint" value="0"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="systray">
      <property name="square-icons" type="bool" value="true"/>
      <property name="hide-new-items" type="bool" value="false"/>
      <property name="icon-size" type="int" value="22"/>
    </property>
  </property>
</channel>
"""

XFCONFD_CANDIDATES = ("/usr/lib/x86_64-linux-gnu/xfce4/xfconf/xfconfd", "/usr/lib/aarch64-linux-gnu/xfce4/xfconf/xfconfd",
                      "/usr/lib/xfce4/xfconf/xfconfd", "/usr/libexec/xfconfd")

# Variables of the caller's own desktop that must not leak into the private one.
SCRUBBED = ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "SESSION_MANAGER",
            "XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP", "DESKTOP_SESSION",
            "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK", "QT_QPA_PLATFORM", "QT_QPA_PLATFORMTHEME", "AT_SPI_BUS_ADDRESS")


class DesktopError(RuntimeError):
    pass


def network_interfaces():
    try:
        with open("/proc/self/net/dev") as f:
            return sorted(line.split(":", 1)[0].strip() for line in f.readlines()[2:])
    except OSError:
        return []


def check_isolation():
    """Raises unless this process is in a network namespace of its own with only lo."""
    names = network_interfaces()
    if not names or [name for name in names if name != "lo"]:
        raise DesktopError("a DesktopSession runs only in a private network namespace with nothing but lo "
                           "(found: %s); run the tests through scripts/test.sh, or by hand with "
                           "unshare -n sh -c 'ip link set lo up; ...'" % (", ".join(names) or "nothing"))


def _xfconfd():
    for candidate in XFCONFD_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("xfconfd")


def missing_tools(tray="sni", keyring=None):
    """Programs a DesktopSession with these options needs and this machine lacks
    (scripts/install-deps.sh --test installs them)."""
    tools = ["dbus-daemon", "dbus-monitor", "Xvfb", "dunst", "xwininfo", "xprop", "xdotool", "import"]
    if tray == "sni":
        tools.append("xfce4-panel")
    elif tray == "xembed":
        tools.append("trayer")
    if keyring == "unlocked":
        tools.append("gnome-keyring-daemon")
    elif keyring == "hung":
        tools.append("dbus-test-tool")
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if tray == "sni" and _xfconfd() is None:
        missing.append("xfconfd")
    return missing


# ---------------------------------------------------------------------------------------------
# D-Bus wire format (enough of it to read dbus-monitor --binary and to make simple calls)
# ---------------------------------------------------------------------------------------------

_ALIGN = {"y": 1, "b": 4, "n": 2, "q": 2, "i": 4, "u": 4, "x": 8, "t": 8, "d": 8, "h": 4, "s": 4, "o": 4, "g": 1,
          "a": 4, "(": 8, "{": 8, "v": 1}
_FIXED = {"y": "B", "b": "I", "n": "h", "q": "H", "i": "i", "u": "I", "x": "q", "t": "Q", "d": "d", "h": "I"}
METHOD_CALL, METHOD_RETURN, ERROR, SIGNAL = 1, 2, 3, 4
_HEADER_FIELDS = {1: "path", 2: "interface", 3: "member", 4: "error_name", 5: "reply_serial", 6: "destination",
                  7: "sender", 8: "signature", 9: "unix_fds"}
_HEADER_CODES = {name: code for code, name in _HEADER_FIELDS.items()}
_HEADER_SIGNATURES = {1: "o", 2: "s", 3: "s", 4: "s", 5: "u", 6: "s", 7: "s", 8: "g", 9: "u"}


class DBusFormatError(ValueError):
    pass


def _complete_type(signature, start):
    """End index of the single complete type starting at signature[start]."""
    if start >= len(signature):
        raise DBusFormatError("signature %r ends early" % signature)
    code = signature[start]
    if code == "a":
        return _complete_type(signature, start + 1)
    if code in "({":
        close = ")" if code == "(" else "}"
        index = start + 1
        while index < len(signature) and signature[index] != close:
            index = _complete_type(signature, index)
        if index >= len(signature):
            raise DBusFormatError("unbalanced signature %r" % signature)
        return index + 1
    if code in _ALIGN:
        return start + 1
    raise DBusFormatError("unknown type %r in %r" % (code, signature))


def split_signature(signature):
    types, index = [], 0
    while index < len(signature):
        end = _complete_type(signature, index)
        types.append(signature[index:end])
        index = end
    return types


class _Reader:
    def __init__(self, data, endian):
        self.data, self.offset, self.endian = data, 0, endian

    def align(self, n):
        self.offset += (-self.offset) % n

    def take(self, n):
        if self.offset + n > len(self.data):
            raise DBusFormatError("message ends early")
        chunk = self.data[self.offset:self.offset + n]
        self.offset += n
        return chunk

    def fixed(self, code):
        self.align(_ALIGN[code])
        fmt = self.endian + _FIXED[code]
        value = struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]
        return bool(value) if code == "b" else value

    def read(self, sig):
        code = sig[0]
        if code in _FIXED:
            return self.fixed(code)
        if code in "so":
            length = self.fixed("u")
            text = self.take(length + 1)[:-1]
            return text.decode("utf-8", "replace")
        if code == "g":
            length = self.take(1)[0]
            return self.take(length + 1)[:-1].decode("ascii", "replace")
        if code == "v":
            inner = self.read("g")
            return self.read(inner)
        if code == "a":
            length = self.fixed("u")
            element = sig[1:]
            self.align(_ALIGN[element[0]])
            end = self.offset + length
            if end > len(self.data):
                raise DBusFormatError("array runs past the message")
            if element == "y":
                return self.take(length)
            if element[0] == "{":
                key_sig, value_sig = split_signature(element[1:-1])
                result = {}
                while self.offset < end:
                    self.align(8)
                    key = self.read(key_sig)
                    result[key] = self.read(value_sig)
                return result
            items = []
            while self.offset < end:
                items.append(self.read(element))
            return items
        if code in "({":
            self.align(8)
            return tuple(self.read(member) for member in split_signature(sig[1:-1]))
        raise DBusFormatError("cannot read type %r" % sig)


class _Writer:
    def __init__(self, endian="<"):
        self.data, self.endian = bytearray(), endian

    def align(self, n):
        self.data.extend(b"\0" * ((-len(self.data)) % n))

    def write(self, sig, value):
        code = sig[0]
        if code in _FIXED:
            self.align(_ALIGN[code])
            self.data.extend(struct.pack(self.endian + _FIXED[code], int(value) if code == "b" else value))
        elif code in "so":
            raw = value.encode("utf-8")
            self.write("u", len(raw))
            self.data.extend(raw + b"\0")
        elif code == "g":
            raw = value.encode("ascii")
            self.data.extend(bytes([len(raw)]) + raw + b"\0")
        elif code == "v":
            inner, inner_value = value            # a variant is given as (signature, value)
            self.write("g", inner)
            self.write(inner, inner_value)
        elif code == "a":
            self.align(4)
            length_at = len(self.data)
            self.data.extend(b"\0\0\0\0")
            element = sig[1:]
            self.align(_ALIGN[element[0]])
            start = len(self.data)
            if element[0] == "{":
                key_sig, value_sig = split_signature(element[1:-1])
                for key, item in dict(value).items():
                    self.align(8)
                    self.write(key_sig, key)
                    self.write(value_sig, item)
            elif element == "y":
                self.data.extend(bytes(value))
            else:
                for item in value:
                    self.write(element, item)
            struct.pack_into(self.endian + "I", self.data, length_at, len(self.data) - start)
        elif code in "({":
            self.align(8)
            for member, item in zip(split_signature(sig[1:-1]), value):
                self.write(member, item)
        else:
            raise DBusFormatError("cannot write type %r" % sig)


@dataclass
class DBusMessage:
    type: int
    flags: int
    serial: int
    fields: dict
    body: list
    raw: bytes = b""

    def __getattr__(self, name):
        if name in _HEADER_CODES:
            return self.fields.get(name)
        raise AttributeError(name)


def message_length(data):
    """Total length of the message at the start of data, or None while its fixed header is incomplete."""
    if len(data) < 16:
        return None
    endian = {ord("l"): "<", ord("B"): ">"}.get(data[0])
    if endian is None:
        raise DBusFormatError("bad endianness byte %r" % data[:1])
    body_length, _, fields_length = struct.unpack(endian + "III", data[4:16])
    header = 16 + fields_length
    return header + (-header) % 8 + body_length


def parse_message(data):
    endian = "<" if data[0:1] == b"l" else ">"
    reader = _Reader(data, endian)
    _, kind, flags, _ = struct.unpack("BBBB", reader.take(4))
    reader.fixed("u")                             # body length
    serial = reader.fixed("u")
    raw_fields = reader.read("a(yv)")
    fields = {_HEADER_FIELDS.get(code, code): value for code, value in raw_fields}
    reader.align(8)
    body_reader = _Reader(data[reader.offset:], endian)
    signature = fields.get("signature") or ""
    body = [body_reader.read(sig) for sig in split_signature(signature)]
    return DBusMessage(kind, flags, serial, fields, body, bytes(data))


def build_message(kind, serial, fields, signature="", args=(), flags=0):
    body = _Writer()
    for sig, value in zip(split_signature(signature), args):
        body.write(sig, value)
    if signature:
        fields = dict(fields, signature=signature)
    header = _Writer()
    header.data.extend(struct.pack("<cBBBII", b"l", kind, flags, 1, len(body.data), serial))
    header.write("a(yv)", [(_HEADER_CODES[name], (_HEADER_SIGNATURES[_HEADER_CODES[name]], value))
                           for name, value in fields.items() if value is not None])
    header.align(8)
    return bytes(header.data + body.data)


class DBusError(RuntimeError):
    def __init__(self, name, text):
        super().__init__("%s: %s" % (name, text))
        self.name = name


class DBusConnection:
    """A small blocking D-Bus client (EXTERNAL auth on a unix socket), for tests."""

    def __init__(self, address, timeout=5.0):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.buffer = bytearray()
        self.serial = 0
        connected = False
        for entry in address.split(";"):
            transport, _, params = entry.partition(":")
            options = dict(part.split("=", 1) for part in params.split(",") if "=" in part)
            if transport != "unix":
                continue
            if "path" in options:
                target = _unescape_address(options["path"])
            elif "abstract" in options:
                target = "\0" + _unescape_address(options["abstract"])
            else:
                continue
            self.sock.connect(target)
            connected = True
            break
        if not connected:
            raise DBusError("org.freedesktop.DBus.Error.BadAddress", address)
        uid = binascii.hexlify(str(os.getuid()).encode()).decode()
        self.sock.sendall(b"\0AUTH EXTERNAL " + uid.encode() + b"\r\n")
        line = self._auth_line()
        if not line.startswith(b"OK"):
            raise DBusError("org.freedesktop.DBus.Error.AuthFailed", line.decode("ascii", "replace"))
        self.sock.sendall(b"BEGIN\r\n")
        self.unique_name = self.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "Hello")[0]

    def _auth_line(self):
        while b"\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise DBusError("org.freedesktop.DBus.Error.Disconnected", "during authentication")
            self.buffer.extend(chunk)
        line, _, rest = bytes(self.buffer).partition(b"\r\n")
        self.buffer = bytearray(rest)
        return line

    def _receive(self):
        while True:
            length = message_length(self.buffer)
            if length is not None and len(self.buffer) >= length:
                data = bytes(self.buffer[:length])
                del self.buffer[:length]
                return parse_message(data)
            chunk = self.sock.recv(65536)
            if not chunk:
                raise DBusError("org.freedesktop.DBus.Error.Disconnected", "the bus closed the connection")
            self.buffer.extend(chunk)

    def call(self, destination, path, interface, member, signature="", args=(), timeout=None):
        self.serial += 1
        serial = self.serial
        self.sock.sendall(build_message(METHOD_CALL, serial, {"path": path, "interface": interface, "member": member,
                                                              "destination": destination}, signature, args))
        previous = self.sock.gettimeout()
        if timeout is not None:
            self.sock.settimeout(timeout)
        try:
            while True:
                reply = self._receive()
                if reply.type in (METHOD_RETURN, ERROR) and reply.reply_serial == serial:
                    break
        finally:
            self.sock.settimeout(previous)
        if reply.type == ERROR:
            raise DBusError(reply.error_name, reply.body[0] if reply.body else "")
        return reply.body

    def emit(self, path, interface, member, signature="", args=()):
        self.serial += 1
        self.sock.sendall(build_message(SIGNAL, self.serial, {"path": path, "interface": interface, "member": member},
                                        signature, args))

    def get_property(self, destination, path, interface, name):
        return self.call(destination, path, "org.freedesktop.DBus.Properties", "Get", "ss", (interface, name))[0]

    def get_all_properties(self, destination, path, interface):
        return self.call(destination, path, "org.freedesktop.DBus.Properties", "GetAll", "s", (interface,))[0]

    def name_has_owner(self, name):
        return self.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
                         "s", (name,))[0]

    def close(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _unescape_address(value):
    return re.sub(r"%([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), value)


# ---------------------------------------------------------------------------------------------
# A little X11 (the selection owner of the system tray, which no command-line tool shows)
# ---------------------------------------------------------------------------------------------

def _x11_connect(display_number, timeout):
    """A socket with the X11 connection setup done (no authentication: Xvfb here takes none)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect("/tmp/.X11-unix/X%d" % display_number)
        sock.sendall(struct.pack("<cxHHHH2x", b"l", 11, 0, 0, 0))
        head = _recv_exactly(sock, 8)
        if head[0] != 1:
            raise DesktopError("X server refused the connection")
        _recv_exactly(sock, struct.unpack("<H", head[6:8])[0] * 4)
        return sock
    except BaseException:
        sock.close()
        raise


def _intern_atom(sock, name, only_if_exists):
    padded = name + b"\0" * ((-len(name)) % 4)
    sock.sendall(struct.pack("<BBHH2x", 16, 1 if only_if_exists else 0, 2 + len(padded) // 4, len(name)) + padded)
    return struct.unpack("<I", _x11_reply(sock)[8:12])[0]


def x11_close_window(display_number, window, timeout=2.0):
    """Asks a window to close as a window manager's close button does: a WM_DELETE_WINDOW
    client message (the session has no window manager, and xdotool only destroys windows)."""
    with _x11_connect(display_number, timeout) as sock:
        protocols, delete = (_intern_atom(sock, name, False) for name in (b"WM_PROTOCOLS", b"WM_DELETE_WINDOW"))
        event = struct.pack("<BBHII5I", 33, 32, 0, window, protocols, delete, 0, 0, 0, 0)        # ClientMessage
        sock.sendall(struct.pack("<BBHII", 25, 0, 11, window, 0) + event)                          # SendEvent
        sock.sendall(struct.pack("<BxH", 43, 1))                                                  # GetInputFocus
        _x11_reply(sock)   # a round trip: the X server has handled the SendEvent


def x11_selection_owner(display_number, selection, timeout=2.0):
    """The window owning an X selection (0 if none), asked over the display's unix socket."""
    with _x11_connect(display_number, timeout) as sock:
        atom = _intern_atom(sock, selection.encode(), only_if_exists=True)
        if atom == 0:
            return 0
        sock.sendall(struct.pack("<BxHI", 23, 2, atom))                                          # GetSelectionOwner
        reply = _x11_reply(sock)
        return struct.unpack("<I", reply[8:12])[0]


def _x11_reply(sock):
    while True:
        packet = _recv_exactly(sock, 32)
        if packet[0] == 1:
            extra = struct.unpack("<I", packet[4:8])[0]
            return packet + _recv_exactly(sock, extra * 4)
        if packet[0] == 0:
            raise DesktopError("X error %d" % packet[1])
        # an event: skip it


def _recv_exactly(sock, n):
    data = bytearray()
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise DesktopError("X server closed the connection")
        data.extend(chunk)
    return bytes(data)


# ---------------------------------------------------------------------------------------------
# What a test sees
# ---------------------------------------------------------------------------------------------

# WM_CLASS of the tray hosts' own windows: the panel windows, and the tray plugin's plug in xfce4-panel.
TRAY_PANEL_CLASSES = {"trayer", "xfce4-panel", "Xfce4-panel"}
TRAY_HOST_CLASSES = TRAY_PANEL_CLASSES | {"panel", "wrapper-2.0", "Wrapper-2.0"}

URGENCY_NAMES = {0: "low", 1: "normal", 2: "critical"}


@dataclass
class Notification:
    """One org.freedesktop.Notifications.Notify call seen on the bus."""
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list                 # [(key, label), ...]
    hints: dict                   # name -> value (urgency is a byte: 0 low, 1 normal, 2 critical)
    expire_timeout: int
    sender: str = ""
    serial: int = 0
    time: float = 0.0
    id: int = None                # the server's answer, once seen

    @property
    def urgency(self):
        value = self.hints.get("urgency")
        return URGENCY_NAMES.get(value, value) if value is not None else None

    @property
    def action_keys(self):
        return [key for key, _ in self.actions]


@dataclass
class TrayIcon:
    """A tray icon: an XEmbed window docked in the tray, or a registered StatusNotifierItem."""
    kind: str                     # "xembed" or "sni"
    window: int = 0               # xembed: the docked X window
    name: str = ""                # xembed: window name; sni: Title
    geometry: tuple = None        # xembed: (x, y, width, height) on the root window
    service: str = ""             # sni: bus name and object path of the item
    path: str = ""
    properties: dict = field(default_factory=dict)   # sni: the item's properties (icon pixmaps left out)

    @property
    def center(self):
        if not self.geometry:
            return None
        x, y, width, height = self.geometry
        return x + width // 2, y + height // 2


@dataclass
class _Window:
    id: int
    name: str
    klass: tuple
    geometry: tuple
    depth: int
    parent: int


# ---------------------------------------------------------------------------------------------
# The session
# ---------------------------------------------------------------------------------------------

class DesktopSession:
    def __init__(self, tray="sni", keyring=None, notifications=True, screen="1280x800x24", env=None,
                 keep_dir=None, timeout=15.0, require_isolation=True):
        if tray not in ("sni", "xembed", None):
            raise ValueError("tray must be 'sni', 'xembed' or None")
        if keyring not in ("unlocked", "hung", None):
            raise ValueError("keyring must be 'unlocked', 'hung' or None")
        self.tray, self.keyring, self.want_notifications = tray, keyring, notifications
        self.screen, self.base_env, self.timeout = screen, env, timeout
        self.require_isolation = require_isolation
        self.keep_dir = keep_dir if keep_dir is not None else bool(os.environ.get("HOMING_GUI_KEEP"))
        self.dir = None
        self.env = None
        self.display = None
        self.display_number = None
        self.bus_address = None
        self.processes = []           # (name, Popen), stopped in reverse order
        self._lock = threading.Lock()
        self._messages = []           # parsed notification traffic
        self._notifications = []
        self._pings = set()
        self._monitor_thread = None
        self._monitor_error = None
        self._bus = None
        self.started_in = None

    # -- lifecycle --------------------------------------------------------------------------

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self):
        started = time.monotonic()
        if self.require_isolation:
            check_isolation()
        missing = missing_tools(self.tray, self.keyring)
        if missing:
            raise DesktopError("missing: %s (scripts/install-deps.sh --test installs them)" % ", ".join(missing))
        self.dir = tempfile.mkdtemp(prefix="homing-desktop-")
        try:
            self._prepare_env()
            self._start_bus_and_display()
            self._bus = DBusConnection(self.bus_address)
            waits = []
            if self.want_notifications:
                self._start_monitor()
                self._start("dunst", ["dunst", "-config", self._write("dunstrc", DUNST_CONFIG)])
                waits.append(("dunst to own %s" % NOTIFICATIONS, lambda: self.name_has_owner(NOTIFICATIONS)))
                waits.append(("dbus-monitor to see the bus", self._monitor_ready))
            if self.tray == "sni":
                config_dir = os.path.join(self.env["XDG_CONFIG_HOME"], "xfce4", "xfconf", "xfce-perchannel-xml")
                os.makedirs(config_dir)
                self._write(os.path.join(config_dir, "xfce4-panel.xml"), XFCE_PANEL_CONFIG)
                self._start("xfconfd", [_xfconfd()])
                waits.append(("xfconfd to own org.xfce.Xfconf", lambda: self.name_has_owner("org.xfce.Xfconf")))
            elif self.tray == "xembed":
                self._start("trayer", ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel",
                                       "--width", "240", "--height", "32", "--SetDockType", "true",
                                       "--transparent", "false", "--tint", "0xdddddd"])
            if self.keyring == "unlocked":
                keyring = self._start("gnome-keyring", ["gnome-keyring-daemon", "--foreground", "--unlock",
                                                        "--components=secrets"], stdin=subprocess.PIPE)
                keyring.stdin.write(b"keyring-password")
                keyring.stdin.close()
                waits.append(("gnome-keyring to own %s" % SECRETS, lambda: self.name_has_owner(SECRETS)))
            elif self.keyring == "hung":
                self._start("black-hole", ["dbus-test-tool", "black-hole", "--session", "--name=" + SECRETS])
                waits.append(("a silent service to own %s" % SECRETS, lambda: self.name_has_owner(SECRETS)))
            for message, predicate in waits:
                self.wait_for(predicate, self.timeout, message=message)
            if self.tray == "sni":
                # Started only once xfconfd answers: else it asks for a layout in a dialog.
                self._start("xfce4-panel", ["xfce4-panel", "--disable-wm-check"])
                self.wait_for(self._sni_host_ready, self.timeout,
                              message="xfce4-panel to register a StatusNotifierHost")
            if self.tray is not None:
                self.wait_for(self.tray_host_present, self.timeout, message="a system tray (_NET_SYSTEM_TRAY_S0)")
        except BaseException:
            self.stop()
            raise
        self.started_in = time.monotonic() - started

    def stop(self):
        if self._bus is not None:
            try:
                self._bus.close()
            except OSError:
                pass
            self._bus = None
        for name, process in reversed(self.processes):
            _stop_process(process)
        for name, process in self.processes:
            for stream in (process.stdin, process.stdout, process.stderr):
                if stream is not None:
                    try:
                        stream.close()
                    except OSError:
                        pass
        if self._monitor_thread is not None:
            self._monitor_thread.join(5)
            self._monitor_thread = None
        self.processes = []
        if self.dir and not self.keep_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def spawn(self, args, name=None, **kwargs):
        """Start a program in the session (its env unless given), stopped with the session.
        stdout/stderr go to <dir>/<name>.log unless given."""
        kwargs.setdefault("env", self.env)
        return self._start(name or os.path.basename(args[0]), args, **kwargs)

    def log(self, name):
        """What a program started by the session wrote to stdout and stderr so far."""
        try:
            with open(os.path.join(self.dir, name + ".log"), errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    # -- queries ----------------------------------------------------------------------------

    def wait_for(self, predicate, timeout=10.0, interval=0.05, message=None):
        """Polls predicate until it returns something truthy, and returns that; raises
        DesktopError (with the logs of the session's programs) after timeout seconds."""
        deadline = time.monotonic() + timeout
        last_error = None
        while True:
            try:
                value = predicate()
                if value:
                    return value
            except Exception as error:          # noqa: BLE001 - a predicate may fail while things start
                last_error = error
            if time.monotonic() >= deadline:
                detail = " (last error: %r)" % last_error if last_error else ""
                raise DesktopError("timed out after %.1f s waiting for %s%s%s" % (
                    timeout, message or getattr(predicate, "__name__", "a condition"), detail, self._dead_programs()))
            time.sleep(interval)

    def name_has_owner(self, name):
        return bool(self._bus.name_has_owner(name))

    def dbus(self):
        """A new connection to the session's bus (the caller closes it)."""
        return DBusConnection(self.bus_address)

    def notifications(self):
        """Every Notify call seen on the bus so far, oldest first."""
        self._raise_monitor_error()
        with self._lock:
            return list(self._notifications)

    def clear_notifications(self):
        with self._lock:
            self._notifications.clear()

    def tray_host_present(self):
        return x11_selection_owner(self.display_number, "_NET_SYSTEM_TRAY_S%d" % 0) != 0

    def tray_icons(self):
        """The icons in the tray: X windows docked in it (XEmbed) and, with tray="sni", the
        StatusNotifierItems registered with the watcher. An SNI icon has no window of its own:
        the panel draws it; its geometry is given when it is the tray's only icon."""
        icons = []
        windows = self._window_tree()
        root = self._root_id(windows)
        for window in windows.values():
            if window.parent in (0, root) or window.geometry[2] <= 1 or set(window.klass) & TRAY_HOST_CLASSES:
                continue
            if _toplevel(windows, window.id) not in self._tray_toplevels(windows):
                continue
            if self._has_property(window.id, "_XEMBED_INFO"):
                icons.append(TrayIcon("xembed", window=window.id, name=window.name, geometry=window.geometry))
        if self.tray == "sni":
            items = self._bus.get_property(WATCHER, "/StatusNotifierWatcher", WATCHER, "RegisteredStatusNotifierItems")
            for item in items:
                service, slash, path = item.partition("/")
                path = slash + path if slash else "/StatusNotifierItem"
                try:
                    props = self._bus.get_all_properties(service, path, "org.kde.StatusNotifierItem")
                except (DBusError, OSError):
                    props = {}
                props = {k: v for k, v in props.items() if not k.endswith("Pixmap")}
                geometry = None
                area = self._tray_area(windows)
                if area and len(items) == 1 and not icons:
                    x, y, _, height = area
                    geometry = (x, y, height, height)
                icons.append(TrayIcon("sni", name=props.get("Title", ""), geometry=geometry, service=service,
                                      path=path, properties=props))
        return icons

    def tray_geometry(self):
        """(x, y, width, height) of the part of the screen where the tray draws its icons."""
        return self._tray_area(self._window_tree())

    def _tray_toplevels(self, windows):
        return {w.id for w in windows.values() if w.parent == self._root_id(windows) and
                set(w.klass) & TRAY_PANEL_CLASSES}

    def _tray_area(self, windows):
        tops = sorted(self._tray_toplevels(windows), key=lambda w: windows[w].geometry[2] * windows[w].geometry[3])
        for top in reversed(tops):               # the panel, not the hosts' small hidden windows
            plugs = [w for w in windows.values() if "wrapper-2.0" in w.klass and _toplevel(windows, w.id) == top]
            return (plugs[0] if plugs else windows[top]).geometry
        return None

    def find_windows(self, name_regex, visible_only=True):
        """Ids of the windows whose name (title) matches name_regex (re.search)."""
        pattern = re.compile(name_regex)
        found = []
        for window in self._window_tree().values():
            if window.name is not None and pattern.search(window.name):
                if not visible_only or self._viewable(window.id):
                    found.append(window.id)
        return found

    def windows(self):
        """{id: (name, (instance, class), (x, y, width, height))} of every window."""
        return {w.id: (w.name, w.klass, w.geometry) for w in self._window_tree().values()}

    def window_geometry(self, window_id):
        out = self._x(["xwininfo", "-id", str(window_id)])
        values = dict(re.findall(r"^\s*(Absolute upper-left X|Absolute upper-left Y|Width|Height):\s*(-?\d+)",
                                 out, re.M))
        return (int(values["Absolute upper-left X"]), int(values["Absolute upper-left Y"]),
                int(values["Width"]), int(values["Height"]))

    # -- actions ----------------------------------------------------------------------------

    def screenshot(self, path, window_id=None):
        """Saves a PNG of the whole screen, or of one window, and returns path."""
        if window_id is not None and (not isinstance(window_id, int) or window_id <= 0):
            raise ValueError("no such window: %r" % (window_id,))   # import would wait for a click instead
        target = "root" if window_id is None else str(window_id)
        self._x(["import", "-display", self.display, "-window", target, "png:" + path])
        if not os.path.getsize(path):
            raise DesktopError("empty screenshot %s" % path)
        return path

    def close_window(self, window_id):
        """Closes a window as its close button would (WM_DELETE_WINDOW)."""
        x11_close_window(self.display_number, window_id)

    def click(self, x, y, button=1):
        """Moves the pointer to (x, y) and clicks there (button 3: the right button)."""
        self.move_mouse(x, y)
        self._x(["xdotool", "click", str(button)])

    def move_mouse(self, x, y):
        # Not "mousemove --sync": it waits forever when the pointer is already there.
        self._x(["xdotool", "mousemove", str(x), str(y)])
        self.wait_for(lambda: self.mouse_location() == (x, y), 5, message="the pointer to reach %d,%d" % (x, y))

    def mouse_location(self):
        values = dict(line.split("=", 1) for line in self._x(["xdotool", "getmouselocation", "--shell"]).split()
                      if "=" in line)
        return int(values["X"]), int(values["Y"])

    def key(self, *keys, window_id=None):
        """xdotool key names: session.key("Down", "Return"), session.key("ctrl+q")."""
        args = ["xdotool", "key", "--delay", "30"]
        if window_id is not None:
            args += ["--window", str(window_id)]
        self._x(args + list(keys))

    def type_text(self, text):
        self._x(["xdotool", "type", "--delay", "20", "--", text])

    def xdotool(self, *args):
        return self._x(["xdotool"] + [str(a) for a in args])

    # -- internals --------------------------------------------------------------------------

    def _prepare_env(self):
        env = dict(self.base_env if self.base_env is not None else os.environ)
        for name in SCRUBBED:
            env.pop(name, None)
        for name, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "home/.config"), ("XDG_DATA_HOME", "home/.local/share"),
                          ("XDG_CACHE_HOME", "home/.cache"), ("XDG_RUNTIME_DIR", "runtime")):
            path = os.path.join(self.dir, sub)
            os.makedirs(path, mode=0o700, exist_ok=True)
            env[name] = path
        env.update({
            "NO_AT_BRIDGE": "1",            # GTK helpers: no accessibility bus to look for
            "GTK_A11Y": "none",
            "GSETTINGS_BACKEND": "memory",  # no dconf service to activate
            "GIO_USE_VFS": "local",
            "LANG": env.get("LANG") or "C.UTF-8",
        })
        self.env = env

    def _write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def _start(self, name, args, **kwargs):
        """Starts a program in its own process group; what it prints, unless redirected,
        goes to <dir>/<name>.log."""
        log = None
        if kwargs.get("stdout") is None or kwargs.get("stderr") is None:
            log = open(os.path.join(self.dir, name + ".log"), "ab")
            if kwargs.get("stdout") is None:
                kwargs["stdout"] = log
            if kwargs.get("stderr") is None:
                kwargs["stderr"] = log
        kwargs.setdefault("env", self.env)
        kwargs.setdefault("stdin", subprocess.DEVNULL)
        kwargs.setdefault("start_new_session", True)      # its own process group, stopped as one
        try:
            process = subprocess.Popen(args, **kwargs)
        finally:
            if log is not None:
                log.close()
        self.processes.append((name, process))
        return process

    def _start_bus_and_display(self):
        bus_dir = os.path.join(self.dir, "bus")
        os.makedirs(bus_dir)
        bus = self._start("dbus-daemon", ["dbus-daemon", "--config-file=" + self._write("bus.conf", BUS_CONFIG.format(
            directory=bus_dir)), "--nofork", "--print-address=1"], stdout=subprocess.PIPE)
        read_fd, write_fd = os.pipe()
        try:
            self._start("Xvfb", ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.screen, "-nolisten", "tcp",
                                 "-noreset"],
                        pass_fds=(write_fd,))
        finally:
            os.close(write_fd)
        try:
            self.bus_address = self._read_line(bus.stdout.fileno(), "dbus-daemon's address")
            if not self.bus_address.startswith("unix:"):
                raise DesktopError("dbus-daemon did not start: %r" % self.bus_address)
            number = self._read_line(read_fd, "Xvfb's display number")
        finally:
            os.close(read_fd)
        if not number.isdigit():
            raise DesktopError("Xvfb did not start: %r%s" % (number, self._dead_programs()))
        self.display_number = int(number)
        self.display = ":%d" % self.display_number
        self.env["DISPLAY"] = self.display
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address

    def _read_line(self, fd, what):
        deadline = time.monotonic() + self.timeout
        data = b""
        while not data.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise DesktopError("timed out waiting for %s%s" % (what, self._dead_programs()))
            chunk = os.read(fd, 256)
            if not chunk:
                break
            data += chunk
        return data.decode(errors="replace").strip()

    def _dead_programs(self):
        lines = []
        for name, process in self.processes:
            if _exited(process):
                lines.append("\n%s exited: %s" % (name, self.log(name)[-1500:]))
        return "".join(lines)

    # dbus-monitor

    def _start_monitor(self):
        monitor = self._start("dbus-monitor", ["dbus-monitor", "--address", self.bus_address, "--binary",
                                               "interface='%s'" % NOTIFICATIONS, "type='method_return'",
                                               "type='error'", "interface='%s'" % PING_INTERFACE],
                              stdout=subprocess.PIPE)
        self._monitor_thread = threading.Thread(target=self._read_monitor, args=(monitor.stdout,), daemon=True)
        self._monitor_thread.start()

    def _monitor_ready(self):
        token = "ping-%f" % time.monotonic()
        self._bus.emit("/", PING_INTERFACE, "Ping", "s", (token,))
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:
            with self._lock:
                if self._pings:
                    return True
            time.sleep(0.01)
        return False

    def _read_monitor(self, stream):
        buffer = bytearray()
        pending = {}                                   # (sender, serial) of Notify calls -> Notification
        try:
            while True:
                chunk = stream.read1(65536) if hasattr(stream, "read1") else os.read(stream.fileno(), 65536)
                if not chunk:
                    return
                buffer.extend(chunk)
                while True:
                    length = message_length(buffer)
                    if length is None or len(buffer) < length:
                        break
                    data = bytes(buffer[:length])
                    del buffer[:length]
                    self._handle_monitored(parse_message(data), pending)
        except (DBusFormatError, struct.error) as error:
            self._monitor_error = error
        except (OSError, ValueError):
            return

    def _handle_monitored(self, message, pending):
        if message.interface == PING_INTERFACE:
            with self._lock:
                self._pings.add(message.body[0] if message.body else "")
            return
        if (message.type == METHOD_CALL and message.interface == NOTIFICATIONS and message.member == "Notify"
                and message.signature == "susssasa{sv}i"):
            app_name, replaces_id, app_icon, summary, body, actions, hints, expire = message.body
            note = Notification(app_name, replaces_id, app_icon, summary, body,
                                list(zip(actions[0::2], actions[1::2])), hints, expire,
                                sender=message.sender or "", serial=message.serial, time=time.time())
            pending[(note.sender, note.serial)] = note
            with self._lock:
                self._notifications.append(note)
        elif message.type == METHOD_RETURN and message.destination:
            note = pending.pop((message.destination, message.reply_serial), None)
            if note is not None and message.body:
                with self._lock:
                    note.id = message.body[0]

    def _raise_monitor_error(self):
        if self._monitor_error is not None:
            raise DesktopError("could not read dbus-monitor's output: %s" % self._monitor_error)

    # tray

    def _sni_host_ready(self):
        if not self.name_has_owner(WATCHER):
            return False
        return bool(self._bus.get_property(WATCHER, "/StatusNotifierWatcher", WATCHER,
                                           "IsStatusNotifierHostRegistered"))

    # X helpers

    def _x(self, args, timeout=20):
        completed = subprocess.run(args, env=self.env, capture_output=True, timeout=timeout)
        if completed.returncode != 0:
            raise DesktopError("%s failed (%d): %s" % (" ".join(args), completed.returncode,
                                                      completed.stderr.decode(errors="replace").strip()))
        return completed.stdout.decode("utf-8", "replace")

    _TREE_LINE = re.compile(r"^(?P<indent>\s*)(?P<id>0x[0-9a-f]+) (?:\"(?P<name>.*)\"|\(has no name\)):"
                            r" \((?P<klass>.*)\)\s+(?P<w>\d+)x(?P<h>\d+)\+-?\d+\+-?\d+\s+\+(?P<x>-?\d+)\+(?P<y>-?\d+)\s*$")
    _CLASS = re.compile(r'"((?:[^"]|"(?! "|$))*)"')

    def _window_tree(self):
        out = self._x(["xwininfo", "-root", "-tree"])
        windows = {}
        stack = []                                      # (indent, id)
        root = None
        for line in out.splitlines():
            match = re.match(r"^xwininfo: Window id: (0x[0-9a-f]+)", line)
            if match:
                root = int(match.group(1), 16)
                windows[root] = _Window(root, "", (), (0, 0, 0, 0), 0, 0)
                continue
            match = self._TREE_LINE.match(line)
            if not match:
                continue
            indent = len(match.group("indent"))
            window_id = int(match.group("id"), 16)
            while stack and stack[-1][0] >= indent:
                stack.pop()
            parent = stack[-1][1] if stack else root
            stack.append((indent, window_id))
            klass = tuple(self._CLASS.findall(match.group("klass")))
            windows[window_id] = _Window(window_id, match.group("name"), klass,
                                         (int(match.group("x")), int(match.group("y")),
                                          int(match.group("w")), int(match.group("h"))), indent, parent)
        return windows

    @staticmethod
    def _root_id(windows):
        return next((w.id for w in windows.values() if w.parent == 0), 0)

    def _has_property(self, window_id, name):
        completed = subprocess.run(["xprop", "-id", str(window_id), name], env=self.env, capture_output=True,
                                   timeout=10)
        return completed.returncode == 0 and b"not found" not in completed.stdout and b"no such atom" not in \
            completed.stdout

    def _viewable(self, window_id):
        try:
            return "IsViewable" in self._x(["xwininfo", "-id", str(window_id)])
        except DesktopError:
            return False


def _toplevel(windows, window_id):
    """The child of the root window that holds window_id."""
    current = windows.get(window_id)
    while current is not None and current.parent and windows.get(current.parent) is not None \
            and windows[current.parent].parent != 0:
        current = windows[current.parent]
    return current.id if current is not None else 0


def _exited(process):
    """Whether the process has exited, without reaping it (its pid, and so its process
    group id, stays ours until it is reaped)."""
    if process.returncode is not None:
        return True
    try:
        return os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True


def _stop_process(process, grace=3.0):
    """SIGTERM to the process's group, SIGKILL to what is left of it after grace seconds."""
    if process.returncode is not None:
        return                            # already reaped: its group id may belong to someone else now
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + grace
    while not _exited(process) and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        os.killpg(process.pid, signal.SIGKILL)    # helpers it started, or itself if it ignored SIGTERM
    except ProcessLookupError:
        pass
    process.wait()
