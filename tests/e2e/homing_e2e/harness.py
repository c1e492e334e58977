"""The shared harness of the end-to-end tests.

- Refuses to run unless the process is in a private network namespace whose
  only interface is the loopback one, so that nothing can reach the network.
- Gives each test fresh config, data and secret directories and a clean
  environment (no proxies, no keychain, its own HOME and TMPDIR).
- Runs homing-cli with a timeout and, after every run, checks that the
  canary secret appears neither in its output nor in any file it could write.
- Starts fakes on 127.0.0.1 and checks, after each test, that every request
  they received carried a Homing User-Agent and broke no protocol rule.
"""

import datetime
import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse

from . import fakes
from .certs import certs

CANARY = "CANARY-7f3a-SECRET-d41d8cd9"

# Public addresses (not in any special-purpose range) used as "our" address.
ADDRESS_A = "81.2.69.160"
ADDRESS_B = "81.2.69.161"
ADDRESS_C = "81.2.69.162"
ADDRESS_V6 = "2a00:1450:4001:81c::200e"

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

_PROXY_VARIABLES = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                    "no_proxy", "NO_PROXY", "ftp_proxy", "FTP_PROXY")

ISOLATION_MESSAGE = ("run the suite through scripts/test.sh, which isolates it in a private network namespace")


# ---------------------------------------------------------------------------
# Isolation guard


def network_interfaces():
    """Interfaces of this process's network namespace.

    /sys/class/net is not used: it shows the namespace of whoever mounted
    sysfs, so inside `unshare -n` it still lists the host's interfaces.
    if_nameindex() and /proc/self/net/dev follow the process's namespace.
    """
    names = set()
    try:
        names.update(name for _, name in socket.if_nameindex())
    except OSError:
        pass
    try:
        with open("/proc/self/net/dev") as f:
            for line in f.readlines()[2:]:
                names.add(line.split(":", 1)[0].strip())
    except OSError:
        pass
    return sorted(names)


def check_isolation():
    others = [name for name in network_interfaces() if name != "lo"]
    if others:
        raise RuntimeError("The end-to-end tests found network interfaces other than lo (%s): %s."
                           % (", ".join(others), ISOLATION_MESSAGE))
    if not network_interfaces():
        raise RuntimeError("The end-to-end tests could not list this network namespace's interfaces: %s."
                           % ISOLATION_MESSAGE)


check_isolation()


def homing_cli():
    path = os.environ.get("HOMING_CLI")
    if not path:
        raise RuntimeError("set HOMING_CLI to the homing-cli binary (CTest does this)")
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise RuntimeError("HOMING_CLI=%s is not an executable file" % path)
    return os.path.abspath(path)


HOMING_CLI = homing_cli()


def setUpModule():
    """Also importable by test modules; the checks above already ran at import."""
    check_isolation()


# ---------------------------------------------------------------------------
# Helpers


def canary_forms(secret=CANARY):
    forms = {secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret)}
    return sorted(forms, key=len, reverse=True)


def parse_time(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def now_utc():
    return datetime.datetime.now(datetime.timezone.utc)


class CliResult:
    def __init__(self, args, code, out, err, seconds):
        self.args = args
        self.code = code
        self.out = out
        self.err = err
        self.seconds = seconds

    def json(self):
        return json.loads(self.out)

    def __str__(self):
        return ("homing-cli %s\n  exit %s after %.1f s\n  stdout: %s\n  stderr: %s"
                % (" ".join(self.args), self.code, self.seconds, self.out.strip().replace("\n", "\n          "),
                   self.err.strip().replace("\n", "\n          ")))


class Daemon:
    def __init__(self, process, out_path, err_path):
        self.process = process
        self.out_path = out_path
        self.err_path = err_path

    @property
    def pid(self):
        return self.process.pid

    def output(self):
        with open(self.out_path, errors="replace") as out, open(self.err_path, errors="replace") as err:
            return out.read(), err.read()

    def stderr(self):
        return self.output()[1]

    def alive(self):
        return self.process.poll() is None


class HomingTestCase(unittest.TestCase):
    """Base class: fresh directories, clean environment, canary checks."""

    # The default secret environment variables every account refers to.
    SECRET_ENV = "HOMING_TEST_TOKEN"

    maxDiff = None

    def setUp(self):
        super().setUp()
        self.root = tempfile.mkdtemp(prefix="homing-e2e-")
        if os.environ.get("HOMING_E2E_KEEP"):
            print("\n[%s kept in %s]" % (self.id(), self.root))
        else:
            self.addCleanup(shutil.rmtree, self.root, True)
        self.config_dir = os.path.join(self.root, "config")
        self.data_dir = os.path.join(self.root, "data")
        self.secrets_dir = os.path.join(self.root, "secrets")  # outside both, never scanned
        for path in (self.config_dir, self.data_dir, self.secrets_dir, os.path.join(self.root, "home"),
                     os.path.join(self.root, "tmp"), os.path.join(self.root, "runtime")):
            os.makedirs(path, mode=0o700)
        self.certs = certs()
        self.ca_file = self.certs.ca_file
        self.fakes = []
        self.daemons = []
        self.runs = []
        self.canary_allowed = set()
        self.env = self._clean_environment()
        self.env[self.SECRET_ENV] = CANARY
        self.addCleanup(self._stop_fakes)
        self.addCleanup(self._stop_daemons)
        self.addCleanup(self._check_fakes)

    def _clean_environment(self):
        env = {key: value for key, value in os.environ.items()
               if key not in _PROXY_VARIABLES and not key.startswith("HOMING_")
               and key not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "QT_LOGGING_RULES")}
        env.update({
            "HOME": os.path.join(self.root, "home"),
            "XDG_CONFIG_HOME": os.path.join(self.root, "home", ".config"),
            "XDG_DATA_HOME": os.path.join(self.root, "home", ".local", "share"),
            "XDG_RUNTIME_DIR": os.path.join(self.root, "runtime"),
            "TMPDIR": os.path.join(self.root, "tmp"),  # QLocalServer sockets: one set per test
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        })
        return env

    # -- fakes -------------------------------------------------------------
    def start(self, fake_class, *args, **kwargs):
        fake = fake_class(*args, **kwargs)
        self.fakes.append(fake)
        return fake

    def echo(self, address=ADDRESS_A, tls="server"):
        return self.start(fakes.EchoService, address=address, tls=tls)

    def _stop_fakes(self):
        for fake in self.fakes:
            fake.stop()

    def _check_fakes(self):
        problems = []
        for fake in self.fakes:
            for request in fake.received():
                agent = request.header("User-Agent") or ""
                if not agent.startswith(fakes.USER_AGENT_PREFIX):
                    problems.append("%s got %r with User-Agent %r" % (type(fake).__name__, request, agent))
            problems.extend("%s: %s" % (type(fake).__name__, v) for v in fake.violations)
            problems.extend("%s internal error: %s" % (type(fake).__name__, e) for e in fake.errors)
        if problems:
            self.fail("requests to the fakes broke the rules:\n  " + "\n  ".join(problems))

    # -- configuration -----------------------------------------------------
    def ip_section(self, sources, min_agree=None, ipv6_sources=None, ipv6_min_agree=None, ipv4=True):
        ipv4_section = {"enabled": ipv4, "sources": list(sources) if ipv4 else []}
        if min_agree is not None:
            ipv4_section["min_agree"] = min_agree
        section = {"ipv4": ipv4_section, "ipv6": {"enabled": False, "sources": []}, "ca_file": self.ca_file}
        if ipv6_sources is not None:
            section["ipv6"] = {"enabled": True, "sources": list(ipv6_sources)}
            if ipv6_min_agree is not None:
                section["ipv6"]["min_agree"] = ipv6_min_agree
        return section

    def make_config(self, sources, accounts, records, min_agree=None, request_timeout=5, check_interval=300,
                    ipv6_sources=None, ipv6_min_agree=None, ipv4=True, **extra):
        config = {
            "version": 1,
            "check_interval": check_interval,
            "request_timeout": request_timeout,
            "ip": self.ip_section(sources, min_agree, ipv6_sources, ipv6_min_agree, ipv4),
            "accounts": accounts,
            "records": records,
            # Never Homing's default public resolvers: a test that needs
            # propagation checks names its own servers.
            "propagation": {"resolvers": []},
        }
        config.update(extra)
        return config

    def secret_ref(self, variable=None):
        return "env:" + (variable or self.SECRET_ENV)

    def dyndns2_account(self, server, account_id="dd", provider="dyndns2", url=None, secret=None, **extra):
        account = {"id": account_id, "provider": provider, "ca_file": self.ca_file,
                   "settings": {"username": server.username if server else "homer"},
                   "secrets": {"password": secret or self.secret_ref()}}
        if provider == "dyndns2":
            account["settings"]["server"] = url or server.update_url
        else:
            # A preset's endpoint is a base URL: the provider appends /nic/update.
            account["endpoint"] = url or server.base_url
        account.update(extra)
        return account

    def duckdns_account(self, server, account_id="duck", secret=None, **extra):
        account = {"id": account_id, "provider": "duckdns", "endpoint": server.base_url,
                   "ca_file": self.ca_file, "secrets": {"token": secret or self.secret_ref()}}
        account.update(extra)
        return account

    def cloudflare_account(self, server, account_id="cf", secret=None, zone_id=None, **extra):
        account = {"id": account_id, "provider": "cloudflare", "endpoint": server.endpoint,
                   "ca_file": self.ca_file, "allow_insecure_http": False, "settings": {},
                   "secrets": {"token": secret or self.secret_ref()}}
        if zone_id:
            account["settings"]["zone_id"] = zone_id
        account.update(extra)
        return account

    @staticmethod
    def record(account, name, rtype="A", **extra):
        record = {"account": account, "name": name, "type": rtype}
        record.update(extra)
        return record

    @property
    def config_path(self):
        return os.path.join(self.config_dir, "config.json")

    def write_config(self, config):
        text = config if isinstance(config, str) else json.dumps(config, indent=2)
        with open(self.config_path, "w") as f:
            f.write(text)
        return self.config_path

    def write_secret_file(self, name, value=CANARY, mode=0o600):
        path = os.path.join(self.secrets_dir, name)
        with open(path, "w") as f:
            f.write(value + "\n")
        os.chmod(path, mode)
        return path

    def allow_canary_in(self, path):
        """A file the test itself wrote the canary into (never one Homing writes)."""
        self.canary_allowed.add(os.path.realpath(path))

    # -- running homing-cli --------------------------------------------------
    def cli(self, *args, env=None, timeout=60, dirs=True):
        argv = [HOMING_CLI]
        if dirs:
            argv += ["--config-dir", self.config_dir, "--data-dir", self.data_dir]
        argv += list(args)
        started = time.monotonic()
        try:
            completed = subprocess.run(argv, env=env or self.env, capture_output=True, timeout=timeout,
                                       stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as expired:
            timed_out = expired
        else:
            timed_out = None
        if timed_out is not None:
            self.fail("homing-cli %s did not finish within %d s (killed); output so far: %r %r"
                      % (" ".join(args), timeout, timed_out.stdout, timed_out.stderr))
        result = CliResult(list(args), completed.returncode, completed.stdout.decode("utf-8", "replace"),
                           completed.stderr.decode("utf-8", "replace"), time.monotonic() - started)
        self.runs.append(result)
        self.assert_no_canary(result.out, result.err, what=str(result))
        return result

    def run_cli(self, *args, **kwargs):
        """homing-cli with this test's directories: (exit code, stdout, stderr)."""
        result = self.cli(*args, **kwargs)
        return result.code, result.out, result.err

    def cli_in_namespace(self, namespace):
        """Until the test ends, every helper that runs homing-cli (cli, update,
        status, start_daemon, ...) runs it inside the network namespace
        `namespace` (`ip netns exec`), e.g. the router lab's LAN."""
        global HOMING_CLI
        wrapper = os.path.join(self.root, "homing-cli-in-" + namespace)
        with open(wrapper, "w") as f:
            f.write('#!/bin/sh\nexec ip netns exec %s %s "$@"\n' % (namespace, HOMING_CLI))
        os.chmod(wrapper, stat.S_IRWXU)
        self.addCleanup(setattr, sys.modules[__name__], "HOMING_CLI", HOMING_CLI)
        HOMING_CLI = wrapper

    def assert_exit(self, result, code):
        self.assertEqual(result.code, code, "unexpected exit code:\n%s" % result)

    def update(self, *args, expect=None, **kwargs):
        result = self.cli("update", *args, **kwargs)
        if expect is not None:
            self.assert_exit(result, expect)
        return result

    def status(self):
        result = self.cli("status", "--json")
        self.assert_exit(result, EXIT_OK)
        return result.json()

    def record_status(self, name, rtype="A"):
        for record in self.status()["records"]:
            if record["name"] == name and record["type"] == rtype:
                return record
        self.fail("no record %s %s in status" % (name, rtype))

    def history(self, *args):
        result = self.cli("history", "--json", *args)
        self.assert_exit(result, EXIT_OK)
        return result.json()

    def state_file(self):
        """The state as the next run reads it: state.json, then the journal of
        changes committed since it was last written (a torn last line ignored)."""
        path = os.path.join(self.data_dir, "state.json")
        state = {"records": {}}
        if os.path.exists(path):
            with open(path) as f:
                state = json.load(f)
        journal = path + ".journal"
        if os.path.exists(journal):
            with open(journal) as f:
                for line in f:
                    try:
                        entry = json.loads(line)
                    except ValueError:
                        continue
                    if "record" in entry:
                        state["records"][entry["record"]] = entry["state"]
                    if "removed" in entry:
                        state["records"].pop(entry["removed"], None)
        return state

    def log_text(self):
        path = os.path.join(self.data_dir, "homing.log")
        if not os.path.exists(path):
            return ""
        with open(path, errors="replace") as f:
            return f.read()

    # -- canary --------------------------------------------------------------
    def assert_no_canary(self, *texts, what="homing-cli"):
        forms = canary_forms()
        for text in texts:
            for form in forms:
                self.assertNotIn(form, text, "the secret leaked into the output of %s" % what)
        for directory in (self.config_dir, self.data_dir):
            for base, _, files in os.walk(directory):
                for name in files:
                    path = os.path.join(base, name)
                    if os.path.realpath(path) in self.canary_allowed:
                        continue
                    try:
                        with open(path, "rb") as f:
                            content = f.read()
                    except OSError:
                        continue  # a socket or a file being replaced
                    for form in forms:
                        if form.encode() in content:
                            self.fail("the secret (as %r) leaked into %s after %s" % (form, path, what))

    # -- the daemon ----------------------------------------------------------
    def start_daemon(self, *args, env=None):
        index = len(self.daemons)
        out_path = os.path.join(self.root, "daemon-%d.out" % index)
        err_path = os.path.join(self.root, "daemon-%d.err" % index)
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            process = subprocess.Popen([HOMING_CLI, "--config-dir", self.config_dir, "--data-dir", self.data_dir,
                                        "run", *args], env=env or self.env, stdout=out, stderr=err,
                                       stdin=subprocess.DEVNULL)
        daemon = Daemon(process, out_path, err_path)
        self.daemons.append(daemon)
        return daemon

    def stop_daemon(self, daemon, sig=signal.SIGTERM, timeout=10):
        """Sends `sig` to the daemon and returns its exit code and how long it took."""
        started = time.monotonic()
        daemon.process.send_signal(sig)
        try:
            code = daemon.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.fail("the daemon (pid %d) did not exit within %d s of signal %d" % (daemon.pid, timeout, sig))
        out, err = daemon.output()
        self.assert_no_canary(out, err, what="homing-cli run")
        return code, time.monotonic() - started

    def _stop_daemons(self):
        for daemon in self.daemons:
            if daemon.alive():
                daemon.process.kill()
            daemon.process.wait(10)  # reaped: a zombie would look like a live lock holder
        for daemon in self.daemons:
            out, err = daemon.output()
            self.assert_no_canary(out, err, what="homing-cli run (pid %d)" % daemon.pid)

    def wait_until_daemon_in_sync(self, daemon, timeout=20, message="the daemon's first pass"):
        """Waits until the daemon reports its first record in sync; fails at once if it exits."""
        def in_sync():
            if not daemon.alive():
                self.fail("the daemon exited early with %s: %s" % (daemon.process.returncode, daemon.output()))
            result = self.cli("status", "--json")
            return result.code == EXIT_OK and result.json()["records"][0]["state"] == "in_sync"

        self.wait_until(in_sync, timeout=timeout, message=message)

    def wait_until(self, predicate, timeout=20, interval=0.2, message="condition"):
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                self.fail("timed out after %d s waiting for %s" % (timeout, message))
            time.sleep(interval)

    # -- assertions ------------------------------------------------------------
    def assert_next_attempt_at_least(self, record, seconds, since):
        self.assertIsNotNone(record.get("next_attempt"), "no next_attempt in %r" % record)
        next_attempt = parse_time(record["next_attempt"])
        # next_attempt has whole seconds; allow 1 s for the truncation.
        self.assertGreaterEqual(next_attempt, since + datetime.timedelta(seconds=seconds - 1),
                                "next_attempt %s is less than %d s after %s" % (next_attempt, seconds, since))
        return next_attempt

    def history_results(self, record=None):
        return [(entry["record"], entry["result"]) for entry in self.history()
                if record is None or entry["record"] == record]
