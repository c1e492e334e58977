"""GoDaddy (Domains API v1) against tests/emulators/godaddy.js: sso-key
authorization, the account's domains paged with limit and marker, record sets
replaced by PUT only when they hold the one record Homing manages, the 2024
ACCESS_DENIED in plain words, and 429 with retryAfterSec."""

import unittest

from homing_e2e.emulators import NodeEmulator
from homing_e2e.harness import ADDRESS_A, ADDRESS_B, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase, setUpModule  # noqa: F401

from hosted_a_cases import NAME, ZONE, HostedProviderCases, body_of

KEY = "dLP4WKz5PdkS_GuUDNigHcLQFpw4CWNwAQ5"


class GoDaddyAdapter:
    OFFERS_RECORD_ID = False  # a conflict's advice is to delete the others
    TTL_TOO_LOW = 300
    TTL_RULE = "GoDaddy takes TTLs of 600 to 604800 seconds"
    TTL_REFUSAL = (422, {"code": "INVALID_BODY", "fields": [{"code": "UNKNOWN_RESTRICTION",
                                                              "message": "must have a minimum value of 600",
                                                              "path": "records[0].ttl"}],
                         "message": "Request body doesn't fulfill schema, see details in `fields`"}, {})

    def start_provider(self, zones, **options):
        domains = {zone: {"status": "ACTIVE", "records": []} for zone in zones}
        self.emulator = self.start(NodeEmulator, "godaddy", dict({"key": KEY, "secret": CANARY, "domains": domains}, **options))
        return self.emulator

    def account(self, account_id="h"):
        return {"id": account_id, "provider": "godaddy", "endpoint": self.emulator.base_url, "ca_file": self.ca_file,
                "settings": {"api_key": KEY}, "secrets": {"api_secret": self.secret_ref()}}

    def seed(self, zone, name, rtype, values, ttl):
        def change(state):
            state["domains"][zone]["records"].extend({"type": rtype, "name": name, "data": v, "ttl": ttl} for v in values)
        self.emulator.update_state(change)

    def values(self, zone, name, rtype):
        return [(r["data"], r["ttl"]) for r in self.emulator.state()["domains"][zone]["records"]
                if r["name"] == name and r["type"] == rtype]

    def ids(self, zone, name, rtype):
        return []  # GoDaddy's records have no ids

    def records_snapshot(self):
        snapshot = {}
        for zone, domain in self.emulator.state()["domains"].items():
            for r in domain["records"]:
                snapshot.setdefault((zone, r["name"], r["type"]), []).append((r["data"], r["ttl"]))
        return snapshot

    def writes(self):
        return [r for r in self.emulator.received() if r.method != "GET"]

    def reject_credentials(self):
        self.emulator.update_state(lambda state: state.update(secret="the-secret-of-a-new-key"))

    def throttle(self):
        self.emulator.update_state(lambda state: state.update(rate_limit_per_minute=0))
        return 60


class GoDaddyTests(GoDaddyAdapter, HostedProviderCases, HomingTestCase):
    def test_requests_as_godaddy_documents_them(self):
        self.start_provider({ZONE: []})
        self.seed(ZONE, "nas", "A", [ADDRESS_B], 1800)
        self.write_hosted()
        self.update(expect=EXIT_OK)
        listing, read, write = self.emulator.received()
        self.assertEqual((listing.method, listing.path, listing.param("statuses"), listing.param("limit")),
                         ("GET", "/v1/domains", "ACTIVE", "1000"))
        self.assertEqual((read.method, read.path), ("GET", "/v1/domains/example.com/records/A/nas"))
        self.assertEqual((write.method, write.path), ("PUT", "/v1/domains/example.com/records/A/nas"))
        self.assertEqual(body_of(write), [{"data": ADDRESS_A, "ttl": 1800}])
        self.assertEqual(write.header("Authorization"), "sso-key %s:%s" % (KEY, CANARY))

    def test_access_denied_for_small_accounts_is_explained(self):
        self.start_provider({ZONE: []})
        self.emulator.update_state(lambda state: state.update(access_denied=True))
        self.write_hosted()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(NAME, "auth_failed")
        self.assertIn("ACCESS_DENIED", record["last_error"])
        self.assertIn("10 or more domains", record["last_error"])
        self.assertIn("Discount Domain Club", record["last_error"])
        self.assert_stays_blocked(NAME)

    def test_domains_are_read_page_by_page(self):
        self.start_provider({"zzz.example": []}, filler_domains=1500)
        self.write_hosted([self.record(self.ACCOUNT, "nas.zzz.example")])
        self.update(expect=EXIT_OK)
        listings = self.emulator.received(path="/v1/domains")
        self.assertEqual([r.param("marker") for r in listings], [None, "filler-01000.example"])
        self.assertEqual([v for v, _ in self.values("zzz.example", "nas", "A")], [ADDRESS_A])

    def test_a_new_record_gets_godaddys_minimum_ttl(self):
        self.start_provider({ZONE: []})
        self.write_hosted()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.values(ZONE, "nas", "A"), [(ADDRESS_A, 600)])


if __name__ == "__main__":
    unittest.main()
