"""RouterLabTestCase: a HomingTestCase with the router lab (router_lab.py)
started for each test and homing-cli (every helper that runs it, daemons
included) run in the lab's LAN namespace, behind the router; plus the
helpers the router, carrier-grade NAT, port-mapping and PCP tests share."""

from homing_e2e.harness import EXIT_OK, HomingTestCase
from homing_e2e.router_lab import LAN_HOST, RouterLab


class RouterLabTestCase(HomingTestCase):
    LAB_OPTIONS = {}  # RouterLab's keyword arguments (upnp=False, wan_address=..., router=False)

    def setUp(self):
        super().setUp()
        self.lab = RouterLab(root=self.root, **self.LAB_OPTIONS)
        self.addCleanup(self.lab.stop)
        # Before the lab stops (cleanups run last-in, first-out): a daemon is
        # stopped while its namespace still exists.
        self.addCleanup(self._stop_daemons)
        self.lab.start()
        self.cli_in_namespace(self.lab.lan)

    def ip_json(self, expect):
        """`homing-cli ip --json`'s IPv4 detection, after checking the exit code."""
        result = self.cli("ip", "--json")
        self.assert_exit(result, expect)
        return result.json()["ipv4"]

    def router_config(self, mappings, **router):
        """A configuration with port mappings only: no address detection, no records."""
        router["port_mappings"] = mappings
        return self.make_config([], [], [], ipv4=False, router=router)

    def mappings_status(self, daemon):
        if not daemon.alive():
            self.fail("the daemon exited early with %s: %s" % (daemon.process.returncode, daemon.output()))
        result = self.cli("status", "--json")
        self.assert_exit(result, EXIT_OK)
        return result.json()["port_mappings"]

    def wait_for_state(self, daemon, state, timeout=30):
        """Waits until the first mapping is in `state`; the status's mappings."""
        def reached():
            mappings = self.mappings_status(daemon)
            return mappings if mappings and mappings[0]["state"] == state else None
        try:
            return self.wait_until(reached, timeout=timeout, message="the mapping to be %s" % state)
        except AssertionError:
            self.fail("the mapping did not become %s: %r\nminiupnpd said:\n%s\ndaemon said:\n%s"
                      % (state, self.mappings_status(daemon), self.lab.miniupnpd_log()[-3000:], daemon.output()))

    def lab_has(self, external, internal, protocol="tcp"):
        """Whether miniupnpd forwards `external` to LAN_HOST:`internal`."""
        return {"protocol": protocol, "external": external, "host": LAN_HOST, "internal": internal} \
            in self.lab.mappings()
