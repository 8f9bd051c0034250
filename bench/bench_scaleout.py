"""Scale-out benchmark: OCR/extraction throughput of 1 vs 2 process workers (`parwatch worker
process`) on one backlog of pages with scanned and text PDFs in a Redis stream, then the single
store writer's rate on the documents they made, and the peak RSS of a worker process.

A real redis-server (Debian's) is started on a free loopback port and stopped at the end. The
workers are started and warmed (models loaded) before the backlog is queued, so the rows measure
steady-state work, not start-up. PARWATCH_BENCH_SCALEOUT_SCANS (default 6) scanned PDFs and twice
as many text PDFs make the backlog; each file's bytes are made unique so no text cache helps."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import redis

from crawler.distributed.keys import JobKeys
from crawler.items import FetchedFile, FetchedPage
from crawler.distributed.streams import WorkQueue
from portal_sim.articles import all_articles
from portal_sim.files import asset
from portal_sim.server import SITES

ROOT = Path(__file__).resolve().parents[1]


def _redis_server() -> tuple[subprocess.Popen, str]:
    exe = shutil.which("redis-server")
    if not exe:
        raise RuntimeError("redis-server missing: run scripts/setup-system")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--daemonize", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    for _ in range(200):
        try:
            redis.Redis.from_url(url).ping()
            return proc, url
        except redis.ConnectionError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("redis-server did not start")


def backlog(scans: int) -> list[FetchedPage]:
    """Page items as a crawl worker queues them: article text + one PDF (scanned or text layer)."""
    arts = [a for a in all_articles(1) if a.topic == "reform"]
    scan, text = asset("decision-scan.pdf"), asset("plan-text.pdf")
    items = []
    for i in range(scans * 3):
        a = arts[i % len(arts)]
        data = (scan if i % 3 == 0 else text) + f"\n% backlog item {i}\n".encode()
        items.append(FetchedPage(
            source_id="bench", url=f"http://bench.invalid/a/{i}", title=a.title, text="\n".join(a.body),
            fetched_at=datetime.now(timezone.utc), content_hash=f"h{i}", province=SITES[a.site][1],
            files=[FetchedFile(url=f"http://bench.invalid/f/{i}.pdf", status=200, size=len(data),
                               media_type="application/pdf", data=data, sha256=hashlib.sha256(data).hexdigest())]))
    return items


def _start(args: list[str], env: dict) -> subprocess.Popen:
    e = dict(os.environ, **env)
    e["PYTHONPATH"] = str(ROOT) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    log = tempfile.NamedTemporaryFile(prefix="parwatch-bench-worker-", suffix=".log", delete=False)
    p = subprocess.Popen([sys.executable, "-m", "parwatch", "worker", *args], cwd=ROOT, env=e,
                         stdout=log, stderr=log, start_new_session=True)
    p.log_path = log.name
    return p


def _died(p: subprocess.Popen) -> str:
    tail = Path(p.log_path).read_text(errors="replace").strip().splitlines()[-1:] or ["(no output)"]
    return f"a worker exited with {p.returncode} during the bench: {tail[0][:200]}"


def _rss_mb(pid: int, field: str = "VmHWM") -> float:
    """Peak resident memory (VmHWM) of one process (its short-lived tesseract and pdftoppm children not included)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_seconds(pid: int) -> float:
    """CPU time of a process and of its children it has waited for (tesseract, pdftoppm)."""
    try:
        f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(x) for x in f[11:15]) / os.sysconf("SC_CLK_TCK")


def _wait_consumers(r, stream: str, group: str, n: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if len(r.xinfo_consumers(stream, group)) >= n:
                return
        except redis.ResponseError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{n} workers did not come up on {stream}")


def _run_workers(url: str, job: str, n: int, items: list[FetchedPage], env: dict) -> tuple[float, list[float], float]:
    """(seconds to process the backlog with n warm process workers, their peak RSS in MB, CPU
    seconds they spent on it: unlike wall time, not inflated by other jobs on a shared machine)."""
    r = redis.Redis.from_url(url)
    keys = JobKeys(job)
    q = WorkQueue(r, keys.pages, "process", "bench-probe")
    procs = [_start(["process", "--redis", url, "--job", job], env) for _ in range(n)]
    try:
        _wait_consumers(r, keys.pages, "process", n)
        cpu0 = sum(_cpu_seconds(pr.pid) for pr in procs)
        with r.pipeline(transaction=False) as p:
            for it in items:
                WorkQueue.add(p, keys.pages, it)
            t0 = time.perf_counter()
            p.execute()
        while not q.done():
            for pr in procs:
                if pr.poll() is not None:
                    raise RuntimeError(_died(pr))
            time.sleep(0.05)
        secs = time.perf_counter() - t0
        return secs, [_rss_mb(pr.pid) for pr in procs], sum(_cpu_seconds(pr.pid) for pr in procs) - cpu0
    finally:
        for pr in procs:
            if pr.poll() is None:
                os.killpg(pr.pid, signal.SIGKILL)
            pr.wait()
            Path(pr.log_path).unlink(missing_ok=True)


def _writer_rate(url: str, job: str, store_path: Path, n_docs: int = 600) -> float:
    """docs/s of the store writer's loop (read, ingest + commit, ack) on n_docs documents: the ones
    the workers made, repeated under other URLs (a few ms each: start-up would swamp a subprocess)."""
    import pickle

    from crawler.distributed import writer
    from store.crawl_records import ensure_crawl_indexes
    from store.sqlite import Store

    r = redis.Redis.from_url(url)
    made = [pickle.loads(f[b"p"]) for _, f in r.xrange(JobKeys(job).docs)]
    wjob = JobKeys(job + "-w")
    with r.pipeline(transaction=False) as p:
        for i in range(n_docs):
            m = made[i % len(made)]
            doc = m["doc"].model_copy(update={"url": f"{m['doc'].url}?copy={i}"})
            WorkQueue.add(p, wjob.docs, {**m, "doc": doc, "states": []})
        p.execute()
    store = Store(store_path)
    ensure_crawl_indexes(store)
    q = WorkQueue(r, wjob.docs, writer.GROUP, "bench-writer")
    t0 = time.perf_counter()
    while True:
        entries = q.read(count=20, block=0.01)
        if not entries:
            break
        for e in entries:
            writer.write_one(store, e.payload)
            q.ack(e.id)
    return n_docs / (time.perf_counter() - t0)


def rows() -> list[dict]:
    scans = int(os.environ.get("PARWATCH_BENCH_SCALEOUT_SCANS", "6"))
    items = backlog(scans)
    proc, url = _redis_server()
    out = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = {"PARWATCH_STORE": str(Path(tmp) / "unused.sqlite")}
            s1, rss1, cpu1 = _run_workers(url, "bench1", 1, items, env)
            s2, rss2, _ = _run_workers(url, "bench2", 2, items, env)
            docs_s = _writer_rate(url, "bench2", Path(tmp) / "bench.sqlite")
    finally:
        proc.kill()
        proc.wait()
    b = "scale-out"
    n = len(items)
    out += [
        {"benchmark": b, "metric": f"backlog ({scans} scanned + {2 * scans} text PDFs)", "value": n, "unit": "pages",
         "target": None},
        {"benchmark": b, "metric": "1 process worker", "value": round(n / s1, 3), "unit": "pages/s", "target": None},
        {"benchmark": b, "metric": "2 process workers", "value": round(n / s2, 3), "unit": "pages/s", "target": None},
        {"benchmark": b, "metric": "speed-up 2 vs 1 process workers", "value": round(s1 / s2, 2), "unit": "x",
         "target": ">= 1.6"},
        {"benchmark": b, "metric": "CPU per page (1 worker, OCR children included)", "value": round(cpu1 / n, 3),
         "unit": "s", "target": None},
        {"benchmark": b, "metric": "load average (1 min) at the end", "value": round(os.getloadavg()[0], 1),
         "unit": "", "target": None},
        {"benchmark": b, "metric": "store writer loop (ingest + commit + ack)", "value": round(docs_s, 1), "unit": "docs/s",
         "target": None},
        {"benchmark": b, "metric": "peak RSS, process worker", "value": round(max(rss1 + rss2), 1), "unit": "MB",
         "target": None},
        {"benchmark": b, "metric": "machine cores", "value": os.cpu_count() or 1, "unit": "", "target": None},
    ]
    return out
