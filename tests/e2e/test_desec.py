"""deSEC (desec.io REST API) against tests/emulators/desec.js: token
authorization, the responsible domain from owns_qname, RRsets read by subname
and type, created with POST and PATCHed only when they hold the one value
Homing manages, each domain's minimum TTL, token policies, and deSEC's strict
throttling (429 with Retry-After)."""

import unittest

from homing_e2e.emulators import NodeEmulator
from homing_e2e.harness import ADDRESS_A, ADDRESS_B, ADDRESS_C, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase, now_utc, setUpModule  # noqa: F401

from hosted_a_cases import NAME, ZONE, HostedProviderCases, body_of


class DesecAdapter:
    OFFERS_RECORD_ID = False  # a conflict's advice is to delete the others
    TTL_TOO_LOW = 30
    TTL_RULE = "deSEC takes TTLs from the domain's minimum TTL"
    TTL_REFUSAL = (400, {"ttl": ["Ensure this value is greater than or equal to 3600."]}, {})

    def start_provider(self, zones, minimum_ttl=3600, **state):
        domains = {zone: {"minimum_ttl": minimum_ttl, "rrsets": []} for zone in zones}
        self.emulator = self.start(NodeEmulator, "desec", {"token": CANARY, "domains": domains})
        if state:
            self.emulator.update_state(lambda current: current.update(state))
        return self.emulator

    def account(self, account_id="h"):
        return {"id": account_id, "provider": "desec", "endpoint": self.emulator.base_url + "/api/v1",
                "ca_file": self.ca_file, "secrets": {"token": self.secret_ref()}}

    @staticmethod
    def subname(name):
        return "" if name == "@" else name

    def seed(self, zone, name, rtype, values, ttl):
        self.emulator.update_state(lambda state: state["domains"][zone]["rrsets"].append(
            {"subname": self.subname(name), "type": rtype, "ttl": ttl, "records": list(values)}))

    def values(self, zone, name, rtype):
        for r in self.emulator.state()["domains"][zone]["rrsets"]:
            if r["subname"] == self.subname(name) and r["type"] == rtype:
                return [(value, r["ttl"]) for value in r["records"]]
        return []

    def ids(self, zone, name, rtype):
        return []  # records of an RRset have no ids

    def records_snapshot(self):
        return {(zone, r["subname"] or "@", r["type"]): (r["ttl"], r["records"])
                for zone, domain in self.emulator.state()["domains"].items() for r in domain["rrsets"]}

    def writes(self):
        return [r for r in self.emulator.received() if r.method != "GET"]

    def reject_credentials(self):
        self.emulator.update_state(lambda state: state.update(token="a-token-that-replaced-this-one"))

    def throttle(self):
        self.emulator.update_state(lambda state: state.update(limits={"reads": [{"count": 0, "seconds": 60}],
                                                                      "writes": [{"count": 0, "seconds": 60}]}))
        return 60


class DesecTests(DesecAdapter, HostedProviderCases, HomingTestCase):
    def test_requests_as_desec_documents_them(self):
        self.start_provider({ZONE: []})
        self.seed(ZONE, "nas", "A", [ADDRESS_B], 7200)
        self.write_hosted()
        self.update(expect=EXIT_OK)
        lookup, read, write = self.emulator.received()
        self.assertEqual((lookup.method, lookup.path, lookup.param("owns_qname")), ("GET", "/api/v1/domains/", NAME))
        self.assertEqual((read.method, read.path), ("GET", "/api/v1/domains/example.com/rrsets/nas/A/"))
        self.assertEqual((write.method, write.path), ("PATCH", "/api/v1/domains/example.com/rrsets/nas/A/"))
        self.assertEqual(body_of(write), {"records": [ADDRESS_A]})
        self.assertEqual(write.header("Authorization"), "Token " + CANARY)

    def test_a_new_rrset_gets_the_domains_minimum_ttl(self):
        self.start_provider({"home.dedyn.io": []}, minimum_ttl=60)
        self.write_hosted([self.record(self.ACCOUNT, "home.dedyn.io")])
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual((write.method, write.path), ("POST", "/api/v1/domains/home.dedyn.io/rrsets/"))
        self.assertEqual(body_of(write), {"subname": "", "type": "A", "ttl": 60, "records": [ADDRESS_A]})

    def test_a_ttl_below_the_domains_minimum_is_refused_before_writing(self):
        self.start_provider({ZONE: []})
        self.seed(ZONE, "nas", "A", [ADDRESS_B], 3600)
        self.write_hosted([self.record(self.ACCOUNT, NAME, ttl=60)])
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [], "one of the day's few writes is not spent on a sure refusal")
        record = self.assert_blocked(NAME, "config_error")
        self.assertIn("takes TTLs of 3600 seconds or more (its minimum TTL)", record["last_error"])

    def test_the_write_throttle_waits_as_told(self):
        self.start_provider({ZONE: []}, limits={"reads": [{"count": 50, "seconds": 60}],
                                                 "writes": [{"count": 1, "seconds": 600}]})
        self.write_hosted()
        self.update(expect=EXIT_OK)
        self.echo_service.set_address(ADDRESS_C)
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "rate_limited"), record)
        self.assertIn("Request was throttled", record["last_error"])
        self.assert_next_attempt_at_least(record, 590, started)
        self.assertEqual([v for v, _ in self.values(ZONE, "nas", "A")], [ADDRESS_A])

    def test_a_token_policy_without_write_is_told_so(self):
        self.start_provider({ZONE: []}, policies=[{"domain": None, "subname": None, "type": None, "perm_write": False}])
        self.seed(ZONE, "nas", "A", [ADDRESS_B], 3600)
        self.write_hosted()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(NAME, "auth_failed")
        self.assertIn("perm_write", record["last_error"])

    def test_a_policy_for_the_one_rrset_is_enough(self):
        self.start_provider({ZONE: []}, policies=[
            {"domain": None, "subname": None, "type": None, "perm_write": False},
            {"domain": ZONE, "subname": "nas", "type": "A", "perm_write": True}])
        self.seed(ZONE, "nas", "A", [ADDRESS_B], 3600)
        self.write_hosted()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.values(ZONE, "nas", "A"), [(ADDRESS_A, 3600)])


if __name__ == "__main__":
    unittest.main()
