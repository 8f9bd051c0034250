"""What every `parwatch` command shares: consoles, the --store option, one-line errors, settings."""
from __future__ import annotations

import errno
import functools
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from parwatch.lang import LANG, tr
from parwatch.settings import Settings, SettingsError, load_settings
from parwatch.term import quoted

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)  # an error stays one line, however long

StoreOpt = Annotated[Optional[Path], typer.Option(
    "--store", envvar="PARWATCH_STORE", help=tr("Tệp SQLite của kho (mặc định: var/parwatch.sqlite)",
                                               "SQLite file of the store (default: var/parwatch.sqlite)"))]
JsonOpt = Annotated[bool, typer.Option("--json", help=tr("In kết quả dạng JSON", "Print JSON"))]


def _help_in_our_language() -> None:
    """Typer's own words of the help screens, and no '<bool>' beside flags (they take no value)."""
    from typer import rich_utils
    from typer.core import TyperOption

    if LANG == "vi":
        for name, text in (("ARGUMENTS_PANEL_TITLE", "Đối số"), ("OPTIONS_PANEL_TITLE", "Tùy chọn"),
                           ("COMMANDS_PANEL_TITLE", "Lệnh"), ("ERRORS_PANEL_TITLE", "Lỗi"),
                           ("DEFAULT_STRING", "[mặc định: {}]"), ("ENVVAR_STRING", "[biến môi trường: {}]"),
                           ("REQUIRED_LONG_STRING", "[bắt buộc]"), ("ABORTED_TEXT", "Đã dừng.")):
            if hasattr(rich_utils, name):
                setattr(rich_utils, name, text)
        # Typer 0.2x builds its help option itself (typer._click); Click's own for older Typers
        try:
            from typer._click.core import Command as _Command
        except ImportError:
            from click import Command as _Command
        if not getattr(_Command.get_help_option, "_parwatch", False):
            original = _Command.get_help_option

            def get_help_option(self, ctx):
                opt = original(self, ctx)
                if opt is not None:
                    opt.help = "Hiện trợ giúp này rồi thoát."
                return opt
            get_help_option._parwatch = True
            _Command.get_help_option = get_help_option
    shown = getattr(TyperOption, "display_type_rich", None)
    if shown is not None and not getattr(shown, "_parwatch", False):
        def display_type_rich(self, ctx):
            return None if self.is_flag else shown(self, ctx)
        display_type_rich._parwatch = True
        TyperOption.display_type_rich = display_type_rich


_help_in_our_language()


def help_option_names() -> dict:
    return {"help_option_names": ["--help", "-h"]}


ERROR = tr("lỗi:", "error:")


class UserError(Exception):
    """Bad input or state the user can fix; printed as one line, exit code 2."""


# The file errors a user meets most, in Vietnamese (libc's strerror is English).
_ERRNO_VI = {errno.ENOENT: "không có tệp hoặc thư mục này", errno.EACCES: "không có quyền truy cập",
             errno.EISDIR: "là thư mục, không phải tệp", errno.ENOTDIR: "không phải thư mục",
             errno.ENOSPC: "hết chỗ trên đĩa", errno.EROFS: "ổ đĩa chỉ đọc"}


def _os_error(e: OSError) -> str:
    """`PATH: what went wrong` rather than Python's "[Errno 2] No such file or directory: 'PATH'"."""
    if e.filename is None or e.strerror is None:
        return str(e)
    why = tr(_ERRNO_VI.get(e.errno, e.strerror), e.strerror)
    return f"{e.filename}: {why}"


def one_line_errors(fn):
    """Known failures become one red line on stderr instead of a traceback."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (UserError, SettingsError, ValueError, OSError) as e:
            err.print(f"[red]{ERROR}[/red] {quoted(_os_error(e) if isinstance(e, OSError) else e)}", highlight=False)
            raise typer.Exit(2)
        except Exception as e:  # our domain errors: one line too
            if type(e).__name__.endswith(("Error", "Unavailable")) and type(e).__module__.split(".")[0] in (
                    "store", "crawler", "extractors", "alerts", "parwatch"):
                err.print(f"[red]{ERROR}[/red] {quoted(e)}", highlight=False)
                raise typer.Exit(2)
            raise
    return wrapper


def every_seconds(every: str) -> float:
    """--every (run, watch) in seconds; a bad value names the flag."""
    from alerts.schedule import parse_duration

    try:
        return parse_duration(every)
    except ValueError:
        raise UserError(tr(f"--every: không đọc được khoảng thời gian {every!r}: dùng số dương kèm đơn vị, ví dụ 90s, "
                           "30m, 6h hoặc 1d",
                           f"--every: cannot read {every!r}: use a positive number and a unit, e.g. 90s, 30m, 6h or 1d"
                           )) from None


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

    out.print(tr(f"parwatch đang chạy tại [bold]http://{host}:{port}/[/bold]  (tài liệu API: http://{host}:{port}/docs)",
                 f"Serving parwatch on [bold]http://{host}:{port}/[/bold]  (API docs: http://{host}:{port}/docs)"))
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
