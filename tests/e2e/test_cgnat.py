"""Carrier-grade NAT, found through the router: miniupnpd's WAN address is in
the shared address space 100.64.0.0/10, so it gives the LAN no external
address. Homing (run in the lab's LAN namespace, with the router source and
echo services that answer from inside that namespace) says so in status and
in one notification, sends no A record, and publishes the echo services'
address only when ip.ipv4.publish_behind_cgnat is true."""

import unittest

from homing_e2e import fakes, harness
from homing_e2e.harness import ADDRESS_A, EXIT_OK, setUpModule  # noqa: F401
from homing_e2e.router_case import RouterLabTestCase
from homing_e2e.router_lab import CGNAT_PREFIX, CGNAT_WAN_ADDRESS, WAN_ADDRESS

NAME = "nas.example.com"
CGNAT_WORDS = "shares one public IPv4 among many customers"


class CarrierGradeNatTest(RouterLabTestCase):
    LAB_OPTIONS = {"wan_address": CGNAT_WAN_ADDRESS, "wan_prefix": CGNAT_PREFIX}

    def setUp(self):
        super().setUp()
        with self.lab.in_namespace(self.lab.lan):
            self.echo_service = self.echo(ADDRESS_A)  # the provider's NAT's public address
            self.dyndns = self.start(fakes.Dyndns2Server, password=harness.CANARY, hosts={NAME: None})

    def write(self, publish=False, extra_sources=()):
        config = self.make_config(["upnp"] + list(extra_sources) + self.echo_service.sources(2),
                                  [self.dyndns2_account(self.dyndns)], [self.record("dd", NAME)])
        config["ip"]["ipv4"]["publish_behind_cgnat"] = publish
        self.write_config(config)

    def echo_requests(self):
        return len(self.echo_service.received())

    def test_carrier_grade_nat_is_reported_and_no_a_record_is_sent(self):
        self.write()
        daemon = self.start_daemon()
        self.wait_until(lambda: self.status().get("cgnat"), timeout=30, message="the daemon's first detection")
        self.wait_until(lambda: CGNAT_WORDS in self.log_text(), timeout=10, message="the notification in the log")
        self.stop_daemon(daemon)

        status = self.status()
        cgnat = status["cgnat"]
        self.assertIsNotNone(cgnat, status)
        self.assertTrue(cgnat["detected"])
        self.assertEqual(cgnat["kind"], "carrier_grade")
        self.assertIn(cgnat["router_address"], (None, CGNAT_WAN_ADDRESS))
        self.assertEqual(cgnat["public_address"], ADDRESS_A, "the echo services were asked to learn it")
        self.assertFalse(cgnat["publishing"])
        self.assertIn(CGNAT_WORDS, cgnat["message"])
        self.assertIn("frp", cgnat["message"])
        self.assertIsNone(status["ipv4"]["address"])
        self.assertIn("publish_behind_cgnat", status["ipv4"]["error"])
        self.assertEqual(self.dyndns.updates(), [], "no A record may be sent behind carrier-grade NAT")

        text = self.cli("status")
        self.assert_exit(text, EXIT_OK)
        self.assertIn("Carrier-grade NAT", text.out)
        self.assertIn("No IPv4 address is published", text.out)

        # One notification, one history entry.
        self.assertEqual(self.log_text().count("Behind carrier-grade NAT: " + "Your provider"), 1,
                         self.log_text()[-3000:])
        self.assertEqual(len([e for e in self.history() if e["result"] == "nat_detected"]), 1)

        # A later check knows it already: no second notification, no second history entry.
        asked = self.echo_requests()
        self.update()
        self.assertEqual(self.echo_requests(), asked, "the public address is known; no echo request needed")
        self.assertEqual(len([e for e in self.history() if e["result"] == "nat_detected"]), 1)
        self.assertEqual(self.dyndns.updates(), [])

    def test_publish_behind_cgnat_publishes_the_echo_address(self):
        self.write(publish=True)
        self.update(expect=EXIT_OK)
        updates = self.dyndns.updates()
        self.assertEqual(len(updates), 1)
        self.assertEqual(updates[0].param("myip"), ADDRESS_A)
        status = self.status()
        self.assertTrue(status["cgnat"]["publishing"])
        self.assertEqual(status["ipv4"]["address"], ADDRESS_A)
        self.assertEqual(self.record_status(NAME)["value"], ADDRESS_A)
        self.assertIn("published anyway", self.cli("status").out)

    def test_a_public_router_address_needs_no_echo_service_after_the_first_check(self):
        self.lab.set_wan_address(WAN_ADDRESS, 24)
        self.echo_service.set_address(WAN_ADDRESS)
        self.write()
        self.update(expect=EXIT_OK)
        self.assertIsNone(self.status()["cgnat"])
        asked = self.echo_requests()
        self.assertEqual(asked, 2, "the first router answer is cross-checked")
        for _ in range(3):
            self.update(expect=EXIT_OK)
        self.assertEqual(self.echo_requests(), asked, "the router's unchanged answer needs no echo service")
        self.assertEqual([u.param("myip") for u in self.dyndns.updates()], [WAN_ADDRESS])


if __name__ == "__main__":
    unittest.main()
