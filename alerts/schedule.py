"""Times of the outbox: sortable UTC stamps, retry back-off, the daily digest hour, durations."""
from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7), "ICT")   # no daylight saving time


def ts(dt: datetime) -> str:
    """UTC, fixed width, so that string order is time order in SQL."""
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


def next_digest_at(now: datetime, hour: int) -> datetime:
    local = now.astimezone(VIETNAM)
    at = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if at <= local:
        at += timedelta(days=1)
    return at.astimezone(timezone.utc)


def backoff(attempt: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Seconds before retry number `attempt` (1-based): base * 2^(attempt-1), capped, +-20% jitter."""
    delay = min(cap, base * (2 ** max(0, attempt - 1)))
    return delay * (0.8 + 0.4 * (rng or random).random())


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)


def parse_duration(text: str) -> float:
    """'6h', '30m', '90s', '1d', '45' (seconds) -> seconds."""
    m = _DURATION.match(text or "")
    if not m:
        raise ValueError(f"cannot read duration {text!r}: use e.g. 90s, 30m, 6h or 1d")
    value = float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2).lower()]
    if value <= 0:
        raise ValueError(f"duration {text!r} must be positive")
    return value
