"""All settings in one place: PARWATCH_* environment variables, optionally a TOML/YAML file
named by PARWATCH_CONFIG; validated at start-up with one-line errors."""
from __future__ import annotations

import ipaddress
import os
import tomllib
from pathlib import Path
from urllib.parse import urlparse

import yaml
from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from crawler.config import CrawlConfig


class SettingsError(ValueError):
    """Settings that cannot be used; the message names the key."""


class Settings(BaseSettings, CrawlConfig):
    """The store's fields (store.factory.StoreConfig) and the crawl's (crawler.config.CrawlConfig) are
    declared there, once; this adds where they are read from and the API's and alerts' own fields."""
    model_config = SettingsConfigDict(env_prefix="PARWATCH_", extra="forbid", frozen=False, from_attributes=False)

    store: Path = Field(Path("var/parwatch.sqlite"), description="SQLite file of the records store")
    public_read: bool = True
    # Alerts (None: the default of alerts.config.AlertConfig; docs/alerts.md explains each).
    alerts_webhook_timeout: float | None = Field(None, gt=0)
    alerts_webhook_max_response_bytes: int | None = Field(None, ge=0)
    alerts_webhook_max_redirects: int | None = Field(None, ge=0)
    alerts_webhook_allow_networks: str | None = None      # comma-separated CIDRs
    alerts_smtp_host: str | None = None
    alerts_smtp_port: int | None = Field(None, ge=1, le=65535)
    alerts_smtp_starttls: bool | None = None
    alerts_smtp_ssl: bool | None = None
    alerts_smtp_username: str | None = None
    alerts_smtp_password: str | None = None
    alerts_smtp_from: str | None = None
    alerts_smtp_timeout: float | None = Field(None, gt=0)
    alerts_max_attempts: int | None = Field(None, ge=1)
    alerts_retry_base_seconds: float | None = Field(None, gt=0)
    alerts_retry_max_seconds: float | None = Field(None, gt=0)
    alerts_lease_seconds: float | None = Field(None, gt=0)
    alerts_digest_hour: int | None = Field(None, ge=0, le=23)
    alerts_public_base_url: str | None = None
    alerts_criteria_dir: Path | None = None

    # HTTP limits (search_api): a body over this is refused before it is read
    max_body_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    body_timeout: float = Field(15.0, gt=0)                 # seconds a request body may take to arrive
    rate_search_per_minute: int = Field(240, ge=0)          # per address and per API key; 0 = no limit
    rate_auth_failures_per_minute: int = Field(20, ge=0)    # wrong or missing keys per address; 0 = no limit

    @field_validator("alerts_webhook_allow_networks")
    @classmethod
    def _cidrs(cls, v: str | None) -> str | None:
        for part in (v or "").split(","):
            if part.strip():
                try:
                    ipaddress.ip_network(part.strip(), strict=False)
                except ValueError:
                    raise ValueError(f"{part.strip()!r} is not a network such as 127.0.0.0/8") from None
        return v

    @field_validator("alerts_public_base_url", "es_url")
    @classmethod
    def _http_url(cls, v: str | None) -> str | None:
        if v is not None and (urlparse(v).scheme not in ("http", "https") or not urlparse(v).hostname):
            raise ValueError(f"{v!r} is not an http(s) URL")
        return v


def _file_values(path: Path) -> dict:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise SettingsError(f"PARWATCH_CONFIG={path}: cannot read it ({e.strerror})") from e
    try:
        data = tomllib.loads(raw) if path.suffix == ".toml" else yaml.safe_load(raw)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as e:
        raise SettingsError(f"{path}: not valid {'TOML' if path.suffix == '.toml' else 'YAML'}: {e}") from e
    if data is None:
        return {}
    if isinstance(data, dict) and isinstance(data.get("parwatch"), dict):
        data = data["parwatch"]
    if not isinstance(data, dict):
        raise SettingsError(f"PARWATCH_CONFIG={path}: expected a table of settings (key = value), "
                            f"not a {type(data).__name__}")
    return data


def load_settings(**overrides) -> Settings:
    """Command-line overrides first, then PARWATCH_* environment, then the config file."""
    values: dict = {}
    config = os.environ.get("PARWATCH_CONFIG")
    if config:
        env_keys = {k[len("PARWATCH_"):].lower() for k in os.environ if k.startswith("PARWATCH_")}
        values = {k: v for k, v in _file_values(Path(config)).items() if k not in env_keys}
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**values)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        raise SettingsError(f"setting '{where}' (env PARWATCH_{where.upper()}): {msg}") from None
