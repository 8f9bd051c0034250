"""Peak memory and CPU of a crawl's process tree, per process kind (issue 17: the tree must stay
under 400 MB, reported per kind).

The crawl child runs in its own session, so its process group holds the child and its workers
(forked at its start; a pool made later adds a forkserver and multiprocessing's resource tracker). Those alive at the end are read
from /proc (VmHWM is the kernel's own peak RSS of a process). Short-lived helpers (tesseract,
pdftoppm, antiword) are gone by then: they run through run_helper, which samples their own VmHWM
while they run, and the workers report the largest with each result (with their waited-for
children's CPU, getrusage RUSAGE_CHILDREN). Linux only; elsewhere the figures are empty.
"""
from __future__ import annotations

import os
import resource
import subprocess
import time
from pathlib import Path

KINDS = ("crawl process", "worker processes", "forkserver", "resource tracker", "helpers (tesseract, pdftoppm, antiword)",
         "other")


HELPER_SAMPLE_S = 0.02     # tesseract holds its peak for most of its run; each poll costs this process GIL time
_HELPERS = {"peak_rss_kb": 0}   # the largest helper this process ran (run_helper), its own VmHWM


def usage_here() -> dict:
    """This process's peak RSS and CPU, the CPU of the children it waited for, and the largest
    helper's own peak RSS (run_helper; getrusage's figure for children would include this process's
    size, which Linux carries into a child across exec)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"pid": os.getpid(), "peak_rss_kb": me.ru_maxrss, "cpu_s": me.ru_utime + me.ru_stime,
            "children_peak_rss_kb": _HELPERS["peak_rss_kb"], "children_cpu_s": ch.ru_utime + ch.ru_stime}


def _vmhwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def run_helper(cmd: list[str], *, timeout: float, check: bool = False, env: dict | None = None,
               ) -> subprocess.CompletedProcess:
    """subprocess.run(cmd, capture_output=True) that also samples the helper's own peak RSS
    (VmHWM of the program it exec'd, read every HELPER_SAMPLE_S while it runs: growth in its last
    few milliseconds can be missed) into usage_here()'s children_peak_rss_kb."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)   # returns after exec
    deadline, peak = time.monotonic() + timeout, 0
    try:
        while True:
            peak = max(peak, _vmhwm_kb(p.pid))
            try:
                out, err = p.communicate(timeout=HELPER_SAMPLE_S)
                break
            except subprocess.TimeoutExpired:
                if time.monotonic() >= deadline:
                    raise subprocess.TimeoutExpired(cmd, timeout) from None
    except BaseException:    # a time-out, an interrupt: the helper never outlives the call (as subprocess.run)
        p.kill()
        p.communicate()
        raise
    finally:
        _HELPERS["peak_rss_kb"] = max(_HELPERS["peak_rss_kb"], peak)
    if check and p.returncode:
        raise subprocess.CalledProcessError(p.returncode, cmd, out, err)
    return subprocess.CompletedProcess(cmd, p.returncode, out, err)


def _status(pid: int) -> dict[str, str]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        k, _, v = line.partition(":")
        out[k] = v.strip()
    return out


def _stat(pid: int) -> list[str]:
    raw = Path(f"/proc/{pid}/stat").read_text()
    return raw[raw.rindex(")") + 2:].split()   # fields from "state" on (the name may hold spaces)


def group_processes(pgid: int) -> list[dict]:
    """Live processes of the process group: pid, ppid, cmdline, peak RSS (kB), CPU seconds."""
    tick = os.sysconf("SC_CLK_TCK")
    out = []
    for p in Path("/proc").iterdir():
        if not p.name.isdigit():
            continue
        try:
            st = _stat(int(p.name))
            if int(st[2]) != pgid:
                continue
            status = _status(int(p.name))
            cmd = (p / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except (OSError, ValueError, IndexError):
            continue     # ended while we looked
        out.append({"pid": int(p.name), "ppid": int(st[1]), "cmdline": cmd,
                    "peak_rss_kb": int((status.get("VmHWM") or "0 kB").split()[0]),
                    "cpu_s": (int(st[11]) + int(st[12])) / tick})
    return out


def kind_of(proc: dict, me: int, worker_pids: set[int]) -> str:
    if proc["pid"] == me:
        return "crawl process"
    if proc["pid"] in worker_pids:
        return "worker processes"
    cmd = proc["cmdline"]
    if "multiprocessing.forkserver" in cmd:
        return "forkserver"
    if "multiprocessing.resource_tracker" in cmd:
        return "resource tracker"
    return "other"


def tree_usage(worker_reports: dict[int, dict]) -> dict[str, dict]:
    """Per kind: processes, peak RSS of the largest one and summed over them (MB), CPU seconds.
    `worker_reports`: the last usage_here() each worker sent, by pid (its helpers' peak is in it).
    Call it in the crawl process while the workers are still alive."""
    me = os.getpid()
    try:
        procs = group_processes(os.getpgid(0))
    except OSError:
        procs = []
    kinds: dict[str, dict] = {}

    def add(kind: str, rss_kb: int, cpu: float) -> None:
        k = kinds.setdefault(kind, {"processes": 0, "peak_rss_mb_max": 0.0, "peak_rss_mb_sum": 0.0, "cpu_s": 0.0})
        k["processes"] += 1
        k["peak_rss_mb_max"] = round(max(k["peak_rss_mb_max"], rss_kb / 1024), 1)
        k["peak_rss_mb_sum"] = round(k["peak_rss_mb_sum"] + rss_kb / 1024, 1)
        k["cpu_s"] = round(k["cpu_s"] + cpu, 2)

    seen = set()
    own = usage_here()     # the crawl process: its own helpers are those of the OCR lane (or of its threads)
    for p in procs:
        if p["pid"] == me:   # getrusage: /proc's VmHWM and ours agree, getrusage counts every thread
            add("crawl process", own["peak_rss_kb"], own["cpu_s"])
        else:
            add(kind_of(p, me, set(worker_reports)), p["peak_rss_kb"], p["cpu_s"])
        seen.add(p["pid"])
    for pid, rep in worker_reports.items():
        if pid not in seen:      # a worker that ended before (a pool that replaced it)
            add("worker processes", rep["peak_rss_kb"], rep["cpu_s"])
    helpers = [r for r in worker_reports.values() if r.get("children_cpu_s")]
    in_workers = max((r["children_peak_rss_kb"] for r in helpers), default=0) / 1024
    here = own["children_peak_rss_kb"] / 1024 if own["children_cpu_s"] else 0.0
    if helpers or here:
        kinds["helpers (tesseract, pdftoppm, antiword)"] = {
            "processes": None, "peak_rss_mb_max": round(max(in_workers, here), 1), "peak_rss_mb_sum": None,
            "cpu_s": round(sum(r["children_cpu_s"] for r in helpers) + (own["children_cpu_s"] if here else 0), 2)}
    if kinds:
        # an upper bound of the tree's peak: every long-lived process at its own peak at once, plus
        # the largest helper of each lane (one at a time in each worker, one in the OCR lane)
        total = sum(k["peak_rss_mb_sum"] or 0 for k in kinds.values())
        n_workers = kinds.get("worker processes", {}).get("processes") or 0
        total += in_workers * n_workers + here
        kinds["whole tree (sum of peaks)"] = {"processes": sum(k["processes"] or 0 for k in kinds.values()),
                                               "peak_rss_mb_max": None, "peak_rss_mb_sum": round(total, 1),
                                               "cpu_s": round(sum(k["cpu_s"] for k in kinds.values()), 2)}
    return kinds
