"""Per-app state shared by the routes: settings, the store, the search backend."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from parwatch.settings import Settings
from store.backend import SearchBackend
from store.sqlite import Store


@dataclass
class AppState:
    settings: Settings
    store: Store
    backend: SearchBackend


def app_state(request: Request) -> AppState:
    return request.app.state.parwatch
