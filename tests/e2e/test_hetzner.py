"""Hetzner's two DNS APIs against their emulators (tests/emulators/hetzner.js,
hetzner_dns.js): the Cloud API's RRSets (provider hetzner) and the old DNS
Console API (provider hetzner_dns)."""

import datetime
import unittest

import hosted_b_support as support
from homing_e2e.harness import ADDRESS_A, ADDRESS_B, CANARY, EXIT_OK, setUpModule  # noqa: F401


class HetznerCloudTests(support.RecordApiTests):
    EMULATOR = "hetzner"
    # The quota's reset is about an hour away once it is used up, but it
    # refills at 1 request a second: one job's worth (12) is back in 12 s.
    RETRY_SECONDS = 12

    def options(self, existing=()):
        rrsets = [{"zone": 4711, "name": "www", "type": "A", "ttl": None, "records": [{"value": "81.2.69.9"}]},
                  {"zone": 4711, "name": "nas", "type": "AAAA", "ttl": 300, "records": [{"value": "2a00:1450::9"}]},
                  {"zone": 4712, "name": "nas", "type": "A", "ttl": 300, "records": [{"value": "81.2.69.8"}]}]
        if existing:
            rrsets.append({"zone": 4711, "name": "nas", "type": "A", "ttl": 300,
                           "records": [{"value": v, "comment": "host %d" % i} for i, v in enumerate(existing)]})
        return {"token": CANARY, "readonly_token": "read-only-token",
                "zones": [{"id": 4711, "name": "example.com", "ttl": 3600},
                          {"id": 4712, "name": "example.org", "ttl": 3600}],
                "rrsets": rrsets}

    def account(self, emulator, secret_ref):
        return {"id": "hz", "provider": "hetzner", "endpoint": emulator.base_url + "/v1", "ca_file": self.ca_file,
                "secrets": {"token": secret_ref}}

    def rrset(self, state, name="nas", rtype="A"):
        for rrset in state["rrsets"]:
            if rrset["zone"] == 4711 and rrset["name"] == name and rrset["type"] == rtype:
                return rrset
        return None

    def values(self, state, name=None):
        rrset = self.rrset(state)
        return sorted(r["value"] for r in rrset["records"]) if rrset else []

    def other_records(self, state):
        return [r for r in state["rrsets"] if not (r["zone"] == 4711 and r["name"] == "nas" and r["type"] == "A")]

    def rate_limit(self, emulator):
        # The project's quota is used up: 429 rate_limit_exceeded, RateLimit-Reset in an hour.
        emulator.update_state(lambda state: state.update(quota=0, reset_in=3600))

    def test_rate_limit_waits_for_a_jobs_worth_not_the_whole_hour(self):
        self.start_emulator(existing=[ADDRESS_B])
        self.write()
        self.rate_limit(self.emu)
        started = support.now_utc()
        self.update(expect=support.EXIT_FAILURE)
        record = self.record_status(self.NAME)
        self.assertEqual(record["last_result"], "rate_limited", record)
        next_attempt = self.assert_next_attempt_at_least(record, 1, started)
        self.assertLess(next_attempt, started + datetime.timedelta(seconds=600), record)

    def test_rate_limit_honours_retry_after(self):
        self.start_emulator(existing=[ADDRESS_B])
        self.write()
        self.emu.queue(429, {"error": {"code": "rate_limit_exceeded", "message": "limit reached", "details": {}}},
                       headers={"Retry-After": "300", "RateLimit-Limit": "3600", "RateLimit-Remaining": "0",
                                "RateLimit-Reset": "1"})
        started = support.now_utc()
        self.update(expect=support.EXIT_FAILURE)
        record = self.record_status(self.NAME)
        self.assertEqual(record["last_result"], "rate_limited", record)
        self.assert_next_attempt_at_least(record, 300, started)

    def test_a_running_action_is_asked_after(self):
        self.start_emulator(existing=[ADDRESS_B], action_outcome="error")
        self.write()
        self.update(expect=support.EXIT_FAILURE)
        polls = [r.path for r in self.emu.received() if r.path.startswith("/v1/zones/actions/")]
        self.assertEqual(len(polls), 1, polls)
        record = self.record_status(self.NAME)
        self.assertEqual(record["last_result"], "server_error", record)
        self.assertIn("action_failed", record["last_error"])

    def test_set_records_keeps_the_comment_and_a_ttl_change_is_its_own_action(self):
        self.start_emulator(existing=[ADDRESS_B])
        self.write(ttl=120)
        self.update(expect=EXIT_OK)
        self.assertEqual([w.path for w in self.writes()],
                         ["/v1/zones/4711/rrsets/nas/A/actions/set_records", "/v1/zones/4711/rrsets/nas/A/actions/change_ttl"])
        rrset = self.rrset(self.state())
        self.assertEqual((rrset["records"], rrset["ttl"]), ([{"value": ADDRESS_A, "comment": "host 0"}], 120))

    def test_record_id_names_one_value_by_its_comment(self):
        self.start_emulator(existing=[ADDRESS_B, "81.2.69.162"])
        self.write(settings={"record_id": "host 1"})
        self.update(expect=EXIT_OK)
        self.assertEqual(self.rrset(self.state())["records"],
                         [{"value": ADDRESS_B, "comment": "host 0"}, {"value": ADDRESS_A, "comment": "host 1"}])

    def test_apex_and_the_zone_setting(self):
        self.start_emulator()
        account = self.account(self.emu, self.secret_ref())
        account["settings"] = {"zone": "example.org"}
        self.write_config(self.make_config(self.echo_service.sources(2), [account],
                                           [self.record("hz", "example.org")], min_agree=2))
        self.update(expect=EXIT_OK)
        self.assertEqual(self.emu.received()[0].path, "/v1/zones/example.org")
        self.assertEqual(self.writes()[0].path, "/v1/zones/4712/rrsets")
        self.assertEqual(self.writes()[0].json(), {"name": "@", "type": "A", "records": [{"value": ADDRESS_A}]})

    def test_a_read_only_token_is_auth_failed(self):
        self.start_emulator(existing=[ADDRESS_B])
        self.env["HOMING_TEST_READ_ONLY"] = "read-only-token"
        self.write(secret_ref="env:HOMING_TEST_READ_ONLY")
        self.update()
        record = self.assert_blocked(self.NAME, "auth_failed")
        self.assertIn("Read & Write", record["last_error"])
        self.assertEqual(self.values(self.state()), [ADDRESS_B])


class HetznerDnsTests(support.RecordApiTests):
    EMULATOR = "hetzner_dns"

    def options(self, existing=()):
        records = [{"id": "o1", "zone_id": "zA", "type": "A", "name": "www", "value": "81.2.69.9"},
                   {"id": "o2", "zone_id": "zA", "type": "AAAA", "name": "nas", "value": "2a00:1450::9"},
                   {"id": "o3", "zone_id": "zB", "type": "A", "name": "nas", "value": "81.2.69.8"}]
        records += [{"id": "n%d" % i, "zone_id": "zA", "type": "A", "name": "nas", "value": v, "ttl": 300}
                    for i, v in enumerate(existing)]
        return {"token": CANARY, "zones": [{"id": "zA", "name": "example.com", "ttl": 86400},
                                           {"id": "zB", "name": "example.org", "ttl": 86400}],
                "records": records}

    def account(self, emulator, secret_ref):
        return {"id": "hzd", "provider": "hetzner_dns", "endpoint": emulator.base_url + "/api/v1",
                "ca_file": self.ca_file, "secrets": {"token": secret_ref}}

    def values(self, state, name=None):
        return sorted(r["value"] for r in state["records"]
                      if r["zone_id"] == "zA" and r["name"] == "nas" and r["type"] == "A")

    def other_records(self, state):
        return [r for r in state["records"] if not (r["zone_id"] == "zA" and r["name"] == "nas" and r["type"] == "A")]

    def rate_limit(self, emulator):
        emulator.update_state(lambda state: state.update(quota=0, retry_after=self.RETRY_SECONDS))

    def test_update_keeps_the_records_id_and_ttl_and_pages_are_followed(self):
        self.start_emulator(existing=[ADDRESS_B], page_size=2)
        self.write()
        self.update(expect=EXIT_OK)
        lists = [r for r in self.emu.received() if r.path == "/api/v1/records"]
        self.assertEqual([r.param("page") for r in lists], [None, "2"])
        [write] = self.writes()
        self.assertEqual((write.method, write.path), ("PUT", "/api/v1/records/n0"))
        self.assertEqual(write.json(), {"value": ADDRESS_A, "type": "A", "name": "nas", "zone_id": "zA", "ttl": 300})


if __name__ == "__main__":
    unittest.main()
