"""A small threaded HTTP/HTTPS server on 127.0.0.1 for the fakes.

Every request is recorded (method, path, query, headers, body) before it is
answered. TLS handshakes happen in the connection's own thread, so that a
client that rejects the certificate is recorded as a failed handshake and
never reaches the request log.
"""

import http.server
import socket
import socketserver
import ssl
import threading
import time
import urllib.parse


class Request:
    """One HTTP request as the server received it."""

    def __init__(self, method, target, headers, body, tls):
        self.method = method
        self.target = target  # the raw request target: path?query
        split = urllib.parse.urlsplit(target)
        self.path = split.path
        self.raw_query = split.query
        # keep_blank_values: "myip=" must be seen as sent, and empty.
        self.query = urllib.parse.parse_qs(split.query, keep_blank_values=True)
        self.headers = headers  # an email.message.Message: case-insensitive get()
        self.body = body
        self.tls = tls
        self.time = time.time()

    def param(self, name):
        """The single value of a query parameter, or None (a repeated one is an error)."""
        values = self.query.get(name)
        if not values:
            return None
        if len(values) != 1:
            raise AssertionError("query parameter %s sent %d times: %s" % (name, len(values), self.target))
        return values[0]

    def header(self, name):
        return self.headers.get(name)

    def json(self):
        import json
        return json.loads(self.body.decode("utf-8"))

    def __repr__(self):
        return "<%s %s>" % (self.method, self.target)


class Response:
    """An answer. delay: seconds before answering at all. trickle: seconds
    between the bytes of the body (a server that keeps the transfer alive
    without ever finishing in reasonable time)."""

    def __init__(self, status=200, body=b"", headers=None, delay=0.0, content_type=None, trickle=0.0):
        self.status = status
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.headers = dict(headers or {})
        self.delay = delay
        self.trickle = trickle
        if content_type:
            self.headers.setdefault("Content-Type", content_type)

    @staticmethod
    def text(body, status=200, **kwargs):
        return Response(status, body, content_type="text/plain; charset=utf-8", **kwargs)

    @staticmethod
    def json(value, status=200, **kwargs):
        import json
        return Response(status, json.dumps(value), content_type="application/json", **kwargs)


class _Handler(http.server.BaseHTTPRequestHandler):
    disable_nagle_algorithm = True  # Python otherwise stalls 40 ms on each keep-alive request
    protocol_version = "HTTP/1.1"
    server_version = "HomingE2EFake/1"

    def log_message(self, format, *args):  # quiet
        pass

    def _serve(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(self.command, self.path, self.headers, body, self.server.tls)
        owner = self.server.owner
        owner._record(request)
        try:
            response = owner._respond(request)
        except Exception as error:  # a bug in a fake must be visible, not a hang
            owner.errors.append("%r: %r" % (request, error))
            response = Response.text("fake server error: %r" % (error,), status=500)
        if response.delay:
            # Interruptible, so that stopping the server does not wait for it.
            if owner._stopping.wait(response.delay):
                self.close_connection = True
                return
        try:
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                if response.trickle:
                    self.wfile.flush()
                    for index in range(len(response.body)):
                        self.wfile.write(response.body[index:index + 1])
                        self.wfile.flush()
                        if owner._stopping.wait(response.trickle):
                            break
                else:
                    self.wfile.write(response.body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
            pass  # the client gave up (a timeout test), which is fine
        self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, owner, ssl_context):
        self.owner = owner
        self.ssl_context = ssl_context
        self.tls = ssl_context is not None
        super().__init__(("127.0.0.1", 0), _Handler)

    def finish_request(self, request, client_address):
        # Runs in the connection's own thread.
        self.owner._connections += 1
        if self.ssl_context is not None:
            request.settimeout(10)
            try:
                request = self.ssl_context.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError) as error:
                self.owner.handshake_failures.append(str(error))
                return
            request.settimeout(None)
            try:
                self.RequestHandlerClass(request, client_address, self)
            finally:
                try:
                    request.close()  # the wrapped socket; socketserver only closes the raw one
                except OSError:
                    pass
            return
        self.RequestHandlerClass(request, client_address, self)

    def handle_error(self, request, client_address):
        pass  # clients that hang up are expected in timeout tests


class FakeServer:
    """Base of every fake: override respond(request) -> Response.

    Tests can also queue one-shot answers (queue_response) or set a
    persistent one (set_override) to make the fake return any error.
    """

    def __init__(self, tls="server", certs=None):
        """tls: None for plain HTTP, or the name of a certificate pair from certs.py."""
        self.requests = []
        self.handshake_failures = []
        self.errors = []
        self._connections = 0
        self._lock = threading.Lock()
        self._queued = []
        self._override = None
        self._stopping = threading.Event()
        context = None
        if tls:
            if certs is None:
                from .certs import certs as get_certs
                certs = get_certs()
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*certs.pair(tls))
        self._server = _Server(self, context)
        self.port = self._server.server_address[1]
        self.scheme = "https" if tls else "http"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-%s-%d" % (type(self).__name__, self.port), daemon=True)
        self._thread.start()

    # -- addresses -------------------------------------------------------
    @property
    def base_url(self):
        return "%s://127.0.0.1:%d" % (self.scheme, self.port)

    def url(self, path):
        return self.base_url + path

    # -- answers ---------------------------------------------------------
    def respond(self, request):
        return Response.text("not found", status=404)

    def queue_response(self, response, times=1):
        with self._lock:
            self._queued.extend([response] * times)

    def set_override(self, response):
        """Answer every request with this (None: back to the fake's own logic)."""
        with self._lock:
            self._override = response

    def _respond(self, request):
        with self._lock:
            if self._queued:
                return self._queued.pop(0)
            override = self._override
        if override is not None:
            return override
        return self.respond(request)

    def _record(self, request):
        with self._lock:
            self.requests.append(request)

    # -- inspection ------------------------------------------------------
    def received(self, path=None, method=None):
        with self._lock:
            return [r for r in self.requests
                    if (path is None or r.path == path) and (method is None or r.method == method)]

    def count(self, path=None, method=None):
        return len(self.received(path, method))

    @property
    def connections(self):
        return self._connections

    def stop(self):
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def wait_for_port(port, timeout=5.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


class SilentServer:
    """Accepts TCP connections on 127.0.0.1 and never says anything: no TLS
    handshake, no HTTP answer. Counts the connections."""

    def __init__(self):
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self.connections = 0
        self.received = b""
        self._held = []
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="silent-%d" % self.port)
        self._thread.start()

    def url(self, path, scheme="https"):
        return "%s://127.0.0.1:%d%s" % (scheme, self.port, path)

    def _run(self):
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            self.connections += 1
            self._held.append(connection)

    def stop(self):
        self._stopping.set()
        self._thread.join(5)
        for connection in self._held:
            connection.close()
        self._listener.close()
