"""HTTP limits applied before any route runs: request body size and arrival time, and rate
limits per address and per API key (searches) and per address (failed authentications).

A plain ASGI middleware, so a refused body is never read into memory and a refused request
never reaches the store."""
from __future__ import annotations

import asyncio
import hashlib
import json
import math
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 10 * 1024 * 1024
    body_timeout: float = 15.0
    search_per_minute: int = 240          # 0: no limit
    auth_failures_per_minute: int = 20    # 0: no limit


class RateLimiter:
    """Token buckets keyed by strings; `take` answers 0 when allowed, else seconds to wait."""

    def __init__(self, per_minute: int, max_keys: int = 100_000):
        self.rate = per_minute / 60.0
        self.burst = max(1.0, float(per_minute))
        self.max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def _level(self, key: str, now: float) -> float:
        tokens, then = self._buckets.get(key, (self.burst, now))
        return min(self.burst, tokens + (now - then) * self.rate)

    def wait(self, key: str, cost: float = 1.0) -> float:
        """Seconds until `cost` tokens are there (0: there now); takes nothing."""
        with self._lock:
            level = self._level(key, time.monotonic())
        return 0.0 if level >= cost else (cost - level) / self.rate

    def take(self, key: str, cost: float = 1.0) -> float:
        now = time.monotonic()
        with self._lock:
            level = self._level(key, now)
            if level < cost:
                self._buckets[key] = (level, now)
                return (cost - level) / self.rate
            if len(self._buckets) >= self.max_keys:   # bounded memory under address churn
                self._buckets.clear()
            self._buckets[key] = (level - cost, now)
            return 0.0


def _json(status: int, detail: str, headers: dict[str, str] | None = None):
    body = json.dumps({"detail": detail}).encode()
    hs = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    hs += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    return ({"type": "http.response.start", "status": status, "headers": hs},
            {"type": "http.response.body", "body": body})


class LimitsMiddleware:
    def __init__(self, app, limits: Limits):
        self.app = app
        self.limits = limits
        self.search = RateLimiter(limits.search_per_minute) if limits.search_per_minute else None
        self.auth = RateLimiter(limits.auth_failures_per_minute) if limits.auth_failures_per_minute else None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        address = (scope.get("client") or ("?", 0))[0]
        refusal = self._refusal(scope, headers, address)
        if refusal:
            for message in refusal:
                await send(message)
            return
        status: dict = {}

        async def watch_send(message):
            if status.get("refused"):     # we answered already; the app's own answer is dropped
                return
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        async def refuse(code: int, detail: str) -> dict:
            # FastAPI turns errors raised while reading a body into its own 400, so the answer
            # is sent from here and the app is told the client went away
            if "code" not in status:
                for message in _json(code, detail):
                    await send(message)
                status["refused"] = True
            return {"type": "http.disconnect"}

        await self.app(scope, self._bounded(receive, refuse), watch_send)
        if self.auth and status.get("code") in (401, 403) and "x-api-key" in headers:
            self.auth.take(address)

    def _refusal(self, scope, headers: dict[str, str], address: str):
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.limits.max_body_bytes:
            return _json(413, self._too_large())
        if self.auth and "x-api-key" in headers:
            wait = self.auth.wait(address)
            if wait:
                return _json(429, "too many failed API-key attempts from this address; try again later",
                             {"retry-after": str(math.ceil(wait))})
        if self.search and scope["path"] in ("/search", "/"):
            keys = [f"addr:{address}"]
            if headers.get("x-api-key"):
                keys.append("key:" + hashlib.sha256(headers["x-api-key"].encode()).hexdigest()[:16])
            for key in keys:
                wait = self.search.take(key)
                if wait:
                    return _json(429, "too many searches; slow down", {"retry-after": str(math.ceil(wait))})
        return None

    def _too_large(self) -> str:
        return f"the request body is over {self.limits.max_body_bytes} bytes"

    def _bounded(self, receive, refuse):
        """receive() that refuses a body growing past the limit or arriving too slowly."""
        seen, done = 0, False
        limit, timeout = self.limits.max_body_bytes, self.limits.body_timeout

        async def bounded():
            nonlocal seen, done
            if done:   # after the body, receive() only waits for a disconnect: no time-out there
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), timeout)
            except asyncio.TimeoutError:
                done = True
                return await refuse(408, f"the request body did not arrive within {timeout:g} s")
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    done = True
                    return await refuse(413, self._too_large())
                done = not message.get("more_body", False)
            return message
        return bounded
