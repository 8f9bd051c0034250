"""Error answers: one JSON shape, declared in the OpenAPI schema for every route, so clients
(and schemathesis) can rely on it: {"detail": "..."} for 4xx/5xx, and FastAPI's validation
shape {"detail": [{"loc", "msg", "type"}], "error": "..."} for 422."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import HTTPException, RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from store.backend import BackendUnavailable


class ErrorBody(BaseModel):
    detail: str


def _described(text: str) -> dict:
    return {"model": ErrorBody, "description": text}


ERROR_RESPONSES: dict[int | str, dict] = {
    400: _described("Bad request"),
    401: _described("Missing, unknown or revoked API key"),
    403: _described("The key's role may not do this"),
    404: _described("Not found"),
    408: _described("The request body arrived too slowly"),
    409: _described("Conflicts with the stored state"),
    413: _described("The request body is too large"),
    429: _described("Too many requests; see Retry-After"),
    503: _described("The search backend is unavailable"),
}


def add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"] if p not in ("query", "body", "path"))
        # errors() may hold the exception object a validator raised: encode it, never 500.
        return JSONResponse(status_code=422, content={"error": f"{where}: {first['msg']}" if where else first["msg"],
                                                      "detail": jsonable_encoder(exc.errors(), custom_encoder={
                                                          Exception: str})})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: HTTPException):
        if exc.status_code == 422 and isinstance(exc.detail, str):
            # a service's "unknown province" is a validation error too: same shape as FastAPI's
            content = {"error": exc.detail, "detail": [{"loc": [], "msg": exc.detail, "type": "value_error"}]}
        else:
            content = {"detail": exc.detail if isinstance(exc.detail, str) else jsonable_encoder(exc.detail)}
        return JSONResponse(status_code=exc.status_code, content=content, headers=getattr(exc, "headers", None))

    @app.exception_handler(BackendUnavailable)
    async def backend_down(_: Request, exc: BackendUnavailable):
        return JSONResponse(status_code=503, content={"detail": str(exc), "error": str(exc)})
