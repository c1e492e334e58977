"""Gandi LiveDNS (API v5) against tests/emulators/gandi.js: a personal access
token, the LiveDNS domains it reaches (paged, Link rel="next"), record sets
read by name and type, created with POST and replaced with PUT only when they
hold the one value Homing manages, and Gandi's error bodies."""

import unittest

from homing_e2e.emulators import NodeEmulator
from homing_e2e.harness import ADDRESS_A, ADDRESS_B, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase, setUpModule  # noqa: F401

from hosted_a_cases import NAME, ZONE, HostedProviderCases, body_of


class GandiAdapter:
    OFFERS_RECORD_ID = False  # a conflict's advice is to delete the others
    TTL_TOO_LOW = 60
    TTL_RULE = "Gandi LiveDNS takes TTLs of 300 seconds"
    TTL_REFUSAL = (400, {"status": "error", "errors": [{"location": "body", "name": "rrset_ttl",
                                                        "description": "60 is less than minimum value 300"}]}, {})

    def start_provider(self, zones, **state):
        domains = {zone: {"records": []} for zone in zones}
        self.emulator = self.start(NodeEmulator, "gandi", {"token": CANARY, "domains": domains})
        if state:
            self.emulator.update_state(lambda current: current.update(state))
        return self.emulator

    def account(self, account_id="h"):
        return {"id": account_id, "provider": "gandi", "endpoint": self.emulator.base_url + "/v5/livedns",
                "ca_file": self.ca_file, "secrets": {"token": self.secret_ref()}}

    def seed(self, zone, name, rtype, values, ttl):
        self.emulator.update_state(lambda state: state["domains"][zone]["records"].append(
            {"rrset_name": name, "rrset_type": rtype, "rrset_ttl": ttl, "rrset_values": list(values)}))

    def values(self, zone, name, rtype):
        for r in self.emulator.state()["domains"][zone]["records"]:
            if r["rrset_name"] == name and r["rrset_type"] == rtype:
                return [(value, r["rrset_ttl"]) for value in r["rrset_values"]]
        return []

    def ids(self, zone, name, rtype):
        return []  # values of a record set have no ids

    def records_snapshot(self):
        return {(zone, r["rrset_name"], r["rrset_type"]): (r["rrset_ttl"], r["rrset_values"])
                for zone, domain in self.emulator.state()["domains"].items() for r in domain["records"]}

    def writes(self):
        return [r for r in self.emulator.received() if r.method != "GET"]

    def reject_credentials(self):
        self.emulator.update_state(lambda state: state.update(token="a-token-made-after-this-one-expired"))

    def throttle(self):
        self.emulator.update_state(lambda state: state.update(requests_per_minute=0))
        return 60


class GandiTests(GandiAdapter, HostedProviderCases, HomingTestCase):
    def test_requests_as_gandi_documents_them(self):
        self.start_provider({ZONE: []})
        self.seed(ZONE, "nas", "A", [ADDRESS_B], 1800)
        self.write_hosted()
        self.update(expect=EXIT_OK)
        listing, read, write = self.emulator.received()
        self.assertEqual((listing.method, listing.path, listing.param("per_page")), ("GET", "/v5/livedns/domains", "100"))
        self.assertEqual((read.method, read.path), ("GET", "/v5/livedns/domains/example.com/records/nas/A"))
        self.assertEqual((write.method, write.path), ("PUT", "/v5/livedns/domains/example.com/records/nas/A"))
        self.assertEqual(body_of(write), {"rrset_values": [ADDRESS_A], "rrset_ttl": 1800})
        self.assertEqual(write.header("Authorization"), "Bearer " + CANARY)

    def test_a_missing_record_set_is_created_with_post(self):
        self.start_provider({ZONE: []})
        self.write_hosted()
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual((write.method, body_of(write)), ("POST", {"rrset_values": [ADDRESS_A], "rrset_ttl": 300}))

    def test_domains_are_read_page_by_page(self):
        zones = {"a%d.example" % i: [] for i in range(5)}
        zones["zz.example"] = []
        self.start_provider(zones, max_per_page=2)
        self.write_hosted([self.record(self.ACCOUNT, "nas.zz.example")])
        self.update(expect=EXIT_OK)
        listings = self.emulator.received(path="/v5/livedns/domains")
        self.assertEqual([r.param("page") for r in listings], [None, "2", "3"])
        self.assertEqual([v for v, _ in self.values("zz.example", "nas", "A")], [ADDRESS_A])

    def test_a_token_without_the_domain_is_told_so(self):
        self.start_provider({ZONE: [], "other.org": []}, token_domains=["other.org"])
        self.write_hosted()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(NAME, "no_such_host")
        self.assertIn("organisation that owns it", record["last_error"])

    def test_a_token_that_may_not_write_is_told_which_permission(self):
        self.start_provider({ZONE: []}, token_can_write=False)
        self.write_hosted()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(NAME, "auth_failed")
        self.assertIn("Manage domain technical configurations", record["last_error"])


if __name__ == "__main__":
    unittest.main()
