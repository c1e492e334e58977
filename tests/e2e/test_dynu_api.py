"""Dynu's API v2 (provider dynu_api) against its emulator (tests/emulators/dynu_api.js).
A Dynu domain carries its own name's address; names under it are records."""

import unittest

import hosted_b_support as support
from homing_e2e.harness import ADDRESS_A, ADDRESS_B, ADDRESS_V6, CANARY, EXIT_FAILURE, EXIT_OK, setUpModule  # noqa: F401


class DynuApiTests(support.RecordApiTests):
    EMULATOR = "dynu_api"
    LOW_TTL = 10
    RULE_WORDS = "30"

    def options(self, existing=()):
        records = [{"id": 11, "domainId": 100, "nodeName": "www", "recordType": "A", "ttl": 300, "ipv4Address": "81.2.69.9"},
                   {"id": 12, "domainId": 100, "nodeName": "nas", "recordType": "AAAA", "ttl": 300, "ipv6Address": "2a00:1450::9"},
                   {"id": 13, "domainId": 200, "nodeName": "nas", "recordType": "A", "ttl": 300, "ipv4Address": "81.2.69.8"}]
        records += [{"id": 20 + i, "domainId": 100, "nodeName": "nas", "recordType": "A", "ttl": 300, "group": "g",
                     "ipv4Address": v} for i, v in enumerate(existing)]
        return {"key": CANARY, "records": records,
                "domains": [{"id": 100, "name": "example.com", "ipv4Address": "81.2.69.7", "ttl": 120, "ipv4": True,
                             "ipv6": False, "group": "home", "ipv4WildcardAlias": True, "ipv6WildcardAlias": True,
                             "dnssec": True, "allowZoneTransfer": True},
                            {"id": 200, "name": "myhome.dynu.net", "ipv4Address": "81.2.69.6", "ttl": 90, "ipv4": True,
                             "ipv6": False}]}

    def account(self, emulator, secret_ref):
        return {"id": "dy", "provider": "dynu_api", "endpoint": emulator.base_url + "/v2", "ca_file": self.ca_file,
                "secrets": {"api_key": secret_ref}}

    def values(self, state, name=None):
        return sorted(r["ipv4Address"] for r in state["records"]
                      if r["domainId"] == 100 and r["nodeName"] == "nas" and r["recordType"] == "A")

    def other_records(self, state):
        return ([r for r in state["records"] if not (r["domainId"] == 100 and r["nodeName"] == "nas" and r["recordType"] == "A")],
                state["domains"])

    def test_the_apex_is_the_domains_own_address(self):
        self.start_emulator()
        self.write(name="myhome.dynu.net")
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual(write.path, "/v2/dns/200")
        self.assertEqual(write.json(), {"name": "myhome.dynu.net", "ipv4Address": ADDRESS_A, "ttl": 90, "ipv4": True,
                                        "ipv6": False})
        domains = {d["id"]: d for d in self.state()["domains"]}
        self.assertEqual((domains[200]["ipv4Address"], domains[100]["ipv4Address"]), (ADDRESS_A, "81.2.69.7"))
        count = self.emu.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.emu.count(), count)

    def test_apex_a_and_aaaa_together_keep_each_other_and_the_domains_settings(self):
        # Both addresses live on one domain object, written whole: the two jobs
        # must not each send back the other's old address, and settings the
        # list of domains leaves out (dnssec, ...) must not be reset.
        self.start_emulator()
        echo6 = self.echo(ADDRESS_V6)
        account = self.account(self.emu, self.secret_ref())
        self.write_config(self.make_config(self.echo_service.sources(2), [account],
                                           [self.record("dy", "example.com"), self.record("dy", "example.com", "AAAA")],
                                           min_agree=2, ipv6_sources=echo6.sources(2)))
        self.update(expect=EXIT_OK)
        domain = {d["id"]: d for d in self.state()["domains"]}[100]
        self.assertEqual((domain["ipv4Address"], domain.get("ipv6Address"), domain["ipv6"]), (ADDRESS_A, ADDRESS_V6, True))
        self.assertEqual((domain["dnssec"], domain["allowZoneTransfer"], domain["ipv6WildcardAlias"],
                          domain["ipv4WildcardAlias"], domain["group"], domain["ttl"]), (True, True, True, True, "home", 120))
        self.assertEqual([w.path for w in self.writes()], ["/v2/dns/100", "/v2/dns/100"])
        for name, rtype in (("example.com", "A"), ("example.com", "AAAA")):
            status = self.record_status(name, rtype)
            self.assertEqual(status["state"], "in_sync", status)
        count = self.emu.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.emu.count(), count, "a second run sent requests")

    def test_update_keeps_the_records_group_and_ttl(self):
        self.start_emulator(existing=[ADDRESS_B])
        self.write()
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual(write.path, "/v2/dns/100/record/20")
        self.assertEqual(write.json(), {"nodeName": "nas", "recordType": "A", "ttl": 300, "state": True, "group": "g",
                                        "ipv4Address": ADDRESS_A})

    def test_the_plans_record_limit_is_a_config_error(self):
        self.start_emulator(record_limit=2)  # www and the AAAA record already count
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(self.NAME, "config_error")
        self.assertIn("Quota", record["last_error"])


if __name__ == "__main__":
    unittest.main()
