"""What every `parwatch` command shares: consoles, the --store option, one-line errors, settings."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from parwatch.settings import Settings, SettingsError, load_settings
from parwatch.term import quoted

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)  # an error stays one line, however long

StoreOpt = Annotated[Optional[Path], typer.Option(
    "--store", envvar="PARWATCH_STORE", help="SQLite file of the store [default: var/parwatch.sqlite]")]


class UserError(Exception):
    """Bad input or state the user can fix; printed as one line, exit code 2."""


def one_line_errors(fn):
    """Known failures become one red line on stderr instead of a traceback."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (UserError, SettingsError, ValueError, OSError) as e:
            err.print(f"[red]error:[/red] {quoted(e)}", highlight=False)
            raise typer.Exit(2)
        except Exception as e:  # our domain errors: one line too
            if type(e).__name__.endswith(("Error", "Unavailable")) and type(e).__module__.split(".")[0] in (
                    "store", "crawler", "extractors", "alerts", "parwatch"):
                err.print(f"[red]error:[/red] {quoted(e)}", highlight=False)
                raise typer.Exit(2)
            raise
    return wrapper


def settings_for(store: Path | None, **overrides) -> Settings:
    return load_settings(store=store, **overrides)


def store_and_backend(settings: Settings):
    from store.factory import open_backend, open_store

    store = open_store(settings)
    return store, open_backend(settings, store)


def served_at(settings: Settings, host: str, port: int) -> Settings:
    """Links in alerts and feeds point at this server unless PARWATCH_ALERTS_PUBLIC_BASE_URL says where."""
    if settings.alerts_public_base_url:
        return settings
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    return settings.model_copy(update={"alerts_public_base_url": f"http://{shown}:{port}"})


def serve_app(settings: Settings, host: str, port: int) -> None:
    import uvicorn

    from search_api.app import create_app

    settings = served_at(settings, host, port)

    out.print(f"Serving parwatch on [bold]http://{host}:{port}/[/bold]  (API docs: http://{host}:{port}/docs)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
