"""Regenerate the saved portal pages under tests/files/ from the portal simulator (run once; the
pages are committed so the fixture tests need no live server):

    .venv/bin/python -m tests.files.generate

Each portal's host (127.0.0.1:<ephemeral port>) is rewritten to a stable name, <site>.portal.test,
and sources.yaml describes the portals under those names."""
from __future__ import annotations

import re
import urllib.request
from pathlib import Path

import yaml

from portal_sim import start_simulator
from portal_sim.server import FAMILIES

HERE = Path(__file__).resolve().parent
SECTION = "cai-cach-hanh-chinh"


def pages(sim) -> dict[str, list[tuple[str, str]]]:
    """family -> [(file name, path on the portal)]: the reform listing, its page 2 where the family
    pages by URL, a reform article with attachments, feeds and sitemaps where the family has them."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, site in sim.sites.items():
        arts = [a for a in sim.site_articles(name, SECTION) if a.topic == "reform" and a.files]
        first = arts[0]
        fam = site.family
        h = FAMILIES[fam]
        got = [("listing.html", h.section_url(SECTION)), ("article.html", h.article_path(first))]
        if fam in ("liferay", "nukeviet"):
            got.append(("listing-page2.html", h.section_url(SECTION, 2)))
        if fam == "nukeviet":
            got += [("feed.xml", "/vi/news/rss/"), ("sitemap.xml", "/sitemap.xml"), ("sitemap-news.xml", "/vi/news/sitemap.xml")]
        out[name] = got
    return out


def main() -> None:
    sim = start_simulator()
    try:
        hosts = {s.base_url.rstrip("/"): f"http://{n}.portal.test" for n, s in sim.sites.items()}
        entries = []
        for e in sim.source_entries():
            base = e["base_url"].rstrip("/")
            e = yaml.safe_load(yaml.safe_dump(e).replace(base, hosts[base]))
            entries.append(e)
        (HERE / "sources.yaml").write_text(
            "# The simulated portals under stable names (tests/files/generate.py)\n"
            + yaml.safe_dump({"sources": entries}, allow_unicode=True, sort_keys=False), encoding="utf-8")
        for name, items in pages(sim).items():
            folder = HERE / sim.sites[name].family
            folder.mkdir(exist_ok=True)
            base = sim.sites[name].base_url.rstrip("/")
            index = []
            for fname, path in items:
                with urllib.request.urlopen(base + path, timeout=10) as r:   # 127.0.0.1 only
                    body, ctype = r.read(), r.headers.get("Content-Type", "")
                charset = (re.search(r"charset=([\w-]+)", ctype) or [None, "utf-8"])[1]
                text = body.decode(charset)
                for real, fake in hosts.items():
                    text = text.replace(real, fake)
                (folder / fname).write_bytes(text.encode(charset))
                index.append({"file": fname, "url": hosts[base] + path, "content_type": ctype})
            (folder / "pages.yaml").write_text(yaml.safe_dump({"site": name, "pages": index}, allow_unicode=True,
                                                              sort_keys=False), encoding="utf-8")
    finally:
        sim.stop()


if __name__ == "__main__":
    main()
