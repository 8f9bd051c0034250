"""Webhook delivery: a JSON body signed with HMAC-SHA256, sent to a guarded address.

Headers on every call:
  X-Parwatch-Event: alert | digest | test
  X-Parwatch-Delivery: the idempotency key (the same on every retry of the same alert)
  X-Parwatch-Timestamp: Unix seconds when this attempt was signed
  X-Parwatch-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>." + raw body)>
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass

import httpx

from alerts.config import AlertConfig
from alerts.ssrf import Resolver, UnsafeURL, check_url

_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass
class SendResult:
    ok: bool
    status_code: int | None = None
    error: str | None = None
    permanent: bool = False      # do not retry (refused by the guard, 410 Gone)
    response_excerpt: str = ""


def sign(secret: str, timestamp: int | str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str, *, tolerance: int = 300,
           now: float | None = None) -> bool:
    """What a receiver does: constant-time compare, and reject stale timestamps (replays)."""
    try:
        ts = int(timestamp)
    except (TypeError, ValueError):
        return False
    if abs((now or time.time()) - ts) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, ts, body), signature or "")


def encode(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str).encode()


class WebhookSender:
    def __init__(self, cfg: AlertConfig, resolver: Resolver | None = None):
        self.cfg = cfg
        self.resolver = resolver
        self.client = httpx.Client(timeout=httpx.Timeout(cfg.webhook_timeout), follow_redirects=False,
                                   trust_env=False, headers={"User-Agent": "parwatch-alerts/0.1"})

    def close(self) -> None:
        self.client.close()

    def send(self, url: str, secret: str, payload: dict, *, key: str, event: str = "alert") -> SendResult:
        body = encode(payload)
        ts = int(time.time())
        headers = {"Content-Type": "application/json; charset=utf-8", "X-Parwatch-Event": event,
                   "X-Parwatch-Delivery": key, "X-Parwatch-Timestamp": str(ts),
                   "X-Parwatch-Signature": sign(secret, ts, body)}
        current = url
        allowed = self.cfg.allowed_networks()
        for hop in range(self.cfg.webhook_max_redirects + 1):
            try:
                target = check_url(current, allowed, self.resolver)
            except UnsafeURL as e:
                msg = str(e) if hop == 0 else f"redirect to {current} refused: {e}"
                return SendResult(False, error=msg, permanent=True)
            try:
                status, location, excerpt = self._post(target, body, headers)
            except httpx.TimeoutException as e:
                return SendResult(False, error=f"timed out after {self.cfg.webhook_timeout:g} s ({type(e).__name__})")
            except httpx.HTTPError as e:
                return SendResult(False, error=f"{type(e).__name__}: {e}"[:500])
            if status in _REDIRECTS and location:
                current = str(target.url.join(location))
                continue
            if 200 <= status < 300:
                return SendResult(True, status_code=status, response_excerpt=excerpt)
            return SendResult(False, status_code=status, error=f"HTTP {status}: {excerpt[:200]}".strip(),
                              permanent=status == 410)
        return SendResult(False, error=f"more than {self.cfg.webhook_max_redirects} redirects")

    def _post(self, target, body: bytes, headers: dict) -> tuple[int, str | None, str]:
        host_header = target.url.netloc.decode("ascii")
        extensions = {"sni_hostname": target.url.host} if target.url.scheme == "https" else {}
        request = self.client.build_request("POST", target.pinned, content=body,
                                            headers={**headers, "Host": host_header}, extensions=extensions)
        deadline = time.monotonic() + self.cfg.webhook_timeout * 2
        response = self.client.send(request, stream=True)
        try:
            got = bytearray()
            for chunk in response.iter_raw():
                got += chunk
                if len(got) >= self.cfg.webhook_max_response_bytes or time.monotonic() > deadline:
                    break          # the rest of an oversized or dripping answer is not read
            excerpt = bytes(got[:self.cfg.webhook_max_response_bytes]).decode("utf-8", "replace")
            return response.status_code, response.headers.get("location"), excerpt
        finally:
            response.close()
