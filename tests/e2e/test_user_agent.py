"""Every request Homing sends identifies it: User-Agent "Homing/<version> (...)".

(The harness also checks the User-Agent of every request in every test.)
"""

import unittest

from homing_e2e import fakes
from homing_e2e.harness import ADDRESS_A, CANARY, EXIT_OK, HomingTestCase, setUpModule  # noqa: F401


class UserAgentTests(HomingTestCase):
    def test_every_request_carries_the_homing_user_agent(self):
        version = self.cli("--version", dirs=False).out.split()[-1]
        echo = self.echo(ADDRESS_A)
        cf = self.start(fakes.CloudflareServer, token=CANARY)
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={"home.example.org": None})
        duck = self.start(fakes.DuckDnsServer, token=CANARY)
        hook = self.start(fakes.WebhookServer)
        accounts = [self.cloudflare_account(cf), self.dyndns2_account(dd), self.duckdns_account(duck),
                    {"id": "hook", "provider": "custom", "ca_file": self.ca_file,
                     "settings": {"url": hook.url("/u?ip={ip}"), "method": "POST", "body": "{ip}"}}]
        records = [self.record("cf", "nas.example.com"), self.record("dd", "home.example.org"),
                   self.record("duck", "myhome.duckdns.org"), self.record("hook", "hook.example.net")]
        self.write_config(self.make_config(echo.sources(3), accounts, records, min_agree=3))
        self.update(expect=EXIT_OK)
        self.cli("ip")
        seen = 0
        for fake in (echo, cf, dd, duck, hook):
            requests = fake.received()
            self.assertTrue(requests, "%s got no request" % type(fake).__name__)
            for request in requests:
                agent = request.header("User-Agent")
                self.assertIsNotNone(agent, request)
                self.assertTrue(agent.startswith("Homing/%s " % version), "%r: %r" % (request, agent))
                self.assertRegex(agent, r"^Homing/\S+ \(.+\)$")
                seen += 1
        self.assertGreaterEqual(seen, 3 + 3 + 4 + 1 + 1 + 1)


if __name__ == "__main__":
    unittest.main()
