"""Kill -9 between matching and delivery, and in the middle of a delivery: after a restart no
alert is lost and no idempotency key is accepted twice."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from alerts import match_new_documents
from alerts import subscriptions as subs_db
from alerts.models import SubscriptionIn
from alerts.outbox import counts
from tests.alerts.helpers import numbered, publish

REPO = Path(__file__).resolve().parents[2]

MATCH_THEN_HANG = """
import sys, time
from alerts.config import alert_config
from alerts.matching import match_new_documents
from parwatch.settings import load_settings
from store.sqlite import Store
store = Store(sys.argv[1])
n = match_new_documents(store, None, None, cfg=alert_config(load_settings(store=sys.argv[1])))
print("matched", n, flush=True)
time.sleep(60)          # killed here, before any delivery
"""


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARWATCH_")}
    env.update(PYTHONPATH=str(REPO), PARWATCH_ALERTS_WEBHOOK_ALLOW_NETWORKS="127.0.0.0/8",
               PARWATCH_ALERTS_LEASE_SECONDS="1", PARWATCH_ALERTS_RETRY_BASE_SECONDS="0.05", **extra)
    return env


def _deliver_cli(store_path, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from parwatch.cli import app; app()", "alerts", "deliver",
                             "--store", str(store_path)], env=_env(), cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def _subscribe(store, cfg, receiver, n_docs: int, backend):
    subs_db.create(store, SubscriptionIn(name="all", query="cải cách", channel="webhook",
                                         webhook_url=receiver.url), cfg, actor="t")
    for i in range(1, n_docs + 1):
        publish(store, backend, numbered(i))


def test_kill_between_matching_and_delivery_loses_nothing(store, backend, cfg, receiver):
    _subscribe(store, cfg, receiver, 5, backend)
    p = subprocess.Popen([sys.executable, "-c", MATCH_THEN_HANG, str(store.path)], env=_env(), cwd=REPO,
                         stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline().split() == ["matched", "5"]
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(10)
    assert receiver.requests == []
    assert match_new_documents(store, backend, None, cfg=cfg) == 0       # queue was emptied with the enqueue
    done = _deliver_cli(store.path)
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    keys = [r["headers"]["X-Parwatch-Delivery"] for r in receiver.requests]
    assert sorted(keys) == sorted(f"s1-d{i}" for i in range(1, 6)) and len(keys) == 5
    assert counts(store) == {"delivered": 5}


def test_kill_during_delivery_resends_only_the_unacknowledged_one(store, backend, cfg, receiver):
    _subscribe(store, cfg, receiver, 5, backend)
    assert match_new_documents(store, backend, None, cfg=cfg) == 5
    receiver.hold_from = 3                        # the third call never gets its answer ...
    p = _deliver_cli(store.path)
    try:
        receiver.wait_for(3, timeout=30)
    finally:
        p.send_signal(signal.SIGKILL)             # ... because the sender dies waiting for it
        p.wait(10)
    receiver.hold_from = None
    receiver.release.set()
    first_run = [r["headers"]["X-Parwatch-Delivery"] for r in receiver.requests]
    assert len(first_run) == 3
    assert counts(store) == {"delivered": 2, "sending": 1, "pending": 2}   # in flight + not started: none lost
    time.sleep(1.1)                               # the dead sender's lease runs out
    again = _deliver_cli(store.path)
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    assert counts(store) == {"delivered": 5}
    keys = [r["headers"]["X-Parwatch-Delivery"] for r in receiver.requests]
    assert set(keys) == {f"s1-d{i}" for i in range(1, 6)}
    # acknowledged before the kill: never sent again; the unanswered one: resent with the same key
    assert all(keys.count(k) == 1 for k in first_run[:2])
    assert keys.count(first_run[2]) == 2
    assert len(keys) == 6
    bodies = [json.loads(r["body"]) for r in receiver.requests if r["headers"]["X-Parwatch-Delivery"] == first_run[2]]
    assert bodies[0]["documents"] == bodies[1]["documents"]
