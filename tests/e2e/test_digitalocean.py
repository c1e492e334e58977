"""DigitalOcean (API v2 domain records) against tests/emulators/digitalocean.js:
a scoped personal access token, the account's domains and a name's records
paged with links.pages.next (asked of the account's endpoint, whatever host
the link names), records created and PATCHed by id, record_id, and 429 with
the ratelimit-reset time."""

import unittest

from homing_e2e.emulators import NodeEmulator
from homing_e2e.harness import ADDRESS_A, ADDRESS_B, ADDRESS_C, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase, setUpModule  # noqa: F401

from hosted_a_cases import NAME, ZONE, HostedProviderCases, body_of


class DigitalOceanAdapter:
    TTL_TOO_LOW = 20
    TTL_RULE = "DigitalOcean takes TTLs of 30 seconds or more"
    TTL_REFUSAL = (422, {"id": "unprocessable_entity", "message": "record ttl must be greater than 30"}, {})
    RATE_LIMIT_WAIT = 55  # ratelimit-reset is a whole second; the emulator's window is 60 s

    def start_provider(self, zones, **state):
        domains = {zone: {"records": []} for zone in zones}
        self.emulator = self.start(NodeEmulator, "digitalocean", {"token": CANARY, "domains": domains})
        if state:
            self.emulator.update_state(lambda current: current.update(state))
        return self.emulator

    def account(self, account_id="h"):
        return {"id": account_id, "provider": "digitalocean", "endpoint": self.emulator.base_url + "/v2",
                "ca_file": self.ca_file, "secrets": {"token": self.secret_ref()}}

    def seed(self, zone, name, rtype, values, ttl):
        def change(state):
            for value in values:
                state["domains"][zone]["records"].append({"id": state["next_id"], "type": rtype, "name": name,
                                                          "data": value, "ttl": ttl, "weight": 7})
                state["next_id"] += 1
        self.emulator.update_state(change)

    def matching(self, zone, name, rtype):
        return [r for r in self.emulator.state()["domains"][zone]["records"] if r["name"] == name and r["type"] == rtype]

    def values(self, zone, name, rtype):
        return [(r["data"], r["ttl"]) for r in self.matching(zone, name, rtype)]

    def ids(self, zone, name, rtype):
        return [r["id"] for r in self.matching(zone, name, rtype)]

    def records_snapshot(self):
        snapshot = {}
        for zone, domain in self.emulator.state()["domains"].items():
            for r in domain["records"]:
                snapshot.setdefault((zone, r["name"], r["type"]), []).append(
                    (r["id"], r["data"], r["ttl"], r.get("weight")))
        return snapshot

    def writes(self):
        return [r for r in self.emulator.received() if r.method != "GET"]

    def reject_credentials(self):
        self.emulator.update_state(lambda state: state.update(token="dop_v1_regenerated"))

    def throttle(self):
        self.emulator.update_state(lambda state: state.update(requests_per_minute=0))
        return self.RATE_LIMIT_WAIT


class DigitalOceanTests(DigitalOceanAdapter, HostedProviderCases, HomingTestCase):
    def test_requests_as_digitalocean_documents_them(self):
        self.start_provider({ZONE: []})
        self.seed(ZONE, "nas", "A", [ADDRESS_B], 1800)
        [record_id] = self.ids(ZONE, "nas", "A")
        self.write_hosted()
        self.update(expect=EXIT_OK)
        listing, read, write = self.emulator.received()
        self.assertEqual((listing.method, listing.path, listing.param("per_page")), ("GET", "/v2/domains", "200"))
        self.assertEqual((read.method, read.path, read.param("type"), read.param("name")),
                         ("GET", "/v2/domains/example.com/records", "A", NAME))
        self.assertEqual((write.method, write.path), ("PATCH", "/v2/domains/example.com/records/%d" % record_id))
        self.assertEqual(body_of(write), {"type": "A", "data": ADDRESS_A})
        self.assertEqual(write.header("Authorization"), "Bearer " + CANARY)
        [record] = self.matching(ZONE, "nas", "A")
        self.assertEqual((record["ttl"], record["weight"]), (1800, 7), "the record's other attributes stay")

    def test_a_new_record_is_posted_with_its_relative_name(self):
        self.start_provider({ZONE: []})
        self.write_hosted()
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual((write.method, write.path), ("POST", "/v2/domains/example.com/records"))
        self.assertEqual(body_of(write), {"type": "A", "name": "nas", "data": ADDRESS_A, "ttl": 60})

    def test_record_id_picks_one_of_a_round_robin_set(self):
        self.start_provider({ZONE: []})
        self.seed(ZONE, "nas", "A", [ADDRESS_B, ADDRESS_C], 300)
        first, second = self.ids(ZONE, "nas", "A")
        self.write_hosted([self.record(self.ACCOUNT, NAME, settings={"record_id": str(first)})])
        self.update(expect=EXIT_OK)
        self.assertEqual(self.values(ZONE, "nas", "A"), [(ADDRESS_A, 300), (ADDRESS_C, 300)])
        [write] = self.writes()
        self.assertEqual(write.path, "/v2/domains/example.com/records/%d" % first)

    def test_domains_are_read_page_by_page(self):
        zones = {"a%03d.example" % i: [] for i in range(250)}
        zones["zz.example"] = []
        self.start_provider(zones)
        self.write_hosted([self.record(self.ACCOUNT, "nas.zz.example")])
        self.update(expect=EXIT_OK)
        listings = self.emulator.received(path="/v2/domains")
        self.assertEqual([(r.param("page"), r.param("per_page")) for r in listings], [(None, "200"), ("2", "200")])
        self.assertEqual([v for v, _ in self.values("zz.example", "nas", "A")], [ADDRESS_A])

    def test_a_token_without_the_create_scope_is_told_so(self):
        self.start_provider({ZONE: []}, scopes=["domain:read", "domain:update"])
        self.write_hosted()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(NAME, "auth_failed")
        self.assertIn("domain:create", record["last_error"])

    def test_an_update_needs_no_create_scope(self):
        self.start_provider({ZONE: []}, scopes=["domain:read", "domain:update"])
        self.seed(ZONE, "nas", "A", [ADDRESS_B], 300)
        self.write_hosted()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.values(ZONE, "nas", "A"), [(ADDRESS_A, 300)])


if __name__ == "__main__":
    unittest.main()
