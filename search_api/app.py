"""FastAPI app factory: thin routes over the store, the search backend and the services."""
from __future__ import annotations

from fastapi import FastAPI

from search_api.api_docs import add_api_docs
from search_api.deps import ApiSettings, AppState
from search_api.errors import ERROR_RESPONSES, add_error_handlers
from search_api.limits import Limits, LimitsMiddleware
from search_api.routes import alerts, captures, criteria, documents, pages, search, sources, workflow
from store.factory import open_backend, open_store
from store.ingest import catch_up

ROUTERS = [search.router, documents.router, sources.router, criteria.router, alerts.router, captures.router,
           workflow.router, pages.router]


def create_app(settings: ApiSettings) -> FastAPI:
    """The app over the store and backend `settings` name (the shell's Settings)."""
    store = open_store(settings)
    app = FastAPI(
        title="parwatch",
        version="0.1.0",
        description="Search Vietnamese provincial public-administration-reform documents as "
                    "evidence for PAR INDEX criteria.",
        docs_url=None, redoc_url=None,
    )
    add_api_docs(app)
    backend = open_backend(settings, store)
    catch_up(store, backend)      # documents a killed crawl committed but never indexed
    app.state.parwatch = AppState(settings=settings, store=store, backend=backend)
    for router in ROUTERS:
        app.include_router(router, responses=ERROR_RESPONSES)
    add_error_handlers(app)
    app.add_middleware(LimitsMiddleware, limits=Limits(
        max_body_bytes=settings.max_body_bytes, body_timeout=settings.body_timeout,
        search_per_minute=settings.rate_search_per_minute,
        auth_failures_per_minute=settings.rate_auth_failures_per_minute))
    return app
