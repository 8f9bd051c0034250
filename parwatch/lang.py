"""The command line speaks Vietnamese, like the pages; English with `--lang en` (anywhere on the
command line), PARWATCH_LANG=en, or an English locale (LANG / LC_ALL / LC_MESSAGES = en_*).

Help texts are built when the commands are defined, so the language is settled at import, from
the command line and the environment."""
from __future__ import annotations

import os
import sys

LANGS = ("vi", "en")


def _from_argv(argv: list[str]) -> str | None:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return None


def detect(argv: list[str] | None = None, env: dict | None = None) -> str:
    env = os.environ if env is None else env
    asked = _from_argv(sys.argv[1:] if argv is None else argv) or env.get("PARWATCH_LANG")
    if asked:
        return "en" if asked.lower().startswith("en") else "vi"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(var):
            return "en" if env[var].lower().startswith("en") else "vi"
    return "vi"


def strip_lang(argv: list[str]) -> list[str]:
    """The arguments without `--lang X` / `--lang=X` (already taken into account)."""
    out, skip = [], False
    for i, a in enumerate(argv):
        if skip:
            skip = False
            continue
        if a == "--lang":
            if i + 1 < len(argv) and argv[i + 1].lower()[:2] not in LANGS:
                raise SystemExit(f"--lang: dùng vi hoặc en / use vi or en (not {argv[i + 1]!r})")
            skip = True
            continue
        if a.startswith("--lang="):
            continue
        out.append(a)
    return out


LANG = detect()


def tr(vi: str, en: str) -> str:
    """The Vietnamese text, or the English one under --lang en."""
    return en if LANG == "en" else vi
