"""Interface sources (interface:NAME, interface:*) on real kernel addresses.

Each test builds a host namespace with a veth pair to a peer namespace (both
inside the suite's private namespace, names unique per run, deleted after the
test) and gives the host interface real addresses whose flags the kernel
sets itself:

- 2408:8207:1:2::10/64 permanent with mngtmpaddr (the stable one), and with
  use_tempaddr=2 the privacy address the kernel makes from it (temporary);
- 2408:8207:1:2::de/64 with preferred_lft 0 (deprecated);
- 2408:8207:1:2::dad/64 also held by the peer, so DAD fails (dadfailed);
- 2408:8207:1:2::7e/64 added while DAD is made to take a minute (tentative);
- fd12:3456:789a:1::10/64 (ULA) and the kernel's fe80:: link-local;
- IPv4 81.2.69.160/24 (public) and 192.168.77.10/24 (private).

homing-cli runs in the host namespace (the test thread enters it with
setns, so homing-cli and BIND started meanwhile live there): `ip --json`
must choose the stable address and give each skipped one its reason, and an
update through a real BIND 9 (rfc2136) must publish the chosen address.
"""

import unittest

from homing_e2e.dns_servers import DDNS_KEY, NAME, ZONE, Bind9Server, dig
from homing_e2e.harness import EXIT_FAILURE, EXIT_OK, HomingTestCase, setUpModule  # noqa: F401
from homing_e2e.netns import NetNs

STABLE = "2408:8207:1:2::10"
DEPRECATED = "2408:8207:1:2::de"
DUPLICATE = "2408:8207:1:2::dad"
TENTATIVE = "2408:8207:1:2::7e"
ULA = "fd12:3456:789a:1::10"
ULA_ONLY = "fd12:3456:789a:2::20"
PUBLIC_V4 = "81.2.69.160"
PRIVATE_V4 = "192.168.77.10"
TSIG_ENV = "HOMING_TSIG_SECRET"


class InterfaceSourceTests(HomingTestCase):

    def setUp(self):
        super().setUp()
        self.ns = NetNs("ifscan")
        self.addCleanup(self.ns.delete)
        self.peer = self.ns.new_peer_namespace("ifpeer")
        self.build_host()

    # -- the host --------------------------------------------------------------------
    def flags_of(self, interface, address):
        for link in self.ns.addresses(interface):
            for info in link.get("addr_info", []):
                if info.get("local") == address:
                    return info
        return None

    def temporary_addresses(self):
        return [info["local"] for link in self.ns.addresses("h0") for info in link.get("addr_info", [])
                if info.get("temporary")]

    def build_host(self):
        ns = self.ns
        ns.add_veth("h0", "p0", peer_ns=self.peer)
        ns.add_veth("h2", "p2", peer_ns=self.peer)
        ns.sysctl("net.ipv6.conf.h0.use_tempaddr", 2)
        # The peer holds DUPLICATE first, so the host's DAD for it fails.
        ns.add_address("p0", DUPLICATE + "/64", "nodad", namespace=self.peer)
        ns.add_address("h0", STABLE + "/64", "nodad", "mngtmpaddr")
        ns.add_address("h0", DEPRECATED + "/64", "nodad", "preferred_lft", 0, "valid_lft", 3600)
        ns.add_address("h0", DUPLICATE + "/64")
        ns.add_address("h0", ULA + "/64", "nodad")
        ns.add_address("h0", PUBLIC_V4 + "/24")
        ns.add_address("h0", PRIVATE_V4 + "/24")
        ns.add_address("h2", ULA_ONLY + "/64", "nodad")
        ns.wait_for(lambda: (self.flags_of("h0", DUPLICATE) or {}).get("dadfailed"), message="DAD to fail on " + DUPLICATE)
        ns.wait_for(lambda: self.temporary_addresses(), message="the kernel's temporary address")
        ns.wait_for(lambda: not any(self.flags_of("h0", a).get("tentative") for a in self.temporary_addresses()),
                    message="the temporary address to finish DAD")
        # Now make DAD take a minute: the next address stays tentative through the test.
        ns.sysctl("net.ipv6.neigh.h0.retrans_time_ms", 60000)
        ns.add_address("h0", TENTATIVE + "/64")
        ns.wait_for(lambda: (self.flags_of("h0", TENTATIVE) or {}).get("tentative"), message=TENTATIVE + " tentative")
        self.temporary = self.temporary_addresses()[0]
        self.link_local = [info["local"] for link in self.ns.addresses("h0") for info in link["addr_info"]
                           if info.get("scope") == "link"][0]

    # -- helpers ---------------------------------------------------------------------
    def write_ip_config(self, ipv6_sources, ipv4_sources=(), accounts=(), records=()):
        config = self.make_config(list(ipv4_sources), list(accounts), list(records), min_agree=1,
                                  ipv6_sources=list(ipv6_sources), ipv6_min_agree=1, ipv4=bool(ipv4_sources))
        self.write_config(config)

    def ip_json(self):
        with self.ns.entered():
            result = self.cli("ip", "--json")
        return result, result.json()

    @staticmethod
    def source(family_json, spec):
        for source in family_json["sources"]:
            if source["source"] == spec:
                return source
        raise AssertionError("no source %s in %s" % (spec, family_json))

    def candidates(self, source):
        return {c["address"]: c for c in source.get("candidates", [])}

    def assert_reason(self, candidates, address, fragment, flags=None):
        self.assertIn(address, candidates, "no candidate %s in %s" % (address, sorted(candidates)))
        candidate = candidates[address]
        self.assertFalse(candidate["chosen"], candidate)
        self.assertTrue(candidate["reason"].startswith("skipped: "), candidate)
        self.assertIn(fragment, candidate["reason"], candidate)
        for flag in flags or ():
            self.assertIn(flag, candidate["flags"], candidate)

    # -- the cases -------------------------------------------------------------------
    def test_ip_chooses_the_stable_address_and_says_why_each_other_one_is_skipped(self):
        self.write_ip_config(["interface:h0", "interface:*"], ipv4_sources=["interface:h0"])
        result, data = self.ip_json()
        self.assert_exit(result, EXIT_OK)
        self.assertEqual(data["ipv6"]["address"], STABLE, data)
        self.assertEqual(data["ipv4"]["address"], PUBLIC_V4, data)
        for spec in ("interface:h0", "interface:*"):
            source = self.source(data["ipv6"], spec)
            self.assertEqual(source["address"], STABLE, source)
            candidates = self.candidates(source)
            stable = candidates[STABLE]
            self.assertTrue(stable["chosen"], stable)
            self.assertEqual(stable["interface"], "h0")
            self.assertEqual(stable["prefix_length"], 64)
            self.assertEqual(stable["suffix_kind"], "static")
            self.assertIn("permanent", stable["flags"])
            self.assertIn("mngtmpaddr", stable["flags"])
            self.assertIsNone(stable["preferred_lifetime"])
            self.assertIsNone(stable["valid_lifetime"])
            self.assertTrue(stable["reason"].startswith("chosen: the only usable address"), stable)
            self.assert_reason(candidates, self.temporary, "temporary privacy address", ["temporary"])
            self.assertEqual(candidates[self.temporary]["suffix_kind"], "temporary")
            self.assertGreater(candidates[self.temporary]["preferred_lifetime"], 0)
            self.assert_reason(candidates, DEPRECATED, "deprecated", ["deprecated"])
            self.assertEqual(candidates[DEPRECATED]["preferred_lifetime"], 0)
            self.assertLessEqual(candidates[DEPRECATED]["valid_lifetime"], 3600)
            self.assert_reason(candidates, DUPLICATE, "duplicate address detection failed", ["dadfailed"])
            self.assert_reason(candidates, TENTATIVE, "tentative", ["tentative"])
            self.assert_reason(candidates, ULA, "unique local address (ULA), used only when no global")
            self.assert_reason(candidates, self.link_local, "not a global address")
            self.assertNotIn(PUBLIC_V4, candidates)  # IPv4 is not an IPv6 candidate
        everything = self.candidates(self.source(data["ipv6"], "interface:*"))
        self.assert_reason(everything, "::1", "not a global address")
        self.assert_reason(everything, ULA_ONLY, "used only when no global")
        self.assertEqual(everything[ULA_ONLY]["interface"], "h2")
        self.assertNotIn(ULA_ONLY, self.candidates(self.source(data["ipv6"], "interface:h0")))

        v4 = self.candidates(self.source(data["ipv4"], "interface:h0"))
        self.assertTrue(v4[PUBLIC_V4]["chosen"], v4)
        self.assert_reason(v4, PRIVATE_V4, "not a public IPv4 address")
        self.assertEqual(sorted(v4), sorted([PUBLIC_V4, PRIVATE_V4]))

    def test_text_output_lists_each_candidate(self):
        self.write_ip_config(["interface:h0"])
        with self.ns.entered():
            result = self.cli("ip")
        self.assert_exit(result, EXIT_OK)
        lines = result.out.splitlines()
        stable = [line for line in lines if " %s/64 on h0 " % STABLE in line]
        self.assertEqual(len(stable), 1, result.out)
        self.assertTrue(stable[0].strip().startswith("* "), stable)
        self.assertIn("permanent", stable[0])
        self.assertIn("preferred forever", stable[0])
        self.assertIn("chosen:", stable[0])
        temporary = [line for line in lines if " %s/64 on h0 " % self.temporary in line]
        self.assertEqual(len(temporary), 1, result.out)
        self.assertIn("temporary", temporary[0])
        self.assertIn("skipped: a temporary privacy address", temporary[0])

    def test_ula_only_interface_and_filters(self):
        self.write_ip_config(["interface:h2", "interface:h0?prefix=fd00::/8", "interface:h0?suffix=eui64",
                              "interface:h0?temporary=allow&suffix=temporary"])
        result, data = self.ip_json()
        family = data["ipv6"]
        ula_only = self.source(family, "interface:h2")
        self.assertEqual(ula_only["address"], ULA_ONLY, ula_only)
        self.assertIn("no global address is usable", self.candidates(ula_only)[ULA_ONLY]["reason"])
        prefixed = self.source(family, "interface:h0?prefix=fd00::/8")
        self.assertEqual(prefixed["address"], ULA, prefixed)
        self.assert_reason(self.candidates(prefixed), STABLE, "not in the prefix this source asks for (fd00::/8)")
        eui64 = self.source(family, "interface:h0?suffix=eui64")
        self.assertIsNone(eui64["address"], eui64)
        self.assertIn("can be published", eui64["error"])
        self.assert_reason(self.candidates(eui64), STABLE, "its suffix is static, and this source takes only eui64")
        temporary = self.source(family, "interface:h0?temporary=allow&suffix=temporary")
        self.assertEqual(temporary["address"], self.temporary, temporary)
        # The sources disagree: nothing accepted with one vote each and a tie.
        self.assertIn(result.code, (EXIT_OK, EXIT_FAILURE))

    def test_unknown_interface_and_bad_spec(self):
        self.write_ip_config(["interface:nosuch0"])
        result, data = self.ip_json()
        self.assert_exit(result, EXIT_FAILURE)
        source = self.source(data["ipv6"], "interface:nosuch0")
        self.assertIn("no interface nosuch0", source["error"])
        self.assertIn("h0", source["error"])
        self.write_ip_config(["interface:h0?suffix=eui48"])
        with self.ns.entered():
            result = self.cli("ip", "--json")
        self.assertNotEqual(result.code, EXIT_OK)
        self.assertIn("eui48", result.out + result.err)

    def test_wildcard_prefers_the_interface_of_the_default_route(self):
        # A tunnel (say a Hurricane Electric one, or a WireGuard link to a
        # server) with a static global address that ranks before h0's.
        tunnel = "2001:470:1f0b::5"
        self.ns.add_veth("h3", "p3", peer_ns=self.peer)
        self.ns.add_address("h3", tunnel + "/64", "nodad")
        self.write_ip_config(["interface:*"])
        _, data = self.ip_json()
        self.assertEqual(data["ipv6"]["address"], tunnel, data)  # no default route: by rank alone
        self.ns.run(["ip", "-6", "route", "add", "default", "via", "2408:8207:1:2::1", "dev", "h0"])
        result, data = self.ip_json()
        self.assert_exit(result, EXIT_OK)
        self.assertEqual(data["ipv6"]["address"], STABLE, data)
        candidates = self.candidates(self.source(data["ipv6"], "interface:*"))
        self.assert_reason(candidates, tunnel, "on h0, the interface this host's default route leaves by")
        self.assertIn("this one is on h3", candidates[tunnel]["reason"])
        # The default route moves to the tunnel: so does the choice.
        self.ns.run(["ip", "-6", "route", "replace", "default", "dev", "h3"])
        _, data = self.ip_json()
        self.assertEqual(data["ipv6"]["address"], tunnel, data)

    def test_update_publishes_the_chosen_address_through_bind(self):
        with self.ns.entered():
            dns = self.start(Bind9Server, self.root, ipv6=False)
            self.env[TSIG_ENV] = dns.secret(DDNS_KEY)
            account = {"id": "ns", "provider": "rfc2136",
                       "settings": {"server": dns.address, "port": dns.port, "key_name": DDNS_KEY, "zone": ZONE},
                       "secrets": {"tsig_secret": "env:" + TSIG_ENV}}
            self.write_ip_config(["interface:h0"], accounts=[account],
                                 records=[self.record("ns", NAME, "AAAA", ttl=120)])
            self.update(expect=EXIT_OK)
            self.assertEqual([value for _, value in dig(dns, NAME, "AAAA")], [STABLE])
            # The stable address moves: the next update follows it, and never to the temporary one.
            self.ns.run(["ip", "addr", "del", STABLE + "/64", "dev", "h0"])
            self.ns.add_address("h0", "2408:8207:1:2::20/64", "nodad")
            self.update(expect=EXIT_OK)
            self.assertEqual([value for _, value in dig(dns, NAME, "AAAA")], ["2408:8207:1:2::20"])
            record = self.record_status(NAME, "AAAA")
            self.assertEqual(record["value"], "2408:8207:1:2::20", record)


if __name__ == "__main__":
    unittest.main()
