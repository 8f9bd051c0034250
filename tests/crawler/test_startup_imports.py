"""The crawl process starts without the fact extractors (their patterns cost ~0.4 s of CPU at every
crawl's start): they load in the worker processes that build documents, or on the first store
write that needs them. The package's names still resolve on first use."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules_after(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code + "; import sys, json; print(json.dumps("
                          "{m: m in sys.modules for m in ('extractors.facts', 'extractors.issuers', 'extractors.refs')}))"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_crawl_process_modules_do_not_load_the_fact_extractors():
    got = _modules_after("import crawler.run, crawler.pipelines, crawler.spiders.portal, store.factory, store.ingest")
    assert got == {"extractors.facts": False, "extractors.issuers": False, "extractors.refs": False}


def test_package_names_load_on_first_use():
    import extractors
    from extractors import extract_facts, fold
    assert callable(extract_facts) and fold("Đắk Lắk") == "Dak Lak"
    assert extractors.Facts.__name__ == "Facts"
    try:
        extractors.no_such_name
    except AttributeError as e:
        assert "no_such_name" in str(e)
    else:
        raise AssertionError("an unknown name must raise AttributeError")


def test_crawl_process_starts_without_numpy_and_the_remote_control():
    """numpy (MinHash signatures, ~0.2 s to import) loads at the first document write, in the store
    writer thread; Scrapy's remote-control server (and aiohttp, which it imports) never runs."""
    out = subprocess.run([sys.executable, "-c",
                          "import crawler.run, crawler.pipelines, crawler.spiders.portal, crawler.middlewares, "
                          "store.factory, store.ingest, store.sqlite; import sys, json; "
                          "print(json.dumps({m: m in sys.modules for m in ('numpy', 'aiohttp')}))"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"numpy": False, "aiohttp": False}
    from scrapy.settings import Settings
    import crawler.settings as S
    st = Settings()
    st.setmodule(S, priority="project")
    assert st.getbool("REMOTE_CONTROL_ENABLED") is False
    assert not any(k.endswith("RemoteControl") for k in st.getdict("EXTENSIONS_BASE"))


def test_crawler_builds_its_extensions_without_the_remote_control_module():
    """Scrapy imports the module of every extension it is told about (even one set to None in
    EXTENSIONS): the remote control's would bring aiohttp in while the crawler is built."""
    code = ("import sys, json\n"
            "from scrapy.crawler import CrawlerProcess\n"
            "from scrapy.settings import Settings\n"
            "from crawler.spiders.portal import PortalSpider\n"
            "s = Settings(); s.setmodule('crawler.settings', priority='project')\n"
            "c = CrawlerProcess(s).create_crawler(PortalSpider)\n"
            "c._apply_settings()\n"
            "print(json.dumps({'aiohttp': 'aiohttp' in sys.modules,\n"
            "                  'extensions': [type(e).__name__ for e in c.extensions.middlewares]}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["aiohttp"] is False
    assert "RemoteControl" not in got["extensions"]
    assert {"CoreStats", "LogStats", "AutoThrottle"} <= set(got["extensions"])   # the others stay
