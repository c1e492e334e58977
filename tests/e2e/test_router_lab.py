"""The router lab itself (homing_e2e.router_lab): miniupnpd between two
namespaces answers UPnP and NAT-PMP from the LAN with the WAN address, maps
a port that the WAN side can then reach, notices a new WAN address, gives no
external address for a carrier-grade NAT one (100.64.0.0/10), and leaves no
namespace behind."""

import os
import subprocess
import time
import unittest

from homing_e2e.harness import check_isolation, setUpModule  # noqa: F401
from homing_e2e.router_lab import CGNAT_PREFIX, CGNAT_WAN_ADDRESS, LAN_HOST, ROUTER_LAN, WAN_ADDRESS, RouterLab


def natpmp_public_address(lab):
    out = lab.lan_exec(["natpmpc", "-g", ROUTER_LAN], check=False).stdout
    for line in out.splitlines():
        if line.startswith("Public IP address : "):
            return line.split(":", 1)[1].strip()
    return None


def namespaces():
    return subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout


class RouterLabTest(unittest.TestCase):
    def setUp(self):
        self.lab = RouterLab()
        self.addCleanup(self.lab.stop)
        self.lab.start()

    def wait_for(self, predicate, message, timeout=5):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            time.sleep(0.1)
        self.fail(message + "\nminiupnpd said:\n" + self.lab.miniupnpd_log()[-3000:])

    def test_upnp_and_natpmp_give_the_wan_address(self):
        self.assertEqual(self.lab.lan_address, LAN_HOST)
        self.assertEqual(self.lab.upnp_external_address(), WAN_ADDRESS)
        self.assertEqual(natpmp_public_address(self.lab), WAN_ADDRESS)
        # The test's own namespace is untouched: still only lo.
        check_isolation()

    def test_a_mapping_is_reachable_from_the_wan(self):
        self.lab.lan_listen(8080, reply="through-the-router")
        self.assertEqual(self.lab.wan_connect(18080), "", "nothing may be reachable before the mapping")
        self.lab.lan_exec(["upnpc", "-e", "lab", "-a", LAN_HOST, "8080", "18080", "TCP"])
        self.assertIn({"protocol": "tcp", "external": 18080, "host": LAN_HOST, "internal": 8080}, self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(18080), "through-the-router")
        self.lab.lan_exec(["upnpc", "-d", "18080", "TCP"])
        self.assertEqual(self.lab.mappings(), [])
        self.assertEqual(self.lab.wan_connect(18080), "")

    def test_a_udp_mapping_by_natpmp(self):
        self.lab.lan_listen(9090, protocol="udp", reply="udp-through")
        self.lab.lan_exec(["natpmpc", "-g", ROUTER_LAN, "-a", "19090", "9090", "udp", "60"])
        self.assertIn({"protocol": "udp", "external": 19090, "host": LAN_HOST, "internal": 9090}, self.lab.mappings())
        self.assertEqual(self.lab.wan_connect(19090, protocol="udp"), "udp-through")

    def test_a_new_wan_address_is_noticed(self):
        self.lab.set_wan_address("11.22.34.55")
        self.wait_for(lambda: self.lab.upnp_external_address() == "11.22.34.55", "UPnP kept the old address")
        self.assertEqual(natpmp_public_address(self.lab), "11.22.34.55")
        # The WAN side can still reach the router at its new address.
        self.lab.lan_listen(8081, reply="new-address")
        self.lab.lan_exec(["upnpc", "-e", "lab", "-a", LAN_HOST, "8081", "18081", "TCP"])
        self.assertEqual(self.lab.wan_connect(18081), "new-address")

    def test_carrier_grade_nat_gives_no_external_address(self):
        self.lab.set_wan_address(CGNAT_WAN_ADDRESS, CGNAT_PREFIX)
        self.wait_for(lambda: self.lab.upnp_external_address() == "", "UPnP still gave an external address")
        self.assertIsNone(natpmp_public_address(self.lab))
        out = self.lab.lan_exec(["natpmpc", "-g", ROUTER_LAN], check=False).stdout
        self.assertIn("-52", out, "NAT-PMP must answer result 3, network failure (libnatpmp: -52)")


class RouterLabCleanupTest(unittest.TestCase):
    def test_stop_removes_the_namespaces_and_miniupnpd(self):
        lab = RouterLab()
        try:
            lab.start()
            names = namespaces()
            for name in lab.namespaces:
                self.assertIn(name, names)
            pid = lab.miniupnpd.pid
        finally:
            lab.stop()
        names = namespaces()
        for name in lab.namespaces:
            self.assertNotIn(name, names)
        self.assertFalse(os.path.exists("/proc/%d" % pid) and open("/proc/%d/cmdline" % pid).read().find("miniupnpd") >= 0)
        lab.stop()  # twice is harmless

    def test_a_failed_start_cleans_up(self):
        lab = RouterLab(wan_address="not-an-address")
        with self.assertRaises(Exception):
            with lab:
                pass
        names = namespaces()
        for name in lab.namespaces:
            self.assertNotIn(name, names)


if __name__ == "__main__":
    unittest.main()
