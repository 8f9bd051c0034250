"""Fixtures: the portal simulator on 127.0.0.1 and one real crawl of it into a temporary store."""
from __future__ import annotations

import pytest

from crawler.run import run_crawl
from crawler.sources import parse_sources
from portal_sim import start_simulator
from parwatch.settings import Settings
from store.sqlite import Store


@pytest.fixture(scope="session")
def sim():
    s = start_simulator()
    yield s
    s.stop()


@pytest.fixture(scope="session")
def crawl_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("crawl")


@pytest.fixture(scope="session")
def settings(crawl_dir):
    return Settings(store=crawl_dir / "store.sqlite", download_timeout=5, sources_dir=crawl_dir / "sources")


@pytest.fixture(scope="session")
def sources(sim, settings):
    settings.sources_dir.mkdir(exist_ok=True)
    (settings.sources_dir / "sim.yaml").write_text(sim.source_yaml(), encoding="utf-8")
    return parse_sources(sim.source_yaml())


@pytest.fixture(scope="session")
def first_crawl(sim, settings, sources):
    events = []
    summary = run_crawl(settings, on_progress=events.append)
    return summary, events


@pytest.fixture(scope="session")
def store(first_crawl, settings):
    return Store(settings.store)
