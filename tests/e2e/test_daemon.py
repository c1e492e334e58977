"""homing-cli run: the daemon, its local socket, its lock and its signals."""

import json
import os
import signal
import subprocess
import time
import unittest

from homing_e2e import fakes
from homing_e2e.fakes import Response
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, CANARY, EXIT_FAILURE, EXIT_OK, HOMING_CLI, HomingTestCase,
                                setUpModule)  # noqa: F401

DD_NAME = "home.example.org"


class DaemonTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)
        self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                           [self.record("dd", DD_NAME)], check_interval=30))

    def start_and_wait_in_sync(self):
        daemon = self.start_daemon()
        self.wait_until_daemon_in_sync(daemon)
        self.assertEqual(self.dd.count(), 1)
        return daemon

    def sending_lines(self, daemon):
        return [line for line in daemon.stderr().splitlines() if "%s A: sending" % DD_NAME in line]


class DaemonTests(DaemonTestCase):
    def test_daemon_serves_update_and_status_and_stops_on_sigterm(self):
        daemon = self.start_and_wait_in_sync()
        self.assertIn("watching 1 record;", daemon.stderr())
        self.assertEqual(len(self.sending_lines(daemon)), 1)

        # update from another process goes through the daemon.
        result = self.update("--force", expect=EXIT_OK)
        # (the fake already has the address, so it answers "nochg")
        self.assertIn("%s A: %s confirmed: the provider already had it" % (DD_NAME, ADDRESS_A), result.out)
        self.assertEqual(self.dd.count(), 2)
        self.assertEqual(len(self.sending_lines(daemon)), 2, "the daemon did not do the forced pass")
        self.assertEqual(result.err, "", "the client only relays the daemon's answer")

        # An ordinary update: the daemon finds it in sync and sends nothing.
        result = self.update(expect=EXIT_OK)
        self.assertIn("in sync", result.out)
        self.assertEqual(self.dd.count(), 2)

        # An address change, through the daemon.
        self.echo_service.set_address(ADDRESS_B)
        result = self.update(expect=EXIT_OK)
        self.assertIn("updated from %s to %s (address changed)" % (ADDRESS_A, ADDRESS_B), result.out)
        self.assertEqual(self.dd.count(), 3)
        self.assertEqual(self.dd.updates()[-1].param("myip"), ADDRESS_B)
        status = self.status()
        self.assertEqual(status["ipv4"]["address"], ADDRESS_B)
        self.assertEqual((status["records"][0]["state"], status["records"][0]["value"]), ("in_sync", ADDRESS_B))

        # The client exits with the pass's code.
        self.dd.set_override(Response.text("", status=500))
        result = self.update("--force", expect=EXIT_FAILURE)
        self.assertIn("failed", result.out)
        self.assertEqual(self.dd.count(), 4)
        self.dd.set_override(None)

        # status --json, answered by the daemon.
        result = self.cli("status")
        self.assert_exit(result, EXIT_OK)
        self.assertIn("%s A [dd] failing %s" % (DD_NAME, ADDRESS_B), result.out)
        self.assertIn("next attempt:", result.out)

        # A second daemon on the same data directory refuses to start.
        second = self.cli("run", timeout=20)
        self.assert_exit(second, EXIT_FAILURE)
        self.assertIn("pid %d" % daemon.pid, second.err)
        self.assertTrue(daemon.alive())

        code, seconds = self.stop_daemon(daemon, signal.SIGTERM)
        self.assertEqual(code, EXIT_OK, daemon.output())
        self.assertLess(seconds, 5, "the daemon took %.1f s to stop" % seconds)
        self.assertIn("stopping", daemon.stderr())
        self.assertFalse(os.path.exists(os.path.join(self.data_dir, "homing.lock")), "the lock was not released")
        log = self.log_text()
        self.assertIn("forced by the user", log)
        self.assertIn("stopping", log)

        # Without the daemon, update works on its own again.
        self.update("--force", expect=EXIT_OK)
        self.assertEqual(self.dd.count(), 5)

    def test_sigint_stops_the_daemon(self):
        daemon = self.start_and_wait_in_sync()
        code, seconds = self.stop_daemon(daemon, signal.SIGINT)
        self.assertEqual(code, EXIT_OK)
        self.assertLess(seconds, 5)

    def test_stale_lock_of_a_killed_daemon_is_recovered(self):
        daemon = self.start_and_wait_in_sync()
        daemon.process.kill()  # SIGKILL: no chance to clean up
        daemon.process.wait(10)
        self.assertTrue(os.path.exists(os.path.join(self.data_dir, "homing.lock")))
        result = self.update("--force", timeout=30)
        self.assert_exit(result, EXIT_OK)
        self.assertLess(result.seconds, 10, "update waited for a dead process's lock")
        self.assertEqual(self.dd.count(), 2)
        self.assertEqual(self.record_status(DD_NAME)["state"], "in_sync")
        # And a new daemon can start and stop.
        daemon = self.start_daemon()
        self.wait_until(lambda: "watching 1 record;" in daemon.stderr(), timeout=20, message="the new daemon")
        time.sleep(0.5)
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)

    def test_daemon_notices_an_address_change_by_itself(self):
        """check_interval is 30 s (the minimum): the next pass comes without being asked."""
        daemon = self.start_and_wait_in_sync()
        self.echo_service.set_address(ADDRESS_B)
        started = time.monotonic()
        self.wait_until(lambda: self.dd.count() == 2, timeout=45, interval=0.5,
                        message="the daemon's next periodic pass")
        waited = time.monotonic() - started
        self.assertLess(waited, 40, "the pass came %.0f s later; check_interval is 30 s" % waited)
        self.assertEqual(self.dd.updates()[-1].param("myip"), ADDRESS_B)
        self.wait_until(lambda: self.record_status(DD_NAME)["value"] == ADDRESS_B, timeout=10,
                        message="the state to show the new address")
        self.assertIn("%s -> %s" % (ADDRESS_A, ADDRESS_B), daemon.stderr())
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)

    def start_daemon_with_its_request_out(self):
        """A daemon whose first update the server holds for 15 s."""
        self.dd.set_override(Response.text("good " + ADDRESS_A, delay=15))
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                           [self.record("dd", DD_NAME)], check_interval=30, request_timeout=20))
        daemon = self.start_daemon()
        self.wait_until(lambda: self.dd.count() == 1, timeout=20, message="the daemon's request")
        return daemon

    def test_sigterm_during_a_pass_stops_promptly(self):
        daemon = self.start_daemon_with_its_request_out()
        code, seconds = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)
        self.assertLess(seconds, 3, "the daemon waited for its request before stopping")
        # The request may have been applied: the next run must not take anything as confirmed.
        record = self.state_file()["records"]["dd/%s/A" % DD_NAME]
        self.assertTrue(record.get("value_uncertain"), record)
        self.dd.set_override(None)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dd.count(), 2, "the interrupted update was not sent again")

    def test_sigkill_during_a_pass_leaves_the_update_to_be_sent_again(self):
        daemon = self.start_daemon_with_its_request_out()
        daemon.process.kill()
        daemon.process.wait(10)
        # Killed with no chance to tidy up: the journal holds the mark made before sending.
        self.assertTrue(os.path.exists(os.path.join(self.data_dir, "state.json.journal")))
        record = self.state_file()["records"]["dd/%s/A" % DD_NAME]
        self.assertTrue(record.get("value_uncertain"), record)
        self.dd.set_override(None)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dd.count(), 2, "the interrupted update was not sent again")
        # The next run folded the journal into state.json.
        self.assertFalse(os.path.exists(os.path.join(self.data_dir, "state.json.journal")))
        with open(os.path.join(self.data_dir, "state.json")) as f:
            self.assertFalse(json.load(f)["records"]["dd/%s/A" % DD_NAME].get("value_uncertain"))

    def test_sighup_reloads_the_configuration(self):
        daemon = self.start_and_wait_in_sync()
        self.dd.hosts["second.example.org"] = None
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                           [self.record("dd", DD_NAME), self.record("dd", "second.example.org")],
                                           check_interval=30))
        daemon.process.send_signal(signal.SIGHUP)
        self.wait_until(lambda: self.dd.count() == 2, timeout=20, message="a pass with the new record")
        self.assertEqual(self.dd.updates()[-1].param("hostname"), "second.example.org")
        self.wait_until(lambda: "configuration reloaded" in daemon.stderr(), timeout=5, message="the log line")
        # A broken configuration is not taken: the daemon keeps the last good one.
        self.write_config("{ broken")
        daemon.process.send_signal(signal.SIGHUP)
        self.wait_until(lambda: "keeping the previous one" in daemon.stderr(), timeout=10,
                        message="the reload to be refused")
        self.assertTrue(daemon.alive())
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                           [self.record("dd", DD_NAME)], check_interval=30))  # for status
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)

    def test_update_through_another_spelling_of_the_data_dir_reaches_the_daemon(self):
        """The lock is one file whatever the path's spelling; the daemon's socket must be found too.

        Here the data directory is reached through a symbolic link (as /var -> /private/var on
        macOS, or a relocated /var/lib). The lock file is the same, so the client must talk to
        the daemon instead of waiting two minutes for a lock that is never released.
        """
        daemon = self.start_and_wait_in_sync()
        link = os.path.join(self.root, "data-link")
        os.symlink(self.data_dir, link)
        argv = ["--config-dir", self.config_dir, "--data-dir", link, "update", "--force"]
        result = self.cli(*argv, dirs=False, timeout=10)
        self.assert_exit(result, EXIT_OK)
        self.assertEqual(self.dd.count(), 2)
        self.assertEqual(len(self.sending_lines(daemon)), 2)

    def test_concurrent_one_shot_updates_do_not_both_send(self):
        self.dd.set_override(Response.text("good " + ADDRESS_A, delay=1.5))
        first = subprocess.Popen([HOMING_CLI,
                                  "--config-dir", self.config_dir, "--data-dir", self.data_dir, "update"],
                                 env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            self.wait_until(lambda: self.dd.count() == 1, timeout=10, interval=0.05, message="the first request")
            self.dd.set_override(None)
            second = self.update(timeout=30)
        finally:
            out, err = first.communicate(timeout=30)
        self.assert_no_canary(out.decode(), err.decode())
        self.assertEqual(first.returncode, EXIT_OK, err)
        self.assert_exit(second, EXIT_OK)
        self.assertIn("in sync", second.out)
        self.assertEqual(self.dd.count(), 1, "the second update did not wait for the first one's result")

    def expire_backoff(self):
        """Makes the record's retry time lie in the past, as if its backoff had run out."""
        path = os.path.join(self.data_dir, "state.json")
        with open(path) as f:
            state = json.load(f)
        record = state["records"]["dd/%s/A" % DD_NAME]
        self.assertEqual(record["state"], "failing")
        record["next_attempt"] = "2020-01-01T00:00:00Z"
        with open(path, "w") as f:
            json.dump(state, f)

    def run_no_pass_storm(self, make_unattemptable):
        """A failing record whose retry is due but that cannot be attempted in a pass
        (no accepted address, or a non-public one) must not make the daemon start a
        new pass every second: echo services are queried at most every check_interval."""
        self.dd.set_override(Response.text("", status=500))
        self.update(expect=EXIT_FAILURE)
        self.dd.set_override(None)
        self.expire_backoff()
        make_unattemptable()
        before = self.echo_service.count()
        daemon = self.start_daemon()
        time.sleep(4)
        self.assertTrue(daemon.alive())
        passes = (self.echo_service.count() - before) // 2
        self.assertLessEqual(passes, 2, "the daemon ran %d detection passes in 4 s (check_interval is 30 s):\n%s"
                             % (passes, daemon.stderr()[-1500:]))
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)

    def test_no_pass_storm_while_the_sources_disagree(self):
        self.run_no_pass_storm(lambda: self.echo_service.answer(2, address=ADDRESS_B))

    def test_no_pass_storm_while_the_address_is_not_public(self):
        self.run_no_pass_storm(lambda: self.echo_service.set_address("100.64.1.2"))

    def test_blocked_record_stays_blocked_in_the_daemon(self):
        self.dd.password = "changed-on-the-website"
        daemon = self.start_daemon()
        self.wait_until(lambda: self.record_status(DD_NAME)["state"] == "blocked", timeout=20,
                        message="the record to be blocked")
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("blocked", result.out)
        self.assertEqual(self.dd.count(), 1)
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK)


if __name__ == "__main__":
    unittest.main()
