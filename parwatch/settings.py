"""All settings in one place: PARWATCH_* environment variables, optionally a TOML/YAML file
named by PARWATCH_CONFIG; validated at start-up with one-line errors."""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

import yaml
from pydantic import Field, ValidationError
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


def _file_values(path: Path) -> dict:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise SettingsError(f"PARWATCH_CONFIG={path}: cannot read it ({e.strerror})") from e
    try:
        data = tomllib.loads(raw) if path.suffix == ".toml" else yaml.safe_load(raw)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as e:
        raise SettingsError(f"{path}: not valid {'TOML' if path.suffix == '.toml' else 'YAML'}: {e}") from e
    return (data or {}).get("parwatch", data or {})


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
        raise SettingsError(f"setting '{where}' (env PARWATCH_{where.upper()}): {err['msg']}") from None
