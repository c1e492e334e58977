"""PCP (RFC 6887) against the real miniupnpd of the router lab
(homing_e2e.router_lab; miniupnpd's enable_natpmp serves PCP on the same
port): homing-cli runs in the LAN namespace, the fake dyndns2 provider listens
on that namespace's loopback, mapped ports are reached from the WAN namespace.

- the `pcp` source reads the router's WAN address (from the answer to the
  deletion of a mapping that does not exist: nothing is mapped, nothing logged
  per port);
- a new WAN address is followed by `update`;
- a reserved WAN address (100.64.0.0/10) gives wan_not_public and the
  carrier-grade NAT report, with the router's address;
- a port mapping with "method": "pcp" is made, reachable from the WAN,
  renewed at half the lifetime the router granted, and removed on exit;
- an external port already taken is granted as another (homing-router-probe);
- "method": "auto" with UPnP switched off in miniupnpd falls to PCP.
"""

import datetime
import json
import os
import unittest

from homing_e2e import fakes, harness
from homing_e2e.harness import CANARY, EXIT_FAILURE, EXIT_OK, parse_time, setUpModule  # noqa: F401
from homing_e2e.router_case import RouterLabTestCase
from homing_e2e.router_lab import CGNAT_PREFIX, CGNAT_WAN_ADDRESS, LAN_HOST, ROUTER_LAN, WAN_ADDRESS

DD_NAME = "home.example.org"
NEW_WAN_ADDRESS = "11.22.34.55"
PCP = "pcp?gateway=%s" % ROUTER_LAN
LISTENER_REPLY = "via-pcp"
# miniupnpd's PCP grants at least min_lifetime (120 s by default) whatever is asked.
MINIUPNPD_MIN_LIFETIME = 120


class PcpAddressTests(RouterLabTestCase):
    def setUp(self):
        super().setUp()
        with self.lab.in_namespace(self.lab.lan):
            self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})

    def configure(self, sources):
        self.write_config(self.make_config(sources, [self.dyndns2_account(self.dd)], [self.record("dd", DD_NAME)],
                                           min_agree=len(sources)))

    def test_pcp_gives_the_wan_address(self):
        # "pcp" alone asks the default gateway, which is the router.
        for sources in (["pcp"], [PCP], [PCP, "natpmp"]):
            with self.subTest(sources=sources):
                self.configure(sources)
                detection = self.ip_json(EXIT_OK)
                self.assertEqual(detection["address"], WAN_ADDRESS)
                self.assertEqual([(s["source"], s["address"], s["error"]) for s in detection["sources"]],
                                 [(source, WAN_ADDRESS, None) for source in sources])
                self.assertFalse(any(s.get("wan_not_public") for s in detection["sources"]))
        # Reading the address left nothing mapped on the router.
        self.assertEqual(self.lab.mappings(), [])
        self.assertIn("PCP", self.lab.miniupnpd_log(), "miniupnpd answered over PCP, not NAT-PMP")
        self.assertEqual(self.dd.count(), 0, "ip only detects")

    def test_update_follows_a_new_wan_address(self):
        self.configure([PCP])
        self.update(expect=EXIT_OK)
        self.assertEqual([r.param("myip") for r in self.dd.updates()], [WAN_ADDRESS])
        self.lab.set_wan_address(NEW_WAN_ADDRESS)
        # miniupnpd reads its WAN interface at each PCP request: no wait.
        self.update(expect=EXIT_OK)
        self.assertEqual([r.param("myip") for r in self.dd.updates()], [WAN_ADDRESS, NEW_WAN_ADDRESS])
        self.update(expect=EXIT_OK)
        self.assertEqual(len(self.dd.updates()), 2, "the same address again is not published again")

    def test_reserved_wan_is_carrier_grade_nat(self):
        self.lab.set_wan_address(CGNAT_WAN_ADDRESS, CGNAT_PREFIX)
        self.configure([PCP])
        detection = self.ip_json(EXIT_FAILURE)
        self.assertIsNone(detection["address"])
        (answer,) = detection["sources"]
        self.assertIsNone(answer["address"])
        self.assertTrue(answer.get("wan_not_public"), answer)
        self.assertIn(CGNAT_WAN_ADDRESS, answer["error"])
        self.assertIn("carrier-grade NAT", answer["error"])
        self.assertEqual([c["address"] for c in answer.get("candidates", [])], [CGNAT_WAN_ADDRESS])

        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.dd.count(), 0, "nothing is published without a public address")
        status = self.status()
        cgnat = status.get("cgnat")
        self.assertIsNotNone(cgnat, status)
        self.assertTrue(cgnat["detected"])
        self.assertEqual(cgnat["kind"], "carrier_grade")
        self.assertEqual(cgnat["router_address"], CGNAT_WAN_ADDRESS)
        self.assertFalse(cgnat["publishing"])


class PcpPortMappingTests(RouterLabTestCase):
    def test_mapping_reachable_renewed_and_removed_on_exit(self):
        self.lab.lan_listen(18085, reply=LISTENER_REPLY)
        self.assertEqual(self.lab.wan_connect(8085, timeout=1), "", "nothing is forwarded before Homing asks")
        self.write_config(self.router_config(
            [{"protocol": "tcp", "external": 8085, "internal": 18085, "host": "this", "lease_seconds": 30,
              "description": "homing e2e pcp"}],
            method="pcp", remove_mappings_on_exit=True))
        daemon = self.start_daemon()
        started = harness.now_utc()
        mapping = self.wait_for_state(daemon, "active")[0]
        self.assertEqual(mapping["method"], "pcp")
        self.assertEqual((mapping["protocol"], mapping["external"], mapping["internal"]), ("tcp", 8085, 18085))
        self.assertEqual(mapping["host"], LAN_HOST)
        self.assertEqual(mapping["external_address"], WAN_ADDRESS)
        self.assertIsNone(mapping["error"])
        # 30 s asked for, miniupnpd's minimum granted: Homing keeps the granted lifetime.
        self.assertEqual(mapping["lease_seconds"], MINIUPNPD_MIN_LIFETIME)
        first_expiry = parse_time(mapping["expires_at"])
        self.assertGreater(first_expiry, started + datetime.timedelta(seconds=MINIUPNPD_MIN_LIFETIME - 5))
        self.assertTrue(self.lab_has(8085, 18085), self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(8085), LISTENER_REPLY)

        text = self.cli("status")
        self.assertIn("Port mapping TCP 8085 → %s:18085: active via PCP" % LAN_HOST, text.out)

        # Renewed at half the granted lifetime.
        def renewed():
            current = self.mappings_status(daemon)[0]
            return current["state"] == "active" and parse_time(current["expires_at"]) > first_expiry
        self.wait_until(renewed, timeout=MINIUPNPD_MIN_LIFETIME // 2 + 20, interval=1,
                        message="the renewal at half the lifetime")
        self.assertEqual(self.lab.mappings().count(
            {"protocol": "tcp", "external": 8085, "host": LAN_HOST, "internal": 18085}), 1, self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(8085), LISTENER_REPLY)

        # Removed on exit: miniupnpd deletes a PCP mapping only for the nonce
        # that made it (PcpClient keeps it per mapping).
        code, seconds = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK, daemon.output())
        self.assertLess(seconds, 8)
        self.assertFalse(self.lab_has(8085, 18085), self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(8085, timeout=1), "")
        self.assertIn("port mapping TCP 8085 removed from the router", self.log_text())
        self.assertIn("PCP MAP", self.lab.miniupnpd_log())


    def probe(self, spec, *args):
        """One RouterClient call through homing-router-probe in the LAN namespace."""
        path = os.environ.get("HOMING_ROUTER_PROBE")
        if not path or not os.access(path, os.X_OK):
            self.fail("set HOMING_ROUTER_PROBE to the homing-router-probe binary (CTest does this)")
        completed = self.lab.lan_exec([os.path.abspath(path), spec] + [str(a) for a in args], check=False,
                                      timeout=30)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        return json.loads(completed.stdout)

    def test_a_taken_port_is_granted_as_another(self):
        # 8087 already forwards to another port of this host (over UPnP):
        # miniupnpd's PCP grants the next free external port instead.
        self.assertTrue(self.probe("upnp", "add", "tcp", 8087, 18087, 600)["ok"])
        added = self.probe(PCP, "add", "tcp", 8087, 18088, 600)
        self.assertTrue(added["ok"], added)
        self.assertNotEqual(added["external_port"], 8087)
        self.assertEqual(added["lease_seconds"], 600)
        self.assertEqual(added["local_address"], LAN_HOST)
        self.assertTrue(self.lab_has(added["external_port"], 18088), self.lab.mappings())
        self.lab.lan_listen(18088, reply=LISTENER_REPLY)
        self.assertEqual(self.lab.wan_connect(added["external_port"]), LISTENER_REPLY)


class PcpWithoutUpnpTests(RouterLabTestCase):
    LAB_OPTIONS = {"upnp": False}  # miniupnpd with enable_upnp=no: NAT-PMP and PCP only

    def test_auto_falls_to_pcp(self):
        self.lab.lan_listen(18086, protocol="udp", reply=LISTENER_REPLY)
        self.write_config(self.router_config(
            [{"protocol": "udp", "external": 9086, "internal": 18086, "lease_seconds": 600}]))
        daemon = self.start_daemon()
        mapping = self.wait_for_state(daemon, "active")[0]
        self.assertEqual(mapping["method"], "pcp", "UPnP is off: PCP comes before NAT-PMP")
        self.assertEqual(mapping["external_address"], WAN_ADDRESS)
        self.assertEqual(mapping["lease_seconds"], 600)
        self.assertTrue(self.lab_has(9086, 18086, "udp"), self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(9086, protocol="udp"), LISTENER_REPLY)
        code, _ = self.stop_daemon(daemon)
        self.assertEqual(code, EXIT_OK, daemon.output())


if __name__ == "__main__":
    unittest.main()
