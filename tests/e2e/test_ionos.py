"""IONOS (hosting DNS API) against its emulator (tests/emulators/ionos.js)."""

import unittest

import hosted_b_support as support
from homing_e2e.harness import ADDRESS_A, ADDRESS_B, CANARY, EXIT_FAILURE, EXIT_OK, setUpModule  # noqa: F401

KEY = "0a1b2c3d4e." + CANARY
ZONE = "11af3414-ebba-11e9-8df5-66fbe8a334b4"
ZONE_ORG = "22af3414-ebba-11e9-8df5-66fbe8a334b4"


class IonosTests(support.RecordApiTests):
    EMULATOR = "ionos"
    SECRET_ENV = "HOMING_TEST_IONOS_KEY"

    def setUp(self):
        super().setUp()
        self.env[self.SECRET_ENV] = KEY

    def options(self, existing=()):
        records = [{"id": "o1", "zoneId": ZONE, "name": "www.example.com", "type": "A", "content": "81.2.69.9", "ttl": 3600},
                   {"id": "o2", "zoneId": ZONE, "name": "nas.example.com", "type": "AAAA", "content": "2a00:1450::9", "ttl": 3600},
                   {"id": "o3", "zoneId": ZONE_ORG, "name": "nas.example.org", "type": "A", "content": "81.2.69.8", "ttl": 3600}]
        records += [{"id": "n%d" % i, "zoneId": ZONE, "name": "nas.example.com", "type": "A", "content": v, "ttl": 300, "prio": 0}
                    for i, v in enumerate(existing)]
        return {"key": KEY, "zones": [{"id": ZONE, "name": "example.com", "type": "NATIVE"},
                                      {"id": ZONE_ORG, "name": "example.org", "type": "NATIVE"}], "records": records}

    def account(self, emulator, secret_ref):
        return {"id": "io", "provider": "ionos", "endpoint": emulator.base_url + "/dns", "ca_file": self.ca_file,
                "secrets": {"api_key": secret_ref}}

    def values(self, state, name=None):
        return sorted(r["content"] for r in state["records"] if r["name"] == "nas.example.com" and r["type"] == "A")

    def other_records(self, state):
        return [r for r in state["records"] if not (r["name"] == "nas.example.com" and r["type"] == "A")]

    def test_update_sends_the_records_own_ttl_prio_and_state(self):
        self.start_emulator(existing=[ADDRESS_B])
        self.write()
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual((write.method, write.path), ("PUT", "/dns/v1/zones/%s/records/n0" % ZONE))
        self.assertEqual(write.json(), {"disabled": False, "content": ADDRESS_A, "ttl": 300, "prio": 0})

    def test_the_apex_is_the_zones_own_name(self):
        self.start_emulator()
        self.write(name="example.org")
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual(write.path, "/dns/v1/zones/%s/records" % ZONE_ORG)
        self.assertEqual(write.json(), [{"name": "example.org", "type": "A", "content": ADDRESS_A, "ttl": 3600,
                                         "prio": 0, "disabled": False}])

    def test_a_deactivated_record_is_left_as_it_is(self):
        self.start_emulator(existing=[ADDRESS_B])
        self.emu.update_state(lambda state: [r.update(disabled=True) for r in state["records"] if r["id"] == "n0"])
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(self.NAME, "config_error")
        self.assertIn("deactivated", record["last_error"])
        self.assertEqual(self.writes(), [])


if __name__ == "__main__":
    unittest.main()
