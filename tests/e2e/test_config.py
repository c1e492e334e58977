"""Configuration errors (exit 2, with the JSON path, file untouched) and
secret references (env:NAME, file:PATH)."""

import hashlib
import json
import os
import shutil
import unittest

from homing_e2e import fakes
from homing_e2e.harness import (ADDRESS_A, CANARY, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, HomingTestCase,
                                setUpModule)  # noqa: F401

DD_NAME = "home.example.org"


class ConfigTestCase(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.echo_service = self.echo(ADDRESS_A)
        self.dd = self.start(fakes.Dyndns2Server, username="homer", password=CANARY, hosts={DD_NAME: None})

    def good_config(self):
        return self.make_config(self.echo_service.sources(2), [self.dyndns2_account(self.dd)],
                                [self.record("dd", DD_NAME)])

    def fingerprint(self):
        with open(self.config_path, "rb") as f:
            data = f.read()
        return hashlib.sha256(data).hexdigest(), os.stat(self.config_path).st_mtime_ns

    def assert_config_error(self, *paths, commands=(("update",), ("status",), ("check-config",), ("run",))):
        before = self.fingerprint()
        for command in commands:
            result = self.cli(*command, timeout=20)
            self.assert_exit(result, EXIT_USAGE)
            for path in paths:
                self.assertIn(path, result.err, "the error should name %s:\n%s" % (path, result))
            self.assertIn("nothing was changed", result.err)
        self.assertEqual(self.fingerprint(), before, "the configuration file was modified")
        self.assertEqual(os.listdir(self.data_dir), [], "a broken configuration must not touch the data")
        self.assertEqual((self.dd.count(), self.echo_service.count()), (0, 0))


class ConfigErrorTests(ConfigTestCase):
    def test_malformed_json(self):
        text = json.dumps(self.good_config(), indent=2)
        text = text.replace('"check_interval": 300,', '"check_interval": 300,,', 1)
        self.write_config(text)
        self.assert_config_error("error: config.json: not valid JSON at line 3")

    def test_top_level_not_an_object(self):
        self.write_config("[1, 2, 3]")
        self.assert_config_error("config.json: the top level must be a JSON object")

    def test_semantic_errors_name_their_json_path(self):
        cases = [
            (("records", 0, "type"), "MX", "records[0].type"),
            (("records", 0, "account"), "nobody", "records[0].account"),
            (("records", 0, "name"), "not a host name", "records[0].name"),
            (("request_timeout",), 0, "request_timeout"),
            (("request_timeout",), 301, "request_timeout"),
            (("ip", "ipv4", "min_agree"), 3, "ip.ipv4.min_agree"),
            (("ip", "ipv4", "sources"), ["ftp://127.0.0.1/"], "ip.ipv4.sources[0]"),
            (("ip", "ca_file"), "/nonexistent/ca.pem", "ip.ca_file"),
            (("accounts", 0, "provider"), "nosuchprovider", "accounts[0].provider"),
            (("accounts", 0, "endpoint"), "ftp://127.0.0.1/", "accounts[0].endpoint"),
            (("accounts", 0, "settings", "username"), "a:b", "accounts[0].settings.username"),
            (("version",), 99, "version"),
        ]
        for keys, value, path in cases:
            with self.subTest(path=path, value=value):
                config = self.good_config()
                target = config
                for key in keys[:-1]:
                    target = target[key]
                target[keys[-1]] = value
                self.write_config(config)
                self.assert_config_error("error: %s:" % path, commands=(("update",), ("check-config",)))

    def test_missing_required_secret_names_its_path(self):
        config = self.good_config()
        config["accounts"][0]["secrets"] = {}
        self.write_config(config)
        self.assert_config_error("accounts[0].secrets.password")

    def test_secret_value_written_in_config_is_refused_and_not_repeated(self):
        for where in ("secrets", "settings"):
            with self.subTest(where=where):
                config = self.good_config()
                if where == "secrets":
                    config["accounts"][0]["secrets"]["password"] = CANARY
                    path = "accounts[0].secrets.password"
                else:
                    config["accounts"][0]["settings"]["password"] = CANARY
                    path = "accounts[0].settings.password"
                self.allow_canary_in(self.write_config(config))
                # The harness checks that the canary is in no output and no other file.
                self.assert_config_error("error: %s:" % path)

    def test_cloudflare_token_in_record_settings_is_refused(self):
        cf = self.start(fakes.CloudflareServer, token=CANARY)
        config = self.make_config(self.echo_service.sources(2), [self.cloudflare_account(cf)],
                                  [self.record("cf", "nas.example.com", settings={"token": CANARY})])
        self.allow_canary_in(self.write_config(config))
        self.assert_config_error("records[0].settings.token")
        self.assertEqual(cf.count(), 0)

    def test_configuration_others_can_change_is_refused(self):
        # Whoever can change config.json can point an account at their own
        # server and receive its secrets: such a file is not read at all.
        self.write_config(self.good_config())
        os.chmod(self.config_path, 0o666)
        self.assert_config_error("config.json; make it writable by its owner only")
        os.chmod(self.config_path, 0o644)
        os.chmod(os.path.dirname(self.config_path), 0o777)
        try:
            self.assert_config_error("other users can replace", "because they can write to its directory")
        finally:
            os.chmod(os.path.dirname(self.config_path), 0o700)
        self.assert_exit(self.cli("check-config"), EXIT_OK)

    def test_no_configuration_file(self):
        result = self.cli("update")
        self.assert_exit(result, EXIT_USAGE)
        self.assertIn("there is no configuration at %s" % self.config_path, result.err)

    def test_valid_configuration(self):
        self.write_config(self.good_config())
        result = self.cli("check-config")
        self.assert_exit(result, EXIT_OK)
        self.assertIn("is valid: 1 account, 1 record.", result.out)
        self.assertIn("account dd: secrets available (password)", result.out)
        self.assertEqual((self.dd.count(), self.echo_service.count()), (0, 0), "check-config sends nothing")

    def test_warnings_do_not_stop_it(self):
        config = self.good_config()
        config["colour"] = "blue"
        config["_note"] = "keys starting with _ are notes"
        self.write_config(config)
        result = self.cli("check-config")
        self.assert_exit(result, EXIT_OK)
        self.assertIn("warning: colour: unknown key", result.err)
        self.assertNotIn("_note", result.err)
        self.update(expect=EXIT_OK)


class SecretTests(ConfigTestCase):
    def test_missing_environment_variable(self):
        config = self.good_config()
        config["accounts"][0]["secrets"]["password"] = "env:HOMING_TEST_UNSET_VARIABLE"
        self.write_config(config)
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("HOMING_TEST_UNSET_VARIABLE is not set", result.out)
        self.assertEqual(self.dd.count(), 0)
        record = self.record_status(DD_NAME)
        self.assertEqual((record["state"], record["last_result"]), ("failing", "secret_unavailable"))
        self.assertIn("HOMING_TEST_UNSET_VARIABLE", record["last_error"])
        result = self.cli("check-config")
        self.assert_exit(result, EXIT_FAILURE)
        self.assertIn("account dd: the environment variable HOMING_TEST_UNSET_VARIABLE is not set", result.out)
        # Once the variable is there, the next run sends.
        self.env["HOMING_TEST_UNSET_VARIABLE"] = CANARY
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dd.count(), 1)

    def test_empty_environment_variable(self):
        self.env[self.SECRET_ENV] = ""
        self.write_config(self.good_config())
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("%s is empty" % self.SECRET_ENV, result.out)
        self.assertEqual(self.dd.count(), 0)

    def test_secret_file_readable_by_others_is_refused(self):
        path = self.write_secret_file("password", mode=0o644)
        config = self.good_config()
        config["accounts"][0]["secrets"]["password"] = "file:" + path
        self.write_config(config)
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("chmod 600 %s" % path, result.out)
        self.assertEqual(self.dd.count(), 0)
        self.assertIn("chmod 600", self.record_status(DD_NAME)["last_error"])
        result = self.cli("check-config")
        self.assert_exit(result, EXIT_FAILURE)
        self.assertIn("chmod 600", result.out)
        os.chmod(path, 0o600)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dd.count(), 1)

    def test_secret_file_others_can_change_is_refused(self):
        path = self.write_secret_file("password", mode=0o620)
        config = self.good_config()
        config["accounts"][0]["secrets"]["password"] = "file:" + path
        self.write_config(config)
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("chmod go-w %s" % path, result.out)
        self.assertEqual(self.dd.count(), 0)

    def test_a_ca_file_others_can_change_is_refused(self):
        # Anyone who can write to it could make Homing trust their own CA.
        ca_copy = os.path.join(self.root, "shared-ca.pem")
        shutil.copy(self.ca_file, ca_copy)
        os.chmod(ca_copy, 0o666)
        config = self.good_config()
        config["ip"]["ca_file"] = ca_copy
        self.write_config(config)
        self.assert_config_error("error: ip.ca_file: other users can change %s" % ca_copy,
                                 commands=(("update",), ("check-config",)))
        os.chmod(ca_copy, 0o644)
        self.update(expect=EXIT_OK)

    def test_secret_file_with_mode_600_works(self):
        path = self.write_secret_file("password", mode=0o600)  # written with a trailing newline
        self.env.pop(self.SECRET_ENV)
        config = self.good_config()
        config["accounts"][0]["secrets"]["password"] = "file:" + path
        self.write_config(config)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.dd.count(), 1)
        self.assertEqual(self.record_status(DD_NAME)["state"], "in_sync")

    def test_missing_secret_file(self):
        config = self.good_config()
        missing = os.path.join(self.secrets_dir, "nothere")
        config["accounts"][0]["secrets"]["password"] = "file:" + missing
        self.write_config(config)
        result = self.update(expect=EXIT_FAILURE)
        self.assertIn("the secret file %s does not exist" % missing, result.out)
        self.assertEqual(self.dd.count(), 0)


if __name__ == "__main__":
    unittest.main()
