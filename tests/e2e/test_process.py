"""homing-cli as a process: a process that holds secrets leaves no core dump.

The kernel shows the two switches homing-cli sets at start on Linux:
RLIMIT_CORE (soft and hard 0) in /proc/<pid>/limits, and PR_SET_DUMPABLE 0 in
the owner of the files in /proc/<pid>, which becomes root. The owner tells something only
when the daemon runs as another user than root, so when the suite runs as root
that test starts the daemon as nobody.
"""

import os
import shutil
import subprocess
import sys
import unittest

from homing_e2e import fakes
from homing_e2e.harness import ADDRESS_A, CANARY, EXIT_OK, HOMING_CLI, Daemon, HomingTestCase, setUpModule  # noqa: F401

DD_NAME = "home.example.org"
NOBODY = 65534


@unittest.skipUnless(sys.platform.startswith("linux"), "reads Linux's /proc")
class CoreDumpTests(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)
        self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})

    def write_daemon_config(self):
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                           [self.record("dd", DD_NAME)], check_interval=30))

    def wait_until_watching(self, daemon):
        def watching():
            if not daemon.alive():
                self.fail("the daemon exited early with %s: %s" % (daemon.process.returncode, daemon.output()))
            return "watching 1 record" in daemon.stderr()

        self.wait_until(watching, timeout=20, message="the daemon to start")

    def start_daemon_as(self, uid):
        """start_daemon(), but running as `uid` (the suite runs as root)."""
        # Everything the daemon reads or writes becomes the other user's.
        ca_copy = os.path.join(self.root, "ca.pem")
        shutil.copyfile(self.ca_file, ca_copy)
        self.ca_file = ca_copy
        self.write_daemon_config()
        for base, directories, files in os.walk(self.root):
            for name in [base] + [os.path.join(base, entry) for entry in directories + files]:
                os.chown(name, uid, uid)
        out_path = os.path.join(self.root, "daemon-%d.out" % len(self.daemons))
        err_path = os.path.join(self.root, "daemon-%d.err" % len(self.daemons))
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            process = subprocess.Popen([HOMING_CLI, "--config-dir", self.config_dir, "--data-dir", self.data_dir,
                                        "run"], env=self.env, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                       user=uid, group=uid, extra_groups=[])
        daemon = Daemon(process, out_path, err_path)
        self.daemons.append(daemon)
        return daemon

    def test_daemon_has_no_core_size_limit_to_raise(self):
        self.write_daemon_config()
        daemon = self.start_daemon()
        self.wait_until_watching(daemon)
        with open("/proc/%d/limits" % daemon.pid) as f:
            lines = [line for line in f if line.startswith("Max core file size")]
        self.assertEqual(len(lines), 1, lines)
        # "Max core file size        0                    0                    bytes"
        self.assertEqual(lines[0].split()[4:6], ["0", "0"], "core dumps are not disabled: %r" % lines[0])
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)

    def test_daemon_is_not_dumpable(self):
        uid = NOBODY if os.geteuid() == 0 else os.geteuid()
        if uid == NOBODY:
            daemon = self.start_daemon_as(uid)
        else:
            self.write_daemon_config()
            daemon = self.start_daemon()
        self.wait_until_watching(daemon)
        with open("/proc/%d/status" % daemon.pid) as f:
            uids = [line.split()[1:] for line in f if line.startswith("Uid:")]
        self.assertEqual(uids, [[str(uid)] * 4], "the daemon does not run as the intended user")
        # A dumpable process owns the files in its /proc/<pid>; a non-dumpable one's belong to root.
        owner = os.stat("/proc/%d/status" % daemon.pid).st_uid
        self.assertEqual(owner, 0, "the daemon is dumpable: /proc/%d/status belongs to uid %d" % (daemon.pid, owner))
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)

    def test_daemon_uses_one_libcrypto(self):
        # homing-cli links libcrypto to configure it at start; Qt's TLS plugin
        # must then use that same library, not load a second one.
        self.write_daemon_config()
        daemon = self.start_daemon()
        self.wait_until_daemon_in_sync(daemon, message="the daemon's first pass over https")
        with open("/proc/%d/maps" % daemon.pid) as f:
            libraries = {line.split()[-1] for line in f if "libcrypto" in line or "libssl" in line}
        crypto = {os.path.realpath(path) for path in libraries if "libcrypto" in os.path.basename(path)}
        self.assertEqual(len(crypto), 1, "libcrypto mapped %d times: %s" % (len(crypto), sorted(libraries)))
        self.assertTrue(any("libssl" in os.path.basename(path) for path in libraries),
                        "Qt's TLS backend did not load libssl: %s" % sorted(libraries))
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)


if __name__ == "__main__":
    unittest.main()
