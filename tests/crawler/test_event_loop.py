"""The crawl's asyncio loop is uvloop's when uvloop is installed, asyncio's own otherwise
(crawler/settings.py); `render: js` crawls keep asyncio's own loop for Playwright."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LOOP_OF = ("from scrapy.settings import Settings\n"
           "s = Settings(); s.setmodule('crawler.settings', priority='project')\n"
           "s.setdict(OVERRIDES, priority='cmdline')\n"
           "from scrapy.utils.reactor import install_reactor\n"
           "install_reactor(s['TWISTED_REACTOR'], s['ASYNCIO_EVENT_LOOP'])\n"
           "from twisted.internet import reactor\n"
           "print(type(reactor._asyncioEventloop).__module__)")


def _loop_module(prelude: str = "", overrides: str = "{}") -> str:
    out = subprocess.run([sys.executable, "-c", prelude + f"OVERRIDES = {overrides}\n" + LOOP_OF],
                         capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    return out.stdout.strip().splitlines()[-1]


def test_crawl_runs_on_uvloop():
    assert _loop_module() == "uvloop"


def test_without_uvloop_asyncio_s_own_loop():
    # an entry of None in sys.modules is how Python says "not installed" to find_spec and import
    assert _loop_module("import sys\nsys.modules['uvloop'] = None\n").startswith("asyncio")


def test_browser_crawls_keep_asyncio_s_own_loop():
    assert _loop_module("from crawler.run import browser_settings\n",
                        "{k: v for k, v in browser_settings().items() if k != 'DOWNLOAD_HANDLERS'}").startswith("asyncio")
