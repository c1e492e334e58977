"""Namecheap dynamic DNS against its emulator (tests/emulators/namecheap.js):
one GET per host, XML answers, IPv4 only, no way to read a record."""

import unittest

from homing_e2e.emulators import NodeEmulator
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_V6, CANARY, EXIT_FAILURE, EXIT_OK, EXIT_USAGE,
                                HomingTestCase, now_utc, setUpModule)  # noqa: F401


class NamecheapTests(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)

    def start_namecheap(self, hosts=None, password=CANARY):
        self.nc = self.start(NodeEmulator, "namecheap", {"domains": {"example.com": {
            "password": password, "hosts": hosts if hosts is not None else {"nas": ADDRESS_B, "@": ADDRESS_B, "www": "81.2.69.9"}}}})
        return self.nc

    def write(self, name="nas.example.com", rtype="A", domain="example.com", **extra):
        account = {"id": "nc", "provider": "namecheap", "endpoint": self.nc.base_url, "ca_file": self.ca_file,
                   "settings": {"domain": domain}, "secrets": {"password": self.secret_ref()}}
        self.write_config(self.make_config(self.echo_service.sources(2), [account],
                                           [self.record("nc", name, rtype, **extra)], min_agree=2))

    def hosts(self):
        return self.nc.state()["domains"]["example.com"]["hosts"]

    def assert_blocked(self, name, result_key):
        record = self.record_status(name)
        self.assertEqual((record["state"], record["last_result"]), ("blocked", result_key), record)
        return record

    def test_updates_the_host_and_sends_nothing_while_in_sync(self):
        self.start_namecheap()
        self.write()
        self.update(expect=EXIT_OK)
        [request] = self.nc.received()
        self.assertEqual((request.method, request.path), ("GET", "/update"))
        self.assertEqual((request.param("host"), request.param("domain"), request.param("ip")), ("nas", "example.com", ADDRESS_A))
        self.assertEqual(self.hosts(), {"nas": ADDRESS_A, "@": ADDRESS_B, "www": "81.2.69.9"})
        self.assertEqual(self.record_status("nas.example.com")["state"], "in_sync")
        self.update(expect=EXIT_OK)
        self.assertEqual(self.nc.count(), 1)

    def test_the_apex_is_host_at(self):
        self.start_namecheap()
        self.write(name="example.com")
        self.update(expect=EXIT_OK)
        self.assertEqual(self.nc.received()[0].param("host"), "@")
        self.assertEqual(self.hosts()["@"], ADDRESS_A)
        self.assertEqual(self.hosts()["nas"], ADDRESS_B)

    def test_a_host_without_a_dynamic_record_is_no_such_host_and_stays_blocked(self):
        self.start_namecheap(hosts={"www": "81.2.69.9"})
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked("nas.example.com", "no_such_host")
        self.assertIn("A + Dynamic DNS Record", record["last_error"])
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.nc.count(), 1)

    def test_a_wrong_password_is_auth_failed_across_restarts(self):
        self.start_namecheap(password="the-dynamic-dns-password")
        self.write()
        self.update(expect=EXIT_FAILURE)
        record = self.assert_blocked("nas.example.com", "auth_failed")
        self.assertIn("Passwords do not match", record["last_error"])
        for _ in range(2):
            self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.nc.count(), 1)
        self.assertEqual(self.hosts()["nas"], ADDRESS_B)

    def test_rate_limit_waits_as_long_as_asked(self):
        self.start_namecheap()
        self.write()
        self.nc.queue(429, "Too Many Requests", headers={"Retry-After": "600"})
        started = now_utc()
        self.update(expect=EXIT_FAILURE)
        record = self.record_status("nas.example.com")
        self.assertEqual((record["state"], record["last_result"]), ("failing", "rate_limited"), record)
        self.assert_next_attempt_at_least(record, 600, started)

    def test_aaaa_is_refused_before_anything_is_sent(self):
        self.start_namecheap()
        self.write(rtype="AAAA")
        result = self.cli("check-config")
        self.assert_exit(result, EXIT_USAGE)
        self.assertIn("IPv4", result.out + result.err)
        self.assertEqual(self.nc.count(), 0)

    def test_a_name_outside_the_domain_is_refused(self):
        self.start_namecheap()
        self.write(name="nas.example.org")
        result = self.cli("check-config")
        self.assert_exit(result, EXIT_USAGE)
        self.assertIn("example.com", result.out + result.err)


if __name__ == "__main__":
    unittest.main()
