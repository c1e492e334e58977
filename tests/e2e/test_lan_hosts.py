"""Other hosts on the LAN: AAAA records made of this host's IPv6 prefix and a
host's fixed suffix ("ipv6_suffix") or its MAC's EUI-64 interface ID
("ipv6_mac"), published through the rfc2136 provider to a real BIND 9
(homing_e2e.dns_servers) on a high port of 127.0.0.1.

This host's IPv6 address comes from an echo fake whose answer the test
changes: a new prefix moves every record in one pass; a new interface ID of
this host (same prefix) moves only this host's own record. What BIND serves is
read with dig, what Homing sent with BIND's UPDATE counter; the propagation
check (the account names BIND as the zone's authoritative server) expects the
combined address.
"""

import unittest

from homing_e2e.dns_servers import DDNS_KEY, IPV6, ZONE, Bind9Server, dig, set_rrset
from homing_e2e.harness import EXIT_FAILURE, EXIT_OK, HomingTestCase, setUpModule  # noqa: F401

ACCOUNT = "ns"
TSIG_ENV = "HOMING_TSIG_SECRET"
TTL = 120

THIS = "h." + ZONE
NAS = "nas." + ZONE          # a fixed suffix on the /64
CAMERA = "camera." + ZONE    # EUI-64 from its MAC
PRINTER = "printer." + ZONE  # a suffix that carries subnet bits after a /60 prefix

MAC = "00:11:22:33:44:55"

# This host's addresses as the echo fake reports them (public, not documentation space).
FIRST = "2a00:1450:4001:81c:1c2d:3e4f:5a6b:7c8d"
SAME_PREFIX_NEW_IID = "2a00:1450:4001:81c::abcd"
NEW_PREFIX = "2a00:1450:4001:9ab:1c2d:3e4f:5a6b:7c8d"
ULA = "fd12:3456:789a:1::abcd"


def expected(host_address):
    """What each record must serve when this host has `host_address` (worked
    out by hand here, not with Homing's code)."""
    # Only the examples' addresses occur: their /64 prefix is the first four groups.
    groups = host_address.split(":")[:4]
    prefix64 = ":".join(groups)
    # /60: the fourth group keeps its first three hex digits, the suffix 0:0:0:5:: gives the last.
    fourth = int(groups[3], 16)
    printer = "%s:%x::80" % (":".join(groups[:3]), (fourth & 0xfff0) | 0x5)
    return {
        THIS: host_address,
        NAS: prefix64 + "::1234",
        CAMERA: prefix64 + ":211:22ff:fe33:4455",  # ff:fe inserted, the U/L bit of 00 flipped to 02
        PRINTER: printer,
    }


class LanHostTests(HomingTestCase):

    def setUp(self):
        super().setUp()
        self.echo6 = self.echo(FIRST)
        self.dns = self.start(Bind9Server, self.root)
        self.env[TSIG_ENV] = self.dns.secret(DDNS_KEY)

    def nameservers(self):
        servers = ["127.0.0.1:%d" % self.dns.port]
        if IPV6:
            servers.append("[::1]:%d" % self.dns.port)
        return servers

    def records(self, **nas_extra):
        nas = {"ipv6_suffix": "::1234"}
        nas.update(nas_extra)
        return [
            self.record(ACCOUNT, THIS, "AAAA", ttl=TTL),
            self.record(ACCOUNT, NAS, "AAAA", ttl=TTL, **nas),
            self.record(ACCOUNT, CAMERA, "AAAA", ttl=TTL, ipv6_mac=MAC),
            self.record(ACCOUNT, PRINTER, "AAAA", ttl=TTL, ipv6_suffix="0:0:0:5::80", ipv6_prefix_length=60),
        ]

    def write(self, records=None):
        account = {"id": ACCOUNT, "provider": "rfc2136", "nameservers": self.nameservers(),
                   "settings": {"server": self.dns.address, "port": self.dns.port, "zone": ZONE,
                                "key_name": DDNS_KEY},
                   "secrets": {"tsig_secret": self.secret_ref(TSIG_ENV)}}
        self.write_config(self.make_config([], [account], records or self.records(), ipv4=False,
                                           ipv6_sources=self.echo6.sources(2), ipv6_min_agree=2))

    def served(self):
        return {name: dig(self.dns, name, "AAAA") for name in (THIS, NAS, CAMERA, PRINTER)}

    def assert_serves(self, host_address):
        want = expected(host_address)
        self.assertEqual(self.served(), {name: [(TTL, value)] for name, value in want.items()})
        for name, value in want.items():
            record = self.record_status(name, "AAAA")
            self.assertEqual((record["state"], record["value"], record["target"]), ("in_sync", value, value), record)
            self.assertIs(record["live"], True, record)
            for answer in record["served"]:
                self.assertEqual(answer.get("values"), [value], record)
        return want

    def test_each_host_gets_its_address_and_a_new_prefix_moves_all_of_them_in_one_pass(self):
        self.write()
        result = self.update(expect=EXIT_OK)
        first = self.assert_serves(FIRST)
        self.assertEqual(self.dns.update_count(), 4, "one UPDATE per record:\n%s" % result)
        nas = self.record_status(NAS, "AAAA")
        self.assertEqual(nas["lan_host"], {"suffix": "::1234", "prefix_length": 64, "from_mac": False}, nas)
        camera = self.record_status(CAMERA, "AAAA")
        self.assertEqual(camera["lan_host"], {"suffix": "::211:22ff:fe33:4455", "prefix_length": 64,
                                              "from_mac": True}, camera)
        self.assertIsNone(self.record_status(THIS, "AAAA")["lan_host"])

        # Nothing changed: nothing is sent.
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dns.update_count(), 4, "a run without a change sent an UPDATE")

        # This host takes a new interface ID in the same /64 (a new stable
        # address): only its own record moves.
        self.echo6.set_address(SAME_PREFIX_NEW_IID)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dns.update_count(), 5, "only this host's record is sent")
        moved = self.assert_serves(SAME_PREFIX_NEW_IID)
        for name in (NAS, CAMERA, PRINTER):
            self.assertEqual(moved[name], first[name])

        # The provider hands out a new prefix: every record moves in this one pass.
        self.echo6.set_address(NEW_PREFIX)
        result = self.update(expect=EXIT_OK)
        self.assertEqual(self.dns.update_count(), 9, "all four records in one pass:\n%s" % result)
        renumbered = self.assert_serves(NEW_PREFIX)
        self.assertEqual(renumbered[PRINTER], "2a00:1450:4001:9a5::80")  # a /60 boundary inside a byte
        self.assertEqual(renumbered[CAMERA], "2a00:1450:4001:9ab:211:22ff:fe33:4455")
        entries = {e["record"]: e for e in self.history() if e["result"] == "ok" and e["new"] in renumbered.values()}
        for name in (NAS, CAMERA, PRINTER):
            self.assertEqual((entries[name]["old"], entries[name]["new"]), (moved[name], renumbered[name]))
            self.assertIn("the IPv6 prefix changed", entries[name]["detail"])

    def test_a_lan_host_pointed_at_this_hosts_address_is_drift(self):
        # This host's own address is no drift for its own record, but it is
        # for a NAS whose address is the prefix plus its suffix.
        self.write()
        self.update(expect=EXIT_OK)
        self.assert_serves(FIRST)
        set_rrset(self.dns, NAS, "AAAA", [FIRST], ttl=TTL)
        result = self.cli("verify")
        self.assert_exit(result, EXIT_FAILURE)
        nas = self.record_status(NAS, "AAAA")
        self.assertIs(nas["live"], False, nas)
        self.assertEqual(nas["drift"]["value"], FIRST, nas)
        # The next pass sets it back to the combined address.
        self.update(expect=EXIT_OK)
        self.assertEqual(dig(self.dns, NAS, "AAAA"), [(TTL, expected(FIRST)[NAS])])

    def test_allow_private_judges_the_combined_address(self):
        self.echo6.set_address(ULA)
        self.write(self.records()[:2])
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.dns.update_count(), 0)
        nas = self.record_status(NAS, "AAAA")
        self.assertEqual((nas["state"], nas["last_result"], nas["target"]),
                         ("failing", "address_not_public", "fd12:3456:789a:1::1234"), nas)
        self.assertIn("fd12:3456:789a:1::1234", nas["last_error"])
        refused = [e for e in self.history() if e["record"] == NAS and e["result"] == "address_not_public"]
        self.assertEqual([e["new"] for e in refused], ["fd12:3456:789a:1::1234"])

        records = self.records(allow_private=True)[:2]
        records[0]["allow_private"] = True
        self.write(records)
        self.update(expect=EXIT_OK)
        self.assertEqual(dig(self.dns, NAS, "AAAA"), [(TTL, "fd12:3456:789a:1::1234")])
        self.assertEqual(dig(self.dns, THIS, "AAAA"), [(TTL, ULA)])

    def test_an_a_record_with_a_suffix_is_refused_before_anything_is_sent(self):
        self.write([self.record(ACCOUNT, THIS, "A", ipv6_suffix="::1234")])
        result = self.update()
        self.assertNotEqual(result.code, EXIT_OK, result)
        self.assertIn("ipv6_suffix", result.out + result.err)
        self.assertIn("only AAAA", result.out + result.err)
        self.assertEqual(self.dns.update_count(), 0)


if __name__ == "__main__":
    unittest.main()
