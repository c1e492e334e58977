"""Huawei Cloud DNS against tests/emulators/huaweicloud.js: its API gateway recomputes
every request's SDK-HMAC-SHA256 signature with Huawei's own Node SDK signer and keeps
the 15-minute clock window; its DNS service keeps public and private zones and record
sets by name, type and ISP line, pages lists with marker, and answers with the real
service's error codes."""

import datetime
import json
import unittest

from homing_e2e.emulators import NodeEmulator
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_C, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase,
                                now_utc, setUpModule)  # noqa: F401

ACCESS_KEY_ID = "HPUAXYZ1234567890ABC"
NAME = "nas.example.com"
WRITES = ("POST", "PUT", "PATCH", "DELETE")


def throttled(window):
    return {"error_msg": "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:%s"
                         % window,
            "error_code": "APIGW.0308", "request_id": "914a39d68c290da3e187f827f7e1b771"}


class HuaweiCloudTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)

    def start_huawei(self, zones=None, recordsets=None, **options):
        settings = {"access_key_id": ACCESS_KEY_ID, "secret_access_key": CANARY,
                    "zones": zones if zones is not None else [{"name": "example.com"}],
                    "recordsets": recordsets or []}
        settings.update(options)
        self.hw = self.start(NodeEmulator, "huaweicloud", settings)
        return self.hw

    def huawei_account(self, **settings):
        account_settings = {"access_key_id": ACCESS_KEY_ID}
        account_settings.update(settings)
        return {"id": "hw", "provider": "huaweicloud", "endpoint": self.hw.base_url, "ca_file": self.ca_file,
                "settings": account_settings, "secrets": {"secret_access_key": self.secret_ref()}}

    def write_huawei(self, records=None, **settings):
        self.write_config(self.make_config(self.echo_service.sources(2), [self.huawei_account(**settings)],
                                           records or [self.record("hw", NAME)], min_agree=2))

    def sets(self, name=NAME, rtype="A", zone_type="public"):
        state = self.hw.state()
        zones = {zone["id"]: zone for zone in state["zones"]}
        return [s for s in state["recordsets"]
                if s["name"] == name + "." and s["type"] == rtype and zones[s["zone_id"]]["zone_type"] == zone_type]

    def zone_id(self, name, zone_type="public"):
        [zone] = [z for z in self.hw.state()["zones"] if z["name"] == name + "." and z["zone_type"] == zone_type]
        return zone["id"]

    def writes(self):
        return [r for r in self.hw.received() if r.method in WRITES]

    def assert_blocked_and_silent(self, name, result_key, words=()):
        record = self.record_status(name)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", result_key), record)
        for word in words:
            self.assertIn(word, record["last_error"])
        # Blocked across restarts: every later run is a new process that sends nothing.
        count = self.hw.count()
        for _ in range(2):
            result = self.update(expect=EXIT_FAILURE)
            self.assertIn("blocked", result.out)
        self.assertEqual(self.hw.count(), count, "a blocked record was sent again")
        return record


class CreateAndUpdateTests(HuaweiCloudTestCase):
    def test_creates_a_missing_record_set_then_sends_nothing(self):
        self.start_huawei()
        self.write_huawei()
        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % NAME, result.out)
        zone = self.zone_id("example.com")
        self.assertEqual([(r.method, r.path) for r in self.hw.received()],
                         [("GET", "/v2/zones"), ("GET", "/v2.1/zones/%s/recordsets" % zone),
                          ("POST", "/v2.1/zones/%s/recordsets" % zone)])
        listing = self.hw.received()[1]
        self.assertEqual((listing.param("name"), listing.param("type"), listing.param("line_id"),
                          listing.param("search_mode")), (NAME + ".", "A", "default_view", "equal"))
        self.assertEqual(self.hw.received()[0].param("type"), "public")
        for request in self.hw.received():
            self.assertTrue(request.header("Authorization").startswith(
                "SDK-HMAC-SHA256 Access=%s, SignedHeaders=content-type;host;x-sdk-date, Signature=" % ACCESS_KEY_ID))
        [created] = self.sets()
        self.assertEqual((created["records"], created["line"], created["ttl"]), ([ADDRESS_A], "default_view", 300))
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["value"]), ("in_sync", ADDRESS_A), record)

        # Already right: a second run writes nothing, and neither does a forced one.
        self.update(expect=EXIT_OK)
        self.update("--force", expect=EXIT_OK)
        self.assertEqual(len(self.writes()), 1)
        self.assertEqual(len(self.sets()), 1)

    def test_updates_in_place_keeping_the_sets_other_attributes(self):
        self.start_huawei(recordsets=[{"zone": "example.com", "name": NAME, "type": "A", "records": [ADDRESS_B],
                                       "ttl": 3600, "weight": 5, "description": "the NAS"}])
        [before] = self.sets()
        self.write_huawei()
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual((write.method, write.path),
                         ("PUT", "/v2.1/zones/%s/recordsets/%s" % (self.zone_id("example.com"), before["id"])))
        self.assertEqual(write.json(), {"name": NAME + ".", "type": "A", "records": [ADDRESS_A], "ttl": 3600})
        [after] = self.sets()
        self.assertEqual(after["records"], [ADDRESS_A])
        for key in ("id", "ttl", "weight", "description", "line"):
            self.assertEqual(after[key], before[key], key)
        self.update(expect=EXIT_OK)
        self.assertEqual(len(self.writes()), 1)

    def test_ttl_and_line_are_sent_on_create(self):
        self.start_huawei()
        self.write_huawei([self.record("hw", NAME, ttl=600, settings={"line": "Dianxin"})])
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual(write.json(), {"name": NAME + ".", "type": "A", "records": [ADDRESS_A], "ttl": 600,
                                        "line": "Dianxin"})

    def test_apex_and_the_longest_of_several_zones(self):
        self.start_huawei(zones=[{"name": "com.cn"}, {"name": "example.com.cn"}, {"name": "b.example.com.cn"},
                                 {"name": "example.com"}])
        self.write_huawei([self.record("hw", "a.b.example.com.cn"), self.record("hw", "example.com")])
        self.update(expect=EXIT_OK)
        [deep] = self.sets("a.b.example.com.cn")
        self.assertEqual(deep["zone_id"], self.zone_id("b.example.com.cn"))
        [apex] = self.sets("example.com")
        self.assertEqual((apex["zone_id"], apex["records"]), (self.zone_id("example.com"), [ADDRESS_A]))

    def test_paged_zones_and_record_sets(self):
        # Names that contain the record's name, as a fuzzy filter would list them.
        others = [{"zone": "example.com", "name": "%s.%s" % (label, NAME), "type": "A", "records": [ADDRESS_C]}
                  for label in ("a", "b", "c", "d", "e")]
        zones = [{"name": "zone%d.example.org" % i} for i in range(5)] + [{"name": "example.com"}]
        self.start_huawei(zones=zones, page_size=2, ignore_search_mode=True,
                          recordsets=others + [{"zone": "example.com", "name": NAME, "type": "A",
                                                "records": [ADDRESS_B]}])
        [mine] = self.sets()
        self.write_huawei()
        self.update(expect=EXIT_OK)
        state = self.hw.state()
        zone_pages = [r for r in self.hw.received() if r.path == "/v2/zones"]
        self.assertEqual([r.param("marker") for r in zone_pages],
                         [None, state["zones"][1]["id"], state["zones"][3]["id"]])
        set_pages = [r for r in self.hw.received() if r.path.endswith("/recordsets") and r.method == "GET"]
        self.assertEqual([r.param("marker") for r in set_pages],
                         [None, state["recordsets"][1]["id"], state["recordsets"][3]["id"]])
        [write] = self.writes()
        self.assertEqual((write.method, write.path.rsplit("/", 1)[1]), ("PUT", mine["id"]))
        for other in others:
            [kept] = self.sets(other["name"])
            self.assertEqual(kept["records"], [ADDRESS_C])


class NeverClobberTests(HuaweiCloudTestCase):
    def test_other_lines_types_names_and_the_private_zone_are_left_alone(self):
        public = {"zone": "example.com"}
        self.start_huawei(
            zones=[{"name": "example.com", "zone_type": "private"}, {"name": "example.com"}],
            # Line filters act as "like" here: Dianxin_Beijing is listed with Dianxin.
            ignore_search_mode=True,
            recordsets=[
                dict(public, name=NAME, type="A", records=[ADDRESS_B], line="Dianxin"),
                dict(public, name=NAME, type="A", records=[ADDRESS_C], line="Dianxin_Beijing"),
                dict(public, name=NAME, type="A", records=[ADDRESS_C], line="Liantong"),
                dict(public, name=NAME, type="A", records=[ADDRESS_C], line="Abroad"),
                dict(public, name=NAME, type="AAAA", records=["2001:db8::1"]),
                dict(public, name="other.example.com", type="A", records=[ADDRESS_B]),
                {"zone": "example.com", "zone_type": "private", "name": NAME, "type": "A", "records": [ADDRESS_B]},
            ])
        before = self.hw.state()["recordsets"]
        self.write_huawei([self.record("hw", NAME, settings={"line": "Dianxin"})])
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        dianxin = before[0]
        self.assertEqual((write.method, write.path.rsplit("/", 1)[1]), ("PUT", dianxin["id"]))
        after = self.hw.state()["recordsets"]
        self.assertEqual(after[0]["records"], [ADDRESS_A])
        self.assertEqual(after[1:], before[1:], "only the Dianxin set may change")
        private_zone = self.zone_id("example.com", "private")
        self.assertFalse([r for r in self.hw.received() if private_zone in r.path], "the private zone was used")

        # On the default line the record is another set: created beside the others, never taken from them.
        self.write_huawei([self.record("hw", NAME)])
        self.update("--force", expect=EXIT_OK)
        created = [w for w in self.writes() if w.method == "POST"]
        self.assertEqual([w.json()["line"] for w in created], ["default_view"])
        lines = sorted(s["line"] for s in self.sets())
        self.assertEqual(lines, ["Abroad", "Dianxin", "Dianxin_Beijing", "Liantong", "default_view"])
        self.assertEqual(self.hw.state()["recordsets"][1:len(before)], before[1:])

    def test_a_private_zone_of_the_name_is_never_used(self):
        self.start_huawei(zones=[{"name": "example.com", "zone_type": "private"}, {"name": "example.org"}],
                          recordsets=[{"zone": "example.com", "zone_type": "private", "name": NAME, "type": "A",
                                       "records": [ADDRESS_B]}])
        self.write_huawei()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual([(r.method, r.path, r.param("type")) for r in self.hw.received()],
                         [("GET", "/v2/zones", "public")])
        self.assert_blocked_and_silent(NAME, "no_such_host", ("no public zone",))
        self.assertEqual(self.sets(zone_type="private")[0]["records"], [ADDRESS_B])

    def test_a_set_of_several_values_is_a_conflict(self):
        self.start_huawei(recordsets=[{"zone": "example.com", "name": NAME, "type": "A",
                                       "records": [ADDRESS_B, ADDRESS_C]}])
        self.write_huawei()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        self.assert_blocked_and_silent(NAME, "config_error", ("several values (%s, %s)" % (ADDRESS_B, ADDRESS_C),))
        self.assertEqual(self.sets()[0]["records"], [ADDRESS_B, ADDRESS_C])

    def test_a_set_of_several_values_holding_the_address_is_kept(self):
        self.start_huawei(recordsets=[{"zone": "example.com", "name": NAME, "type": "A",
                                       "records": [ADDRESS_B, ADDRESS_A]}])
        self.write_huawei()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.writes(), [])
        self.assertEqual(self.record_status(NAME)["state"], "in_sync")

    def test_several_sets_need_a_record_id(self):
        self.start_huawei(recordsets=[
            {"zone": "example.com", "name": NAME, "type": "A", "records": [ADDRESS_B], "weight": 1},
            {"zone": "example.com", "name": NAME, "type": "A", "records": [ADDRESS_C], "weight": 1}])
        first, second = self.sets()
        self.write_huawei()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        self.assert_blocked_and_silent(NAME, "config_error", ("record_id",))

        self.write_huawei([self.record("hw", NAME, settings={"record_id": second["id"]})])
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual(write.path.rsplit("/", 1)[1], second["id"])
        self.assertEqual([s["records"] for s in self.sets()], [[ADDRESS_B], [ADDRESS_A]])


class ErrorTests(HuaweiCloudTestCase):
    def test_wrong_secret_is_refused_by_the_gateway(self):
        self.start_huawei(secret_access_key="the-secret-the-user-rotated")
        self.write_huawei()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.hw.count(), 1)
        [answer] = self.hw.received()
        self.assertEqual(answer.status, 401)
        self.assert_blocked_and_silent(NAME, "auth_failed", ("APIGW.0301", "verify aksk signature fail",
                                                             "Secret Access Key"))

    def test_unknown_access_key(self):
        self.start_huawei(access_key_id="ANOTHERKEY0000000000")
        self.write_huawei()
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked_and_silent(NAME, "auth_failed", ("ak not exist",))

    def test_clock_off_by_more_than_15_minutes_is_clock_skew(self):
        self.start_huawei()
        self.hw.set_clock_offset(16 * 60)
        self.write_huawei()
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "clock_skew"), record)
        self.assertIn("signature expired", record["last_error"])
        self.assertIn("15 minutes", record["last_error"])
        self.assert_next_attempt_at_least(record, 48, started)
        self.assertEqual(self.writes(), [])
        # Fourteen minutes off is within the window.
        self.hw.set_clock_offset(-14 * 60)
        self.update("--force", expect=EXIT_OK)
        self.assertEqual(self.sets()[0]["records"], [ADDRESS_A])

    def test_throttled_waits_for_the_gateways_window(self):
        self.start_huawei()
        self.hw.queue(429, throttled("1 hour"))
        self.write_huawei()
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "rate_limited"), record)
        self.assertIn("APIGW.0308", record["last_error"])
        next_attempt = self.assert_next_attempt_at_least(record, 3600, started)
        self.assertLessEqual(next_attempt, now_utc() + datetime.timedelta(seconds=3601))
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("waiting until", result.out)
        self.assertEqual(self.hw.count(), 1)

    def test_throttled_with_retry_after(self):
        self.start_huawei()
        self.hw.queue(429, throttled("1 minute"), headers={"Retry-After": "1800"})
        self.write_huawei()
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual(record["last_result"], "rate_limited", record)
        self.assert_next_attempt_at_least(record, 1800, started)

    def test_unknown_domain(self):
        self.start_huawei(zones=[{"name": "example.org"}])
        self.write_huawei()
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked_and_silent(NAME, "no_such_host", ("no public zone", NAME))

    def test_ttl_below_the_zones_minimum(self):
        self.start_huawei(min_ttl=300)
        self.write_huawei([self.record("hw", NAME, ttl=60)])
        self.update(expect=EXIT_FAILURE)
        [write] = self.writes()
        self.assertEqual(write.json()["ttl"], 60)
        self.assert_blocked_and_silent(NAME, "config_error",
                                       ("DNS.0319", "from 300 to 2147483647", "1 to 2147483647 s (300 when unset)"))
        self.assertEqual(self.sets(), [])

    def test_record_set_quota(self):
        self.start_huawei(record_quota=1, recordsets=[{"zone": "example.com", "name": "www.example.com", "type": "A",
                                                       "records": [ADDRESS_B]}])
        self.write_huawei()
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked_and_silent(NAME, "config_error", ("DNS.0403", "quota"))

    def test_a_server_error_is_retried_later(self):
        self.start_huawei()
        self.hw.queue(500, {"code": "DNS.0001", "message": "Internal error."})
        self.write_huawei()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "server_error"), record)
        self.update("--force", expect=EXIT_OK)
        self.assertEqual(self.sets()[0]["records"], [ADDRESS_A])


class DescriptorTests(HuaweiCloudTestCase):
    def test_listed_with_its_settings(self):
        result = self.cli("providers", "--json", dirs=False)
        self.assertEqual(result.code, EXIT_OK, result)
        [provider] = [p for p in json.loads(result.out) if p["id"] == "huaweicloud"]
        text = json.dumps(provider)
        for word in ("access_key_id", "secret_access_key", "region", "project_id", "line", "record_id",
                     "default_view", "dns:recordset:update"):
            self.assertIn(word, text)


if __name__ == "__main__":
    unittest.main()
