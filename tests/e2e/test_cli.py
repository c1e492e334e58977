"""history, providers, --version, --help and usage errors."""

import os
import re
import unittest

from homing_e2e import fakes
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, ADDRESS_C, CANARY, EXIT_FAILURE, EXIT_OK, EXIT_USAGE,  # noqa: F401
                                HomingTestCase, setUpModule)

DD_NAME = "home.example.org"
HISTORY_KEYS = {"time", "record", "type", "old", "new", "result", "detail", "account"}


class HistoryTests(HomingTestCase):
    def make_history(self):
        echo = self.echo(ADDRESS_A)
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        self.write_config(self.make_config(echo.sources(2), [self.dyndns2_account(dd)],
                                           [self.record("dd", DD_NAME)]))
        for address in (ADDRESS_A, ADDRESS_B, ADDRESS_C):
            echo.set_address(address)
            self.update(expect=EXIT_OK)
        return dd

    def test_history_json_and_limit(self):
        self.make_history()
        entries = self.history()
        self.assertEqual(len(entries), 6)
        for entry in entries:
            self.assertEqual(set(entry), HISTORY_KEYS, entry)
            self.assertRegex(entry["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertEqual([(e["record"], e["old"], e["new"], e["result"]) for e in entries], [
            ("", None, ADDRESS_A, "address_changed"), (DD_NAME, None, ADDRESS_A, "ok"),
            ("", ADDRESS_A, ADDRESS_B, "address_changed"), (DD_NAME, ADDRESS_A, ADDRESS_B, "ok"),
            ("", ADDRESS_B, ADDRESS_C, "address_changed"), (DD_NAME, ADDRESS_B, ADDRESS_C, "ok")])
        self.assertEqual(sorted(e["time"] for e in entries), [e["time"] for e in entries], "oldest first")
        self.assertEqual(self.history("--limit", "2"), entries[-2:])
        self.assertEqual(self.history("--limit", "1"), entries[-1:])
        self.assertEqual(self.history("--limit", "100"), entries)

        text = self.cli("history", "--limit", "3")
        self.assert_exit(text, EXIT_OK)
        lines = text.out.strip().splitlines()
        self.assertEqual(len(lines), 3, text.out)
        self.assertIn("%s A  %s -> %s  ok" % (DD_NAME, ADDRESS_A, ADDRESS_B), lines[0])
        self.assertIn("IPv4 address  %s -> %s  address_changed" % (ADDRESS_B, ADDRESS_C), lines[1])

    def test_history_limit_keeps_the_newest_entries(self):
        echo = self.echo(ADDRESS_A)
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        self.write_config(self.make_config(echo.sources(2), [self.dyndns2_account(dd)],
                                           [self.record("dd", DD_NAME)], history_limit=10))
        addresses = ["81.2.69.%d" % i for i in range(170, 176)]
        for address in addresses:
            echo.set_address(address)
            self.update(expect=EXIT_OK)
        entries = self.history()
        self.assertEqual(len(entries), 10)
        self.assertEqual(entries[0]["new"], addresses[1])
        self.assertEqual(entries[-1]["new"], addresses[-1])

    def test_bad_limits_are_usage_errors(self):
        self.make_history()
        for value in ("0", "-1", "many"):
            with self.subTest(limit=value):
                result = self.cli("history", "--limit", value)
                self.assert_exit(result, EXIT_USAGE)
                self.assertIn("--limit", result.err)

    def test_empty_history(self):
        result = self.cli("history")
        self.assert_exit(result, EXIT_OK)
        self.assertIn("No history yet.", result.out)
        self.assertEqual(self.history(), [])


class ProvidersTests(HomingTestCase):
    def test_providers_json(self):
        result = self.cli("providers", "--json", dirs=False)
        self.assert_exit(result, EXIT_OK)
        providers = {p["id"]: p for p in result.json()}
        for pid in ("cloudflare", "duckdns", "dyndns2", "noip", "oray", "dynu", "custom"):
            self.assertIn(pid, providers)
        for provider in providers.values():
            self.assertTrue(provider["name"])
            for field in provider["fields"]:
                self.assertTrue({"key", "label", "kind", "type", "required", "default", "help"} <= set(field), field)
                self.assertIn(field["kind"], ("secret", "setting"))
        secrets = {pid: sorted(f["key"] for f in p["fields"] if f["kind"] == "secret")
                   for pid, p in providers.items()}
        self.assertEqual(secrets["cloudflare"], ["token"])
        self.assertEqual(secrets["duckdns"], ["token"])
        self.assertEqual(secrets["custom"], ["secret"])
        for pid in ("dyndns2", "noip", "oray", "dynu"):
            self.assertEqual(secrets[pid], ["password"], pid)
        fields = {f["key"]: f for f in providers["dyndns2"]["fields"]}
        self.assertEqual(sorted(fields), ["password", "server", "username"])
        self.assertTrue(fields["server"]["required"] and fields["username"]["required"])
        cloudflare = {f["key"]: f for f in providers["cloudflare"]["fields"]}
        self.assertEqual((cloudflare["proxied"]["kind"], cloudflare["proxied"]["type"]), ("setting", "bool"))
        self.assertFalse(cloudflare["zone_id"]["required"])
        custom = {f["key"]: f for f in providers["custom"]["fields"]}
        self.assertEqual(custom["method"]["default"], "GET")

    def test_providers_text(self):
        result = self.cli("providers", dirs=False)
        self.assert_exit(result, EXIT_OK)
        self.assertIn("cloudflare - Cloudflare", result.out)
        self.assertRegex(result.out, r"token \(secrets, required\)")


class DataDirectoryTests(HomingTestCase):
    """Homing's files live in a directory only its user can change."""

    def write_simple_config(self):
        echo = self.echo(ADDRESS_A)
        dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})
        self.write_config(self.make_config(echo.sources(2), [self.dyndns2_account(dd)], [self.record("dd", DD_NAME)]))
        return dd

    def test_a_directory_others_can_write_to_is_refused(self):
        dd = self.write_simple_config()
        os.chmod(self.data_dir, 0o777)
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("chmod 700 " + self.data_dir, result.err)
        self.assertEqual(dd.count(), 0)
        self.assertEqual(os.listdir(self.data_dir), [])

    def test_a_planted_link_is_not_written_through(self):
        self.write_simple_config()
        victim = os.path.join(self.root, "victim.txt")
        with open(victim, "w") as f:
            f.write("precious\n")
        os.chmod(victim, 0o644)
        os.symlink(victim, os.path.join(self.data_dir, "history.jsonl"))
        self.update(expect=EXIT_OK)
        with open(victim) as f:
            self.assertEqual(f.read(), "precious\n")
        self.assertEqual(os.stat(victim).st_mode & 0o777, 0o644)


class CommandLineTests(HomingTestCase):
    def test_version(self):
        result = self.cli("--version", dirs=False)
        self.assert_exit(result, EXIT_OK)
        self.assertRegex(result.out.strip(), r"^homing-cli \d+\.\d+\.\d+")

    def test_help(self):
        result = self.cli("--help", dirs=False)
        self.assert_exit(result, EXIT_OK)
        self.assertIn("Usage: homing-cli", result.out)
        for command in ("run", "update", "status", "ip", "history", "providers", "check-config"):
            self.assertRegex(result.out, r"\n  %s\b" % re.escape(command))

    def test_usage_errors(self):
        for args in (("frobnicate",), (), ("status", "--force"), ("update", "--json"), ("update", "extra"),
                     ("--no-such-option",)):
            with self.subTest(args=args):
                result = self.cli(*args)
                self.assert_exit(result, EXIT_USAGE)
                self.assertIn("homing-cli", result.err)


if __name__ == "__main__":
    unittest.main()
