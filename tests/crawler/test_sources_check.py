"""`parwatch sources check` against the local portal simulator: status, redirects, robots.txt,
feeds and CMS guess per entry point, as a table and as JSON; with nothing listening it says
"offline" in one line. Also the crawl's look-back window."""
from __future__ import annotations

import json
import socket

import yaml
from typer.testing import CliRunner

from crawler.check import check_sources
from crawler.run import run_crawl
from crawler.sources import parse_sources
from parwatch.cli import app
from parwatch.lang import tr
from parwatch.settings import Settings
from store.sqlite import Store


def _entries(sim):
    out = []
    for e in sim.source_entries():
        if e["id"] == "sim-quangtri":
            e["sections"] = ["/vi/news/cai-cach-hanh-chinh/"]   # a listing that links its RSS feed
        out.append(e)
    return out


def test_check_reports_each_entry_point(sim):
    report = check_sources(parse_sources(yaml.safe_dump({"sources": _entries(sim)})), user_agent="parwatch-test")
    assert not report.offline
    by = {(e.source, e.role): e for e in report.entries}
    assert all(e.status == 200 for e in report.entries), [(e.url, e.status, e.error) for e in report.entries]
    assert all(e.robots == "allowed" for e in report.entries)
    listing = by[("sim-quangtri", "section")]
    assert any(f.endswith("/vi/news/rss/cai-cach-hanh-chinh/") for f in listing.feeds)
    assert by[("sim-quangtri", "base")].robots_sitemaps == [sim.sites["quangtri"].base_url + "sitemap.xml"]
    assert by[("sim-tiengiang", "base")].cms_guess == "liferay"
    assert by[("sim-quangtri", "base")].cms_guess == "nukeviet"


def test_check_cli_table_and_json(sim, tmp_path):
    d = tmp_path / "src"
    d.mkdir()
    (d / "sim.yaml").write_text(yaml.safe_dump({"sources": _entries(sim)}, allow_unicode=True), encoding="utf-8")
    r = CliRunner().invoke(app, ["sources", "check", "--sources-dir", str(d), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["offline"] is False and data["failed"] == 0 and data["answered"] == len(data["entries"]) >= 5
    t = CliRunner().invoke(app, ["sources", "check", "--sources-dir", str(d), "--source", "sim-quangtri"])
    assert t.exit_code == 0 and tr("4/4 điểm vào trả về một trang", "4/4 entry points answered with a page") in t.stdout   # base, section, feed, sitemap


def test_offline_is_one_line(tmp_path):
    with socket.socket() as s:          # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    d = tmp_path / "src"
    d.mkdir()
    (d / "x.yaml").write_text(f"sources:\n  - {{id: a, name: A, base_url: 'http://127.0.0.1:{port}/'}}\n"
                              f"  - {{id: b, name: B, base_url: 'http://127.0.0.1:{port}/b', feeds: ['http://127.0.0.1:{port}/rss']}}\n")
    r = CliRunner().invoke(app, ["sources", "check", "--sources-dir", str(d), "--timeout", "2"])
    assert r.exit_code == 3
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(tr("không có mạng: ", "offline: "))


def test_lookback_window_skips_older_articles(sim, tmp_path):
    entry = next(e for e in sim.source_entries() if e["id"] == "sim-quangtri")
    entry["limits"]["lookback_years"] = 1       # the simulated articles date from 2023-2024
    d = tmp_path / "src"
    d.mkdir()
    (d / "q.yaml").write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), encoding="utf-8")
    settings = Settings(store=tmp_path / "s.sqlite", download_timeout=5, sources_dir=d)
    summary = run_crawl(settings, ocr=False)
    assert summary.exit_code == 0
    assert summary.misc.get("older_than_lookback", 0) > 0
    assert Store(settings.store).count_documents() == 0


def test_check_reads_robots_rules(sim):
    entry = next(e for e in sim.source_entries() if e["id"] == "sim-tiengiang")
    entry["sections"] = ["/c/portal/cai-cach-hanh-chinh-noi-bo"]      # the Liferay portal's robots.txt disallows /c/
    report = check_sources(parse_sources(yaml.safe_dump({"sources": [entry]})), user_agent="parwatch-test")
    roles = {e.role: e.robots for e in report.entries}
    assert roles == {"base": "allowed", "section": "disallowed"}
