"""Cloudflare against a fake as strict as Cloudflare's schema: paged record lists,
the SDK's name.exact filter, full PATCH bodies and zones that are not active."""

import json
import os
import unittest
import urllib.error
import urllib.request

from homing_e2e import fakes
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, CANARY, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, HomingTestCase,
                                setUpModule)  # noqa: F401

CF_NAME = "nas.example.com"


class CloudflareTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)

    def start_cloudflare(self, **kwargs):
        self.cf = self.start(fakes.CloudflareServer, token=CANARY, **kwargs)
        return self.cf

    def write_cloudflare(self, record=None):
        self.write_config(self.make_config(self.echo_service.sources(2), [self.cloudflare_account(self.cf)],
                                           [record or self.record("cf", CF_NAME)], min_agree=2))

    def add_other_records(self, count):
        for index in range(count):
            self.cf.add_record("host%d.example.com" % index, "A", "81.2.69.%d" % (10 + index % 200))


class PagingTests(CloudflareTestCase):
    def test_record_on_page_2_is_patched_not_duplicated(self):
        self.start_cloudflare()
        # As if the name filter were not applied: every A record of the zone, 100 a page.
        self.cf.name_filter_ignored = True
        self.add_other_records(120)
        existing = self.cf.add_record(CF_NAME, "A", ADDRESS_B, ttl=300)
        self.write_cloudflare()

        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % CF_NAME, result.out)
        listings = self.cf.list_requests()
        self.assertEqual([(r.param("name.exact"), r.param("type"), r.param("per_page"), r.param("page"))
                          for r in listings],
                         [(CF_NAME, "A", "100", None), (CF_NAME, "A", "100", "2")])
        self.assertEqual([(w.method, w.path) for w in self.cf.writes()],
                         [("PATCH", "/client/v4/zones/%s/dns_records/%s" % (self.cf.zone_id(), existing["id"]))])
        self.assertEqual([(r["content"], r["ttl"]) for r in self.cf.find(CF_NAME, "A")], [(ADDRESS_A, 300)])
        record = self.record_status(CF_NAME)
        self.assertEqual((record["state"], record["value"]), ("in_sync", ADDRESS_A), record)

        # Settled: nothing more is sent.
        count = self.cf.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.cf.count(), count)

    def test_missing_record_is_created_only_after_every_page_is_read(self):
        self.start_cloudflare()
        self.cf.name_filter_ignored = True
        self.cf.max_per_page = 2
        self.add_other_records(5)
        self.write_cloudflare()
        self.update(expect=EXIT_OK)
        self.assertEqual([r.param("page") for r in self.cf.list_requests()], [None, "2", "3"])
        self.assertEqual([w.method for w in self.cf.writes()], ["POST"])
        self.assertEqual(len(self.cf.find(CF_NAME, "A")), 1)

    def test_too_many_pages_writes_nothing(self):
        self.start_cloudflare()
        self.cf.name_filter_ignored = True
        self.add_other_records(850)  # 9 pages of 100
        self.cf.add_record(CF_NAME, "A", ADDRESS_B)
        self.write_cloudflare()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.cf.writes(), [])
        self.assertEqual([r.param("page") for r in self.cf.list_requests()],
                         [None, "2", "3", "4", "5", "6", "7", "8"])
        record = self.record_status(CF_NAME)
        self.assertEqual(record["last_result"], "bad_response", record)
        self.assertIn("too many A records for %s" % CF_NAME, record["last_error"])


class ZoneStatusTests(CloudflareTestCase):
    def run_inactive_zone(self, status):
        self.start_cloudflare(zone_status={"example.com": status})
        self.write_cloudflare()
        result = self.update(expect=EXIT_FAILURE)
        # The zone lookups only: no record list, no write.
        self.assertEqual([(r.method, r.path) for r in self.cf.received()],
                         [("GET", "/client/v4/zones"), ("GET", "/client/v4/zones")])
        self.assertEqual(self.cf.writes(), [])
        words = ("the Cloudflare zone example.com is %s, not active: finish adding it to Cloudflare (its name "
                 "servers must point to Cloudflare) before Homing can update it" % status)
        self.assertIn(words, result.out + result.err)
        record = self.record_status(CF_NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "config_error"), record)
        self.assertIn(words, record["last_error"])
        self.assertEqual(self.history()[1]["result"], "config_error")

    def test_pending_zone_is_reported_in_plain_words_and_nothing_is_written(self):
        self.run_inactive_zone("pending")

    def test_moved_zone_is_reported_in_plain_words_and_nothing_is_written(self):
        self.run_inactive_zone("moved")

    def test_active_zone_is_used(self):
        self.start_cloudflare(zone_status={"example.com": "active"})
        self.write_cloudflare()
        self.update(expect=EXIT_OK)
        self.assertEqual([w.method for w in self.cf.writes()], ["POST"])


class PatchBodyTests(CloudflareTestCase):
    def test_patch_carries_type_name_content_and_the_records_own_ttl(self):
        self.start_cloudflare()
        existing = self.cf.add_record(CF_NAME, "A", ADDRESS_B, proxied=True, ttl=300, comment="the NAS")
        self.write_cloudflare()  # neither ttl nor proxied configured
        self.update(expect=EXIT_OK)
        [write] = self.cf.writes()
        self.assertEqual((write.method, write.path),
                         ("PATCH", "/client/v4/zones/%s/dns_records/%s" % (self.cf.zone_id(), existing["id"])))
        self.assertEqual(write.json(), {"type": "A", "name": CF_NAME, "content": ADDRESS_A, "ttl": 300})
        [record] = self.cf.find(CF_NAME, "A")
        self.assertEqual((record["content"], record["ttl"], record["proxied"], record["comment"]),
                         (ADDRESS_A, 300, True, "the NAS"))

    def test_patch_carries_the_configured_ttl(self):
        self.start_cloudflare()
        self.cf.add_record(CF_NAME, "A", ADDRESS_B, ttl=300)
        self.write_cloudflare(self.record("cf", CF_NAME, ttl=120))
        self.update(expect=EXIT_OK)
        [write] = self.cf.writes()
        self.assertEqual(write.json(), {"type": "A", "name": CF_NAME, "content": ADDRESS_A, "ttl": 120})


class StrictFakeTests(HomingTestCase):
    """The fake itself refuses what the schema refuses, as the real API would."""

    TOKEN = "fake-test-token"

    def setUp(self):
        super().setUp()
        self.cf = self.start(fakes.CloudflareServer, token=self.TOKEN, tls=None)
        self.record_id = self.cf.add_record(CF_NAME, "A", ADDRESS_B)["id"]
        self.cf.add_record("other.example.com", "A", ADDRESS_B)
        self.records_url = self.cf.url("/client/v4/zones/%s/dns_records" % self.cf.zone_id())

    def call(self, method, url, body=None):
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        request = urllib.request.Request(url, data=data, method=method, headers={
            "Authorization": "Bearer " + self.TOKEN, "User-Agent": "Homing/e2e (test)",
            "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    def assert_refused(self, method, url, body, code):
        status, answer = self.call(method, url, body)
        self.assertEqual(status, 400, answer)
        self.assertIs(answer["success"], False)
        self.assertEqual([e["code"] for e in answer["errors"]], [code], answer)
        self.assertTrue(answer["errors"][0]["message"])

    def test_write_bodies_must_follow_the_schema(self):
        good = {"type": "A", "name": CF_NAME, "content": ADDRESS_A, "ttl": 120}
        record_url = "%s/%s" % (self.records_url, self.record_id)
        for method, url in (("POST", self.records_url), ("PATCH", record_url), ("PUT", record_url)):
            with self.subTest(method=method):
                for field in ("type", "name", "content", "ttl"):
                    body = dict(good)
                    del body[field]
                    self.assert_refused(method, url, body, 9005)
                self.assert_refused(method, url, dict(good, name=5), 9005)
                self.assert_refused(method, url, dict(good, content=["81.2.69.160"]), 9005)
                self.assert_refused(method, url, dict(good, ttl="120"), 9021)
                self.assert_refused(method, url, dict(good, ttl=True), 9021)
                self.assert_refused(method, url, dict(good, ttl=0), 9021)
                self.assert_refused(method, url, dict(good, ttl=29), 9021)
                self.assert_refused(method, url, dict(good, ttl=86401), 9021)
                self.assert_refused(method, url, dict(good, type="A6"), 9020)
                self.assert_refused(method, url, dict(good, proxied="yes"), 9003)
                self.assert_refused(method, url, dict(good, content="81.2.69"), 9005)
        self.assertEqual(self.cf.find(CF_NAME, "A")[0]["content"], ADDRESS_B, "nothing was changed")
        status, answer = self.call("PATCH", record_url, dict(good, ttl=30))
        self.assertEqual((status, answer["result"]["ttl"], answer["result"]["content"]), (200, 30, ADDRESS_A))

    def test_lists_filter_by_name_exact_and_ignore_a_plain_name(self):
        status, answer = self.call("GET", self.records_url + "?type=A&name.exact=NAS.example.com")
        self.assertEqual(status, 200)
        self.assertEqual([r["name"] for r in answer["result"]], [CF_NAME])
        # "name" is not a key the API knows: it is ignored, and every record is listed.
        status, answer = self.call("GET", self.records_url + "?type=A&name=" + CF_NAME)
        self.assertEqual([r["name"] for r in answer["result"]], [CF_NAME, "other.example.com"])

    def test_lists_are_paged_with_result_info(self):
        for index in range(3):
            self.cf.add_record("host%d.example.com" % index, "A", ADDRESS_B)
        status, answer = self.call("GET", self.records_url + "?per_page=2&page=2")
        self.assertEqual(status, 200)
        self.assertEqual(answer["result_info"],
                         {"page": 2, "per_page": 2, "count": 2, "total_count": 5, "total_pages": 3})
        self.assertEqual([r["name"] for r in answer["result"]], ["host0.example.com", "host1.example.com"])
        status, answer = self.call("GET", self.records_url + "?per_page=2&page=4")
        self.assertEqual((answer["result"], answer["result_info"]["count"]), ([], 0))
        status, answer = self.call("GET", self.records_url)
        self.assertEqual(answer["result_info"]["per_page"], 100)
        status, answer = self.call("GET", self.records_url + "?per_page=0")
        self.assertEqual(status, 400)
        self.assertIs(answer["success"], False)

    def test_zones_carry_a_status(self):
        self.cf.zone_status["example.com"] = "pending"
        status, answer = self.call("GET", self.cf.url("/client/v4/zones?name=example.com"))
        self.assertEqual([(z["name"], z["status"]) for z in answer["result"]], [("example.com", "pending")])


if __name__ == "__main__":
    unittest.main()


class TestAccountCommandTests(CloudflareTestCase):
    """homing-cli test-account: the tray app's Test button for servers, read-only."""

    def test_finds_the_record_and_writes_nothing(self):
        self.start_cloudflare()
        self.cf.add_record(CF_NAME, "A", ADDRESS_B)
        self.write_cloudflare()
        result = self.cli("test-account", "cf")
        self.assert_exit(result, EXIT_OK)
        self.assertIn("account cf: the token works and the zone is found; the A record of %s holds %s now"
                      % (CF_NAME, ADDRESS_B), result.out)
        self.assertEqual(self.cf.writes(), [])
        self.assertTrue(all(r.method == "GET" for r in self.cf.received()))
        # Nothing was recorded: no state, no history.
        self.assertFalse(os.path.exists(os.path.join(self.data_dir, "state.json")))

    def test_a_rejected_token_says_what_to_do(self):
        self.start_cloudflare()
        self.write_config(self.make_config(self.echo_service.sources(2),
                                           [self.cloudflare_account(self.cf, secret="env:HOMING_WRONG")],
                                           [self.record("cf", CF_NAME)], min_agree=2))
        self.env["HOMING_WRONG"] = "wrong-token"
        result = self.cli("test-account", "cf", "--record", CF_NAME)
        self.assert_exit(result, EXIT_FAILURE)
        self.assertIn("The provider rejected the credentials", result.out)
        self.assertIn("Check the account's user name, token or key", result.out)
        self.assertEqual(self.cf.writes(), [])

    def test_unknown_account_record_and_update_only_providers_are_usage_errors(self):
        self.start_cloudflare()
        dyndns = self.start(fakes.Dyndns2Server)
        self.write_config(self.make_config(self.echo_service.sources(2),
                                           [self.cloudflare_account(self.cf), self.dyndns2_account(dyndns)],
                                           [self.record("cf", CF_NAME), self.record("dd", "home.example.org")],
                                           min_agree=2))
        self.assert_exit(self.cli("test-account", "nope"), EXIT_USAGE)
        self.assert_exit(self.cli("test-account", "cf", "--record", "other.example.com"), EXIT_USAGE)
        result = self.cli("test-account", "dd")
        self.assert_exit(result, EXIT_USAGE)
        self.assertIn("update --record", result.err)
        self.assertEqual(dyndns.received(), [])
        self.assertEqual(self.cf.received(), [])
