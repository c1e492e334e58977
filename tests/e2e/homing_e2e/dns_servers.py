"""Real authoritative DNS servers for the RFC 2136 tests: BIND 9 and Knot DNS.

Each fixture writes its configuration, zone and TSIG keys into its own
directory under the test's temporary directory, starts the server in the
foreground on 127.0.0.1 and ::1 at a free high port (the suite runs in a
private network namespace, so nothing can leak), and waits until the zone
answers. Start them like the fakes, so that they are stopped after the test:

    server = self.start(Bind9Server, self.root)

Both serve the same zone, example.test ($TTL 60): SOA, NS ns1.example.test.,
ns1 A 127.0.0.1, and on h.example.test a TXT and an MX that must survive any
update of h's A or AAAA RRset. Keys (all made by the servers' own tools):

    ddns-key               hmac-sha256   may update any name in the zone
    ddns-hmac-sha512 ...   one key per other accepted algorithm, same rights
    narrow-key             hmac-sha256   may update other.example.test only

A fixture also counts the UPDATE messages the server received (whatever
their outcome: a refused or badly signed one counts too), so that a test can
prove that a run sent nothing: BIND from its statistics channel, Knot from
its mod-stats counters read with knotc.

Helpers: dig(server, name, rtype) -> sorted [(ttl, value)]; nsupdate(server,
commands, key) changes records behind Homing's back.
"""

import base64
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

ZONE = "example.test"
NAME = "h.example.test"
OTHER_NAME = "other.example.test"  # the one name narrow-key may update
NS_ADDRESS = "127.0.0.1"
ZONE_TTL = 60

# Records of h.example.test that are not Homing's: an update of its A or AAAA
# RRset must leave them exactly as they are. Values as dig prints them.
KEPT_RECORDS = {
    "TXT": [(ZONE_TTL, '"homing test: keep me"')],
    "MX": [(ZONE_TTL, "10 mail.example.test.")],
}

DDNS_KEY = "ddns-key"
NARROW_KEY = "narrow-key"
DEFAULT_ALGORITHM = "hmac-sha256"
# The algorithms Homing accepts; hmac-md5 is refused by Homing itself.
ALGORITHMS = ("hmac-sha256", "hmac-sha512", "hmac-sha384", "hmac-sha224", "hmac-sha1")


def algorithm_key(algorithm):
    """The name of the zone-wide key made with this algorithm."""
    return DDNS_KEY if algorithm == DEFAULT_ALGORITHM else "ddns-" + algorithm


ZONE_FILE = """\
$TTL {ttl}
@       IN SOA  ns1.{zone}. hostmaster.{zone}. ( 1 3600 600 86400 {ttl} )
@       IN NS   ns1.{zone}.
ns1     IN A    {ns}
mail    IN A    192.0.2.25
h       IN TXT  "homing test: keep me"
h       IN MX   10 mail.{zone}.
""".format(ttl=ZONE_TTL, zone=ZONE, ns=NS_ADDRESS)


def _ipv6_loopback_works():
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


IPV6 = _ipv6_loopback_works()


def free_port(ipv6=IPV6):
    """A port free for both UDP and TCP on 127.0.0.1 (and ::1): a server
    binds all four. Ports below 20000 are left alone."""
    for _ in range(200):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port < 20000:
            continue
        families = [(socket.AF_INET, "127.0.0.1")] + ([(socket.AF_INET6, "::1")] if ipv6 else [])
        sockets = []
        try:
            for family, address in families:
                for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
                    s = socket.socket(family, kind)
                    sockets.append(s)
                    s.bind((address, port))
        except OSError:
            continue
        finally:
            for s in sockets:
                s.close()
        return port
    raise RuntimeError("no free port for a DNS server")


def _run(argv, timeout=20, input_text=None):
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, input=input_text,
                          stdin=None if input_text is not None else subprocess.DEVNULL)


class DnsServer:
    """What the two servers share: the process, the keys, the readiness wait,
    and what HomingTestCase asks of a fake (received, violations, errors, stop)."""

    NAME = "dns"
    violations = ()  # a DNS server judges Homing's messages itself: its answers are the test

    def __init__(self, parent_directory, ipv6=IPV6, port=None):
        for tool in self.TOOLS:
            if shutil.which(tool) is None:
                raise RuntimeError("%s is needed for the RFC 2136 tests (scripts/install-deps.sh --test)" % tool)
        self.directory = tempfile.mkdtemp(prefix=self.NAME + "-", dir=parent_directory)
        self.ipv6 = ipv6
        self.address = "127.0.0.1"
        self.keys = {}  # name -> (algorithm, base64 secret)
        self._make_key(DDNS_KEY, DEFAULT_ALGORITHM)
        self._make_key(NARROW_KEY, DEFAULT_ALGORITHM)
        for algorithm in ALGORITHMS[1:]:
            self._make_key(algorithm_key(algorithm), algorithm)
        with open(os.path.join(self.directory, ZONE + ".zone"), "w") as f:
            f.write(ZONE_FILE)
        self.log_path = os.path.join(self.directory, self.NAME + ".log")
        self.process = None
        self._stopped = False
        last_error = None
        for _ in range(3):  # another process may take the port between the probe and the bind
            # A fixed port (53: the zone's NS records name this server) is free in the private namespace.
            self.port = port or free_port(ipv6)
            self._write_config()
            try:
                self._start()
                return
            except _StartFailed as error:
                last_error = error
                if "in use" not in str(error):
                    break
        raise RuntimeError("%s did not start: %s" % (self.NAME, last_error))

    # -- keys ----------------------------------------------------------------
    def secret(self, key_name=DDNS_KEY):
        """The key's secret, base64 as the key tools print it."""
        return self.keys[key_name][1]

    def algorithm(self, key_name=DDNS_KEY):
        return self.keys[key_name][0]

    def secrets(self):
        return [secret for _, secret in self.keys.values()]

    # -- the process -----------------------------------------------------------
    def _start(self):
        log = open(self.log_path, "ab")
        try:
            self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, cwd=self.directory)
        finally:
            log.close()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                code, self.process = self.process.returncode, None
                raise _StartFailed("exited with %s: %s" % (code, self.log_text()[-3000:]))
            if self._zone_answers():
                return
            time.sleep(0.05)
        self._kill()
        raise _StartFailed("the zone did not answer within 20 s: " + self.log_text()[-3000:])

    def _zone_answers(self):
        completed = _run(["dig", "@" + self.address, "-p", str(self.port), "+norecurse", "+time=1", "+tries=1",
                          "+noall", "+answer", ZONE, "SOA"], timeout=5)
        return completed.returncode == 0 and " SOA " in completed.stdout.replace("\t", " ")

    def log_text(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def _kill(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def stop(self):
        self._stopped = True
        self._kill()

    # -- what HomingTestCase checks after each test ------------------------------
    def received(self, path=None, method=None):
        return []  # no HTTP requests: nothing to check for a User-Agent

    @property
    def errors(self):
        if not self._stopped and self.process is not None and self.process.poll() is not None:
            return ["%s exited during the test with %s: %s"
                    % (self.NAME, self.process.returncode, self.log_text()[-3000:])]
        return []

    # -- counters ----------------------------------------------------------------
    def update_count(self):
        """UPDATE messages received so far, whatever the server answered."""
        raise NotImplementedError

    def query_count(self):
        """QUERY messages received so far (the fixture's own readiness checks included)."""
        raise NotImplementedError


class _StartFailed(Exception):
    pass


# ---------------------------------------------------------------------------
# BIND 9


class Bind9Server(DnsServer):
    """named -g with example.test, update-policy grants per key, and a
    statistics channel for the UPDATE counter."""

    NAME = "bind9"
    TOOLS = ("named", "tsig-keygen", "dig", "nsupdate")

    def _make_key(self, name, algorithm):
        completed = _run(["tsig-keygen", "-a", algorithm, name])
        if completed.returncode != 0:
            raise RuntimeError("tsig-keygen -a %s %s failed: %s" % (algorithm, name, completed.stderr))
        match = re.search(r'secret\s+"([^"]+)"', completed.stdout)
        self.keys[name] = (algorithm, match.group(1))
        with open(os.path.join(self.directory, name + ".key"), "w") as f:
            f.write(completed.stdout)

    def key_file(self, name=DDNS_KEY):
        return os.path.join(self.directory, name + ".key")

    def _write_config(self):
        self.statistics_port = free_port(ipv6=False)
        d = self.directory
        includes = "".join('include "%s";\n' % self.key_file(name) for name in self.keys)
        grants = ["grant %s zonesub ANY;" % name for name in self.keys if name != NARROW_KEY]
        grants.append("grant %s name %s. ANY;" % (NARROW_KEY, OTHER_NAME))
        listen_v6 = ('listen-on-v6 port %d { ::1; };' % self.port) if self.ipv6 else "listen-on-v6 { none; };"
        config = """\
{includes}
options {{
    directory "{d}";
    pid-file "{d}/named.pid";
    session-keyfile "{d}/session.key";
    managed-keys-directory "{d}";
    listen-on port {port} {{ 127.0.0.1; }};
    {listen_v6}
    recursion no;
    dnssec-validation no;
    notify no;
    allow-query {{ any; }};
    querylog yes;
}};
controls {{ }};
statistics-channels {{ inet 127.0.0.1 port {stats} allow {{ 127.0.0.1; }}; }};
zone "{zone}" {{
    type primary;
    file "{d}/{zone}.zone";
    update-policy {{
        {grants}
    }};
}};
""".format(includes=includes, d=d, port=self.port, listen_v6=listen_v6, stats=self.statistics_port,
           zone=ZONE, grants="\n        ".join(grants))
        self.config_path = os.path.join(d, "named.conf")
        with open(self.config_path, "w") as f:
            f.write(config)

    def command(self):
        # -g: foreground, log to stderr; -n 1: one worker thread (the machine has 2 shared cores).
        return ["named", "-g", "-n", "1", "-c", self.config_path]

    def statistics(self):
        with urllib.request.urlopen("http://127.0.0.1:%d/json/v1/server" % self.statistics_port,
                                    timeout=10) as response:
            return json.loads(response.read().decode("utf-8"))

    def update_count(self):
        return self.statistics().get("opcodes", {}).get("UPDATE", 0)

    def query_count(self):
        return self.statistics().get("opcodes", {}).get("QUERY", 0)


# ---------------------------------------------------------------------------
# Knot DNS


class KnotServer(DnsServer):
    """knotd with its database in the test's directory, update ACLs per key
    (narrow-key limited by update-owner to other.example.test), and mod-stats
    for the UPDATE counter (read with knotc over the control socket)."""

    NAME = "knot"
    TOOLS = ("knotd", "knotc", "keymgr", "dig", "nsupdate")

    def _make_key(self, name, algorithm):
        completed = _run(["keymgr", "-t", name, algorithm])
        if completed.returncode != 0:
            raise RuntimeError("keymgr -t %s %s failed: %s" % (name, algorithm, completed.stderr))
        match = re.search(r"^\s*secret:\s*(\S+)\s*$", completed.stdout, re.M)
        self.keys[name] = (algorithm, match.group(1))

    def _write_config(self):
        d = self.directory
        listen = ["127.0.0.1@%d" % self.port] + (["::1@%d" % self.port] if self.ipv6 else [])
        keys = "".join("  - id: %s\n    algorithm: %s\n    secret: %s\n" % (name, algorithm, secret)
                       for name, (algorithm, secret) in self.keys.items())
        zone_wide = [name for name in self.keys if name != NARROW_KEY]
        self.control_socket = os.path.join(d, "knot.sock")
        config = """\
server:
    rundir: "{d}"
    pidfile: "{d}/knot.pid"
    listen: [ {listen} ]

log:
  - target: stderr
    any: info

database:
    storage: "{d}"

control:
    listen: "{socket}"

key:
{keys}
acl:
  - id: update-zone
    key: [ {zone_wide} ]
    action: update
  - id: update-other-only
    key: {narrow}
    action: update
    update-owner: name
    update-owner-match: equal
    update-owner-name: [ {other}. ]

mod-stats:
  - id: counters
    server-operation: on
    response-code: on

template:
  - id: default
    storage: "{d}"
    file: "%s.zone"
    zonefile-sync: -1
    zonefile-load: difference-no-serial
    journal-content: all
    semantic-checks: on
    global-module: mod-stats/counters

zone:
  - domain: {zone}
    acl: [ update-zone, update-other-only ]
""".format(d=d, listen=", ".join(listen), socket=self.control_socket, keys=keys,
           zone_wide=", ".join(zone_wide), narrow=NARROW_KEY, other=OTHER_NAME, zone=ZONE)
        self.config_path = os.path.join(d, "knot.conf")
        with open(self.config_path, "w") as f:
            f.write(config)

    def command(self):
        return ["knotd", "-c", self.config_path]

    def stats(self):
        """mod-stats counters as {"server-operation[update]": n, ...} (zero counters are not listed)."""
        completed = _run(["knotc", "-c", self.config_path, "-s", self.control_socket, "stats", "mod-stats"])
        if completed.returncode != 0:
            raise RuntimeError("knotc stats failed: %s %s" % (completed.stdout, completed.stderr))
        counters = {}
        for line in completed.stdout.splitlines():
            match = re.match(r"^mod-stats\.(\S+)\s*=\s*(\d+)\s*$", line.strip())
            if match:
                counters[match.group(1)] = int(match.group(2))
        return counters

    def update_count(self):
        return self.stats().get("server-operation[update]", 0)

    def query_count(self):
        return self.stats().get("server-operation[query]", 0)


SERVERS = (Bind9Server, KnotServer)


# ---------------------------------------------------------------------------
# Client helpers (dig and nsupdate from bind9-dnsutils)


def _absolute(name):
    return name if name.endswith(".") else name + "."


def dig_output(server, name, rtype, *options, address=None):
    """dig's full text for a question (with +norecurse): status lines included."""
    completed = _run(["dig", "@" + (address or server.address), "-p", str(server.port), "+norecurse", "+time=3",
                      "+tries=3", *options, name, rtype], timeout=20)
    return completed.stdout + completed.stderr


def dig(server, name, rtype, address=None):
    """The server's answer for name/rtype as a sorted list of (ttl, value),
    value as dig prints it (an AAAA in dig's compressed form)."""
    text = dig_output(server, name, rtype, "+noall", "+answer", address=address)
    answers = []
    for line in text.splitlines():
        if not line.strip() or line.startswith(";"):
            continue
        owner, ttl, klass, found_type, value = line.split(None, 4)
        if found_type == rtype and owner.lower() == _absolute(name).lower():
            answers.append((int(ttl), value.strip()))
    return sorted(answers)


def dig_status(server, name, rtype):
    """The answer's status word (NOERROR, NXDOMAIN, REFUSED...)."""
    match = re.search(r"status: (\w+)", dig_output(server, name, rtype, "+noall", "+comments"))
    return match.group(1) if match else None


def nsupdate(server, commands, key=DDNS_KEY, secret=None, zone=ZONE):
    """Sends one UPDATE signed with the key (its real secret unless another is
    given): commands are nsupdate lines such as
    "update add h.example.test. 60 A 192.0.2.1". Returns (exit code, output)."""
    algorithm = server.algorithm(key)
    script = ["server %s %d" % (server.address, server.port)]
    if zone:
        script.append("zone " + zone)
    script.extend(commands)
    script.append("send")
    # Generous timeouts: the machine may be busy (a slow answer is not what these tests are about).
    completed = _run(["nsupdate", "-t", "15", "-u", "3", "-y", "%s:%s:%s" % (algorithm, key, secret or server.secret(key))],
                     input_text="\n".join(script) + "\n", timeout=30)
    return completed.returncode, completed.stdout + completed.stderr


def set_rrset(server, name, rtype, values, ttl=ZONE_TTL, key=DDNS_KEY):
    """Replaces name's rtype RRset with these values, as someone other than Homing would."""
    commands = ["update delete %s %s" % (_absolute(name), rtype)]
    commands += ["update add %s %d %s %s" % (_absolute(name), ttl, rtype, value) for value in values]
    code, output = nsupdate(server, commands, key=key)
    if code != 0:
        raise RuntimeError("nsupdate could not set %s %s on %s: %s" % (name, rtype, server.NAME, output))


def wrong_secret(like):
    """A well-formed secret of the same length that is not the key's."""
    raw = bytearray(base64.b64decode(like))
    for index in range(len(raw)):
        raw[index] ^= 0x5A
    return base64.b64encode(bytes(raw)).decode("ascii")
