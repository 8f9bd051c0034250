"""python -m portal_sim --port 8800 [--faults] [--scale N] [--sources FILE]"""
from __future__ import annotations

import argparse
import signal
import threading

from portal_sim import start_simulator


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m portal_sim", description="Serve simulated provincial portals.")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8800, help="index page; portals on the following ports")
    ap.add_argument("--faults", action="store_true", help="add the faulty portal and an unreachable source")
    ap.add_argument("--scale", type=int, default=1, help="multiply the number of articles")
    ap.add_argument("--sources", help="write a crawler sources YAML file for the simulator here")
    a = ap.parse_args()
    sim = start_simulator(a.host, a.port, faults=a.faults, scale=a.scale)
    print(f"portal simulator: {sim.base_url}")
    for s in sim.sites.values():
        print(f"  {s.name:10} {s.family:10} {s.base_url}")
    if a.sources:
        with open(a.sources, "w", encoding="utf-8") as f:
            f.write(sim.source_yaml())
        print(f"sources file: {a.sources}")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    sim.stop()


if __name__ == "__main__":
    main()
