"""The simulators answer like real servers: TCP_NODELAY on every connection. With Nagle's algorithm
on, a keep-alive answer's body (written after its head) waited for the client's delayed ACK, about
40 ms per request, so the crawl bench measured the stand-in server instead of the crawler
(docs/crawler-history.md, session 8)."""
import socket
import urllib.request

from portal_sim import start_simulator
from portal_sim.drupal import Drupal
from portal_sim.generic import start_portal


def _nodelay_seen(server) -> list[int]:
    """Serve through `server` with its handler's setup() observed: TCP_NODELAY of each connection."""
    cls = server.RequestHandlerClass
    seen: list[int] = []
    setup = cls.setup

    def observed(self):
        setup(self)
        seen.append(self.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
    cls.setup = observed
    return seen


def _get(url: str) -> None:
    with urllib.request.urlopen(url, timeout=10) as r:
        r.read()


def test_every_simulated_portal_sets_tcp_nodelay():
    sim = start_simulator(scale=1)
    try:
        sites = [sim.index, *sim.sites.values()]
        seen = {s.name: _nodelay_seen(s.server) for s in sites}
        for s in sites:
            _get(s.base_url + "robots.txt")
        assert {name: bool(v) and all(v) for name, v in seen.items()} == {s.name: True for s in sites}
    finally:
        sim.stop()


def test_the_cms_family_portals_set_tcp_nodelay():
    portal = start_portal(Drupal, variant=0, n=3, scans=0)
    try:
        seen = _nodelay_seen(portal.server)
        _get(portal.base_url)
        assert seen and all(seen)
    finally:
        portal.stop()
