"""FastAPI app factory: thin routes over the store, the search backend and the services."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from search_api.deps import ApiSettings, AppState
from search_api.routes import alerts, criteria, documents, pages, search, sources
from store.backend import BackendUnavailable
from store.factory import open_backend, open_store

ROUTERS = [search.router, documents.router, sources.router, criteria.router, alerts.router, pages.router]


def create_app(settings: ApiSettings) -> FastAPI:
    """The app over the store and backend `settings` name (the shell's Settings)."""
    store = open_store(settings)
    app = FastAPI(
        title="parwatch",
        version="0.1.0",
        description="Search Vietnamese provincial public-administration-reform documents as "
                    "evidence for PAR INDEX criteria.",
    )
    app.state.parwatch = AppState(settings=settings, store=store, backend=open_backend(settings, store))
    for router in ROUTERS:
        app.include_router(router)
    _add_error_handlers(app)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"] if p not in ("query", "body", "path"))
        # errors() may hold the exception object a validator raised: encode it, never 500.
        return JSONResponse(status_code=422, content={"error": f"{where}: {first['msg']}" if where else first["msg"],
                                                      "detail": jsonable_encoder(exc.errors(), custom_encoder={
                                                          Exception: str})})

    @app.exception_handler(BackendUnavailable)
    async def backend_down(_: Request, exc: BackendUnavailable):
        return JSONResponse(status_code=503, content={"error": str(exc)})
