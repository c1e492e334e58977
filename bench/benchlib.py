"""What the Python benchmarks share: where homing-cli is, running in a
network namespace of their own, and a local HTTP service (an echo service, a
dyndns2 provider) that answers every GET with a short text. Importing it makes
tests/e2e's homing_e2e (BIND 9, the router lab) importable."""

import http.server
import os
import socketserver
import sys
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
CLI = os.environ.get("HOMING_BENCH_CLI", os.path.join(ROOT, "build", "bin", "homing-cli"))


def isolate(script, mount=False):
    """Runs `script` again (same arguments) in a private network namespace
    with only loopback, up, unless this already is that run. mount=True also
    gives it a private mount namespace with its own /run/netns, for `ip netns`
    (as root); otherwise a user namespace stands in for root when needed."""
    if os.environ.get("HOMING_BENCH_ISOLATED") == "1":
        return
    if mount:
        command = ["unshare", "--net", "--mount"]
        setup = 'mount --make-rprivate / && mount -t tmpfs tmpfs /run/netns 2>/dev/null; '
    else:
        command = ["unshare", "--net"] + ([] if os.getuid() == 0 else ["--map-root-user"])
        setup = ""
    os.execvp(command[0], command + ["env", "HOMING_BENCH_ISOLATED=1", "sh", "-c",
                                     setup + 'ip link set lo up && exec python3 "$0" "$@"', script] + sys.argv[1:])


def serve_text(answer, server_class=socketserver.ThreadingTCPServer):
    """An HTTP server on 127.0.0.1 (a free port), serving in a daemon thread:
    every GET gets answer(path) (bytes). Its port is server.server_address[1];
    shutdown() stops it."""

    class Handler(http.server.BaseHTTPRequestHandler):
        disable_nagle_algorithm = True  # or each keep-alive answer waits 40 ms

        def do_GET(self):
            body = answer(self.path)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = server_class(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
