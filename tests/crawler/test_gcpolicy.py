"""The crawl's processes freeze their start-up heap and collect young garbage less often
(crawler.gcpolicy); the collector must be on again once they are set up, or cycles would leak."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _gc_state_after(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code + "\nimport gc, json\nprint(json.dumps({'enabled': gc.isenabled(), "
                          "'frozen': gc.get_freeze_count(), 'young': gc.get_threshold()[0]}))"],
                         capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_settle_freezes_the_start_up_heap_and_turns_the_collector_back_on():
    from crawler.gcpolicy import YOUNG_THRESHOLD
    got = _gc_state_after("from crawler import gcpolicy\ngcpolicy.quiet_start()\nimport scrapy.crawler\n"
                          "import gc\nassert not gc.isenabled()\ngcpolicy.settle()")
    assert got["enabled"] is True
    assert got["frozen"] > 10_000          # Scrapy's and Twisted's objects, never walked again
    assert got["young"] == YOUNG_THRESHOLD


def test_worker_initialiser_leaves_the_collector_on():
    got = _gc_state_after("from crawler import workers\nworkers._init()")
    assert got["enabled"] is True and got["frozen"] > 10_000


def test_collector_still_frees_cycles_after_settle():
    got = subprocess.run([sys.executable, "-c",
                          "import gc, weakref\nfrom crawler import gcpolicy\ngcpolicy.quiet_start()\ngcpolicy.settle()\n"
                          "class C: pass\n"
                          "a, b = C(), C(); a.b, b.a = b, a; r = weakref.ref(a); del a, b\n"
                          "for _ in range(2 * gcpolicy.YOUNG_THRESHOLD): [[]]\n"
                          "x = [[] for _ in range(gcpolicy.YOUNG_THRESHOLD + 10)]\n"
                          "print(r() is None)"], capture_output=True, text=True, check=True, cwd=ROOT, timeout=60)
    assert got.stdout.strip() == "True"   # a young collection ran by itself and freed the cycle
