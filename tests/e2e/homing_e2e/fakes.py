"""Fakes of the services Homing talks to, behaving like the real ones.

Each fake checks credentials and parameters the way the real service does
(see shared/reference/providers.md sections 4-6), records every request
(FakeServer.requests), and can be told to return any error (queue_response,
set_override). Anything a correct client should never send is also noted in
`violations`, which the harness checks after every test.
"""

import base64
import ipaddress
import json
import re
import threading
import uuid

from .servers import FakeServer, Response

USER_AGENT_PREFIX = "Homing/"


def _ip(text, version=None):
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if version is not None and address.version != version:
        return None
    return address


class _Fake(FakeServer):
    def __init__(self, **kwargs):
        self.violations = []
        super().__init__(**kwargs)

    def violation(self, request, text):
        self.violations.append("%s %s: %s" % (request.method, request.target, text))


# ---------------------------------------------------------------------------
# Echo services


class EchoService(_Fake):
    """Address echo services: /echo1, /echo2, ... each answer with an address.

    By default every path answers `address` as plain text. answer() changes
    one path: another address, a JSON or HTML body, any body, a status, a delay.
    """

    def __init__(self, address="81.2.69.160", tls="server", certs=None):
        self.address = address
        self._answers = {}
        super().__init__(tls=tls, certs=certs)

    def source(self, index):
        return self.url("/echo%d" % index)

    def sources(self, count):
        return [self.source(i) for i in range(1, count + 1)]

    def set_address(self, address):
        """Every path without its own answer now gives this address."""
        self.address = address

    def answer(self, index, address=None, body=None, fmt="plain", status=200, delay=0.0):
        with self._lock:
            self._answers["/echo%d" % index] = (address, body, fmt, status, delay)

    @staticmethod
    def _format(address, fmt):
        if fmt == "plain":
            return Response.text(address + "\n")
        if fmt == "json":
            return Response.json({"country": "GB", "asn": 64496, "ip": address, "version": "v2.1.0"})
        if fmt == "html":
            return Response(200, "<!DOCTYPE html><html><head><title>What is my IP 2.0.1</title></head>"
                                 "<body><p>Your address is <b>%s</b>.</p></body></html>" % address,
                            content_type="text/html; charset=utf-8")
        raise ValueError(fmt)

    def respond(self, request):
        if request.method != "GET":
            self.violation(request, "echo services are queried with GET")
            return Response.text("method not allowed", status=405)
        if not re.fullmatch(r"/echo\d+", request.path):
            return Response.text("not found", status=404)
        with self._lock:
            custom = self._answers.get(request.path)
            address = self.address
        if custom is None:
            return self._format(address, "plain")
        address, body, fmt, status, delay = custom
        response = Response.text(body) if body is not None else self._format(address or self.address, fmt)
        response.status = status
        response.delay = delay
        return response


# ---------------------------------------------------------------------------
# dyndns2 (Dyn, No-IP, Dynu, Oray, ...)


class Dyndns2Server(_Fake):
    """A dyndns2 update server: GET <path>?hostname=...&myip=... with Basic auth.

    hosts maps each host name of the account to its current address (or None).
    Answers one line per host, HTTP 200, as Dyn and No-IP do.
    """

    def __init__(self, username="homer", password="", hosts=None, path="/nic/update",
                 ipv6_param="myipv6", tls="server", certs=None):
        self.username = username
        self.password = password
        self.hosts = dict(hosts or {})
        self.hosts6 = {}
        self.path = path
        self.ipv6_param = ipv6_param
        super().__init__(tls=tls, certs=certs)

    @property
    def update_url(self):
        return self.url(self.path)

    def updates(self):
        return self.received(self.path)

    def respond(self, request):
        if request.path != self.path:
            return Response.text("Not Found", status=404)
        if request.method != "GET":
            self.violation(request, "dyndns2 updates must use GET")
            return Response.text("badagent")
        agent = request.header("User-Agent") or ""
        if not agent.strip():
            self.violation(request, "no User-Agent")
            return Response.text("badagent")
        authorization = request.header("Authorization")
        if not authorization:
            return Response.text("badauth", status=401,
                                 headers={"WWW-Authenticate": 'Basic realm="DDNS"'})
        if not authorization.startswith("Basic "):
            return Response.text("badauth")
        try:
            decoded = base64.b64decode(authorization[6:], validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return Response.text("badauth")
        user, _, password = decoded.partition(":")
        if user != self.username or password != self.password:
            return Response.text("badauth")
        for name in request.query:
            if len(request.query[name]) != 1:
                self.violation(request, "parameter %s repeated" % name)
        hostname = request.param("hostname")
        if not hostname:
            self.violation(request, "no hostname")
            return Response.text("notfqdn")
        names = hostname.split(",")
        if len(names) > 20:
            return Response.text("numhost")
        myip = request.param("myip")
        myip6 = request.param(self.ipv6_param) if self.ipv6_param else None
        v4 = v6 = None
        for part in (myip or "").split(","):
            if not part or part == "no":
                continue
            address = _ip(part)
            if address is None:
                self.violation(request, "myip is not an address: %r" % part)
                return Response.text("dnserr")
            if address.version == 4:
                v4 = str(address)
            else:
                v6 = str(address)
        if myip6 and myip6 != "no":
            address = _ip(myip6, 6)
            if address is None:
                self.violation(request, "%s is not an IPv6 address: %r" % (self.ipv6_param, myip6))
                return Response.text("dnserr")
            v6 = str(address)
        if v4 is None and v6 is None:
            self.violation(request, "no address sent: the service would use the connecting address")
            v4 = "127.0.0.1"
        lines = []
        with self._lock:
            for name in names:
                if "." not in name.strip("."):
                    lines.append("notfqdn")
                    continue
                if name not in self.hosts:
                    lines.append("nohost")
                    continue
                changed = False
                if v4 is not None and self.hosts.get(name) != v4:
                    self.hosts[name] = v4
                    changed = True
                if v6 is not None and self.hosts6.get(name) != v6:
                    self.hosts6[name] = v6
                    changed = True
                echoed = ",".join(a for a in (v4, v6) if a)
                lines.append(("good " if changed else "nochg ") + echoed)
        return Response.text("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# DuckDNS


class DuckDnsServer(_Fake):
    """https://www.duckdns.org/update?domains=&token=&ip=&ipv6=&verbose=&clear=

    domains maps each sub-name of the account to [ipv4, ipv6]. Answers OK or KO
    with HTTP 200, as the real service does; verbose=true adds the addresses
    and UPDATED/NOCHANGE.
    """

    def __init__(self, token, domains=("myhome",), tls="server", certs=None):
        self.token = token
        self.domains = {name: [None, None] for name in domains}
        super().__init__(tls=tls, certs=certs)

    @property
    def update_url(self):
        return self.url("/update")

    def updates(self):
        return self.received("/update")

    def respond(self, request):
        if request.path != "/update":
            return Response.text("Not Found", status=404)
        for name in request.query:
            if len(request.query[name]) != 1:
                self.violation(request, "parameter %s repeated" % name)
        token = request.param("token")
        domains = request.param("domains")
        if not token or token != self.token or not domains:
            return Response.text("KO")
        names = domains.split(",")
        with self._lock:
            if any(name not in self.domains for name in names):
                return Response.text("KO")
            ip = request.param("ip")
            ipv6 = request.param("ipv6")
            if ip is None and ipv6 is None:
                self.violation(request, "no ip/ipv6: the service would detect the connecting address")
                ip = "127.0.0.1"
            v4 = v6 = None
            if ip:
                address = _ip(ip)
                if address is None:
                    return Response.text("KO")
                if address.version == 4:
                    v4 = str(address)
                else:
                    v6 = str(address)
            if ipv6:
                address = _ip(ipv6, 6)
                if address is None:
                    return Response.text("KO")
                v6 = str(address)
            changed = False
            for name in names:
                current = self.domains[name]
                if request.param("clear") == "true":
                    changed = changed or current != [None, None]
                    self.domains[name] = [None, None]
                    continue
                if v4 is not None and current[0] != v4:
                    current[0] = v4
                    changed = True
                if v6 is not None and current[1] != v6:
                    current[1] = v6
                    changed = True
            shown = self.domains[names[0]]
        if request.param("verbose") == "true":
            return Response.text("OK\n%s\n%s\n%s" % (shown[0] or "", shown[1] or "",
                                                    "UPDATED" if changed else "NOCHANGE"))
        return Response.text("OK")


# ---------------------------------------------------------------------------
# Cloudflare API v4


def _cf_error(status, code, message, **kwargs):
    return Response.json({"success": False, "errors": [{"code": code, "message": message}],
                          "messages": [], "result": None}, status=status, **kwargs)


def _cf_ok(result, **extra):
    body = {"success": True, "errors": [], "messages": [], "result": result}
    body.update(extra)
    return Response.json(body)


class CloudflareServer(_Fake):
    """Cloudflare's API v4 under /client/v4: zones and DNS records.

    zones maps zone names to ids; zone_status maps zone names to their status
    ("active" unless set: "pending", "initializing", "moved"). Requests need
    "Authorization: Bearer <token>"; a wrong token gets HTTP 403 with
    `invalid_token_code` (9109 by default).

    As strict as Cloudflare's schema (cloudflare/api-schemas, and the official
    TypeScript SDK generated from it, src/resources/dns/records.ts):
    - Record lists filter by `type` and by `name.exact` (what the SDK sends for
      RecordListParams {name: {exact}}). Keys the API does not know, such as a
      plain `name`, are ignored, as the real API ignores them: such a list holds
      every record of the type. Lists are paged by `page` and `per_page`
      (default 100) with a full `result_info`.
    - A POST, PATCH or PUT body needs `type`, `name`, `content` and `ttl` with
      the right JSON types; ttl is 1 (automatic) or 30..86400; the type must be a
      DNS record type (this fake holds A and AAAA only). Anything else is a 400
      with a Cloudflare error envelope.
    Test knobs: `max_per_page` serves smaller pages than asked for, and
    `name_filter_ignored` lists every record of the type whatever the filter.
    """

    BASE = "/client/v4"
    # Record types the schema knows (RecordListParams.type in the SDK).
    RECORD_TYPES = ("A", "AAAA", "CAA", "CERT", "CNAME", "DNSKEY", "DS", "HTTPS", "LOC", "MX", "NAPTR", "NS",
                    "OPENPGPKEY", "PTR", "SMIMEA", "SRV", "SSHFP", "SVCB", "TLSA", "TXT", "URI")
    MAX_PER_PAGE = 5000000  # dns-records_per_page maximum in the schema

    def __init__(self, token, zones=None, zone_status=None, tls="server", certs=None):
        self.token = token
        self.invalid_token_code = 9109
        self.zones = dict(zones or {"example.com": uuid.uuid4().hex})
        self.zone_status = dict(zone_status or {})
        self.records = []  # dicts as Cloudflare returns them
        self.max_per_page = None
        self.name_filter_ignored = False
        super().__init__(tls=tls, certs=certs)

    @property
    def endpoint(self):
        return self.url(self.BASE)

    def zone_id(self, name="example.com"):
        return self.zones[name]

    def add_record(self, name, rtype, content, proxied=False, ttl=1, zone="example.com", comment=None):
        with self._lock:
            return dict(self._add_record(name, rtype, content, proxied, ttl, zone, comment))

    def list_requests(self):
        """The GET requests that listed DNS records."""
        return [r for r in self.received(method="GET") if r.path.endswith("/dns_records")]

    def _add_record(self, name, rtype, content, proxied, ttl, zone, comment=None):
        record = {
            "id": uuid.uuid4().hex, "zone_id": self.zones[zone], "zone_name": zone, "name": name,
            "type": rtype, "content": content, "proxiable": True, "proxied": proxied, "ttl": ttl,
            "locked": False, "comment": comment, "tags": [],
            "created_on": "2024-01-01T05:20:00.12345Z", "modified_on": "2024-01-01T05:20:00.12345Z",
        }
        self.records.append(record)
        return record

    def find(self, name, rtype):
        with self._lock:
            return [dict(r) for r in self.records if r["name"] == name and r["type"] == rtype]

    def writes(self):
        """Requests that change records (POST, PATCH, PUT, DELETE)."""
        return [r for r in self.received() if r.method in ("POST", "PATCH", "PUT", "DELETE")]

    def _zone_by_id(self, zone_id):
        for name, ident in self.zones.items():
            if ident == zone_id:
                return name
        return None

    @staticmethod
    def _check_content(rtype, content):
        if rtype == "A" and _ip(content, 4) is None:
            return "Content for A record must be a valid IPv4 address."
        if rtype == "AAAA" and _ip(content, 6) is None:
            return "Content for AAAA record must be a valid IPv6 address."
        return None

    @staticmethod
    def _check_ttl(ttl):
        # 1 is automatic; the schema allows 60..86400, and 30 on Enterprise zones.
        return isinstance(ttl, int) and not isinstance(ttl, bool) and (ttl == 1 or 30 <= ttl <= 86400)

    @staticmethod
    def _positive_int(text, default, maximum):
        if text is None:
            return default
        if not re.fullmatch(r"[0-9]+", text) or not 1 <= int(text) <= maximum:
            return None
        return int(text)

    def _page(self, request, items, default_per_page):
        """One page of `items` as Cloudflare answers a list, with its result_info."""
        page = self._positive_int(request.param("page"), 1, 2 ** 31)
        per_page = self._positive_int(request.param("per_page"), default_per_page, self.MAX_PER_PAGE)
        if page is None or per_page is None:
            return _cf_error(400, 1004, "page and per_page must be whole numbers of at least 1 (per_page at most %d)"
                             % self.MAX_PER_PAGE)
        if self.max_per_page is not None:
            per_page = min(per_page, self.max_per_page)
        chunk = items[(page - 1) * per_page:page * per_page]
        total_pages = (len(items) + per_page - 1) // per_page
        return _cf_ok(chunk, result_info={"page": page, "per_page": per_page, "count": len(chunk),
                                          "total_count": len(items), "total_pages": total_pages})

    def respond(self, request):
        if not request.path.startswith(self.BASE + "/"):
            return _cf_error(400, 7000, "No route for that URI")
        authorization = request.header("Authorization")
        if not authorization:
            return _cf_error(400, 9106, "Missing X-Auth-Key, X-Auth-Email or Authorization headers")
        if not authorization.startswith("Bearer ") or not re.fullmatch(r"[A-Za-z0-9_-]+", authorization[7:]):
            return Response.json({"success": False, "errors": [{
                "code": 6003, "message": "Invalid request headers",
                "error_chain": [{"code": 6111, "message": "Invalid format for Authorization header"}]}],
                "messages": [], "result": None}, status=400)
        if authorization[7:] != self.token:
            message = "Invalid access token" if self.invalid_token_code == 9109 else "Authentication error"
            return _cf_error(403, self.invalid_token_code, message)
        parts = request.path[len(self.BASE):].strip("/").split("/")
        with self._lock:
            return self._route(request, parts)

    def _route(self, request, parts):
        if parts == ["zones"] and request.method == "GET":
            name = request.param("name")
            zones = [{"id": ident, "name": zname, "status": self.zone_status.get(zname, "active")}
                     for zname, ident in self.zones.items() if name is None or name == zname]
            return self._page(request, zones, 20)
        if len(parts) < 3 or parts[0] != "zones" or parts[2] != "dns_records":
            return _cf_error(400, 7000, "No route for that URI")
        zone_name = self._zone_by_id(parts[1])
        if zone_name is None:
            return _cf_error(400, 7003, "Could not route to %s, perhaps your object identifier is invalid?"
                             % request.path)
        if len(parts) == 3 and request.method == "GET":
            # name.exact is the filter; a plain "name" is not a key the API knows, and is ignored.
            rtype, name = request.param("type"), request.param("name.exact")
            if self.name_filter_ignored:
                name = None
            found = [dict(r) for r in self.records if r["zone_id"] == parts[1]
                     and (rtype is None or r["type"] == rtype)
                     and (name is None or r["name"].lower() == name.lower())]
            return self._page(request, found, 100)
        if len(parts) == 3 and request.method == "POST":
            return self._create(request, zone_name)
        if len(parts) == 4 and request.method in ("PATCH", "PUT"):
            record = next((r for r in self.records if r["id"] == parts[3] and r["zone_id"] == parts[1]), None)
            if record is None:
                return _cf_error(404, 81044, "Record does not exist.")
            return self._update(request, record)
        return _cf_error(405, 10000, "Method not allowed")

    def _body(self, request):
        if not (request.header("Content-Type") or "").startswith("application/json"):
            self.violation(request, "JSON body without Content-Type: application/json")
        try:
            body = request.json()
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    def _schema_problem(self, body):
        """What a POST/PATCH/PUT body breaks in the schema, as an error answer, or None."""
        known = {"type", "name", "content", "ttl", "proxied", "comment", "tags"}
        if set(body) - known:
            return _cf_error(400, 9000, "Unknown fields: %s" % ", ".join(sorted(set(body) - known)))
        for field in ("type", "name", "content", "ttl"):
            if field not in body:
                return _cf_error(400, 9005, "DNS record %s is required" % field)
        for field in ("type", "name", "content"):
            if not isinstance(body[field], str):
                return _cf_error(400, 9005, "DNS record %s must be a string" % field)
        if body["type"] not in self.RECORD_TYPES:
            return _cf_error(400, 9020, "Invalid DNS record type")
        if body["type"] not in ("A", "AAAA"):
            return _cf_error(400, 9020, "This fake holds A and AAAA records only")
        if not body["name"]:
            return _cf_error(400, 9005, "DNS record name is required")
        if not self._check_ttl(body["ttl"]):
            return _cf_error(400, 9021, "Invalid TTL. Must be between 60 (30 for Enterprise zones) and 86400 seconds, or 1 "
                                          "for Automatic.")
        if "proxied" in body and not isinstance(body["proxied"], bool):
            return _cf_error(400, 9003, "Invalid 'proxied' value, must be a boolean")
        if "comment" in body and not isinstance(body["comment"], (str, type(None))):
            return _cf_error(400, 9005, "DNS record comment must be a string")
        if "tags" in body and not (isinstance(body["tags"], list) and all(isinstance(t, str) for t in body["tags"])):
            return _cf_error(400, 9005, "DNS record tags must be a list of strings")
        return None

    @staticmethod
    def _full_name(name, zone_name):
        if name == "@":
            return zone_name
        if not name.endswith("." + zone_name) and name != zone_name:
            return name + "." + zone_name
        return name

    def _create(self, request, zone_name):
        body = self._body(request)
        if body is None:
            return _cf_error(400, 9207, "Request body is invalid.")
        problem = self._schema_problem(body)
        if problem:
            return problem
        rtype, content, ttl = body["type"], body["content"], body["ttl"]
        name = self._full_name(body["name"], zone_name)
        problem = self._check_content(rtype, content)
        if problem:
            return _cf_error(400, 9005, problem)
        proxied = body.get("proxied", False)
        for other in self.records:
            if other["name"] == name and other["type"] == rtype and other["content"] == content:
                return _cf_error(400, 81058, "An identical record already exists.")
        record = self._add_record(name, rtype, content, proxied, ttl, zone_name, body.get("comment"))
        return _cf_ok(dict(record))

    def _update(self, request, record):
        body = self._body(request)
        if body is None:
            return _cf_error(400, 9207, "Request body is invalid.")
        # PATCH and PUT alike need type, name, content and ttl (RecordEditParams, RecordUpdateParams).
        problem = self._schema_problem(body)
        if problem:
            return problem
        updated = dict(record)
        if request.method == "PUT":
            updated.update({"proxied": False, "comment": None, "tags": []})
        updated.update(body)
        updated["name"] = self._full_name(body["name"], record["zone_name"])
        problem = self._check_content(updated["type"], updated["content"])
        if problem:
            return _cf_error(400, 9005, problem)
        updated["modified_on"] = "2024-06-01T00:00:00.0Z"
        record.clear()
        record.update(updated)
        return _cf_ok(dict(record))


# ---------------------------------------------------------------------------
# A generic webhook endpoint (the "custom" provider)


class WebhookServer(_Fake):
    """Accepts any request on any path; answers `reply` (200 "ok" by default).

    require_header: (name, value) that must be present, else HTTP 401.
    """

    def __init__(self, reply=None, require_header=None, echo_request=False, tls="server", certs=None):
        self.reply = reply or Response.text("ok")
        self.require_header = require_header
        # Like many APIs, quote what was received in the answer (so the
        # secret comes back, and Homing must keep it out of what it shows).
        self.echo_request = echo_request
        super().__init__(tls=tls, certs=certs)

    def _quote(self, request):
        headers = "; ".join("%s: %s" % (k, v) for k, v in request.headers.items()
                            if k.lower() not in ("host", "user-agent", "content-length", "connection",
                                                 "accept-encoding", "accept-language"))
        return " [received body %s, target %s, headers %s]" % (request.body.decode("utf-8", "replace"),
                                                                 request.target, headers)

    def respond(self, request):
        if self.require_header is not None:
            name, value = self.require_header
            if request.header(name) != value:
                body = {"error": "unauthorized"}
                if self.echo_request:
                    body["error"] += self._quote(request)
                return Response.json(body, status=401)
        reply = self.reply
        body = reply.body
        if self.echo_request:
            body += self._quote(request).encode("utf-8")
        return Response(reply.status, body, dict(reply.headers), reply.delay)


__all__ = ["EchoService", "Dyndns2Server", "DuckDnsServer", "CloudflareServer", "WebhookServer",
           "Response", "USER_AGENT_PREFIX"]
