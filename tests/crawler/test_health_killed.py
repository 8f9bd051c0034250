"""A killed run's health record: written while it ran, flagged `interrupted` once the next run starts."""
from __future__ import annotations

from crawler.frontier import Frontier
from crawler.health import source_status
from store import crawl_records as CR
from store.models import Source
from store.sqlite import Store


def test_counts_written_while_running_survive_a_kill(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    store.upsert_source(Source(id="p", name="Portal", province="Huế", base_url="http://x/", kind="province"))
    run = CR.start_run(store)
    f = Frontier(store.path)
    f.save_health(run, "p", {"pages": 40, "documents": 12, "new": 12, "errors": 1})
    f.flush()
    # ... kill -9 here: nothing else is written. The next run starts:
    CR.start_run(store)
    row = next(r for r in source_status(store) if r["source_id"] == "p")
    assert row["documents_last_run"] == 12 and row["pages_last_run"] == 40
    assert "interrupted" in row["flags"]
