"""Provider emulators written in Node (tests/emulators/<name>.js), driven from
the end-to-end tests.

The signed providers' emulators recompute every request's signature with the
provider's official SDK (tests/package.json, installed by scripts/test.sh with
npm ci) and refuse a wrong one exactly as the service does. An emulator is a
fake like the others (HomingTestCase.start): its requests are checked for the
User-Agent, and its violations and internal errors fail the test.
"""

import base64
import email.message
import json
import os
import select
import shutil
import ssl
import subprocess
import time
import urllib.request

from .certs import certs as get_certs
from .servers import Request

TESTS_DIR = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
EMULATORS_DIR = os.path.join(TESTS_DIR, "emulators")
NODE_MODULES = os.path.join(TESTS_DIR, "node_modules")


def _headers(raw):
    """Node's rawHeaders ([name, value, name, value, ...]) as a Message: repeats kept."""
    message = email.message.Message()
    for index in range(0, len(raw), 2):
        message[raw[index]] = raw[index + 1]
    return message


class NodeEmulator:
    """tests/emulators/<name>.js on 127.0.0.1 with the test run's certificate.

    options: a JSON-able dict handed to the emulator (its credentials, zones…).
    """

    def __init__(self, name, options=None, tls="server"):
        if shutil.which("node") is None:
            raise RuntimeError("node is needed for the provider emulators (scripts/install-deps.sh --test)")
        if not os.path.isdir(NODE_MODULES):
            raise RuntimeError("the emulators' npm packages are missing: run npm ci in %s" % TESTS_DIR)
        self.name = name
        self.violations_seen = []
        certs = get_certs()
        cert, key = certs.pair(tls)
        self._context = ssl.create_default_context(cafile=certs.ca_file)
        script = os.path.join(EMULATORS_DIR, name + ".js")
        self._stderr_path = os.path.join(certs.dir, "emulator-%s-%d.err" % (name, time.monotonic_ns()))
        self._stderr = open(self._stderr_path, "wb")
        self.process = subprocess.Popen(
            ["node", script, "--cert", cert, "--key", key, "--options", json.dumps(options or {})],
            stdout=subprocess.PIPE, stderr=self._stderr, stdin=subprocess.DEVNULL, cwd=EMULATORS_DIR)
        self.port = self._read_port()

    def _read_port(self):
        deadline = time.monotonic() + 20
        line = b""
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.process.stdout], [], [], 0.2)
            if ready:
                line = self.process.stdout.readline()
                if line.startswith(b"LISTENING "):
                    return int(line.split()[1])
            if self.process.poll() is not None:
                break
        self.stop()
        raise RuntimeError("emulator %s did not start: %r %s" % (self.name, line, self.stderr()))

    # -- addresses ---------------------------------------------------------
    @property
    def base_url(self):
        return "https://127.0.0.1:%d" % self.port

    def url(self, path):
        return self.base_url + path

    # -- control -----------------------------------------------------------
    def _control(self, method, path, payload=None):
        data = None if payload is None else json.dumps(payload).encode()
        request = urllib.request.Request(self.url("/_emulator/" + path), data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, context=self._context, timeout=10) as response:
            return json.loads(response.read().decode("utf-8"))

    def state(self):
        return self._control("GET", "state")

    def set_state(self, state):
        return self._control("PUT", "state", state)

    def update_state(self, change):
        """change(state) edits the state in place; the result is stored."""
        state = self.state()
        change(state)
        return self.set_state(state)

    def queue(self, status, body, headers=None, times=1):
        """Answer the next request(s) with this, before the emulator's own logic."""
        if not isinstance(body, str):
            body = json.dumps(body)
        self._control("POST", "queue", {"status": status, "body": body, "headers": headers or {}, "times": times})

    def set_clock_offset(self, seconds):
        """The emulator's clock runs this far ahead of the real one (negative: behind)."""
        self._control("POST", "clock", {"offset_seconds": seconds})

    def received(self, path=None, method=None):
        requests = []
        for entry in self._control("GET", "requests"):
            request = Request(entry["method"], entry["url"], _headers(entry["raw_headers"]),
                              base64.b64decode(entry["body"]), True)
            request.status = entry.get("status")
            if (path is None or request.path == path) and (method is None or request.method == method):
                requests.append(request)
        return requests

    def count(self, path=None, method=None):
        return len(self.received(path, method))

    @property
    def violations(self):
        return self._control("GET", "violations")["violations"]

    @property
    def errors(self):
        found = self._control("GET", "violations")["errors"]
        if self.process.poll() is not None:
            found.append("the emulator exited with %s: %s" % (self.process.returncode, self.stderr()))
        return found

    def stderr(self):
        self._stderr.flush()
        with open(self._stderr_path, errors="replace") as f:
            return f.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process.stdout.close()
        self._stderr.close()
