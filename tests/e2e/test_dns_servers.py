"""The real DNS servers of homing_e2e.dns_servers on their own, without Homing:
BIND 9 and Knot serve the test zone, take TSIG-signed updates from nsupdate,
refuse a wrong secret and a key not allowed for the name, and count every
UPDATE they receive (so that the RFC 2136 tests can prove a run sent nothing)."""

import unittest

from homing_e2e.dns_servers import (ALGORITHMS, DDNS_KEY, IPV6, KEPT_RECORDS, NAME, NARROW_KEY, NS_ADDRESS,
                                    OTHER_NAME, ZONE, ZONE_TTL, Bind9Server, KnotServer, algorithm_key, dig,
                                    dig_status, nsupdate, set_rrset, wrong_secret)
from homing_e2e.harness import HomingTestCase, setUpModule  # noqa: F401


class DnsServerCases:
    SERVER = None
    # What each server answers an update of h.example.test signed with narrow-key.
    NARROW_KEY_ANSWER = None

    def setUp(self):
        super().setUp()
        self.server = self.start(self.SERVER, self.root)

    def test_the_zone_is_served_on_a_high_port(self):
        self.assertGreaterEqual(self.server.port, 20000)
        [(ttl, soa)] = dig(self.server, ZONE, "SOA")
        self.assertEqual(ttl, ZONE_TTL)
        self.assertTrue(soa.startswith("ns1.%s. hostmaster.%s. 1 " % (ZONE, ZONE)), soa)
        self.assertEqual(dig(self.server, ZONE, "NS"), [(ZONE_TTL, "ns1.%s." % ZONE)])
        self.assertEqual(dig(self.server, "ns1." + ZONE, "A"), [(ZONE_TTL, NS_ADDRESS)])
        for rtype, records in KEPT_RECORDS.items():
            self.assertEqual(dig(self.server, NAME, rtype), records)
        self.assertEqual(dig(self.server, NAME, "A"), [])
        self.assertEqual(dig_status(self.server, "nothing." + ZONE, "A"), "NXDOMAIN")
        self.assertEqual(dig_status(self.server, "example.org", "SOA"), "REFUSED", "it serves no other zone")

    @unittest.skipUnless(IPV6, "::1 cannot be bound in this namespace")
    def test_the_zone_is_served_on_ipv6_loopback_too(self):
        self.assertEqual(dig(self.server, NAME, "TXT", address="::1"), KEPT_RECORDS["TXT"])

    def test_an_update_signed_with_ddns_key_replaces_the_rrset_and_is_counted(self):
        self.assertEqual(self.server.update_count(), 0)
        set_rrset(self.server, NAME, "A", ["192.0.2.1", "192.0.2.2"])
        self.assertEqual(dig(self.server, NAME, "A"), [(ZONE_TTL, "192.0.2.1"), (ZONE_TTL, "192.0.2.2")])
        set_rrset(self.server, NAME, "AAAA", ["2001:db8::1"], ttl=120)
        self.assertEqual(dig(self.server, NAME, "AAAA"), [(120, "2001:db8::1")])
        self.assertEqual(self.server.update_count(), 2)
        for rtype, records in KEPT_RECORDS.items():
            self.assertEqual(dig(self.server, NAME, rtype), records)

    def test_queries_are_not_counted_as_updates(self):
        queries = self.server.query_count()
        for _ in range(3):
            dig(self.server, NAME, "A")
        self.assertEqual(self.server.update_count(), 0)
        self.assertEqual(self.server.query_count(), queries + 3)

    def test_a_wrong_secret_is_badsig_and_changes_nothing(self):
        code, output = nsupdate(self.server, ["update add %s. 60 A 192.0.2.7" % NAME],
                                secret=wrong_secret(self.server.secret(DDNS_KEY)))
        self.assertNotEqual(code, 0, output)
        self.assertIn("NOTAUTH(BADSIG)", output)
        self.assertEqual(dig(self.server, NAME, "A"), [])
        self.assertEqual(self.server.update_count(), 1, "a refused UPDATE is counted too")

    def test_narrow_key_may_update_only_its_own_name(self):
        code, output = nsupdate(self.server, ["update add %s. 60 A 192.0.2.7" % NAME], key=NARROW_KEY)
        self.assertNotEqual(code, 0, output)
        self.assertIn(self.NARROW_KEY_ANSWER, output)
        self.assertEqual(dig(self.server, NAME, "A"), [])
        code, output = nsupdate(self.server, ["update add %s. 60 A 192.0.2.8" % OTHER_NAME], key=NARROW_KEY)
        self.assertEqual(code, 0, output)
        self.assertEqual(dig(self.server, OTHER_NAME, "A"), [(60, "192.0.2.8")])

    def test_every_accepted_algorithm_has_a_key_for_the_zone(self):
        for index, algorithm in enumerate(ALGORITHMS):
            key = algorithm_key(algorithm)
            self.assertEqual(self.server.algorithm(key), algorithm)
            value = "192.0.2.%d" % (10 + index)
            code, output = nsupdate(self.server, ["update delete %s. A" % NAME, "update add %s. 60 A %s" % (NAME, value)],
                                    key=key)
            self.assertEqual(code, 0, "%s: %s" % (algorithm, output))
            self.assertEqual(dig(self.server, NAME, "A"), [(60, value)], algorithm)

    def test_an_update_for_a_zone_it_does_not_serve_is_notauth(self):
        code, output = nsupdate(self.server, ["update add h.nosuch.test. 60 A 192.0.2.7"], zone="nosuch.test")
        self.assertNotEqual(code, 0, output)
        self.assertIn("NOTAUTH", output)
        self.assertEqual(dig_status(self.server, "nosuch.test", "SOA"), "REFUSED")

    def test_secrets_are_base64_and_distinct(self):
        secrets = self.server.secrets()
        self.assertEqual(len(set(secrets)), len(secrets))
        self.assertIn(DDNS_KEY, self.server.keys)


class Bind9Tests(DnsServerCases, HomingTestCase):
    SERVER = Bind9Server
    NARROW_KEY_ANSWER = "update failed: REFUSED"  # update-policy denies it: REFUSED, signed


class KnotTests(DnsServerCases, HomingTestCase):
    SERVER = KnotServer
    # Knot answers an update its ACLs deny with NOTAUTH and the TSIG error BADKEY,
    # even though the key is known and the signature good.
    NARROW_KEY_ANSWER = "update failed: NOTAUTH(BADKEY)"


if __name__ == "__main__":
    unittest.main()
