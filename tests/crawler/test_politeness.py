"""Per-portal politeness and connection reuse, counted by the simulator's servers (sim.stats): a
crawl never has more than `concurrent_per_domain` requests at once on a portal, and it keeps its
connections alive instead of opening one per request (crawler/downloader.py)."""
from __future__ import annotations

import collections

import pytest

from crawler.run import run_crawl
from crawler.sources import parse_sources
from parwatch.settings import Settings
from portal_sim import start_simulator


@pytest.fixture(scope="module")
def slow_sim():
    s = start_simulator(latency=0.01)     # 10 ms a request: overlapping downloads show up
    yield s
    s.stop()


@pytest.mark.parametrize("per_domain", [1, 2])
def test_at_most_per_domain_requests_at_once_on_few_connections(slow_sim, tmp_path, per_domain):
    slow_sim.reset_log()
    summary = run_crawl(Settings(store=tmp_path / "s.sqlite", download_timeout=10, concurrent_per_domain=per_domain),
                        sources=parse_sources(slow_sim.source_yaml()))
    assert summary.exit_code == 0 and summary.new == len(slow_sim.reform_articles()), summary.error_samples
    requests = collections.Counter(site for site, *_ in slow_sim.log)
    peak, conns = dict(slow_sim.stats.peak), dict(slow_sim.stats.connections)
    assert set(peak) == set(slow_sim.sites) and all(requests[s] > 20 for s in slow_sim.sites), requests
    assert max(peak.values()) == per_domain, peak       # reached, never exceeded
    # Twisted's pool keeps per_domain connections per portal alive between requests
    assert all(conns[s] <= 2 * per_domain for s in slow_sim.sites), (conns, requests)
