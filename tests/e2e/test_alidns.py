"""Alibaba Cloud DNS against its emulator (tests/emulators/alidns.js), which
recomputes every request's ACS3-HMAC-SHA256 signature with the official SDK
(@alicloud/openapi-util) and refuses like the service: the ISP lines of a name
are records of their own, a record Homing does not own is never changed, and
the service's refusals come out as the taxonomy's results."""

import datetime
import hashlib
import hmac
import http.client
import json
import ssl
import unittest
import urllib.parse
import uuid

from homing_e2e.emulators import NodeEmulator
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_C, ADDRESS_V6, CANARY, EXIT_FAILURE, EXIT_OK,
                                HomingTestCase, now_utc, setUpModule)  # noqa: F401

KEY_ID = "LTAI5tHomingE2eKey01"
NAME = "nas.example.com"
READS = ["DescribeDomains", "DescribeSubDomainRecords"]
WRITES = ("AddDomainRecord", "UpdateDomainRecord")


def domain(name, records=(), **extra):
    value = {"DomainName": name, "records": [dict(r) for r in records]}
    value.update(extra)
    return value


def record(rr, value, rtype="A", line="default", ttl=600, **extra):
    value = {"RR": rr, "Type": rtype, "Value": value, "Line": line, "TTL": ttl}
    value.update(extra)
    return value


class AlidnsTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)

    def start_alidns(self, domains, keys=None, **options):
        options.update({"keys": keys or {KEY_ID: {"secret": CANARY}}, "domains": domains})
        self.ali = self.start(NodeEmulator, "alidns", options)
        return self.ali

    def account(self, key_id=KEY_ID, **extra):
        account = {"id": "ali", "provider": "alidns", "endpoint": self.ali.base_url, "ca_file": self.ca_file,
                   "settings": {"access_key_id": key_id}, "secrets": {"access_key_secret": self.secret_ref()}}
        account.update(extra)
        return account

    def write(self, *records, **config):
        records = records or (self.record("ali", NAME),)
        self.write_config(self.make_config(self.echo_service.sources(2), [self.account()], list(records),
                                           min_agree=2, **config))

    # -- what the emulator saw and holds ----------------------------------------
    def actions(self):
        return [r.header("x-acs-action") for r in self.ali.received()]

    def writes(self):
        return [r for r in self.ali.received() if r.header("x-acs-action") in WRITES]

    def records(self, zone="example.com"):
        for entry in self.ali.state()["domains"]:
            if entry["DomainName"] == zone:
                return entry["records"]
        self.fail("no domain %s in the emulator" % zone)

    def find(self, rr, rtype="A", line="default", zone="example.com"):
        return [r for r in self.records(zone) if r["RR"] == rr and r["Type"] == rtype and r["Line"] == line]

    def by_id(self, record_id, zone="example.com"):
        [found] = [r for r in self.records(zone) if r["RecordId"] == record_id]
        return found

    def assert_record_state(self, name, state, result, rtype="A"):
        status = self.record_status(name, rtype)
        self.assertEqual((status["state"], status["last_result"]), (state, result), status)
        return status


class UpdateTests(AlidnsTestCase):
    def test_creates_a_missing_record_then_sends_nothing(self):
        self.start_alidns([domain("example.org"), domain("example.com", [record("www", ADDRESS_B)])])
        self.write()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.actions(), READS + ["AddDomainRecord"])
        [add] = self.writes()
        self.assertEqual((add.method, add.path, add.body), ("POST", "/", b""))
        self.assertEqual({k: add.param(k) for k in ("DomainName", "RR", "Type", "Value", "Line", "TTL")},
                         {"DomainName": "example.com", "RR": "nas", "Type": "A", "Value": ADDRESS_A,
                          "Line": "default", "TTL": None})
        [created] = self.find("nas")
        self.assertEqual((created["Value"], created["TTL"]), (ADDRESS_A, 600))
        self.assertEqual(self.find("www")[0]["Value"], ADDRESS_B, "another name is left alone")
        self.assert_record_state(NAME, "in_sync", "ok")

        count = self.ali.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.ali.count(), count, "an up-to-date record was sent again")

    def test_a_record_already_right_gets_no_write(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_A)])])
        self.write()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.actions(), READS)
        self.assert_record_state(NAME, "in_sync", "no_change")

    def test_updates_in_place_keeping_its_ttl_and_line(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B, ttl=1200, Remark="the NAS", Weight=3)])])
        [before] = self.find("nas")
        self.write()
        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % NAME, result.out)
        [update] = self.writes()
        self.assertEqual(update.header("x-acs-action"), "UpdateDomainRecord")
        self.assertEqual({k: update.param(k) for k in ("RecordId", "RR", "Type", "Value", "Line", "TTL")},
                         {"RecordId": before["RecordId"], "RR": "nas", "Type": "A", "Value": ADDRESS_A,
                          "Line": "default", "TTL": "1200"})
        [after] = self.find("nas")
        self.assertEqual(after, dict(before, Value=ADDRESS_A))

    def test_configured_ttl_is_sent(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B, ttl=1200)])])
        self.write(self.record("ali", NAME, ttl=3600))
        self.update(expect=EXIT_OK)
        self.assertEqual(self.find("nas")[0]["TTL"], 3600)

    def test_ipv6_value_is_signed_as_the_sdk_signs_it(self):
        self.start_alidns([domain("example.com", [record("nas", "2001:db8::1", "AAAA"), record("nas", ADDRESS_B)])])
        echo6 = self.echo(ADDRESS_V6)
        self.write_config(self.make_config([], [self.account()], [self.record("ali", NAME, "AAAA")], ipv4=False,
                                           ipv6_sources=echo6.sources(2)))
        self.update(expect=EXIT_OK)
        [update] = self.writes()
        self.assertIn("Value=2a00%3A1450%3A4001%3A81c%3A%3A200e", update.raw_query)
        self.assertEqual(self.find("nas", "AAAA")[0]["Value"], ADDRESS_V6)
        self.assertEqual(self.find("nas", "A")[0]["Value"], ADDRESS_B)

    def test_apex_and_multi_label_zones(self):
        self.start_alidns([domain("example.com.cn"), domain("b.example.com.cn")])
        self.write(self.record("ali", "nas.b.example.com.cn"), self.record("ali", "example.com.cn"),
                   self.record("ali", "nas.x.example.com.cn"))
        self.update(expect=EXIT_OK)
        self.assertEqual([(r["RR"], r["Value"]) for r in self.records("b.example.com.cn")], [("nas", ADDRESS_A)])
        self.assertEqual(sorted((r["RR"], r["Value"]) for r in self.records("example.com.cn")),
                         [("@", ADDRESS_A), ("nas.x", ADDRESS_A)])
        subdomains = sorted(r.param("SubDomain") for r in self.ali.received()
                            if r.header("x-acs-action") == "DescribeSubDomainRecords")
        self.assertEqual(subdomains, ["@.example.com.cn", "nas.b.example.com.cn", "nas.x.example.com.cn"])


class LineTests(AlidnsTestCase):
    """A name's ISP lines (解析线路) are records of their own."""

    def start_lines(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B, ttl=600),
                                                  record("nas", ADDRESS_C, line="telecom", ttl=1200, Remark="CT")])])
        [self.default_record] = self.find("nas")
        [self.telecom_record] = self.find("nas", line="telecom")

    def test_default_line_update_leaves_the_telecom_record_alone(self):
        self.start_lines()
        self.write()
        self.update(expect=EXIT_OK)
        [update] = self.writes()
        self.assertEqual((update.param("RecordId"), update.param("Line")), (self.default_record["RecordId"], "default"))
        listing = [r for r in self.ali.received() if r.header("x-acs-action") == "DescribeSubDomainRecords"][0]
        self.assertEqual(listing.param("Line"), "default")
        self.assertEqual(self.by_id(self.default_record["RecordId"])["Value"], ADDRESS_A)
        self.assertEqual(self.by_id(self.telecom_record["RecordId"]), self.telecom_record, "the telecom record changed")

    def test_telecom_line_updates_only_the_telecom_record(self):
        self.start_lines()
        self.write(self.record("ali", NAME, settings={"line": "telecom"}))
        self.update(expect=EXIT_OK)
        [update] = self.writes()
        self.assertEqual({k: update.param(k) for k in ("RecordId", "Line", "TTL", "Value")},
                         {"RecordId": self.telecom_record["RecordId"], "Line": "telecom", "TTL": "1200",
                          "Value": ADDRESS_A})
        self.assertEqual(self.by_id(self.telecom_record["RecordId"]), dict(self.telecom_record, Value=ADDRESS_A))
        self.assertEqual(self.by_id(self.default_record["RecordId"]), self.default_record, "the default record changed")

    def test_a_line_without_a_record_gets_its_own(self):
        self.start_lines()
        self.write(self.record("ali", NAME, settings={"line": "unicom"}))
        self.update(expect=EXIT_OK)
        [add] = self.writes()
        self.assertEqual((add.header("x-acs-action"), add.param("Line"), add.param("RR")), ("AddDomainRecord", "unicom", "nas"))
        self.assertEqual([r["Value"] for r in self.find("nas", line="unicom")], [ADDRESS_A])
        self.assertEqual(self.by_id(self.default_record["RecordId"]), self.default_record)
        self.assertEqual(self.by_id(self.telecom_record["RecordId"]), self.telecom_record)


class ConflictTests(AlidnsTestCase):
    def test_two_records_on_the_line_are_not_guessed_and_stay_blocked(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B), record("nas", ADDRESS_C),
                                                  record("nas", ADDRESS_A, line="telecom")])])
        before = self.records()
        self.write()
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("blocked", result.out)
        self.assertEqual(self.writes(), [])
        status = self.assert_record_state(NAME, "blocked", "config_error")
        self.assertIn("%s, %s" % (ADDRESS_B, ADDRESS_C), status["last_error"])
        self.assertIn("record_id", status["last_error"])
        count = self.ali.count()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.ali.count(), count, "a blocked record was sent again")
        self.assertEqual(self.records(), before)

    def test_record_id_names_the_one_to_manage(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B), record("nas", ADDRESS_C)])])
        [first, second] = self.find("nas")
        self.write(self.record("ali", NAME, settings={"record_id": second["RecordId"]}))
        self.update(expect=EXIT_OK)
        self.assertEqual([w.param("RecordId") for w in self.writes()], [second["RecordId"]])
        self.assertEqual(self.by_id(first["RecordId"]), first)
        self.assertEqual(self.by_id(second["RecordId"])["Value"], ADDRESS_A)

    def test_record_id_naming_one_while_another_holds_the_address_is_a_conflict(self):
        # The service refuses the update as DomainRecordDuplicate; Homing reads
        # the records again and names the one that holds the address.
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B), record("nas", ADDRESS_A)])])
        [first, second] = self.find("nas")
        self.write(self.record("ali", NAME, settings={"record_id": first["RecordId"]}))
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.actions(), READS + ["UpdateDomainRecord", "DescribeSubDomainRecords"])
        status = self.assert_record_state(NAME, "blocked", "config_error")
        self.assertIn("(id %s)" % second["RecordId"], status["last_error"])
        self.assertIn("record_id", status["last_error"])
        self.assertEqual(self.by_id(first["RecordId"]), first)
        count = self.ali.count()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.ali.count(), count, "a blocked record was sent again")


class PagingTests(AlidnsTestCase):
    def test_domains_are_read_page_by_page(self):
        others = [domain("d%03d.example.org" % i) for i in range(230)]
        self.start_alidns(others + [domain("example.com")])
        self.write()
        self.update(expect=EXIT_OK)
        pages = [(r.param("PageNumber"), r.param("PageSize")) for r in self.ali.received()
                 if r.header("x-acs-action") == "DescribeDomains"]
        self.assertEqual(pages, [("1", "100"), ("2", "100"), ("3", "100")])
        self.assertEqual([r["Value"] for r in self.find("nas")], [ADDRESS_A])

    def test_the_record_holding_the_address_on_page_two_means_no_write(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B), record("nas", ADDRESS_A)])],
                          max_page_size=1)
        self.write()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.actions(), READS + ["DescribeSubDomainRecords"])
        self.assert_record_state(NAME, "in_sync", "no_change")


class ErrorTests(AlidnsTestCase):
    def assert_stays_blocked(self, result_key, words):
        status = self.assert_record_state(NAME, "blocked", result_key)
        self.assertIn(words, status["last_error"])
        count = self.ali.count()
        for _ in range(2):
            result = self.update(expect=EXIT_FAILURE)
            self.assertIn("blocked", result.out)
        self.assertEqual(self.ali.count(), count, "a blocked record was sent again")
        return status

    def test_unknown_access_key(self):
        self.start_alidns([domain("example.com")], keys={"LTAI5tSomeoneElse": {"secret": CANARY}})
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.actions(), ["DescribeDomains"])
        [refused] = self.ali.received()
        self.assertEqual(refused.status, 404)
        self.assert_stays_blocked("auth_failed", "InvalidAccessKeyId.NotFound")

    def test_wrong_secret(self):
        self.start_alidns([domain("example.com")], keys={KEY_ID: {"secret": "the-secret-after-rotation"}},
                          expect_signature_mismatch=True)
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assert_stays_blocked("auth_failed", "SignatureDoesNotMatch")

    def test_ram_user_without_write_permission(self):
        self.start_alidns([domain("example.com")],
                          keys={KEY_ID: {"secret": CANARY, "actions": ["DescribeDomains", "DescribeSubDomainRecords"]}})
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.actions(), READS + ["AddDomainRecord"])
        status = self.assert_stays_blocked("auth_failed", "Forbidden.RAM")
        self.assertIn("AliyunDNSFullAccess", status["last_error"])
        self.assertEqual(self.records(), [])

    def test_expired_timestamp_is_clock_skew(self):
        self.start_alidns([domain("example.com")])
        self.ali.set_clock_offset(20 * 60)  # the service's clock 20 minutes ahead of ours
        self.write()
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.actions(), ["DescribeDomains"])
        status = self.assert_record_state(NAME, "failing", "clock_skew")
        self.assertIn("InvalidTimeStamp.Expired", status["last_error"])
        self.assertIn("15 minutes", status["last_error"])
        self.assert_next_attempt_at_least(status, 48, started)

    def test_a_clock_within_fifteen_minutes_is_accepted(self):
        self.start_alidns([domain("example.com")])
        self.ali.set_clock_offset(-10 * 60)
        self.write()
        self.update(expect=EXIT_OK)

    def test_throttling_waits_the_time_the_gateway_names(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B)])],
                          throttle={"count": 1, "time_left_ms": 3600 * 1000})
        self.write()
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        status = self.assert_record_state(NAME, "failing", "rate_limited")
        self.assertIn("Throttling.User", status["last_error"])
        self.assert_next_attempt_at_least(status, 3600, started)
        count = self.ali.count()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.ali.count(), count, "a throttled record was sent again before its time")
        self.update("--force", expect=EXIT_OK)
        self.assertEqual(self.find("nas")[0]["Value"], ADDRESS_A)

    def test_domain_not_in_the_account(self):
        self.start_alidns([domain("example.com"), domain("example.org")])
        self.write(self.record("ali", "nas.example.net"))
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.actions(), ["DescribeDomains"])
        status = self.assert_record_state("nas.example.net", "blocked", "no_such_host")
        self.assertIn("example.com, example.org", status["last_error"])
        count = self.ali.count()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.ali.count(), count)

    def test_ttl_below_the_free_editions_minimum(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B)])])
        self.write(self.record("ali", NAME, ttl=120))
        checked = self.cli("check-config")
        self.assertIn("free edition's minimum", checked.out + checked.err)
        self.update(expect=EXIT_FAILURE)
        [update] = self.writes()
        self.assertEqual(update.param("TTL"), "120")
        self.assertEqual(update.status, 400)
        status = self.assert_stays_blocked("config_error", "QuotaExceeded.TTL")
        self.assertIn("600 seconds is the shortest TTL of the free and Personal editions", status["last_error"])
        self.assertEqual(self.find("nas")[0]["Value"], ADDRESS_B)

    def test_a_paid_edition_takes_a_short_ttl(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B)], VersionCode="version_enterprise_basic",
                                  min_ttl=60)])
        self.write(self.record("ali", NAME, ttl=60))
        self.update(expect=EXIT_OK)
        self.assertEqual(self.find("nas")[0]["TTL"], 60)

    def test_service_unavailable_is_retried_later(self):
        self.start_alidns([domain("example.com")])
        self.ali.queue(503, {"RequestId": "0C1CF3A6-0000-4000-8000-000000000000", "HostId": "alidns.aliyuncs.com",
                             "Code": "ServiceUnavailable",
                             "Message": "The request has failed due to a temporary failure of the server.",
                             "Recommend": "https://api.aliyun.com/troubleshoot?q=ServiceUnavailable&product=Alidns"})
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assert_record_state(NAME, "failing", "server_error")


class ConfigTests(AlidnsTestCase):
    def check_config(self, account, records):
        self.write_config(self.make_config(self.echo_service.sources(2), [account], records))
        result = self.cli("check-config")
        self.assertNotEqual(result.code, EXIT_OK, str(result))
        self.assertEqual(self.ali.count(), 0)
        return result.out + result.err

    def test_missing_key_id_is_reported(self):
        self.start_alidns([domain("example.com")])
        account = self.account()
        del account["settings"]["access_key_id"]
        self.assertIn("is required by provider alidns", self.check_config(account, [self.record("ali", NAME)]))

    def test_a_line_by_its_chinese_name_is_reported_with_its_code(self):
        self.start_alidns([domain("example.com")])
        output = self.check_config(self.account(), [self.record("ali", NAME, settings={"line": "\u7535\u4fe1"})])
        self.assertIn("settings.line", output)
        self.assertIn("telecom", output)


class EmulatorTests(AlidnsTestCase):
    """The emulator itself, driven by an independent signer written from the
    documentation (providers.md §1.5), refuses what the service refuses."""

    EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

    def call(self, action, params, secret=CANARY, tamper=False):
        encode = lambda text: urllib.parse.quote(text, safe="-_.~")  # noqa: E731
        query = "&".join("%s=%s" % (encode(k), encode(v)) for k, v in sorted(params.items()))
        headers = {"host": "127.0.0.1:%d" % self.ali.port, "x-acs-action": action, "x-acs-version": "2015-01-09",
                   "x-acs-date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                   "x-acs-signature-nonce": uuid.uuid4().hex, "x-acs-content-sha256": self.EMPTY_SHA256}
        signed = ";".join(sorted(headers))
        canonical = "\n".join(["POST", "/", query, "".join("%s:%s\n" % (k, headers[k]) for k in sorted(headers)),
                               signed, self.EMPTY_SHA256])
        to_sign = "ACS3-HMAC-SHA256\n" + hashlib.sha256(canonical.encode()).hexdigest()
        signature = hmac.new(secret.encode(), to_sign.encode(), hashlib.sha256).hexdigest()
        if tamper:
            signature = signature[::-1]
        sent = {k: v for k, v in headers.items() if k != "host"}
        sent["Authorization"] = "ACS3-HMAC-SHA256 Credential=%s,SignedHeaders=%s,Signature=%s" % (KEY_ID, signed,
                                                                                                    signature)
        sent["User-Agent"] = "Homing/e2e (test)"
        # http.client adds no Content-Type of its own (urllib would, and sign nothing for it).
        connection = http.client.HTTPSConnection("127.0.0.1", self.ali.port, timeout=10,
                                                 context=ssl.create_default_context(cafile=self.ca_file))
        try:
            connection.request("POST", "/?" + query, body=b"", headers=sent)
            response = connection.getresponse()
            return response.status, json.loads(response.read().decode("utf-8"))
        finally:
            connection.close()

    def test_an_independently_signed_request_is_taken(self):
        self.start_alidns([domain("example.com"), domain("\u4e2d\u6587.com", PunyCode="xn--fiq228c.com")])
        status, answer = self.call("DescribeDomains", {"PageNumber": "1", "PageSize": "100"})
        self.assertEqual(status, 200, answer)
        self.assertEqual([d["DomainName"] for d in answer["Domains"]["Domain"]], ["example.com", "\u4e2d\u6587.com"])
        self.assertEqual(answer["TotalCount"], 2)
        status, answer = self.call("DescribeSubDomainRecords", {"DomainName": "\u4e2d\u6587.com",
                                                                "SubDomain": "@.\u4e2d\u6587.com", "Type": "A"})
        self.assertEqual((status, answer["TotalCount"]), (200, 0), answer)

    def test_a_wrong_signature_is_refused_in_the_services_shape(self):
        self.start_alidns([domain("example.com")], expect_signature_mismatch=True)
        status, answer = self.call("DescribeDomains", {"PageNumber": "1"}, tamper=True)
        self.assertEqual(status, 400)
        self.assertEqual(sorted(answer), ["Code", "HostId", "Message", "Recommend", "RequestId"])
        self.assertEqual((answer["Code"], answer["HostId"]), ("SignatureDoesNotMatch", "alidns.aliyuncs.com"))
        status, answer = self.call("DescribeDomains", {"PageNumber": "1"}, secret="another")
        self.assertEqual((status, answer["Code"]), (400, "SignatureDoesNotMatch"))

    def test_an_update_without_line_and_ttl_moves_the_record_to_the_defaults(self):
        # What Homing must never send: proved here so that the line tests mean something.
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B, line="telecom", ttl=1200)])])
        [telecom] = self.find("nas", line="telecom")
        status, answer = self.call("UpdateDomainRecord", {"RecordId": telecom["RecordId"], "RR": "nas", "Type": "A",
                                                          "Value": ADDRESS_A})
        self.assertEqual(status, 200, answer)
        self.assertEqual((self.by_id(telecom["RecordId"])["Line"], self.by_id(telecom["RecordId"])["TTL"]),
                         ("default", 600))

    def test_duplicate_and_ttl_refusals(self):
        self.start_alidns([domain("example.com", [record("nas", ADDRESS_B)])])
        [existing] = self.find("nas")
        status, answer = self.call("UpdateDomainRecord", {"RecordId": existing["RecordId"], "RR": "nas", "Type": "A",
                                                          "Value": ADDRESS_B, "Line": "default", "TTL": "600"})
        self.assertEqual((status, answer["Code"], answer["Message"]),
                         (400, "DomainRecordDuplicate", "The DNS record already exists."))
        status, answer = self.call("AddDomainRecord", {"DomainName": "example.com", "RR": "www", "Type": "A",
                                                       "Value": ADDRESS_A, "TTL": "599"})
        self.assertEqual((status, answer["Code"]), (400, "QuotaExceeded.TTL"))
        self.assertIn("600 to 86400", answer["Message"])
        status, answer = self.call("DescribeSubDomainRecords", {"DomainName": "example.net", "SubDomain": "a.example.net"})
        self.assertEqual((status, answer["Code"]), (400, "InvalidDomainName.NoExist"))


if __name__ == "__main__":
    unittest.main()
