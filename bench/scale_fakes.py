#!/usr/bin/env python3
"""Loopback fakes for bench/scale.sh (standard library only).

    scale_fakes.py READY_FILE [--address A] [--delay SECONDS]

Starts four HTTP servers on 127.0.0.1, each on a free port:

  echo      answers every GET with the address (default 203.0.113.7)
  dyndns2   /nic/update, multi-host form: hostname=a,b,c gets one line per
            host, in order, "good <ip>" the first time a host gets that
            address and "nochg <ip>" afterwards
  custom    any path: answers "ok" (one request per record)
  slow      dyndns2 again, but every answer waits --delay seconds (0.25)

Once every server listens it writes {"echo": port, ...} to READY_FILE (through
a rename, so a reader never sees half a file).

Every server also answers two control paths, which the benchmark calls between
passes and which are not counted:
  GET /_stats   {"requests", "hosts", "max_in_flight"} of that server
  GET /_reset   zeroes those counters (dyndns2 also forgets what it was sent)

ThreadingHTTPServer and disable_nagle_algorithm matter: with the defaults,
http.server serves one connection at a time and each keep-alive answer waits
for the peer's delayed ACK (~40 ms), so the figures would measure the fake.
"""
import argparse
import http.server
import json
import os
import threading
import time
import urllib.parse


class Counters:
    def __init__(self):
        self.lock = threading.Lock()
        self.clear()

    def clear(self):
        self.requests = 0
        self.hosts = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.addresses = {}  # dyndns2: host -> last address

    def reset(self):
        with self.lock:
            in_flight = self.in_flight
            self.clear()
            self.in_flight = in_flight

    def snapshot(self):
        with self.lock:
            return {"requests": self.requests, "hosts": self.hosts, "max_in_flight": self.max_in_flight}


def make_handler(kind, counters, address, delay):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as Qt uses it
        disable_nagle_algorithm = True

        def log_message(self, *args):
            pass

        def answer(self, status, text, content_type="text/plain"):
            body = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            if url.path == "/_stats":
                return self.answer(200, json.dumps(counters.snapshot()), "application/json")
            if url.path == "/_reset":
                counters.reset()
                return self.answer(200, "reset\n")
            with counters.lock:
                counters.requests += 1
                counters.in_flight += 1
                counters.max_in_flight = max(counters.max_in_flight, counters.in_flight)
            try:
                if delay > 0:
                    time.sleep(delay)
                self.serve(url)
            finally:
                with counters.lock:
                    counters.in_flight -= 1

        do_POST = do_GET

        def serve(self, url):
            query = urllib.parse.parse_qs(url.query)
            if kind == "echo":
                return self.answer(200, address + "\n")
            if kind == "custom":
                with counters.lock:
                    counters.hosts += 1
                return self.answer(200, "ok\n")
            # dyndns2
            if url.path != "/nic/update":
                return self.answer(404, "not found\n")
            if not self.headers.get("Authorization", "").startswith("Basic "):
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="bench"')
                self.send_header("Content-Length", "8")
                self.end_headers()
                self.wfile.write(b"badauth\n")
                return
            hosts = [h for h in ",".join(query.get("hostname", [])).split(",") if h]
            ip = query.get("myip", [address])[0]
            if not hosts:
                return self.answer(200, "notfqdn\n")
            lines = []
            with counters.lock:
                counters.hosts += len(hosts)
                for host in hosts:
                    lines.append(("nochg " if counters.addresses.get(host) == ip else "good ") + ip)
                    counters.addresses[host] = ip
            return self.answer(200, "\n".join(lines) + "\n")

    return Handler


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # listen() backlog: many connections may open at once


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ready_file")
    parser.add_argument("--address", default="203.0.113.7")
    parser.add_argument("--delay", type=float, default=0.25)
    args = parser.parse_args()

    servers = {}
    for kind, delay in (("echo", 0), ("dyndns2", 0), ("custom", 0), ("slow", args.delay)):
        handler = make_handler("dyndns2" if kind == "slow" else kind, Counters(), args.address, delay)
        server = Server(("127.0.0.1", 0), handler)
        servers[kind] = server
    for server in servers.values():
        threading.Thread(target=server.serve_forever, daemon=True).start()

    temporary = args.ready_file + ".tmp"
    with open(temporary, "w") as f:
        json.dump({kind: server.server_address[1] for kind, server in servers.items()}, f)
    os.rename(temporary, args.ready_file)
    threading.Event().wait()


if __name__ == "__main__":
    main()
