"""A signed-off province-year is frozen: what was signed is what is shown, and nothing changes it."""
from __future__ import annotations

from store import workflow_records as records
from store.sqlite import Store

from evidence.inputs import EvidenceError


class FrozenError(EvidenceError):
    """The province-year is signed off: its dossier no longer changes."""
    status = 409


def signed_off(store: Store, province: str, year: int) -> dict | None:
    return records.signoff(store, province, year)


def check_open(store: Store, province: str, year: int) -> None:
    s = records.signoff(store, province, year)
    if s is not None:
        raise FrozenError(f"{s['province']} {year} was signed off by {s['actor']} at {s['at']}: "
                          f"its evidence can no longer change")
