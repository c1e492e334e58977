"""Port mappings on a real home router: `homing-cli run` in the LAN namespace
of the router lab (miniupnpd between wan/router/lan namespaces) asks for the
configured mappings; a connection from the WAN namespace to the router's WAN
address reaches a listener on the LAN host; a short lease is renewed before
it ends; the mapping is removed on exit when the configuration says so (and
kept otherwise); a mapping the router's rules refuse shows as failed, with the
router's reason, in status and in one notification."""

import datetime
import time

from homing_e2e import harness
from homing_e2e.harness import EXIT_OK, parse_time, setUpModule  # noqa: F401
from homing_e2e.router_case import RouterLabTestCase
from homing_e2e.router_lab import LAN_HOST, WAN_ADDRESS

LISTENER_REPLY = "homing-lab"


class PortMappingTest(RouterLabTestCase):
    # -- tests -----------------------------------------------------------------
    def test_mapping_reachable_renewed_and_removed_on_exit(self):
        self.lab.lan_listen(18080, reply=LISTENER_REPLY)
        self.assertEqual(self.lab.wan_connect(8080, timeout=1), "", "nothing is forwarded before Homing asks")
        self.write_config(self.router_config(
            [{"protocol": "tcp", "external": 8080, "internal": 18080, "host": "this", "lease_seconds": 30,
              "description": "homing e2e"}],
            remove_mappings_on_exit=True))
        daemon = self.start_daemon()
        started = harness.now_utc()
        mapping = self.wait_for_state(daemon, "active")[0]
        self.assertEqual(mapping["method"], "upnp", "auto asks UPnP first")
        self.assertEqual(mapping["protocol"], "tcp")
        self.assertEqual(mapping["external"], 8080)
        self.assertEqual(mapping["internal"], 18080)
        self.assertEqual(mapping["host"], LAN_HOST)
        self.assertEqual(mapping["external_address"], WAN_ADDRESS)
        self.assertIsNone(mapping["error"])
        first_expiry = parse_time(mapping["expires_at"])
        self.assertLessEqual(first_expiry, harness.now_utc() + datetime.timedelta(seconds=31))
        self.assertGreater(first_expiry, started)
        self.assertTrue(self.lab_has(8080, 18080), self.lab.mappings())

        # The WAN side reaches the LAN listener through the router.
        self.assertEqual(self.lab.wan_connect(8080), LISTENER_REPLY)

        # One line per mapping in the text status.
        text = self.cli("status")
        self.assert_exit(text, EXIT_OK)
        self.assertIn("Port mapping TCP 8080 → %s:18080: active via UPnP" % LAN_HOST, text.out)
        self.assertIn("reachable at %s:8080" % WAN_ADDRESS, text.out)

        # Renewed at half the lease: the expiry moves on, and the port still
        # works after the first lease would have ended.
        def renewed():
            current = self.mappings_status(daemon)[0]
            return current["state"] == "active" and parse_time(current["expires_at"]) > first_expiry
        self.wait_until(renewed, timeout=25, message="the renewal at half the lease")
        while harness.now_utc() < first_expiry + datetime.timedelta(seconds=2):
            time.sleep(0.5)
        self.assertEqual(self.mappings_status(daemon)[0]["state"], "active")
        self.assertTrue(self.lab_has(8080, 18080), "miniupnpd dropped the renewed mapping: %r" % self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(8080), LISTENER_REPLY)

        # remove_mappings_on_exit: gone from the router when Homing stops.
        code, seconds = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK, daemon.output())
        self.assertLess(seconds, 8)
        self.assertFalse(self.lab_has(8080, 18080), self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(8080, timeout=1), "")
        self.assertIn("port mapping TCP 8080 removed from the router", self.log_text())

    def test_natpmp_mapping_kept_on_exit_by_default(self):
        self.lab.lan_listen(19090, protocol="udp", reply=LISTENER_REPLY)
        self.write_config(self.router_config(
            [{"protocol": "udp", "external": 9090, "internal": 19090, "lease_seconds": 600}], method="natpmp"))
        daemon = self.start_daemon()
        mapping = self.wait_for_state(daemon, "active")[0]
        self.assertEqual(mapping["method"], "natpmp")
        self.assertEqual(mapping["host"], LAN_HOST)
        self.assertEqual(mapping["external_address"], WAN_ADDRESS)
        self.assertTrue(self.lab_has(9090, 19090, "udp"), self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(9090, protocol="udp"), LISTENER_REPLY)
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK, daemon.output())
        # Not asked to remove it: the router keeps it until its lease ends.
        self.assertTrue(self.lab_has(9090, 19090, "udp"), self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(9090, protocol="udp"), LISTENER_REPLY)

    def test_refused_mapping_shows_the_routers_reason_once(self):
        # miniupnpd's rules allow external ports 1024-65535 only: port 80 is refused.
        self.write_config(self.router_config(
            [{"protocol": "tcp", "external": 80, "internal": 18081, "lease_seconds": 60}]))
        daemon = self.start_daemon()
        mapping = self.wait_for_state(daemon, "failed")[0]
        self.assertEqual(mapping["method"], "upnp", "the router's refusal is its answer: NAT-PMP is not asked")
        self.assertTrue(mapping["error"], mapping)
        self.assertIsNone(mapping["expires_at"])
        self.assertFalse(self.lab_has(80, 18081), self.lab.mappings())
        text = self.cli("status")
        self.assertIn("Port mapping TCP 80 → %s:18081: failed: %s" % (LAN_HOST, mapping["error"]), text.out)

        # Retried after 30 s, still refused, and told once only.
        next_attempt = parse_time(mapping["next_attempt"])
        def retried():
            current = self.mappings_status(daemon)[0]
            return current["state"] == "failed" and parse_time(current["next_attempt"]) > next_attempt
        self.wait_until(retried, timeout=45, message="the retry of the refused mapping")
        self.stop_daemon(daemon)
        log = self.log_text()
        self.assertEqual(log.count("Port TCP 80 is not forwarded"), 1, log)
        self.assertIn(mapping["error"], log)
        self.assertEqual(log.count("port mapping TCP 80 failed"), 2, log)

