"""AWS Route 53 against tests/emulators/route53.js, which recomputes every
request's SigV4 signature with the official AWS SDK signer (@smithy/signature-v4)
and refuses a wrong one, or a timestamp 5 minutes off, as Route 53 does."""

import datetime
import unittest
import xml.etree.ElementTree as ElementTree

from homing_e2e.emulators import NodeEmulator
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_C, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase,
                                now_utc, setUpModule)  # noqa: F401

KEY_ID = "AKIAIOSFODNN7EXAMPLE"
NAME = "nas.example.com"
NS = "{https://route53.amazonaws.com/doc/2013-04-01/}"
ZONES = "/2013-04-01/hostedzonesbyname"


def rrset_path(zone_id):
    return "/2013-04-01/hostedzone/%s/rrset" % zone_id


class Route53TestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)

    def start_route53(self, zones, secret=CANARY, **options):
        options.update({"access_key_id": KEY_ID, "secret_access_key": secret, "zones": zones})
        self.r53 = self.start(NodeEmulator, "route53", options)
        return self.r53

    def account(self, **settings):
        return {"id": "aws", "provider": "route53", "endpoint": self.r53.base_url, "ca_file": self.ca_file,
                "settings": dict({"access_key_id": KEY_ID}, **settings),
                "secrets": {"secret_access_key": self.secret_ref()}}

    def write(self, records=None, **settings):
        records = records or [self.record("aws", NAME)]
        self.write_config(self.make_config(self.echo_service.sources(2), [self.account(**settings)], records,
                                           min_agree=2))

    def zone(self, zone_id):
        for zone in self.r53.state()["zones"]:
            if zone["id"] == zone_id:
                return zone
        self.fail("no zone %s" % zone_id)

    def sets(self, zone_id, name, rtype="A"):
        wanted = name.rstrip(".") + "."
        return [s for s in self.zone(zone_id)["sets"] if s["Name"] == wanted and s["Type"] == rtype]

    def writes(self):
        return [r for r in self.r53.received() if r.method == "POST"]

    def batches(self):
        """Each change batch Homing sent: [(action, ResourceRecordSet Element), ...]."""
        found = []
        for request in self.writes():
            root = ElementTree.fromstring(request.body)
            self.assertEqual(root.tag, NS + "ChangeResourceRecordSetsRequest")
            changes = root.findall("./%sChangeBatch/%sChanges/%sChange" % (NS, NS, NS))
            found.append([(c.findtext(NS + "Action"), c.find(NS + "ResourceRecordSet")) for c in changes])
        return found

    def upserts(self):
        """The ResourceRecordSet each change batch Homing sent creates, as an Element: a batch is
        CREATE when no set was listed, else DELETE (the set as listed) + CREATE; never UPSERT."""
        found = []
        for batch in self.batches():
            self.assertIn([action for action, _ in batch], (["CREATE"], ["DELETE", "CREATE"]))
            found.append(batch[-1][1])
        return found


class UpdateTests(Route53TestCase):
    def test_creates_a_missing_set_in_the_public_zone_and_leaves_the_private_one(self):
        self.start_route53([
            {"id": "Z0PRIVATE", "name": "example.com", "private": True,
             "sets": [{"name": NAME, "type": "A", "values": ["10.0.0.5"]}]},
            {"id": "Z1PUBLIC", "name": "example.com"},
        ])
        self.write()
        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % NAME, result.out)
        [created] = self.sets("Z1PUBLIC", NAME)
        self.assertEqual((created["ResourceRecords"], created["TTL"]), ([ADDRESS_A], "300"))
        self.assertEqual(self.sets("Z0PRIVATE", NAME)[0]["ResourceRecords"], ["10.0.0.5"])
        self.assertEqual([w.path for w in self.writes()], [rrset_path("Z1PUBLIC")])
        for request in self.r53.received():
            self.assertTrue(request.header("Authorization").startswith("AWS4-HMAC-SHA256 Credential=%s/" % KEY_ID))
            self.assertIn("/us-east-1/route53/aws4_request", request.header("Authorization"))
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["value"]), ("in_sync", ADDRESS_A), record)

        # Settled: nothing more is sent.
        count = self.r53.count()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.r53.count(), count)

    def test_updates_a_set_in_place_keeping_its_ttl_and_the_other_records(self):
        self.start_route53([{"id": "Z1PUBLIC", "name": "example.com", "sets": [
            {"name": NAME, "type": "A", "values": [ADDRESS_B], "ttl": 3600},
            {"name": NAME, "type": "AAAA", "values": ["2a00:1450:4001:81c::1"]},
            {"name": "example.com", "type": "A", "values": [ADDRESS_C]},
            {"name": "www.example.com", "type": "A", "values": [ADDRESS_B]},
        ]}])
        before = {(s["Name"], s["Type"]): s for s in self.zone("Z1PUBLIC")["sets"]}
        self.write()
        self.update(expect=EXIT_OK)
        [written] = self.upserts()
        self.assertEqual([child.tag.replace(NS, "") for child in written], ["Name", "Type", "TTL", "ResourceRecords"])
        self.assertEqual(written.findtext(NS + "TTL"), "3600")
        [[(delete, deleted), _]] = self.batches()
        self.assertEqual((delete, deleted.findtext(NS + "TTL"), deleted.findtext(".//%sValue" % NS)),
                         ("DELETE", "3600", ADDRESS_B), "the set is deleted exactly as listed")
        after = {(s["Name"], s["Type"]): s for s in self.zone("Z1PUBLIC")["sets"]}
        self.assertEqual(after.pop((NAME + ".", "A"))["ResourceRecords"], [ADDRESS_A])
        before.pop((NAME + ".", "A"))
        self.assertEqual(after, before, "only the one set changed")
        self.assertIn("ok", [entry["result"] for entry in self.history()])

    def test_a_set_that_already_holds_the_address_is_not_written(self):
        self.start_route53([{"id": "Z1PUBLIC", "name": "example.com",
                             "sets": [{"name": NAME, "type": "A", "values": [ADDRESS_A]}]}])
        self.write()
        result = self.update(expect=EXIT_OK)
        self.assertEqual(self.writes(), [])
        self.assertEqual([r.method for r in self.r53.received()], ["GET", "GET", "GET"], result)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["value"]), ("in_sync", ADDRESS_A), record)

    def test_a_configured_ttl_is_written(self):
        self.start_route53([{"id": "Z1PUBLIC", "name": "example.com",
                             "sets": [{"name": NAME, "type": "A", "values": [ADDRESS_B], "ttl": 3600}]}])
        self.write([self.record("aws", NAME, ttl=60)])
        self.update(expect=EXIT_OK)
        self.assertEqual(self.sets("Z1PUBLIC", NAME)[0]["TTL"], "60")

    def test_apex_and_the_longest_zone_of_a_multi_label_name(self):
        self.start_route53([{"id": "Z1PARENT", "name": "example.com.cn"},
                            {"id": "Z2SUB", "name": "b.example.com.cn"},
                            {"id": "Z3TLD", "name": "com.cn"}])
        self.write([self.record("aws", "a.b.example.com.cn"), self.record("aws", "example.com.cn"),
                    self.record("aws", "c.example.com.cn")])
        self.update(expect=EXIT_OK)
        self.assertEqual(self.sets("Z2SUB", "a.b.example.com.cn")[0]["ResourceRecords"], [ADDRESS_A])
        self.assertEqual(self.sets("Z1PARENT", "example.com.cn")[0]["ResourceRecords"], [ADDRESS_A])
        self.assertEqual(self.sets("Z1PARENT", "c.example.com.cn")[0]["ResourceRecords"], [ADDRESS_A])
        self.assertEqual(self.sets("Z1PARENT", "a.b.example.com.cn"), [])
        self.assertEqual(len([s for s in self.zone("Z3TLD")["sets"] if s["Type"] == "A"]), 0)

    def test_a_punycode_name(self):
        name = "xn--bcher-kva.example.com"
        self.start_route53([{"id": "Z1PUBLIC", "name": "example.com"}])
        self.write([self.record("aws", "bücher.example.com")])
        self.update(expect=EXIT_OK)
        self.assertEqual(self.sets("Z1PUBLIC", name)[0]["ResourceRecords"], [ADDRESS_A])

    def test_zone_and_record_lists_are_paged(self):
        # One item a page: the private zone first, the public one on the next page;
        # three weighted sets, the one named by set_identifier on the third page.
        self.start_route53([
            {"id": "Z0PRIVATE", "name": "example.com", "private": True},
            {"id": "Z9PUBLIC", "name": "example.com", "sets": [
                {"name": NAME, "type": "A", "set_identifier": "a", "weight": 1, "values": [ADDRESS_B], "ttl": 60},
                {"name": NAME, "type": "A", "set_identifier": "b", "weight": 2, "values": [ADDRESS_B], "ttl": 60},
                {"name": NAME, "type": "A", "set_identifier": "c", "weight": 3, "values": [ADDRESS_B], "ttl": 60},
                {"name": "x." + NAME, "type": "A", "values": [ADDRESS_B]},
            ]}], max_items=1)
        self.write([self.record("aws", NAME, settings={"set_identifier": "c"})])
        self.update(expect=EXIT_OK)
        zone_lookups = [r for r in self.r53.received(ZONES)]
        self.assertEqual([(r.param("dnsname"), r.param("hostedzoneid")) for r in zone_lookups],
                         [(NAME, None), ("example.com", None), ("example.com.", "Z9PUBLIC")])
        lists = self.r53.received(rrset_path("Z9PUBLIC"), "GET")
        self.assertEqual([(r.param("name"), r.param("type"), r.param("identifier")) for r in lists],
                         [(NAME + ".", "A", None), (NAME + ".", "A", "b"), (NAME + ".", "A", "c")])
        by_id = {s["SetIdentifier"]: s for s in self.sets("Z9PUBLIC", NAME)}
        self.assertEqual({k: (v["ResourceRecords"], v["Weight"], v["TTL"]) for k, v in by_id.items()},
                         {"a": ([ADDRESS_B], "1", "60"), "b": ([ADDRESS_B], "2", "60"), "c": ([ADDRESS_A], "3", "60")})


class NeverClobberTests(Route53TestCase):
    def assert_blocked(self, kind, words):
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", kind), record)
        self.assertIn(words, record["last_error"])
        count = self.r53.count()
        self.update()
        self.assertEqual(self.r53.count(), count, "a blocked record stays blocked across runs")

    def test_a_set_of_several_values_none_the_address_is_a_conflict(self):
        self.start_route53([{"id": "Z1PUBLIC", "name": "example.com",
                             "sets": [{"name": NAME, "type": "A", "values": [ADDRESS_B, ADDRESS_C]}]}])
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        self.assertEqual(self.sets("Z1PUBLIC", NAME)[0]["ResourceRecords"], [ADDRESS_B, ADDRESS_C])
        self.assert_blocked("config_error", "holds 2 values (%s, %s) and none is %s" % (ADDRESS_B, ADDRESS_C, ADDRESS_A))

    def test_a_set_of_several_values_with_the_address_is_kept(self):
        self.start_route53([{"id": "Z1PUBLIC", "name": "example.com",
                             "sets": [{"name": NAME, "type": "A", "values": [ADDRESS_B, ADDRESS_A]}]}])
        self.write()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.writes(), [])

    def test_weighted_sets_are_left_alone_without_set_identifier(self):
        self.start_route53([{"id": "Z1PUBLIC", "name": "example.com", "sets": [
            {"name": NAME, "type": "A", "set_identifier": "home", "weight": 10, "values": [ADDRESS_B]},
            {"name": NAME, "type": "A", "set_identifier": "office", "weight": 20, "values": [ADDRESS_C]}]}])
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        self.assert_blocked("config_error", "set identifiers home, office")

    def test_set_identifier_changes_that_set_only_and_keeps_its_weight(self):
        self.start_route53([{"id": "Z1PUBLIC", "name": "example.com", "sets": [
            {"name": NAME, "type": "A", "set_identifier": "home", "weight": 10, "values": [ADDRESS_B], "ttl": 60},
            {"name": NAME, "type": "A", "set_identifier": "office", "weight": 20, "values": [ADDRESS_C]}]}])
        self.write([self.record("aws", NAME, settings={"set_identifier": "home"})])
        self.update(expect=EXIT_OK)
        [written] = self.upserts()
        self.assertEqual([child.tag.replace(NS, "") for child in written],
                         ["Name", "Type", "SetIdentifier", "Weight", "TTL", "ResourceRecords"])
        by_id = {s["SetIdentifier"]: s for s in self.sets("Z1PUBLIC", NAME)}
        self.assertEqual((by_id["home"]["ResourceRecords"], by_id["home"]["Weight"], by_id["home"]["TTL"]),
                         ([ADDRESS_A], "10", "60"))
        self.assertEqual((by_id["office"]["ResourceRecords"], by_id["office"]["Weight"]), ([ADDRESS_C], "20"))

    def test_an_alias_is_not_replaced(self):
        self.start_route53([{"id": "Z1PUBLIC", "name": "example.com", "sets": [
            {"name": NAME, "type": "A", "alias": "dualstack.my-lb-1234.us-east-1.elb.amazonaws.com."}]}])
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        self.assert_blocked("config_error", "is an alias to dualstack.my-lb-1234")

    def test_only_a_private_zone_is_no_such_host(self):
        self.start_route53([{"id": "Z0PRIVATE", "name": "example.com", "private": True}])
        self.write()
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.writes(), [])
        self.assert_blocked("no_such_host", "private hosted zone(s) example.com (Z0PRIVATE)")

    def test_hosted_zone_id_may_name_the_private_zone(self):
        self.start_route53([
            {"id": "Z0PRIVATE", "name": "example.com", "private": True,
             "sets": [{"name": NAME, "type": "A", "values": ["10.0.0.5"]}]},
            {"id": "Z1PUBLIC", "name": "example.com"}])
        self.write(hosted_zone_id="Z0PRIVATE")
        self.update(expect=EXIT_OK)
        self.assertEqual(self.r53.received(ZONES), [])
        self.assertEqual(self.sets("Z0PRIVATE", NAME)[0]["ResourceRecords"], [ADDRESS_A])
        self.assertEqual(self.sets("Z1PUBLIC", NAME), [])


class ErrorTests(Route53TestCase):
    ZONE = [{"id": "Z1PUBLIC", "name": "example.com", "sets": [{"name": NAME, "type": "A", "values": [ADDRESS_B]}]}]

    def run_failing(self, kind, words, blocked=True, **write_settings):
        self.write(**write_settings)
        result = self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual(record["last_result"], kind, record)
        self.assertIn(words, record["last_error"])
        self.assertEqual(self.writes(), [])
        if blocked:
            self.assertEqual(record["state"], "blocked", record)
            count = self.r53.count()
            self.update()
            self.assertEqual(self.r53.count(), count, "a blocked record stays blocked across runs")
        return result, record

    def test_wrong_secret(self):
        self.start_route53(self.ZONE, secret="another-secret-key")
        self.run_failing("auth_failed", "SignatureDoesNotMatch")
        self.assertEqual(self.r53.received()[0].status, 403)

    def test_unknown_access_key(self):
        self.start_route53(self.ZONE)
        account = self.account()
        account["settings"]["access_key_id"] = "AKIAI44QH8DHBEXAMPLE"
        self.write_config(self.make_config(self.echo_service.sources(2), [account], [self.record("aws", NAME)],
                                           min_agree=2))
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "auth_failed"), record)
        self.assertIn("InvalidClientTokenId", record["last_error"])

    def test_access_denied_names_the_permissions(self):
        self.start_route53(self.ZONE)
        self.r53.update_state(lambda state: state["fail_changes"].append({
            "status": 403, "code": "AccessDenied",
            "message": "User: arn:aws:iam::123456789012:user/homing is not authorized to perform: "
                       "route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z1PUBLIC"}))
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "auth_failed"), record)
        self.assertIn("route53:ListResourceRecordSets and route53:ChangeResourceRecordSets", record["last_error"])
        self.assertEqual(self.sets("Z1PUBLIC", NAME)[0]["ResourceRecords"], [ADDRESS_B])

    def test_clock_ahead_is_clock_skew(self):
        self.start_route53(self.ZONE)
        self.r53.set_clock_offset(600)  # AWS's clock 10 minutes ahead of this computer's
        result, record = self.run_failing("clock_skew", "Signature expired", blocked=False)
        self.assertIn("clock", record["last_error"])
        self.assertEqual(self.r53.count(), 1)

    def test_clock_behind_is_clock_skew(self):
        self.start_route53(self.ZONE)
        self.r53.set_clock_offset(-600)
        self.run_failing("clock_skew", "Signature not yet current", blocked=False)

    def test_throttling_is_rate_limited_and_waits(self):
        self.start_route53(self.ZONE)
        body = ('<?xml version="1.0"?>\n<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Error>'
                '<Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error>'
                '<RequestId>b25f48e8-84fd-11e6-80d9-574e0c4664cb</RequestId></ErrorResponse>')
        self.r53.queue(400, body, {"Content-Type": "text/xml", "Retry-After": "120"})
        since = now_utc()
        self.run_failing("rate_limited", "Rate exceeded", blocked=False)
        record = self.record_status(NAME)
        self.assert_next_attempt_at_least(record, 120, since)
        self.assertEqual(self.sets("Z1PUBLIC", NAME)[0]["ResourceRecords"], [ADDRESS_B])

    def test_prior_request_not_complete_is_rate_limited(self):
        self.start_route53(self.ZONE)
        self.r53.update_state(lambda state: state["fail_changes"].append({
            "status": 400, "code": "PriorRequestNotComplete",
            "message": "The request was rejected because Route 53 was still processing a prior request."}))
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual(record["last_result"], "rate_limited", record)
        self.assertNotEqual(record["state"], "blocked", record)

    def test_unknown_domain(self):
        self.start_route53(self.ZONE)
        self.write([self.record("aws", "nas.other.org")])
        self.update(expect=EXIT_FAILURE)
        record = self.record_status("nas.other.org")
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "no_such_host"), record)
        self.assertIn("no public hosted zone of this AWS account holds nas.other.org", record["last_error"])

    def test_configured_zone_that_does_not_exist(self):
        self.start_route53(self.ZONE)
        self.run_failing("no_such_host", "NoSuchHostedZone", hosted_zone_id="ZNOTTHERE")

    def test_a_refused_ttl_is_a_config_error(self):
        self.start_route53(self.ZONE)
        self.r53.update_state(lambda state: state["fail_changes"].append({
            "status": 400, "code": "InvalidChangeBatch",
            "message": "[Invalid Resource Record: FATAL problem: TTL value 60 is below the minimum allowed]"}))
        self.write([self.record("aws", NAME, ttl=60)])
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "config_error"), record)
        self.assertIn("InvalidChangeBatch", record["last_error"])
        self.assertIn("TTL value 60", record["last_error"])
        self.assertEqual(self.sets("Z1PUBLIC", NAME)[0]["ResourceRecords"], [ADDRESS_B])
        count = self.r53.count()
        self.update()
        self.assertEqual(self.r53.count(), count)

    def test_a_set_changed_between_read_and_write_is_retried_not_blocked(self):
        # Route 53 refuses a DELETE+CREATE whose DELETE no longer matches the set, whole.
        self.start_route53(self.ZONE)
        self.r53.update_state(lambda state: state["fail_changes"].append({
            "status": 400, "code": "InvalidChangeBatch",
            "message": "[Tried to delete resource record set [name='%s.', type='A'] but the values provided do not "
                       "match the current values]" % NAME}))
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(NAME)
        self.assertEqual(record["last_result"], "server_error", record)
        self.assertNotEqual(record["state"], "blocked", record)
        self.assertIn("changed between", record["last_error"])
        self.assertEqual(self.sets("Z1PUBLIC", NAME)[0]["ResourceRecords"], [ADDRESS_B])

    def test_server_error_is_retried_later(self):
        self.start_route53(self.ZONE)
        self.r53.queue(503, '<?xml version="1.0"?>\n<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/">'
                            '<Error><Type>Receiver</Type><Code>ServiceUnavailable</Code><Message>Service unavailable'
                            '</Message></Error><RequestId>x</RequestId></ErrorResponse>', {"Content-Type": "text/xml"})
        self.run_failing("server_error", "ServiceUnavailable", blocked=False)


class EmulatorTests(Route53TestCase):
    """The emulator itself refuses what Route 53 refuses."""

    def test_unsigned_and_wrongly_signed_requests_are_refused(self):
        import ssl
        import urllib.error
        import urllib.request
        self.start_route53(ErrorTests.ZONE)
        context = ssl.create_default_context(cafile=self.ca_file)
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        cases = [
            ({}, 403, "MissingAuthenticationToken"),
            ({"Authorization": "AWS4-HMAC-SHA256 Credential=%s/%s/us-east-1/route53/aws4_request, "
                               "SignedHeaders=host;x-amz-date, Signature=%s" % (KEY_ID, stamp[:8], "0" * 64),
              "X-Amz-Date": stamp}, 403, "SignatureDoesNotMatch"),
            ({"Authorization": "AWS4-HMAC-SHA256 Credential=AKIAOTHER0000EXAMPLE/%s/us-east-1/route53/aws4_request, "
                               "SignedHeaders=host;x-amz-date, Signature=%s" % (stamp[:8], "0" * 64),
              "X-Amz-Date": stamp}, 403, "InvalidClientTokenId"),
        ]
        for headers, status, code in cases:
            request = urllib.request.Request(self.r53.url(ZONES + "?dnsname=example.com"),
                                             headers=dict(headers, **{"User-Agent": "Homing/e2e (test)"}))
            with self.assertRaises(urllib.error.HTTPError) as caught:
                urllib.request.urlopen(request, context=context, timeout=10)
            self.assertEqual(caught.exception.code, status)
            root = ElementTree.fromstring(caught.exception.read())
            self.assertEqual(root.findtext("./%sError/%sCode" % (NS, NS)), code)
        # The wrongly signed ones break the protocol only by their signature: no violation.
        self.assertEqual(self.r53.violations, [])


if __name__ == "__main__":
    unittest.main()
