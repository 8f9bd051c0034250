"""A helper's peak RSS is its own (crawler.resources.run_helper samples VmHWM of the program it ran),
not the size of the process that started it, which getrusage(RUSAGE_CHILDREN) would report: Linux
carries the parent's high-water mark into the child across exec."""
from __future__ import annotations

import resource
import subprocess
import sys

import pytest

from crawler import resources as R

ALLOC = "import time; b = bytearray(60 << 20); b[::4096] = b'x' * len(b[::4096]); time.sleep(0.2)"


def test_helper_peak_is_its_own_not_its_parents(monkeypatch):
    monkeypatch.setitem(R._HELPERS, "peak_rss_kb", 0)
    big = bytearray(200 << 20)
    big[::4096] = b"x" * len(big[::4096])       # this process is now > 200 MB resident
    r = R.run_helper([sys.executable, "-c", ALLOC], timeout=30, check=True)
    assert r.returncode == 0
    mb = R.usage_here()["children_peak_rss_kb"] / 1024
    assert 60 <= mb < 120, mb                                          # 60 MB + an interpreter
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 >= 200   # what getrusage says
    del big


def test_helper_errors_and_time_out_like_subprocess_run():
    with pytest.raises(subprocess.CalledProcessError):
        R.run_helper([sys.executable, "-c", "raise SystemExit(3)"], timeout=30, check=True)
    with pytest.raises(subprocess.TimeoutExpired):
        R.run_helper([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.3)
    out = R.run_helper([sys.executable, "-c", "print('xin chào')"], timeout=30)
    assert out.stdout.decode().strip() == "xin chào" and out.returncode == 0
