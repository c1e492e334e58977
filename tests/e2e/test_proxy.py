"""Proxies: an account's own proxy carries that account's requests, the system
proxy (http_proxy/https_proxy in the environment) carries the other provider
requests, and address detection goes direct unless ip.proxy says otherwise.

Qt never sends requests for loopback destinations through the system proxy,
so these tests name services either "echo.test"/"hook.test", names only the
fake proxy knows (it maps them to local services), or give them a
non-loopback address that the test adds to this private namespace's lo."""

import http.server
import ipaddress
import select
import socket
import socketserver
import subprocess
import threading
import unittest
import urllib.parse

from homing_e2e import fakes
from homing_e2e.harness import (ADDRESS_A, ADDRESS_B, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase,  # noqa: F401
                                setUpModule)

NAME = "myhome.duckdns.org"


class ConnectProxy(socketserver.ThreadingTCPServer):
    """An HTTP proxy: CONNECT tunnels for https://, forwarding for http://.
    It remembers every target it was asked for; `hosts` maps names that only
    it can resolve to local ports."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        self.targets = []
        self.hosts = {}
        self._lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), ConnectProxy.Handler)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.server_address[1]

    def stop(self):
        self.shutdown()
        self.server_close()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = self.request.recv(4096)
                if not chunk:
                    return
                head += chunk
            request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
            method, target, _ = request_line.split(" ", 2)
            with self.server._lock:
                self.server.targets.append((method, target))
            if method == "CONNECT":
                host, port = target.rsplit(":", 1)
                upstream = socket.create_connection((host, int(port)), timeout=10)
                self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            else:
                url = urllib.parse.urlsplit(target)
                port = self.server.hosts.get(url.hostname)
                if url.scheme != "http" or port is None:
                    self.request.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                    return
                upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
                origin_form = (url.path or "/") + ("?" + url.query if url.query else "")
                rest = head.split(b"\r\n", 1)[1]
                upstream.sendall(("%s %s HTTP/1.1\r\n" % (method, origin_form)).encode("latin-1") + rest)
            sockets = [self.request, upstream]
            try:
                while True:
                    readable, _, _ = select.select(sockets, [], [], 10)
                    if not readable:
                        return
                    for source in readable:
                        data = source.recv(65536)
                        if not data:
                            return
                        (upstream if source is self.request else self.request).sendall(data)
            finally:
                upstream.close()


class ProxyTests(HomingTestCase):
    def setUp(self):
        super().setUp()
        self.proxy = ConnectProxy()
        self.addCleanup(self.proxy.stop)
        self.duck = self.start(fakes.DuckDnsServer, token=CANARY)
        self.echo_service = self.echo(ADDRESS_A)

    def duck_target(self):
        return ("CONNECT", "127.0.0.1:%d" % int(self.duck.update_url.split(":")[2].split("/")[0]))

    def test_account_proxy_carries_the_account_requests_only(self):
        account = self.duckdns_account(self.duck, proxy=self.proxy.url)
        self.write_config(self.make_config(self.echo_service.sources(2), [account], [self.record("duck", NAME)]))
        self.update(expect=EXIT_OK)
        self.assertEqual(self.duck.count("/update"), 1)
        self.assertEqual(self.proxy.targets, [self.duck_target()],
                         "the provider request must go through the account's proxy, and the echo requests not")

    def test_system_proxy_from_the_environment(self):
        plain_echo = self.echo(ADDRESS_A, tls=None)
        self.proxy.hosts["echo.test"] = plain_echo.port
        sources = [source.replace("127.0.0.1", "echo.test") for source in plain_echo.sources(2)]
        config = self.make_config(sources, [self.duckdns_account(self.duck)], [self.record("duck", NAME)])
        config["ip"]["proxy"] = "system"  # detection goes direct unless asked
        self.write_config(config)
        self.env["http_proxy"] = self.proxy.url
        self.update(expect=EXIT_OK)
        self.assertEqual(self.duck.count("/update"), 1)
        self.assertEqual(sorted(self.proxy.targets), [("GET", source) for source in sorted(sources)])
        self.assertEqual(len(plain_echo.received()), 2)

    def test_proxy_none_bypasses_the_system_proxy(self):
        # Only meaningful if the system proxy would otherwise be used: point the
        # account at a name only the proxy knows, then forbid the proxy.
        plain_echo = self.echo(ADDRESS_A, tls=None)
        self.proxy.hosts["echo.test"] = plain_echo.port
        sources = [source.replace("127.0.0.1", "echo.test") for source in plain_echo.sources(2)]
        hook = self.start(fakes.WebhookServer, tls=None)
        account = {"id": "hook", "provider": "custom", "proxy": "none", "allow_insecure_http": True,
                   "settings": {"url": hook.url("/hook").replace("127.0.0.1", "hook.test")}}
        self.proxy.hosts["hook.test"] = hook.port
        config = self.make_config(sources, [account], [self.record("hook", "office.example.net")])
        config["ip"]["proxy"] = "system"  # so that detection works, through the proxy
        self.write_config(config)
        self.env["http_proxy"] = self.proxy.url
        result = self.update(expect=EXIT_FAILURE)
        self.assertEqual(len(hook.received()), 0)
        self.assertNotIn("hook.test", " ".join(target for _, target in self.proxy.targets))
        self.assertEqual(self.record_status("office.example.net")["last_result"], "network_error", result)


# An address of this test namespace that is not loopback, so that Qt would
# send requests for it through a proxy. TEST-NET-2's neighbour, benchmarking
# space (198.18.0.0/15): never routed anywhere, and only on this namespace's lo.
NAMESPACE_ADDRESS = "198.18.0.7"


class EchoByClient(http.server.ThreadingHTTPServer):
    """An echo service that answers with the address its client came from, the
    way a real one does: a direct request comes from NAMESPACE_ADDRESS and is
    told ADDRESS_A (home), a request relayed by the proxy comes from 127.0.0.1
    and is told ADDRESS_B (the proxy's exit address)."""

    daemon_threads = True

    def __init__(self):
        self.clients = []
        super().__init__(("0.0.0.0", 0), EchoByClient.Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def sources(self, count=2):
        return ["http://%s:%d/ip/%d" % (NAMESPACE_ADDRESS, self.server_address[1], i) for i in range(count)]

    def stop(self):
        self.shutdown()
        self.server_close()

    class Handler(http.server.BaseHTTPRequestHandler):
        disable_nagle_algorithm = True  # or every keep-alive request stalls 40 ms
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            client = self.client_address[0]
            self.server.clients.append(client)
            body = (ADDRESS_A if client == NAMESPACE_ADDRESS else ADDRESS_B).encode() + b"\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass


class DirectDetectionTests(HomingTestCase):
    """A desktop proxy (Clash and the like, in system-proxy mode) must not
    decide the address: echo services see the proxy's exit address through it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        subprocess.run(["ip", "addr", "add", NAMESPACE_ADDRESS + "/32", "dev", "lo"], check=False,
                       capture_output=True)

    @classmethod
    def tearDownClass(cls):
        subprocess.run(["ip", "addr", "del", NAMESPACE_ADDRESS + "/32", "dev", "lo"], check=False,
                       capture_output=True)
        super().tearDownClass()

    def setUp(self):
        super().setUp()
        self.assertTrue(ipaddress.ip_address(NAMESPACE_ADDRESS).is_private)  # never a real host
        self.proxy = ConnectProxy()
        self.addCleanup(self.proxy.stop)
        self.echo_by_client = EchoByClient()
        self.addCleanup(self.echo_by_client.stop)
        self.proxy.hosts[NAMESPACE_ADDRESS] = self.echo_by_client.server_address[1]
        self.duck = self.start(fakes.DuckDnsServer, token=CANARY)
        self.env["http_proxy"] = self.proxy.url

    def write(self, ip_proxy=None, accounts=None, records=None):
        config = self.make_config(self.echo_by_client.sources(2), accounts or [self.duckdns_account(self.duck)],
                                  records or [self.record("duck", NAME)], min_agree=2)
        if ip_proxy is not None:
            config["ip"]["proxy"] = ip_proxy
        self.write_config(config)

    def echo_targets(self):
        return [target for _, target in self.proxy.targets if NAMESPACE_ADDRESS in target]

    def test_echo_services_are_asked_directly_by_default(self):
        self.write()
        result = self.cli("ip", "--json")
        self.assert_exit(result, EXIT_OK)
        self.assertEqual(result.json()["ipv4"]["address"], ADDRESS_A)
        self.update(expect=EXIT_OK)
        self.assertEqual(self.echo_targets(), [], "an echo request went through the system proxy")
        self.assertEqual(set(self.echo_by_client.clients), {NAMESPACE_ADDRESS})
        self.assertEqual(self.duck.domains["myhome"][0], ADDRESS_A)

    def test_ip_proxy_none_is_the_default(self):
        self.write(ip_proxy="none")
        self.update(expect=EXIT_OK)
        self.assertEqual(self.echo_targets(), [])
        self.assertEqual(self.duck.domains["myhome"][0], ADDRESS_A)

    def test_ip_proxy_system_goes_through_the_system_proxy(self):
        # What Homing must not do by default: every source then sees the proxy's exit address.
        self.write(ip_proxy="system")
        self.update(expect=EXIT_OK)
        self.assertEqual(sorted(self.echo_targets()), sorted(self.echo_by_client.sources(2)))
        self.assertEqual(self.duck.domains["myhome"][0], ADDRESS_B)

    def test_ip_proxy_url_goes_through_that_proxy(self):
        del self.env["http_proxy"]
        self.write(ip_proxy=self.proxy.url)
        self.update(expect=EXIT_OK)
        self.assertEqual(sorted(self.echo_targets()), sorted(self.echo_by_client.sources(2)))

    def test_providers_still_follow_the_system_proxy(self):
        # A provider on a non-loopback address: the system proxy carries its
        # request, while detection stays direct.
        hook = self.start(fakes.WebhookServer, tls=None)
        self.proxy.hosts["hook.test"] = hook.port
        account = {"id": "hook", "provider": "custom", "allow_insecure_http": True,
                   "settings": {"url": hook.url("/hook").replace("127.0.0.1", "hook.test")}}
        self.write(accounts=[account], records=[self.record("hook", "office.example.net")])
        self.update(expect=EXIT_OK)
        self.assertEqual(len(hook.received()), 1)
        self.assertIn(("GET", hook.url("/hook").replace("127.0.0.1", "hook.test")),
                      [(m, t.split("?")[0]) for m, t in self.proxy.targets])
        self.assertEqual(self.echo_targets(), [])

    def test_ip_proxy_is_validated(self):
        for value, accepted in (("none", True), ("system", True), ("http://127.0.0.1:3128", True),
                                ("ftp://x", False), ("http://user:pw@127.0.0.1:3128", False)):
            with self.subTest(value=value):
                self.write(ip_proxy=value)
                result = self.cli("check-config")
                if accepted:
                    self.assertNotIn("ip.proxy", result.err)
                else:
                    self.assertIn("ip.proxy", result.err)
                    self.assertNotIn("pw@", result.err + result.out)


if __name__ == "__main__":
    unittest.main()
