"""Tencent Cloud DNSPod (API 3.0, TC3-signed) and the legacy DNSPod API with an
ID,Token login token, each against its Node emulator. The API 3.0 emulator
checks every signature with the official SDK's signer
(tencentcloud-sdk-nodejs-common) and refuses as the service does."""

import json
import subprocess
import unittest
from urllib.parse import parse_qs

from homing_e2e.emulators import EMULATORS_DIR, NodeEmulator
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_V6, CANARY, EXIT_FAILURE, EXIT_OK,
                                HomingTestCase, setUpModule)  # noqa: F401

NAME = "nas.example.com"
SECRET_ID = "AKIDe2eTestSecretId0123456789abcdef"
DEFAULT = "默认"
TELECOM = "电信"
UNICOM = "联通"
TOKEN_ENV = "HOMING_TEST_DNSPOD_TOKEN"
TOKEN_ID = "420042"


def body_of(request):
    return request.body.decode("utf-8")


class DnspodTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)

    def start_dnspod(self, **options):
        options.setdefault("secret_id", SECRET_ID)
        options.setdefault("secret_key", CANARY)
        self.dp = self.start(NodeEmulator, "dnspod", options)
        return self.dp

    def account(self, **extra):
        account = {"id": "dp", "provider": "dnspod", "endpoint": self.dp.base_url, "ca_file": self.ca_file,
                   "settings": {"secret_id": SECRET_ID}, "secrets": {"secret_key": self.secret_ref()}}
        account.update(extra)
        return account

    def write(self, *records, account=None):
        records = list(records) or [self.record("dp", NAME)]
        self.write_config(self.make_config(self.echo_service.sources(2), [account or self.account()], records,
                                           min_agree=2))

    def calls(self):
        """(action, body) of every request the emulator answered."""
        return [(r.header("X-TC-Action"), json.loads(body_of(r))) for r in self.dp.received()]

    def actions(self):
        return [action for action, _ in self.calls()]

    def writes(self):
        return [(action, body) for action, body in self.calls() if action in ("CreateRecord", "ModifyRecord")]

    def records(self, name=None, line=None, rtype="A"):
        return [r for r in self.dp.state()["records"]
                if (name is None or r["Name"] == name) and (line is None or r["Line"] == line) and r["Type"] == rtype]

    def assert_blocked(self, name, kind, words=None):
        record = self.record_status(name)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", kind), record)
        if words:
            self.assertIn(words, record["last_error"])
        # Blocked across restarts: the next run sends nothing for it.
        count = self.dp.count()
        result = self.update()
        self.assertEqual(self.dp.count(), count, "a blocked record was sent again:\n%s" % result)
        return record


class Dnspod3Tests(DnspodTestCase):
    def test_creates_a_missing_record_then_sends_nothing(self):
        self.start_dnspod()
        self.write(self.record("dp", NAME, ttl=600))
        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % NAME, result.out)
        self.assertEqual(self.actions(), ["DescribeDomainList", "DescribeRecordList", "CreateRecord"])
        [(_, create)] = self.writes()
        self.assertEqual((create["SubDomain"], create["RecordLine"], create["Value"], create["TTL"]),
                         ("nas", DEFAULT, ADDRESS_A, 600))
        [record] = self.records("nas")
        self.assertEqual((record["Value"], record["Line"], record["TTL"]), (ADDRESS_A, DEFAULT, 600))
        # Every request was signed as the SDK signs, with the host as sent (the
        # emulator's port included: the emulator signs the Host it receives).
        for request in self.dp.received():
            self.assertEqual(request.header("Host"), "127.0.0.1:%d" % self.dp.port)
            self.assertIn(", SignedHeaders=content-type;host, Signature=", request.header("Authorization"))
            self.assertEqual(request.header("Content-Type"), "application/json; charset=utf-8")
            self.assertEqual(request.header("X-TC-Version"), "2021-03-23")
        status = self.record_status(NAME)
        self.assertEqual((status["state"], status["value"]), ("in_sync", ADDRESS_A), status)

        count = self.dp.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dp.count(), count)

    def test_second_run_against_a_right_record_writes_nothing(self):
        self.start_dnspod(records=[{"name": "nas", "value": ADDRESS_A}])
        self.write()
        result = self.update(expect=EXIT_OK)
        self.assertEqual(self.writes(), [])
        self.assertEqual(self.record_status(NAME)["state"], "in_sync", result)

    def test_updates_in_place_keeping_attributes_and_leaves_other_lines_and_records_alone(self):
        self.start_dnspod(records=[
            {"name": "nas", "value": ADDRESS_B, "line": DEFAULT, "ttl": 3600, "weight": 10, "remark": "the NAS"},
            {"name": "nas", "value": "81.2.69.5", "line": TELECOM, "ttl": 600},
            {"name": "nas", "value": "81.2.69.6", "line": UNICOM, "ttl": 600},
            {"name": "nas", "type": "AAAA", "value": ADDRESS_V6, "line": DEFAULT},
            {"name": "www", "value": ADDRESS_B, "line": DEFAULT},
        ])
        before = self.dp.state()["records"]
        self.write()
        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % NAME, result.out)
        [(action, body)] = self.writes()
        self.assertEqual(action, "ModifyRecord")
        managed = before[0]
        self.assertEqual(body, {"Domain": "example.com", "DomainId": managed["DomainId"], "RecordId": managed["RecordId"],
                                "SubDomain": "nas", "RecordType": "A", "RecordLine": DEFAULT, "RecordLineId": "0",
                                "Value": ADDRESS_A, "TTL": 3600, "Weight": 10, "Status": "ENABLE",
                                "Remark": "the NAS"})
        after = self.dp.state()["records"]
        expected = dict(managed, Value=ADDRESS_A)
        expected.pop("UpdatedOn")
        changed = dict(after[0])
        changed.pop("UpdatedOn")
        self.assertEqual(changed, expected)
        self.assertEqual(after[1:], before[1:], "the other lines' and names' records must stay as they were")

    def test_the_line_setting_picks_the_line(self):
        self.start_dnspod(records=[{"name": "nas", "value": ADDRESS_B, "line": DEFAULT},
                                   {"name": "nas", "value": "81.2.69.5", "line": TELECOM}])
        self.write(self.record("dp", NAME, settings={"line": TELECOM}))
        self.update(expect=EXIT_OK)
        self.assertEqual([r["Value"] for r in self.records("nas", DEFAULT)], [ADDRESS_B])
        self.assertEqual([r["Value"] for r in self.records("nas", TELECOM)], [ADDRESS_A])
        [(_, listing)] = [(a, b) for a, b in self.calls() if a == "DescribeRecordList"]
        self.assertEqual((listing["Subdomain"], listing["RecordType"], listing["RecordLine"]), ("nas", "A", TELECOM))

    def test_a_line_without_a_default_record_is_explained(self):
        self.start_dnspod()
        self.write(self.record("dp", NAME, settings={"line": TELECOM}))
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(NAME, "config_error", "default line")
        self.assertEqual(self.dp.state()["records"], [])

    def test_several_records_on_the_line_are_a_conflict(self):
        self.start_dnspod(records=[{"name": "nas", "value": ADDRESS_B}, {"name": "nas", "value": "81.2.69.7"},
                                   {"name": "nas", "value": "81.2.69.5", "line": TELECOM}])
        before = self.dp.state()["records"]
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        record = self.assert_blocked(NAME, "config_error", "record_id")
        self.assertIn(ADDRESS_B, record["last_error"])
        self.assertEqual(self.dp.state()["records"], before)

    def test_record_id_picks_the_record_across_pages(self):
        self.start_dnspod(record_page_cap=1, records=[{"name": "nas", "value": ADDRESS_B},
                                                       {"name": "nas", "value": "81.2.69.7"},
                                                       {"name": "nas", "value": "81.2.69.8"}])
        target = self.dp.state()["records"][2]["RecordId"]
        self.write(self.record("dp", NAME, settings={"record_id": str(target)}))
        self.update(expect=EXIT_OK)
        self.assertEqual([b["Offset"] for a, b in self.calls() if a == "DescribeRecordList"], [0, 1, 2])
        self.assertEqual([r["Value"] for r in self.records("nas")], [ADDRESS_B, "81.2.69.7", ADDRESS_A])

    def test_record_id_onto_an_address_another_record_holds_is_a_conflict(self):
        self.start_dnspod(records=[{"name": "nas", "value": ADDRESS_B}, {"name": "nas", "value": ADDRESS_A}])
        first, second = [r["RecordId"] for r in self.dp.state()["records"]]
        self.write(self.record("dp", NAME, settings={"record_id": str(first)}))
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.actions(), ["DescribeDomainList", "DescribeRecordList", "ModifyRecord",
                                          "DescribeRecordList"])
        record = self.assert_blocked(NAME, "config_error", "InvalidParameter.DomainRecordExist")
        self.assertIn(str(second), record["last_error"])

    def test_longest_zone_apex_and_paged_domains(self):
        self.start_dnspod(domain_page_cap=1, domains=[{"name": "example.com"}, {"name": "example.com.cn"},
                                                      {"name": "b.example.com.cn"}])
        self.write(self.record("dp", "a.b.example.com.cn"), self.record("dp", "example.com"))
        self.update(expect=EXIT_OK)
        records = {(r["DomainId"], r["Name"]) for r in self.dp.state()["records"]}
        domains = {d["Name"]: d["DomainId"] for d in self.dp.state()["domains"]}
        self.assertEqual(records, {(domains["b.example.com.cn"], "a"), (domains["example.com"], "@")})
        offsets = [b["Offset"] for a, b in self.calls() if a == "DescribeDomainList"]
        self.assertEqual(sorted(offsets), [0, 0, 1, 1, 2, 2])

    def test_punycode_name(self):
        self.start_dnspod(domains=[{"name": "例子.cn", "punycode": "xn--fsqu00a.cn"}])
        self.write(self.record("dp", "nas.xn--fsqu00a.cn"))
        self.update(expect=EXIT_OK)
        [record] = self.dp.state()["records"]
        self.assertEqual(record["Name"], "nas")

    def test_aaaa(self):
        self.start_dnspod(records=[{"name": "nas", "value": ADDRESS_B}])
        v6 = self.echo(ADDRESS_V6)
        self.write_config(self.make_config(self.echo_service.sources(2), [self.account()],
                                           [self.record("dp", NAME, "AAAA")], ipv4=False,
                                           ipv6_sources=v6.sources(2), ipv6_min_agree=2))
        self.update(expect=EXIT_OK)
        self.assertEqual([r["Value"] for r in self.records("nas", rtype="AAAA")], [ADDRESS_V6])
        self.assertEqual([r["Value"] for r in self.records("nas")], [ADDRESS_B])


class Dnspod3ErrorTests(DnspodTestCase):
    def test_wrong_secret_key_is_an_auth_failure_and_stays_blocked(self):
        self.start_dnspod(secret_key="another-key")
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(NAME, "auth_failed", "AuthFailure.SignatureFailure")

    def test_unknown_secret_id(self):
        self.start_dnspod(secret_id="AKIDsomeoneelse")
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(NAME, "auth_failed", "AuthFailure.SecretIdNotFound")

    def test_cam_policy_without_write_says_which_permissions(self):
        self.start_dnspod(allowed_actions=["DescribeDomainList", "DescribeRecordList"])
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked(NAME, "auth_failed", "QcloudDNSPodFullAccess")
        self.assertIn("dnspod:CreateRecord", record["last_error"])
        self.assertEqual(self.dp.state()["records"], [])

    def test_expired_timestamp_is_clock_skew(self):
        self.start_dnspod()
        self.dp.set_clock_offset(600)
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "clock_skew"), record)
        self.assertIn("AuthFailure.SignatureExpire", record["last_error"])
        self.assertEqual(self.actions(), ["DescribeDomainList"])

    def test_rate_limit(self):
        self.start_dnspod()
        self.dp.queue(200, {"Response": {"Error": {"Code": "RequestLimitExceeded",
                                                   "Message": "Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second. Please reduce the frequency of calls."},
                                         "RequestId": "a2c2b4a8-6dd9-4d43-a1b6-0a43f6bb8d44"}})
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "rate_limited"), record)
        self.assertIsNotNone(record["next_attempt"])
        self.assertEqual(self.dp.state()["records"], [])

    def test_internal_error_is_retried_later(self):
        self.start_dnspod()
        self.dp.queue(200, {"Response": {"Error": {"Code": "InternalError", "Message": "内部错误"},
                                         "RequestId": "b2c2b4a8-6dd9-4d43-a1b6-0a43f6bb8d44"}})
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.record_status(NAME)["last_result"], "server_error")

    def test_unknown_domain(self):
        self.start_dnspod()
        self.write(self.record("dp", "nas.other.org"))
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked("nas.other.org", "no_such_host", "nas.other.org")

    def test_ttl_below_the_free_plan_minimum(self):
        self.start_dnspod()
        self.write(self.record("dp", NAME, ttl=60))
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(NAME, "config_error", "600 on the free plan")
        self.assertEqual(self.dp.state()["records"], [])

    def test_unknown_line(self):
        self.start_dnspod()
        self.write(self.record("dp", NAME, settings={"line": "火星"}))
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(NAME, "config_error", "火星")


class StrictEmulatorTests(DnspodTestCase):
    """The emulator itself refuses what the service refuses."""

    def test_the_sdk_judges_the_signature(self):
        # A request signed by the SDK itself passes; one byte changed in the body does not,
        # nor a Host header other than the one signed: the SDK signs its URL's hostname, so
        # its request to this port passes only when the Host it sends is that hostname.
        self.start_dnspod(secret_key="plain-key")
        script = r"""
const Sign = require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign').default;
const https = require('https');
const [url, ca, tamper] = process.argv.slice(1);
const body = '{"Offset":0,"Limit":20}';
const timestamp = Math.floor(Date.now() / 1000);
const authorization = Sign.sign3({method: 'POST', url: url + '/', payload: Buffer.from(body), timestamp, service: 'dnspod',
    secretId: '%s', secretKey: 'plain-key', headers: {'Content-Type': 'application/json; charset=utf-8'}});
const headers = {
    'Content-Type': 'application/json; charset=utf-8', 'X-TC-Action': 'DescribeDomainList',
    'X-TC-Version': '2021-03-23', 'X-TC-Timestamp': String(timestamp), 'Authorization': authorization,
    'User-Agent': 'Homing/e2e (sdk check)'};
if (tamper !== 'port')
    headers.Host = new URL(url).hostname;
const request = https.request(url + '/', {method: 'POST', ca: require('fs').readFileSync(ca), headers}, response => {
    let text = ''; response.on('data', d => text += d); response.on('end', () => console.log(text)); });
request.end(tamper === 'body' ? body.replace('20', '21') : body);
""" % SECRET_ID
        answers = []
        for tamper in ("no", "body", "port"):
            out = subprocess.run(["node", "-e", script, self.dp.base_url, self.ca_file, tamper], cwd=EMULATORS_DIR,
                                 capture_output=True, timeout=20, check=True).stdout
            answers.append(json.loads(out)["Response"])
        self.assertIn("DomainList", answers[0])
        self.assertEqual(answers[1]["Error"]["Code"], "AuthFailure.SignatureFailure")
        self.assertTrue(answers[1]["RequestId"])
        self.assertEqual(answers[2]["Error"]["Code"], "AuthFailure.SignatureFailure", "signed host, sent host:port")


# ---------------------------------------------------------------------------
# The legacy API with an ID,Token login token


class DnspodTokenTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)
        self.env[TOKEN_ENV] = "%s,%s" % (TOKEN_ID, CANARY)

    def start_legacy(self, **options):
        options.setdefault("token", "%s,%s" % (TOKEN_ID, CANARY))
        self.dp = self.start(NodeEmulator, "dnspod_token", options)
        return self.dp

    def account(self):
        return {"id": "dpt", "provider": "dnspod_token", "endpoint": self.dp.base_url, "ca_file": self.ca_file,
                "secrets": {"token": self.secret_ref(TOKEN_ENV)}}

    def write(self, *records):
        records = list(records) or [self.record("dpt", NAME)]
        self.write_config(self.make_config(self.echo_service.sources(2), [self.account()], records, min_agree=2))

    def calls(self):
        return [(r.path.lstrip("/"), {k: v[0] for k, v in parse_qs(body_of(r), keep_blank_values=True).items()})
                for r in self.dp.received()]

    def actions(self):
        return [action for action, _ in self.calls()]

    def writes(self):
        return [(a, b) for a, b in self.calls() if a in ("Record.Create", "Record.Modify")]

    def assert_blocked(self, name, kind, words=None):
        record = self.record_status(name)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", kind), record)
        if words:
            self.assertIn(words, record["last_error"])
        count = self.dp.count()
        self.update()
        self.assertEqual(self.dp.count(), count, "a blocked record was sent again")
        return record


class DnspodTokenTests(DnspodTokenTestCase):
    def test_creates_then_sends_nothing(self):
        self.start_legacy()
        self.write()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.actions(), ["Domain.List", "Record.List", "Record.Create"])
        [(_, create)] = self.writes()
        self.assertEqual((create["sub_domain"], create["record_type"], create["record_line"], create["value"]),
                         ("nas", "A", DEFAULT, ADDRESS_A))
        self.assertNotIn("ttl", create)
        [record] = self.dp.state()["records"]
        self.assertEqual((record["name"], record["line"], record["value"]), ("nas", DEFAULT, ADDRESS_A))
        count = self.dp.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dp.count(), count)

    def test_modifies_in_place_and_leaves_other_lines_alone(self):
        self.start_legacy(records=[{"name": "nas", "value": ADDRESS_B, "ttl": 3600, "weight": 5, "enabled": 0},
                                   {"name": "nas", "value": "81.2.69.5", "line": TELECOM},
                                   {"name": "www", "value": ADDRESS_B}])
        before = self.dp.state()["records"]
        self.write()
        self.update(expect=EXIT_OK)
        [(action, body)] = self.writes()
        self.assertEqual(action, "Record.Modify")
        self.assertEqual((body["record_id"], body["sub_domain"], body["record_line"], body["record_line_id"],
                          body["ttl"], body["status"], body["weight"]),
                         (before[0]["id"], "nas", DEFAULT, "0", "3600", "disable", "5"))
        after = self.dp.state()["records"]
        self.assertEqual((after[0]["value"], after[0]["ttl"], after[0]["enabled"], after[0]["weight"]),
                         (ADDRESS_A, "3600", "0", 5))
        self.assertEqual(after[1:], before[1:])

    def test_conflict(self):
        self.start_legacy(records=[{"name": "nas", "value": ADDRESS_B}, {"name": "nas", "value": "81.2.69.7"}])
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        self.assert_blocked(NAME, "config_error", "record_id")

    def test_wrong_token_is_an_auth_failure_and_is_not_retried(self):
        self.start_legacy(token="%s,another-token" % TOKEN_ID)
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.actions(), ["Domain.List"])
        self.assert_blocked(NAME, "auth_failed", "30 failed logins")

    def test_too_many_failed_logins_is_abuse(self):
        self.start_legacy()
        self.dp.update_state(lambda state: state.update(failed_logins=30))
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assert_blocked(NAME, "abuse", "-8")

    def test_a_token_without_its_id_is_a_config_error_and_nothing_is_sent(self):
        self.start_legacy()
        self.env[TOKEN_ENV] = CANARY
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.dp.count(), 0)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "config_error"), record)
        self.assertIn("ID,Token", record["last_error"])

    def test_rate_limit(self):
        self.start_legacy()
        self.dp.queue(200, {"status": {"code": "-2", "message": "API使用超出限制", "created_at": "2024-01-01 00:00:00"}})
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.record_status(NAME)["last_result"], "rate_limited")

    def test_ttl_too_low_and_unknown_domain(self):
        self.start_legacy()
        self.write(self.record("dpt", NAME, ttl=60), self.record("dpt", "nas.other.org"))
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.record_status(NAME)["last_result"], "config_error")
        self.assertIn("600 on the free plan", self.record_status(NAME)["last_error"])
        self.assertEqual(self.record_status("nas.other.org")["last_result"], "no_such_host")
        self.assertEqual(self.dp.state()["records"], [])

    def test_the_token_travels_in_the_form_body_only(self):
        self.start_legacy()
        self.write()
        self.update(expect=EXIT_OK)
        for request in self.dp.received():
            self.assertNotIn(CANARY, request.path)
            self.assertIn("login_token=%s%%2C%s" % (TOKEN_ID, CANARY), body_of(request))


if __name__ == "__main__":
    unittest.main()
