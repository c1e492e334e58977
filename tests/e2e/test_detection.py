"""Address detection: echo-source consensus, answer formats, failures, and the
refusal to publish addresses that are not reachable from the Internet."""

import os
import unittest

from homing_e2e import fakes
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_C, ADDRESS_V6, CANARY, EXIT_FAILURE, EXIT_OK,
                                HomingTestCase, setUpModule)  # noqa: F401

DD_NAME = "home.example.org"


class DetectionTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)
        self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})

    def configure(self, sources, min_agree=None, request_timeout=5, record=None):
        self.write_config(self.make_config(sources, [self.dyndns2_account(self.dd)],
                                           [record or self.record("dd", DD_NAME)], min_agree=min_agree,
                                           request_timeout=request_timeout))

    def ip_json(self, expect):
        result = self.cli("ip", "--json")
        self.assert_exit(result, expect)
        return result.json()["ipv4"]

    def answers(self, detection):
        return [(s["address"], s["error"]) for s in detection["sources"]]


class ConsensusTests(DetectionTestCase):
    def test_agreeing_sources_are_accepted(self):
        self.configure(self.echo_service.sources(3), min_agree=3)
        detection = self.ip_json(EXIT_OK)
        self.assertEqual((detection["address"], detection["error"], detection["min_agree"]), (ADDRESS_A, None, 3))
        self.assertEqual(self.answers(detection), [(ADDRESS_A, None)] * 3)
        self.assertEqual([s["source"] for s in detection["sources"]], self.echo_service.sources(3))
        self.assertEqual(self.dd.count(), 0, "ip only detects")
        self.assertFalse(os.path.exists(os.path.join(self.data_dir, "state.json")), "ip changes no state")

    def test_one_lying_source_is_outvoted(self):
        self.echo_service.answer(2, address=ADDRESS_C)
        self.configure(self.echo_service.sources(3), min_agree=2)
        detection = self.ip_json(EXIT_OK)
        self.assertEqual(detection["address"], ADDRESS_A)
        self.assertEqual(self.answers(detection), [(ADDRESS_A, None), (ADDRESS_C, None), (ADDRESS_A, None)])
        result = self.update(expect=EXIT_OK)
        self.assertIn("2 of 3 sources agree", result.out)
        self.assertEqual([r.param("myip") for r in self.dd.updates()], [ADDRESS_A])

    def test_two_disagreeing_sources_accept_nothing(self):
        self.echo_service.answer(2, address=ADDRESS_B)
        self.configure(self.echo_service.sources(2), min_agree=2)
        detection = self.ip_json(EXIT_FAILURE)
        self.assertIsNone(detection["address"])
        self.assertIn("disagree", detection["error"])
        self.assertEqual(self.answers(detection), [(ADDRESS_A, None), (ADDRESS_B, None)])
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("none accepted", result.out)
        self.assertEqual(self.dd.count(), 0)
        status = self.status()
        self.assertIsNone(status["ipv4"]["address"])
        self.assertIn("disagree", status["ipv4"]["error"])
        self.assertEqual(status["records"][0]["state"], "pending")
        self.assertEqual(self.history(), [], "no address was accepted, so nothing changed")

    def test_a_tie_is_not_accepted_even_with_min_agree_1(self):
        self.echo_service.answer(2, address=ADDRESS_B)
        self.echo_service.answer(3, body="no address here")
        self.configure(self.echo_service.sources(3), min_agree=1)
        detection = self.ip_json(EXIT_FAILURE)
        self.assertIsNone(detection["address"])
        self.assertIn("disagree", detection["error"])
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.dd.count(), 0)

    def test_too_few_agreeing_sources(self):
        self.echo_service.answer(3, status=503, body="unavailable")
        self.configure(self.echo_service.sources(3), min_agree=3)
        detection = self.ip_json(EXIT_FAILURE)
        self.assertIsNone(detection["address"])
        self.assertIn("min_agree", detection["error"])
        self.assertEqual(self.answers(detection)[2], (None, "HTTP status 503"))
        self.update(expect=EXIT_FAILURE)
        self.assertEqual(self.dd.count(), 0)

    def test_a_failed_detection_does_not_count_as_a_change(self):
        self.configure(self.echo_service.sources(2), min_agree=2)
        self.update(expect=EXIT_OK)
        self.echo_service.answer(1, address=ADDRESS_B)  # now they disagree
        self.update(expect=EXIT_FAILURE)
        self.echo_service.answer(1, address=ADDRESS_A)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dd.count(), 1)
        self.assertEqual([e["result"] for e in self.history()], ["address_changed", "ok"])


class AnswerFormatTests(DetectionTestCase):
    def test_plain_json_and_html_answers(self):
        self.echo_service.answer(2, fmt="json")
        self.echo_service.answer(3, fmt="html")
        self.configure(self.echo_service.sources(3), min_agree=3)
        detection = self.ip_json(EXIT_OK)
        self.assertEqual(detection["address"], ADDRESS_A)
        self.assertEqual(self.answers(detection), [(ADDRESS_A, None)] * 3)

    def test_garbage_answer_is_an_error_for_that_source(self):
        self.echo_service.answer(1, body="Service temporarily overloaded, version 1.2.3, try later")
        self.echo_service.answer(2, body='{"ip": "2a00:1450:4001:81c::200e"}')  # the wrong family
        self.configure(self.echo_service.sources(4), min_agree=2)
        detection = self.ip_json(EXIT_OK)
        self.assertEqual(detection["address"], ADDRESS_A)
        self.assertEqual(self.answers(detection), [(None, "no IPv4 address in the answer")] * 2
                         + [(ADDRESS_A, None)] * 2)

    def test_ipv6_sources(self):
        echo6 = self.echo(ADDRESS_V6)
        echo6.answer(1, fmt="json")
        echo6.answer(2, fmt="html")
        self.write_config(self.make_config([], [], [], ipv4=False, ipv6_sources=echo6.sources(3),
                                           ipv6_min_agree=3))
        result = self.cli("ip", "--json")
        self.assert_exit(result, EXIT_OK)
        detection = result.json()["ipv6"]
        self.assertEqual(detection["address"], ADDRESS_V6)
        self.assertNotIn("ipv4", result.json())

    def test_source_that_times_out(self):
        self.echo_service.answer(3, delay=6)
        self.configure(self.echo_service.sources(3), min_agree=2, request_timeout=2)
        result = self.cli("ip", "--json")
        self.assert_exit(result, EXIT_OK)
        self.assertLess(result.seconds, 5.5, "request_timeout is 2 s")
        detection = result.json()["ipv4"]
        self.assertEqual(detection["address"], ADDRESS_A)
        self.assertEqual(self.answers(detection)[2], (None, "no answer in time"))
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dd.count(), 1)

    def test_source_that_trickles_its_answer_is_cut_off(self):
        """One byte every 0.5 s keeps the transfer "active" for 10 s; request_timeout is 2 s."""
        answer = self.echo_service.respond

        def respond(request):
            response = answer(request)
            if request.path == "/echo3":
                response.body = (ADDRESS_A + " " * 9).encode()
                response.trickle = 0.5
            return response

        self.echo_service.respond = respond
        self.configure(self.echo_service.sources(3), min_agree=2, request_timeout=2)
        result = self.cli("ip", "--json")
        self.assertLess(result.seconds, 5.5,
                        "request_timeout is 2 s but detection took %.1f s:\n%s" % (result.seconds, result))
        self.assert_exit(result, EXIT_OK)
        self.assertEqual(self.answers(result.json()["ipv4"])[2], (None, "no answer in time"))

    def test_ip_text_output(self):
        self.echo_service.answer(2, body="nothing")
        self.configure(self.echo_service.sources(3), min_agree=2)
        result = self.cli("ip")
        self.assert_exit(result, EXIT_OK)
        self.assertIn("IPv4: %s (at least 2 source(s) must agree)" % ADDRESS_A, result.out)
        self.assertIn("%s: no IPv4 address in the answer" % self.echo_service.source(2), result.out)


class NotPublicTests(DetectionTestCase):
    def run_not_public(self, address, description):
        self.echo_service.set_address(address)
        cf = self.start(fakes.CloudflareServer, token=CANARY)
        self.write_config(self.make_config(self.echo_service.sources(2),
                                           [self.dyndns2_account(self.dd), self.cloudflare_account(cf)],
                                           [self.record("dd", DD_NAME), self.record("cf", "nas.example.com")]))
        for run in range(2):
            result = self.update(expect=EXIT_FAILURE)
            self.assertEqual((self.dd.count(), cf.count()), (0, 0), "a non-public address was sent:\n%s" % result)
            for name in (DD_NAME, "nas.example.com"):
                record = self.record_status(name)
                self.assertEqual((record["state"], record["last_result"]), ("failing", "address_not_public"))
                self.assertIn(address, record["last_error"])
                self.assertIn(description, record["last_error"])
                self.assertIn("allow_private", record["last_error"])
            self.assertEqual([(e["record"], e["new"], e["result"]) for e in self.history()], [
                ("", address, "address_changed"),
                (DD_NAME, address, "address_not_public"),
                ("nas.example.com", address, "address_not_public")],
                "address_not_public is recorded once per address, not on every run (run %d)" % run)

    def test_cgnat_address_is_not_published(self):
        self.run_not_public("100.64.1.2", "carrier-grade NAT")

    def test_private_address_is_not_published(self):
        self.run_not_public("192.168.1.5", "private network")

    def test_documentation_address_is_not_published(self):
        self.run_not_public("203.0.113.7", "documentation")

    def test_private_address_published_when_the_record_allows_it(self):
        self.echo_service.set_address("100.64.1.2")
        record = self.record("dd", DD_NAME, allow_private=True)
        self.configure(self.echo_service.sources(2), record=record)
        self.update(expect=EXIT_OK)
        self.assertEqual([r.param("myip") for r in self.dd.updates()], ["100.64.1.2"])
        self.assertEqual(self.record_status(DD_NAME)["state"], "in_sync")

    def test_back_to_a_public_address_is_published(self):
        self.echo_service.set_address("100.64.1.2")
        self.configure(self.echo_service.sources(2))
        self.update(expect=EXIT_FAILURE)
        self.echo_service.set_address(ADDRESS_A)
        self.update(expect=EXIT_OK)
        self.assertEqual([r.param("myip") for r in self.dd.updates()], [ADDRESS_A])
        record = self.record_status(DD_NAME)
        self.assertEqual((record["state"], record["last_error"]), ("in_sync", None))


if __name__ == "__main__":
    unittest.main()
