"""Test certificates, made with the openssl command-line tool once per run.

Certs().path(name) gives PEM files:
  ca.pem                  the trusted test CA (configs point ca_file at it)
  server.pem/.key         signed by the trusted CA for IP:127.0.0.1, IP:::1, DNS:localhost
  untrusted-ca.pem        a second CA that no config trusts
  untrusted.pem/.key      signed by the untrusted CA, same names as server.pem
  expired.pem/.key        signed by the trusted CA, valid from 3 days ago to 1 day ago
  wronghost.pem/.key      signed by the trusted CA for DNS:wrong-host.example.org only
"""

import atexit
import datetime
import os
import shutil
import subprocess
import tempfile
import threading

_lock = threading.Lock()
_instance = None

_CA_CONFIG = """
[ ca ]
default_ca = test_ca
[ test_ca ]
database = {db}/index.txt
new_certs_dir = {db}
serial = {db}/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[ any ]
commonName = supplied
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ server ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = {san}
authorityKeyIdentifier = keyid
"""

_LOOPBACK_SAN = "IP:127.0.0.1,IP:::1,DNS:localhost"


def _stamp(delta):
    return (datetime.datetime.now(datetime.timezone.utc) + delta).strftime("%Y%m%d%H%M%SZ")


class Certs:
    def __init__(self):
        if shutil.which("openssl") is None:
            raise RuntimeError("the openssl command-line tool is needed to make test certificates")
        self.dir = tempfile.mkdtemp(prefix="homing-e2e-certs-")
        atexit.register(shutil.rmtree, self.dir, True)
        day = datetime.timedelta(days=1)
        self._make_ca("ca", "Homing E2E Trusted CA")
        self._make_ca("untrusted-ca", "Homing E2E Untrusted CA")
        self._make_server("server", "ca", _LOOPBACK_SAN, -10 * day, 10 * day)
        self._make_server("untrusted", "untrusted-ca", _LOOPBACK_SAN, -10 * day, 10 * day)
        self._make_server("expired", "ca", _LOOPBACK_SAN, -3 * day, -1 * day)
        self._make_server("wronghost", "ca", "DNS:wrong-host.example.org", -10 * day, 10 * day)

    def path(self, name):
        path = os.path.join(self.dir, name)
        if not os.path.exists(path):
            raise FileNotFoundError(path)
        return path

    @property
    def ca_file(self):
        return self.path("ca.pem")

    def pair(self, name):
        """(certificate chain file, key file) for a server certificate."""
        return self.path(name + ".pem"), self.path(name + ".key")

    def _run(self, *args):
        result = subprocess.run(["openssl", *args], cwd=self.dir, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError("openssl %s failed: %s" % (" ".join(args), result.stderr))

    def _config(self, ca, san):
        db = os.path.join(self.dir, ca + ".db")
        if not os.path.isdir(db):
            os.mkdir(db)
            open(os.path.join(db, "index.txt"), "w").close()
            with open(os.path.join(db, "serial"), "w") as f:
                f.write("%016X\n" % int.from_bytes(os.urandom(7), "big"))
        path = os.path.join(self.dir, "%s-%d.cnf" % (ca, abs(hash(san))))
        with open(path, "w") as f:
            f.write(_CA_CONFIG.format(db=db, san=san))
        return path

    def _key_and_csr(self, name, common_name):
        self._run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                  "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=" + common_name)

    def _make_ca(self, name, common_name):
        self._key_and_csr(name, common_name)
        config = self._config(name, _LOOPBACK_SAN)
        day = datetime.timedelta(days=1)
        self._run("ca", "-batch", "-selfsign", "-config", config, "-keyfile", name + ".key",
                  "-in", name + ".csr", "-out", name + ".pem", "-extensions", "v3_ca", "-notext",
                  "-startdate", _stamp(-30 * day), "-enddate", _stamp(30 * day))

    def _make_server(self, name, ca, san, start, end):
        self._key_and_csr(name, name)
        config = self._config(ca, san)
        self._run("ca", "-batch", "-config", config, "-cert", ca + ".pem", "-keyfile", ca + ".key",
                  "-in", name + ".csr", "-out", name + ".pem", "-extensions", "server", "-notext",
                  "-startdate", _stamp(start), "-enddate", _stamp(end))


def certs():
    """The certificates of this test run, made on first use."""
    global _instance
    with _lock:
        if _instance is None:
            _instance = Certs()
        return _instance
