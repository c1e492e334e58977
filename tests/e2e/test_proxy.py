"""Proxies: an account's own proxy carries that account's requests, and the
system proxy (http_proxy/https_proxy in the environment) carries the rest.

Qt never sends requests for loopback destinations through the system proxy,
so the system-proxy test names its echo service "echo.test", a name only the
fake proxy knows (it maps it to the local echo service)."""

import select
import socket
import socketserver
import threading
import unittest
import urllib.parse

from homing_e2e import fakes
from homing_e2e.harness import ADDRESS_A, CANARY, EXIT_FAILURE, EXIT_OK, HomingTestCase, setUpModule  # noqa: F401

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
        self.write_config(self.make_config(sources, [self.duckdns_account(self.duck)], [self.record("duck", NAME)]))
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
        account = {"id": "hook", "provider": "custom", "proxy": "none",
                   "settings": {"url": hook.url("/hook").replace("127.0.0.1", "hook.test")}}
        self.proxy.hosts["hook.test"] = hook.port
        self.write_config(self.make_config(sources, [account], [self.record("hook", "office.example.net")]))
        self.env["http_proxy"] = self.proxy.url
        result = self.update(expect=EXIT_FAILURE)
        self.assertEqual(len(hook.received()), 0)
        self.assertNotIn("hook.test", " ".join(target for _, target in self.proxy.targets))
        self.assertEqual(self.record_status("office.example.net")["last_result"], "network_error", result)


if __name__ == "__main__":
    unittest.main()
