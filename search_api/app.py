"""FastAPI app factory: thin routes over the store, the search backend and the services."""
from __future__ import annotations

from fastapi import FastAPI

from parwatch.context import open_backend, open_store
from parwatch.settings import Settings, load_settings
from search_api.deps import AppState
from search_api.errors import ERROR_RESPONSES, add_error_handlers
from search_api.limits import Limits, LimitsMiddleware
from search_api.routes import documents, search

ROUTERS = [search.router, documents.router]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    store = open_store(settings)
    app = FastAPI(
        title="parwatch",
        version="0.1.0",
        description="Search Vietnamese provincial public-administration-reform documents as "
                    "evidence for PAR INDEX criteria.",
    )
    app.state.parwatch = AppState(settings=settings, store=store, backend=open_backend(settings, store))
    for router in ROUTERS + _optional_routers():
        app.include_router(router, responses=ERROR_RESPONSES)
    add_error_handlers(app)
    app.add_middleware(LimitsMiddleware, limits=Limits(
        max_body_bytes=settings.max_body_bytes, body_timeout=settings.body_timeout,
        search_per_minute=settings.rate_search_per_minute,
        auth_failures_per_minute=settings.rate_auth_failures_per_minute))
    return app


def _optional_routers() -> list:
    """Routers of later capabilities register here when their modules exist."""
    import importlib

    found = []
    for name in ("sources", "criteria", "alerts", "pages"):
        try:
            module = importlib.import_module(f"search_api.routes.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"search_api.routes.{name}":
                raise
            continue
        found.append(module.router)
    return found
