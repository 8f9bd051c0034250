"""`make bench`: runs every bench/bench_*.py module's rows() and prints one table.

A module's rows are dicts with benchmark, metric, value, unit, target. A module that fails
prints its error as a row and the others go on. PARWATCH_BENCH_ONLY=name,name limits the run."""
from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
import traceback

from rich.console import Console
from rich.table import Table

import bench


def modules() -> list[str]:
    only = {n.strip() for n in os.environ.get("PARWATCH_BENCH_ONLY", "").split(",") if n.strip()}
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    return [n for n in names if not only or n.removeprefix("bench_") in only or n in only]


def run() -> list[dict]:
    rows, console = [], Console(stderr=True)
    for name in modules():
        console.print(f"[dim]running {name} ...[/dim]")
        t0 = time.perf_counter()
        try:
            got = importlib.import_module(f"bench.{name}").rows()
            rows.extend(got)
            for r in got:  # as they come, so that a long run's figures survive whatever follows
                console.print(f"[dim]  {r['metric']}: {_fmt(r['value'])} {r.get('unit') or ''}[/dim]", highlight=False)
        except Exception as e:  # one broken benchmark must not hide the others
            traceback.print_exc()
            rows.append({"benchmark": name, "metric": "error", "value": str(e)[:80], "unit": "", "target": None})
        console.print(f"[dim]{name}: {time.perf_counter() - t0:.1f} s[/dim]")
    return rows


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:,.1f}" if abs(v) >= 100 else f"{v:,.3g}"
    return f"{v:,}" if isinstance(v, int) else str(v)


def main() -> int:
    rows = run()
    table = Table(title="parwatch benchmarks (this machine)")
    for col in ("benchmark", "metric", "value", "unit", "target"):
        table.add_column(col, justify="right" if col == "value" else "left")
    for r in rows:
        table.add_row(str(r["benchmark"]), str(r["metric"]), _fmt(r["value"]), str(r.get("unit") or ""),
                      str(r.get("target") if r.get("target") is not None else ""))
    Console(width=140).print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
