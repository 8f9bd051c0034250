"""Alert settings: AlertConfig, built from the shell's settings (their alerts_* fields, read from
PARWATCH_ALERTS_* by parwatch.settings, the one settings reader) and handed to the alert functions."""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from extractors.criteria.catalog import CATALOG_DIR


class AlertConfigError(ValueError):
    """An alert setting that cannot be used; the message names the key."""


@dataclass(frozen=True)
class AlertConfig:
    # webhooks
    webhook_timeout: float = 10.0                 # seconds, connect + read, per request
    webhook_max_response_bytes: int = 64 * 1024   # more of a receiver's answer is not read
    webhook_max_redirects: int = 3                # each hop is checked by the SSRF guard again
    webhook_allow_networks: tuple[str, ...] = ()  # CIDRs allowed although private/loopback, e.g. 127.0.0.0/8
    # e-mail (SMTP)
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_starttls: bool = True                    # STARTTLS before AUTH (refuse to send if it fails)
    smtp_ssl: bool = False                        # implicit TLS (port 465) instead of STARTTLS
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "parwatch <parwatch@localhost>"
    smtp_timeout: float = 20.0
    # delivery
    max_attempts: int = 8                         # then the delivery is dead-lettered
    retry_base_seconds: float = 30.0              # back-off: base * 2^(attempt-1), capped, with jitter
    retry_max_seconds: float = 6 * 3600.0
    lease_seconds: float = 120.0                  # a claimed delivery is retried after this if its sender died
    digest_hour: int = 7                          # local hour (Asia/Ho_Chi_Minh) of the daily digest
    # links and catalogs
    public_base_url: str = "http://127.0.0.1:8000"  # for feed URLs and document links in alerts
    criteria_dir: Path = CATALOG_DIR

    def allowed_networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [ipaddress.ip_network(n, strict=False) for n in self.webhook_allow_networks]


def _convert(name: str, raw: str, default):
    try:
        if isinstance(default, bool):
            v = raw.strip().lower()
            if v not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                raise ValueError("not a boolean")
            return v in ("1", "true", "yes", "on")
        if isinstance(default, tuple):
            items = tuple(p.strip() for p in raw.split(",") if p.strip())
            if name == "webhook_allow_networks":
                for p in items:
                    ipaddress.ip_network(p, strict=False)
            return items
        if isinstance(default, Path):
            return Path(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        return raw
    except ValueError as e:
        raise AlertConfigError(f"setting 'alerts_{name}' (env PARWATCH_ALERTS_{name.upper()}): {e}") from None


def alert_config(settings=None, **overrides) -> AlertConfig:
    """AlertConfig from (in order of precedence) overrides, fields of `settings` named
    `alerts_<name>` (None: unset), then defaults."""
    values = {}
    for f in fields(AlertConfig):
        default = f.default if f.default is not field else None
        if settings is not None and (given := getattr(settings, f"alerts_{f.name}", None)) is not None:
            values[f.name] = _convert(f.name, given, default) if isinstance(given, str) else given
    values.update(overrides)
    cfg = replace(AlertConfig(), **values)
    if isinstance(cfg.webhook_allow_networks, (list, str)):
        nets = cfg.webhook_allow_networks
        cfg = replace(cfg, webhook_allow_networks=tuple([nets] if isinstance(nets, str) else nets))
    if not 0 <= cfg.digest_hour <= 23:
        raise AlertConfigError(f"setting 'alerts_digest_hour' must be 0..23, not {cfg.digest_hour}")
    if cfg.max_attempts < 1:
        raise AlertConfigError("setting 'alerts_max_attempts' must be at least 1")
    return cfg
