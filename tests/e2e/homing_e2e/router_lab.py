"""A home router in network namespaces: miniupnpd (UPnP IGD, NAT-PMP, PCP)
between a LAN and a WAN, for the router address source and the port mapper.

    wan namespace             router namespace                lan namespace
    wan0 11.22.33.1/24 <-veth-> rwan 11.22.33.44/24
                                rlan 192.168.77.1/24 <-veth-> lan0 192.168.77.10/24

The router forwards and masquerades LAN traffic out of rwan; its nftables
ruleset (table inet filter, with the chains miniupnpd fills) is loaded before
miniupnpd starts, or every AddPortMapping fails with 501. miniupnpd runs in
the foreground (-d) with enable_upnp and enable_natpmp (the Debian build
answers PCP on the NAT-PMP port too).

Nothing here has a link to the real network: the namespaces are new and empty
and are joined to each other only. Their names carry the test process's pid
and a counter, so runs and fixtures never collide, and stop() deletes them all
(and stops miniupnpd) even when start() failed half-way. Use it as a context
manager, or call start() and addCleanup(lab.stop):

    lab = RouterLab(root=self.root)
    self.addCleanup(lab.stop)
    lab.start()
    lab.lan_exec(["upnpc", "-s"])           # subprocess.CompletedProcess, text
    lab.set_wan_address("100.64.0.2", 10)   # carrier-grade NAT: no external address
    lab.mappings()                          # what miniupnpd has mapped, from nft

A fixture is reachable from the test process's own namespace only through
`in_namespace(name)`, a context manager that makes the sockets created inside
it belong to that namespace (a fake service the CLI in lan can reach on
127.0.0.1 or on the LAN address):

    with lab.in_namespace(lab.lan):
        echo = self.echo(...)
"""

import ipaddress
import itertools
import os
import shutil
import signal
import subprocess
import tempfile
import time

from homing_e2e import netns

WAN_ADDRESS = "11.22.33.44"
WAN_PEER = "11.22.33.1"
WAN_PREFIX = 24
ROUTER_LAN = "192.168.77.1"
LAN_HOST = "192.168.77.10"
LAN_PREFIX = 24
LAN_NETWORK = "192.168.77.0/24"
CGNAT_WAN_ADDRESS = "100.64.3.4"  # shared address space (RFC 6598): miniupnpd gives no external address
CGNAT_PREFIX = 10
HTTP_PORT = 5000  # miniupnpd's UPnP HTTP port on rlan
NATPMP_PORT = 5351

_counter = itertools.count(1)

NFT_RULESET = """\
table inet filter {
    chain forward {
        type filter hook forward priority 0; policy drop;
        ct state established,related accept
        iifname "rlan" oifname "rwan" accept
        jump miniupnpd
    }
    chain miniupnpd {
    }
    chain prerouting {
        type nat hook prerouting priority -100; policy accept;
        jump prerouting_miniupnpd
    }
    chain postrouting {
        type nat hook postrouting priority 100; policy accept;
        jump postrouting_miniupnpd
        oifname "rwan" masquerade
    }
    chain prerouting_miniupnpd {
    }
    chain postrouting_miniupnpd {
    }
}
"""

MINIUPNPD_CONF = """\
ext_ifname=rwan
listening_ip=rlan
http_port={http_port}
enable_upnp={upnp}
enable_natpmp={natpmp}
secure_mode=yes
system_uptime=yes
notify_interval=60
clean_ruleset_interval=600
uuid=3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b
friendly_name=Homing test router
allow 1024-65535 {lan_network} 1024-65535
deny 0-65535 0.0.0.0/0 0-65535
"""


class RouterLabError(netns.NetNsError):
    """miniupnpd or a lab service did not start (a failed command is a NetNsError)."""


def gateway_for(address, prefix):
    """The WAN peer for a router WAN address: the network's first host, or
    its second when the router has the first."""
    network = ipaddress.ip_interface("%s/%d" % (address, prefix)).network
    hosts = itertools.islice(network.hosts(), 2)
    first = next(hosts)
    return str(next(hosts) if str(first) == address else first)


class RouterLab:
    """Namespaces wan/router/lan with miniupnpd in the router (see the module
    docstring). `wan`, `router` and `lan` are the namespace names."""

    def __init__(self, root=None, wan_address=WAN_ADDRESS, wan_prefix=WAN_PREFIX, upnp=True, natpmp=True,
                 router=True):
        """router=False: the same network without miniupnpd (a router that
        speaks neither UPnP nor NAT-PMP)."""
        suffix = "%d-%d" % (os.getpid(), next(_counter))
        self.wan = "hwan-" + suffix
        self.router = "hrtr-" + suffix
        self.lan = "hlan-" + suffix
        self.namespaces = [self.wan, self.router, self.lan]
        self._own_root = root is None
        self.root = tempfile.mkdtemp(prefix="router-lab-") if root is None else os.path.join(root, "router-lab")
        os.makedirs(self.root, exist_ok=True)
        self.conf_path = os.path.join(self.root, "miniupnpd.conf")
        self.log_path = os.path.join(self.root, "miniupnpd.log")
        self.wan_address = wan_address
        self.wan_prefix = wan_prefix
        self.upnp = upnp
        self.natpmp = natpmp
        self.with_miniupnpd = router
        self.miniupnpd = None
        self._log = None
        self._created = []
        self._processes = []

    # -- life cycle ------------------------------------------------------------
    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def start(self):
        for name in self.namespaces:
            netns.create_namespace(name)
            self._created.append(name)
        # Created straight in their namespaces: nothing touches the test's own.
        netns.add_veth("wan0", self.wan, "rwan", self.router)
        netns.add_veth("rlan", self.router, "lan0", self.lan)
        wan_peer = gateway_for(self.wan_address, self.wan_prefix)
        self.exec(self.wan, ["ip", "addr", "add", "%s/%d" % (wan_peer, self.wan_prefix), "dev", "wan0"])
        self.exec(self.wan, ["ip", "link", "set", "wan0", "up"])
        self.exec(self.router, ["ip", "addr", "add", "%s/%d" % (self.wan_address, self.wan_prefix), "dev", "rwan"])
        self.exec(self.router, ["ip", "addr", "add", "%s/%d" % (ROUTER_LAN, LAN_PREFIX), "dev", "rlan"])
        self.exec(self.router, ["ip", "link", "set", "rwan", "up"])
        self.exec(self.router, ["ip", "link", "set", "rlan", "up"])
        self.exec(self.router, ["ip", "route", "add", "default", "via", wan_peer])
        self.exec(self.router, ["sysctl", "-q", "-w", "net.ipv4.ip_forward=1"])
        self.exec(self.lan, ["ip", "addr", "add", "%s/%d" % (LAN_HOST, LAN_PREFIX), "dev", "lan0"])
        self.exec(self.lan, ["ip", "link", "set", "lan0", "up"])
        self.exec(self.lan, ["ip", "route", "add", "default", "via", ROUTER_LAN])
        self.exec(self.router, ["nft", "-f", "-"], input=NFT_RULESET)
        with open(self.conf_path, "w") as f:
            f.write(MINIUPNPD_CONF.format(http_port=HTTP_PORT, upnp="yes" if self.upnp else "no",
                                          natpmp="yes" if self.natpmp else "no", lan_network=LAN_NETWORK))
        if not self.with_miniupnpd:
            return self
        self._log = open(self.log_path, "w")
        self.miniupnpd = subprocess.Popen(
            # A pid file of its own: the default one (/var/run/miniupnpd.pid)
            # makes a second lab's miniupnpd, in a test running alongside, exit.
            ["ip", "netns", "exec", self.router, "miniupnpd", "-d", "-f", self.conf_path,
             "-P", os.path.join(self.root, "miniupnpd.pid")],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait_until_listening()
        return self

    def _wait_until_listening(self, timeout=10):
        deadline = time.monotonic() + timeout
        wanted = []
        if self.upnp:
            wanted.append(("tcp", HTTP_PORT))
        if self.natpmp:
            wanted.append(("udp", NATPMP_PORT))
        while time.monotonic() < deadline:
            if self.miniupnpd.poll() is not None:
                raise RouterLabError("miniupnpd stopped at start (exit %d): %s"
                                     % (self.miniupnpd.returncode, self.miniupnpd_log()))
            listening = self.exec(self.router, ["ss", "-Hlnptu"]).stdout
            if all(":%d " % port in "".join(line + " " for line in listening.splitlines() if line.startswith(proto))
                   for proto, port in wanted):
                return
            time.sleep(0.05)
        raise RouterLabError("miniupnpd did not listen within %d s: %s" % (timeout, self.miniupnpd_log()))

    def stop(self):
        """Stops miniupnpd and every process started in the lab, deletes the
        namespaces (their veths go with them). Safe to call more than once."""
        for process in self._processes + ([self.miniupnpd] if self.miniupnpd else []):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=5)
            for stream in (process.stdout, process.stderr):
                if stream:
                    stream.close()
        self._processes = []
        self.miniupnpd = None
        if self._log:
            self._log.close()
            self._log = None
        for name in reversed(self._created):
            netns.delete_namespace(name)
        self._created = []
        if self._own_root:
            shutil.rmtree(self.root, True)

    def miniupnpd_log(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    # -- running things --------------------------------------------------------
    def exec(self, namespace, argv, check=True, timeout=30, input=None, env=None):
        """Runs argv in a namespace; a CompletedProcess with text output."""
        return netns.run_in(namespace, argv, check=check, timeout=timeout, input=input, env=env)

    def lan_exec(self, argv, **kwargs):
        return self.exec(self.lan, argv, **kwargs)

    def wan_exec(self, argv, **kwargs):
        return self.exec(self.wan, argv, **kwargs)

    def router_exec(self, argv, **kwargs):
        return self.exec(self.router, argv, **kwargs)

    def popen(self, namespace, argv, **kwargs):
        """A long-running process in a namespace, stopped by stop()."""
        kwargs.setdefault("stdin", subprocess.DEVNULL)
        process = subprocess.Popen(["ip", "netns", "exec", namespace] + list(argv), start_new_session=True,
                                   **kwargs)
        self._processes.append(process)
        return process

    def in_namespace(self, namespace):
        """Sockets created inside belong to `namespace` (setns on this thread;
        threads started inside keep the namespace of the sockets they use)."""
        return netns.entered(namespace)

    # -- the router ------------------------------------------------------------
    @property
    def lan_address(self):
        return LAN_HOST

    @property
    def router_lan_address(self):
        return ROUTER_LAN

    def set_wan_address(self, address, prefix=WAN_PREFIX):
        """Gives the router another WAN address (and the WAN peer one in its
        network, the router's default route). miniupnpd notices at once."""
        peer = gateway_for(address, prefix)
        self.exec(self.router, ["ip", "addr", "flush", "dev", "rwan"])
        self.exec(self.wan, ["ip", "addr", "flush", "dev", "wan0"])
        self.exec(self.wan, ["ip", "addr", "add", "%s/%d" % (peer, prefix), "dev", "wan0"])
        self.exec(self.router, ["ip", "addr", "add", "%s/%d" % (address, prefix), "dev", "rwan"])
        self.exec(self.router, ["ip", "route", "replace", "default", "via", peer])
        self.wan_address = address
        self.wan_prefix = prefix

    def upnp_external_address(self):
        """What `upnpc -s` in lan says the external address is ("" for none)."""
        out = self.lan_exec(["upnpc", "-s"], check=False).stdout
        for line in out.splitlines():
            if line.startswith("ExternalIPAddress = "):
                return line.split("=", 1)[1].strip()
        return ""

    def mappings(self):
        """miniupnpd's port mappings, read from its nftables chain:
        [{"protocol": "tcp", "external": 18080, "host": "192.168.77.10", "internal": 8080}]."""
        out = self.exec(self.router, ["nft", "list", "chain", "inet", "filter", "prerouting_miniupnpd"]).stdout
        found = []
        for line in out.splitlines():
            words = line.split()
            if "dnat" not in words:
                continue
            protocol = next((word for word in words if word in ("tcp", "udp")), None)
            if "@nh,72,8" in words:  # the IPv4 header's protocol byte
                protocol = {"0x06": "tcp", "0x6": "tcp", "0x11": "udp"}.get(words[words.index("@nh,72,8") + 1])
            try:
                external = int(words[words.index("dport") + 1])
                target = words[words.index("to") + 1]
            except (ValueError, IndexError):
                continue
            host, _, port = target.rpartition(":")
            found.append({"protocol": protocol, "external": external, "host": host, "internal": int(port)})
        return found

    # -- proving a mapping works ----------------------------------------------
    def lan_listen(self, port, protocol="tcp", reply="homing-lab"):
        """A listener on the LAN host that answers every TCP connection with
        `reply` (UDP: every datagram). Stopped by stop()."""
        script = (
            "import socket,sys\n"
            "p=sys.argv[2]; r=sys.argv[3].encode()\n"
            "if p=='tcp':\n"
            " s=socket.socket(); s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)\n"
            " s.bind(('0.0.0.0',int(sys.argv[1]))); s.listen(8); print('ready',flush=True)\n"
            " while True:\n"
            "  c,_=s.accept(); c.sendall(r); c.close()\n"
            "else:\n"
            " s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); s.bind(('0.0.0.0',int(sys.argv[1])))\n"
            " print('ready',flush=True)\n"
            " while True:\n"
            "  d,a=s.recvfrom(2048); s.sendto(r,a)\n")
        process = self.popen(self.lan, ["python3", "-c", script, str(port), protocol, reply],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if process.stdout.readline().strip() != "ready":
            raise RouterLabError("the LAN listener on %s port %d did not start" % (protocol, port))
        return process

    def wan_connect(self, port, address=None, protocol="tcp", timeout=3):
        """Connects from the WAN side to the router's WAN address (or
        `address`) and returns what came back ("" when nothing did)."""
        script = (
            "import socket,sys\n"
            "a,p,proto,t=sys.argv[1],int(sys.argv[2]),sys.argv[3],float(sys.argv[4])\n"
            "try:\n"
            " if proto=='tcp':\n"
            "  s=socket.create_connection((a,p),timeout=t); d=s.recv(2048)\n"
            " else:\n"
            "  s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); s.settimeout(t); s.sendto(b'hi',(a,p))\n"
            "  d=s.recvfrom(2048)[0]\n"
            " sys.stdout.write(d.decode())\n"
            "except OSError as e:\n"
            " sys.stderr.write(str(e))\n")
        completed = self.wan_exec(["python3", "-c", script, address or self.wan_address, str(port), protocol,
                                   str(timeout)], check=False, timeout=timeout + 10)
        return completed.stdout
