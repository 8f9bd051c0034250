"""The scale-out path on real parts: redis-server, the portal simulator, `parwatch worker` processes.

2 crawl workers sharing one scrapy-redis frontier fetch exactly the documents of a single-process
crawl, never more than the per-domain limit at once on any portal (counted by the simulator), and
2 process workers + 1 writer store each of them exactly once though one worker is SIGKILLed; all
three kinds running at once, with one crawl and one process worker SIGKILLed, store exactly the
single crawl's documents."""
from __future__ import annotations

import collections
import os
import re
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest
import redis

from crawler.distributed.keys import JobKeys
from crawler.distributed.streams import FIELD
from crawler.run import run_crawl
from parwatch.settings import Settings
from portal_sim import start_simulator
from portal_sim.base import PortalHandler

PER_DOMAIN = 2
JOB = "t1"


class Concurrency:
    """Requests being served per simulated portal, and the most at once. A request counts from its
    arrival until the server starts its answer (send_response), so the count never includes a
    request the client already has the answer of (no false overlaps from slow server threads)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.now = collections.Counter()
        self.peak = collections.Counter()

    def wrap(self, fn):
        tracker = self

        def handler(self_):
            site = self_.site.name
            with tracker.lock:
                tracker.now[site] += 1
                tracker.peak[site] = max(tracker.peak[site], tracker.now[site])
            self_._counted = True
            time.sleep(0.01)        # a portal that takes a moment: overlapping downloads show up
            try:
                return fn(self_)
            finally:
                tracker.leave(self_)
        return handler

    def leave(self, handler) -> None:
        if getattr(handler, "_counted", False):
            handler._counted = False
            with self.lock:
                self.now[handler.site.name] -= 1

    def wrap_send(self, fn):
        tracker = self

        def send_response(self_, *a, **kw):
            tracker.leave(self_)
            return fn(self_, *a, **kw)
        return send_response

    def reset(self):
        with self.lock:
            self.peak.clear()


@pytest.fixture(scope="module")
def sim():
    conc = Concurrency()
    saved = PortalHandler.do_GET, PortalHandler.do_POST, PortalHandler.send_response
    PortalHandler.do_GET, PortalHandler.do_POST = conc.wrap(saved[0]), conc.wrap(saved[1])
    PortalHandler.send_response = conc.wrap_send(saved[2])
    # answers take as long as a remote portal's, so that a crawl outlasts a worker's start-up: with
    # loopback speed one worker could finish the job before the other had started (CI, 2 cores)
    s = start_simulator(latency=0.15)
    s.concurrency = conc
    yield s
    s.stop()
    PortalHandler.do_GET, PortalHandler.do_POST, PortalHandler.send_response = saved


@pytest.fixture(scope="module")
def sources_dir(sim, tmp_path_factory):
    d = tmp_path_factory.mktemp("sources")
    (d / "sim.yaml").write_text(sim.source_yaml(), encoding="utf-8")
    return d


def doc_urls(path) -> list[str]:
    with sqlite3.connect(path) as c:
        return [r[0] for r in c.execute("SELECT url FROM documents")]


@pytest.fixture(scope="module")
def single_crawl(sim, sources_dir, tmp_path_factory):
    """Document URLs of the single-machine crawl (no Redis), the reference."""
    store = tmp_path_factory.mktemp("single") / "store.sqlite"
    summary = run_crawl(Settings(store=store, sources_dir=sources_dir, download_timeout=10,
                                 concurrent_per_domain=PER_DOMAIN))
    assert summary.exit_code == 0, summary.error_samples
    urls = doc_urls(store)
    assert len(urls) > 10
    return set(urls)


def fresh_job(r: redis.Redis, job: str) -> JobKeys:
    """The keys of a job no test of this module (one redis-server) has used yet: a job name reused
    by two tests had the second read the first one's pages stream and never crawl a page itself
    (its stream held the first one's pages; a page streamed twice failed both tests)."""
    keys = JobKeys(job)
    assert not r.keys(f"parwatch:{job}:*"), f"job {job!r} is used by another test of this module"
    return keys


def stream_items(r: redis.Redis, stream: str) -> list[dict]:
    import pickle
    return [pickle.loads(f[FIELD]) for _, f in r.xrange(stream)]


def wait_all(procs, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    for p in procs:
        p.wait(timeout=max(1.0, deadline - time.monotonic()))


@pytest.fixture(scope="module")
def distributed_crawl(sim, sources_dir, redis_url, single_crawl, tmp_path_factory):
    from tests.distributed.conftest import Workers
    w = Workers(tmp_path_factory.mktemp("crawlers"))
    sim.concurrency.reset()
    fresh_job(redis.Redis.from_url(redis_url), JOB)
    env = {"PARWATCH_STORE": str(w.tmp / "unused.sqlite"), "PARWATCH_CONCURRENT_PER_DOMAIN": str(PER_DOMAIN)}
    try:
        procs = [w.start("crawl", "--redis", redis_url, "--job", JOB, "--sources-dir", str(sources_dir),
                         "--idle-exit", "4", env=env) for _ in range(2)]
        wait_all(procs, 300)
        logs = [w.log(i) for i in range(2)]
        assert [p.returncode for p in procs] == [0, 0], logs
    finally:
        w.stop()
    return logs, dict(sim.concurrency.peak)


def test_two_crawl_workers_share_one_frontier(distributed_crawl, single_crawl, redis_url):
    logs, peak = distributed_crawl
    r = redis.Redis.from_url(redis_url)
    items = stream_items(r, JobKeys(JOB).pages)
    urls = [i.url for i in items]
    assert len(urls) == len(set(urls)), "a page was fetched and queued twice"
    assert set(urls) == single_crawl
    done = re.compile(r"(?:crawl worker done|tiến trình thu thập xong): (\d+) (?:pages|trang)")   # either language
    pages = [int(done.search(log).group(1)) for log in logs]
    assert all(n > 0 for n in pages), f"one worker did all the work: {pages}"
    # politeness over both workers: never more than PER_DOMAIN downloads at once on a portal
    assert peak and max(peak.values()) <= PER_DOMAIN, peak
    assert r.hlen(JobKeys(JOB).requests + ":inflight") == 0, "requests left in flight"


def two_crawl_workers_one_holding(r: redis.Redis, keys: JobKeys, redis_url: str, sources_dir, workers) -> list:
    """Two crawl workers of job `keys` (heartbeat 3 s), once the first has requests in flight and
    pages are streaming."""
    env = {"PARWATCH_STORE": str(workers.tmp / "unused.sqlite")}
    procs = [workers.start("crawl", "--redis", redis_url, "--job", keys.job, "--sources-dir", str(sources_dir),
                           "--idle-exit", "4", "--heartbeat", "3", env=env) for _ in range(2)]
    victim = f"{os.uname().nodename}-{procs[0].pid}-".encode()
    held: list = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not held:
        if r.xlen(keys.pages) >= 3:
            held = [t for t in r.hkeys(keys.requests + ":inflight") if t.startswith(victim)]
        time.sleep(0.01)
    assert held, "the first crawl worker never had a request in flight: " + workers.log(0)
    return procs


def test_a_killed_crawl_worker_loses_no_request(sim, sources_dir, redis_url, single_crawl, workers):
    """SIGKILL one of 2 crawl workers while it has requests in flight: the other re-queues them
    once its heartbeat lapses, and the job still fetches exactly the single crawl's documents."""
    r = redis.Redis.from_url(redis_url)
    keys = fresh_job(r, "t2")
    procs = two_crawl_workers_one_holding(r, keys, redis_url, sources_dir, workers)
    os.killpg(procs[0].pid, signal.SIGKILL)
    procs[0].wait()
    procs[1].wait(timeout=300)
    assert procs[1].returncode == 0, workers.log(1)
    assert "re-queued requests of a crawl worker that stopped" in workers.log(1)
    assert r.hlen(keys.requests + ":inflight") == 0
    urls = [i.url for i in stream_items(r, keys.pages)]
    assert len(urls) == len(set(urls)), "a page was queued twice"
    assert set(urls) == single_crawl


def test_a_paused_crawl_worker_taken_for_dead_duplicates_no_page(sim, sources_dir, redis_url, single_crawl,
                                                               workers):
    """SIGSTOP one of 2 crawl workers past its heartbeat TTL: the other takes its requests back and
    fetches them; when the paused one resumes, what it hands on for those requests is dropped, so
    every page is streamed exactly once and both workers end cleanly."""
    r = redis.Redis.from_url(redis_url)
    keys = fresh_job(r, "t3")
    procs = two_crawl_workers_one_holding(r, keys, redis_url, sources_dir, workers)
    os.killpg(procs[0].pid, signal.SIGSTOP)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "re-queued requests" not in workers.log(1):
            time.sleep(0.1)
    finally:
        os.killpg(procs[0].pid, signal.SIGCONT)
    assert "re-queued requests of a crawl worker that stopped" in workers.log(1)
    wait_all(procs, 300)
    assert [p.returncode for p in procs] == [0, 0], workers.log(0) + workers.log(1)
    assert r.hlen(keys.requests + ":inflight") == 0
    urls = [i.url for i in stream_items(r, keys.pages)]
    assert len(urls) == len(set(urls)), "a page was streamed twice"
    assert set(urls) == single_crawl


def test_a_worker_stopped_between_an_attachment_and_the_links_streams_the_page_once(
        sim, sources_dir, redis_url, single_crawl, workers, tmp_path):
    """The page streamed twice of the full-suite runs, forced: a crawl worker stops (SIGSTOP, from
    tests/distributed/stall/sitecustomize.py) right after handing an article's first attachment
    request to its scheduler, before the page's links; the other takes the article back and fetches
    it. The attachment request is dont_filter (the duplicate filter cannot refuse a second copy):
    queued at once, it was queued by both workers and each attachment chain streamed the page."""
    r = redis.Redis.from_url(redis_url)
    # a crawl may offer no such moment (every attachment request the last output of its page: ~1 run
    # in 10 here): then another crawl, as a new job
    for attempt in range(3):
        keys = fresh_job(r, f"t5-{attempt}")
        mark = tmp_path / f"stalled-{attempt}"
        env = {"PARWATCH_STORE": str(tmp_path / "unused.sqlite"), "PARWATCH_TEST_STALL_MARK": str(mark),
               "PYTHONPATH": str(Path(__file__).parent / "stall")}
        procs = [workers.start("crawl", "--redis", redis_url, "--job", keys.job, "--sources-dir",
                               str(sources_dir), "--idle-exit", "4", "--heartbeat", "3", env=env) for _ in range(2)]
        wait_for("a crawl worker to stop after an attachment request, or the crawl to end", lambda: (
            mark.exists() and mark.read_text()) or all(p.poll() is not None for p in procs), timeout=300)
        if mark.exists():
            break
    else:
        pytest.fail("3 crawls without an attachment request followed by links")
    time.sleep(0.1)         # "<pid> <url>" is written right after the file is created
    pid = int(mark.read_text().split(" ", 1)[0])
    other = [workers.procs.index(p) for p in procs if p.pid != pid][0]
    try:
        wait_for("the other worker to take the requests back",
                 lambda: "re-queued requests" in workers.log(other), timeout=60, every=0.1)
    finally:
        os.kill(pid, signal.SIGCONT)
    wait_all(procs, 300)
    assert [p.returncode for p in procs] == [0, 0], [workers.log(workers.procs.index(p)) for p in procs]
    assert r.hlen(keys.requests + ":inflight") == 0
    urls = [i.url for i in stream_items(r, keys.pages)]
    assert len(urls) == len(set(urls)), f"streamed twice: {sorted(u for u in set(urls) if urls.count(u) > 1)}"
    assert set(urls) == single_crawl


def test_process_workers_lose_nothing_when_one_is_killed(distributed_crawl, single_crawl, redis_url, workers,
                                                        tmp_path):
    r = redis.Redis.from_url(redis_url)
    keys = JobKeys(JOB)
    store = tmp_path / "dist.sqlite"
    env = {"PARWATCH_STORE": str(store)}
    writer = workers.start("write", "--redis", redis_url, "--job", JOB, "--idle-exit", "4", env=env)
    procs = [workers.start("process", "--redis", redis_url, "--job", JOB, "--claim-idle", "2", "--idle-exit", "4",
                           env=env) for _ in range(2)]
    victim = f"process-{os.uname().nodename}-{procs[0].pid}"
    # kill the first worker while it holds a page it has not handed on (its pending entry)
    held: list = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not held:
        if r.xlen(keys.docs) >= 2:
            held = r.xpending_range(keys.pages, "process", min="-", max="+", count=10, consumername=victim)
        time.sleep(0.02)
    assert held, "the first process worker never held a page: " + workers.log(1)
    os.killpg(procs[0].pid, signal.SIGKILL)
    procs[0].wait()
    wait_all([procs[1], writer], 300)
    assert procs[1].returncode == 0, workers.log(2)
    assert writer.returncode == 0, workers.log(0)
    # every page handed on once, every document acknowledged only after it was written
    assert r.xpending(keys.pages, "process")["pending"] == 0
    assert r.xpending(keys.docs, "write")["pending"] == 0
    docs = stream_items(r, keys.docs)
    handed = [d["doc"].url for d in docs]
    assert len(handed) == len(set(handed)), "a page was processed twice"
    held_urls = {stream_items_by_id(r, keys.pages, h["message_id"]) for h in held}
    assert held_urls <= set(handed)          # the killed worker's pages were claimed and done
    urls = doc_urls(store)
    assert len(urls) == len(set(urls))
    assert set(urls) == single_crawl


def stream_items_by_id(r: redis.Redis, stream: str, eid) -> str:
    import pickle
    (_, fields), = r.xrange(stream, min=eid, max=eid)
    return pickle.loads(fields[FIELD]).url


def pending_of(r: redis.Redis, stream: str, consumer: str) -> list:
    """The entries `consumer` of the group "process" holds; none while no process worker has
    created the group yet (a slow start on loaded cores: XPENDING then fails with NOGROUP)."""
    try:
        return r.xpending_range(stream, "process", min="-", max="+", count=10, consumername=consumer)
    except redis.ResponseError as e:
        if "NOGROUP" not in str(e):
            raise
        return []


def wait_for(what: str, cond, timeout: float = 120, every: float = 0.01):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = cond()
        if got:
            return got
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")


def test_crawl_process_and_write_at_once_lose_and_duplicate_nothing(sim, sources_dir, redis_url, single_crawl,
                                                                    workers, tmp_path):
    """2 crawl + 2 process workers + 1 writer run concurrently; one crawl worker is SIGKILLed while it
    has requests in flight and one process worker while it holds a page: the store ends with exactly
    the documents of the single-process crawl, each once. (No OCR here, to stay short: the test
    above kills a process worker with OCR on.)"""
    r = redis.Redis.from_url(redis_url)
    keys = fresh_job(r, "t4")
    store = tmp_path / "dist.sqlite"
    job = ("--redis", redis_url, "--job", keys.job)
    crawl_env = {"PARWATCH_STORE": str(tmp_path / "unused.sqlite"), "PARWATCH_CONCURRENT_PER_DOMAIN": str(PER_DOMAIN)}
    crawlers = [workers.start("crawl", *job, "--sources-dir", str(sources_dir), "--idle-exit", "4", "--heartbeat", "4",
                              env=crawl_env) for _ in range(2)]
    procs = [workers.start("process", *job, "--no-ocr", "--claim-idle", "2", "--idle-exit", "4",
                           env={"PARWATCH_STORE": str(store)}) for _ in range(2)]
    writer = workers.start("write", *job, "--idle-exit", "4", env={"PARWATCH_STORE": str(store)})
    host = os.uname().nodename
    crawl_victim = f"{host}-{crawlers[0].pid}-".encode()
    wait_for("the first crawl worker to have requests in flight", lambda: r.xlen(keys.pages) >= 3 and [
        t for t in r.hkeys(keys.requests + ":inflight") if t.startswith(crawl_victim)])
    os.killpg(crawlers[0].pid, signal.SIGKILL)
    crawlers[0].wait()
    process_victim = f"process-{host}-{procs[0].pid}"
    held = wait_for("the first process worker to hold a page", lambda: pending_of(r, keys.pages, process_victim))
    assert crawlers[1].poll() is None, "the crawl was over before the process worker was killed: " + workers.log(1)
    os.killpg(procs[0].pid, signal.SIGKILL)
    procs[0].wait()
    wait_all([crawlers[1], procs[1], writer], 300)
    assert [crawlers[1].returncode, procs[1].returncode, writer.returncode] == [0, 0, 0], \
        [workers.log(i) for i in (1, 3, 4)]
    assert "re-queued requests of a crawl worker that stopped" in workers.log(1)
    assert r.hlen(keys.requests + ":inflight") == 0
    assert r.xpending(keys.pages, "process")["pending"] == 0
    assert r.xpending(keys.docs, "write")["pending"] == 0
    pages = [i.url for i in stream_items(r, keys.pages)]
    assert len(pages) == len(set(pages)), "a page was fetched and queued twice"
    handed = [d["doc"].url for d in stream_items(r, keys.docs)]
    assert len(handed) == len(set(handed)), "a page was processed twice"
    assert {stream_items_by_id(r, keys.pages, h["message_id"]) for h in held} <= set(handed)
    urls = doc_urls(store)
    assert len(urls) == len(set(urls)), "a document was stored twice"
    assert set(urls) == single_crawl, (sorted(single_crawl - set(urls)), sorted(set(urls) - single_crawl))
