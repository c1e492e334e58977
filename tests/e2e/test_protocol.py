"""The control protocol, version 2, of a `homing-cli run` daemon, spoken
directly on its local socket: one JSON object per line each way, request ids,
subscriptions and their events, history, reload, pause and per-record updates
(core/daemon/ControlProtocol.h)."""

import json
import os
import socket
import time
import unittest

from homing_e2e import fakes
from homing_e2e.fakes import Response
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_C, CANARY, EXIT_OK, EXIT_USAGE, HomingTestCase,
                                parse_time, setUpModule)  # noqa: F401

DD_NAME = "home.example.org"
DD_SECOND = "second.example.org"
DD_THIRD = "third.example.org"


def timestamp(text):
    return parse_time(text).timestamp()


def key(name, rtype="A", account="dd"):
    return "%s/%s/%s" % (account, name, rtype)


class ControlConnection:
    """One connection to the daemon's control socket.

    Every message read is kept: events (objects with an "event" key) in
    `events`, everything else in `replies`, in the order they arrived.
    """

    def __init__(self, test, path, timeout=10):
        self.test = test
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        try:
            self.sock.connect(path)
        except OSError:
            self.sock.close()
            raise
        self.buffer = b""
        self.messages = []
        self.closed = False

    @property
    def events(self):
        return [m for m in self.messages if "event" in m]

    @property
    def replies(self):
        return [m for m in self.messages if "event" not in m]

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def send(self, *requests):
        """Sends the requests in one write (so several are pipelined)."""
        data = b"".join(json.dumps(r).encode() + b"\n" for r in requests)
        self.sock.sendall(data)

    def read_one(self, deadline):
        """The next message, or None when the deadline passed or the daemon hung up."""
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or self.closed:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return None
            if not chunk:
                self.closed = True
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        message = json.loads(line)
        self.test.assertIsInstance(message, dict, "a line that is not a JSON object: %r" % line)
        self.test.assert_no_canary(line.decode("utf-8", "replace"), what="the control socket")
        self.messages.append(message)
        return message

    def read_until(self, predicate, timeout=20, what="a message"):
        """Reads until a message (new or already read) satisfies predicate; returns it."""
        for message in self.messages:
            if predicate(message):
                return message
        deadline = time.monotonic() + timeout
        while True:
            message = self.read_one(deadline)
            if message is None:
                self.test.fail("no %s within %d s; got %s" % (what, timeout, json.dumps(self.messages, indent=1)))
            if predicate(message):
                return message

    def reply_to(self, request_id, timeout=20):
        return self.read_until(lambda m: "event" not in m and m.get("id") == request_id, timeout,
                               "reply with id %r" % (request_id,))

    def request(self, request, timeout=20):
        """Sends one request and returns its reply (matched by id when it has one)."""
        before = len(self.messages)
        self.send(request)
        if "id" in request:
            return self.reply_to(request["id"], timeout)
        deadline = time.monotonic() + timeout
        for message in self.messages[before:]:
            if "event" not in message:
                return message
        while True:
            message = self.read_one(deadline)
            if message is None:
                self.test.fail("no reply to %r within %d s" % (request, timeout))
            if "event" not in message:
                return message

    def event(self, name, timeout=20, after=0):
        """The first event called `name` among messages[after:], reading more if needed."""
        skip = {id(m) for m in self.messages[:after]}
        return self.read_until(lambda m: m.get("event") == name and id(m) not in skip, timeout, "%r event" % name)

    def drain(self, seconds):
        """Reads whatever arrives within `seconds`."""
        deadline = time.monotonic() + seconds
        while self.read_one(deadline) is not None:
            pass


class DaemonSocketMixin:
    """Connections to the daemon's control socket, each closed after the test."""

    @property
    def socket_path(self):
        return os.path.join(os.path.realpath(self.data_dir), "homing.sock")

    def connect(self, daemon=None, timeout=15):
        """A connection to the daemon's socket, waiting for it to listen."""
        if not hasattr(self, "connections"):
            self.connections = []
            self.addCleanup(lambda: [connection.close() for connection in self.connections])
        deadline = time.monotonic() + timeout
        while True:
            try:
                connection = ControlConnection(self, self.socket_path)
            except OSError as error:
                if daemon is not None and not daemon.alive():
                    self.fail("the daemon exited early with %s: %s" % (daemon.process.returncode, daemon.output()))
                if time.monotonic() > deadline:
                    self.fail("could not connect to %s within %d s: %s" % (self.socket_path, timeout, error))
                time.sleep(0.05)
                continue
            self.connections.append(connection)
            return connection


class ProtocolTestCase(DaemonSocketMixin, HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)
        self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY,
                             hosts={DD_NAME: None, DD_SECOND: None, DD_THIRD: None})

    def config(self, names=(DD_NAME,), records=None, **extra):
        if records is None:
            records = [self.record("dd", name) for name in names]
        return self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)], records, **extra)

    def start_in_sync(self, names=(DD_NAME,)):
        """A daemon whose first pass has put the records in sync; returns (daemon, connection)."""
        self.write_config(self.config(names))
        daemon = self.start_daemon()
        control = self.connect(daemon)

        def in_sync():
            self.assertTrue(daemon.alive(), daemon.output())
            status = control.request({"command": "status"})["status"]
            return (not status["running"] and len(status["records"]) == len(names)
                    and all(r["state"] == "in_sync" for r in status["records"]))

        self.wait_until(in_sync, timeout=20, interval=0.1, message="the daemon's first pass")
        return daemon, control

    def hostnames(self, requests=None):
        return [r.param("hostname") for r in (self.dd.updates() if requests is None else requests)]

    def assert_stopped_cleanly(self, daemon):
        self.assertTrue(daemon.alive(), "the daemon died: %s" % (daemon.output(),))
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK, daemon.output())


class RequestTests(ProtocolTestCase):
    def test_ping_ids_pipelining_and_version_1_clients(self):
        daemon, control = self.start_in_sync()
        version = self.cli("--version")
        self.assert_exit(version, EXIT_OK)

        ping = control.request({"command": "ping"})
        self.assertNotIn("id", ping, "a request without an id (version 1) got a reply with one")
        self.assertIs(ping["ok"], True)
        self.assertEqual(ping["protocol"], 2)
        self.assertEqual(ping["role"], "daemon")
        self.assertEqual(ping["pid"], daemon.pid)
        self.assertIsInstance(ping["version"], str)
        self.assertTrue(ping["version"])
        self.assertIn(ping["version"], version.out)

        self.assertEqual(control.request({"command": "ping", "id": 7})["id"], 7)
        reply = control.request({"command": "ping", "id": "tray-42"})
        self.assertEqual((reply["id"], reply["ok"], reply["pid"]), ("tray-42", True, daemon.pid))

        # Pipelined in one write: a slow update, then a ping and a status; each answered with its own id.
        self.echo_service.answer(1, delay=0.5)
        self.echo_service.answer(2, delay=0.5)
        pipe = self.connect()
        pipe.send({"command": "update", "force": True, "id": 100},
                  {"command": "ping", "id": 101},
                  {"command": "status", "id": "s"})
        update = pipe.reply_to(100)
        ping = pipe.reply_to(101)
        status = pipe.reply_to("s")
        self.assertEqual(len(pipe.replies), 3, pipe.replies)
        self.assertEqual((update["ok"], update["exit_code"]), (True, EXIT_OK))
        self.assertEqual([(r["name"], r["result"], r["state"], r["value"]) for r in update["records"]],
                         [(DD_NAME, "no_change", "in_sync", ADDRESS_A)])
        self.assertNotIn("status", update)
        self.assertEqual((ping["ok"], ping["pid"], ping["protocol"]), (True, daemon.pid, 2))
        self.assertNotIn("records", ping)
        self.assertEqual([r["name"] for r in status["status"]["records"]], [DD_NAME])
        # The ping was not held back behind the pass.
        self.assertLess(pipe.replies.index(ping), pipe.replies.index(update),
                        "the ping waited for the update's pass: %s" % pipe.replies)
        self.assertEqual(self.dd.count(), 2)
        self.echo_service.answer(1)
        self.echo_service.answer(2)

        # homing-cli (protocol 1: no ids) still works against this daemon.
        result = self.cli("status", "--json")
        self.assert_exit(result, EXIT_OK)
        self.assertEqual([(r["name"], r["state"], r["value"]) for r in result.json()["records"]],
                         [(DD_NAME, "in_sync", ADDRESS_A)])
        self.assertIs(result.json()["running"], False, "this status did not come from the daemon")
        result = self.update("--force", expect=EXIT_OK)
        self.assertIn("%s A: %s confirmed" % (DD_NAME, ADDRESS_A), result.out)
        self.assertEqual(result.err, "")
        self.assertEqual(self.dd.count(), 3)
        self.assert_stopped_cleanly(daemon)

    def test_unknown_commands_show_and_garbage_are_refused_and_the_connection_stays_usable(self):
        daemon, control = self.start_in_sync()
        show = control.request({"command": "show", "id": 1})
        self.assertEqual((show["ok"], show["id"]), (False, 1), show)
        self.assertEqual(show.get("error"), "no window: this is homing-cli run")
        unknown = control.request({"command": "frobnicate", "id": 2})
        self.assertEqual((unknown["ok"], unknown["id"], unknown.get("error")), (False, 2, "unknown command"))
        control.sock.sendall(b"this is not json\n")
        garbage = control.read_until(lambda m: "event" not in m and m.get("error") == "not a JSON object",
                                     what="the reply to a line that is not JSON")
        self.assertIs(garbage["ok"], False)
        ping = control.request({"command": "ping", "id": 3})
        self.assertEqual((ping["ok"], ping["id"]), (True, 3))
        self.assertFalse(control.events, "events without a subscription: %s" % control.events)
        self.assert_stopped_cleanly(daemon)


class EventTests(ProtocolTestCase):
    def test_a_subscriber_follows_a_pass_that_changes_the_address(self):
        daemon, control = self.start_in_sync()
        before_history = self.history()
        self.echo_service.set_address(ADDRESS_B)

        watcher = self.connect()
        reply = watcher.request({"command": "subscribe", "id": "sub"})
        self.assertEqual((reply["ok"], reply["id"]), (True, "sub"))
        self.assertFalse(watcher.events)

        started = time.time()
        update = control.request({"command": "update", "id": 1})
        self.assertEqual((update["ok"], update["exit_code"]), (True, EXIT_OK), update)
        self.assertFalse(control.events, "the connection that did not subscribe got events")
        watcher.event("pass_finished")
        events = watcher.events
        names = [e["event"] for e in events]
        self.assertEqual(names[0], "pass_started", names)
        self.assertEqual(names[-1], "pass_finished", names)
        self.assertEqual(names.count("pass_started"), 1, names)
        self.assertEqual(sorted(names[1:-1]), ["address", "history", "history", "record"], names)

        [address] = [e for e in events if e["event"] == "address"]
        self.assertEqual(address, {"event": "address", "family": "ipv4", "old": ADDRESS_A, "new": ADDRESS_B})

        [record] = [e for e in events if e["event"] == "record"]
        outcome = record["outcome"]
        self.assertEqual(set(record), {"event", "outcome"})
        self.assertEqual((outcome["key"], outcome["account"], outcome["name"], outcome["type"], outcome["value"]),
                         (key(DD_NAME), "dd", DD_NAME, "A", ADDRESS_B))
        self.assertEqual((outcome["before"]["state"], outcome["before"]["value"]), ("in_sync", ADDRESS_A))
        self.assertEqual((outcome["after"]["state"], outcome["after"]["value"]), ("in_sync", ADDRESS_B))
        self.assertEqual(outcome["after"]["last_result"], "ok")
        self.assertGreaterEqual(timestamp(outcome["after"]["last_success"]), started - 1)
        self.assertEqual(outcome["result"]["kind"], "ok")
        self.assertIn(ADDRESS_B, outcome["result"]["detail"])

        history_events = [e["entry"] for e in events if e["event"] == "history"]
        self.assertEqual([(h["record"], h["type"], h["old"], h["new"], h["result"]) for h in history_events],
                         [("", "A", ADDRESS_A, ADDRESS_B, "address_changed"),
                          (DD_NAME, "A", ADDRESS_A, ADDRESS_B, "ok")])
        after_history = self.history()
        self.assertEqual(after_history, before_history + history_events,
                         "the history events differ from what homing-cli history shows")
        self.assertEqual(self.dd.updates()[-1].param("myip"), ADDRESS_B)

        # An update with nothing to do: a pass, no record, address or history event.
        count = len(watcher.messages)
        update = control.request({"command": "update", "id": 2})
        self.assertEqual(update["exit_code"], EXIT_OK)
        watcher.event("pass_finished", after=count)
        self.assertEqual([e["event"] for e in watcher.messages[count:]], ["pass_started", "pass_finished"])
        self.assertEqual(self.dd.count(), 2)
        self.assert_stopped_cleanly(daemon)

    def test_failing_updates_give_record_events_with_the_failing_state(self):
        daemon, control = self.start_in_sync()
        self.assertEqual(control.request({"command": "subscribe", "id": 0})["ok"], True)
        self.dd.set_override(Response.text("server on fire", status=500))
        self.echo_service.set_address(ADDRESS_B)

        count = len(control.messages)
        update = control.request({"command": "update", "id": 1})
        self.assertEqual((update["ok"], update["exit_code"]), (True, 1), update)
        [failing] = [(r["state"], r["result"]) for r in update["records"]]
        self.assertEqual(failing, ("failing", "server_error"))
        # On the same connection the events come before the reply.
        names = [m.get("event") for m in control.messages[count:]]
        self.assertEqual((names[0], names[-2], names[-1]), ("pass_started", "pass_finished", None), names)
        [first] = [e["outcome"] for e in control.messages[count:] if e.get("event") == "record"]
        self.assertEqual(first["key"], key(DD_NAME))
        self.assertEqual((first["before"]["state"], first["before"]["value"]), ("in_sync", ADDRESS_A))
        self.assertEqual(first["after"]["state"], "failing")
        self.assertEqual(first["after"]["value"], ADDRESS_A, "the provider never confirmed the new address")
        self.assertEqual((first["after"]["last_result"], first["after"]["failures"]), ("server_error", 1))
        self.assertIn("next_attempt", first["after"])
        self.assertEqual(first["result"]["kind"], "server_error")
        self.assertEqual(first["value"], ADDRESS_B)

        # A forced second attempt fails again: another record event, one more failure.
        count = len(control.messages)
        update = control.request({"command": "update", "force": True, "id": 2})
        self.assertEqual(update["exit_code"], 1)
        self.assertEqual(self.dd.count(), 3, "the forced update was not sent")
        [second] = [e["outcome"] for e in control.messages[count:] if e.get("event") == "record"]
        self.assertEqual((second["before"]["state"], second["before"]["failures"]), ("failing", 1))
        self.assertEqual((second["after"]["state"], second["after"]["failures"]), ("failing", 2))
        self.assertEqual(second["result"]["kind"], "server_error")
        status = control.request({"command": "status", "id": 3})["status"]
        self.assertEqual((status["records"][0]["state"], status["records"][0]["last_result"]),
                         ("failing", "server_error"))

        # And recovery.
        self.dd.set_override(None)
        count = len(control.messages)
        update = control.request({"command": "update", "force": True, "id": 4})
        self.assertEqual(update["exit_code"], EXIT_OK)
        [third] = [e["outcome"] for e in control.messages[count:] if e.get("event") == "record"]
        self.assertEqual((third["before"]["state"], third["after"]["state"], third["after"]["value"],
                          third["result"]["kind"]), ("failing", "in_sync", ADDRESS_B, "ok"))
        self.assertNotIn("failures", third["after"])
        self.assert_stopped_cleanly(daemon)

    def test_a_subscriber_that_never_reads_does_not_hold_up_the_daemon(self):
        daemon, control = self.start_in_sync(names=(DD_NAME, DD_SECOND))
        stuck = self.connect()
        stuck.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        stuck.send({"command": "subscribe"})
        # Several megabytes of answers it never reads, on top of the events.
        try:
            for _ in range(10):
                stuck.send(*[{"command": "status"}] * 200)
        except OSError:
            pass  # the daemon may hang up on it, which is fine

        for attempt in range(4):
            started = time.monotonic()
            self.echo_service.set_address((ADDRESS_B, ADDRESS_C)[attempt % 2])
            update = control.request({"command": "update", "force": True, "id": attempt}, timeout=15)
            self.assertEqual(update["exit_code"], EXIT_OK, update)
            self.assertLess(time.monotonic() - started, 10)
        other = self.connect()
        started = time.monotonic()
        ping = other.request({"command": "ping", "id": "p"}, timeout=5)
        self.assertEqual((ping["ok"], ping["pid"]), (True, daemon.pid))
        self.assertLess(time.monotonic() - started, 2)
        result = self.cli("status", "--json", timeout=20)
        self.assert_exit(result, EXIT_OK)
        self.assertEqual([r["value"] for r in result.json()["records"]], [ADDRESS_C, ADDRESS_C])
        self.assertEqual(self.dd.count(), 5)

        # The daemon gave up on it rather than buffer without end: what it had
        # already sent can still be read, then the connection ends.
        received = 0
        stuck.sock.settimeout(10)
        while True:
            try:
                chunk = stuck.sock.recv(1 << 20)
            except socket.timeout:
                self.fail("the daemon still holds the connection of a subscriber that never reads "
                          "(%d bytes read)" % received)
            except ConnectionResetError:
                break
            if not chunk:
                break
            received += len(chunk)
        self.assertLess(received, 2000 * 1000, "every answer was buffered for the stuck subscriber")
        self.assert_stopped_cleanly(daemon)


class HistoryTests(ProtocolTestCase):
    def test_history_with_limit_gives_the_newest_entries_oldest_first(self):
        daemon, control = self.start_in_sync()
        for address in (ADDRESS_B, ADDRESS_C):
            self.echo_service.set_address(address)
            self.assertEqual(control.request({"command": "update", "id": address})["exit_code"], EXIT_OK)
        full = self.history()
        self.assertEqual([(h["record"], h["new"], h["result"]) for h in full],
                         [("", ADDRESS_A, "address_changed"), (DD_NAME, ADDRESS_A, "ok"),
                          ("", ADDRESS_B, "address_changed"), (DD_NAME, ADDRESS_B, "ok"),
                          ("", ADDRESS_C, "address_changed"), (DD_NAME, ADDRESS_C, "ok")])

        reply = control.request({"command": "history", "limit": 3, "id": "h3"})
        self.assertEqual((reply["ok"], reply["id"]), (True, "h3"))
        self.assertEqual(reply["entries"], full[-3:])
        self.assertEqual(control.request({"command": "history", "limit": 1, "id": 1})["entries"], full[-1:])
        self.assertEqual(control.request({"command": "history", "limit": 6, "id": 6})["entries"], full)
        self.assertEqual(control.request({"command": "history", "limit": 50, "id": 50})["entries"], full)
        for bad in (0, -5, 1.5, "2"):
            reply = control.request({"command": "history", "limit": bad, "id": 99})
            self.assertEqual((reply["ok"], reply["error"]), (False, "limit must be a positive whole number"), bad)
        self.assertEqual(control.request({"command": "history", "id": "all"})["entries"], full)
        times = [timestamp(h["time"]) for h in full]
        self.assertEqual(times, sorted(times))
        self.assert_stopped_cleanly(daemon)


class ReloadTests(ProtocolTestCase):
    def test_reload_applies_a_good_configuration_and_refuses_a_bad_one(self):
        daemon, control = self.start_in_sync()
        watcher = self.connect()
        self.assertTrue(watcher.request({"command": "subscribe", "id": 1})["ok"])

        self.write_config(self.config((DD_NAME, DD_SECOND)))
        reply = control.request({"command": "reload", "id": "r1"})
        self.assertEqual((reply["ok"], reply["id"], reply["issues"]), (True, "r1", []), reply)
        watcher.event("config")
        self.assertEqual(watcher.events[0], {"event": "config"})
        status = control.request({"command": "status", "id": 2})["status"]
        self.assertEqual([(r["key"], r["name"]) for r in status["records"]],
                         [(key(DD_NAME), DD_NAME), (key(DD_SECOND), DD_SECOND)])
        # The reload starts a pass, which sends the new record.
        watcher.event("pass_finished")
        self.assertEqual(self.hostnames(), [DD_NAME, DD_SECOND])
        [record] = [e["outcome"] for e in watcher.events if e["event"] == "record"]
        self.assertEqual((record["key"], record["after"]["state"]), (key(DD_SECOND), "in_sync"))
        result = self.cli("status")
        self.assert_exit(result, EXIT_OK)
        self.assertIn("%s A [dd] in_sync %s" % (DD_SECOND, ADDRESS_A), result.out)

        # A configuration with an error: refused with its issues, the running one kept.
        bad = self.config(records=[self.record("dd", DD_NAME), self.record("dd", DD_SECOND),
                                   self.record("dd", DD_THIRD, rtype="MX"), self.record("nobody", DD_THIRD)])
        bad["_comment"] = "mine"
        bad["check_interval"] = "often"
        self.write_config(bad)
        count = len(watcher.messages)
        reply = control.request({"command": "reload", "id": "r2"})
        self.assertEqual((reply["ok"], reply["id"]), (False, "r2"), reply)
        self.assertTrue(reply["issues"])
        for issue in reply["issues"]:
            self.assertEqual(set(issue), {"path", "message", "severity"}, issue)
            self.assertIn(issue["severity"], ("error", "warning"))
            self.assertTrue(issue["message"])
        errors = {issue["path"] for issue in reply["issues"] if issue["severity"] == "error"}
        self.assertTrue({"records[2].type", "records[3].account", "check_interval"} <= errors, reply["issues"])
        status = control.request({"command": "status", "id": 3})["status"]
        self.assertEqual([r["name"] for r in status["records"]], [DD_NAME, DD_SECOND])
        self.assertEqual(control.request({"command": "ping", "id": 4})["pid"], daemon.pid)
        watcher.drain(0.5)
        self.assertEqual(watcher.messages[count:], [], "a refused configuration was announced")

        # Unreadable JSON too.
        self.write_config("{ broken")
        reply = control.request({"command": "reload", "id": "r3"})
        self.assertEqual(reply["ok"], False)
        self.assertTrue(reply["issues"])
        self.assertEqual({issue["severity"] for issue in reply["issues"]}, {"error"})
        status = control.request({"command": "status", "id": 5})["status"]
        self.assertEqual([r["name"] for r in status["records"]], [DD_NAME, DD_SECOND])
        self.assertEqual(self.dd.count(), 2)
        self.write_config(self.config((DD_NAME, DD_SECOND)))  # for stop_daemon's checks and status
        self.assert_stopped_cleanly(daemon)


class PauseTests(ProtocolTestCase):
    QUIET = 3.0

    def test_a_paused_daemon_runs_no_pass_by_itself_but_on_request(self):
        self.write_config(self.config(paused=True))
        daemon = self.start_daemon()
        control = self.connect(daemon)
        self.assertTrue(control.request({"command": "subscribe", "id": 0})["ok"])
        control.drain(self.QUIET)
        self.assertEqual(self.echo_service.count(), 0, "a paused daemon checked the address")
        self.assertEqual(self.dd.count(), 0, "a paused daemon sent an update")
        self.assertEqual(control.events, [])
        self.assertTrue(daemon.alive())

        status = self.status()
        self.assertIs(status["paused"], True)
        self.assertEqual(status["records"][0]["state"], "pending")
        self.assertIs(status["records"][0]["paused"], False)
        result = self.cli("status")
        self.assert_exit(result, EXIT_OK)
        self.assertIn("Paused", result.out)

        # The user's own request still runs, and this first pass reports the first address.
        update = control.request({"command": "update", "id": 1})
        self.assertEqual(update["exit_code"], EXIT_OK, update)
        self.assertEqual(self.hostnames(), [DD_NAME])
        names = [e["event"] for e in control.events]
        self.assertEqual((names[0], names[-1]), ("pass_started", "pass_finished"), names)
        [address] = [e for e in control.events if e["event"] == "address"]
        self.assertEqual((address["family"], address["new"]), ("ipv4", ADDRESS_A))
        self.assertIsNone(address["old"], address)
        [record] = [e["outcome"] for e in control.events if e["event"] == "record"]
        self.assertEqual((record["key"], record["before"]["state"], record["after"]["state"],
                          record["result"]["kind"]), (key(DD_NAME), "pending", "in_sync", "ok"))

        # A reload that stays paused runs nothing.
        self.write_config(self.config((DD_NAME, DD_SECOND), paused=True))
        count = len(control.messages)
        self.assertTrue(control.request({"command": "reload", "id": 2})["ok"])
        control.drain(1.5)
        self.assertEqual(sorted(str(m.get("event")) for m in control.messages[count:]), ["None", "config"])
        self.assertEqual(self.dd.count(), 1)

        # Resumed: a pass at once, which sends the record added while paused.
        self.write_config(self.config((DD_NAME, DD_SECOND)))
        count = len(control.messages)
        self.assertTrue(control.request({"command": "reload", "id": 3})["ok"])
        control.event("pass_finished", timeout=10, after=count)
        self.assertEqual(self.hostnames(), [DD_NAME, DD_SECOND])
        status = self.status()
        self.assertIs(status["paused"], False)
        self.assertEqual([r["state"] for r in status["records"]], ["in_sync", "in_sync"])
        self.assertNotIn("Paused", self.cli("status").out)
        self.assert_stopped_cleanly(daemon)

    def test_a_paused_record_is_never_sent(self):
        self.write_config(self.config(records=[self.record("dd", DD_NAME, paused=True),
                                               self.record("dd", DD_SECOND)]))
        daemon = self.start_daemon()
        control = self.connect(daemon)
        self.wait_until(lambda: self.dd.count() == 1, timeout=20, message="the first pass")
        self.assertEqual(self.hostnames(), [DD_SECOND])
        self.wait_until(lambda: not control.request({"command": "status"})["status"]["running"], timeout=10,
                        interval=0.1, message="the first pass to end")

        # Not even when forced, or asked for by name.
        self.assertEqual(control.request({"command": "update", "force": True, "id": 1})["exit_code"], EXIT_OK)
        reply = control.request({"command": "update", "force": True, "key": key(DD_NAME), "id": 2})
        self.assertEqual((reply["ok"], reply["error"]), (False, "the record is paused; resume it first"), reply)
        paused = self.cli("update", "--record", DD_NAME)
        self.assert_exit(paused, EXIT_USAGE)
        self.assertIn("is paused", paused.err)
        self.assertEqual(self.hostnames(), [DD_SECOND, DD_SECOND])

        status = self.status()
        self.assertIs(status["paused"], False)
        by_name = {r["name"]: r for r in status["records"]}
        self.assertEqual((by_name[DD_NAME]["paused"], by_name[DD_NAME]["state"]), (True, "pending"))
        self.assertEqual((by_name[DD_SECOND]["paused"], by_name[DD_SECOND]["state"]), (False, "in_sync"))
        result = self.cli("status")
        self.assertIn("%s A [dd] paused" % DD_NAME, result.out)
        self.assertIn("%s A [dd] in_sync" % DD_SECOND, result.out)
        self.assertIsNone(self.dd.hosts[DD_NAME])
        self.assert_stopped_cleanly(daemon)


class RecordSelectionTests(ProtocolTestCase):
    def test_update_by_key_touches_only_that_record(self):
        daemon, control = self.start_in_sync(names=(DD_NAME, DD_SECOND, DD_THIRD))
        sent = len(self.dd.updates())
        self.assertEqual(sorted(",".join(self.hostnames()).split(",")), sorted([DD_NAME, DD_SECOND, DD_THIRD]))
        self.assertTrue(control.request({"command": "subscribe", "id": 0})["ok"])

        self.echo_service.set_address(ADDRESS_B)
        count = len(control.messages)
        reply = control.request({"command": "update", "key": key(DD_SECOND), "id": 1})
        self.assertEqual(reply["exit_code"], EXIT_OK, reply)
        self.assertEqual([(r["name"], r["value"]) for r in reply["records"]], [(DD_SECOND, ADDRESS_B)])
        self.assertEqual(self.hostnames(self.dd.updates()[sent:]), [DD_SECOND])
        self.assertEqual(self.dd.updates()[-1].param("myip"), ADDRESS_B)
        records = [e["outcome"]["key"] for e in control.messages[count:] if e.get("event") == "record"]
        self.assertEqual(records, [key(DD_SECOND)])
        values = {r["name"]: r["value"] for r in control.request({"command": "status", "id": 2})["status"]["records"]}
        self.assertEqual(values, {DD_NAME: ADDRESS_A, DD_SECOND: ADDRESS_B, DD_THIRD: ADDRESS_A})

        # A key that names no record updates nothing.
        reply = control.request({"command": "update", "key": key(DD_SECOND, "AAAA"), "force": True, "id": 3})
        self.assertEqual((reply["ok"], reply["error"]), (False, "no such record"), reply)
        reply = control.request({"command": "update", "record": "nope.example", "id": 4})
        self.assertEqual((reply["ok"], reply["error"]), (False, "no such record"), reply)
        self.assertEqual(len(self.dd.updates()), sent + 1)
        self.assert_stopped_cleanly(daemon)


if __name__ == "__main__":
    unittest.main()
