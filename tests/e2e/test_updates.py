"""First updates, nothing-changed runs and address changes, per provider."""

import base64
import datetime
import json
import os
import unittest

from homing_e2e import fakes
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_V6, CANARY, EXIT_FAILURE, EXIT_OK, EXIT_USAGE,
                                HomingTestCase, setUpModule)  # noqa: F401

CF_NAME = "nas.example.com"
DD_NAME = "home.example.org"
DUCK_NAME = "myhome.duckdns.org"


class ProviderTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)
        self.cf = self.start(fakes.CloudflareServer, token=CANARY)
        self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        self.duck = self.start(fakes.DuckDnsServer, token=CANARY, domains=["myhome"])

    def write_all(self, cf_record=None):
        config = self.make_config(
            self.echo_service.sources(2),
            [self.cloudflare_account(self.cf), self.dyndns2_account(self.dd), self.duckdns_account(self.duck)],
            [cf_record or self.record("cf", CF_NAME, ttl=120, settings={"proxied": False}),
             self.record("dd", DD_NAME), self.record("duck", DUCK_NAME)],
            min_agree=2)
        self.write_config(config)

    def history_of(self, name):
        """The history entries of one record (accounts answer in any order)."""
        return [e for e in self.history() if e["record"] == name]

    def provider_counts(self):
        return (self.cf.count(), self.dd.count(), self.duck.count())

    def assert_in_sync(self, name, value, rtype="A"):
        record = self.record_status(name, rtype)
        self.assertEqual(record["state"], "in_sync", record)
        self.assertEqual(record["value"], value, record)
        self.assertIsNotNone(record["last_success"], record)
        self.assertIsNone(record["last_error"], record)
        self.assertIsNone(record["next_attempt"], record)


class FirstUpdateTests(ProviderTestCase):
    def test_first_update_of_three_providers_exits_0_and_records_history(self):
        self.write_all()
        result = self.update(expect=EXIT_OK)
        self.assertIn("IPv4 address: %s (2 of 2 sources agree)" % ADDRESS_A, result.out)

        # Cloudflare: zone found by name, record listed, then created.
        self.assertEqual([(r.method, r.path) for r in self.cf.received()], [
            ("GET", "/client/v4/zones"), ("GET", "/client/v4/zones"),
            ("GET", "/client/v4/zones/%s/dns_records" % self.cf.zone_id()),
            ("POST", "/client/v4/zones/%s/dns_records" % self.cf.zone_id())])
        self.assertEqual([r.param("name") for r in self.cf.received()[:2]], [CF_NAME, "example.com"])
        for request in self.cf.received():
            self.assertEqual(request.header("Authorization"), "Bearer " + CANARY)
        listing = self.cf.received()[2]
        self.assertEqual((listing.param("type"), listing.param("name.exact")), ("A", CF_NAME))
        self.assertEqual(self.cf.received()[3].json(),
                         {"type": "A", "name": CF_NAME, "content": ADDRESS_A, "ttl": 120, "proxied": False})
        self.assertEqual([(r["content"], r["ttl"], r["proxied"]) for r in self.cf.find(CF_NAME, "A")],
                         [(ADDRESS_A, 120, False)])

        # dyndns2: one GET with Basic auth, answered "good".
        [update] = self.dd.updates()
        self.assertEqual(update.method, "GET")
        self.assertEqual(update.query, {"hostname": [DD_NAME], "myip": [ADDRESS_A]})
        self.assertEqual(update.header("Authorization"),
                         "Basic " + base64.b64encode(("homer:" + CANARY).encode()).decode())
        self.assertEqual(self.dd.hosts[DD_NAME], ADDRESS_A)

        # DuckDNS: sub-name, token, ip, verbose.
        [update] = self.duck.updates()
        self.assertEqual(update.query, {"domains": ["myhome"], "token": [CANARY], "ip": [ADDRESS_A],
                                        "verbose": ["true"]})
        self.assertEqual(self.duck.domains["myhome"], [ADDRESS_A, None])

        # Accounts run side by side: their entries come in the order the answers came.
        history = self.history()
        self.assertEqual((history[0]["record"], history[0]["new"], history[0]["result"]),
                         ("", ADDRESS_A, "address_changed"))
        by_record = {e["record"]: e for e in history[1:]}
        self.assertEqual(len(history), 4)
        self.assertEqual({name: (e["account"], e["type"], e["old"], e["new"], e["result"])
                          for name, e in by_record.items()}, {
            CF_NAME: ("cf", "A", None, ADDRESS_A, "ok"),
            DD_NAME: ("dd", "A", None, ADDRESS_A, "ok"),
            DUCK_NAME: ("duck", "A", None, ADDRESS_A, "ok")})
        self.assertIn("good " + ADDRESS_A, by_record[DD_NAME]["detail"])
        self.assertIn("UPDATED", by_record[DUCK_NAME]["detail"])

        status = self.status()
        self.assertEqual(status["ipv4"]["address"], ADDRESS_A)
        self.assertEqual([s["address"] for s in status["ipv4"]["sources"]], [ADDRESS_A, ADDRESS_A])
        for name in (CF_NAME, DD_NAME, DUCK_NAME):
            self.assert_in_sync(name, ADDRESS_A)

    def test_cloudflare_updates_a_different_record_with_patch_keeping_proxied(self):
        existing = self.cf.add_record(CF_NAME, "A", ADDRESS_B, proxied=True, ttl=1)
        self.write_all(cf_record=self.record("cf", CF_NAME))  # neither ttl nor proxied configured
        result = self.update(expect=EXIT_OK)
        self.assertIn("%s A: updated" % CF_NAME, result.out)
        writes = self.cf.writes()
        self.assertEqual([(r.method, r.path) for r in writes],
                         [("PATCH", "/client/v4/zones/%s/dns_records/%s" % (self.cf.zone_id(), existing["id"]))])
        self.assertEqual(writes[0].json(), {"type": "A", "name": CF_NAME, "content": ADDRESS_A, "ttl": 1})
        [record] = self.cf.find(CF_NAME, "A")
        self.assertEqual((record["content"], record["proxied"], record["ttl"]), (ADDRESS_A, True, 1))
        self.assert_in_sync(CF_NAME, ADDRESS_A)
        self.assertIn("changed from %s" % ADDRESS_B, self.history_of(CF_NAME)[-1]["detail"])

    def test_cloudflare_patch_sets_proxied_when_configured(self):
        existing = self.cf.add_record(CF_NAME, "A", ADDRESS_B, proxied=True, ttl=1)
        self.write_all(cf_record=self.record("cf", CF_NAME, ttl=300, settings={"proxied": False}))
        self.update(expect=EXIT_OK)
        [write] = self.cf.writes()
        self.assertTrue(write.path.endswith("/" + existing["id"]))
        self.assertEqual(write.json(), {"type": "A", "name": CF_NAME, "content": ADDRESS_A, "ttl": 300,
                                        "proxied": False})

    def test_cloudflare_record_already_right_sends_no_write(self):
        self.cf.add_record(CF_NAME, "A", ADDRESS_A, proxied=False, ttl=120)
        self.write_all()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.cf.writes(), [])
        self.assertEqual(self.history_of(CF_NAME)[-1]["result"], "no_change")
        self.assert_in_sync(CF_NAME, ADDRESS_A)

    def test_cloudflare_zone_id_skips_the_zone_lookup(self):
        config = self.make_config(self.echo_service.sources(2),
                                  [self.cloudflare_account(self.cf, zone_id=self.cf.zone_id())],
                                  [self.record("cf", CF_NAME)])
        self.write_config(config)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.cf.count("/client/v4/zones"), 0)
        self.assertEqual([r.method for r in self.cf.received()], ["GET", "POST"])

    def test_cloudflare_aaaa_record_from_ipv6_sources(self):
        echo6 = self.echo(ADDRESS_V6)
        config = self.make_config([], [self.cloudflare_account(self.cf)], [self.record("cf", CF_NAME, "AAAA")],
                                  ipv4=False, ipv6_sources=echo6.sources(2))
        self.write_config(config)
        result = self.update(expect=EXIT_OK)
        self.assertIn("IPv6 address: %s" % ADDRESS_V6, result.out)
        self.assertEqual(self.cf.writes()[0].json()["type"], "AAAA")
        self.assertEqual([r["content"] for r in self.cf.find(CF_NAME, "AAAA")], [ADDRESS_V6])
        self.assertEqual(self.echo_service.count(), 0, "IPv4 detection is disabled")
        self.assert_in_sync(CF_NAME, ADDRESS_V6, "AAAA")

    def test_duckdns_that_already_has_the_address_answers_nochange(self):
        self.duck.domains["myhome"] = [ADDRESS_A, None]
        self.write_config(self.make_config(self.echo_service.sources(2), [self.duckdns_account(self.duck)],
                                           [self.record("duck", DUCK_NAME)]))
        self.update(expect=EXIT_OK)
        self.assertEqual(self.duck.count(), 1)
        self.assertEqual(self.history()[1]["result"], "no_change")
        self.assert_in_sync(DUCK_NAME, ADDRESS_A)

    def test_dynu_preset_sends_the_other_family_as_no(self):
        dynu = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        echo6 = self.echo(ADDRESS_V6)
        config = self.make_config(self.echo_service.sources(2), [self.dyndns2_account(dynu, provider="dynu")],
                                  [self.record("dd", DD_NAME, "A"), self.record("dd", DD_NAME, "AAAA")],
                                  ipv6_sources=echo6.sources(2))
        self.write_config(config)
        self.update(expect=EXIT_OK)
        self.assertEqual(sorted((r.param("myip"), r.param("myipv6")) for r in dynu.updates()),
                         sorted([(ADDRESS_A, "no"), ("no", ADDRESS_V6)]))
        self.assertEqual((dynu.hosts[DD_NAME], dynu.hosts6[DD_NAME]), (ADDRESS_A, ADDRESS_V6))
        self.assert_in_sync(DD_NAME, ADDRESS_A, "A")
        self.assert_in_sync(DD_NAME, ADDRESS_V6, "AAAA")

    def test_noip_preset_pointed_at_the_fake(self):
        noip = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        self.write_config(self.make_config(self.echo_service.sources(2),
                                           [self.dyndns2_account(noip, provider="noip")],
                                           [self.record("dd", DD_NAME)]))
        self.update(expect=EXIT_OK)
        [update] = noip.updates()
        self.assertEqual(update.query, {"hostname": [DD_NAME], "myip": [ADDRESS_A]})
        self.assert_in_sync(DD_NAME, ADDRESS_A)


class NothingChangedTests(ProviderTestCase):
    def test_second_update_sends_no_provider_request(self):
        self.write_all()
        self.update(expect=EXIT_OK)
        before = self.provider_counts()
        echo_before = self.echo_service.count()
        history_before = len(self.history())
        result = self.update(expect=EXIT_OK)
        self.assertEqual(self.provider_counts(), before, "a run with nothing changed contacted a provider")
        self.assertEqual(self.echo_service.count(), echo_before + 2, "the address is detected on every run")
        for name in (CF_NAME, DD_NAME, DUCK_NAME):
            self.assertIn("%s A: in sync (%s)" % (name, ADDRESS_A), result.out)
        self.assertEqual(len(self.history()), history_before, "nothing happened, so nothing is added to history")
        # And once more: still nothing.
        self.update(expect=EXIT_OK)
        self.assertEqual(self.provider_counts(), before)


class AddressChangeTests(ProviderTestCase):
    def test_address_change_sends_exactly_one_update_with_the_new_address(self):
        self.write_all()
        self.update(expect=EXIT_OK)
        cf_before, dd_before, duck_before = self.provider_counts()
        cf_writes_before = len(self.cf.writes())

        self.echo_service.set_address(ADDRESS_B)
        result = self.update(expect=EXIT_OK)
        self.assertIn("updated from %s to %s" % (ADDRESS_A, ADDRESS_B), result.out)

        new_dd = self.dd.updates()[dd_before:]
        self.assertEqual([r.param("myip") for r in new_dd], [ADDRESS_B])
        new_duck = self.duck.updates()[duck_before:]
        self.assertEqual([r.param("ip") for r in new_duck], [ADDRESS_B])
        new_writes = self.cf.writes()[cf_writes_before:]
        self.assertEqual([(r.method, r.json()) for r in new_writes], [("PATCH", {
            "type": "A", "name": CF_NAME, "content": ADDRESS_B, "ttl": 120, "proxied": False})])
        self.assertEqual([r["content"] for r in self.cf.find(CF_NAME, "A")], [ADDRESS_B])

        history = self.history()[4:]
        self.assertEqual((history[0]["record"], history[0]["old"], history[0]["new"], history[0]["result"]),
                         ("", ADDRESS_A, ADDRESS_B, "address_changed"))
        self.assertEqual(sorted((e["record"], e["old"], e["new"], e["result"]) for e in history[1:]), sorted([
            (CF_NAME, ADDRESS_A, ADDRESS_B, "ok"),
            (DD_NAME, ADDRESS_A, ADDRESS_B, "ok"),
            (DUCK_NAME, ADDRESS_A, ADDRESS_B, "ok")]))
        for name in (CF_NAME, DD_NAME, DUCK_NAME):
            self.assert_in_sync(name, ADDRESS_B)

        # Settled: the next run sends nothing.
        counts = self.provider_counts()
        self.update(expect=EXIT_OK)
        self.assertEqual(self.provider_counts(), counts)


class MoreProviderTests(ProviderTestCase):
    def test_international_name_is_sent_in_punycode(self):
        self.write_config(self.make_config(self.echo_service.sources(2), [self.cloudflare_account(self.cf)],
                                           [self.record("cf", "Bücher.Example.COM.")]))
        self.update(expect=EXIT_OK)
        [write] = self.cf.writes()
        self.assertEqual(write.json(), {"type": "A", "name": "xn--bcher-kva.example.com", "content": ADDRESS_A,
                                        "ttl": 1, "proxied": False})
        self.assertEqual(self.status()["records"][0]["name"], "xn--bcher-kva.example.com")
        self.update("--record", "bücher.example.com", expect=EXIT_OK)
        self.assertEqual(len(self.cf.writes()), 1)

    def test_cloudflare_duplicate_records_are_not_guessed_at(self):
        self.cf.add_record(CF_NAME, "A", "81.2.69.201")
        self.cf.add_record(CF_NAME, "A", "81.2.69.202")
        self.write_config(self.make_config(self.echo_service.sources(2), [self.cloudflare_account(self.cf)],
                                           [self.record("cf", CF_NAME)]))
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.cf.writes(), [])
        record = self.record_status(CF_NAME)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", "config_error"))
        self.assertIn("2 A records exist", record["last_error"])

    def test_duckdns_aaaa(self):
        echo6 = self.echo(ADDRESS_V6)
        self.write_config(self.make_config(self.echo_service.sources(2), [self.duckdns_account(self.duck)],
                                           [self.record("duck", DUCK_NAME), self.record("duck", DUCK_NAME, "AAAA")],
                                           ipv6_sources=echo6.sources(2)))
        self.update(expect=EXIT_OK)
        sent = {(r.param("ip"), r.param("ipv6")) for r in self.duck.updates()}
        self.assertEqual(sent, {(ADDRESS_A, None), (None, ADDRESS_V6)})
        self.assertEqual(self.duck.count(), 2)
        self.assertEqual(self.duck.domains["myhome"], [ADDRESS_A, ADDRESS_V6])
        self.assert_in_sync(DUCK_NAME, ADDRESS_V6, "AAAA")

    def test_provider_echoing_another_address_is_a_bad_response(self):
        self.dd.set_override(fakes.Response.text("good 81.2.69.199"))
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                           [self.record("dd", DD_NAME)]))
        self.update(expect=EXIT_FAILURE)
        record = self.record_status(DD_NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "bad_response"))
        self.assertIn("81.2.69.199", record["last_error"])


class SharedRequestTests(ProviderTestCase):
    """Records of one account that take the same address share a request."""

    def test_dyndns2_hosts_go_in_one_request_of_at_most_twenty(self):
        names = ["h%02d.example.org" % i for i in range(23)]
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={n: None for n in names})
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(dd)],
                                           [self.record("dd", n) for n in names]))
        self.update(expect=EXIT_OK)
        self.assertEqual([u.param("hostname").split(",") for u in dd.updates()], [names[:20], names[20:]])
        self.assertEqual({u.param("myip") for u in dd.updates()}, {ADDRESS_A})
        for name in names:
            self.assertEqual(dd.hosts[name], ADDRESS_A)
        self.assertEqual(sorted(e["record"] for e in self.history()[1:]), names)
        # Nothing changed: nothing sent.
        self.update(expect=EXIT_OK)
        self.assertEqual(len(dd.updates()), 2)

    def test_duckdns_domains_go_in_one_request(self):
        duck = self.start(fakes.DuckDnsServer, token=CANARY, domains=("myhome", "office"))
        self.write_config(self.make_config(
            self.echo_service.sources(2), [self.duckdns_account(duck)],
            [self.record("duck", DUCK_NAME), self.record("duck", "office.duckdns.org")]))
        self.update(expect=EXIT_OK)
        [update] = duck.received("/update")
        self.assertEqual(update.param("domains"), "myhome,office")
        self.assertEqual(duck.domains["office"][0], ADDRESS_A)
        self.assert_in_sync("office.duckdns.org", ADDRESS_A)
        self.assert_in_sync(DUCK_NAME, ADDRESS_A)

    def test_dynu_sends_one_host_a_request(self):
        names = ["a.example.org", "b.example.org"]
        dynu = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={n: None for n in names})
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(dynu, provider="dynu")],
                                           [self.record("dd", n) for n in names]))
        self.update(expect=EXIT_OK)
        self.assertEqual([u.param("hostname") for u in dynu.updates()], names)


class KeepAliveTests(ProviderTestCase):
    def age_last_success(self, key, days):
        """Moves the record's last success into the past, as if that many days had gone by."""
        path = os.path.join(self.data_dir, "state.json")
        with open(path) as f:
            state = json.load(f)
        when = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=days)
        state["records"][key]["last_success"] = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        with open(path, "w") as f:
            json.dump(state, f)

    def test_noip_host_is_refreshed_before_it_expires(self):
        noip = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        self.write_config(self.make_config(self.echo_service.sources(2),
                                           [self.dyndns2_account(noip, provider="noip")],
                                           [self.record("dd", DD_NAME)]))
        self.update(expect=EXIT_OK)
        self.age_last_success("dd/%s/A" % DD_NAME, 10)
        self.update(expect=EXIT_OK)
        self.assertEqual(noip.count(), 1, "10 days is not old enough for a keep-alive")
        self.age_last_success("dd/%s/A" % DD_NAME, 26)
        self.update(expect=EXIT_OK)
        self.assertEqual(noip.count(), 2)
        last = self.history()[-1]
        self.assertEqual((last["record"], last["result"]), (DD_NAME, "no_change"))
        self.assertIn("keep-alive", last["detail"])
        self.update(expect=EXIT_OK)
        self.assertEqual(noip.count(), 2)

    def test_generic_dyndns2_has_no_keep_alive(self):
        self.write_config(self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                           [self.record("dd", DD_NAME)]))
        self.update(expect=EXIT_OK)
        self.age_last_success("dd/%s/A" % DD_NAME, 400)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dd.count(), 1)


class DataFileTests(ProviderTestCase):
    def test_data_files_are_private(self):
        self.write_all()
        self.update(expect=EXIT_OK)
        self.assertEqual(os.stat(self.data_dir).st_mode & 0o777, 0o700)
        for name in ("state.json", "history.jsonl", "homing.log"):
            mode = os.stat(os.path.join(self.data_dir, name)).st_mode & 0o777
            self.assertEqual(mode & 0o077, 0, "%s is readable by others: %o" % (name, mode))

    def test_damaged_state_is_moved_aside_not_deleted(self):
        self.write_all()
        self.update(expect=EXIT_OK)
        path = os.path.join(self.data_dir, "state.json")
        with open(path, "w") as f:
            f.write('{"records": {')
        status = self.cli("status")
        self.assert_exit(status, EXIT_OK)
        with open(path) as f:
            self.assertEqual(f.read(), '{"records": {', "status must not touch the state")
        result = self.update(expect=EXIT_OK)
        self.assertIn("could not be read", result.err)
        aside = [name for name in os.listdir(self.data_dir) if name.startswith("state.json.damaged-")]
        self.assertEqual(len(aside), 1)
        with open(os.path.join(self.data_dir, aside[0])) as f:
            self.assertEqual(f.read(), '{"records": {')
        self.assertEqual(self.record_status(DD_NAME)["state"], "in_sync")


class RecordOptionTests(ProviderTestCase):
    def test_update_record_limits_the_pass_to_that_record(self):
        self.write_all()
        result = self.update("--record", DD_NAME.upper() + ".", expect=EXIT_OK)
        self.assertEqual(self.dd.count(), 1)
        self.assertEqual((self.cf.count(), self.duck.count()), (0, 0))
        self.assertNotIn(CF_NAME, result.out)
        self.assertEqual(self.record_status(CF_NAME)["state"], "pending")
        self.assertEqual(self.record_status(DD_NAME)["state"], "in_sync")

    def test_update_unknown_record_is_a_usage_error(self):
        self.write_all()
        result = self.update("--record", "nothere.example.org", expect=EXIT_USAGE)
        self.assertIn("nothere.example.org", result.err)
        self.assertEqual(self.provider_counts(), (0, 0, 0))
        self.assertEqual(self.echo_service.count(), 0)


if __name__ == "__main__":
    unittest.main()
