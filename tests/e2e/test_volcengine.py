"""Volcengine DNS against tests/emulators/volcengine.js, which checks every
request's signature with @volcengine/openapi's own signer and refuses a wrong
one, or an X-Date far from its clock, as Volcengine's gateway does."""

import json
import unittest

from homing_e2e.emulators import NodeEmulator
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_C, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase,
                                now_utc, setUpModule)  # noqa: F401

ACCESS_KEY_ID = "AKLTHOMINGE2ETEST0001"
NAME = "nas.example.com"


def zone(name, records=(), zid=None, edition="free_inner"):
    result = {"ZoneName": name, "TradeCode": edition, "records": list(records)}
    if zid is not None:
        result["ZID"] = zid
    return result


def record(host, value, rtype="A", line="default", **extra):
    result = {"Host": host, "Type": rtype, "Value": value, "Line": line}
    result.update(extra)
    return result


def gateway_error(code, message, code_n=0, action="ListZones"):
    return {"ResponseMetadata": {"RequestId": "20240316080000E2E", "Action": action, "Version": "2018-08-01",
                                 "Service": "DNS", "Region": "cn-north-1",
                                 "Error": {"CodeN": code_n, "Code": code, "Message": message}}}


class VolcengineTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)

    def start_volcengine(self, zones, secret=CANARY, **options):
        options.update({"accessKeyId": ACCESS_KEY_ID, "secretAccessKey": secret, "zones": zones})
        self.volc = self.start(NodeEmulator, "volcengine", options)
        return self.volc

    def account(self, access_key_id=ACCESS_KEY_ID):
        return {"id": "volc", "provider": "volcengine", "endpoint": self.volc.base_url, "ca_file": self.ca_file,
                "settings": {"access_key_id": access_key_id},
                "secrets": {"secret_access_key": self.secret_ref()}}

    def write_volcengine(self, *records, access_key_id=ACCESS_KEY_ID):
        records = list(records) or [self.record("volc", NAME)]
        self.write_config(self.make_config(self.echo_service.sources(2), [self.account(access_key_id)], records,
                                           min_agree=2))

    def records(self, zone_name=None):
        found = []
        for z in self.volc.state()["zones"]:
            if zone_name is None or z["ZoneName"] == zone_name:
                found.extend(z["records"])
        return found

    def find(self, host, rtype="A", line=None, zone_name="example.com"):
        return [r for r in self.records(zone_name)
                if r["Host"] == host and r["Type"] == rtype and (line is None or r["Line"] == line)]

    def calls(self):
        return [(r.method, r.param("Action")) for r in self.volc.received()]

    def writes(self):
        return [r for r in self.volc.received() if r.method == "POST"]

    def tearDown(self):
        # The secret never travels: only signatures made with it.
        if hasattr(self, "volc"):
            for request in self.volc.received():
                text = request.target + json.dumps(request.headers.items()) + request.body.decode("utf-8", "replace")
                self.assertNotIn(CANARY, text, "the secret was sent in %r" % request)
        super().tearDown()


class UpdateTests(VolcengineTestCase):
    def test_creates_a_missing_record_and_then_sends_nothing(self):
        self.start_volcengine([zone("example.com", [record("www", ADDRESS_C), record("nas", "2001:db8::1", "AAAA")])])
        self.write_volcengine()

        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % NAME, result.out)
        self.assertEqual(self.calls(), [("GET", "ListZones"), ("GET", "ListRecords"), ("POST", "CreateRecord")])
        listing = self.volc.received()[1]
        self.assertEqual((listing.param("Host"), listing.param("Type"), listing.param("SearchMode")),
                         ("nas", "A", "exact"))
        [write] = self.writes()
        body = write.json()
        self.assertEqual(body, {"ZID": body["ZID"], "Host": "nas", "Type": "A", "Value": ADDRESS_A, "Line": "default"})
        [created] = self.find("nas")
        self.assertEqual((created["Value"], created["Line"], created["TTL"]), (ADDRESS_A, "default", 600))
        self.assertEqual([r["Value"] for r in self.find("www")], [ADDRESS_C])
        self.assertEqual([r["Value"] for r in self.find("nas", "AAAA")], ["2001:db8::1"])
        record_state = self.record_status(NAME)
        self.assertEqual((record_state["state"], record_state["value"]), ("in_sync", ADDRESS_A), record_state)

        count = self.volc.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.volc.count(), count, "a settled record was sent again")

    def test_updates_in_place_keeping_ttl_weight_and_remark(self):
        self.start_volcengine([zone("example.com", [record("nas", ADDRESS_B, TTL=1200, Weight=5, Remark="家里的 NAS")])])
        [before] = self.find("nas")
        self.write_volcengine()

        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % NAME, result.out)
        [write] = self.writes()
        self.assertEqual(write.param("Action"), "UpdateRecord")
        self.assertEqual(write.json(), {"RecordID": before["RecordID"], "Host": "nas", "Line": "default", "Type": "A",
                                        "Value": ADDRESS_A})
        [after] = self.find("nas")
        self.assertEqual((after["RecordID"], after["Value"], after["TTL"], after["Weight"], after["Remark"]),
                         (before["RecordID"], ADDRESS_A, 1200, 5, "家里的 NAS"))

    def test_configured_ttl_is_written(self):
        self.start_volcengine([zone("example.com", [record("nas", ADDRESS_A, TTL=600)])])
        self.write_volcengine(self.record("volc", NAME, ttl=3600))
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual(write.json()["TTL"], 3600)
        self.assertEqual(self.find("nas")[0]["TTL"], 3600)

    def test_a_record_already_right_is_not_written(self):
        self.start_volcengine([zone("example.com", [record("nas", ADDRESS_A)])])
        self.write_volcengine()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.calls(), [("GET", "ListZones"), ("GET", "ListRecords")])
        self.assertEqual(self.record_status(NAME)["state"], "in_sync")
        self.assertEqual(self.history_results(NAME), [(NAME, "no_change")])

    def test_other_lines_names_and_types_are_left_alone(self):
        self.start_volcengine([zone("example.com", [
            record("nas", ADDRESS_B, line="default", Remark="default line"),
            record("nas", ADDRESS_B, line="telecom"),
            record("nas", ADDRESS_C, line="mobile"),
            record("nas", "2001:db8::1", "AAAA", line="telecom"),
            record("www", ADDRESS_B, line="telecom"),
        ])])
        untouched = [r for r in self.records() if not (r["Host"] == "nas" and r["Type"] == "A" and r["Line"] == "telecom")]
        self.write_volcengine(self.record("volc", NAME, settings={"line": "telecom"}))

        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual((write.param("Action"), write.json()["Line"]), ("UpdateRecord", "telecom"))
        self.assertEqual([r["Value"] for r in self.find("nas", line="telecom")], [ADDRESS_A])
        now = {r["RecordID"]: r for r in self.records()}
        for before in untouched:
            self.assertEqual(now[before["RecordID"]], before)

    def test_a_line_without_a_record_gets_one(self):
        self.start_volcengine([zone("example.com", [record("nas", ADDRESS_B, line="default")])])
        self.write_volcengine(self.record("volc", NAME, settings={"line": "unicom"}))
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual((write.param("Action"), write.json()["Line"]), ("CreateRecord", "unicom"))
        self.assertEqual([(r["Line"], r["Value"]) for r in self.find("nas")],
                         [("default", ADDRESS_B), ("unicom", ADDRESS_A)])

    def test_apex_and_the_longest_zone(self):
        self.start_volcengine([zone("example.com.cn", zid=71), zone("b.example.com.cn", zid=72)])
        self.write_volcengine(self.record("volc", "a.b.example.com.cn"), self.record("volc", "example.com.cn"))
        self.update(expect=EXIT_OK)
        self.assertEqual([(r["Host"], r["Value"]) for r in self.records("b.example.com.cn")], [("a", ADDRESS_A)])
        self.assertEqual([(r["Host"], r["Value"]) for r in self.records("example.com.cn")], [("@", ADDRESS_A)])
        hosts = sorted((w.json()["ZID"], w.json()["Host"]) for w in self.writes())
        self.assertEqual(hosts, [(71, "@"), (72, "a")])

    def test_lists_are_read_page_by_page(self):
        zones = [zone("zone%d.example.net" % i) for i in range(3)]
        zones.append(zone("example.com", [record("nas", ADDRESS_C, line=line)
                                          for line in ("telecom", "mobile", "unicom")] + [record("nas", ADDRESS_B)]))
        self.start_volcengine(zones, maxPageSize=1)
        self.write_volcengine()
        self.update(expect=EXIT_OK)
        pages = [(r.param("Action"), r.param("PageNumber")) for r in self.volc.received() if r.method == "GET"]
        self.assertEqual(pages, [("ListZones", "1"), ("ListZones", "2"), ("ListZones", "3"), ("ListZones", "4"),
                                 ("ListRecords", "1"), ("ListRecords", "2"), ("ListRecords", "3"),
                                 ("ListRecords", "4")])
        [write] = self.writes()
        self.assertEqual(write.param("Action"), "UpdateRecord")
        self.assertEqual([(r["Line"], r["Value"]) for r in self.find("nas")],
                         [("telecom", ADDRESS_C), ("mobile", ADDRESS_C), ("unicom", ADDRESS_C), ("default", ADDRESS_A)])


class ConflictTests(VolcengineTestCase):
    def test_several_records_are_a_conflict_until_record_id_names_one(self):
        self.start_volcengine([zone("example.com", [record("nas", ADDRESS_B), record("nas", ADDRESS_C),
                                                    record("nas", ADDRESS_B, line="telecom")])])
        before = self.records()
        self.write_volcengine()

        result = self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        self.assertEqual(self.records(), before)
        state = self.record_status(NAME)
        self.assertEqual((state["state"], state["last_result"]), ("blocked", "config_error"), state)
        self.assertIn("record_id", state["last_error"])
        self.assertIn("blocked", result.out + result.err)

        # A new process: still blocked, nothing is sent.
        count = self.volc.count()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.volc.count(), count)

        # The user names the record to manage: that one, and only it, changes.
        chosen = self.find("nas", line="default")[1]
        self.write_volcengine(self.record("volc", NAME, settings={"record_id": chosen["RecordID"]}))
        self.update(expect=EXIT_OK)
        [write] = self.writes()
        self.assertEqual(write.json()["RecordID"], chosen["RecordID"])
        self.assertEqual([(r["Line"], r["Value"]) for r in self.find("nas")],
                         [("default", ADDRESS_B), ("default", ADDRESS_A), ("telecom", ADDRESS_B)])


class ErrorTests(VolcengineTestCase):
    def assert_blocked_and_silent(self, result_key, words):
        state = self.record_status(NAME)
        self.assertEqual((state["state"], state["last_result"]), ("blocked", result_key), state)
        for word in words:
            self.assertIn(word, state["last_error"])
        count = self.volc.count()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.volc.count(), count, "a blocked record was sent again")
        self.assertEqual(self.record_status(NAME)["state"], "blocked")
        return state

    def test_a_wrong_secret_is_a_signature_mismatch(self):
        self.start_volcengine([zone("example.com")], secret="the-secret-the-user-rotated")
        self.write_volcengine()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual([r.status for r in self.volc.received()], [401])
        self.assert_blocked_and_silent("auth_failed", ["SignatureDoesNotMatch", "secret_access_key"])

    def test_an_unknown_access_key(self):
        self.start_volcengine([zone("example.com")])
        self.write_volcengine(access_key_id="AKLTSOMEONEELSE")
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked_and_silent("auth_failed", ["InvalidAccessKey", "access_key_id"])

    def test_a_policy_without_the_write_actions(self):
        self.start_volcengine([zone("example.com")], allowedActions=["ListZones", "ListRecords"])
        self.write_volcengine()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual([r.status for r in self.volc.received()], [200, 200, 403])
        self.assertEqual(self.records(), [])
        self.assert_blocked_and_silent("auth_failed", ["AccessDenied", "DNSFullAccess", "dns:CreateRecord"])

    def test_a_clock_far_off_is_clock_skew(self):
        self.start_volcengine([zone("example.com")])
        self.volc.set_clock_offset(3600)  # Volcengine's clock an hour ahead of this computer's
        self.write_volcengine()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual([r.status for r in self.volc.received()], [400])
        state = self.record_status(NAME)
        self.assertEqual((state["state"], state["last_result"]), ("failing", "clock_skew"), state)
        self.assertIn("InvalidTimestamp", state["last_error"])
        # Within the gateway's 15 minutes the same request is taken.
        self.volc.set_clock_offset(600)
        self.update("--force", expect=EXIT_OK)
        self.assertEqual(self.find("nas")[0]["Value"], ADDRESS_A)

    def test_throttling_waits_for_the_time_asked(self):
        self.start_volcengine([zone("example.com")])
        self.volc.queue(429, gateway_error("FlowLimitExceeded", "Request Has Been Throttled", 100018),
                        headers={"Retry-After": "900"})
        self.write_volcengine()
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        state = self.record_status(NAME)
        self.assertEqual((state["state"], state["last_result"]), ("failing", "rate_limited"), state)
        self.assertIn("FlowLimitExceeded", state["last_error"])
        self.assert_next_attempt_at_least(state, 900, started)
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("waiting until", result.out)
        self.assertEqual(self.volc.count(), 1)

    def test_a_name_in_no_zone_of_the_account(self):
        self.start_volcengine([zone("example.org"), zone("other.example.com")])
        self.write_volcengine()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.calls(), [("GET", "ListZones")])
        self.assert_blocked_and_silent("no_such_host", [NAME, "no zone"])

    def test_a_ttl_under_the_free_editions_600(self):
        self.start_volcengine([zone("example.com")])
        self.write_volcengine(self.record("volc", NAME, ttl=60))
        check = self.cli("check-config")
        self.assertIn("600", check.out + check.err)
        self.update(expect=EXIT_FAILURE)
        [write] = self.writes()
        self.assertEqual((write.status, write.json()["TTL"]), (400, 60))
        self.assertEqual(self.records(), [])
        self.assert_blocked_and_silent("config_error", ["ErrSpecNotValid", "600 s at least"])

    def test_a_paid_edition_takes_a_low_ttl(self):
        self.start_volcengine([zone("example.com", edition="professional_inner")])
        self.write_volcengine(self.record("volc", NAME, ttl=60))
        self.update(expect=EXIT_OK)
        self.assertEqual(self.find("nas")[0]["TTL"], 60)

    def test_server_errors_are_retried_later(self):
        self.start_volcengine([zone("example.com")])
        self.volc.queue(500, gateway_error("ErrInternalServer", "server internal error", 500100))
        self.write_volcengine()
        self.update(expect=EXIT_FAILURE)
        state = self.record_status(NAME)
        self.assertEqual((state["state"], state["last_result"]), ("failing", "server_error"), state)


class EmulatorTests(VolcengineTestCase):
    """The emulator itself refuses what Volcengine's gateway refuses."""

    def call(self, path, headers):
        import ssl
        import urllib.error
        import urllib.request
        context = ssl.create_default_context(cafile=self.ca_file)
        request = urllib.request.Request(self.volc.url(path), headers=dict(headers, **{"User-Agent": "Homing/e2e (test)"}))
        try:
            with urllib.request.urlopen(request, context=context, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    def test_unsigned_and_tampered_requests_are_refused(self):
        self.start_volcengine([zone("example.com")])
        status, answer = self.call("/?Action=ListZones&Version=2018-08-01", {})
        self.assertEqual((status, answer["ResponseMetadata"]["Error"]["Code"]), (401, "MissingAuthenticationToken"))
        # A well-formed signature that is not the right one.
        authorization = ("HMAC-SHA256 Credential=%s/20240316/cn-north-1/DNS/request, SignedHeaders=host;x-date, "
                         "Signature=%s" % (ACCESS_KEY_ID, "0" * 64))
        x_date = now_utc().strftime("%Y%m%dT%H%M%SZ")
        status, answer = self.call("/?Action=ListZones&Version=2018-08-01",
                                   {"Authorization": authorization.replace("20240316", x_date[:8]), "X-Date": x_date})
        self.assertEqual((status, answer["ResponseMetadata"]["Error"]["Code"]), (401, "SignatureDoesNotMatch"))
        self.assertEqual(answer["ResponseMetadata"]["Service"], "DNS")
        self.assertNotIn("Result", answer)


if __name__ == "__main__":
    unittest.main()
