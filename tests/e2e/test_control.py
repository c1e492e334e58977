"""The control socket: homing-cli talks only to a process of its own user,
and the socket lives only where no other user can create it."""

import os
import socket
import subprocess
import sys
import textwrap
import unittest

from homing_e2e import fakes
from homing_e2e.harness import ADDRESS_A, CANARY, EXIT_OK, HomingTestCase, setUpModule  # noqa: F401

DD_NAME = "home.example.org"
NOBODY = 65534

# A squatter: binds the socket as root (the directory is root's), then becomes
# another user before it listens, which is what the peer's credentials show.
SQUATTER = textwrap.dedent("""
    import json, os, socket, sys
    path = sys.argv[1]
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    os.chmod(path, 0o777)
    os.setresgid(%(nobody)d, %(nobody)d, %(nobody)d)
    os.setresuid(%(nobody)d, %(nobody)d, %(nobody)d)
    server.listen(4)
    print("ready", flush=True)
    while True:
        connection, _ = server.accept()
        try:
            connection.recv(65536)
            answer = {"ok": True, "status": {"records": [{"name": "\\x1b]0;PWNED\\x07squatted.example", "type": "A",
                                                           "state": "in_sync", "value": "203.0.113.66"}]}}
            connection.sendall(json.dumps(answer).encode() + b"\\n")
        except OSError:
            pass  # the client hung up on it, as it should
        connection.close()
""") % {"nobody": NOBODY}


@unittest.skipUnless(os.geteuid() == 0, "needs root to play another user")
class ControlSocketTests(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)
        self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                           [self.record("dd", DD_NAME)]))

    def start_squatter(self, path):
        squatter = subprocess.Popen([sys.executable, "-c", SQUATTER, path], stdout=subprocess.PIPE, text=True)
        self.addCleanup(squatter.kill)
        self.assertEqual(squatter.stdout.readline().strip(), "ready")
        return squatter

    def test_an_answer_from_another_user_is_ignored(self):
        self.update(expect=EXIT_OK)
        self.start_squatter(os.path.join(self.data_dir, "homing.sock"))
        result = self.cli("status", "--verbose")
        self.assert_exit(result, EXIT_OK)
        self.assertNotIn("squatted", result.out)
        self.assertNotIn("PWNED", result.out)
        self.assertIn(DD_NAME, result.out)  # the local state, read directly
        self.assertIn("belongs to another user", result.err)

    def test_without_a_runtime_directory_the_socket_goes_to_a_private_one(self):
        # A data directory too long for a socket address, and no XDG_RUNTIME_DIR
        # (services, cron, sudo): the fallback is a directory of this user only.
        tmp = os.path.join(self.root, "shared-tmp")
        os.mkdir(tmp)
        os.chmod(tmp, 0o1777)
        self.data_dir = os.path.join(self.root, "d" * 120)
        env = dict(self.env, TMPDIR=tmp)
        env.pop("XDG_RUNTIME_DIR", None)
        daemon = self.start_daemon(env=env)
        private = os.path.join(tmp, "homing-%d" % os.geteuid())
        self.wait_until(lambda: os.path.isdir(private) and os.listdir(private), timeout=20,
                        message="the control socket in the private directory")
        self.assertEqual(os.stat(private).st_mode & 0o777, 0o700)
        [name] = os.listdir(private)
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        probe.connect(os.path.join(private, name))  # the daemon listens there
        probe.close()
        seen = []

        def status_in_sync():
            seen.append(self.cli("status", env=env))
            return "in_sync" in seen[-1].out

        try:
            self.wait_until(status_in_sync, timeout=20, message="status through the socket")
        except AssertionError:
            self.fail("status never showed the record in sync; last: %s\ndaemon: %s" % (seen[-1], daemon.stderr()))
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)

    def test_a_squatted_fallback_directory_is_never_used(self):
        tmp = os.path.join(self.root, "shared-tmp")
        os.mkdir(tmp)
        os.chmod(tmp, 0o1777)
        private = os.path.join(tmp, "homing-%d" % os.geteuid())
        os.mkdir(private)
        os.chown(private, NOBODY, NOBODY)  # another user made it first
        os.chmod(private, 0o777)
        self.data_dir = os.path.join(self.root, "d" * 120)
        env = dict(self.env, TMPDIR=tmp)
        env.pop("XDG_RUNTIME_DIR", None)
        daemon = self.start_daemon(env=env)
        self.wait_until(lambda: "cannot listen for commands" in daemon.stderr(), timeout=20,
                        message="the daemon to refuse the squatted directory")
        self.assertEqual(os.listdir(private), [])
        # Still updates: only the socket is missing.
        self.wait_until(lambda: self.dd.count() == 1, timeout=20, message="the daemon's update")
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)


if __name__ == "__main__":
    unittest.main()
