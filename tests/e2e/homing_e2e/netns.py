"""Network namespaces and veth pairs for end-to-end tests.

The suite already runs in a private network namespace holding only `lo`.
Tests that need real interfaces (addresses with IPv6 flags, a router lab)
build more namespaces inside it with this class, so that nothing ever gets a
link to the real network and the suite's own namespace keeps only `lo`.

    ns = NetNs("ifscan")                 # unique name: ifscan-<pid>-<n>
    self.addCleanup(ns.delete)           # always, even when the test fails
    ns.add_veth("h0", "h1")              # both ends in ns (or peer_ns=other)
    ns.sysctl("net.ipv6.conf.h0.use_tempaddr", 2)
    ns.add_address("h0", "2408:8207:1:2::10/64", "mngtmpaddr", "valid_lft", "7200")
    ns.run(["ip", "-6", "addr", "show"])           # via `ip netns exec`
    with ns.entered():                   # this thread (and what it starts) in ns
        server = start_some_server()     # listens on ns's 127.0.0.1

Names are unique per test run (prefix, pid and a counter) because `ip netns
add` mounts the namespace under /run/netns, which may be shared with the host.
`delete()` is idempotent and removes every namespace the object created;
deleting a namespace removes its veth ends too (and so the peer's).

The module's functions are the same steps for fixtures that name their own
namespaces (the router lab): create_namespace, delete_namespace, add_veth,
run_in and entered. A command that fails raises NetNsError.
"""

import ctypes
import ctypes.util
import contextlib
import itertools
import os
import subprocess
import time

_counter = itertools.count()
_CLONE_NEWNET = 0x40000000


def unique_name(prefix):
    """A namespace or interface-safe name unique to this process and call."""
    return "%s-%d-%d" % (prefix, os.getpid(), next(_counter))


class NetNsError(RuntimeError):
    """A command that builds or runs in a namespace failed."""


def _run(argv, check=True, timeout=30, input=None, env=None):
    completed = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, input=input, env=env,
                               stdin=None if input is not None else subprocess.DEVNULL)
    if check and completed.returncode != 0:
        raise NetNsError("%s failed (exit %d): %s %s" % (" ".join(argv), completed.returncode,
                                                         completed.stdout.strip(), completed.stderr.strip()))
    return completed


def create_namespace(name):
    """`ip netns add NAME` with its loopback up, or no namespace and an error.
    The caller deletes it (delete_namespace)."""
    _run(["ip", "netns", "add", name])
    try:
        run_in(name, ["ip", "link", "set", "lo", "up"])
    except BaseException:
        delete_namespace(name)
        raise
    return name


def delete_namespace(name):
    """Deletes the namespace (and the veth ends in it); no error if it is gone."""
    _run(["ip", "netns", "delete", name], check=False)


def add_veth(name, namespace, peer, peer_namespace):
    """A veth pair `name` in `namespace` <-> `peer` in `peer_namespace`, created
    straight in them (down): nothing touches the calling namespace."""
    _run(["ip", "link", "add", name, "netns", namespace, "type", "veth", "peer", "name", peer,
          "netns", peer_namespace])


def run_in(namespace, argv, check=True, timeout=30, input=None, env=None):
    """Runs argv inside the namespace (`ip netns exec`); a CompletedProcess with text output."""
    return _run(["ip", "netns", "exec", namespace] + list(argv), check=check, timeout=timeout, input=input, env=env)


_libc = None


def _setns(fd):
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    if _libc.setns(fd, _CLONE_NEWNET) != 0:
        error = ctypes.get_errno()
        raise OSError(error, "setns: %s" % os.strerror(error))


@contextlib.contextmanager
def entered(namespace):
    """Moves the calling thread into the namespace for the block (setns), then back.

    Sockets opened and processes started meanwhile (fakes, servers,
    homing-cli via HomingTestCase.cli) live in the namespace; threads
    started meanwhile stay there."""
    target = os.open("/run/netns/%s" % namespace, os.O_RDONLY | os.O_CLOEXEC)
    original = os.open("/proc/thread-self/ns/net", os.O_RDONLY | os.O_CLOEXEC)
    try:
        _setns(target)
        try:
            yield
        finally:
            _setns(original)
    finally:
        os.close(target)
        os.close(original)


class NetNs:
    """One named network namespace (plus any others it was asked to create)."""

    def __init__(self, prefix="homing"):
        self.name = unique_name(prefix)
        self._created = []
        self.create(self.name)

    # -- lifecycle ---------------------------------------------------------------
    def create(self, name):
        create_namespace(name)
        self._created.append(name)
        return name

    def new_peer_namespace(self, prefix="peer"):
        """Another namespace owned (and deleted) by this object."""
        return self.create(unique_name(prefix))

    def delete(self):
        while self._created:
            name = self._created.pop()
            delete_namespace(name)

    # -- building ----------------------------------------------------------------
    def add_veth(self, name, peer, peer_ns=None, up=True):
        """A veth pair `name` (in this namespace) <-> `peer` (in peer_ns, default this one)."""
        add_veth(name, self.name, peer, peer_ns or self.name)
        if up:
            self.run(["ip", "link", "set", name, "up"])
            self.run(["ip", "link", "set", peer, "up"], namespace=peer_ns)

    def set_mac(self, interface, mac, namespace=None):
        self.run(["ip", "link", "set", interface, "address", mac], namespace=namespace)

    def mac(self, interface, namespace=None):
        """The interface's MAC address, lower case ("aa:bb:cc:dd:ee:ff")."""
        import json
        links = json.loads(self.run(["ip", "-j", "link", "show", "dev", interface], namespace=namespace).stdout)
        return links[0]["address"].lower()

    def sysctl(self, key, value, namespace=None):
        self.run(["sysctl", "-q", "-w", "%s=%s" % (key, value)], namespace=namespace)

    def add_address(self, interface, cidr, *options, namespace=None):
        """`ip addr add CIDR dev IF OPTIONS...` (options such as "nodad", "mngtmpaddr",
        "preferred_lft", "0", "valid_lft", "3600")."""
        self.run(["ip", "addr", "add", cidr, "dev", interface] + [str(o) for o in options], namespace=namespace)

    def addresses(self, interface=None, namespace=None):
        """`ip -j addr show` parsed: a list of dicts as iproute2 prints them."""
        import json
        argv = ["ip", "-j", "addr", "show"] + (["dev", interface] if interface else [])
        return json.loads(self.run(argv, namespace=namespace).stdout or "[]")

    def wait_for(self, predicate, timeout=10, interval=0.1, message="condition"):
        deadline = time.monotonic() + timeout
        while True:
            if predicate():
                return
            if time.monotonic() > deadline:
                raise AssertionError("timed out after %s s waiting for %s" % (timeout, message))
            time.sleep(interval)

    # -- running -----------------------------------------------------------------
    def run(self, argv, namespace=None, check=True, timeout=30):
        """Runs argv inside the namespace (`ip netns exec`); returns CompletedProcess (text)."""
        return run_in(namespace or self.name, argv, check=check, timeout=timeout)

    def popen(self, argv, namespace=None, **kwargs):
        return subprocess.Popen(["ip", "netns", "exec", namespace or self.name] + list(argv), **kwargs)

    @contextlib.contextmanager
    def entered(self, namespace=None):
        """This namespace (or `namespace`) for the block: see the module's entered()."""
        with entered(namespace or self.name):
            yield self
