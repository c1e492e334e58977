"""ClouDNS against its emulator (tests/emulators/cloudns.js): failures arrive
as HTTP 200 with {"status":"Failed"}; the rate limit too, without a retry time."""

import unittest
import urllib.parse

import hosted_b_support as support
from homing_e2e.harness import ADDRESS_A, ADDRESS_B, CANARY, EXIT_FAILURE, EXIT_OK, setUpModule  # noqa: F401


class ClouDnsTests(support.RecordApiTests):
    EMULATOR = "cloudns"
    RETRY_SECONDS = None  # ClouDNS says nothing: the first backoff applies
    LOW_TTL = 600
    RULE_WORDS = "60, 300, 900, 1800, 3600, 21600"

    def options(self, existing=()):
        records = [{"zone": "example.com", "id": "1", "type": "A", "host": "www", "record": "81.2.69.9"},
                   {"zone": "example.com", "id": "2", "type": "AAAA", "host": "nas", "record": "2a00:1450::9"},
                   {"zone": "example.org", "id": "3", "type": "A", "host": "nas", "record": "81.2.69.8"}]
        records += [{"zone": "example.com", "id": "1%d" % i, "type": "A", "host": "nas", "record": v, "ttl": "300"}
                    for i, v in enumerate(existing)]
        return {"users": [{"type": "sub-auth-id", "id": "4321", "password": CANARY, "zones": ["example.com"]}],
                "zones": [{"name": "example.com", "type": "master"}, {"name": "example.org", "type": "master"}],
                "records": records}

    def account(self, emulator, secret_ref):
        return {"id": "cd", "provider": "cloudns", "endpoint": emulator.base_url, "ca_file": self.ca_file,
                "settings": {"auth_type": "sub-auth-id", "auth_id": "4321"}, "secrets": {"password": secret_ref}}

    def values(self, state, name=None):
        return sorted(r["record"] for r in state["records"]
                      if r["zone"] == "example.com" and r["host"] == "nas" and r["type"] == "A")

    def other_records(self, state):
        return [r for r in state["records"] if not (r["zone"] == "example.com" and r["host"] == "nas" and r["type"] == "A")]

    def is_write(self, request):
        return request.path.endswith(("/add-record.json", "/mod-record.json"))

    def rate_limit(self, emulator):
        emulator.update_state(lambda state: state.update(blocked_after=0))

    def test_a_ttl_the_plan_does_not_take_is_refused_by_clouDNS(self):
        self.start_emulator(ttls=[300, 3600])
        self.write(ttl=60)
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(self.NAME, "config_error")
        self.assertIn("Invalid TTL", record["last_error"])
        self.assertEqual(self.values(self.state()), [])

    def test_an_unknown_refusal_of_a_write_is_tried_again_not_blocked(self):
        # A throttle worded in a way Homing does not know, say: not the
        # user's fault, so the record is not blocked.
        self.start_emulator(existing=[ADDRESS_B], write_failure="Temporarily unavailable, slow down.")
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(self.NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "bad_response"), record)
        self.assertIsNotNone(record["next_attempt"], record)
        self.assertIn("Temporarily unavailable, slow down.", record["last_error"])
        self.assertEqual(self.values(self.state()), [ADDRESS_B])

    def test_every_call_is_a_post_form_with_the_sub_user(self):
        self.start_emulator(existing=[ADDRESS_B])
        self.write()
        self.update(expect=EXIT_OK)
        for request in self.emu.received():
            self.assertEqual(request.method, "POST")
            self.assertEqual(request.raw_query, "")
            form = urllib.parse.parse_qs(request.body.decode())
            self.assertEqual(form["sub-auth-id"], ["4321"])
        [write] = self.writes()
        form = urllib.parse.parse_qs(write.body.decode())
        self.assertEqual((form["record-id"], form["host"], form["record"], form["ttl"]), (["10"], ["nas"], [ADDRESS_A], ["300"]))

    def test_a_parked_zone_named_by_the_zone_setting_is_refused_with_advice(self):
        self.start_emulator(zones=[{"name": "example.com", "type": "parked"}])
        account = self.account(self.emu, self.secret_ref())
        account["settings"]["zone"] = "example.com"
        self.write_config(self.make_config(self.echo_service.sources(2), [account], [self.record("cd", self.NAME)],
                                           min_agree=2))
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(self.NAME, "config_error")
        self.assertIn("parked zone", record["last_error"])
        self.assertEqual([r.path for r in self.emu.received()], ["/dns/get-zone-info.json"])

    def test_the_sub_user_reaches_only_its_zone(self):
        self.start_emulator()
        self.write(name="nas.example.org")
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked("nas.example.org", "no_such_host")


if __name__ == "__main__":
    unittest.main()
