"""A real PowerDNS Authoritative server (pdns_server) for the end-to-end tests.

Runs in the foreground in a directory of the test's own, with the sqlite3
backend, its HTTP API on 127.0.0.1 (or another address of the private
namespace's loopback interface) and DNS on 127.0.0.1, both on free high
ports; `security-poll-suffix=` is empty so that it looks nothing up of its
own. The webserver logs every request in detail (loglevel 6), which this
fixture reads back as the requests it received: the harness checks their
User-Agent like a fake's, and tests count them to show that a run sent
nothing. The fixture's own API calls carry FIXTURE_AGENT and are left out.

Use it like a fake: `self.start(PowerDnsServer, directory, api_key=CANARY)`.
"""

import email.message
import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

from .servers import Request

SCHEMA = "/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql"
FIXTURE_AGENT = "homing-e2e-powerdns-fixture"

# The webserver's detailed log (pdns 4.7): "<uuid> Request details:", then
# " Headers:" with "  name: value" lines, and at the end the access line
# "<uuid> 127.0.0.1:40000 \"PATCH /api/v1/... HTTP/1.1\" 204 368".
_LINE = re.compile(r"\[webserver\] ([0-9a-f-]{36}) (.*)$")
_ACCESS = re.compile(r'^\S+:\d+ "(\S+) (\S+) HTTP/[\d.]+" (\d+) \d+$')


def free_port(address="127.0.0.1"):
    """A port free for both TCP and UDP on `address` (DNS needs both)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.bind((address, 0))
            port = tcp.getsockname()[1]
            try:
                with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                    udp.bind((address, port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port on %s" % address)


class PowerDnsServer:
    def __init__(self, directory, api_key, web_address="127.0.0.1", zone="example.test.", nameserver="ns1.example.test."):
        if shutil.which("pdns_server") is None or not os.path.exists(SCHEMA):
            raise RuntimeError("pdns-server and pdns-backend-sqlite3 are needed (scripts/install-deps.sh --test)")
        self.directory = directory
        self.api_key = api_key
        self.web_address = web_address
        self.violations = []
        self.errors = []
        os.makedirs(directory, exist_ok=True)
        database = os.path.join(directory, "pdns.sqlite3")
        with open(SCHEMA, "rb") as schema:
            subprocess.run(["sqlite3", database], stdin=schema, check=True, capture_output=True)
        self.dns_port = free_port()
        self.web_port = free_port(web_address)
        settings = {
            "launch": "gsqlite3",
            "gsqlite3-database": database,
            "local-address": "127.0.0.1",
            "local-port": self.dns_port,
            "socket-dir": directory,
            "daemon": "no",
            "guardian": "no",
            "disable-syslog": "yes",
            "write-pid": "no",
            "security-poll-suffix": "",
            "api": "yes",
            "api-key": api_key,
            "webserver": "yes",
            "webserver-address": web_address,
            "webserver-port": self.web_port,
            "webserver-allow-from": "127.0.0.0/8,::1,%s" % web_address,
            "webserver-loglevel": "detailed",
            "loglevel": 6,
            "default-ttl": 3600,
        }
        with open(os.path.join(directory, "pdns.conf"), "w") as conf:
            for key, value in settings.items():
                conf.write("%s=%s\n" % (key, value))
        self.log_path = os.path.join(directory, "pdns.log")
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(["pdns_server", "--config-dir=" + directory], stdout=self._log,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=directory)
        self._wait_until_ready()
        if zone:
            self.create_zone(zone, [nameserver])
            self.replace(zone, nameserver, "A", 3600, ["127.0.0.1"])

    # -- life --------------------------------------------------------------
    def _wait_until_ready(self, timeout=20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("pdns_server exited with %s: %s" % (self.process.returncode, self.log()))
            try:
                status, _ = self.api("GET", "/api/v1/servers/localhost")
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("pdns_server did not answer within %d s: %s" % (timeout, self.log()))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self._log.close()

    def log(self):
        with open(self.log_path, errors="replace") as f:
            return f.read()

    # -- addresses ---------------------------------------------------------
    @property
    def base_url(self):
        return "http://%s:%d" % (self.web_address, self.web_port)

    # -- the API, as the test itself uses it -------------------------------
    def api(self, method, path, body=None, api_key=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base_url + path, data=data, method=method,
                                         headers={"X-API-Key": api_key or self.api_key, "User-Agent": FIXTURE_AGENT,
                                                  "Content-Type": "application/json"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(request, timeout=10) as reply:
                text = reply.read()
                return reply.status, json.loads(text) if text else None
        except urllib.error.HTTPError as error:
            text = error.read()
            try:
                return error.code, json.loads(text)
            except ValueError:
                return error.code, text.decode("utf-8", "replace")

    def _checked(self, method, path, body=None, expect=(200, 201, 204)):
        status, answer = self.api(method, path, body)
        if status not in expect:
            raise RuntimeError("PowerDNS answered %s %s with %s: %r" % (method, path, status, answer))
        return answer

    def create_zone(self, zone, nameservers):
        return self._checked("POST", "/api/v1/servers/localhost/zones",
                             {"name": zone, "kind": "Native", "nameservers": list(nameservers)})

    def replace(self, zone, name, rtype, ttl, contents):
        self._checked("PATCH", "/api/v1/servers/localhost/zones/" + zone,
                      {"rrsets": [{"name": name, "type": rtype, "ttl": ttl, "changetype": "REPLACE",
                                   "records": [{"content": c, "disabled": False} for c in contents]}]})

    def zone(self, zone):
        return self._checked("GET", "/api/v1/servers/localhost/zones/" + zone)

    def serial(self, zone):
        return self.zone(zone)["serial"]

    def rrset(self, zone, name, rtype):
        """(ttl, [contents]) of an RRset as the API has it, or None."""
        for rrset in self.zone(zone)["rrsets"]:
            if rrset["name"] == name and rrset["type"] == rtype:
                return rrset["ttl"], sorted(r["content"] for r in rrset["records"])
        return None

    # -- what it received ----------------------------------------------------
    def _settled_log(self, timeout=3.0):
        """The log once every request in it has its access line (pdns writes
        that line after the answer, so a client may be done before it is
        there) and nothing was added for a moment."""
        deadline = time.monotonic() + timeout
        previous = None
        while True:
            text = self.log()
            started = len(re.findall(r"\] [0-9a-f-]{36} Request details:", text))
            finished = sum(1 for line in text.splitlines()
                           if (m := _LINE.search(line)) and _ACCESS.match(m.group(2)))
            if (text == previous and finished >= started) or time.monotonic() > deadline:
                return text
            previous = text
            time.sleep(0.05)

    def received(self, path=None, method=None):
        """The requests of others than this fixture, from the webserver's log, in order."""
        requests = {}
        order = []
        section = None
        for line in self._settled_log().splitlines():
            match = _LINE.search(line)
            if not match:
                continue
            uuid, text = match.groups()
            entry = requests.setdefault(uuid, {"headers": email.message.Message(), "body": b"", "params": [],
                                               "access": None})
            if text == "Request details:":
                section = "request"
            elif text == "Response details:":
                section = "response"
            elif text in (" Headers:", " GET params:", " POST params:", " Full body: ", " Full body:", " No body"):
                section = (section.split("/")[0] + "/" + text.strip()) if section else None
            elif text.startswith("  ") and section == "request/Headers:":
                name, _, value = text.strip().partition(": ")
                entry["headers"][name] = value
            elif text.startswith("  ") and section == "request/GET params:":
                name, _, value = text.strip().partition(": ")
                entry["params"].append((name, value))
            elif text.startswith("  ") and section == "request/Full body:":
                entry["body"] = text[2:].encode()
            else:
                access = _ACCESS.match(text)
                if access:
                    entry["access"] = access.groups()
                    order.append(uuid)
                    section = None
        result = []
        for uuid in order:
            entry = requests[uuid]
            method_seen, target, _ = entry["access"]
            if entry["headers"].get("user-agent") == FIXTURE_AGENT:
                continue
            if entry["params"] and "?" not in target:
                target += "?" + urllib.parse.urlencode(entry["params"])
            request = Request(method_seen, target, entry["headers"], entry["body"], False)
            request.status = int(entry["access"][2])
            if (path is None or request.path == path) and (method is None or request.method == method):
                result.append(request)
        return result

    def count(self, path=None, method=None):
        return len(self.received(path, method))

    def writes(self):
        return [r for r in self.received() if r.method != "GET"]

    # -- DNS ---------------------------------------------------------------
    def dig(self, name, rtype):
        """(ttl, value) answers that pdns_server gives for name/type over DNS."""
        out = subprocess.run(["dig", "@127.0.0.1", "-p", str(self.dns_port), "+norecurse", "+noall", "+answer",
                              "+time=2", "+tries=2", name, rtype], capture_output=True, text=True, timeout=20)
        if out.returncode != 0:
            raise RuntimeError("dig failed: %s %s" % (out.stdout, out.stderr))
        answers = []
        for line in out.stdout.splitlines():
            fields = line.split()
            if len(fields) >= 5 and fields[3] == rtype:
                answers.append((int(fields[1]), " ".join(fields[4:])))
        return sorted(answers)
