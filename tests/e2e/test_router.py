"""The router as an address source (upnp, natpmp) and the router clients,
against miniupnpd in the router lab (homing_e2e.router_lab): homing-cli runs
in the LAN namespace, the fake dyndns2 provider listens on that namespace's
loopback, the mapped ports are reached from the WAN namespace.

- `ip --json` with upnp and with natpmp gives the router's WAN address;
- a new WAN address is followed by `update`;
- a carrier-grade NAT WAN address (100.64.0.0/10) gives no address, wan_not_public
  and the router's own words;
- no router: a quick, clear failure;
- AddPortMapping/DeletePortMapping through both clients (homing-router-probe),
  proved by a TCP/UDP round trip from the WAN side.
"""

import json
import os
import time
import unittest

from homing_e2e import fakes
from homing_e2e.harness import CANARY, EXIT_FAILURE, EXIT_OK, setUpModule  # noqa: F401
from homing_e2e.router_case import RouterLabTestCase
from homing_e2e.router_lab import CGNAT_PREFIX, CGNAT_WAN_ADDRESS, LAN_HOST, ROUTER_LAN, WAN_ADDRESS

DD_NAME = "home.example.org"
NEW_WAN_ADDRESS = "11.22.34.55"
NATPMP = "natpmp?gateway=%s" % ROUTER_LAN


def router_probe():
    path = os.environ.get("HOMING_ROUTER_PROBE")
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError("set HOMING_ROUTER_PROBE to the homing-router-probe binary (CTest does this)")
    return os.path.abspath(path)


class RouterTestCase(RouterLabTestCase):
    def setUp(self):
        super().setUp()
        with self.lab.in_namespace(self.lab.lan):
            self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})

    def configure(self, sources, min_agree=1):
        self.write_config(self.make_config(sources, [self.dyndns2_account(self.dd)], [self.record("dd", DD_NAME)],
                                           min_agree=min_agree))

    def probe(self, spec, *args):
        completed = self.lab.lan_exec([router_probe(), spec] + [str(a) for a in args], check=False, timeout=30)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        return json.loads(completed.stdout)


class RouterAddressTests(RouterTestCase):
    def test_upnp_and_natpmp_give_the_wan_address(self):
        for sources in (["upnp"], [NATPMP], ["natpmp"], ["upnp", NATPMP]):
            with self.subTest(sources=sources):
                self.configure(sources, min_agree=len(sources))
                detection = self.ip_json(EXIT_OK)
                self.assertEqual(detection["address"], WAN_ADDRESS)
                self.assertEqual([(s["source"], s["address"], s["error"]) for s in detection["sources"]],
                                 [(source, WAN_ADDRESS, None) for source in sources])
                self.assertFalse(any(s.get("wan_not_public") for s in detection["sources"]))
        self.assertEqual(self.dd.count(), 0, "ip only detects")

    def test_upnp_gateway_is_remembered_between_runs(self):
        # A one-shot run keeps the gateway's description URL in the data
        # directory; the next run asks it directly instead of searching (SSDP
        # waits its whole timeout for answers).
        self.configure(["upnp"])
        self.ip_json(EXIT_OK)
        memory_path = os.path.join(self.data_dir, "router.json")
        with open(memory_path) as f:
            location = json.load(f)["upnp_location"]
        self.assertTrue(location.startswith("http://%s:" % ROUTER_LAN), location)
        self.assertEqual(os.stat(memory_path).st_mode & 0o777, 0o600, "readable by its owner only")
        searches = self.lab.miniupnpd_log().count("M-SEARCH")
        self.assertGreater(searches, 0, "the first run discovered the router")
        detection = self.ip_json(EXIT_OK)
        self.assertEqual(detection["address"], WAN_ADDRESS)
        self.assertEqual(self.lab.miniupnpd_log().count("M-SEARCH"), searches, "no search the second time")
        # A remembered URL that no longer answers (the router restarted on
        # another port): discovered again, and the new URL kept.
        stale = "http://%s:1/rootDesc.xml" % ROUTER_LAN
        with open(memory_path, "w") as f:
            json.dump({"upnp_location": stale}, f)
        detection = self.ip_json(EXIT_OK)
        self.assertEqual(detection["address"], WAN_ADDRESS)
        self.assertGreater(self.lab.miniupnpd_log().count("M-SEARCH"), searches)
        with open(memory_path) as f:
            self.assertEqual(json.load(f)["upnp_location"], location)
        # Not a URL of a router's description: ignored.
        with open(memory_path, "w") as f:
            json.dump({"upnp_location": "file:///etc/passwd"}, f)
        self.assertEqual(self.ip_json(EXIT_OK)["address"], WAN_ADDRESS)

    def test_update_follows_a_new_wan_address(self):
        self.configure(["upnp"])
        self.update(expect=EXIT_OK)
        self.assertEqual([r.param("myip") for r in self.dd.updates()], [WAN_ADDRESS])
        self.lab.set_wan_address(NEW_WAN_ADDRESS)
        deadline = time.monotonic() + 5
        while self.lab.upnp_external_address() != NEW_WAN_ADDRESS and time.monotonic() < deadline:
            time.sleep(0.1)
        self.configure([NATPMP])
        self.update(expect=EXIT_OK)
        self.assertEqual([r.param("myip") for r in self.dd.updates()], [WAN_ADDRESS, NEW_WAN_ADDRESS])
        self.configure(["upnp"])
        self.update(expect=EXIT_OK)
        self.assertEqual(len(self.dd.updates()), 2, "the same address again is not published again")

    def test_carrier_grade_nat_wan_is_not_public(self):
        self.lab.set_wan_address(CGNAT_WAN_ADDRESS, CGNAT_PREFIX)
        deadline = time.monotonic() + 5
        while self.lab.upnp_external_address() != "" and time.monotonic() < deadline:
            time.sleep(0.1)
        for source, words in (("upnp", "UPnP gave none"), (NATPMP, "NAT-PMP result 3")):
            with self.subTest(source=source):
                self.configure([source])
                detection = self.ip_json(EXIT_FAILURE)
                self.assertIsNone(detection["address"])
                (answer,) = detection["sources"]
                self.assertIsNone(answer["address"])
                self.assertTrue(answer.get("wan_not_public"), answer)
                self.assertIn("no public WAN address", answer["error"])
                self.assertIn("carrier-grade NAT", answer["error"])
                self.assertIn(words, answer["error"])
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.dd.count(), 0, "nothing is published without a public address")

    def test_the_ipv6_family_is_refused_in_words(self):
        self.write_config(self.make_config(["upnp"], [self.dyndns2_account(self.dd)], [self.record("dd", DD_NAME)],
                                           ipv6_sources=["upnp"]))
        result = self.cli("ip", "--json")
        ipv6 = result.json()["ipv6"]
        self.assertIsNone(ipv6["address"])
        self.assertIn("only the router's IPv4 address", ipv6["sources"][0]["error"])


class PortMappingTests(RouterTestCase):
    def test_upnp_maps_and_unmaps_a_port(self):
        self.lab.lan_listen(8080, reply="via-upnp")
        self.assertEqual(self.lab.wan_connect(18080), "")
        added = self.probe("upnp", "add", "tcp", 18080, 8080, 3600)
        self.assertTrue(added["ok"], added)
        self.assertEqual(added["external_port"], 18080)
        self.assertTrue(0 < added["lease_seconds"] <= 3600, added)
        self.assertEqual(added["local_address"], LAN_HOST)
        self.assertIn({"protocol": "tcp", "external": 18080, "host": LAN_HOST, "internal": 8080}, self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(18080), "via-upnp")
        removed = self.probe("upnp", "delete", "tcp", 18080, 8080)
        self.assertTrue(removed["ok"], removed)
        self.assertEqual(self.lab.mappings(), [])
        self.assertEqual(self.lab.wan_connect(18080), "")
        # Removing what is not there is not a failure: it is gone.
        self.assertTrue(self.probe("upnp", "delete", "tcp", 18080, 8080)["ok"])

    def test_upnp_refusals_in_words(self):
        # miniupnpd's secure_mode: a mapping to another LAN host is not authorised.
        refused = self.probe("upnp", "add", "tcp", 18090, 8090, 3600, "192.168.77.20")
        self.assertFalse(refused["ok"])
        self.assertIn(refused["error_code"], (606, 718))
        self.assertTrue(refused["error"])
        # A port outside the router's allow rules (1024-65535) is refused with its reason.
        refused = self.probe("upnp", "add", "tcp", 80, 8090, 3600)
        self.assertFalse(refused["ok"])
        self.assertNotEqual(refused["error_code"], 0)
        self.assertIn(str(refused["error_code"]), refused["error"])

    def test_natpmp_maps_and_unmaps_tcp_and_udp(self):
        self.lab.lan_listen(8081, reply="via-natpmp")
        self.lab.lan_listen(9091, protocol="udp", reply="udp-via-natpmp")
        added = self.probe(NATPMP, "add", "tcp", 18081, 8081, 600)
        self.assertTrue(added["ok"], added)
        self.assertEqual((added["external_port"], added["lease_seconds"]), (18081, 600))
        self.assertEqual(added["local_address"], LAN_HOST)
        added = self.probe(NATPMP, "add", "udp", 19091, 9091, 600)
        self.assertTrue(added["ok"], added)
        self.assertEqual(self.lab.wan_connect(18081), "via-natpmp")
        self.assertEqual(self.lab.wan_connect(19091, protocol="udp"), "udp-via-natpmp")
        self.assertTrue(self.probe(NATPMP, "delete", "tcp", 18081, 8081)["ok"])
        self.assertTrue(self.probe(NATPMP, "delete", "udp", 19091, 9091)["ok"])
        self.assertEqual(self.lab.mappings(), [])
        self.assertEqual(self.lab.wan_connect(18081), "")

    def test_natpmp_mapping_behind_carrier_grade_nat_fails_in_words(self):
        self.lab.set_wan_address(CGNAT_WAN_ADDRESS, CGNAT_PREFIX)
        refused = self.probe(NATPMP, "add", "tcp", 18082, 8082, 600)
        self.assertFalse(refused["ok"])
        self.assertEqual(refused["error_code"], 3)
        self.assertIn("no public WAN address", refused["error"])


class NoRouterTests(RouterTestCase):
    LAB_OPTIONS = {"router": False}  # the lab without miniupnpd: no UPnP, no NAT-PMP

    def test_no_router_fails_quickly_and_clearly(self):
        self.configure(["upnp?timeout_ms=500", "natpmp?timeout_ms=500"], min_agree=1)
        started = time.monotonic()
        detection = self.ip_json(EXIT_FAILURE)
        self.assertLess(time.monotonic() - started, 4)
        upnp, natpmp = detection["sources"]
        self.assertIsNone(upnp["address"])
        self.assertIn("No UPnP router answered within 500 ms", upnp["error"])
        self.assertIsNone(natpmp["address"])
        # Nothing listens on the router's port 5351: refused at once (ICMP), no need to wait.
        self.assertIn("does not offer NAT-PMP", natpmp["error"])
        self.assertIn(ROUTER_LAN, natpmp["error"], "the default gateway is the router asked")
        self.assertFalse(upnp.get("wan_not_public") or natpmp.get("wan_not_public"))

    def test_bad_options_are_refused_by_the_config_check(self):
        self.configure(["natpmp?gateway=router.lan"])
        result = self.cli("check-config")
        self.assertNotEqual(result.code, EXIT_OK)
        self.assertIn("must be the router's IPv4 address", result.out + result.err)


if __name__ == "__main__":
    unittest.main()
