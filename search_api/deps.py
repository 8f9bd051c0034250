"""Per-app state shared by the routes: settings, the store, the search backend."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from fastapi import Request

from store.backend import SearchBackend
from store.sqlite import Store


class ApiSettings(Protocol):
    """What the app reads from the settings the shell hands create_app (besides the store's
    StoreConfig fields and the alerts_* fields alerts.config reads)."""
    store: Path
    public_read: bool
    max_body_bytes: int
    body_timeout: float
    rate_search_per_minute: int
    rate_auth_failures_per_minute: int

    def snapshot_root(self) -> Path: ...   # where the crawler keeps captured originals


@dataclass
class AppState:
    settings: ApiSettings
    store: Store
    backend: SearchBackend


def app_state(request: Request) -> AppState:
    return request.app.state.parwatch
